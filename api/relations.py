"""Relations to translatable snippets and pages, in the requested language, loaded in bulk.

A page in French may still point at the English row of a member state or theme (the
relation was copied from the source page). Resolvers here always answer with the row in
the language asked for, falling back to the row that exists; related pages come back as
the same-language public translation, or not at all unless fallback was asked for.
"""

import unicodedata

import graphene
from django.db.models import Exists, OuterRef, Q
from graphene.utils.str_converters import to_camel_case

from api.languages import translatable_text_fields
from api.loading.loaders import (
    PagesByIdLoader,
    SnippetsByIdLoader,
    SnippetsByRelationLoader,
    SnippetSourcesLoader,
)
from api.loading.request import api_context
from api.loading.scope import batch_of, scope_of
from api.locale import LocaleType, locale_value


class TranslatableInterface(graphene.Interface):
    """Reference content that exists once per language (countries, themes, goals…)."""

    class Meta:
        name = "Translatable"

    id = graphene.ID(required=True, description="Id of this language's row.")
    locale = graphene.Field(LocaleType, required=True, description="Language of this row.")
    translation_key = graphene.String(
        required=True, description="Shared by all language rows of the same item."
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when the item has no row in the language asked for and this row "
        "(in another language) stands in for it.",
    )

    @staticmethod
    def resolve_id(obj, info):
        return obj.pk

    @staticmethod
    def resolve_locale(obj, info):
        return locale_value(obj.locale.language_code)

    @staticmethod
    def resolve_translation_key(obj, info):
        return str(obj.translation_key)

    source_locale = graphene.Field(
        LocaleType,
        required=True,
        description="The language of the original row, which the others are translated from.",
    )
    untranslated_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="The text fields of this row still as in the original (copied, not "
        "translated), by GraphQL name (`name`, `description`…): set `lang` to "
        "`sourceLocale.code` on them. Empty for the original and for complete translations. "
        "A name may be the same in other languages on purpose (a fictional organisation's, "
        "or a person's in languages of the same script).",
    )

    @staticmethod
    def resolve_is_fallback(obj, info):
        return obj.locale.language_code != scope_of(obj).locale

    @staticmethod
    def resolve_source_locale(obj, info):
        source = SnippetSourcesLoader(api_context(info), batch_of(obj)).load(obj)
        return locale_value((source or obj).locale.language_code)

    @staticmethod
    def resolve_untranslated_fields(obj, info):
        source = SnippetSourcesLoader(api_context(info), batch_of(obj)).load(obj)
        if source is None or source.pk == obj.pk:
            return []
        return [
            to_camel_case(name)
            for name in translatable_text_fields(type(obj))
            if getattr(obj, name) and getattr(obj, name) == getattr(source, name)
        ]


def related_snippet(obj, info, field_name):
    """A foreign key to a translatable snippet, in the requested language."""
    field = obj._meta.get_field(field_name)
    language = scope_of(obj).locale
    loader = SnippetsByIdLoader(api_context(info), field.related_model, language)
    return loader.get(getattr(obj, field.attname))


def related_snippets(obj, info, field_name):
    """A many-to-many relation to translatable snippets, in the requested language.

    Loaded for the whole batch at once (``SnippetsByRelationLoader``), then sorted the
    way the snippet model orders its rows.
    """
    loader = SnippetsByRelationLoader(api_context(info), batch_of(obj), field_name)
    model = obj._meta.get_field(field_name).related_model
    return sort_like_model(model, list(loader.load(obj)))


def sort_like_model(model, items):
    """Sort by the model's ``Meta.ordering``, accents and case aside, in any database."""
    for name in reversed(model._meta.ordering or []):
        reverse = name.startswith("-")
        attribute = name.lstrip("-")
        items.sort(key=lambda item, a=attribute: _sort_key(getattr(item, a)), reverse=reverse)
    return items


def _sort_key(value):
    if isinstance(value, str):
        # Accents sort with their letter (É with E), the same on every database.
        decomposed = unicodedata.normalize("NFKD", value)
        value = "".join(char for char in decomposed if not unicodedata.combining(char))
        value = value.casefold()
    return (value is None, value)


def related_page(obj, info, field_name):
    """A foreign key to a page: its public translation in the requested language."""
    field = obj._meta.get_field(field_name)
    scope = scope_of(obj)
    loader = PagesByIdLoader(api_context(info), field.related_model, scope)
    return loader.get(getattr(obj, field.attname))


def snippets_in_language(model, language):
    """Every item of a translatable snippet once: its row in ``language``, else its first row."""
    versions = model.objects.filter(translation_key=OuterRef("translation_key"))
    return model.objects.filter(
        Q(locale__language_code=language)
        | (
            ~Exists(versions.filter(locale__language_code=language))
            & ~Exists(versions.filter(pk__lt=OuterRef("pk")))
        )
    ).select_related("locale")
