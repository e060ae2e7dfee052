"""A slug already in use is explained: which page holds it, linked, on the tab being edited."""

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site
from media_library.factories import ImageFactory
from stories.factories import draft_story, story_form_data

TITLE = "Braille library for every county"
SLUG = "braille-library"


class SlugClashTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.image = ImageFactory()

    def setUp(self):
        self.assertTrue(self.client.login(username="norway-editor", password=PASSWORD))

    def add_story(self, section):
        url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", section.pk])
        data = story_form_data(section, TITLE, slug=SLUG, hero_image=self.image.pk)
        data["action-submit"] = "action-submit"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        return response

    def test_an_abandoned_draft_holding_the_slug_is_named_and_linked(self):
        abandoned = draft_story(self.site.norway_section, "Braille library", slug=SLUG)
        response = self.add_story(self.site.norway_section)
        form = response.context["form"]
        edit_url = reverse("wagtailadmin_pages:edit", args=[abandoned.pk])
        [slug_error] = form.errors["slug"]
        self.assertIn(f'<a href="{edit_url}">Braille library</a>', slug_error)
        self.assertIn("a draft", slug_error)
        # Shown where the editor is typing, not only on the Promote tab.
        self.assertIn(slug_error, form.errors["title"])
        self.assertContains(response, f'href="{edit_url}"')

    def test_a_story_of_another_country_is_not_named(self):
        draft_story(self.site.uruguay_section, "Secret Uruguayan draft", slug=SLUG)
        response = self.add_story(self.site.norway_section)
        [slug_error] = response.context["form"].errors["slug"]
        self.assertIn("a story of another country", slug_error)
        self.assertNotContains(response, "Secret Uruguayan draft")
        self.assertTrue(list(get_messages(response.wsgi_request)))
