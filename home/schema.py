"""Root field for a language's home page."""

import graphene

from api.loading.request import api_context
from api.loading.scope import Scope
from api.loading.visibility import in_language
from api.locale import check_locale
from home.models import HomePage
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
    def resolve_home_page(root, info, locale, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        context = api_context(info)
        roots = [path for path, _, _ in context.pages.roots]
        page = (
            in_language(HomePage.objects.filter(path__in=roots), context, scope)
            .select_related("locale")
            .order_by("pk")
            .first()
        )
        if page is not None:
            context.attach([page], scope)
        return page
