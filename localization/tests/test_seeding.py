"""Translations made from texts known in advance (``localization.seeding``), as a bulk load
such as the demo content makes them: through wagtail-localize, like a translator's upload.
"""

from django.test import TestCase
from wagtail_localize.models import StringTranslation, Translation

from coalition.factories import ThemeFactory
from home.factories import StandardPageFactory
from localization.seeding import translate_with_known_strings
from localization.tests.utils import build_site, locale, superuser


class KnownStringsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        cls.site = build_site()
        cls.french = locale("fr")

    def test_a_page_gets_the_known_strings_and_keeps_the_source_text_for_the_others(self):
        page = StandardPageFactory(
            parent=self.site.home, title="About", slug="about", introduction="Who we are."
        )
        target = translate_with_known_strings(
            page, self.french, {"About": "À propos"}, user=self.user, tool_name="Import"
        )
        self.assertEqual(target.locale, self.french)
        self.assertEqual(target.title, "À propos")
        self.assertEqual(target.introduction, "Who we are.")
        # A page's translation is a draft until the caller publishes it.
        self.assertFalse(target.live)
        translation = Translation.objects.get(source__object_id=page.translation_key)
        total, translated = translation.get_progress()
        self.assertLess(translated, total)
        self.assertTrue(
            StringTranslation.objects.filter(locale=self.french, tool_name="Import").exists()
        )

    def test_a_snippet_is_saved_directly_and_an_existing_translation_is_left_alone(self):
        theme = ThemeFactory(name="Right to health", description="Care for all.")
        target = translate_with_known_strings(
            theme,
            self.french,
            {"Right to health": "Droit à la santé", "Care for all.": "Des soins pour tous."},
            user=self.user,
            tool_name="Import",
        )
        self.assertEqual(
            (target.name, target.description), ("Droit à la santé", "Des soins pour tous.")
        )
        again = translate_with_known_strings(
            theme, self.french, {"Right to health": "Autre"}, user=self.user, tool_name="Import"
        )
        self.assertEqual((again.pk, again.name), (target.pk, "Droit à la santé"))

    def test_a_context_gives_one_segment_its_own_translation(self):
        page = StandardPageFactory(
            parent=self.site.home, title="Minister", slug="minister", introduction="Minister"
        )
        target = translate_with_known_strings(
            page,
            self.french,
            {"Minister": "Ministre"},
            contexts={"introduction": "La ministre"},
            user=self.user,
            tool_name="Import",
        )
        self.assertEqual((target.title, target.introduction), ("Ministre", "La ministre"))
