"""The one public GraphQL schema, composed from each app's query mixin.

Read-only: there is no mutation type. Types reached only through an interface (page
types, stream block types) are listed so every implementation is in the schema.
"""

import graphene

from api.blocks import CORE_BLOCK_TYPES
from api.schema import CoreQuery
from coalition.schema import CoalitionQuery
from coalition.types import COALITION_TYPES
from home.schema import HomeQuery
from home.types import HOME_TYPES
from meetings.schema import MeetingsQuery
from meetings.types import MEETING_TYPES
from search.schema import SearchQuery
from stories.schema import StoriesQuery
from stories.types import STORY_TYPES


class Query(
    CoreQuery,
    HomeQuery,
    StoriesQuery,
    MeetingsQuery,
    CoalitionQuery,
    SearchQuery,
    graphene.ObjectType,
):
    """Read-only access to the coalition's published content, in every content language."""


schema = graphene.Schema(
    query=Query,
    types=[*HOME_TYPES, *STORY_TYPES, *MEETING_TYPES, *COALITION_TYPES, *CORE_BLOCK_TYPES],
)
