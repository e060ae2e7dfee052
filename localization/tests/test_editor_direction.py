"""Right-to-left text in wagtail-localize's translation editor (upstream issue 197).

The admin hook adds a script and the writing direction of every content language to the
translation editor; the script picks the source and target languages from the editor's
props. The view tests check what the rendered editor gives the script; the script test
runs the script itself in Node.js against a small stand-in for the editor's DOM.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import TestCase
from django.urls import reverse

from coalition.factories import MemberStateFactory
from conftest import missing_program
from localization.tests.utils import build_site, editor_config, page_in, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "static" / "localization" / "js" / "translation-editor-direction.js"
# A stand-in for the few DOM features the script uses, shaped like the editor's markup.
HARNESS = HERE / "js" / "editor_harness.js"


class TranslationEditorDirectionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(parent=section)
        translate(cls.story, ["ar", "fr"], cls.user)
        cls.member_state = MemberStateFactory(code="TN", name="Tunisia")
        translate(cls.member_state, ["ar"], cls.user)

    def setUp(self):
        self.client.force_login(self.user)

    def open_editor(self, page):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "localization/js/translation-editor-direction.js")
        return editor_config(response)

    def test_arabic_translation_marks_target_fields_right_to_left(self):
        directions, props = self.open_editor(page_in(self.story, "ar"))
        self.assertEqual(props["locale"]["code"], "ar")
        self.assertEqual(directions[props["locale"]["code"]], {"dir": "rtl", "lang": "ar"})
        self.assertEqual(directions[props["sourceLocale"]["code"]], {"dir": "ltr", "lang": "en"})

    def test_french_translation_stays_left_to_right(self):
        directions, props = self.open_editor(page_in(self.story, "fr"))
        self.assertEqual(props["locale"]["code"], "fr")
        self.assertEqual(directions["fr"], {"dir": "ltr", "lang": "fr"})

    def test_every_content_language_has_a_direction_and_a_bcp47_tag(self):
        directions, _props = self.open_editor(page_in(self.story, "fr"))
        self.assertEqual(
            directions,
            {
                "en": {"dir": "ltr", "lang": "en"},
                "fr": {"dir": "ltr", "lang": "fr"},
                "es": {"dir": "ltr", "lang": "es"},
                "ar": {"dir": "rtl", "lang": "ar"},
                "ru": {"dir": "ltr", "lang": "ru"},
                "zh-hans": {"dir": "ltr", "lang": "zh-Hans"},
            },
        )

    def test_arabic_snippet_translation_gets_the_same_marking(self):
        arabic = self.member_state.get_translation_or_none(page_in(self.story, "ar").locale)
        response = self.client.get(
            reverse("wagtailsnippets_coalition_memberstate:edit", args=[arabic.pk])
        )
        directions, props = editor_config(response)
        self.assertEqual(directions[props["locale"]["code"]]["dir"], "rtl")

    def test_the_source_page_editor_has_no_translation_editor_to_mark(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story.pk]))
        directions, props = editor_config(response)
        self.assertIsNotNone(directions)
        self.assertIsNone(props)


@pytest.mark.skipif(
    missing_program("node"),
    reason="needs Node.js: install it (apt-get install nodejs) to run the editor script",
)
@pytest.mark.parametrize(
    ("source", "target", "expected_source", "expected_target"),
    [
        ("en", "ar", {"dir": "ltr", "lang": "en"}, {"dir": "rtl", "lang": "ar"}),
        ("ar", "fr", {"dir": "rtl", "lang": "ar"}, {"dir": "ltr", "lang": "fr"}),
    ],
)
def test_editor_script_sets_dir_and_lang_on_source_and_target_text(
    source, target, expected_source, expected_target
):
    completed = subprocess.run(  # noqa: S603
        [shutil.which("node"), str(HARNESS), str(SCRIPT), source, target],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    result = json.loads(completed.stdout)
    assert result["source"] == expected_source
    assert result["target"] == expected_target
    assert result["textarea"] == expected_target
    assert result["synchronised"] == {"dir": None, "lang": None}
    assert result["editor"] == expected_target
    assert result["observes"] == {"childList": True, "subtree": True}
