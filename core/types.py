"""GraphQL types shared by every app."""

import graphene
from django.conf import settings


class Direction(graphene.Enum):
    """Writing direction of a language."""

    LTR = "ltr"
    RTL = "rtl"


class LocaleType(graphene.ObjectType):
    """A content language."""

    class Meta:
        name = "Locale"

    code = graphene.String(required=True, description="Language code, e.g. `en` or `zh-hans`.")
    name = graphene.String(required=True, description="The language's name in English.")
    native_name = graphene.String(required=True, description="The language's name in itself.")
    direction = graphene.Field(Direction, required=True, description="Writing direction.")
    is_default = graphene.Boolean(required=True, description="True for the default language.")

    def resolve_is_default(parent, info):
        return parent["code"] == settings.LANGUAGE_CODE

    def resolve_direction(parent, info):
        return parent["direction"]
