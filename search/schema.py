"""Root fields for search: full-text search with facets, and title suggestions.

Declarations only: each field's logic is in ``search.resolvers``.
"""

import graphene

from api.connection import connection_arguments
from search import resolvers
from search.types import SearchConnection, SearchResult, SearchType

LOCALE = (
    "A content language code, e.g. `en`; see `locales`. Only pages in this language "
    "are searched, with its own word forms (stemming)."
)


class SearchQuery(graphene.ObjectType):
    search = graphene.Field(
        SearchConnection,
        required=True,
        locale=graphene.String(required=True, description=LOCALE),
        query=graphene.String(
            required=True,
            description="What to look for, 1 to 200 characters. Every word must match; "
            "punctuation and operators are ignored.",
        ),
        types=graphene.List(
            graphene.NonNull(SearchType),
            description="Only these kinds of content (default: all).",
        ),
        member_state=graphene.String(
            description="Only stories of this country (ISO 3166-1 alpha-2 code, e.g. `UY`)."
        ),
        theme=graphene.String(description="Only stories and meetings under this theme (slug)."),
        sdg=graphene.Int(description="Only stories contributing to this SDG (1 to 17)."),
        **connection_arguments(),
        description="Published stories, meetings and declarations in one language that "
        "match a query, best first, with a highlighted snippet per hit and facets.",
    )
    search_suggestions = graphene.List(
        graphene.NonNull(SearchResult),
        required=True,
        locale=graphene.String(required=True, description=LOCALE),
        prefix=graphene.String(
            required=True,
            description="What the reader has typed so far, 1 to 200 characters; the last "
            "word may be incomplete.",
        ),
        first=graphene.Int(default_value=8, description="How many suggestions, 1 to 20."),
        description="Published pages whose title matches what has been typed so far, for "
        "autocomplete.",
    )

    @staticmethod
    def resolve_search(root, info, **arguments):
        return resolvers.search(info, **arguments)

    @staticmethod
    def resolve_search_suggestions(root, info, **arguments):
        return resolvers.search_suggestions(info, **arguments)
