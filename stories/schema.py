"""Root fields for stories: a filtered, paginated list and single stories.

Declarations only: each field's logic is in ``stories.resolvers``.
"""

import graphene

from api.connection import connection_arguments
from api.locale import fallback_locales_argument
from stories import resolvers
from stories.types import StoryConnection, StoryOrder, StoryPageType


class StoriesQuery(graphene.ObjectType):
    stories = graphene.Field(
        StoryConnection,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description="Also list stories not published in this language, in the first "
            "language of the fallback chain that has them, else in their original language "
            "(marked `isFallback`).",
        ),
        fallback_locales=fallback_locales_argument(),
        member_state=graphene.String(
            description="Only stories of this country (ISO 3166-1 alpha-2 code, e.g. `UY`)."
        ),
        theme=graphene.String(description="Only stories under this theme (its slug)."),
        sdg=graphene.Int(description="Only stories contributing to this SDG (1 to 17)."),
        meeting=graphene.ID(description="Only stories presented at this meeting (its id)."),
        date_from=graphene.Date(description="Only stories dated on or after this day."),
        date_to=graphene.Date(description="Only stories dated on or before this day."),
        order_by=graphene.Argument(
            StoryOrder, default_value=StoryOrder.NEWEST, description="Order of the list."
        ),
        **connection_arguments(),
        description="Published stories in one language, filtered and paginated.",
    )
    story = graphene.Field(
        StoryPageType,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        slug=graphene.String(description="The story's slug (unique within a language)."),
        id=graphene.ID(description="The id of the story in any language."),
        fallback=graphene.Boolean(
            default_value=False,
            description="When the story is not published in this language, return it in the "
            "first language of the fallback chain that has it, else in its original "
            "language (marked `isFallback`), instead of null.",
        ),
        fallback_locales=fallback_locales_argument(),
        description="One published story by slug or id; null if there is none.",
    )

    @staticmethod
    def resolve_stories(root, info, **arguments):
        return resolvers.stories(info, **arguments)

    @staticmethod
    def resolve_story(root, info, **arguments):
        return resolvers.story(info, **arguments)
