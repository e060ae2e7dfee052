"""The search API on the demo content: relevance in six languages, facets, filters,
what is never found, bad input, promotions, suggestions and an index kept current.

One class, so the demo content is loaded once for all of it.
"""

from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from demo.testing import DemoTestCase
from stories.factories import StoryPageFactory
from stories.models import MemberStateStoriesPage, StoryPage
from tests.api.builders import gql, publish

SEARCH = """
query ($locale: String!, $query: String!, $types: [SearchType!], $memberState: String,
       $theme: String, $sdg: Int, $first: Int, $after: String) {
  search(locale: $locale, query: $query, types: $types, memberState: $memberState,
         theme: $theme, sdg: $sdg, first: $first, after: $after) {
    totalCount
    edges {
      cursor snippet highlightedTitle promoted
      node {
        __typename
        ... on StoryPage { title locale { code } }
        ... on MeetingPage { title locale { code } }
        ... on DeclarationPage { title locale { code } }
      }
    }
    pageInfo { hasNextPage endCursor }
    facets {
      types { type count }
      memberStates { value label count }
      themes { value label count }
    }
  }
}
"""

# Each query, in its language, must bring this story into the first three hits; the last
# column says which of the story's words the query matches.
RELEVANCE = [
    ("en", "sign language", "Hospitals that speak sign language", "its title"),
    ("en", "child marriage", "Community radio against child marriage", "its title"),
    (
        "en",
        "gender-based violence",
        "A law and a helpline against gender-based violence",
        "a hyphenated title word",
    ),
    ("en", "water committees", "Women leading water committees", "its title"),
    ("en", "Sámi", "Health care in the Sámi language", "a name with an accent"),
    ("fr", "parajuristes", "Des parajuristes au service des villages", "its French title"),
    ("fr", "ordinateur portable", "Un ordinateur pour chaque écolier", "title and summary"),
    (
        "fr",
        "violences genre",
        "Une loi et une ligne d'écoute contre les violences fondées sur le genre",
        "two words of its title",
    ),
    ("es", "salud Araucanía", "Salud intercultural en la Araucanía", "its Spanish title"),
    ("es", "juntas de agua", "Mujeres al frente de las juntas de agua", "a phrase of its title"),
    ("es", "computadora", "Una computadora para cada escolar", "its Spanish title"),
    ("ar", "مدارس", "مدارس تفتح أبوابها لكل الأطفال", "the first word of its Arabic title"),
    (
        "ar",
        "العدالة الانتقالية",
        "جلسات استماع في كل منطقة",
        "“transitional justice” in its summary",
    ),
    ("ar", "البلديات", "الحق في المعرفة، بلدية تلو الأخرى", "“the municipalities” in its summary"),
    ("zh-hans", "电脑", "每个学童一台电脑", "two characters of its Chinese title"),
    (
        "zh-hans",
        "人权行动",
        "由公民共同塑造的国家行动计划",
        "“human rights action” inside a summary sentence",
    ),
    ("zh-hans", "国家行动计划", "由公民共同塑造的国家行动计划", "six characters of its title"),
    ("ru", "юридической помощи", "Юридическая помощь, которая приезжает в горы", "its summary"),
    ("ru", "саамском", "Медицинская помощь на саамском языке", "its Russian title"),
]

UNIQUE_DRAFT = "Quokkadraftword"
UNIQUE_PRIVATE = "Wombatprivateword"


def search(query, locale="en", **variables):
    status, body = gql(SEARCH, {"locale": locale, "query": query, **variables})
    assert status == 200, body
    return body


def results(query, locale="en", **variables):
    body = search(query, locale, **variables)
    assert "errors" not in body, body["errors"]
    return body["data"]["search"]


def titles(found):
    return [edge["node"]["title"] for edge in found["edges"]]


