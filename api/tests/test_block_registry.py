"""The block registry resolves a block's GraphQL type through its class's MRO."""

from unittest import mock

from wagtail import blocks

from api import blocks as api_blocks
from api.blocks import graphql_type_for, register_block_type


class NoteBlock(blocks.StructBlock):
    text = blocks.CharBlock()


class WarningNoteBlock(NoteBlock):
    """A subclass with a GraphQL type of its own."""


class TipNoteBlock(NoteBlock):
    """A subclass without a GraphQL type of its own."""


NOTE_TYPE, WARNING_TYPE = object(), object()


def registry():
    """The registry as it is, restored after the test."""
    return mock.patch.dict(api_blocks.BLOCK_TYPES)


def test_a_subclass_registered_after_its_base_resolves_to_its_own_type():
    with registry():
        register_block_type(NoteBlock, NOTE_TYPE)
        register_block_type(WarningNoteBlock, WARNING_TYPE)
        assert graphql_type_for(WarningNoteBlock()) is WARNING_TYPE
        assert graphql_type_for(NoteBlock()) is NOTE_TYPE


def test_a_subclass_registered_before_its_base_resolves_to_its_own_type():
    with registry():
        register_block_type(WarningNoteBlock, WARNING_TYPE)
        register_block_type(NoteBlock, NOTE_TYPE)
        assert graphql_type_for(WarningNoteBlock()) is WARNING_TYPE


def test_an_unregistered_subclass_resolves_to_its_nearest_registered_base():
    with registry():
        register_block_type(NoteBlock, NOTE_TYPE)
        register_block_type(WarningNoteBlock, WARNING_TYPE)
        assert graphql_type_for(TipNoteBlock()) is NOTE_TYPE


def test_a_block_with_no_registered_ancestor_has_no_type():
    with registry():
        assert graphql_type_for(NoteBlock()) is None
