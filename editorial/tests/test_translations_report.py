"""wagtail-localize's Translations report lists only translations of pages the user may edit."""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation, TranslationSource

from editorial.factories import PASSWORD, build_editorial_site
from stories.factories import draft_story


class TranslationsReportTests(WagtailTestUtils, TestCase):
    """wagtail-localize's Translations report must not show other countries' drafts."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        french = Locale.objects.get(language_code="fr")
        for section, title in (
            (cls.site.uruguay_section, "Uruguayan draft in translation"),
            (cls.site.norway_section, "Norwegian draft in translation"),
        ):
            story = draft_story(section, title)
            source, _ = TranslationSource.get_or_create_from_instance(story)
            Translation.objects.create(source=source, target_locale=french)

    def test_editor_sees_translations_of_their_own_stories_only(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        response = self.client.get(reverse("wagtail_localize:translations_report"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Norwegian draft in translation")
        self.assertNotContains(response, "Uruguayan draft in translation")

    def test_secretariat_sees_all_translations(self):
        self.client.login(username="reviewer", password=PASSWORD)
        response = self.client.get(reverse("wagtail_localize:translations_report"))
        self.assertContains(response, "Norwegian draft in translation")
        self.assertContains(response, "Uruguayan draft in translation")
