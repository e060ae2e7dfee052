"""StreamField content as typed GraphQL blocks.

Blocks are read from the StreamField's stored JSON rather than through Wagtail's
``to_python``, so that every image, document, video, page and snippet a stream refers
to, at any depth, is announced to the request's loaders first and fetched together:
a 40-block body costs the same few queries as a 4-block one.

Every block type implements the ``StreamBlock`` interface (``id``); apps add their own
block types with ``register_block_type``. A block without a GraphQL type is left out
rather than failing the request, so adding a block in the editor never breaks clients.
"""

from dataclasses import dataclass

import graphene
from graphql import GraphQLNonNull
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from api.context import Scope, api_context, batch_of, scope_of, stream_field_names
from api.images import ImageType, image_ref
from api.media import (
    DocumentType,
    LiveFeedType,
    VideoType,
    live_feed_value,
    video_value,
)
from api.rich_text import render_rich_text
from core import blocks as core_blocks

BLOCK_TYPES = []


def register_block_type(block_class, graphql_type):
    BLOCK_TYPES.append((block_class, graphql_type))
    return graphql_type


def graphql_type_for(block):
    for block_class, graphql_type in BLOCK_TYPES:
        if isinstance(block, block_class):
            return graphql_type
    return None


@dataclass
class BlockNode:
    """One block of a stream: its definition, stored value, id and the request's scope."""

    block: blocks.Block
    raw: object
    id: str
    scope: Scope
    owner: object = None

    def get(self, name, default=None):
        if isinstance(self.raw, dict):
            value = self.raw.get(name)
            return default if value is None else value
        return default

    def python(self, name):
        """A child's value converted by its block (dates, numbers); no database access."""
        return self.block.child_blocks[name].to_python(self.raw.get(name))


def as_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def list_items(list_block, raw):
    """(id, stored value) of each item of a ListBlock, in either storage format."""
    for index, item in enumerate(raw or []):
        if list_block._item_is_in_block_format(item):
            yield item.get("id") or str(index), item.get("value")
        else:
            yield str(index), item


def stream_nodes(stream_block, raw, scope, owner=None):
    """The typed blocks of a stored stream, skipping blocks without a GraphQL type."""
    nodes = []
    for index, item in enumerate(raw or []):
        child = stream_block.child_blocks.get(item.get("type"))
        if child is None or graphql_type_for(child) is None:
            continue
        block_id = item.get("id") or str(index)
        nodes.append(BlockNode(child, item.get("value"), block_id, scope, owner))
    return nodes


def list_nodes(list_block, raw, scope):
    return [
        BlockNode(list_block.child_block, value, block_id, scope)
        for block_id, value in list_items(list_block, raw)
    ]


