"""What content refers to, announced to the loaders before anything is fetched.

As soon as objects are known (a page of stories, a snippet, a stream), the ids they point
at are *announced* to the loader that serves each kind of reference, without a query:
foreign keys to images, documents, pages and snippets; links in rich text; choosers and
embeds anywhere inside a StreamField. The first time any of them is needed, each loader
fetches everything announced to it in one query.

``attach`` is the entry point: it makes objects one batch for a scope and announces
their references. A foreign key that ``announce`` routes to no loader would be fetched
one query per object; ``api/tests/test_references.py`` fails when a model the API
exposes gets one, unless it is listed there as deliberately left out.

This module decides which loader serves a reference; it must not fetch anything itself.
"""

import re

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from api.loading.loaders import (
    DocumentsByIdLoader,
    EmbedsByUrlLoader,
    HostedMediaByIdLoader,
    ImagesByIdLoader,
    LinkTargetsLoader,
    PagesByIdLoader,
    SnippetsByIdLoader,
)
from api.loading.scope import mark, scope_of
from core import blocks as core_blocks
from core.streams import stream_field_names, walk

# Rich text stores internal links as <a linktype="page" id="3">; see wagtail.rich_text.
RICH_TEXT_LINK = re.compile(r"<a\b[^>]*\blinktype=\"(page|document)\"[^>]*>", re.IGNORECASE)
LINK_ID = re.compile(r"\bid=\"(\d+)\"")

# Live feeds from these providers are shown with an embedded player.
EMBEDDED_LIVE_FEEDS = ("youtube", "unwebtv")


def as_id(value):
    """A stored chooser value as a primary key, or None."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def attach(context, objects, scope):
    """Mark objects as fetched together for ``scope`` and announce what they refer to."""
    batch = mark(objects, scope)
    announce(context, batch, scope)
    if len(batch) == 1:
        # One object: reading all its stream fields now costs nothing and lets their
        # images, documents and links be fetched with the others in one go.
        for name in stream_field_names(type(batch[0])):
            announce_stream(context, batch, name)
    return objects


def loader_for_field(context, field, scope):
    """The loader serving a foreign key's target, or None if no loader serves it."""
    target = field.related_model
    if issubclass(target, get_image_model()):
        return ImagesByIdLoader(context)
    if issubclass(target, get_document_model()):
        return DocumentsByIdLoader(context)
    if issubclass(target, Page):
        return PagesByIdLoader(context, target, scope)
    if issubclass(target, TranslatableMixin):
        return SnippetsByIdLoader(context, target, scope.locale)
    return None


def announce(context, batch, scope):
    """Announce the ids the batch's own fields point at, without a query.

    Wagtail's own page fields (owner, revisions, locks) are not content and are skipped;
    so are parental keys and the link of a page to its base ``Page`` row.
    """
    if not batch:
        return
    for field in type(batch[0])._meta.concrete_fields:
        if field.model is Page:
            continue
        if isinstance(field, RichTextField):
            for obj in batch:
                announce_rich_text(context, getattr(obj, field.attname), scope)
            continue
        if (
            not isinstance(field, models.ForeignKey)
            or isinstance(field, ParentalKey)
            or field.remote_field.parent_link
        ):
            continue
        ids = {getattr(obj, field.attname) for obj in batch} - {None}
        if not ids:
            continue
        loader = loader_for_field(context, field, scope)
        if loader is not None:
            loader.want(ids)


def announce_rich_text(context, html, scope):
    """Announce the pages and documents a rich text links to."""
    if not html:
        return
    for match in RICH_TEXT_LINK.finditer(html):
        found = LINK_ID.search(match.group(0))
        if not found:
            continue
        if match.group(1).lower() == "page":
            LinkTargetsLoader(context, scope.locale).want([int(found.group(1))])
        else:
            DocumentsByIdLoader(context).want([int(found.group(1))])


def live_feed_embed_url(raw):
    """The stream URL of a stored live feed shown with an embedded player, else None."""
    if raw.get("provider") in EMBEDDED_LIVE_FEEDS and raw.get("stream_url"):
        return raw["stream_url"]
    return None


def announce_block(context, scope, block, raw):
    """Announce everything a stored block value refers to, at any depth (no query)."""
    for child, value in walk(block, raw):
        if value is None or value == "":
            continue
        if isinstance(child, core_blocks.LiveFeedBlock):
            EmbedsByUrlLoader(context).want([live_feed_embed_url(value)])
        elif isinstance(child, ImageChooserBlock):
            ImagesByIdLoader(context).want([as_id(value)])
        elif isinstance(child, DocumentChooserBlock):
            DocumentsByIdLoader(context).want([as_id(value)])
        elif isinstance(child, AbstractMediaChooserBlock):
            HostedMediaByIdLoader(context).want([as_id(value)])
        elif isinstance(child, blocks.PageChooserBlock):
            target = child.target_model
            if target is Page:
                LinkTargetsLoader(context, scope.locale).want([as_id(value)])
            else:
                PagesByIdLoader(context, target, scope).want([as_id(value)])
        elif isinstance(child, SnippetChooserBlock):
            if issubclass(child.target_model, TranslatableMixin):
                SnippetsByIdLoader(context, child.target_model, scope.locale).want([as_id(value)])
        elif isinstance(child, EmbedBlock):
            EmbedsByUrlLoader(context).want([value])
        elif isinstance(child, blocks.RichTextBlock):
            announce_rich_text(context, value, scope)


def stream_raw(obj, field_name):
    """The stored JSON of one of an object's StreamFields, as a list of blocks."""
    value = getattr(obj, field_name)
    return list(value.raw_data) if value is not None else []


def stream_block(obj, field_name):
    """The StreamBlock that defines one of an object's StreamFields."""
    return obj._meta.get_field(field_name).stream_block


def announce_stream(context, batch, field_name):
    """Announce what one StreamField of every object of the batch refers to, once."""
    if field_name in batch.scanned:
        return
    batch.scanned.add(field_name)
    for item in batch:
        block = stream_block(item, field_name)
        announce_block(context, scope_of(item), block, stream_raw(item, field_name))
