"""The page and snippet editors type in the content's direction, whatever the admin's language."""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from coalition.factories import ThemeFactory
from localization.tests.utils import build_site, locale, superuser
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

SCRIPT = "localization/js/content-direction.js"


class ContentDirectionTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(parent=section, title="Back to school")
        cls.arabic = cls.story.copy_for_translation(locale("ar"), copy_parents=True)
        cls.spanish = cls.story.copy_for_translation(locale("es"), copy_parents=True)
        cls.theme = ThemeFactory(name="Education", slug="education")
        cls.theme_ar = cls.theme.copy_for_translation(locale("ar"))
        cls.theme_ar.save()

    def setUp(self):
        self.client.force_login(self.user)

    def set_admin_language(self, code):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = code
        profile.save()

    def edit(self, page):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        return response

    def field_attrs(self, response, name):
        return response.context["form"][name].field.widget.attrs

    def test_arabic_content_is_typed_right_to_left_in_an_english_admin(self):
        response = self.edit(self.arabic)
        for name in ("title", "summary", "location", "hero_image_alt"):
            attrs = self.field_attrs(response, name)
            self.assertEqual((attrs["dir"], attrs["lang"]), ("rtl", "ar"), name)
        self.assertContains(response, 'dir="rtl" lang="ar"')
        self.assertContains(response, SCRIPT)

    def test_spanish_content_stays_left_to_right_in_an_arabic_admin(self):
        self.set_admin_language("ar")
        response = self.edit(self.spanish)
        self.assertContains(response, '<html lang="ar" dir="rtl"', html=False)
        attrs = self.field_attrs(response, "title")
        self.assertEqual((attrs["dir"], attrs["lang"]), ("ltr", "es"))

    def test_addresses_and_dates_keep_their_own_direction(self):
        response = self.edit(self.arabic)
        self.assertNotIn("dir", self.field_attrs(response, "story_date"))

    def test_an_arabic_snippet_is_typed_right_to_left(self):
        url = reverse("wagtailsnippets_coalition_theme:edit", args=[self.theme_ar.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        attrs = response.context["form"]["name"].field.widget.attrs
        self.assertEqual((attrs["dir"], attrs["lang"]), ("rtl", "ar"))
        self.assertContains(response, SCRIPT)
