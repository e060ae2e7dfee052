"""The ``Page`` interface every page type implements, and how public pages are looked up.

Each app registers its page types with ``register_page_type`` so ``page(urlPath:)`` and
any field typed ``Page`` can return the right concrete type.
"""

import re
from urllib.parse import unquote

import graphene
from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode
from wagtail.models import Page, Revision

from api.connection import page_size
from api.errors import invalid_argument, shorten
from api.images import ImageType, image_ref
from api.languages import FieldLanguageType, field_languages
from api.loading.loaders import (
    AncestorsByPageLoader,
    ChildrenByPageLoader,
    TranslationsByPageLoader,
    TranslationStatusByPageLoader,
)
from api.loading.request import api_context
from api.loading.scope import Scope, batch_of, scope_of
from api.loading.visibility import in_language
from api.locale import LocaleType, content_language_codes, locale_value

PAGE_TYPES = {}


def register_page_type(model, graphql_type):
    PAGE_TYPES[model] = graphql_type
    return graphql_type


def page_type_for(page):
    return PAGE_TYPES.get(type(page))


class PageTranslationType(graphene.ObjectType):
    """Another language version of a page that readers can see."""

    class Meta:
        name = "PageTranslation"

    id = graphene.ID(required=True, description="The translation's page id.")
    title = graphene.String(required=True, description="The translation's title.")
    slug = graphene.String(required=True, description="The translation's slug.")
    locale = graphene.Field(LocaleType, required=True, description="The translation's language.")
    url_path = graphene.String(
        required=True, description="Path on the frontend, language first, e.g. `/fr/stories/`."
    )
    url = graphene.String(required=True, description="Absolute address on the public website.")

    @staticmethod
    def resolve_locale(version, info):
        return locale_value(version.language_code)

    @staticmethod
    def resolve_url_path(version, info):
        return api_context(info).pages.url_path(version)

    @staticmethod
    def resolve_url(version, info):
        return api_context(info).pages.url(version)


class TranslationStatusType(graphene.ObjectType):
    """How far this language version is a complete, current translation of its source.

    A translation may be published before every text is translated: the untranslated texts
    then show in the source language. Use this to tell readers, or to mark those parts with
    the source's `lang`.
    """

    class Meta:
        name = "TranslationStatus"

    is_source = graphene.Boolean(
        required=True,
        description="True when this version is the original the others are translated from.",
    )
    source_locale = graphene.Field(
        LocaleType, required=True, description="The language of the original."
    )
    complete = graphene.Boolean(
        required=True,
        description="True when every text of the original is translated in this version "
        "(always true for the original, and for a version written by hand rather than "
        "through the translation editor).",
    )
    translated_percent = graphene.Int(
        required=True,
        description="The share of the original's texts translated in this version, 0 to 100.",
    )
    out_of_date = graphene.Boolean(
        required=True,
        description="True when the original changed after this version last took its "
        "texts in: parts may be missing or say something older.",
    )

    @staticmethod
    def resolve_is_source(value, info):
        return value[0].is_source

    @staticmethod
    def resolve_source_locale(value, info):
        return locale_value(value[1])

    @staticmethod
    def resolve_complete(value, info):
        return value[0].is_source or value[0].complete

    @staticmethod
    def resolve_translated_percent(value, info):
        status = value[0]
        if status.is_source or not status.synced or not status.total_segments:
            return 100
        return min(100, (100 * status.translated_segments) // status.total_segments)

    @staticmethod
    def resolve_out_of_date(value, info):
        return bool(value[0].out_of_date)


class PageInterface(graphene.Interface):
    """Fields every public page has, whatever its type."""

    class Meta:
        name = "Page"

    id = graphene.ID(required=True, description="The page's id (its primary key).")
    title = graphene.String(required=True, description="The page title.")
    slug = graphene.String(required=True, description="The last part of the page's path.")
    locale = graphene.Field(
        LocaleType,
        required=True,
        description="The language this version is written in. With fallback it may differ "
        "from the language asked for: see `isFallback`.",
    )
    url_path = graphene.String(
        required=True,
        description="Path on the frontend, language first, e.g. `/fr/stories/uy/a-story/`. "
        "Pass it to `page(urlPath:)` to load the page.",
    )
    url = graphene.String(
        required=True, description="Absolute address on the public website (FRONTEND_BASE_URL)."
    )
    first_published_at = graphene.DateTime(description="When the page was first published.")
    last_published_at = graphene.DateTime(description="When the page was last published.")
    seo_title = graphene.String(
        required=True,
        description="Title for search engines and browser tabs; the page title when editors "
        "gave none.",
    )
    search_description = graphene.String(
        description="Description for search engines and link previews, if editors wrote one."
    )
    translation_key = graphene.String(
        required=True, description="Shared by all language versions of the same page."
    )
    translations = graphene.List(
        graphene.NonNull(PageTranslationType),
        required=True,
        description="The other language versions readers can see (published ones only).",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when this page is not in the language asked for and was returned "
        "in its original language because `fallback: true` was given.",
    )
    translation_status = graphene.Field(
        TranslationStatusType,
        required=True,
        description="Whether this version is the original or a complete, current "
        "translation of it (from the translation editor's records).",
    )
    field_languages = graphene.List(
        graphene.NonNull(FieldLanguageType),
        required=True,
        description="The language of each of this page's own texts outside its blocks "
        "(`title`, `summary`, `introduction`, rich text such as a declaration's `text`…): a "
        "translation published before every text was translated shows those texts in the "
        "original's language. Where `lang` is not `locale.code`, set `lang` and `dir` (from "
        "`direction`) on the element. Blocks carry their own `lang`.",
    )
    children = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        first=graphene.Int(
            default_value=20, description="How many children to return, 0 to 100 (default 20)."
        ),
        description="The page's public children in the order editors arranged them in the "
        "page tree, in this page's language (drafts and private pages never appear). For "
        "long lists such as a country's stories, use the paginated `stories` instead.",
    )
    ancestors = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        description="The pages above this one, from its language's home page down to its "
        "parent: a breadcrumb trail. Empty for a home page.",
    )

    @classmethod
    def resolve_type(cls, instance, info):
        return page_type_for(instance)

    @staticmethod
    def resolve_id(page, info):
        return page.pk

    @staticmethod
    def resolve_locale(page, info):
        return locale_value(page.locale.language_code)

    @staticmethod
    def resolve_url_path(page, info):
        return api_context(info).pages.url_path(page)

    @staticmethod
    def resolve_url(page, info):
        return api_context(info).pages.url(page)

    @staticmethod
    def resolve_seo_title(page, info):
        return page.seo_title or page.title

    @staticmethod
    def resolve_search_description(page, info):
        return page.search_description or None

    @staticmethod
    def resolve_translation_key(page, info):
        return str(page.translation_key)

    @staticmethod
    def resolve_is_fallback(page, info):
        return page.locale.language_code != scope_of(page).locale

    @staticmethod
    def resolve_translation_status(page, info):
        loader = TranslationStatusByPageLoader(api_context(info), batch_of(page))
        status = loader.load(page)
        if status is None:
            # A group the report does not know (it has no source page): this version is
            # its own original.
            return (_OwnOriginal(), page.locale.language_code)
        return status

    @staticmethod
    def resolve_field_languages(page, info):
        return field_languages(page, info, page_type_for(page))

    @staticmethod
    def resolve_children(page, info, first=20):
        full = selects_type_fields(info)
        loader = ChildrenByPageLoader(api_context(info), batch_of(page), page_size(first), full)
        return [child for child in loader.load(page) if page_type_for(child)]

    @staticmethod
    def resolve_ancestors(page, info):
        full = selects_type_fields(info)
        ancestors = AncestorsByPageLoader(api_context(info), batch_of(page), full).load(page)
        return [ancestor for ancestor in ancestors if page_type_for(ancestor)]

    @staticmethod
    def resolve_translations(page, info):
        translations = TranslationsByPageLoader(api_context(info), batch_of(page)).load(page)
        return [translation for translation in translations if translation.pk != page.pk]


