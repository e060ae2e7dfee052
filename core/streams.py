"""Walking StreamField data as stored: the one walker the API and translation code share.

StreamField values are read here as their stored JSON (``raw_data``), not through Wagtail's
``to_python``, so walking a stream never touches the database. ``walk`` visits every block
of a stored value with the value stored for it; ``list_items`` reads a ListBlock's items
in both of Wagtail's storage formats. The public API uses them to find what a stream refers
to, ``localization`` to find ListBlock items that wagtail-localize cannot translate.

This module knows blocks only: it must not import a project app or anything GraphQL.
"""

from wagtail import blocks
from wagtail.fields import StreamField


def stream_field_names(model):
    """Names of a model's StreamFields, in field order."""
    return [field.name for field in model._meta.concrete_fields if isinstance(field, StreamField)]


def is_block_format_item(list_block, item):
    """True if a ListBlock item is stored as ``{"type": "item", "value": ..., "id": ...}``.

    Wagtail before 2.16, and content created from code, store bare values instead.
    """
    return list_block._item_is_in_block_format(item)


def list_items(list_block, raw):
    """(id, stored value) of each item of a ListBlock, in either storage format.

    An item stored as a bare value has no id of its own; its position stands in for one.
    """
    if not isinstance(raw, list):
        return
    for index, item in enumerate(raw):
        if is_block_format_item(list_block, item):
            yield item.get("id") or str(index), item.get("value")
        else:
            yield str(index), item


def walk(block, raw):
    """Every (block, stored value) pair of a stored value, depth first, ``block`` first.

    Children of stream items, list items and struct fields are visited whatever their
    type; a stream item whose type the block no longer defines is skipped, and so is
    anything stored in a shape its block does not expect (old data must not break a walk).
    """
    yield block, raw
    if isinstance(block, blocks.StreamBlock):
        for item in raw if isinstance(raw, list) else ():
            if not isinstance(item, dict):
                continue
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from walk(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for _, value in list_items(block, raw):
            yield from walk(block.child_block, value)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from walk(child, raw.get(name))
