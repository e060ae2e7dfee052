"""Machine translation: chosen by environment, off by default, the dummy backend in tests."""

import os
import runpy
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from localization.tests.utils import build_site, editor_config, page_in, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

BASE_SETTINGS = Path(settings.BASE_DIR) / "cms" / "settings" / "base.py"
MACHINE_VARIABLES = (
    "MACHINE_TRANSLATOR",
    "DEEPL_AUTH_KEY",
    "LIBRETRANSLATE_URL",
    "LIBRETRANSLATE_API_KEY",
)


def base_settings(**environment):
    """The production settings as they would load with ``environment``."""
    clean = {key: value for key, value in os.environ.items() if key not in MACHINE_VARIABLES}
    with mock.patch.dict(os.environ, {**clean, **environment}, clear=True):
        return runpy.run_path(str(BASE_SETTINGS))


class MachineTranslatorSettingsTests(SimpleTestCase):
    def test_machine_translation_is_off_by_default(self):
        self.assertNotIn("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", base_settings())

    def test_deepl_is_configured_from_the_environment(self):
        config = base_settings(MACHINE_TRANSLATOR="deepl", DEEPL_AUTH_KEY="key:fx")[
            "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"
        ]
        self.assertEqual(
            config["CLASS"], "wagtail_localize.machine_translators.deepl.DeepLTranslator"
        )
        self.assertEqual(config["OPTIONS"]["AUTH_KEY"], "key:fx")

    def test_libretranslate_is_configured_from_the_environment(self):
        config = base_settings(
            MACHINE_TRANSLATOR="libretranslate",
            LIBRETRANSLATE_URL="https://translate.example.org/",
            LIBRETRANSLATE_API_KEY="secret",
        )["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
        self.assertEqual(
            config["CLASS"], "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
        )
        self.assertEqual(config["OPTIONS"]["LIBRETRANSLATE_URL"], "https://translate.example.org")
        self.assertEqual(config["OPTIONS"]["API_KEY"], "secret")

    def test_an_unknown_backend_fails_with_the_allowed_values(self):
        with self.assertRaisesMessage(
            ImproperlyConfigured,
            "MACHINE_TRANSLATOR='google': use deepl, libretranslate, dummy, or leave it empty",
        ):
            base_settings(MACHINE_TRANSLATOR="google")

    def test_a_backend_without_its_credentials_fails_naming_the_missing_variable(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "needs DEEPL_AUTH_KEY"):
            base_settings(MACHINE_TRANSLATOR="deepl")
        with self.assertRaisesMessage(ImproperlyConfigured, "needs LIBRETRANSLATE_URL"):
            base_settings(MACHINE_TRANSLATOR="libretranslate")

    def test_tests_use_the_dummy_translator(self):
        self.assertEqual(
            settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"],
            "wagtail_localize.machine_translators.dummy.DummyTranslator",
        )


class MachineTranslateInTheEditorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(
            parent=section, title="Girls go back to school", summary="A new law helped."
        )
        cls.translation = translate(cls.story, ["fr"], cls.user)["fr"]

    def setUp(self):
        self.client.force_login(self.user)
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[page_in(self.story, "fr").pk])

    def test_the_editor_offers_the_configured_translator(self):
        _directions, props = editor_config(self.client.get(self.edit_url))
        self.assertEqual(
            props["machineTranslator"],
            {
                "name": "Dummy translator",
                "url": reverse("wagtail_localize:machine_translate", args=[self.translation.pk]),
            },
        )

    def test_machine_translate_fills_every_segment(self):
        response = self.client.post(
            reverse("wagtail_localize:machine_translate", args=[self.translation.pk]),
            {"next": self.edit_url},
        )
        self.assertRedirects(response, self.edit_url, fetch_redirect_response=False)
        total, done = self.translation.get_progress()
        self.assertEqual(done, total)
        title = StringTranslation.objects.get(
            locale__language_code="fr",
            context__path="title",
            context__object=self.story.translation_key,
        )
        # The dummy translator reverses the words.
        self.assertEqual(title.data, "school to back go Girls")
        self.assertEqual(title.translation_type, StringTranslation.TRANSLATION_TYPE_MACHINE)
        self.assertEqual(title.tool_name, "Dummy translator")

    def test_machine_translation_keeps_human_translations(self):
        StringTranslation.objects.create(
            translation_of=self.translation.source.stringsegment_set.get(
                context__path="title"
            ).string,
            context=self.translation.source.stringsegment_set.get(context__path="title").context,
            locale=self.translation.target_locale,
            data="Les filles retournent à l'école",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
        self.client.post(reverse("wagtail_localize:machine_translate", args=[self.translation.pk]))
        title = StringTranslation.objects.get(
            locale__language_code="fr",
            context__path="title",
            context__object=self.story.translation_key,
        )
        self.assertEqual(title.data, "Les filles retournent à l'école")
