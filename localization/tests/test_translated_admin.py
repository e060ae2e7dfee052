"""An editor who chose another admin language reads none of the project's English strings.

Wagtail translates its own admin; these pages check the project's part of it: the
dashboard panel, the page type names, a story's panels and field labels, and the review
workflow in the action menu. The catalogues themselves are checked string by string in
``tests/foundation/test_admin_catalogues.py``.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from editorial.factories import build_editorial_site
from stories.factories import draft_story

# Project strings, as English renders them, on the pages below.
ENGLISH = {
    "dashboard": ["Stories of Norway", "Add story", "My country's stories"],
    "explorer": ["Member state story section", "Story index page"],
    "story": [
        "Submit to Secretariat review",
        "Secretariat review",
        "Safeguarding",
        "Main image and video",
        "Themes, goals and people",
        "Story date",
        "What happened and why it matters",
        "Alt text",
    ],
}


class TranslatedAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.story = draft_story(cls.site.norway_section, "Braille library for every county")

    def pages(self, language):
        """The dashboard, the stories' explorer and a story's edit view, as the Norwegian
        editor reads them with ``language`` as admin language."""
        editor = self.site.norway_editor
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
        self.client.force_login(editor)
        pages = {}
        for name, url in {
            "dashboard": reverse("wagtailadmin_home"),
            "explorer": reverse("wagtailadmin_explore", args=[self.site.stories.pk]),
            "story": reverse("wagtailadmin_pages:edit", args=[self.story.pk]),
        }.items():
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, name)
            self.assertContains(response, f'<html lang="{language}"')
            pages[name] = response.content.decode()
        return pages

    def assertNoEnglish(self, language):
        pages = self.pages(language)
        found = [
            f"{page}: {text!r}"
            for page, texts in ENGLISH.items()
            for text in texts
            if text in pages[page]
        ]
        self.assertEqual(found, [], f"English project strings in the {language} admin")

    def test_the_english_admin_shows_the_strings_these_tests_look_for(self):
        pages = self.pages("en")
        for page, texts in ENGLISH.items():
            for text in texts:
                with self.subTest(page=page, text=text):
                    self.assertIn(text, pages[page])

    def test_a_spanish_admin_shows_no_english_project_strings(self):
        self.assertNoEnglish("es")

    def test_an_arabic_admin_shows_no_english_project_strings(self):
        self.assertNoEnglish("ar")

    def test_a_french_admin_shows_no_english_project_strings(self):
        self.assertNoEnglish("fr")
