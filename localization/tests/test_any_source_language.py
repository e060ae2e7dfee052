"""A story written in Spanish is translated like one written in English.

Spanish is the source: wagtail-localize extracts the Spanish text, translators return
English, French and Arabic through PO files, and every translation stays a draft until a
reviewer publishes it, although the Spanish story is live.
"""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import StringTranslation, TranslationSource

from coalition.factories import MemberStateFactory
from localization.completeness import translation_status
from localization.tests.utils import build_site, fill, locale, page_in, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

SPANISH_TEXTS = {
    "title": "Las niñas vuelven a la escuela",
    "summary": "Una ley nueva devolvió a doce mil niñas a la escuela.",
    "heading": "Qué cambió",
    "paragraph": "La comunidad entera apoyó la reforma.",
}


class SpanishSourceStoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        uruguay = MemberStateFactory(code="UY", name="Uruguay")
        section = MemberStateStoriesPageFactory(parent=site.stories, member_state=uruguay)
        # The Spanish tree: the section exists in Spanish, where Uruguay's team writes.
        translate(section, ["es"], cls.user)
        section_es = page_in(section, "es")
        cls.story = StoryPageFactory(
            parent=section_es,
            locale=locale("es"),
            title=SPANISH_TEXTS["title"],
            slug="ninas-escuela",
            summary=SPANISH_TEXTS["summary"],
            body=[
                {"type": "heading", "value": {"text": SPANISH_TEXTS["heading"], "level": "h2"}},
                {"type": "paragraph", "value": f"<p>{SPANISH_TEXTS['paragraph']}</p>"},
            ],
        )
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translations = translate(cls.story, ["en", "fr", "ar"], cls.user)

    def test_the_spanish_story_is_the_source_of_its_translations(self):
        source = TranslationSource.objects.get(object_id=self.story.translation_key)
        self.assertEqual(source.locale.language_code, "es")
        self.assertEqual(sorted(self.translations), ["ar", "en", "fr"])
        status = translation_status(page_in(self.story, "fr"))
        self.assertEqual(status.page.pk, self.story.pk)
        self.assertEqual(status.source.code, "es")

    def test_po_export_offers_the_spanish_text_to_translators(self):
        po = self.translations["en"].export_po()
        texts = {entry.msgid for entry in po}
        self.assertLessEqual(set(SPANISH_TEXTS.values()), texts)
        self.assertEqual(
            po.metadata["X-WagtailLocalize-TranslationID"], str(self.translations["en"].uuid)
        )

    def test_translations_of_a_live_story_are_created_as_drafts(self):
        for code in ("en", "fr", "ar"):
            with self.subTest(code):
                page = page_in(self.story, code)
                self.assertFalse(page.live)
                self.assertIsNone(page.first_published_at)

    def test_po_round_trip_translates_into_english_french_and_arabic_as_drafts(self):
        english = {
            SPANISH_TEXTS["title"]: "Girls go back to school",
            SPANISH_TEXTS["summary"]: "A new law brought twelve thousand girls back to school.",
            SPANISH_TEXTS["heading"]: "What changed",
            SPANISH_TEXTS["paragraph"]: "The whole community backed the reform.",
            "ninas-escuela": "girls-school",
        }
        arabic_title = "عودة الفتيات إلى المدرسة"
        translators = {
            "en": lambda entry: english.get(entry.msgid, f"[en] {entry.msgid}"),
            "fr": lambda entry: f"[fr] {entry.msgid}",
            "ar": lambda entry: arabic_title if entry.msgctxt == "title" else f"[ar] {entry.msgid}",
        }
        for code, translator in translators.items():
            translation = self.translations[code]
            self.assertEqual(fill(translation, translator, user=self.user), [])
            total, done = translation.get_progress()
            self.assertEqual((done, total), (total, total))
            translation.save_target(user=self.user, publish=False)

        english_story = page_in(self.story, "en")
        draft = english_story.get_latest_revision_as_object()
        self.assertEqual(draft.title, "Girls go back to school")
        self.assertEqual(draft.summary, english[SPANISH_TEXTS["summary"]])
        self.assertEqual(draft.body[0].value["text"], "What changed")
        self.assertIn("The whole community backed the reform.", draft.body[1].value.source)
        self.assertEqual(draft.slug, "girls-school")
        self.assertEqual(draft.member_state, self.story.member_state)
        self.assertEqual(draft.hero_image, self.story.hero_image)
        self.assertEqual(
            page_in(self.story, "ar").get_latest_revision_as_object().title, arabic_title
        )
        self.assertEqual(page_in(self.story, "fr").draft_title, f"[fr] {SPANISH_TEXTS['title']}")
        for code in ("en", "fr", "ar"):
            with self.subTest(code):
                self.assertFalse(page_in(self.story, code).live)
                self.assertTrue(translation_status(self.story)[code].ready)

    def test_a_reviewer_publishing_in_the_editor_makes_the_translation_live(self):
        translation = self.translations["fr"]
        fill(translation, user=self.user)
        french = page_in(self.story, "fr")
        self.client.force_login(self.user)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}
            )
        self.assertEqual(response.status_code, 302)
        french.refresh_from_db()
        self.assertTrue(french.live)
        self.assertEqual(french.title, f"[fr] {SPANISH_TEXTS['title']}")
        self.assertFalse(page_in(self.story, "en").live)

    def test_translators_download_and_upload_po_files_in_the_admin(self):
        translation = self.translations["ar"]
        self.client.force_login(self.user)
        download = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        )
        self.assertEqual(download.status_code, 200)
        self.assertEqual(download["Content-Type"], "text/x-gettext-translation")
        po = polib.pofile(download.content.decode())
        for entry in po:
            entry.msgstr = f"ترجمة {entry.msgid}"
        edit_url = reverse("wagtailadmin_pages:edit", args=[page_in(self.story, "ar").pk])
        upload = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("story-ar.po", str(po).encode()), "next": edit_url},
        )
        self.assertRedirects(upload, edit_url, fetch_redirect_response=False)
        stored = StringTranslation.objects.filter(locale__language_code="ar", tool_name="PO File")
        self.assertEqual(stored.count(), len(po))
        self.assertIn(f"ترجمة {SPANISH_TEXTS['summary']}", stored.values_list("data", flat=True))

    def test_an_arabic_slug_is_kept_in_arabic(self):
        translation = self.translations["ar"]
        fill(
            translation,
            lambda entry: "عودة-الفتيات" if entry.msgctxt == "slug" else f"[ar] {entry.msgid}",
        )
        translation.save_target(user=self.user, publish=False)
        self.assertEqual(page_in(self.story, "ar").slug, "عودة-الفتيات")
