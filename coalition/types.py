"""GraphQL types of the coalition's reference content: countries, themes, goals, partners.

Contacts of member states' missions are internal and never exposed.
"""

import graphene
from django.utils.translation import override

from api.connection import page_size
from api.images import ImageType, image_ref
from api.loading.loaders import (
    LatestStoriesByMemberStateLoader,
    StoryCountByMemberStateLoader,
    StoryCountBySdgLoader,
    StoryCountByThemeLoader,
)
from api.loading.request import api_context
from api.loading.scope import batch_of
from api.pages import selects
from api.relations import TranslatableInterface, related_snippet
from api.rich_text import rich_text_field
from coalition import models


class MemberStateType(graphene.ObjectType):
    """A country taking part in the initiative."""

    class Meta:
        name = "MemberState"
        interfaces = (TranslatableInterface,)

    name = graphene.String(required=True, description="The country's name.")
    code = graphene.String(
        required=True, description="ISO 3166-1 alpha-2 code, e.g. `NO`; use it to filter stories."
    )
    flag = graphene.Field(ImageType, description="The national flag, if uploaded.")
    is_founding_member = graphene.Boolean(
        required=True, description="True for the countries that launched the initiative in 2018."
    )
    joined_on = graphene.Date(required=True, description="When the country joined.")
    stories = graphene.List(
        graphene.NonNull("stories.types.StoryPageType"),
        required=True,
        first=graphene.Int(default_value=3, description="How many stories, 0 to 100."),
        description="The country's latest stories in the language asked for, newest first. "
        "For more, use `stories(memberState:)` at the root.",
    )
    story_count = graphene.Int(
        required=True, description="How many stories of this country exist in the language."
    )

    @staticmethod
    def resolve_code(member_state, info):
        return str(member_state.code)

    @staticmethod
    def resolve_flag(member_state, info):
        return image_ref(api_context(info), member_state.flag_id, default_alt=member_state.name)

    @staticmethod
    def resolve_stories(member_state, info, first=3):
        with_streams = selects(info, "body", "heroVideo")
        loader = LatestStoriesByMemberStateLoader(
            api_context(info), batch_of(member_state), page_size(first), with_streams
        )
        return loader.load(member_state)

    @staticmethod
    def resolve_story_count(member_state, info):
        return StoryCountByMemberStateLoader(api_context(info), batch_of(member_state)).load(
            member_state
        )


class ThemeType(graphene.ObjectType):
    """A human-rights theme stories are filed under, such as gender equality."""

    class Meta:
        name = "Theme"
        interfaces = (TranslatableInterface,)

    name = graphene.String(required=True, description="The theme's name.")
    slug = graphene.String(
        required=True, description="Short name, the same in every language; filters stories."
    )
    description = graphene.String(description="One or two sentences on the theme.")
    udhr_articles = graphene.List(
        graphene.NonNull(graphene.Int),
        required=True,
        description="Articles of the Universal Declaration of Human Rights it relates to.",
    )

    story_count = graphene.Int(
        required=True,
        description="How many stories under this theme are published in the language asked "
        "for (what `stories(theme:)` would count).",
    )

    @staticmethod
    def resolve_story_count(theme, info):
        return StoryCountByThemeLoader(api_context(info), batch_of(theme)).load(theme)

    @staticmethod
    def resolve_description(theme, info):
        return theme.description or None

    @staticmethod
    def resolve_udhr_articles(theme, info):
        return theme.udhr_article_numbers


class SustainableDevelopmentGoalType(graphene.ObjectType):
    """One of the 17 Sustainable Development Goals of the 2030 Agenda."""

    class Meta:
        name = "SustainableDevelopmentGoal"
        interfaces = (TranslatableInterface,)

    number = graphene.Int(required=True, description="The goal's number, 1 to 17.")
    name = graphene.String(required=True, description="The goal's short name.")
    story_count = graphene.Int(
        required=True,
        description="How many stories contributing to this goal are published in the "
        "language asked for (what `stories(sdg:)` would count).",
    )

    @staticmethod
    def resolve_story_count(goal, info):
        return StoryCountBySdgLoader(api_context(info), batch_of(goal)).load(goal)


class OrganisationKind(graphene.Enum):
    """What kind of organisation a partner is."""

    CIVIL_SOCIETY = "civil_society"
    NHRI = "nhri"
    ACADEMIA = "academia"
    BUSINESS = "business"
    UN_BODY = "un_body"
    REGIONAL = "regional"
    GOVERNMENT = "government"

    @property
    def description(self):
        # The label is translated for the admin; the schema describes it in English.
        with override(None):
            return str(models.Organisation.Kind[self.name].label)


class OrganisationType(graphene.ObjectType):
    """A partner organisation: civil society, a national human rights institution, a UN body…"""

    class Meta:
        name = "Organisation"
        interfaces = (TranslatableInterface,)

    name = graphene.String(required=True, description="The organisation's name.")
    kind = graphene.Field(OrganisationKind, required=True, description="What kind it is.")
    website = graphene.String(description="Its website.")
    logo = graphene.Field(ImageType, description="Its logo, if uploaded.")
    description = graphene.String(
        required=True, description="What it does, as HTML (may be empty)."
    )

    @staticmethod
    def resolve_website(organisation, info):
        return organisation.website or None

    @staticmethod
    def resolve_logo(organisation, info):
        return image_ref(api_context(info), organisation.logo_id, default_alt=organisation.name)

    @staticmethod
    def resolve_description(organisation, info):
        return rich_text_field(organisation, info, "description")


class PersonType(graphene.ObjectType):
    """Someone who presents or speaks: a minister, an advocate, a UN official."""

    class Meta:
        name = "Person"
        interfaces = (TranslatableInterface,)

    name = graphene.String(required=True, description="Full name.")
    role = graphene.String(description="Title or role, e.g. “Minister of Foreign Affairs”.")
    member_state = graphene.Field(
        MemberStateType, description="The country this person represents, if any."
    )
    organisation = graphene.Field(
        OrganisationType, description="The organisation this person speaks for, if any."
    )
    photo = graphene.Field(ImageType, description="A portrait, if uploaded.")

    @staticmethod
    def resolve_role(person, info):
        return person.role or None

    @staticmethod
    def resolve_member_state(person, info):
        return related_snippet(person, info, "member_state")

    @staticmethod
    def resolve_organisation(person, info):
        return related_snippet(person, info, "organisation")

    @staticmethod
    def resolve_photo(person, info):
        return image_ref(api_context(info), person.photo_id, default_alt=person.name)


COALITION_TYPES = [
    MemberStateType,
    ThemeType,
    SustainableDevelopmentGoalType,
    OrganisationType,
    PersonType,
]