class _OwnOriginal:
    """The status of a page that is its own original."""

    is_source = True
    complete = True
    synced = False
    out_of_date = False
    total_segments = translated_segments = 0


# Page ids are 32-bit integers in the database (Wagtail's ``Page.id`` is an AutoField); a
# larger number can name no page, and would overflow the database's integer.
MAX_PAGE_ID = 2**31 - 1
PAGE_ID = re.compile(r"[0-9]{1,10}")


def parse_page_id(value, argument="id"):
    """A page id from a client: a whole number from 1 to ``MAX_PAGE_ID``, else
    INVALID_ARGUMENT saying so (never a database error)."""
    text = str(value)
    page_id = int(text) if PAGE_ID.fullmatch(text) else None
    if page_id is None or not 1 <= page_id <= MAX_PAGE_ID:
        raise invalid_argument(
            f"{argument} must be a page id, a whole number from 1 to {MAX_PAGE_ID}, "
            f"not {shorten(value)}.",
            argument,
        )
    return page_id


def find_page(info, model, scope, *, slug=None, page_id=None):
    """One public page of ``model`` by slug or id, in the scope's language (or fallback).

    By id, any language version's id finds the page; by slug, a slug from another
    language finds it too when ``fallback`` is on (slugs are translated).
    """
    if (slug is None) == (page_id is None):
        raise invalid_argument("Give either `slug` or `id`, not both and not neither.", "slug")
    context = api_context(info)
    base = model.objects.select_related("locale")
    if page_id is not None:
        page_id = parse_page_id(page_id)
        key = model.objects.filter(pk=page_id).values("translation_key")
        candidates = base.filter(translation_key__in=key)
    else:
        local = context.pages.filter(
            base.filter(slug=slug, locale__language_code=scope.locale)
        ).first()
        if local is not None or not scope.fallback:
            return attach_one(context, local, scope)
        keys = (
            context.pages.filter(model.objects.filter(slug=slug))
            .order_by("pk")
            .values("translation_key")
        )
        candidates = base.filter(translation_key__in=keys)
    page = in_language(candidates, context, scope).order_by("pk").first()
    return attach_one(context, page, scope)


