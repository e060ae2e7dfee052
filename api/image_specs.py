"""Which renditions a request asks for, read from its operation before any image is loaded.

The image loader prefetches only these (not every rendition an image has), so a listing of
twenty cards loads the few sizes each card shows. The arguments of every ``rendition`` and
``srcSet`` field on ``Image`` in the operation and its fragments are read once each (and a
field that answers with one rendition's address, ``URL_FIELDS``, adds its spec): the
walk is linear in the size of the document, however often a fragment is spread. A field
whose arguments are not on the allow-list adds nothing; its resolver reports the error.

This module knows the allow-list and the GraphQL document, never the database.
"""

from graphql import FieldNode, GraphQLError, InlineFragmentNode, get_named_type
from graphql.execution.values import get_argument_values

from media_library.renditions import (
    STANDARD_WIDTHS,
    RenditionNotAllowed,
    allowed_formats,
    filter_spec,
)

IMAGE_TYPE = "Image"
IMAGE_FIELDS = ("rendition", "srcSet")
# The one rendition behind ``Video.thumbnail`` (deprecated), an address rather than an
# ``Image``: the JPEG share-preview width, made for every image at upload.
VIDEO_THUMBNAIL_SPEC = filter_spec(1280, None, "jpeg")
URL_FIELDS = {("Video", "thumbnail"): (VIDEO_THUMBNAIL_SPEC,)}


def format_value(value):
    """The format name of an ``ImageFormat`` argument (graphene hands over enum members)."""
    return getattr(value, "value", value)


def specs_for(widths, height, image_format):
    """The filter specs for these arguments; every allowed format when none is named.

    Raises ``RenditionNotAllowed`` for a size or format outside the allow-list.
    """
    formats = [image_format] if image_format else allowed_formats()
    return [filter_spec(width, height, one_format) for width in widths for one_format in formats]


def _image_field_specs(field, node, variable_values):
    """Specs one ``rendition`` or ``srcSet`` field asks for; none if its arguments are bad."""
    try:
        arguments = get_argument_values(field, node, variable_values)
    except GraphQLError:
        return ()  # the field itself reports it
    image_format = format_value(arguments.get("format"))
    if node.name.value == "rendition":
        widths, height = [arguments.get("width")], arguments.get("height")
    else:
        widths, height = arguments.get("widths") or STANDARD_WIDTHS, None
    try:
        return specs_for(widths, height, image_format)
    except RenditionNotAllowed:
        return ()


def _walk(schema, parent_type, selection_set, variable_values, specs):
    """Collect specs under ``selection_set``; fragment spreads are walked as definitions."""
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            field = getattr(parent_type, "fields", {}).get(selection.name.value)
            if field is None:
                continue
            if parent_type.name == IMAGE_TYPE and selection.name.value in IMAGE_FIELDS:
                specs.update(_image_field_specs(field, selection, variable_values))
            elif (parent_type.name, selection.name.value) in URL_FIELDS:
                specs.update(URL_FIELDS[(parent_type.name, selection.name.value)])
            elif selection.selection_set is not None:
                field_type = get_named_type(field.type)
                _walk(schema, field_type, selection.selection_set, variable_values, specs)
        elif isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
            fragment_type = schema.get_type(condition.name.value) if condition else parent_type
            _walk(schema, fragment_type, selection.selection_set, variable_values, specs)


def requested_rendition_specs(info):
    """Filter specs of every rendition the request's operation may show.

    Reads the executed operation and each fragment definition of the document once, so
    the cost is linear in the document's size whatever its fragments spread.
    """
    schema, specs = info.schema, set()
    root = schema.get_root_type(info.operation.operation)
    _walk(schema, root, info.operation.selection_set, info.variable_values, specs)
    for fragment in info.fragments.values():
        fragment_type = schema.get_type(fragment.type_condition.name.value)
        _walk(schema, fragment_type, fragment.selection_set, info.variable_values, specs)
    return frozenset(specs)
