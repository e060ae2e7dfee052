"""Enumerating and navigating the site: pages, children, ancestors, the menu, redirects,
website settings, related stories and the meetings a story was presented at.

Each list holds public pages only: a draft, an unpublished page, a page under a view
restriction never appears, in any language.
"""

from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import SiteSettings, SiteSettingsText, SocialLink
from meetings.factories import MeetingPageFactory
from stories.models import StoryPageRelatedStory
from tests.api.builders import (
    build_content,
    data_of,
    gql,
    locale,
    make_story,
    publish,
    translate,
)

PAGES = """
query ($locale: String!, $types: [String!], $first: Int, $after: String) {
  pages(locale: $locale, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id type title urlPath url lastPublishedAt translations { locale { code } urlPath } }
  }
}
"""


def programme_item(story):
    return {
        "type": "item",
        "value": {
            "starts_at": "2019-09-26T10:00:00",
            "duration_minutes": 10,
            "title": "Presentation",
            "kind": "story",
            "speakers": [],
            "story": story.pk,
            "media": [],
        },
    }


class NavigationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        cls.about = publish(
            StandardPageFactory(parent=site.home, title="About", slug="about", show_in_menus=True)
        )
        cls.history = publish(
            StandardPageFactory(
                parent=cls.about, title="History", slug="history", show_in_menus=True
            )
        )
        cls.hidden_child = StandardPageFactory(
            parent=cls.about, title="Unlisted", slug="unlisted", show_in_menus=False
        )
        publish(cls.hidden_child)
        cls.draft = StandardPageFactory(
            parent=site.home, title="Draft page", slug="draft", live=False, show_in_menus=True
        )
        cls.private = StandardPageFactory(
            parent=site.home, title="Private page", slug="private", show_in_menus=True
        )
        publish(cls.private)
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        site.stories.show_in_menus = True
        publish(site.stories)
        translate(site.home, "fr", title="Accueil")
        translate(site.stories, "fr", title="Histoires", slug="histoires")
        cls.draft_story = make_story(
            content.no_section, title="Draft story", slug="draft-story", live=False
        )
        cls.draft_story.themes.set([content.education, content.equality])
        cls.draft_story.save()

    # pages ----------------------------------------------------------------------------------

    def test_pages_lists_every_public_page_of_a_language_in_tree_order(self):
        data = data_of(PAGES, {"locale": "en", "first": 100})["pages"]
        titles = [node["title"] for node in data["nodes"]]
        self.assertEqual(data["totalCount"], len(titles))
        self.assertEqual(titles[0], "Good Human Rights Stories")
        self.assertIn("Girls back in school", titles)
        self.assertIn("History", titles)
        for hidden in ("Draft page", "Private page", "Draft story"):
            self.assertNotIn(hidden, titles)
        paths = [node["urlPath"] for node in data["nodes"]]
        self.assertLess(paths.index("/en/about/"), paths.index("/en/about/history/"))
        story = next(node for node in data["nodes"] if node["title"] == "Girls back in school")
        self.assertEqual(story["type"], "StoryPage")
        self.assertIsNotNone(story["lastPublishedAt"])

    def test_pages_in_another_language_list_only_its_translations(self):
        data = data_of(PAGES, {"locale": "fr", "first": 100})["pages"]
        self.assertEqual([node["urlPath"] for node in data["nodes"]], ["/fr/", "/fr/histoires/"])
        english = data_of(PAGES, {"locale": "en", "types": ["HomePage"]})["pages"]["nodes"]
        self.assertEqual(
            english[0]["translations"], [{"locale": {"code": "fr"}, "urlPath": "/fr/"}]
        )

    def test_pages_filters_by_type_and_pages_with_cursors(self):
        first = data_of(PAGES, {"locale": "en", "types": ["StandardPage"], "first": 1})["pages"]
        self.assertEqual(first["totalCount"], 3)
        self.assertEqual([node["title"] for node in first["nodes"]], ["About"])
        self.assertTrue(first["pageInfo"]["hasNextPage"])
        rest = data_of(
            PAGES,
            {
                "locale": "en",
                "types": ["StandardPage"],
                "first": 10,
                "after": first["pageInfo"]["endCursor"],
            },
        )["pages"]
        self.assertEqual([node["title"] for node in rest["nodes"]], ["History", "Unlisted"])
        self.assertFalse(rest["pageInfo"]["hasNextPage"])

    def test_an_unknown_page_type_is_an_invalid_argument_naming_the_types(self):
        status, body = gql(PAGES, {"locale": "en", "types": ["BlogPage"]})
        self.assertEqual(status, 200)
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
        self.assertIn("StoryPage", error["message"])
        self.assertIn("BlogPage", error["message"])

    # children and ancestors -------------------------------------------------------------------

    def test_children_are_public_and_in_tree_order(self):
        data = data_of(
            """{ page(locale: "en", urlPath: "/en/") {
                children(first: 50) { __typename title } } }"""
        )
        titles = [child["title"] for child in data["page"]["children"]]
        self.assertEqual(titles, ["Stories", "Meetings", "Joint declaration", "About"])
        limited = data_of(
            '{ page(locale: "en", urlPath: "/en/") { children(first: 2) { title } } }'
        )
        self.assertEqual(len(limited["page"]["children"]), 2)

    def test_children_of_a_translation_are_in_its_language(self):
        data = data_of('{ page(locale: "fr", urlPath: "/fr/") { children { title urlPath } } }')
        self.assertEqual(
            data["page"]["children"], [{"title": "Histoires", "urlPath": "/fr/histoires/"}]
        )

    def test_ancestors_are_the_breadcrumb_trail_from_the_home_page(self):
        data = data_of(
            """{ story(locale: "en", slug: "girls-back-in-school") {
                ancestors { __typename title urlPath } } }"""
        )
        self.assertEqual(
            [(item["__typename"], item["urlPath"]) for item in data["story"]["ancestors"]],
            [
                ("HomePage", "/en/"),
                ("StoryIndexPage", "/en/stories/"),
                ("MemberStateStoriesPage", "/en/stories/no/"),
            ],
        )
        home = data_of('{ page(locale: "en", urlPath: "/en/") { ancestors { title } } }')
        self.assertEqual(home["page"]["ancestors"], [])

    # menu -------------------------------------------------------------------------------------

    def test_the_menu_holds_public_pages_marked_show_in_menus_with_their_sub_menu(self):
        menu = data_of(
            """{ menu(locale: "en") { type title urlPath
                 children { title urlPath children { title } } } }"""
        )["menu"]
        self.assertEqual(
            menu,
            [
                {
                    "type": "StoryIndexPage",
                    "title": "Stories",
                    "urlPath": "/en/stories/",
                    "children": [],
                },
                {
                    "type": "StandardPage",
                    "title": "About",
                    "urlPath": "/en/about/",
                    "children": [
                        {"title": "History", "urlPath": "/en/about/history/", "children": []}
                    ],
                },
            ],
        )

    def test_a_language_menu_lists_only_its_own_translations(self):
        menu = data_of('{ menu(locale: "fr") { title urlPath } }')["menu"]
        self.assertEqual(menu, [{"title": "Histoires", "urlPath": "/fr/histoires/"}])
        self.assertEqual(data_of('{ menu(locale: "ar") { title } }')["menu"], [])

    # redirects --------------------------------------------------------------------------------

    def test_redirects_to_public_pages_and_links_are_listed_and_to_hidden_pages_are_not(self):
        Redirect.objects.create(old_path="/en/old-about", redirect_page=self.about)
        Redirect.objects.create(
            old_path="/en/charter",
            redirect_link="https://www.un.org/en/about-us/un-charter",
            is_permanent=False,
        )
        Redirect.objects.create(old_path="/en/secret", redirect_page=self.draft)
        Redirect.objects.create(old_path="/en/members-only", redirect_page=self.private)
        nodes = data_of(
            "{ redirects { totalCount nodes { oldPath newPath newUrl isPermanent } } }"
        )["redirects"]
        self.assertEqual(nodes["totalCount"], 2)
        self.assertEqual(
            nodes["nodes"],
            [
                {
                    "oldPath": "/en/charter",
                    "newPath": None,
                    "newUrl": "https://www.un.org/en/about-us/un-charter",
                    "isPermanent": False,
                },
                {
                    "oldPath": "/en/old-about",
                    "newPath": "/en/about/",
                    "newUrl": "https://stories.example.org/en/about/",
                    "isPermanent": True,
                },
            ],
        )

    # website settings ---------------------------------------------------------------------------

    def test_site_settings_come_in_the_language_asked_for_or_say_they_fall_back(self):
        settings = SiteSettings.objects.create(contact_email="hello@example.org")
        SiteSettingsText.objects.create(
            settings=settings, locale=locale("en"), footer_text="English footer"
        )
        SiteSettingsText.objects.create(
            settings=settings,
            locale=locale("fr"),
            footer_text="Pied de page",
            contact_text="Écrire",
        )
        SocialLink.objects.create(settings=settings, network="youtube", url="https://yt.example")
        query = """query ($locale: String!) { siteSettings(locale: $locale) {
            locale { code } isFallback footerText contactText email
            socialLinks { network label url } } }"""
        french = data_of(query, {"locale": "fr"})["siteSettings"]
        self.assertEqual(
            french,
            {
                "locale": {"code": "fr"},
                "isFallback": False,
                "footerText": "Pied de page",
                "contactText": "Écrire",
                "email": "hello@example.org",
                "socialLinks": [
                    {"network": "youtube", "label": "YouTube", "url": "https://yt.example"}
                ],
            },
        )
        arabic = data_of(query, {"locale": "ar"})["siteSettings"]
        self.assertEqual(arabic["locale"], {"code": "en"})
        self.assertTrue(arabic["isFallback"])
        self.assertEqual(arabic["footerText"], "English footer")

    def test_site_settings_before_anyone_saved_them_are_empty_and_nothing_is_written(self):
        data = data_of('{ siteSettings(locale: "en") { footerText socialLinks { url } } }')
        self.assertEqual(data["siteSettings"], {"footerText": None, "socialLinks": []})
        self.assertFalse(SiteSettings.objects.exists())


