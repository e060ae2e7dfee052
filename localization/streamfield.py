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
from wagtail.fields import StreamField


def has_legacy_list_items(block, raw):
    """True if ``raw`` (JSON data for ``block``) holds a ListBlock item without an id."""
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            return False
        for item in raw:
            if not block._item_is_in_block_format(item):
                return True
            if has_legacy_list_items(block.child_block, item.get("value")):
                return True
        return False
    if isinstance(block, blocks.StreamBlock):
        for item in raw or ():
            if not isinstance(item, dict):
                continue
            child = block.child_blocks.get(item.get("type"))
            if child is not None and has_legacy_list_items(child, item.get("value")):
                return True
        return False
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return False
        return any(
            has_legacy_list_items(child, raw.get(name))
            for name, child in block.child_blocks.items()
        )
    return False


def normalise_list_blocks(instance):
    """Convert old-format ListBlock data in ``instance``'s StreamFields; True if any changed."""
    changed = False
    for field in instance._meta.concrete_fields:
        if not isinstance(field, StreamField):
            continue
        value = getattr(instance, field.attname)
        raw_data = getattr(value, "raw_data", None)
        if raw_data is None or not has_legacy_list_items(field.stream_block, list(raw_data)):
            continue
        # Reading every child turns it into block values; saving then serialises each
        # ListBlock item with a fresh, stored id.
        for index in range(len(value)):
            value[index]  # noqa: B018
        changed = True
    return changed


def _normalise_before_save(sender, instance, raw=False, **kwargs):
    if not raw:
        normalise_list_blocks(instance)


def connect_signals():
    """Normalise ListBlock data before saving every model that has a StreamField."""
    for model in apps.get_models():
        if any(isinstance(field, StreamField) for field in model._meta.concrete_fields):
            pre_save.connect(
                _normalise_before_save,
                sender=model,
                dispatch_uid=f"localization-normalise-list-blocks-{model._meta.label_lower}",
            )
