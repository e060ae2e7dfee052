"""Routing by path, the home page, index pages and aliases."""

import datetime
from urllib.parse import quote

from django.test import TestCase, override_settings
from django.utils import timezone

from home.factories import StandardPageFactory
from home.models import HomePageFeaturedStory
from meetings.factories import MeetingPageFactory
from tests.api.builders import build_content, data_of, locale, make_story, publish, translate

ROUTE = """query ($locale: String!, $path: String!, $fallback: Boolean = false) {
  page(locale: $locale, urlPath: $path, fallback: $fallback) {
    __typename id title urlPath isFallback locale { code }
  }
}"""


def route(language, path, fallback=False):
    return data_of(ROUTE, {"locale": language, "path": path, "fallback": fallback})["page"]


class RouteByPathTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        cls.about = StandardPageFactory(parent=site.home, title="About", slug="about")
        StandardPageFactory(parent=cls.about, title="Criteria", slug="criteria")
        translate(site.home, "fr", title="Accueil", slug="accueil")
        cls.about_fr = translate(cls.about, "fr", title="À propos", slug="a-propos")
        # Spanish exists only as aliases of the English pages, as wagtail-localize makes them
        # for untranslated parents: they mirror English content and are not content.
        cls.stories_es = content.no_section.copy_for_translation(
            locale("es"), copy_parents=True, alias=True
        )

    def test_every_page_type_routes_by_its_path(self):
        expected = {
            "/en/": "HomePage",
            "/en/about/": "StandardPage",
            "/en/about/criteria/": "StandardPage",
            "/en/stories/": "StoryIndexPage",
            "/en/stories/no/": "MemberStateStoriesPage",
            "/en/stories/no/girls-back-in-school/": "StoryPage",
            "/en/meetings/": "MeetingIndexPage",
            "/en/meetings/launch/": "MeetingPage",
            "/en/declaration/": "DeclarationPage",
        }
        for path, typename in expected.items():
            with self.subTest(path=path):
                page = route("en", path)
                self.assertEqual(page["__typename"], typename)
                self.assertEqual(page["urlPath"], path)

    def test_the_language_prefix_and_slashes_are_optional(self):
        for path in ("/stories/no", "stories/no/", "/en/stories/no", "//en//stories/no//"):
            with self.subTest(path=path):
                self.assertEqual(route("en", path)["title"], "Norway")
        self.assertEqual(route("en", "")["__typename"], "HomePage")
        self.assertEqual(route("en", "/en")["__typename"], "HomePage")

    def test_percent_encoded_paths_with_non_latin_slugs_resolve(self):
        make_story(self.content.uy_section, slug="مدارس-مفتوحة", title="Open schools")
        path = quote("/en/stories/uy/مدارس-مفتوحة/") + "?utm_source=x#top"
        self.assertEqual(route("en", path)["title"], "Open schools")

    def test_an_unknown_path_is_null(self):
        self.assertIsNone(route("en", "/en/nowhere/"))
        self.assertIsNone(route("en", "/en/stories/no/girls-back-in-school/extra/"))

    def test_the_path_is_looked_up_in_the_requested_language(self):
        self.assertEqual(route("fr", "/fr/a-propos/")["title"], "À propos")
        self.assertEqual(route("fr", "/fr/")["title"], "Accueil")

    def test_another_languages_path_finds_the_requested_languages_translation(self):
        """A French reader following an English link gets the French page and its own path."""
        for path in ("/fr/about/", "/en/about/", "/about/"):
            with self.subTest(path=path):
                page = route("fr", path)
                self.assertEqual(page["title"], "À propos")
                self.assertEqual(page["urlPath"], "/fr/a-propos/")
                self.assertFalse(page["isFallback"])

    def test_fallback_serves_the_original_for_an_untranslated_path(self):
        page = route("fr", "/fr/stories/", fallback=True)
        self.assertEqual(
            page,
            {
                "__typename": "StoryIndexPage",
                "id": str(self.content.site.stories.pk),
                "title": "Stories",
                "urlPath": "/en/stories/",
                "isFallback": True,
                "locale": {"code": "en"},
            },
        )

    def test_alias_pages_are_not_content(self):
        self.assertIsNone(route("es", "/es/stories/no/"))
        self.assertIsNone(route("es", "/es/"))
        stories = data_of('{ stories(locale: "es") { totalCount } }')["stories"]
        self.assertEqual(stories["totalCount"], 0)
        home = data_of('{ homePage(locale: "es") { id } }')["homePage"]
        self.assertIsNone(home)

    def test_with_fallback_an_alias_resolves_to_the_page_it_mirrors(self):
        page = route("es", "/es/stories/no/", fallback=True)
        self.assertEqual(page["id"], str(self.content.no_section.pk))
        self.assertTrue(page["isFallback"])

    def test_translations_of_a_page_skip_aliases(self):
        query = '{ page(locale: "en", urlPath: "/en/stories/no/") { translations { title } } }'
        page = data_of(query)["page"]
        self.assertEqual(page["translations"], [])

    @override_settings(FRONTEND_BASE_URL="https://www.goodhumanrightsstories.org")
    def test_urls_are_absolute_on_the_frontend_base_url(self):
        page = data_of('{ page(locale: "fr", urlPath: "/fr/a-propos/") { url } }')["page"]
        self.assertEqual(page["url"], "https://www.goodhumanrightsstories.org/fr/a-propos/")


class HomePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        home = content.site.home
        HomePageFeaturedStory.objects.create(page=home, story=content.courts, sort_order=0)
        HomePageFeaturedStory.objects.create(page=home, story=content.school, sort_order=1)
        publish(home)
        now = timezone.now()
        MeetingPageFactory(
            parent=content.site.meetings,
            title="Geneva meeting",
            slug="geneva",
            starts_at=now + datetime.timedelta(days=30),
            ends_at=now + datetime.timedelta(days=30, hours=3),
            time_zone="Europe/Zurich",
        )
        MeetingPageFactory(
            parent=content.site.meetings,
            title="Later meeting",
            slug="later",
            starts_at=now + datetime.timedelta(days=90),
            ends_at=now + datetime.timedelta(days=90, hours=3),
        )

    def test_home_page_with_featured_stories_in_order_and_the_next_meeting(self):
        home = data_of(
            """{ homePage(locale: "en") { title introduction urlPath
                featuredStories { title } nextMeeting { title status } } }"""
        )["homePage"]
        self.assertEqual(
            home,
            {
                "title": "Good Human Rights Stories",
                "introduction": "<p>Countries sharing what works for human rights.</p>",
                "urlPath": "/en/",
                "featuredStories": [
                    {"title": "Courts that listen"},
                    {"title": "Girls back in school"},
                ],
                "nextMeeting": {"title": "Geneva meeting", "status": "UPCOMING"},
            },
        )

    def test_featured_stories_are_same_language_translations_only(self):
        content = self.content
        translate(content.site.home, "fr", title="Accueil")
        translate(content.site.stories, "fr", title="Histoires")
        translate(content.no_section, "fr", title="Norvège")
        translate(content.school, "fr", title="L'école")
        home = data_of('{ homePage(locale: "fr") { featuredStories { title locale { code } } } }')[
            "homePage"
        ]
        self.assertEqual(home["featuredStories"], [{"title": "L'école", "locale": {"code": "fr"}}])

    def test_the_next_meeting_falls_back_on_its_own_and_featured_stories_never_do(self):
        """A French home page shows the English meeting coming up, marked, and only the
        featured stories published in French, with or without `fallback`."""
        content = self.content
        translate(content.site.home, "fr", title="Accueil")
        translate(content.site.stories, "fr", title="Histoires")
        translate(content.no_section, "fr", title="Norvège")
        translate(content.school, "fr", title="L'école")
        for fallback in ("false", "true"):
            with self.subTest(fallback=fallback):
                home = data_of(
                    f"""{{ homePage(locale: "fr", fallback: {fallback}) {{
                        featuredStories {{ title isFallback }}
                        nextMeeting {{ title isFallback locale {{ code }} }} }} }}"""
                )["homePage"]
                self.assertEqual(
                    home["featuredStories"], [{"title": "L'école", "isFallback": False}]
                )
                self.assertEqual(
                    home["nextMeeting"],
                    {"title": "Geneva meeting", "isFallback": True, "locale": {"code": "en"}},
                )

    def test_a_fallback_home_features_stories_in_its_own_language(self):
        home = data_of(
            '{ homePage(locale: "ru", fallback: true) { locale { code } '
            "featuredStories { locale { code } } } }"
        )["homePage"]
        self.assertEqual(home["locale"], {"code": "en"})
        self.assertEqual({story["locale"]["code"] for story in home["featuredStories"]}, {"en"})

    def test_an_unpublished_language_home_gives_null_or_the_fallback(self):
        self.assertIsNone(data_of('{ homePage(locale: "ru") { id } }')["homePage"])
        home = data_of('{ homePage(locale: "ru", fallback: true) { title isFallback } }')
        self.assertEqual(
            home["homePage"], {"title": "Good Human Rights Stories", "isFallback": True}
        )


class IndexPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()

    def test_story_index_lists_sections_and_each_section_its_stories(self):
        page = data_of(
            """{ page(locale: "en", urlPath: "/en/stories/") { ... on StoryIndexPage {
                sections { title memberState { code }
                  stories(first: 5) { totalCount nodes { title } } } } } }"""
        )["page"]
        self.assertEqual(
            page["sections"],
            [
                {
                    "title": "Norway",
                    "memberState": {"code": "NO"},
                    "stories": {"totalCount": 1, "nodes": [{"title": "Girls back in school"}]},
                },
                {
                    "title": "Uruguay",
                    "memberState": {"code": "UY"},
                    "stories": {"totalCount": 1, "nodes": [{"title": "Courts that listen"}]},
                },
            ],
        )

    def test_standard_page_body(self):
        about = StandardPageFactory(parent=self.content.site.home, slug="about", title="About")
        page = data_of(
            """{ page(locale: "en", urlPath: "/about/") { ... on StandardPage {
                introduction body { __typename ... on ParagraphBlock { html } } } } }"""
        )["page"]
        self.assertEqual(page["introduction"], about.introduction)
        self.assertEqual(page["body"], [{"__typename": "ParagraphBlock", "html": "<p>Text.</p>"}])
