"""What the home page's root field returns: a language's public home page.

The logic behind ``home.schema``. It returns pages for the types in ``home.types`` to
present; it declares no GraphQL type and imports none.
"""

from api.loading.request import api_context
from api.loading.visibility import in_language
from api.locale import request_scope
from home.models import HomePage


def home_page(info, locale, fallback=False, fallback_locales=None):
    """The public home page at the root of a language's site (or its fallback), or None."""
    scope = request_scope(locale, fallback, fallback_locales)
    context = api_context(info)
    roots = [path for path, _, _ in context.pages.roots]
    page = (
        in_language(HomePage.objects.filter(path__in=roots), context, scope)
        .select_related("locale")
        .order_by("pk")
        .first()
    )
    if page is not None:
        context.attach([page], scope)
    return page
