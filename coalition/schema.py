"""Root fields for the coalition's reference content, in any content language.

Declarations only: each field's logic is in ``coalition.resolvers``.
"""

import graphene

from coalition import resolvers
from coalition.types import (
    MemberStateType,
    OrganisationType,
    SustainableDevelopmentGoalType,
    ThemeType,
)

LOCALE_ARGUMENT = "A content language code, e.g. `en`; see `locales`."


def _locale_argument():
    return graphene.String(required=True, description=LOCALE_ARGUMENT)


class CoalitionQuery(graphene.ObjectType):
    member_states = graphene.List(
        graphene.NonNull(MemberStateType),
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
        locale=_locale_argument(),
        in_use=graphene.Boolean(
            description="`true`: only the goals that stories published in this language "
            "contribute to (for filters without dead ends); `false`: only the others; left "
            "out: all 17."
        ),
        description="The Sustainable Development Goals, by number.",
    )
    organisations = graphene.List(
        graphene.NonNull(OrganisationType),
        locale=_locale_argument(),
        description="Every partner organisation, by name.",
    )

    @staticmethod
    def resolve_member_states(root, info, **arguments):
        return resolvers.member_states(info, **arguments)

    @staticmethod
    def resolve_member_state(root, info, **arguments):
        return resolvers.member_state(info, **arguments)

    @staticmethod
    def resolve_themes(root, info, **arguments):
        return resolvers.themes(info, **arguments)

    @staticmethod
    def resolve_theme(root, info, **arguments):
        return resolvers.theme(info, **arguments)

    @staticmethod
    def resolve_sdgs(root, info, **arguments):
        return resolvers.sdgs(info, **arguments)

    @staticmethod
    def resolve_organisations(root, info, **arguments):
        return resolvers.organisations(info, **arguments)
