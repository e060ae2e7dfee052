"""Workarounds for wagtail-localize 1.14 bugs that stop this project's pages being translated.

Each workaround names the upstream issue it covers and is applied once, from the app's
``ready()``. Remove a workaround when a wagtail-localize release fixes its issue; the tests
in ``localization/tests/test_po_round_trip.py`` show whether it is still needed.

This module must not change what wagtail-localize extracts from a filled-in block: it
only stops the extractor from crashing on blocks an editor left empty.
"""

import functools

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

# Optional blocks whose empty value is ``None``: an unfilled "video link" (EmbedBlock,
# upstream issue 875, fix proposed in pull request 880) and a text field stored as JSON
# null (CharBlock/TextBlock, upstream issue 918). The extractor calls ``value.url`` or
# builds a string segment from ``None`` and raises, so a story with a hosted video (and
# no video link) or a live feed without a recording link could not be translated at all.
# Nothing in an empty block needs translating, so it yields no segment; the translated
# page keeps the source's empty value.
_EMPTY_VALUE_BLOCK_TYPES = (EmbedBlock, blocks.CharBlock, blocks.TextBlock)


def skip_empty_optional_blocks():
    """Make wagtail-localize's StreamField extractor ignore empty optional blocks."""
    original = StreamFieldSegmentExtractor.handle_block
    if getattr(original, "skips_empty_optional_blocks", False):
        return

    @functools.wraps(original)
    def handle_block(self, block_type, block_value, raw_value=None):
        if block_value is None and isinstance(block_type, _EMPTY_VALUE_BLOCK_TYPES):
            return []
        return original(self, block_type, block_value, raw_value=raw_value)

    handle_block.skips_empty_optional_blocks = True
    StreamFieldSegmentExtractor.handle_block = handle_block


def unicode_translated_slugs():
    """Keep non-Latin translated slugs, as the project allows (``WAGTAIL_ALLOW_UNICODE_SLUGS``).

    wagtail-localize passes a translated slug through Django's ``slugify`` without
    ``allow_unicode``, so an Arabic, Russian or Chinese slug became empty and the translated
    page failed validation ("This field is required") and silently was not saved. Wagtail's
    own editor keeps Unicode slugs when the setting is on; this makes translations agree.
    """
    from django.conf import settings
    from django.utils.text import slugify
    from wagtail_localize import models as localize_models

    if getattr(localize_models.slugify, "respects_unicode_setting", False):
        return

    def project_slugify(value):
        return slugify(value, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))

    project_slugify.respects_unicode_setting = True
    localize_models.slugify = project_slugify
