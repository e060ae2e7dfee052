"""Types for enumerating and navigating the site: page summaries, the menu, redirects.

A static build lists every path with ``pages``, a sitemap adds each path's language
versions and date, a header shows ``menu`` and a server applies ``redirects``. These are
light, flat types read from Wagtail's ``Page`` table, never from the page types' own
tables, so that a list of 10,000 pages costs a query per hundred. What they list is the
visibility policy's public pages only; the resolvers behind them are in ``api.resolvers``.
"""

import graphene
from django.conf import settings

from api.connection import connection_type
from api.loading.loaders import TranslationsByPageLoader
from api.loading.request import api_context
from api.loading.scope import batch_of
from api.locale import LocaleType, locale_value
from api.pages import PAGE_TYPES, PageTranslationType


def type_name_of(model):
    """The GraphQL type name of a page model (``StoryPage``), or None if it is not public."""
    graphql_type = PAGE_TYPES.get(model)
    return graphql_type._meta.name if graphql_type is not None else None


def page_type_names():
    """{GraphQL type name: page model} of every page type the API serves."""
    return {type_name_of(model): model for model in PAGE_TYPES}


class PageSummaryType(graphene.ObjectType):
    """A public page as a sitemap or a static build needs it: where it lives and when it changed."""

    class Meta:
        name = "PageSummary"

    id = graphene.ID(required=True, description="The page's id (its primary key).")
    type = graphene.String(
        required=True,
        description="The page's GraphQL type (`StoryPage`, `StandardPage`…): which template "
        "renders it, and what `page(urlPath:)` returns for it.",
    )
    title = graphene.String(required=True, description="The page title.")
    locale = graphene.Field(LocaleType, required=True, description="The page's language.")
    url_path = graphene.String(
        required=True,
        description="Path on the frontend, language first (`/fr/stories/uy/a-story/`).",
    )
    url = graphene.String(required=True, description="Absolute address on the public website.")
    translation_key = graphene.String(
        required=True, description="Shared by all language versions of the same page."
    )
    first_published_at = graphene.DateTime(description="When the page was first published.")
    last_published_at = graphene.DateTime(
        description="When the page was last published: a sitemap's `lastmod`."
    )
    translations = graphene.List(
        graphene.NonNull(PageTranslationType),
        required=True,
        description="The other public language versions: a sitemap's `hreflang` alternates.",
    )

    @staticmethod
    def resolve_id(page, info):
        return page.pk

    @staticmethod
    def resolve_type(page, info):
        return type_name_of(page.specific_class)

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
    def resolve_translation_key(page, info):
        return str(page.translation_key)

    @staticmethod
    def resolve_translations(page, info):
        translations = TranslationsByPageLoader(api_context(info), batch_of(page)).load(page)
        return [translation for translation in translations if translation.pk != page.pk]


PageSummaryConnection = connection_type(
    "PageSummary",
    PageSummaryType,
    "A page of public pages in tree order, with the total and cursors to go on.",
)


class MenuItemType(graphene.ObjectType):
    """One entry of a language's menu: a page editors marked “Show in menus”."""

    class Meta:
        name = "MenuItem"

    id = graphene.ID(required=True, description="The page's id.")
    type = graphene.String(required=True, description="The page's GraphQL type.")
    title = graphene.String(required=True, description="The page title, as the menu shows it.")
    url_path = graphene.String(required=True, description="Path on the frontend, language first.")
    url = graphene.String(required=True, description="Absolute address on the public website.")
    children = graphene.List(
        graphene.NonNull(lambda: MenuItemType),
        required=True,
        description="The entry's sub-menu: its children marked “Show in menus”, in the "
        "order of the page tree. One level deep.",
    )

    @staticmethod
    def resolve_id(item, info):
        return item.page.pk

    @staticmethod
    def resolve_type(item, info):
        return type_name_of(item.page.specific_class)

    @staticmethod
    def resolve_title(item, info):
        return item.page.title

    @staticmethod
    def resolve_url_path(item, info):
        return api_context(info).pages.url_path(item.page)

    @staticmethod
    def resolve_url(item, info):
        return api_context(info).pages.url(item.page)

    @staticmethod
    def resolve_children(item, info):
        return item.children


class RedirectType(graphene.ObjectType):
    """A redirect editors manage in Wagtail's Redirects: apply it before routing a request."""

    class Meta:
        name = "Redirect"

    old_path = graphene.String(
        required=True,
        description="The path to redirect from, as the CMS normalises it (lower-case, no "
        "trailing slash, e.g. `/fr/old-page`). Compare it with a request's normalised path.",
    )
    new_path = graphene.String(
        description="Where to send the reader on this website, language first, when the "
        "redirect points at a page; null when it points elsewhere (see `newUrl`)."
    )
    new_url = graphene.String(
        required=True,
        description="Absolute address to send the reader to: the page on the public website, "
        "or the external link editors entered.",
    )
    is_permanent = graphene.Boolean(
        required=True,
        description="True for a permanent redirect (HTTP 308 or 301), false for a temporary "
        "one (307 or 302).",
    )

    @staticmethod
    def resolve_new_path(redirect, info):
        if redirect.redirect_page_id is None:
            return None
        path = api_context(info).pages.url_path(redirect.redirect_page)
        route = (redirect.redirect_page_route_path or "").strip("/")
        return f"{path}{route}/" if route else path

    @staticmethod
    def resolve_new_url(redirect, info):
        path = RedirectType.resolve_new_path(redirect, info)
        if path is None:
            return redirect.redirect_link
        return f"{settings.FRONTEND_BASE_URL}{path}"


RedirectConnection = connection_type(
    "Redirect", RedirectType, "A page of redirects, with the total and cursors to go on."
)
