"""GraphQL types of search: the results union, the connection with its snippets and the
facets. The page types themselves are the story and meeting apps' own."""

import graphene

from api.connection import PageInfo
from api.pages import page_type_for
from meetings.types import DeclarationPageType, MeetingPageType
from stories.types import StoryPageType


class SearchType(graphene.Enum):
    """A kind of content search can return."""

    STORY = "story"
    MEETING = "meeting"
    DECLARATION = "declaration"

    @property
    def description(self):
        return {
            "STORY": "Stories (`StoryPage`).",
            "MEETING": "Meetings and events (`MeetingPage`).",
            "DECLARATION": "The joint declaration (`DeclarationPage`).",
        }[self.name]


class SearchResult(graphene.Union):
    """A page search found: a story, a meeting or the declaration. Select its fields with
    `... on StoryPage { … }`, `... on MeetingPage { … }`, `... on DeclarationPage { … }`."""

    class Meta:
        types = (StoryPageType, MeetingPageType, DeclarationPageType)

    @classmethod
    def resolve_type(cls, instance, info):
        return page_type_for(instance)


class SearchEdge(graphene.ObjectType):
    """One hit of a search, with why it matched."""

    cursor = graphene.String(required=True, description="Pass as `after` to continue after it.")
    node = graphene.Field(SearchResult, required=True, description="The page found.")
    snippet = graphene.String(
        required=True,
        description="A passage of the page's text around the words that matched, as HTML: "
        "the text is escaped and the only tags are `<mark>…</mark>` around matched words. "
        "Empty when the page has no text to show.",
    )
    highlighted_title = graphene.String(
        required=True,
        description="The title as escaped HTML with matched words inside `<mark>…</mark>`.",
    )
    promoted = graphene.Boolean(
        required=True,
        description="True if editors promoted this page for this query; promoted pages come first.",
    )


class SearchTypeCount(graphene.ObjectType):
    """How many hits are of one kind."""

    type = graphene.Field(SearchType, required=True, description="The kind of content.")
    count = graphene.Int(required=True, description="Hits of this kind.")


class SearchFacetCount(graphene.ObjectType):
    """How many hits share one value of a facet."""

    value = graphene.String(
        required=True,
        description="The value to filter by: a member state's ISO code (`memberState`) or "
        "a theme's slug (`theme`).",
    )
    label = graphene.String(required=True, description="The value's name in this language.")
    count = graphene.Int(required=True, description="Hits with this value.")


class SearchFacets(graphene.ObjectType):
    """Counts over every hit of the search (all pages of results, filters applied)."""

    types = graphene.List(
        graphene.NonNull(SearchTypeCount),
        required=True,
        description="Hits per kind of content; kinds without hits are left out.",
    )
    member_states = graphene.List(
        graphene.NonNull(SearchFacetCount),
        required=True,
        description="Stories among the hits per member state, most first.",
    )
    themes = graphene.List(
        graphene.NonNull(SearchFacetCount),
        required=True,
        description="Stories and meetings among the hits per theme, most first.",
    )


class SearchConnection(graphene.ObjectType):
    """The hits of a search, best first (promoted pages before all others)."""

    total_count = graphene.Int(required=True, description="How many pages match in all.")
    edges = graphene.List(
        graphene.NonNull(SearchEdge), required=True, description="This page's hits."
    )
    nodes = graphene.List(
        graphene.NonNull(SearchResult),
        required=True,
        description="This page's hits without cursors and snippets, for convenience.",
    )
    page_info = graphene.Field(
        PageInfo, required=True, description="Where this page sits in the list."
    )
    facets = graphene.Field(
        SearchFacets, required=True, description="Counts over all hits, to refine the search."
    )


SEARCH_TYPES = [SearchConnection]
