"""Which language each part of a page is in.

A translation may be published before every text is translated; wagtail-localize then
shows the original's text in those places. A site marks such a part with the original's
`lang` (and `dir`) so that screen readers pronounce it and browsers hyphenate and shape it
correctly. The same record answers for a StreamField block (``body.<block id>``) and for a
page's own text fields (``summary``, ``introduction``): ``UntranslatedPathsByPageLoader``,
loaded once for the whole batch of pages. Nothing here decides what a reader may see.
"""

import graphene
from django.db import models
from graphene.utils.str_converters import to_camel_case
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from api.loading.loaders import UntranslatedPathsByPageLoader
from api.loading.request import api_context
from api.loading.scope import batch_of
from api.locale import Direction, locale_value

# Text fields that are not shown as text: the slug is part of the page's address.
NOT_SHOWN = {"slug"}
# A field shown in another's place when empty (``seoTitle`` is the title when editors
# gave none), so it is in that field's language.
SHOWN_INSTEAD = {"seo_title": "title"}


def translatable_text_fields(model):
    """Names of the model's text fields (rich text included) that translators translate,
    not synchronised ones, in the order the model lists them."""
    names = []
    for translatable in get_translatable_fields(model):
        if not isinstance(translatable, TranslatableField):
            continue
        field = model._meta.get_field(translatable.field_name)
        if isinstance(field, models.CharField | models.TextField):
            names.append(translatable.field_name)
    return names


def untranslated_language(owner, info, path):
    """The original's language code when texts of ``owner`` at ``path`` (a field name, or
    a block's ``body.<id>``) are not all translated yet, else None (the page's own)."""
    if not isinstance(owner, Page):
        return None
    found = UntranslatedPathsByPageLoader(api_context(info), batch_of(owner)).load(owner)
    if found is None:
        return None
    language, paths = found
    if any(item == path or item.startswith(path + ".") for item in paths):
        return language
    return None


def field_names(model, graphql_type):
    """``(model field, GraphQL name)`` of the page type's text fields that the API shows.

    A field is shown under its own name in camel case, or under the name the GraphQL type
    gives it in ``field_language_names`` (``{"hero_image_alt": "heroImage.alt"}``).
    """
    renamed = getattr(graphql_type, "field_language_names", {})
    shown = graphql_type._meta.fields
    return [
        (name, renamed.get(name) or to_camel_case(name))
        for name in translatable_text_fields(model)
        if name not in NOT_SHOWN and (name in renamed or name in shown)
    ]


def field_languages(page, info, graphql_type):
    """The language of each text field of ``page`` that its GraphQL type shows."""
    own = page.locale.language_code
    result = []
    for name, shown_as in field_names(type(page), graphql_type):
        source = name
        if name in SHOWN_INSTEAD and not getattr(page, name):
            source = SHOWN_INSTEAD[name]
        language = untranslated_language(page, info, source) or own
        result.append({"field": shown_as, "lang": language})
    return result


class FieldLanguageType(graphene.ObjectType):
    """The language of one of a page's own texts (outside its blocks)."""

    class Meta:
        name = "FieldLanguage"

    field = graphene.String(
        required=True,
        description="The field, by its GraphQL name on this page's type (`title`, `summary`, "
        "`introduction`, `text`…); a field of a nested object with a dot (`heroImage.alt`).",
    )
    lang = graphene.String(
        required=True,
        description="The language code of the field's text: the page's own (`locale.code`), "
        "or the original's (`translationStatus.sourceLocale.code`) when the text, or part "
        "of it, is not translated yet and shows the original's words.",
    )
    direction = graphene.Field(
        Direction, required=True, description="The writing direction of `lang`."
    )

    @staticmethod
    def resolve_direction(value, info):
        return locale_value(value["lang"])["direction"]

    @staticmethod
    def resolve_field(value, info):
        return value["field"]

    @staticmethod
    def resolve_lang(value, info):
        return value["lang"]
