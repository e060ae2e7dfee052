"""Content languages: the ``Locale`` type and the check every ``locale`` argument goes through."""

import graphene
from django.conf import settings

from api.errors import unknown_locale
from core.languages import language_info


def content_language_codes():
    return [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


def check_locale(code):
    """``code`` itself when it is one of the codes ``locales`` lists, else an UNKNOWN_LOCALE
    error listing them.

    Only the canonical spelling is accepted (``zh-hans``, not ``ZH-Hans``, ``zh_hans`` or
    `` en``): each language then has one spelling, so one cache key at a CDN and one value
    for clients generated from the operations. The message names the canonical code when
    the client was close (a different case or an underscore).
    """
    valid = content_language_codes()
    if code in valid:
        return code
    raise unknown_locale(code, valid)


class Direction(graphene.Enum):
    """Writing direction of a language."""

    LTR = "ltr"
    RTL = "rtl"

    @property
    def description(self):
        return {
            "LTR": "Left to right, as in English or French.",
            "RTL": "Right to left, as in Arabic.",
        }[self.name]


class LocaleType(graphene.ObjectType):
    """A content language of the site."""

    class Meta:
        name = "Locale"

    code = graphene.String(required=True, description="Language code, e.g. `en` or `zh-hans`.")
    name = graphene.String(required=True, description="The language's name in English.")
    native_name = graphene.String(required=True, description="The language's name in itself.")
    direction = graphene.Field(Direction, required=True, description="Writing direction.")
    is_default = graphene.Boolean(
        required=True, description="True for the default language (the source of most content)."
    )

    @staticmethod
    def resolve_is_default(parent, info):
        return parent["code"] == settings.LANGUAGE_CODE

    @staticmethod
    def resolve_direction(parent, info):
        return parent["direction"]


def locale_value(code):
    """What a ``Locale`` field returns for a language code."""
    return language_info(code)
