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

from api.images import ImageType, image_ref
from api.languages import untranslated_language
from api.loading.loaders import (
    DocumentsByIdLoader,
    ImagesByIdLoader,
    LinkTargetsLoader,
)
from api.loading.references import announce_stream, as_id, stream_block, stream_raw
from api.loading.request import api_context
from api.loading.scope import Scope, batch_of, scope_of
from api.locale import Direction, locale_value
from api.media import (
    DocumentType,
    LiveFeedType,
    VideoType,
    document_ref,
    live_feed_value,
    video_value,
)
from api.rich_text import render_rich_text
from core import blocks as core_blocks
from core.streams import list_items

# GraphQL types of blocks by block class; see graphql_type_for.
BLOCK_TYPES = {}


def register_block_type(block_class, graphql_type):
    """Show blocks of ``block_class`` (and of its subclasses without a type of their own)."""
    BLOCK_TYPES[block_class] = graphql_type
    return graphql_type


def graphql_type_for(block):
    """The GraphQL type registered for the block's class or its nearest ancestor.

    The class's MRO is walked, as wagtail-grapple's registry does, so a subclass with a
    type of its own is never shown as its base, whatever the order of registration.
    """
    for block_class in type(block).__mro__:
        graphql_type = BLOCK_TYPES.get(block_class)
        if graphql_type is not None:
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
    # The StreamField the block belongs to, for the path of its texts (``body.<id>``).
    field: str = ""

    def get(self, name, default=None):
        if isinstance(self.raw, dict):
            value = self.raw.get(name)
            return default if value is None else value
        return default

    def python(self, name):
        """A child's value converted by its block (dates, numbers); no database access."""
        return self.block.child_blocks[name].to_python(self.raw.get(name))


def stream_nodes(stream_block, raw, scope, owner=None, field=""):
    """The typed blocks of a stored stream, skipping blocks without a GraphQL type."""
    nodes = []
    for index, item in enumerate(raw or []):
        child = stream_block.child_blocks.get(item.get("type"))
        if child is None or graphql_type_for(child) is None:
            continue
        block_id = item.get("id") or str(index)
        nodes.append(BlockNode(child, item.get("value"), block_id, scope, owner, field))
    return nodes


def list_nodes(list_block, raw, scope):
    return [
        BlockNode(list_block.child_block, value, block_id, scope)
        for block_id, value in list_items(list_block, raw)
    ]


def page_stream(obj, info, field_name):
    """The typed blocks of a page's StreamField; the whole batch's references load together."""
    announce_stream(api_context(info), batch_of(obj), field_name)
    return stream_nodes(
        stream_block(obj, field_name),
        stream_raw(obj, field_name),
        scope_of(obj),
        owner=obj,
        field=field_name,
    )


def block_language(node, info):
    """The original's language code if the block has texts not translated yet, else None."""
    if node.owner is None or not node.field:
        return None
    return untranslated_language(node.owner, info, f"{node.field}.{node.id}")


class StreamBlockInterface(graphene.Interface):
    """A block of a StreamField; ask for fields of each type with `... on HeadingBlock`."""

    class Meta:
        name = "StreamBlock"

    id = graphene.ID(required=True, description="The block's id, stable across edits.")
    lang = graphene.String(
        description="The language of this block's text when it is not the page's: a block "
        "not translated yet shows the original's text. Set `lang` (and `dir` from "
        "`direction`) on its element. Null when the block is in the page's language."
    )
    direction = graphene.Field(
        Direction, description="The writing direction of `lang`; null when `lang` is null."
    )

    @staticmethod
    def resolve_id(node, info):
        return node.id

    @staticmethod
    def resolve_lang(node, info):
        return block_language(node, info)

    @staticmethod
    def resolve_direction(node, info):
        language = block_language(node, info)
        return locale_value(language)["direction"] if language else None

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
        image = ImagesByIdLoader(api_context(info)).get(as_id(node.get("image")))
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
        document = DocumentsByIdLoader(api_context(info)).get(as_id(node.get("document")))
        return document_ref(document, node.scope.locale)

    @staticmethod
    def resolve_title(node, info):
        if node.get("title"):
            return node.get("title")
        document = DocumentsByIdLoader(api_context(info)).get(as_id(node.get("document")))
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
        target = LinkTargetsLoader(context, node.scope.locale).get(as_id(node.get("page")))
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

CORE_BLOCK_TYPES = list(BLOCK_TYPES.values())
