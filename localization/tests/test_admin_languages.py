"""The admin speaks the six UN languages, right to left in Arabic."""

import json
import re

from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from localization.tests.utils import superuser

CODES = ["en", "fr", "es", "ar", "ru", "zh-hans"]


class AdminLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.users = {}
        for code in CODES:
            user = superuser(f"admin-{code}")
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = code
            profile.save()
            cls.users[code] = user

    def dashboard(self, code):
        self.client.force_login(self.users[code])
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_editors_can_choose_any_of_the_six_languages_for_the_admin(self):
        self.assertEqual([code for code, _name in get_available_admin_languages()], CODES)
        self.client.force_login(self.users["en"])
        response = self.client.get(reverse("wagtailadmin_account"))
        for code in CODES:
            self.assertContains(response, f'value="{code}"')

    def test_the_admin_is_translated_into_each_language(self):
        for code in CODES:
            with self.subTest(code):
                content = self.dashboard(code)
                self.assertRegex(content, rf'<html lang="{re.escape(code)}" dir="(ltr|rtl)"')
                with translation.override(code):
                    dashboard = translation.gettext("Dashboard")
                if code != "en":
                    self.assertNotEqual(dashboard, "Dashboard")
                self.assertIn(f"<title>{dashboard} - ", content)

    def test_menu_labels_follow_each_editors_language(self):
        # wagtail-localize builds its “Translations” report label once per process, in
        # the language of the first request; the project re-translates it per request.
        labels = {}
        for code in ("ar", "fr", "en"):
            content = self.dashboard(code)
            sidebar = re.search(
                r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S
            )
            with translation.override(code):
                expected = translation.gettext("Translations")
            labels[code] = expected
            self.assertIn(json.dumps(expected), sidebar.group(1))
        self.assertEqual(len(set(labels.values())), 3)

    def test_an_arabic_editor_gets_a_right_to_left_admin(self):
        self.assertIn('<html lang="ar" dir="rtl"', self.dashboard("ar"))

    def test_other_languages_stay_left_to_right(self):
        for code in ("en", "fr", "es", "ru", "zh-hans"):
            with self.subTest(code):
                self.assertIn(f'<html lang="{code}" dir="ltr"', self.dashboard(code))
