"""Root fields that belong to no single app: the content languages and routing by path.

Declarations only: each field's logic is in ``api.resolvers``.
"""

import graphene

from api import resolvers
from api.locale import LocaleType
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
            description="When there is no published page at this path in this language, "
            "return the original-language page it stands for (marked `isFallback`).",
        ),
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

    @staticmethod
    def resolve_locales(root, info):
        return resolvers.locales(info)

    @staticmethod
    def resolve_page(root, info, **arguments):
        return resolvers.page(info, **arguments)

    @staticmethod
    def resolve_preview(root, info, token):
        return resolvers.preview(info, token)
