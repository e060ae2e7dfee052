"""Root fields for a language's home page and the website settings.

Declarations only: the field's logic is in ``home.resolvers``.
"""

import graphene

from api.locale import fallback_locales_argument
from home import resolvers
from home.types import HomePageType, SiteSettingsType


class HomeQuery(graphene.ObjectType):
    home_page = graphene.Field(
        HomePageType,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description="When this language has no published home page, return the one "
            "in the first language of the fallback chain that has one, else the original "
            "(marked `isFallback`). Featured stories and the next meeting follow their own "
            "rules (see their descriptions).",
        ),
        fallback_locales=fallback_locales_argument(),
        description="The home page of a language's site; null if it is not published.",
    )

    site_settings = graphene.Field(
        SiteSettingsType,
        required=True,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        description="What every page of the website shows (footer texts, contact, social "
        "links), in a language; texts not written in it come in the default language, "
        "marked `isFallback`.",
    )

    @staticmethod
    def resolve_site_settings(root, info, **arguments):
        return resolvers.site_settings(info, **arguments)

    @staticmethod
    def resolve_home_page(root, info, **arguments):
        return resolvers.home_page(info, **arguments)
