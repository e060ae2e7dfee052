"""Relations to translatable snippets and pages, in the requested language, loaded in bulk.

A page in French may still point at the English row of a member state or theme (the
relation was copied from the source page). Resolvers here always answer with the row in
the language asked for, falling back to the row that exists; related pages come back as
the same-language public translation, or not at all unless fallback was asked for.
"""

import unicodedata

import graphene
from django.db.models import CharField, Exists, OuterRef, Q, Value
from wagtail.models import TranslatableMixin

from api.context import api_context, batch_of, scope_of
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

    @staticmethod
    def resolve_is_fallback(obj, info):
        return obj.locale.language_code != scope_of(obj).locale


def related_snippet(obj, info, field_name):
    """A foreign key to a translatable snippet, in the requested language."""
    field = obj._meta.get_field(field_name)
    language = scope_of(obj).locale
    return (
        api_context(info).snippets(field.related_model, language).get(getattr(obj, field.attname))
    )


def related_snippets(obj, info, field_name):
    """A many-to-many relation to translatable snippets, in the requested language.

    The links of every such relation of the whole batch are read in one query, then the
    rows of each relation asked for in the requested language in one more, however many
    objects and items there are.
    """
    batch = batch_of(obj)
    field = obj._meta.get_field(field_name)
    language = scope_of(obj).locale
    loader = api_context(info).snippets(field.related_model, language)
    if "m2m" not in batch.cache:
        batch.cache["m2m"] = _many_to_many_links(type(obj), [item.pk for item in batch])
    links = batch.cache["m2m"].get(field_name, {})
    announced = ("m2m-announced", field_name)
    if announced not in batch.cache:
        loader.want(target_id for ids in links.values() for target_id in ids)
        batch.cache[announced] = True
    items = {}
    for target_id in links.get(obj.pk, []):
        item = loader.get(target_id)
        if item is not None:
            items.setdefault(item.pk, item)
    return sort_like_model(field.related_model, list(items.values()))


def _many_to_many_links(model, pks):
    """{field name: {object pk: [target pks]}} for every many-to-many field to a snippet."""
    fields = [
        field
        for field in model._meta.get_fields()
        if field.many_to_many
        and not field.auto_created
        and issubclass(field.related_model, TranslatableMixin)
    ]
    queries = [
        field.remote_field.through.objects.filter(
            **{f"{field.m2m_field_name()}_id__in": pks}
        ).values_list(
            f"{field.m2m_field_name()}_id",
            f"{field.m2m_reverse_field_name()}_id",
            Value(field.name, output_field=CharField()),
        )
        for field in fields
    ]
    links = {field.name: {} for field in fields}
    if not queries:
        return links
    rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    for source_id, target_id, name in sorted(rows):
        links[name].setdefault(source_id, []).append(target_id)
    return links


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
    return (
        api_context(info).related_pages(field.related_model, scope).get(getattr(obj, field.attname))
    )


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
