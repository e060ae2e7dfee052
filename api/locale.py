"""Content languages: the ``Locale`` type and the check every ``locale`` argument goes through."""

import graphene
from django.conf import settings

from api.errors import invalid_argument, unknown_locale
from api.loading.scope import Scope
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


def fallback_chain(language, requested=None):
    """The languages to try, in order, when ``language`` has no published version (the
    item's original language comes after them): ``requested`` (a request's
    ``fallbackLocales``) when given, else the chain ``API_FALLBACK_LOCALES`` sets."""
    if requested is None:
        chain = settings.API_FALLBACK_LOCALES.get(language, [])
    else:
        valid = content_language_codes()
        if len(requested) > len(valid):
            raise invalid_argument(
                f"fallbackLocales lists {len(requested)} languages; there are only "
                f"{len(valid)}: {', '.join(valid)}.",
                "fallbackLocales",
            )
        chain = [check_locale(code) for code in requested]
    return tuple(dict.fromkeys(code for code in chain if code != language))


def request_scope(locale, fallback=False, fallback_locales=None):
    """The ``Scope`` of a root field's ``locale``, ``fallback`` and ``fallbackLocales``,
    each checked (UNKNOWN_LOCALE or INVALID_ARGUMENT)."""
    language = check_locale(locale)
    if fallback_locales is not None and not fallback:
        raise invalid_argument(
            "fallbackLocales only applies with `fallback: true`: add it, or leave "
            "fallbackLocales out.",
            "fallbackLocales",
        )
    if not fallback:
        return Scope(language)
    return Scope(language, True, fallback_chain(language, fallback_locales))


def locale_argument():
    """The ``locale`` argument of a root field."""
    return graphene.String(
        required=True,
        description="A content language code exactly as `locales` lists it: `en`, `fr`, "
        "`es`, `ar`, `ru` or `zh-hans`.",
    )


def fallback_locales_argument():
    """The ``fallbackLocales`` argument of every root field that takes ``fallback``."""
    return graphene.List(
        graphene.NonNull(graphene.String),
        description="With `fallback: true`, the languages to try in order when the "
        "requested one has no published version, before the original language (codes as "
        "`locales` lists them). Leave out for the server's chain (by default: the default "
        "language); `[]` goes straight to the original language.",
    )


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
