"""Root fields for the coalition's reference content, in any content language."""

import graphene

from api.loading.request import api_context
from api.loading.scope import Scope
from api.locale import check_locale
from api.relations import snippets_in_language, sort_like_model
from coalition import models
from coalition.types import (
    MemberStateType,
    OrganisationType,
    SustainableDevelopmentGoalType,
    ThemeType,
)

LOCALE_ARGUMENT = "A content language code, e.g. `en`; see `locales`."


def _locale_argument():
    return graphene.String(required=True, description=LOCALE_ARGUMENT)


def _listed(info, model, locale, queryset=None):
    language = check_locale(locale)
    queryset = queryset if queryset is not None else snippets_in_language(model, language)
    items = sort_like_model(model, list(queryset))
    return api_context(info).attach(items, Scope(language))


class CoalitionQuery(graphene.ObjectType):
    member_states = graphene.List(
        graphene.NonNull(MemberStateType),
        required=True,
        locale=_locale_argument(),
        description="Every member state, by name; each in the language asked for where "
        "translated, else in its original language (`isFallback: true`).",
    )
    member_state = graphene.Field(
        MemberStateType,
        locale=_locale_argument(),
        code=graphene.String(required=True, description="ISO 3166-1 alpha-2 code, e.g. `UY`."),
        description="One member state by its ISO code; null if it is not a member.",
    )
    themes = graphene.List(
        graphene.NonNull(ThemeType),
        required=True,
        locale=_locale_argument(),
        description="Every theme, by name, in the language asked for where translated.",
    )
    theme = graphene.Field(
        ThemeType,
        locale=_locale_argument(),
        slug=graphene.String(required=True, description="The theme's slug."),
        description="One theme by slug; null if there is none.",
    )
    sdgs = graphene.List(
        graphene.NonNull(SustainableDevelopmentGoalType),
        required=True,
        locale=_locale_argument(),
        description="The Sustainable Development Goals in use, by number.",
    )
    organisations = graphene.List(
        graphene.NonNull(OrganisationType),
        required=True,
        locale=_locale_argument(),
        description="Every partner organisation, by name.",
    )

    @staticmethod
    def resolve_member_states(root, info, locale):
        return _listed(info, models.MemberState, locale)

    @staticmethod
    def resolve_member_state(root, info, locale, code):
        language = check_locale(locale)
        queryset = snippets_in_language(models.MemberState, language).filter(
            code=code.strip().upper()
        )
        items = _listed(info, models.MemberState, language, queryset[:1])
        return items[0] if items else None

    @staticmethod
    def resolve_themes(root, info, locale):
        return _listed(info, models.Theme, locale)

    @staticmethod
    def resolve_theme(root, info, locale, slug):
        language = check_locale(locale)
        queryset = snippets_in_language(models.Theme, language).filter(slug=slug.strip())
        items = _listed(info, models.Theme, language, queryset[:1])
        return items[0] if items else None

    @staticmethod
    def resolve_sdgs(root, info, locale):
        return _listed(info, models.SustainableDevelopmentGoal, locale)

    @staticmethod
    def resolve_organisations(root, info, locale):
        return _listed(info, models.Organisation, locale)
