"""wagtail-localize still has the bugs this app works around: each test fails once it is fixed.

Every workaround in ``localization/compat.py``, ``localization/streamfield.py`` and the
translation editor's direction script exists because of one wagtail-localize behaviour. These
tests run that behaviour as wagtail-localize ships it, without the workaround, and assert that
the bug is still there. When an upgrade fixes it, the test fails and its message names the
patch to delete (and its row in the workarounds registry of ``docs/architecture.md``).

The tests that prove the workarounds themselves work live with the features they serve
(``test_po_round_trip``, ``test_any_source_language``, ``test_snippets``).
"""

import re
from unittest import mock

from django.contrib.staticfiles import finders
from django.test import SimpleTestCase, TestCase
from django.utils import timezone
from django.utils.text import slugify as django_slugify
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail_localize import fields as localize_fields
from wagtail_localize import models as localize_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.strings import StringValue

from coalition.factories import ThemeFactory
from localization.tests.utils import build_site, fill, page_in, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

# The extractor's method as wagtail-localize ships it, under the wrapper compat.py installs.
UPSTREAM_HANDLE_BLOCK = getattr(
    StreamFieldSegmentExtractor.handle_block,
    "__wrapped__",
    StreamFieldSegmentExtractor.handle_block,
)


def upstream_fixed(patch):
    return f"upstream fixed: delete the patch {patch} and its row in docs/architecture.md"


class EmptyOptionalBlockTests(SimpleTestCase):
    """https://github.com/wagtail/wagtail-localize/issues/875 and /issues/918."""

    def extract(self, block, value):
        extractor = StreamFieldSegmentExtractor(field=None, include_overridables=True)
        return UPSTREAM_HANDLE_BLOCK(extractor, block, value)

    def test_an_empty_optional_embed_block_still_crashes_segment_extraction(self):
        try:
            self.extract(EmbedBlock(required=False), None)
        except AttributeError:
            return
        self.fail(upstream_fixed("skip_empty_optional_blocks (EmbedBlock, issue 875)"))

    def test_an_empty_optional_text_block_still_crashes_segment_extraction(self):
        for block in (blocks.CharBlock(required=False), blocks.TextBlock(required=False)):
            with self.subTest(type(block).__name__):
                try:
                    self.extract(block, None)
                except TypeError:
                    continue
                self.fail(upstream_fixed("skip_empty_optional_blocks (CharBlock, issue 918)"))


class LegacyListItemTests(SimpleTestCase):
    """List items stored without ids (as code writes them) never reach translators.

    wagtail-localize skips them on purpose: ids made up at each extraction would not match
    the next one (https://github.com/wagtail/wagtail-localize/pull/510). No upstream issue asks
    for a conversion; ``localization/streamfield.py`` gives such items stored ids on save.
    """

    stream_block = blocks.StreamBlock([("captions", blocks.ListBlock(blocks.CharBlock()))])

    def segments(self, raw_items):
        value = self.stream_block.to_python(
            [{"type": "captions", "value": raw_items, "id": "gallery"}]
        )
        extractor = StreamFieldSegmentExtractor(field=None)
        return [segment.path for segment in extractor.handle_stream_block(value)]

    def test_items_with_ids_are_extracted(self):
        # The control: the same list in the editor's format gives one segment per item.
        items = [{"type": "item", "value": "A caption", "id": "first"}]
        self.assertEqual(self.segments(items), ["gallery.first"])

    def test_items_without_ids_are_still_skipped(self):
        self.assertEqual(
            self.segments(["A caption"]),
            [],
            upstream_fixed("localization/streamfield.py (normalise_list_blocks)"),
        )


class TranslatedStoryTests(TestCase):
    """Behaviours that need a story and its translation in the database."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.theme = ThemeFactory(name="Education", slug="education")
        cls.story = StoryPageFactory(parent=section, slug="back-to-school", themes=[cls.theme])
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translations = translate(cls.story, ["ar", "fr"], cls.user)

    def test_a_non_latin_translated_slug_is_still_thrown_away(self):
        """No upstream issue filed as of 2026-12-01.

        wagtail-localize passes the translated slug through Django's ``slugify`` without
        ``allow_unicode``: an Arabic slug comes out empty, and Wagtail then makes one from the
        translated title, so the translator's slug is silently lost.
        """
        translation = self.translations["ar"]
        fill(
            translation,
            lambda entry: "عودة-الفتيات" if entry.msgctxt == "slug" else f"[ar] {entry.msgid}",
        )
        with mock.patch.object(localize_models, "slugify", django_slugify):
            translation.save_target(user=self.user, publish=False)
        self.assertNotEqual(
            page_in(self.story, "ar").slug,
            "عودة-الفتيات",
            upstream_fixed("unicode_translated_slugs"),
        )

    def test_many_to_many_relations_are_still_not_synchronised(self):
        """https://github.com/wagtail/wagtail-localize/issues/820 (also /issues/534)."""
        fill(self.translations["fr"])
        self.translations["fr"].save_target(user=self.user, publish=False)
        french = page_in(self.story, "fr")
        french.themes = []
        # wagtail-localize's own copy, not the wrapper compat.py installs in its models module.
        localize_fields.copy_synchronised_fields(self.story, french)
        self.assertEqual(list(french.themes.all()), [], upstream_fixed("synchronise_many_to_many"))

    def test_translations_written_into_the_string_tables_count_as_translated(self):
        """The demo seeds translations straight into wagtail-localize's tables.

        No upstream issue filed as of 2026-12-01: wagtail-localize offers no bulk import, only
        ``Translation.import_po``, which costs several queries per string. The demo writes
        ``StringTranslation`` rows as ``import_po`` would; this fails if those tables change
        shape or meaning, and the seeding has to follow.
        """
        translation = self.translations["fr"]
        source = TranslationSource.objects.get(object_id=self.story.translation_key)
        segments = StringSegment.objects.filter(source=source).select_related("string")
        StringTranslation.objects.bulk_create(
            StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=translation.target_locale,
                data=StringValue.from_plaintext(f"[fr] {segment.string.data}").data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name="Seeded",
                last_translated_by=self.user,
                updated_at=timezone.now(),
            )
            for segment in segments
        )
        total, translated = translation.get_progress()
        self.assertEqual((translated, total), (segments.count(), segments.count()))
        translation.save_target(user=self.user, publish=False)
        self.assertEqual(page_in(self.story, "fr").title, f"[fr] {self.story.title}")


class TranslationEditorDirectionTests(SimpleTestCase):
    """https://github.com/wagtail/wagtail-localize/issues/197 (open since 2020)."""

    def test_the_translation_editor_still_never_sets_a_writing_direction(self):
        bundle = finders.find("wagtail_localize/js/wagtail-localize.js")
        self.assertIsNotNone(bundle, "wagtail-localize's editor script has moved")
        with open(bundle, encoding="utf-8") as script:
            source = script.read()
        self.assertEqual(
            re.findall(r"\brtl\b|\bdir\s*[:=]|\"dir\"", source, re.IGNORECASE),
            [],
            upstream_fixed(
                "localization/static/localization/js/translation-editor-direction.js "
                "(and its insert_editor_js hook)"
            ),
        )
