"""PO export, edit and import for every page type, nested StreamField blocks included.

Each page is translated into French by a PO round trip (every ``msgstr`` set to
``[fr] <msgid>``) and saved. The French page is then read back through wagtail-localize's
own extractor: every text must come back translated at the same place, and everything
that is not text (images, videos, speakers, stream addresses, times) must be unchanged.
"""

import re

from django.test import TestCase
from django.urls import reverse
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from localization.tests import content
from localization.tests.utils import build_site, fill, page_in, superuser, translate
from media_library.factories import DocumentFactory

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

BODY_CONTEXTS = [
    "body.<id>.text",
    "body.<id>",
    "body.<id>.alt_text",
    "body.<id>.caption",
    "body.<id>.credit",
    "body.<id>.quote",
    "body.<id>.attribution",
    "body.<id>.title",
    "body.<id>.title",
    "body.<id>.title",
    "body.<id>.images.<id>.alt_text",
    "body.<id>.images.<id>.caption",
    "body.<id>.images.<id>.credit",
    "body.<id>.images.<id>.alt_text",
    "body.<id>.images.<id>.caption",
    "body.<id>.images.<id>.credit",
    "body.<id>.figure",
    "body.<id>.label",
    "body.<id>.title",
    "body.<id>.text",
    "body.<id>.button_label",
]


def generic_contexts(po):
    return [UUID.sub("<id>", entry.msgctxt) for entry in po if not entry.obsolete]


def segments(instance):
    """{path: value} of a page's strings, overridable values and related objects."""
    strings, others = {}, {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path] = segment.string.data
        elif isinstance(segment, OverridableSegmentValue):
            others[segment.path] = segment.data
        elif isinstance(segment, RelatedObjectSegmentValue):
            others[segment.path] = (segment.content_type.pk, segment.translation_key)
    return strings, others


class PORoundTripForEveryPageTypeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        story = content.story(site.stories)
        cls.pages = {
            "home": site.home,
            "standard": content.standard_page(site.home),
            "story_index": site.stories,
            "story_section": story.get_parent().specific,
            "story": story,
            "meeting_index": site.meetings,
            "meeting": content.meeting(site.meetings),
            "declaration": content.declaration(site.home),
        }
        cls.exported = {}
        for name, page in cls.pages.items():
            page.save_revision(user=cls.user).publish(user=cls.user)
            translation = translate(page, ["fr"], cls.user)["fr"]
            cls.exported[name] = translation.export_po()
            cls.warnings = fill(translation, user=cls.user)
            translation.save_target(user=cls.user, publish=False)

    def assertRoundTrip(self, name, expected_contexts):
        """The PO file offers ``expected_contexts``; every text comes back translated."""
        source = self.pages[name].specific_class.objects.get(pk=self.pages[name].pk)
        self.assertEqual(generic_contexts(self.exported[name]), expected_contexts)
        french = page_in(source, "fr").get_latest_revision_as_object()
        source_strings, source_others = segments(source)
        french_strings, french_others = segments(french)
        self.assertEqual(french_strings.keys(), source_strings.keys())
        for path, text in source_strings.items():
            if path != "slug":
                self.assertEqual(french_strings[path], f"[fr] {text}", path)
        self.assertEqual(french.slug, f"fr-{source.slug}")
        self.assertEqual(french_others, source_others)
        self.assertFalse(page_in(source, "fr").live)
        return source, french

    def test_home_page(self):
        self.assertRoundTrip("home", ["title", "slug", "introduction"])

    def test_standard_page_with_every_body_block(self):
        self.assertRoundTrip("standard", ["title", "slug", "introduction", *BODY_CONTEXTS])

    def test_story_index_page(self):
        self.assertRoundTrip("story_index", ["title", "slug"])

    def test_member_state_story_section(self):
        source, french = self.assertRoundTrip("story_section", ["title", "slug", "introduction"])
        self.assertEqual(french.member_state, source.member_state)

    def test_story_with_hero_video_gallery_and_empty_optional_blocks(self):
        source, french = self.assertRoundTrip(
            "story",
            [
                "title",
                "slug",
                "summary",
                "location",
                "hero_image_alt",
                "hero_video.<id>.title",
                *BODY_CONTEXTS,
            ],
        )
        self.assertEqual(french.hero_image, source.hero_image)
        hero_video = french.hero_video[0].value
        self.assertEqual(hero_video["video"], source.hero_video[0].value["video"])
        self.assertIsNone(hero_video["embed"])
        gallery = next(block.value for block in french.body if block.block_type == "gallery")
        self.assertEqual(
            [(item["caption"], item["image"].pk) for item in gallery["images"]],
            [
                ("[fr] Caption 1", gallery["images"][0]["image"].pk),
                ("[fr] Caption 2", gallery["images"][1]["image"].pk),
            ],
        )

    def test_meeting_index_page(self):
        self.assertRoundTrip("meeting_index", ["title", "slug"])

    def test_meeting_with_programme_media_speakers_gallery_and_live_feed(self):
        source, french = self.assertRoundTrip(
            "meeting",
            [
                "title",
                "slug",
                "city",
                "venue",
                "introduction",
                "body.<id>.title",
                "body.<id>.images.<id>.alt_text",
                "body.<id>.images.<id>.caption",
                "body.<id>.images.<id>.credit",
                "body.<id>.images.<id>.alt_text",
                "body.<id>.images.<id>.caption",
                "body.<id>.images.<id>.credit",
                "livestream.<id>.title",
                "programme.<id>.title",
                "programme.<id>.media.<id>.title",
                "programme.<id>.presenter_notes",
                "programme.<id>.title",
                "programme.<id>.media.<id>.title",
                "outcome_documents.<id>.title",
                "outcome_documents.<id>.description",
            ],
        )
        opening, presentation = (item.value for item in french.programme)
        source_opening = source.programme[0].value
        self.assertEqual(opening["title"], "[fr] Opening by the High Representative")
        self.assertEqual(opening["media"][0].value["title"], "[fr] Opening film")
        self.assertEqual(
            opening["media"][0].value["video"], source_opening["media"][0].value["video"]
        )
        # The speakers are the French versions of the same people (translated with the page).
        self.assertEqual(
            [
                (person.translation_key, person.locale.language_code)
                for person in opening["speakers"]
            ],
            [(person.translation_key, "fr") for person in source_opening["speakers"]],
        )
        self.assertEqual(opening["starts_at"], source_opening["starts_at"])
        self.assertEqual(presentation["media"][0].value["title"], "[fr] From Montevideo")
        feed = french.livestream[0].value
        self.assertEqual(feed["title"], "[fr] Live from the General Assembly")
        self.assertEqual(feed["stream_url"], content.LIVE_FEED["stream_url"])
        self.assertEqual(feed["time_zone"], "America/New_York")
        self.assertEqual(french.time_zone, source.time_zone)
        self.assertEqual(french.session_reference, source.session_reference)

    def test_declaration_with_signatories(self):
        source, french = self.assertRoundTrip(
            "declaration",
            ["title", "slug", "text", "text", "signatories.<id>.signatory_title"],
        )
        self.assertIn("<b>reaffirm</b>", french.text)
        signatory = french.signatories.get()
        self.assertEqual(signatory.signatory_title, "[fr] Minister of Foreign Affairs")
        self.assertEqual(signatory.member_state, source.signatories.get().member_state)
        self.assertEqual(signatory.locale.language_code, "fr")

    def test_po_import_reports_no_warnings(self):
        self.assertEqual(self.warnings, [])

    def test_list_blocks_written_by_code_are_stored_with_item_ids(self):
        raw = self.pages["meeting"].specific_class.objects.get(pk=self.pages["meeting"].pk)
        images = raw.body.raw_data[0]["value"]["images"]
        self.assertTrue(all(item["type"] == "item" and item["id"] for item in images))
        speakers = raw.programme.raw_data[0]["value"]["speakers"]
        self.assertTrue(all(item["type"] == "item" and item["id"] for item in speakers))