RELATED = """
query ($locale: String!, $slug: String!, $first: Int) {
  story(locale: $locale, slug: $slug) {
    relatedStories(first: $first) { title locale { code } }
    presentedAt { title urlPath }
  }
}
"""


class RelatedStoriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        education, equality = content.education, content.equality

        def story(section, slug, themes, **kwargs):
            page = make_story(
                section, title=slug.replace("-", " ").capitalize(), slug=slug, **kwargs
            )
            page.themes.set(themes)
            return publish(page)

        # The school story has themes education and gender equality, in Norway.
        cls.both_themes = story(content.uy_section, "both-themes", [education, equality])
        cls.one_theme_same_country = story(content.no_section, "one-theme-norway", [education])
        cls.one_theme = story(content.uy_section, "one-theme-uruguay", [education])
        cls.same_country = story(content.no_section, "same-country", [])
        cls.unrelated = story(content.uy_section, "unrelated", [])
        cls.draft = make_story(content.no_section, title="Draft", slug="draft", live=False)
        cls.draft.themes.set([education, equality])
        cls.draft.save()
        StoryPageRelatedStory.objects.create(page=content.school, story=cls.unrelated, sort_order=0)
        StoryPageRelatedStory.objects.create(page=content.school, story=cls.draft, sort_order=1)
        publish(content.school)

    def related(self, slug, first=10, language="en"):
        data = data_of(RELATED, {"locale": language, "slug": slug, "first": first})
        return [item["title"] for item in data["story"]["relatedStories"]]

    def test_chosen_stories_come_first_then_shared_themes_then_the_same_country(self):
        self.assertEqual(
            self.related("girls-back-in-school"),
            [
                "Unrelated",
                "Both themes",
                "One theme norway",
                "One theme uruguay",
                "Courts that listen",
                "Same country",
            ],
        )

    def test_first_limits_and_drafts_never_appear(self):
        self.assertEqual(
            self.related("girls-back-in-school", first=2), ["Unrelated", "Both themes"]
        )
        self.assertNotIn("Draft", self.related("girls-back-in-school"))
        self.assertEqual(self.related("girls-back-in-school", first=0), [])

    def test_related_stories_are_in_the_language_of_the_story(self):
        translate(self.content.site.home, "fr", title="Accueil")
        translate(self.content.site.stories, "fr", title="Histoires")
        translate(self.content.no_section, "fr", title="Norvège")
        translate(self.content.school, "fr", title="Les filles à l'école", slug="filles")
        translate(self.same_country, "fr", title="Même pays", slug="meme-pays")
        self.assertEqual(self.related("filles", language="fr"), ["Même pays"])

    def test_presented_at_lists_the_public_meetings_whose_running_order_presents_the_story(self):
        MeetingPageFactory(
            parent=self.content.site.meetings,
            title="Draft meeting",
            slug="draft-meeting",
            live=False,
            programme=[programme_item(self.content.school)],
        )
        data = data_of(RELATED, {"locale": "en", "slug": "girls-back-in-school", "first": 0})
        self.assertEqual(
            data["story"]["presentedAt"],
            [{"title": "Launch of the initiative", "urlPath": "/en/meetings/launch/"}],
        )
        other = data_of(RELATED, {"locale": "en", "slug": "courts-that-listen", "first": 0})
        self.assertEqual(other["story"]["presentedAt"], [])
