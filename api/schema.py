"""Root fields that belong to no single app: the content languages, routing by path, every
public page, the menu and the redirects.

Declarations only: each field's logic is in ``api.resolvers``.
"""

import graphene

from api import resolvers
from api.connection import connection_arguments
from api.locale import LocaleType, fallback_locales_argument
from api.navigation import MenuItemType, PageSummaryConnection, RedirectConnection
from api.pages import PageInterface


class CoreQuery(graphene.ObjectType):
    locales = graphene.List(
        graphene.NonNull(LocaleType),
        required=True,
        description="The content languages, default first. Every `locale` argument takes "
        "one of their codes.",
    )
    page = graphene.Field(
        PageInterface,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        url_path=graphene.String(
            required=True,
            description="The path to resolve, as given by a page's `urlPath` "
            "(`/fr/stories/uy/a-story/`); the language prefix may be left out.",
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description="When the page at this path has no published version in this "
            "language, return it in the first language of the fallback chain that has one, "
            "else in its original language (marked `isFallback`).",
        ),
        fallback_locales=fallback_locales_argument(),
        description="Any published page by its path, so a frontend can route every URL; "
        "null when nothing public lives there. Use `... on StoryPage { … }` for the "
        "fields of each type.",
    )

    preview = graphene.Field(
        PageInterface,
        token=graphene.String(
            required=True,
            description="The `token` query parameter the CMS added to the frontend's preview "
            "URL (`FRONTEND_PREVIEW_URL`). It names one draft of one page and expires after "
            "an hour by default.",
        ),
        description="The draft a preview token names, with the same types as the live page "
        "(`... on StoryPage { … }`), for a frontend's preview route. Everything the draft "
        "points at is shown only if readers could see it. Errors: `PREVIEW_TOKEN_EXPIRED`, "
        "`PREVIEW_TOKEN_INVALID` (altered, or the page was deleted). Responses carry "
        "`Cache-Control: private, no-store`.",
    )

    pages = graphene.Field(
        PageSummaryConnection,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        types=graphene.List(
            graphene.NonNull(graphene.String),
            description="Only pages of these types, by GraphQL type name (`StoryPage`, "
            "`StandardPage`…); all types when left out.",
        ),
        **connection_arguments(),
        description="Every public page of a language, in the order of the page tree: for "
        "static builds (`getStaticPaths`) and sitemaps. Drafts, private pages and pages of "
        "unpublished sections never appear.",
    )
    menu = graphene.List(
        graphene.NonNull(MenuItemType),
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        description="A language's main menu: the public pages under its home page that "
        "editors marked “Show in menus”, in the order of the page tree, each with its "
        "sub-menu. A page not published in this language is not in its menu.",
    )
    redirects = graphene.Field(
        RedirectConnection,
        **connection_arguments(),
        description="The redirects editors manage in the CMS (Settings › Redirects), for a "
        "website to apply before routing. Redirects to pages readers may not see are left out.",
    )

    @staticmethod
    def resolve_pages(root, info, **arguments):
        return resolvers.pages(info, **arguments)

    @staticmethod
    def resolve_menu(root, info, **arguments):
        return resolvers.menu(info, **arguments)

    @staticmethod
    def resolve_redirects(root, info, **arguments):
        return resolvers.redirects(info, **arguments)

    @staticmethod
    def resolve_locales(root, info):
        return resolvers.locales(info)

    @staticmethod
    def resolve_page(root, info, **arguments):
        return resolvers.page(info, **arguments)

    @staticmethod
    def resolve_preview(root, info, token):
        return resolvers.preview(info, token)
