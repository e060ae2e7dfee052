"""Keep every ListBlock in StreamField data in the format wagtail-localize can translate.

Wagtail stores a ListBlock's items either as bare values (the format before Wagtail 2.16,
still accepted when content is created from code, as the demo loader and the factories do)
or as ``{"type": "item", "value": ..., "id": ...}`` (what the page editor saves).
wagtail-localize translates items only in the second format, because it needs each item's
``id`` to name its segments: in the first format, the gallery's alt texts and captions, and
every other text inside a list, silently never reach translators or PO files.

Before a model with StreamFields is saved, ``normalise_list_blocks`` rewrites lists in the
old format into the new one. The ids are assigned once and stored, so they stay stable and
translations made against them survive later syncs. Data already in the new format is left
untouched, at the cost of one walk over the stored JSON.
"""

from django.apps import apps
from django.db.models.signals import pre_save
from wagtail import blocks

from core.streams import is_block_format_item, stream_field_names, walk


def has_legacy_list_items(block, raw):
    """True if ``raw`` (JSON data for ``block``) holds a ListBlock item without an id."""
    return any(
        isinstance(child, blocks.ListBlock)
        and isinstance(value, list)
        and not all(is_block_format_item(child, item) for item in value)
        for child, value in walk(block, raw)
    )


def normalise_list_blocks(instance):
    """Convert old-format ListBlock data in ``instance``'s StreamFields; True if any changed."""
    changed = False
    for name in stream_field_names(type(instance)):
        field = instance._meta.get_field(name)
        value = getattr(instance, field.attname)
        raw_data = getattr(value, "raw_data", None)
        if raw_data is None or not has_legacy_list_items(field.stream_block, list(raw_data)):
            continue
        # Reading every child turns it into block values; saving then serialises each
        # ListBlock item with a fresh, stored id.
        for index in range(len(value)):
            value[index]
        changed = True
    return changed


def _normalise_before_save(sender, instance, raw=False, **kwargs):
    if not raw:
        normalise_list_blocks(instance)


def connect_signals():
    """Normalise ListBlock data before saving every model that has a StreamField."""
    for model in apps.get_models():
        if stream_field_names(model):
            pre_save.connect(
                _normalise_before_save,
                sender=model,
                dispatch_uid=f"localization-normalise-list-blocks-{model._meta.label_lower}",
            )
