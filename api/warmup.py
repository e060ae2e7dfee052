"""Work a server process does once, at start, so that its first request costs what later ones do.

Django imports the URLconf, and with it the GraphQL schema and every resolver module, on
the first request; graphql-core builds the schema's type map and its validation caches on
the first query. ``warm()`` does all of that when the WSGI application is created: under
``gunicorn --preload`` once, in the parent process, before the workers are forked. It opens
no database connection (a connection opened before the fork would be shared by workers).
"""

from django.urls import get_resolver
from graphene_django.settings import graphene_settings
from graphql import parse, validate

# Touches the root fields of every domain, their connections, images and blocks.
WARM_DOCUMENT = """
query Warm($locale: String!) {
  locales { code }
  stories(locale: $locale, first: 1) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title memberState { name } heroImage { srcSet } } }
  }
  meetings(locale: $locale, first: 1) { nodes { id title } }
}
"""


def warm():
    """Import every route and module, and validate a document against the schema."""
    get_resolver().url_patterns  # noqa: B018 (imports the views, the schema and resolvers)
    schema = graphene_settings.SCHEMA.graphql_schema
    errors = validate(schema, parse(WARM_DOCUMENT))
    if errors:
        raise RuntimeError(f"The warm-up document no longer matches the schema: {errors}")
