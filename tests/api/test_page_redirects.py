"""Page addresses on the CMS host: a public page redirects to the website, anything else 404s."""

import datetime

from django.test import Client, TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction

from stories.factories import StoryPageFactory
from tests.api.builders import build_content

WEBSITE = "https://stories.example.org"


class PageRedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()

    def get(self, path):
        return Client().get(path)

    def assert_not_found(self, path):
        # An address without a known language first gets Django's language prefix added
        # (a redirect on this host), then the 404.
        response = Client().get(path, follow=True)
        self.assertEqual(response.status_code, 404, path)
        self.assertNotIn(WEBSITE, str(response.redirect_chain))
        self.assertNotIn(b"Traceback", response.content)

    def test_a_live_story_redirects_to_its_address_on_the_website(self):
        school = self.content.school

        response = self.get(school.url)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], f"{WEBSITE}{school.url}")
        self.assertTrue(school.url.startswith("/en/stories/"))

    def test_the_home_page_redirects_to_the_website_home(self):
        response = self.get("/en/")

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], f"{WEBSITE}/en/")

    def test_a_draft_is_not_found(self):
        draft = StoryPageFactory(parent=self.content.no_section, slug="draft-story", live=False)

        self.assert_not_found(f"/en/stories/{self.content.no_section.slug}/{draft.slug}/")

    def test_an_unpublished_story_is_not_found(self):
        url = self.content.courts.url
        self.content.courts.unpublish()

        self.assert_not_found(url)

    def test_an_expired_story_is_not_found_before_the_scheduler_runs(self):
        school = self.content.school
        school.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        school.save(update_fields=["expire_at"])

        self.assert_not_found(school.url)

    def test_a_story_under_a_restricted_section_is_not_found(self):
        PageViewRestriction.objects.create(
            page=self.content.no_section, restriction_type=PageViewRestriction.LOGIN
        )

        self.assert_not_found(self.content.school.url)

    def test_a_live_story_under_an_unpublished_section_is_not_found(self):
        url = self.content.courts.url
        self.content.uy_section.unpublish()

        self.assert_not_found(url)

    def test_unknown_addresses_and_languages_are_not_found(self):
        self.assert_not_found("/en/no-such-page/")
        self.assert_not_found("/de/stories/")
        self.assert_not_found("/en/stories/norway/girls-back-in-school/extra/")

    def test_a_page_address_is_never_rendered(self):
        response = self.get(self.content.school.url)

        self.assertNotEqual(response.status_code, 200)
        self.assertEqual(response.content, b"")