def attach_one(context, page, scope):
    if page is not None:
        context.attach([page], scope)
    return page


def resolve_by_path(info, scope, url_path):
    """The public page at a frontend path, in the scope's language, or None.

    The path may be any language's: ``/fr/histoires/``, ``/histoires/`` or, asked for in
    French, ``/en/stories/`` or ``/stories/``. The page found there is answered in the
    language asked for (with that version's own ``urlPath``, so a frontend can redirect to
    it); with fallback, in the first language of the chain that has it, else in its
    original language; else None.
    """
    context = api_context(info)
    # Accept what a browser gives: percent-encoded (non-Latin slugs), with a query or fragment.
    raw = unquote((url_path or "").split("?", 1)[0].split("#", 1)[0])
    parts = [part for part in raw.split("/") if part]
    languages = content_language_codes()
    prefix = [parts.pop(0)] if parts and parts[0] in languages else []
    # The tree the path's prefix names first, then the language asked for, then the
    # others a reader may have come from (``/fr/stories/`` holds an English slug).
    path_languages = list(
        dict.fromkeys([*prefix, scope.locale, *scope.chain, settings.LANGUAGE_CODE, *languages])
    )
    relative = "/".join(parts)
    relative = f"{relative}/" if relative else ""
    at_path = Q()
    for language in path_languages:
        root = context.pages.root_url_path(language)
        if root is not None:
            at_path |= Q(url_path=root + relative, locale__language_code=language)
    if not at_path:
        return None
    # Any page at the path, public or not (a draft, or an alias standing in for an
    # untranslated page): only its translation key is used, and only public versions of
    # it are answered. One query: each candidate carries the language of the path that
    # led to it, and the path's own language wins.
    at_path = Page.objects.filter(at_path)
    candidates = in_language(
        Page.objects.filter(translation_key__in=at_path.values("translation_key")),
        context,
        scope,
    ).annotate(
        path_language=Subquery(
            at_path.filter(translation_key=OuterRef("translation_key"))
            .order_by("pk")
            .values("locale__language_code")[:1]
        )
    )
    rank = {language: index for index, language in enumerate(path_languages)}
    page = min(
        candidates,
        key=lambda candidate: (rank.get(candidate.path_language, len(rank)), candidate.pk),
        default=None,
    )
    if page is None:
        return None
    model = page.specific_class
    if model not in PAGE_TYPES:
        return None
    return attach_one(context, model.objects.select_related("locale").get(pk=page.pk), scope)


def resolve_draft(info, page_id, revision_id):
    """One revision of one page, as the page types present a live page; None when gone.

    The draft itself is not public, but everything it points at (images, snippets, other
    pages, translations) is loaded through the same loaders and visibility policy as for
    a live page, so a preview shows nothing else that readers could not see.
    """
    revision = (
        Revision.page_revisions.filter(pk=revision_id, object_id=str(page_id))
        .select_related("content_type")
        .first()
    )
    if revision is None:
        return None
    live = revision.content_type.model_class()
    if live not in PAGE_TYPES:
        return None
    page = live.objects.select_related("locale").filter(pk=page_id).first()
    if page is None:
        return None
    draft = page.with_content_json(revision.content)
    draft.is_preview_draft = True
    if draft.locale_id == page.locale_id:
        draft.locale = page.locale
    return attach_one(api_context(info), draft, Scope(page.locale.language_code))


def public_children(context, parent, model):
    """Public children of a page, of one type."""
    return context.pages.filter(model.objects.child_of(parent)).select_related("locale")


def social_image_field():
    return graphene.Field(
        ImageType, description="The image shown when the page is shared on social media."
    )


def resolve_social_image(page, info):
    return image_ref(api_context(info), page.social_image_id, default_alt=page.title)


def selects_type_fields(info):
    """True if the current field's selection reads fields of a page type, not only the
    ``Page`` interface's (``... on StoryPage { summary }``).

    Only this field's own selection counts (a nested field decides for itself); each named
    fragment is read once.
    """
    seen_fragments = set()
    stack = [node.selection_set for node in info.field_nodes if node.selection_set]
    while stack:
        selection_set = stack.pop()
        for selection in selection_set.selections:
            if isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                if condition is not None and condition.name.value != "Page":
                    return True
                stack.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = info.fragments.get(name)
                if fragment is None or name in seen_fragments:
                    continue
                seen_fragments.add(name)
                if fragment.type_condition.name.value != "Page":
                    return True
                stack.append(fragment.selection_set)
    return False


def selects(info, *names):
    """True if the query asks for any of ``names`` anywhere below the current field."""
    wanted = set(names)
    seen_fragments = set()
    stack = [node.selection_set for node in info.field_nodes if node.selection_set]
    while stack:
        selection_set = stack.pop()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if selection.name.value in wanted:
                    return True
                if selection.selection_set:
                    stack.append(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                stack.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen_fragments and name in info.fragments:
                    seen_fragments.add(name)
                    stack.append(info.fragments[name].selection_set)
    return False
