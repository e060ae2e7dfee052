"""Root field for a language's home page.

Declarations only: the field's logic is in ``home.resolvers``.
"""

import graphene

from home import resolvers
from home.types import HomePageType


class HomeQuery(graphene.ObjectType):
    home_page = graphene.Field(
        HomePageType,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description="When this language has no published home page, return the "
            "original one (marked `isFallback`).",
        ),
        description="The home page of a language's site; null if it is not published.",
    )

    @staticmethod
    def resolve_home_page(root, info, **arguments):
        return resolvers.home_page(info, **arguments)
