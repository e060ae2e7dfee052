"""The public GraphQL endpoint."""

from django.conf import settings
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView


def graphql_view(request, *args, **kwargs):
    view = csrf_exempt(GraphQLView.as_view(graphiql=settings.GRAPHIQL_ENABLED))
    return view(request, *args, **kwargs)
