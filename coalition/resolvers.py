"""What the coalition's root fields return: reference content in the language asked for.

The logic behind ``coalition.schema``. It returns snippets for the types in
``coalition.types`` to present; it declares no GraphQL type and imports none.
"""

from api.arguments import parse_member_state_code
from api.loading.request import api_context
from api.loading.scope import Scope
from api.locale import check_locale
from api.relations import snippets_in_language, sort_like_model
from coalition import models


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


def sdgs(info, locale):
    return _listed(info, models.SustainableDevelopmentGoal, locale)


def organisations(info, locale):
    return _listed(info, models.Organisation, locale)
