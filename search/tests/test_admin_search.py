"""The admin's page search: a country editor searches their own country's pages, in every
language, drafts included; the Secretariat searches everything."""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site
from stories.factories import StoryPageFactory, draft_story


class AdminSearchTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        site = cls.site = build_editorial_site()
        StoryPageFactory(parent=site.norway_section, title="Fjord wetlands restored")
        french = Locale.objects.get(language_code="fr")
        StoryPageFactory(
            parent=site.norway_section_fr, title="Zones humides des fjords", locale=french
        )
        draft_story(site.norway_section, "Fjord ferries draft")
        StoryPageFactory(parent=site.uruguay_section, title="Fjord exchange with Uruguay")

    def titles(self, username, query):
        self.client.login(username=username, password=PASSWORD)
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": query})
        self.assertEqual(response.status_code, 200)
        return {page.title for page in response.context["pages"]}

    def test_a_country_editor_finds_their_countrys_pages_in_every_language(self):
        self.assertEqual(
            self.titles("norway-editor", "fjord"),
            {"Fjord wetlands restored", "Fjord ferries draft", "Zones humides des fjords"},
        )
        self.assertEqual(self.titles("norway-editor", "humides"), {"Zones humides des fjords"})

    def test_a_country_editor_does_not_search_other_countries(self):
        self.assertNotIn("Fjord exchange with Uruguay", self.titles("norway-editor", "fjord"))
        self.assertEqual(self.titles("uruguay-editor", "fjord"), {"Fjord exchange with Uruguay"})

    def test_the_secretariat_searches_every_country(self):
        self.assertLessEqual(
            {"Fjord wetlands restored", "Fjord exchange with Uruguay", "Fjord ferries draft"},
            self.titles("reviewer", "fjord"),
        )
