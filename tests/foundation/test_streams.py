"""The shared StreamField walker reads stored JSON in every shape Wagtail has stored."""

from wagtail import blocks

from core.streams import list_items, walk


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock()
    tags = blocks.ListBlock(blocks.CharBlock())


BODY = blocks.StreamBlock([("person", PersonBlock()), ("note", blocks.CharBlock())])


def test_list_items_reads_both_storage_formats():
    raw = [{"type": "item", "id": "x1", "value": "first"}, "second"]
    assert list(list_items(blocks.ListBlock(blocks.CharBlock()), raw)) == [
        ("x1", "first"),
        ("1", "second"),
    ]


def test_walk_visits_every_nested_value_with_its_block():
    raw = [
        {
            "type": "person",
            "value": {"name": "Ana", "tags": ["a", {"type": "item", "id": "t2", "value": "b"}]},
        },
        {"type": "note", "value": "hello"},
        {"type": "retired", "value": "skipped"},
    ]
    visited = [(type(block).__name__, value) for block, value in walk(BODY, raw)]
    assert ("CharBlock", "Ana") in visited
    assert ("CharBlock", "a") in visited and ("CharBlock", "b") in visited
    assert ("CharBlock", "hello") in visited
    assert all(value != "skipped" for _, value in visited)


def test_walk_skips_values_stored_in_a_shape_their_block_does_not_expect():
    raw = [{"type": "person", "value": "not a dict"}, "not an item"]
    visited = [value for _, value in walk(BODY, raw)]
    assert visited == [raw, "not a dict"]
