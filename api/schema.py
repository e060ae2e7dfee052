"""Root fields that belong to no single app: the content languages and routing by path.

Declarations only: each field's logic is in ``api.resolvers``.
"""

import graphene

from api import resolvers
from api.locale import LocaleType, fallback_locales_argument
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

    @staticmethod
    def resolve_locales(root, info):
        return resolvers.locales(info)

    @staticmethod
    def resolve_page(root, info, **arguments):
        return resolvers.page(info, **arguments)
