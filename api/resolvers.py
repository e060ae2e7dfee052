"""What the root fields of ``api.schema`` return: languages, pages by path, every public
page, the menu, the redirects and the draft a preview token names.

It returns values for the types of ``api.locale``, ``api.pages`` and ``api.navigation`` to
present; it declares no GraphQL type.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from api.connection import ConnectionValue, Keys
from api.errors import ApiError, ErrorCode, invalid_argument, shorten
from api.loading.request import api_context
from api.loading.scope import Scope, mark
from api.locale import check_locale, content_language_codes, locale_value, request_scope
from api.navigation import page_type_names
from api.pages import resolve_by_path, resolve_draft
from core.preview import PreviewTokenExpired, PreviewTokenInvalid, read_token

# Pages in page-tree order (a path names one page), redirects by the path they redirect.
PAGE_TREE_KEYS = Keys(Page, "tree", (("path", False),))
REDIRECT_KEYS = Keys(Redirect, "old_path", (("old_path", False), ("pk", False)))

# The columns a page summary, a menu entry or a redirect target reads.
SUMMARY_COLUMNS = (
    "pk",
    "title",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "content_type",
    "locale",
    "locale__language_code",
    "first_published_at",
    "last_published_at",
)


def locales(info):
    """The content languages, default first."""
    return [locale_value(code) for code in content_language_codes()]


def page(info, locale, url_path, fallback=False, fallback_locales=None):
    """The public page at ``url_path`` in a language (or the page it stands for), or None."""
    return resolve_by_path(info, request_scope(locale, fallback, fallback_locales), url_path)


def preview(info, token):
    """The draft revision a preview token names, with the types of a live page."""
    # Whatever the outcome, the answer is about unpublished content: never cached.
    info.context.api_private = True
    try:
        page_id, revision_id = read_token(token)
    except PreviewTokenExpired:
        raise ApiError(
            "This preview link has expired: open the preview again from the CMS.",
            ErrorCode.PREVIEW_TOKEN_EXPIRED,
        ) from None
    except PreviewTokenInvalid:
        raise ApiError(
            "This preview token was not issued by the CMS or has been altered: open the "
            "preview again from the CMS.",
            ErrorCode.PREVIEW_TOKEN_INVALID,
        ) from None
    draft = resolve_draft(info, page_id, revision_id)
    if draft is None:
        raise ApiError(
            "The page or the draft this preview token names no longer exists.",
            ErrorCode.PREVIEW_TOKEN_INVALID,
        )
    return draft


def _content_types(types):
    """Content types of the page types named in ``types`` (all served ones when None)."""
    served = page_type_names()
    if types is None:
        models = list(served.values())
    else:
        unknown = [name for name in types if name not in served]
        if unknown:
            raise invalid_argument(
                f"{shorten(unknown[0])} is not a page type; use some of "
                f"{', '.join(sorted(served))}.",
                "types",
            )
        models = [served[name] for name in types]
    return ContentType.objects.get_for_models(*models, for_concrete_models=False).values()


def _public_pages(context, language):
    return (
        context.pages.filter(Page.objects.filter(locale__language_code=language))
        .select_related("locale")
        .only(*SUMMARY_COLUMNS)
    )


def pages(info, locale, types=None, first=20, after=None):
    """Every public page of a language (of some types), in tree order, paginated."""
    scope = Scope(check_locale(locale))
    context = api_context(info)
    queryset = (
        _public_pages(context, scope.locale)
        .filter(content_type__in=list(_content_types(types)))
        .order_by("path")
    )
    return ConnectionValue(
        queryset, first, after, PAGE_TREE_KEYS, prepare=lambda rows: mark(rows, scope)
    )


@dataclass
class MenuEntry:
    """A page of the menu and its sub-menu."""

    page: Page
    children: list = field(default_factory=list)


def menu(info, locale):
    """The pages of a language marked “Show in menus”: the home page's children, each with
    its own such children. One query."""
    language = check_locale(locale)
    context = api_context(info)
    root_path = next((path for path, _, code in context.pages.roots if code == language), None)
    if root_path is None:
        return []
    root_depth = len(root_path) // Page.steplen
    rows = (
        _public_pages(context, language)
        .filter(
            show_in_menus=True,
            path__startswith=root_path,
            depth__in=(root_depth + 1, root_depth + 2),
            content_type__in=list(_content_types(None)),
        )
        .order_by("path")
    )
    top = {}
    for row in rows:
        if row.depth == root_depth + 1:
            top[row.path] = MenuEntry(row)
        else:
            parent = top.get(row.path[: -Page.steplen])
            if parent is not None:
                parent.children.append(MenuEntry(row))
    return list(top.values())


def redirects(info, first=20, after=None):
    """The redirects of the default site (and of all sites), oldest path first; a redirect
    to a page readers may not see is left out."""
    context = api_context(info)
    site = Site.objects.filter(is_default_site=True).values("pk")[:1]
    public_pages = context.pages.filter(Page.objects.all()).values("pk")
    queryset = (
        Redirect.objects.filter(Q(site__isnull=True) | Q(site__in=site))
        .filter(
            Q(redirect_page__isnull=True, redirect_link__gt="") | Q(redirect_page__in=public_pages)
        )
        .select_related("redirect_page", "redirect_page__locale")
        .order_by("old_path", "pk")
    )
    return ConnectionValue(queryset, first, after, REDIRECT_KEYS)