class SearchOnDemoContentTests(DemoTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        section = MemberStateStoriesPage.objects.filter(locale__language_code="en").first()
        cls.draft = StoryPageFactory(
            parent=section, title=f"A {UNIQUE_DRAFT} story", slug="draft-canary", live=False
        )
        cls.private = StoryPageFactory(
            parent=section, title=f"A {UNIQUE_PRIVATE} story", slug="private-canary"
        )
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )

    def test_relevance_table(self):
        """Every query finds its story among the first three hits, in its own language."""
        for language, query, expected, why in RELEVANCE:
            with self.subTest(language=language, query=query, matches=why):
                found = results(query, language, first=3)
                self.assertIn(expected, titles(found))
                for edge in found["edges"]:
                    self.assertEqual(edge["node"]["locale"]["code"], language)

    def test_relevance_table_covers_six_languages_and_a_dozen_queries(self):
        self.assertGreaterEqual(len(RELEVANCE), 12)
        self.assertEqual(
            {language for language, *_ in RELEVANCE}, {"en", "fr", "es", "ar", "zh-hans", "ru"}
        )

    def test_a_french_query_finds_french_pages_only(self):
        found = results("santé", "fr", first=100)
        self.assertTrue(found["edges"])
        self.assertEqual({edge["node"]["locale"]["code"] for edge in found["edges"]}, {"fr"})
        self.assertEqual(results("santé", "en")["totalCount"], 0)

    def test_stories_meetings_and_declarations_are_all_searched(self):
        found = results("rights", first=100)
        kinds = {edge["node"]["__typename"] for edge in found["edges"]}
        self.assertEqual(kinds, {"StoryPage", "MeetingPage", "DeclarationPage"})

    def test_stories_are_found_by_member_state_theme_and_partner_names(self):
        uruguay = results("Uruguay", types=["STORY"], first=100)
        self.assertIn("Youth councils in every department", titles(uruguay))
        self.assertEqual(results("Uruguay", memberState="UY")["totalCount"], uruguay["totalCount"])

    def test_snippets_are_escaped_html_with_mark_tags_only(self):
        found = results("l'homme", "fr", first=20)
        self.assertTrue(found["edges"])
        for edge in found["edges"]:
            snippet = edge["snippet"].replace("<mark>", "").replace("</mark>", "")
            self.assertNotIn("<", snippet)
            self.assertNotIn("'", snippet)
        self.assertIn("<mark>", "".join(edge["snippet"] for edge in found["edges"]))

    def test_facet_counts_equal_the_counts_of_the_filtered_searches(self):
        everything = results("rights", first=0)
        facets = everything["facets"]
        self.assertEqual(sum(kind["count"] for kind in facets["types"]), everything["totalCount"])
        for kind in facets["types"]:
            self.assertEqual(
                results("rights", types=[kind["type"]], first=0)["totalCount"], kind["count"]
            )
        self.assertTrue(facets["memberStates"])
        for country in facets["memberStates"]:
            narrowed = results("rights", memberState=country["value"], first=0)
            self.assertEqual(narrowed["totalCount"], country["count"])
            self.assertEqual(
                narrowed["facets"]["memberStates"],
                [{"value": country["value"], "label": country["label"], "count": country["count"]}],
            )
        self.assertTrue(facets["themes"])
        for theme in facets["themes"]:
            narrowed = results("rights", theme=theme["value"], first=0)
            self.assertEqual(narrowed["totalCount"], theme["count"])
            self.assertLessEqual(narrowed["totalCount"], everything["totalCount"])

    def test_an_sdg_filter_narrows_to_stories_contributing_to_it(self):
        everything = results("rights", first=0)["totalCount"]
        education = results("rights", sdg=4, first=100)
        self.assertLess(education["totalCount"], everything)
        self.assertEqual({edge["node"]["__typename"] for edge in education["edges"]}, {"StoryPage"})

    def test_pages_of_results_follow_each_other(self):
        first = results("rights", first=5)
        second = results("rights", first=5, after=first["pageInfo"]["endCursor"])
        whole = results("rights", first=10)
        self.assertEqual(titles(first) + titles(second), titles(whole))

    def test_drafts_private_pages_and_unpublished_translations_are_never_found(self):
        self.assertEqual(results(UNIQUE_DRAFT)["totalCount"], 0)
        self.assertEqual(results(UNIQUE_PRIVATE)["totalCount"], 0)
        # The Chinese translation of the New Zealand story is a draft in the demo; its
        # title is the only Chinese text that says 毛利 (Māori).
        self.assertEqual(results("毛利", "zh-hans")["totalCount"], 0)
        self.assertEqual(results("毛利语", "zh-hans")["totalCount"], 0)
        # Nor do they count in facets or suggestions.
        status, body = gql(
            'query ($p: String!) { searchSuggestions(locale: "en", prefix: $p) { __typename } }',
            {"p": UNIQUE_DRAFT},
        )
        self.assertEqual(body["data"]["searchSuggestions"], [])

    def test_publishing_a_translation_makes_it_findable(self):
        nz = StoryPage.objects.get(locale__language_code="zh-hans", title="每间教室都有毛利语")
        publish(nz)
        self.assertEqual(titles(results("毛利", "zh-hans")), ["每间教室都有毛利语"])

    def test_unpublished_and_deleted_stories_leave_the_results(self):
        story = StoryPage.objects.get(locale__language_code="en", title__startswith="Women leading")
        self.assertIn(story.title, titles(results("water committees")))
        story.unpublish()
        self.assertNotIn(story.title, titles(results("water committees")))
        story.delete()
        self.assertNotIn(story.title, titles(results("water committees")))

    def test_renamed_stories_are_found_by_their_new_title(self):
        story = StoryPage.objects.get(locale__language_code="en", title__startswith="Women leading")
        story.title = "Women at the head of Andean aquifer boards"
        publish(story)
        self.assertEqual(titles(results("aquifer")), [story.title])

    def test_characters_with_a_meaning_in_full_text_syntax_are_never_an_error(self):
        for query in [
            '"rights',
            "rights & health",
            "rights | health",
            "!rights",
            "right:*",
            "(rights",
            "rights)",
            "'",
            "!!!",
            "a & | ! :* ( ) <-> \\",
            "NEAR(rights health)",
            "rights AND OR NOT",
            "title:rights",
            "*",
        ]:
            with self.subTest(query=query):
                self.assertIn("totalCount", results(query))

    def test_empty_and_over_long_queries_are_refused_with_a_code(self):
        for query, fragment in [("", "empty"), ("   ", "empty"), ("x" * 201, "200")]:
            with self.subTest(query=query[:10]):
                body = search(query)
                error = body["errors"][0]
                self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
                self.assertEqual(error["extensions"]["argument"], "query")
                self.assertIn(fragment, error["message"])
        self.assertIn("totalCount", results("x" * 200))

    def test_an_unknown_locale_is_refused_with_a_code(self):
        body = search("rights", locale="de")
        self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")

    def test_promoted_pages_come_first_in_the_language_asked_for(self):
        english = StoryPage.objects.get(
            locale__language_code="en", title="Equal pay, checked every year"
        )
        promotion = SearchPromotion.objects.create(
            query=Query.get("Rights"), page=english, sort_order=0
        )
        found = results("rights", first=3)
        self.assertEqual(titles(found)[0], english.title)
        self.assertTrue(found["edges"][0]["promoted"])
        self.assertFalse(any(edge["promoted"] for edge in found["edges"][1:]))
        spanish = results("rights", "es", first=3)
        self.assertEqual(titles(spanish)[0], "Igualdad salarial, revisada cada año")
        everything = results("rights", first=100)
        self.assertEqual(titles(everything).count(english.title), 1)
        promotion.delete()
        self.assertFalse(results("rights", first=3)["edges"][0]["promoted"])

    def test_searches_are_counted_for_the_popular_searches_report(self):
        results("Water Committees")
        results("water committees")
        results(
            "water committees", after=results("water committees", first=1)["pageInfo"]["endCursor"]
        )
        self.assertEqual(Query.get("water committees").hits, 3)

    def test_suggestions_complete_titles_from_a_prefix(self):
        status, body = gql(
            "query ($l: String!, $p: String!) { searchSuggestions(locale: $l, prefix: $p) "
            "{ ... on StoryPage { title } ... on MeetingPage { title } } }",
            {"l": "en", "p": "hospi"},
        )
        self.assertIn(
            "Hospitals that speak sign language",
            [node["title"] for node in body["data"]["searchSuggestions"]],
        )
        status, body = gql('{ searchSuggestions(locale: "en", prefix: "") { __typename } }')
        self.assertEqual(body["errors"][0]["extensions"]["argument"], "prefix")

    def test_each_language_is_indexed_with_its_own_stemming_on_postgresql(self):
        """PostgreSQL stems each language with its own dictionary; SQLite's full-text search
        matches the words as written (the embedded default, documented in docs/search.md)."""
        if connection.vendor != "postgresql":
            self.assertIn("Hospitals that speak sign language", titles(results("hospitals")))
            self.assertIn(
                "Des parajuristes au service des villages", titles(results("parajuristes", "fr"))
            )
            return
        self.assertIn("Hospitals that speak sign language", titles(results("hospital")))
        self.assertIn(
            "Des parajuristes au service des villages", titles(results("parajuriste", "fr"))
        )
        self.assertIn("Una computadora para cada escolar", titles(results("computadoras", "es")))
        self.assertTrue(Locale.objects.filter(language_code="ru").exists())
