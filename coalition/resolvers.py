"""What the coalition's root fields return: reference content in the language asked for.

The logic behind ``coalition.schema``. It returns snippets for the types in
``coalition.types`` to present; it declares no GraphQL type and imports none.
"""

from django.db.models import Q

from api.arguments import parse_member_state_code
from api.loading.request import api_context
from api.loading.scope import Scope
from api.loading.visibility import in_language
from api.locale import check_locale
from api.relations import snippets_in_language, sort_like_model
from coalition import models
from stories.models import StoryPage


def _listed(info, model, locale, queryset=None):
    """Snippets of ``model`` in ``locale`` (falling back per item), in the model's order."""
    language = check_locale(locale)
    queryset = queryset if queryset is not None else snippets_in_language(model, language)
    items = sort_like_model(model, list(queryset))
    return api_context(info).attach(items, Scope(language))


def _first(info, model, locale, **lookup):
    """The one snippet of ``model`` in ``locale`` matching ``lookup``, or None."""
    language = check_locale(locale)
    queryset = snippets_in_language(model, language).filter(**lookup)
    items = _listed(info, model, language, queryset[:1])
    return items[0] if items else None


def member_states(info, locale):
    return _listed(info, models.MemberState, locale)


def member_state(info, locale, code):
    return _first(info, models.MemberState, locale, code=parse_member_state_code(code, "code"))


def themes(info, locale):
    return _listed(info, models.Theme, locale)


def theme(info, locale, slug):
    return _first(info, models.Theme, locale, slug=slug.strip())


def sdgs(info, locale, in_use=None):
    """The goals; with ``in_use``, only those that public stories in the language do (or,
    with ``False``, do not) contribute to, so a filter offers no dead ends."""
    language = check_locale(locale)
    model = models.SustainableDevelopmentGoal
    queryset = snippets_in_language(model, language)
    if in_use is not None:
        stories = in_language(StoryPage.objects.all(), api_context(info), Scope(language))
        used = StoryPage.sdgs.through.objects.filter(storypage__in=stories.values("pk")).values(
            "sustainabledevelopmentgoal__translation_key"
        )
        lookup = Q(translation_key__in=used)
        queryset = queryset.filter(lookup if in_use else ~lookup)
    return _listed(info, model, language, queryset)


def organisations(info, locale):
    return _listed(info, models.Organisation, locale)
