"""The one public GraphQL schema, composed from each app's query mixin."""

import graphene

from core.schema import CoreQuery


class Query(CoreQuery, graphene.ObjectType):
    """Read-only access to the coalition's published content."""


schema = graphene.Schema(query=Query)
