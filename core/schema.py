"""Root fields that belong to no single app: the content languages."""

import graphene
from django.conf import settings

from core.languages import language_info
from core.types import LocaleType


class CoreQuery(graphene.ObjectType):
    locales = graphene.List(
        graphene.NonNull(LocaleType),
        required=True,
        description="The content languages, default first.",
    )

    def resolve_locales(root, info):
        return [language_info(code) for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