def scan(context, scope, block, raw):
    """Announce everything a stored block value refers to (no query)."""
    if raw is None or raw == "":
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                scan(context, scope, child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for _, value in list_items(block, raw):
            scan(context, scope, block.child_block, value)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(block, core_blocks.LiveFeedBlock):
            live_feed_value(context, scope, block, raw)
        for name, child in block.child_blocks.items():
            scan(context, scope, child, raw.get(name))
    elif isinstance(block, ImageChooserBlock):
        context.images.want([as_id(raw)])
    elif isinstance(block, DocumentChooserBlock):
        context.documents.want([as_id(raw)])
    elif isinstance(block, AbstractMediaChooserBlock):
        context.media.want([as_id(raw)])
    elif isinstance(block, blocks.PageChooserBlock):
        target = block.target_model
        if target is Page:
            context.link_targets(scope.locale).want([as_id(raw)])
        else:
            context.related_pages(target, scope).want([as_id(raw)])
    elif isinstance(block, SnippetChooserBlock):
        if issubclass(block.target_model, TranslatableMixin):
            context.snippets(block.target_model, scope.locale).want([as_id(raw)])
    elif isinstance(block, EmbedBlock):
        context.embeds.want([raw])
    elif isinstance(block, blocks.RichTextBlock):
        context.announce_rich_text(raw, scope)


def _stream_raw(obj, field_name):
    value = getattr(obj, field_name)
    return list(value.raw_data) if value is not None else []


def _stream_block(obj, field_name):
    return obj._meta.get_field(field_name).stream_block


def scan_object_streams(context, obj, scope):
    batch = batch_of(obj)
    for name in stream_field_names(type(obj)):
        scan(context, scope, _stream_block(obj, name), _stream_raw(obj, name))
        batch.cache[("scanned", name)] = True


def page_stream(obj, info, field_name):
    """The typed blocks of a page's StreamField; the whole batch's references load together."""
    context = api_context(info)
    batch = batch_of(obj)
    stream_block = _stream_block(obj, field_name)
    if not batch.cache.get(("scanned", field_name)):
        for item in batch:
            scan(context, scope_of(item), stream_block, _stream_raw(item, field_name))
        batch.cache[("scanned", field_name)] = True
    return stream_nodes(stream_block, _stream_raw(obj, field_name), scope_of(obj), owner=obj)


class StreamBlockInterface(graphene.Interface):
    """A block of a StreamField; ask for fields of each type with `... on HeadingBlock`."""

    class Meta:
        name = "StreamBlock"

    id = graphene.ID(required=True, description="The block's id, stable across edits.")

    @staticmethod
    def resolve_id(node, info):
        return node.id

    @classmethod
    def resolve_type(cls, node, info):
        return graphql_type_for(node.block)


def block_value(attname, default_value, node, info, **args):
    """Default resolver of block fields: the stored child value of the same name.

    An empty text comes back as null on an optional field and as "" on a required one.
    """
    value = node.get(attname)
    if value in (None, ""):
        return "" if isinstance(info.return_type, GraphQLNonNull) else None
    return value


class BlockMeta:
    interfaces = (StreamBlockInterface,)
    default_resolver = block_value


class HeadingLevel(graphene.Enum):
    """How important a heading is."""

    H2 = "h2"
    H3 = "h3"

    @property
    def description(self):
        return {"H2": "A section heading.", "H3": "A sub-section heading."}[self.name]


class HeadingBlockType(graphene.ObjectType):
    """A heading that starts a new section."""

    class Meta(BlockMeta):
        name = "HeadingBlock"

    text = graphene.String(required=True, description="The heading.")
    level = graphene.Field(HeadingLevel, required=True, description="Section or sub-section.")

    @staticmethod
    def resolve_level(node, info):
        return node.get("level", "h2")


class ParagraphBlockType(graphene.ObjectType):
    """Paragraphs of text with bold, italic, links and lists."""

    class Meta(BlockMeta):
        name = "ParagraphBlock"

    html = graphene.String(
        required=True,
        description="HTML. Links to pages point at the frontend address of the page in the "
        "same language; links to pages readers cannot see are plain text.",
    )

    @staticmethod
    def resolve_html(node, info):
        return render_rich_text(info, node.raw, node.scope)


class ImageBlockType(graphene.ObjectType):
    """An image with its alt text, caption and credit."""

    class Meta(BlockMeta):
        name = "ImageBlock"

    image = graphene.Field(
        ImageType, description="The image; null if it was deleted from the library."
    )
    caption = graphene.String(description="Text shown under the image.")
    credit = graphene.String(
        description="Credit to print with the image: the block's, else the library's."
    )

    @staticmethod
    def resolve_image(node, info):
        return image_ref(api_context(info), as_id(node.get("image")), alt=node.get("alt_text"))

    @staticmethod
    def resolve_credit(node, info):
        if node.get("credit"):
            return node.get("credit")
        image = api_context(info).images.get(as_id(node.get("image")))
        return (getattr(image, "credit", "") or None) if image else None


class QuoteBlockType(graphene.ObjectType):
    """A quotation with the name of the person quoted."""

    class Meta(BlockMeta):
        name = "QuoteBlock"

    quote = graphene.String(required=True, description="The words quoted, without marks.")
    attribution = graphene.String(required=True, description="Who said it.")
    role = graphene.String(description="Their role, if given.")


def video_from_block(context, scope, raw):
    """A ``VideoValue`` from a VideoBlock's stored value."""
    raw = raw or {}
    return video_value(
        context,
        scope,
        embed_url=raw.get("embed") or None,
        media_id=as_id(raw.get("video")),
        title=raw.get("title"),
        caption=raw.get("caption"),
    )


class VideoBlockType(graphene.ObjectType):
    """A video from YouTube, Vimeo, UN Web TV, or a hosted file with captions."""

    class Meta(BlockMeta):
        name = "VideoBlock"

    video = graphene.Field(VideoType, description="The video; null if its hosted file was deleted.")

    @staticmethod
    def resolve_video(node, info):
        return video_from_block(api_context(info), node.scope, node.raw)


class LiveFeedBlockType(graphene.ObjectType):
    """A live stream with its schedule and a recording for outside that window."""

    class Meta(BlockMeta):
        name = "LiveFeedBlock"

    live_feed = graphene.Field(LiveFeedType, required=True, description="The live feed.")

    @staticmethod
    def resolve_live_feed(node, info):
        return live_feed_value(api_context(info), node.scope, node.block, node.raw or {})


class GalleryBlockType(graphene.ObjectType):
    """A set of images shown together."""

    class Meta(BlockMeta):
        name = "GalleryBlock"

    title = graphene.String(description="The gallery's title, if any.")
    images = graphene.List(
        graphene.NonNull(ImageBlockType), required=True, description="The images, in order."
    )

    @staticmethod
    def resolve_images(node, info):
        return list_nodes(node.block.child_blocks["images"], node.get("images", []), node.scope)


class KeyFigureBlockType(graphene.ObjectType):
    """One number that tells the story's impact."""

    class Meta(BlockMeta):
        name = "KeyFigureBlock"

    figure = graphene.String(required=True, description="The number as it should read.")
    label = graphene.String(required=True, description="What the number counts.")
    source = graphene.String(description="Where the figure comes from.")


class DocumentBlockType(graphene.ObjectType):
    """A document to download."""

    class Meta(BlockMeta):
        name = "DocumentBlock"

    document = graphene.Field(DocumentType, description="The file; null if deleted or not public.")
    title = graphene.String(description="Link text: the block's title, else the document's.")
    description = graphene.String(description="What the document is, if described.")

    @staticmethod
    def resolve_document(node, info):
        return api_context(info).documents.get(as_id(node.get("document")))

    @staticmethod
    def resolve_title(node, info):
        if node.get("title"):
            return node.get("title")
        document = api_context(info).documents.get(as_id(node.get("document")))
        return document.title if document else ""


class CallToActionBlockType(graphene.ObjectType):
    """An invitation to act or read on, with a button."""

    class Meta(BlockMeta):
        name = "CallToActionBlock"

    text = graphene.String(required=True, description="The invitation.")
    button_label = graphene.String(required=True, description="The words on the button.")
    url = graphene.String(
        description="Where the button goes: the frontend address of a page (in the same "
        "language where it exists) or another site. Null if the page is not public: hide "
        "the button."
    )
    is_external = graphene.Boolean(
        required=True, description="True when the button leads to another site."
    )

    @staticmethod
    def resolve_url(node, info):
        if node.get("url"):
            return node.get("url")
        context = api_context(info)
        target = context.link_targets(node.scope.locale).get(as_id(node.get("page")))
        return context.pages.url(target) if target else None

    @staticmethod
    def resolve_is_external(node, info):
        return bool(node.get("url"))


for _block_class, _graphql_type in [
    (core_blocks.HeadingBlock, HeadingBlockType),
    (core_blocks.ParagraphBlock, ParagraphBlockType),
    (core_blocks.CaptionedImageBlock, ImageBlockType),
    (core_blocks.QuoteBlock, QuoteBlockType),
    (core_blocks.VideoBlock, VideoBlockType),
    (core_blocks.LiveFeedBlock, LiveFeedBlockType),
    (core_blocks.GalleryBlock, GalleryBlockType),
    (core_blocks.KeyFigureBlock, KeyFigureBlockType),
    (core_blocks.DocumentBlock, DocumentBlockType),
    (core_blocks.CallToActionBlock, CallToActionBlockType),
]:
    register_block_type(_block_class, _graphql_type)

CORE_BLOCK_TYPES = [graphql_type for _, graphql_type in BLOCK_TYPES]