class DeclarationPdfPerLanguageTests(TestCase):
    """The declaration's PDF is shared by every language unless a language overrides it."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        cls.english_pdf = DocumentFactory(title="Declaration (English)")
        cls.french_pdf = DocumentFactory(title="Déclaration (français)")
        cls.declaration = content.declaration(site.home, pdf=cls.english_pdf)
        cls.translations = translate(cls.declaration, ["fr", "es"], cls.user)
        for translation in cls.translations.values():
            fill(translation)
            translation.save_target(user=cls.user, publish=False)

    def override_french_pdf(self):
        translation = self.translations["fr"]
        segment = translation.source.overridablesegment_set.get(context__path="pdf")
        self.client.force_login(self.user)
        response = self.client.put(
            reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
            f"value={self.french_pdf.pk}",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 201)
        translation.save_target(user=self.user, publish=False)

    def test_translations_use_the_source_pdf_by_default(self):
        for code in ("fr", "es"):
            self.assertEqual(page_in(self.declaration, code).pdf, self.english_pdf)

    def test_a_language_can_have_its_own_pdf(self):
        self.override_french_pdf()
        self.assertEqual(page_in(self.declaration, "fr").pdf, self.french_pdf)
        self.assertEqual(page_in(self.declaration, "es").pdf, self.english_pdf)
        self.declaration.refresh_from_db()
        self.assertEqual(self.declaration.pdf, self.english_pdf)

    def test_the_override_survives_a_sync_of_the_source(self):
        self.override_french_pdf()
        declaration = self.declaration.get_latest_revision_as_object()
        declaration.title = "Joint declaration of 2018"
        declaration.save_revision(user=self.user).publish(user=self.user)
        translation = self.translations["fr"]
        translation.source.update_from_db()
        fill(translation)
        translation.save_target(user=self.user, publish=False)
        french = page_in(self.declaration, "fr")
        self.assertEqual(french.pdf, self.french_pdf)
        self.assertEqual(french.title, "[fr] Joint declaration of 2018")
