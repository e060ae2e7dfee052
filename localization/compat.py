"""Workarounds for wagtail-localize 1.14 gaps that break translating this project's content.

Each workaround says what goes wrong without it and, where there is one, names the upstream
issue; remove it when a wagtail-localize release fixes that. They are applied once, from the
app's ``ready()``, and are tested in ``localization/tests`` (the PO round trip of every page
type, Arabic slugs, themes of translated stories). ``test_workarounds.py`` runs
wagtail-localize without them and fails once a release fixes the bug; the registry in
``docs/architecture.md`` lists them with their upstream issues.

They change how wagtail-localize copies content between languages, never what it stores.
"""

import functools

from django.conf import settings
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.models import TranslatableMixin
from wagtail_localize import models as localize_models
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
    ``allow_unicode``, so an Arabic, Russian or Chinese slug became empty and Wagtail made
    one from the translated title instead: the translator's slug was silently lost. Wagtail's
    own editor keeps Unicode slugs when the setting is on; this makes translations agree.
    """
    if getattr(localize_models.slugify, "respects_unicode_setting", False):
        return

    def project_slugify(value):
        return slugify(value, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))

    project_slugify.respects_unicode_setting = True
    localize_models.slugify = project_slugify


def synchronise_many_to_many():
    """Copy a page's ParentalManyToMany relations to its translations on every sync.

    wagtail-localize skips many-to-many fields (“not supported yet”), so a translated story
    kept the themes, goals and partners it had when it was first translated, pointing at
    the source-language snippets, and later changes to the source never reached it. Synced
    translations now take the source's current set, each item replaced by its translation
    in the target language where one exists (a French story lists the French “Gender
    equality” theme) and kept as it is otherwise.
    """
    original = localize_models.copy_synchronised_fields
    if getattr(original, "synchronises_many_to_many", False):
        return

    @functools.wraps(original)
    def copy_synchronised_fields(source, target):
        original(source, target)
        copy_many_to_many(source, target)

    copy_synchronised_fields.synchronises_many_to_many = True
    localize_models.copy_synchronised_fields = copy_synchronised_fields


def copy_many_to_many(source, target):
    """Give ``target`` the ParentalManyToMany values of ``source``, in ``target``'s locale."""
    for field in type(source)._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        related = list(getattr(source, field.name).all())
        model = field.related_model
        if issubclass(model, TranslatableMixin) and related:
            translated = {
                item.translation_key: item
                for item in model.objects.filter(
                    translation_key__in=[item.translation_key for item in related],
                    locale_id=target.locale_id,
                )
            }
            related = [translated.get(item.translation_key, item) for item in related]
        setattr(target, field.name, related)
