"""Stories: filters, ordering, pagination, languages and fallback."""

import datetime

from django.test import TestCase

from coalition.factories import MemberStateFactory, ThemeFactory
from stories.factories import MemberStateStoriesPageFactory
from tests.api.builders import (
    build_content,
    data_of,
    gql,
    locale,
    make_story,
    publish,
    translate,
    translate_snippet,
)

TITLES = "query ($v: String!) { stories(locale: $v) { nodes { title } } }"


def titles(connection):
    return [node["title"] for node in connection["nodes"]]


class StoryListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        chile = MemberStateFactory(code="CL", name="Chile")
        section = MemberStateStoriesPageFactory(parent=content.site.stories, member_state=chile)
        cls.undated = make_story(section, title="An undated story", slug="undated", story_date=None)
        cls.recent = make_story(
            section, title="Zebra crossings", slug="zebra", story_date=datetime.date(2024, 1, 1)
        )
        cls.recent.sdgs.set([content.sdgs[2]])
        publish(cls.recent)

    def stories(self, arguments="", selection="nodes { title }"):
        return data_of(f'{{ stories(locale: "en" {arguments}) {{ {selection} }} }}')["stories"]

    def test_default_order_is_newest_story_date_first_undated_last(self):
        self.assertEqual(
            titles(self.stories()),
            ["Zebra crossings", "Girls back in school", "Courts that listen", "An undated story"],
        )

    def test_other_orders(self):
        self.assertEqual(
            titles(self.stories(", orderBy: OLDEST")),
            ["Courts that listen", "Girls back in school", "Zebra crossings", "An undated story"],
        )
        self.assertEqual(
            titles(self.stories(", orderBy: TITLE")),
            ["An undated story", "Courts that listen", "Girls back in school", "Zebra crossings"],
        )
        self.assertEqual(
            titles(self.stories(", orderBy: RECENTLY_PUBLISHED"))[0], "Zebra crossings"
        )

    def test_filter_by_member_state_code(self):
        self.assertEqual(titles(self.stories(', memberState: "no"')), ["Girls back in school"])
        status, body = gql('{ stories(locale: "en", memberState: "KR") { totalCount } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")

    def test_filter_by_theme_slug(self):
        self.assertEqual(
            titles(self.stories(', theme: "gender-equality"')),
            ["Girls back in school", "Courts that listen"],
        )
        self.assertEqual(titles(self.stories(', theme: "education"')), ["Girls back in school"])

    def test_filter_by_sdg_number(self):
        self.assertEqual(titles(self.stories(", sdg: 16")), ["Zebra crossings"])
        self.assertEqual(titles(self.stories(", sdg: 4")), ["Girls back in school"])

    def test_filter_by_meeting_lists_the_stories_of_its_programme(self):
        arguments = f', meeting: "{self.content.meeting.pk}"'
        self.assertEqual(titles(self.stories(arguments)), ["Girls back in school"])

    def test_filter_by_dates(self):
        self.assertEqual(
            titles(self.stories(', dateFrom: "2019-01-01", dateTo: "2020-01-01"')),
            ["Girls back in school"],
        )
        self.assertEqual(
            titles(self.stories(', dateFrom: "2019-03-01"'))[-1], "Girls back in school"
        )

    def test_filters_combine(self):
        result = self.stories(', theme: "gender-equality", memberState: "UY"', "totalCount")
        self.assertEqual(result["totalCount"], 1)

    def test_pagination_walks_the_whole_list_with_cursors(self):
        seen, after = [], None
        while True:
            arguments = ", first: 1" + (f', after: "{after}"' if after else "")
            page = self.stories(
                arguments,
                "totalCount edges { cursor node { title } } "
                "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }",
            )
            self.assertEqual(page["totalCount"], 4)
            seen.extend(edge["node"]["title"] for edge in page["edges"])
            self.assertEqual(page["pageInfo"]["endCursor"], page["edges"][0]["cursor"])
            self.assertEqual(page["pageInfo"]["hasPreviousPage"], after is not None)
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        self.assertEqual(seen, titles(self.stories()))

    def test_first_zero_gives_only_the_total(self):
        page = self.stories(", first: 0", "totalCount nodes { title } pageInfo { endCursor }")
        self.assertEqual(page, {"totalCount": 4, "nodes": [], "pageInfo": {"endCursor": None}})

    def test_a_cursor_past_the_end_gives_an_empty_page(self):
        first = self.stories(", first: 4", "pageInfo { endCursor }")
        after = first["pageInfo"]["endCursor"]
        page = self.stories(f', after: "{after}"', "nodes { title } pageInfo { hasNextPage }")
        self.assertEqual(page, {"nodes": [], "pageInfo": {"hasNextPage": False}})

    def test_story_fields(self):
        story = data_of(
            """{ story(locale: "en", slug: "girls-back-in-school") {
                id title slug summary storyDate location urlPath url isFallback
                locale { code direction } seoTitle searchDescription translationKey
                memberState { name code isFallback } themes { name slug }
                sdgs { number name } partners { name kind website }
                presenter { name role memberState { code } }
                heroImage { alt width height } heroVideo { url } } }"""
        )["story"]
        school = self.content.school
        self.assertEqual(story["id"], str(school.pk))
        self.assertEqual(story["urlPath"], "/en/stories/no/girls-back-in-school/")
        self.assertEqual(
            story["url"], "https://stories.example.org/en/stories/no/girls-back-in-school/"
        )
        self.assertEqual(story["locale"], {"code": "en", "direction": "LTR"})
        self.assertEqual(story["seoTitle"], "Girls back in school")
        self.assertEqual(story["translationKey"], str(school.translation_key))
        self.assertEqual(
            story["memberState"], {"name": "Norway", "code": "NO", "isFallback": False}
        )
        self.assertEqual(
            [theme["slug"] for theme in story["themes"]], ["education", "gender-equality"]
        )
        self.assertEqual([sdg["number"] for sdg in story["sdgs"]], [4, 5])
        self.assertEqual(story["partners"][0]["kind"], "CIVIL_SOCIETY")
        self.assertEqual(story["presenter"]["memberState"], {"code": "NO"})
        self.assertEqual(story["heroImage"]["alt"], "People gathered in a community hall")
        self.assertIsNone(story["heroVideo"])
        self.assertFalse(story["isFallback"])

    def test_a_story_by_id_or_slug_and_a_missing_one(self):
        by_id = data_of(f'{{ story(locale: "en", id: "{self.content.courts.pk}") {{ slug }} }}')
        self.assertEqual(by_id["story"]["slug"], "courts-that-listen")
        self.assertIsNone(data_of('{ story(locale: "en", slug: "nope") { id } }')["story"])
        self.assertIsNone(data_of('{ story(locale: "en", id: "999999") { id } }')["story"])


class LanguageTests(TestCase):
    """Stories and their relations in French, with and without fallback."""

    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        translate(site.home, "fr", title="Accueil", slug="ghrs-home-fr")
        translate(site.stories, "fr", title="Histoires", slug="histoires")
        translate(content.no_section, "fr", title="Norvège")
        cls.school_fr = translate(
            content.school, "fr", title="Les filles retournent à l'école", slug="filles-ecole"
        )
        cls.norway_fr = translate_snippet(content.norway, "fr", name="Norvège")
        translate_snippet(content.education, "fr", name="Éducation")
        # An unpublished French translation of the other story: not public.
        draft = content.courts.copy_for_translation(locale("fr"), copy_parents=True)
        draft.save_revision()
        cls.extra_theme = ThemeFactory(name="Only in English", slug="only-en")

    def test_french_listing_has_only_french_stories(self):
        stories = data_of('{ stories(locale: "fr") { totalCount nodes { title isFallback } } }')
        self.assertEqual(
            stories["stories"],
            {
                "totalCount": 1,
                "nodes": [{"title": "Les filles retournent à l'école", "isFallback": False}],
            },
        )

    def test_fallback_fills_in_missing_stories_in_their_original_language(self):
        stories = data_of(
            '{ stories(locale: "fr", fallback: true) { totalCount '
            "nodes { title isFallback locale { code } urlPath } } }"
        )["stories"]
        self.assertEqual(stories["totalCount"], 2)
        by_title = {node["title"]: node for node in stories["nodes"]}
        self.assertFalse(by_title["Les filles retournent à l'école"]["isFallback"])
        self.assertEqual(
            by_title["Courts that listen"],
            {
                "title": "Courts that listen",
                "isFallback": True,
                "locale": {"code": "en"},
                "urlPath": "/en/stories/uy/courts-that-listen/",
            },
        )

    def test_a_story_missing_in_a_language_is_null_without_fallback(self):
        query = '{ story(locale: "fr", slug: "courts-that-listen" %s) { title isFallback } }'
        self.assertIsNone(data_of(query % "")["story"])
        self.assertEqual(
            data_of(query % ", fallback: true")["story"],
            {"title": "Courts that listen", "isFallback": True},
        )

    def test_any_language_id_finds_the_requested_language_version(self):
        story = data_of(
            f'{{ story(locale: "fr", id: "{self.content.school.pk}") {{ id title isFallback }} }}'
        )["story"]
        self.assertEqual(
            story,
            {
                "id": str(self.school_fr.pk),
                "title": "Les filles retournent à l'école",
                "isFallback": False,
            },
        )

    def test_a_slug_from_another_language_finds_the_translation_with_fallback(self):
        query = '{ story(locale: "fr", slug: "girls-back-in-school", fallback: true) { title } }'
        self.assertEqual(data_of(query)["story"]["title"], "Les filles retournent à l'école")

    def test_snippets_come_back_in_the_requested_language_or_their_own(self):
        story = data_of(
            """{ story(locale: "fr", slug: "filles-ecole") {
                memberState { name isFallback locale { code } }
                themes { name isFallback } } }"""
        )["story"]
        self.assertEqual(
            story["memberState"], {"name": "Norvège", "isFallback": False, "locale": {"code": "fr"}}
        )
        self.assertEqual(
            story["themes"],
            [
                {"name": "Éducation", "isFallback": False},
                {"name": "Gender equality", "isFallback": True},
            ],
        )

    def test_translations_list_only_published_versions(self):
        story = data_of(
            """{ story(locale: "en", slug: "girls-back-in-school") {
                translations { locale { code } title urlPath url } } }"""
        )["story"]
        self.assertEqual(
            story["translations"],
            [
                {
                    "locale": {"code": "fr"},
                    "title": "Les filles retournent à l'école",
                    "urlPath": "/fr/histoires/no/filles-ecole/",
                    "url": "https://stories.example.org/fr/histoires/no/filles-ecole/",
                }
            ],
        )
        courts = data_of(
            '{ story(locale: "en", slug: "courts-that-listen") { translations { title } } }'
        )
        self.assertEqual(courts["story"]["translations"], [])

    def test_taxonomy_lists_in_french_fall_back_row_by_row(self):
        data = data_of(
            '{ memberStates(locale: "fr") { name isFallback } '
            'themes(locale: "fr") { name slug isFallback } }'
        )
        self.assertEqual(
            data["memberStates"],
            [{"name": "Norvège", "isFallback": False}, {"name": "Uruguay", "isFallback": True}],
        )
        self.assertEqual(
            [(theme["slug"], theme["isFallback"]) for theme in data["themes"]],
            [("education", False), ("gender-equality", True), ("only-en", True)],
        )

    def test_member_state_stories_are_the_requested_language_ones(self):
        data = data_of(
            '{ memberState(locale: "fr", code: "no") { name storyCount stories { title } } }'
        )
        self.assertEqual(
            data["memberState"],
            {
                "name": "Norvège",
                "storyCount": 1,
                "stories": [{"title": "Les filles retournent à l'école"}],
            },
        )
