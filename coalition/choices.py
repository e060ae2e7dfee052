"""What an editor chooses from when a page points at translatable snippets.

Each theme, goal or organisation exists once per language, so a plain list of rows shows
every concept up to six times. Editors choose concepts: the rows in the page's language,
and, for a concept not translated into it yet, the row in the default language, each shown
as a checkbox. The content apps' page forms mix ``ConceptChoicesMixin`` in; this module
must not import them.
"""

from django import forms
from django.db.models import Q
from wagtail.models import Locale


def one_per_concept(queryset, locale, keep=()):
    """``queryset`` narrowed to one row per ``translation_key``: the one in ``locale``, else
    the default language's. Rows in ``keep`` (those already chosen) always stay, so that
    editing a page never drops a choice silently."""
    default = Locale.get_default()
    in_locale = queryset.filter(locale=locale)
    fallback = queryset.filter(locale=default).exclude(
        translation_key__in=in_locale.values("translation_key")
    )
    return queryset.filter(
        Q(pk__in=in_locale.values("pk")) | Q(pk__in=fallback.values("pk")) | Q(pk__in=keep)
    )


class ConceptChoicesMixin:
    """A model form mixin: the many-to-many fields named in ``concept_fields`` offer one
    checkbox per concept, in the language of the instance (a page's ``locale``)."""

    concept_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name in self.concept_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = self.initial.get(name) or []
            keep = [getattr(item, "pk", item) for item in chosen]
            field.widget = forms.CheckboxSelectMultiple(attrs={"class": "concept-choices"})
            # Assigning the queryset also refreshes the new widget's choices.
            field.queryset = one_per_concept(field.queryset, locale_id, keep)
