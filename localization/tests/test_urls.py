"""Language-prefixed page addresses and the list of a page's language versions."""

from django.test import RequestFactory, TestCase
from django.urls import resolve
from django.utils import translation
from wagtail.models import Site

from localization.tests.utils import build_site, fill, page_in, superuser, translate
from localization.translations import page_translations
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory


def slug_and_text(code):
    """“fr-back-to-school” for the slug, “[fr] …” for every text."""
    return lambda entry: (
        f"{code}-{entry.msgid}" if entry.msgctxt == "slug" else f"[{code}] {entry.msgid}"
    )


class LocalePrefixedUrlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(parent=section, slug="back-to-school", title="Back to school")
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        for code, translation_ in translate(cls.story, ["fr", "ar", "es"], cls.user).items():
            fill(translation_, slug_and_text(code))
            translation_.save_target(user=cls.user, publish=False)
            if code != "es":
                page_in(cls.story, code).get_latest_revision().publish(user=cls.user)

    def route(self, path):
        """The page Wagtail's front-end routing finds for ``path``."""
        request = RequestFactory().get(path, SERVER_NAME="localhost")
        site = Site.find_for_request(request)
        # LocaleMiddleware activates the language named by the prefix; i18n_patterns then
        # matches only that prefix.
        with translation.override(path.split("/")[1]):
            match = resolve(path)
            self.assertEqual(match.url_name, "wagtail_serve")
            root = site.root_page.localized.specific
            components = [part for part in match.args[0].split("/") if part]
            return root.route(request, components).page

    def test_each_language_lives_under_its_own_prefix(self):
        for code in ("en", "fr", "ar"):
            with self.subTest(code):
                page = page_in(self.story, code)
                self.assertTrue(page.url.startswith(f"/{code}/"), page.url)
                self.assertEqual(self.route(page.url), page)

    def test_the_french_address_uses_the_french_slug(self):
        self.assertTrue(page_in(self.story, "fr").url.endswith("/fr-back-to-school/"))

    def test_page_translations_lists_live_versions_in_content_language_order(self):
        versions = page_translations(page_in(self.story, "fr"))
        self.assertEqual([version.code for version in versions], ["en", "fr", "ar"])
        self.assertEqual([version.is_current for version in versions], [False, True, False])
        arabic = versions[2]
        self.assertEqual(
            (arabic.direction, arabic.hreflang, arabic.native_name), ("rtl", "ar", "العربيّة")
        )

    def test_page_translations_can_include_drafts_and_leave_out_the_page_itself(self):
        versions = page_translations(self.story, live_only=False, include_self=False)
        self.assertEqual([version.code for version in versions], ["fr", "es", "ar"])

    def test_hreflang_uses_bcp47_script_subtags(self):
        translate(self.story, ["zh-hans"], self.user)
        versions = page_translations(self.story, live_only=False)
        self.assertEqual(versions[-1].hreflang, "zh-Hans")
