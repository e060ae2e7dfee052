"""Root fields that belong to no single app: the content languages and routing by path."""

import graphene

from api.loading.scope import Scope
from api.locale import LocaleType, check_locale, content_language_codes, locale_value
from api.pages import PageInterface, resolve_by_path


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

    @staticmethod
    def resolve_locales(root, info):
        return [locale_value(code) for code in content_language_codes()]

    @staticmethod
    def resolve_page(root, info, locale, url_path, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        return resolve_by_path(info, scope, url_path)
