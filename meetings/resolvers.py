"""What the meeting and declaration root fields return: public pages in one language.

The logic behind ``meetings.schema``. It returns pages and connection values for the types
in ``meetings.types`` to present; it declares no GraphQL type and imports none. The
orders and the status filter live on ``MeetingPage``'s queryset.
"""

from django.db.models import F

from api.connection import ConnectionValue, Keys
from api.loading.request import api_context
from api.loading.visibility import in_language
from api.locale import request_scope
from api.pages import attach_one, find_page, selects
from meetings.models import DeclarationPage, MeetingPage, MeetingPageQuerySet

# Fields that read a meeting's StreamFields; a list that asks for none of them skips loading
# the (large) stream data.
STREAM_FIELDS = ("body", "livestream", "programme", "outcomeDocuments")


def _value(enum_value):
    """The value of a GraphQL enum argument, which arrives as the enum member or its value."""
    return getattr(enum_value, "value", enum_value)


def meetings(
    info,
    locale,
    kind=None,
    status=None,
    order_by="latest_first",
    fallback=False,
    fallback_locales=None,
    first=20,
    after=None,
):
    """The root ``meetings`` list: public meetings in one language, filtered and paginated.

    ``status`` is worked out against the request's clock, so one response agrees with itself.
    """
    scope = request_scope(locale, fallback, fallback_locales)
    context = api_context(info)
    queryset = MeetingPage.objects.all()
    if kind is not None:
        queryset = queryset.filter(kind=_value(kind))
    if status is not None:
        queryset = queryset.with_status(_value(status), context.now)
    queryset = in_language(queryset, context, scope).select_related("locale")
    if not selects(info, *STREAM_FIELDS):
        queryset = queryset.defer_streamfields()
    order = _value(order_by) or "latest_first"
    return ConnectionValue(
        queryset.ordered(order),
        first,
        after,
        Keys(MeetingPage, order, MeetingPageQuerySet.KEYS[order]),
        prepare=lambda meetings: context.attach(meetings, scope),
    )


def meeting(info, locale, slug=None, id=None, fallback=False, fallback_locales=None):
    """The root ``meeting`` field: one public meeting by slug or id, or None."""
    scope = request_scope(locale, fallback, fallback_locales)
    return find_page(info, MeetingPage, scope, slug=slug, page_id=id)


def _declarations(context, scope):
    """Public declarations in the scope's language, most recently opened first."""
    return (
        in_language(DeclarationPage.objects.all(), context, scope)
        .select_related("locale")
        .order_by(F("opened_for_signature_on").desc(nulls_last=True), "pk")
    )


def declarations(info, locale, fallback=False, fallback_locales=None):
    """Public declarations, most recently opened for signature first."""
    scope = request_scope(locale, fallback, fallback_locales)
    context = api_context(info)
    return context.attach(list(_declarations(context, scope)), scope)


def declaration(info, locale, slug=None, id=None, fallback=False, fallback_locales=None):
    """The root ``declaration`` field: one public declaration by slug or id, else the
    current one (the most recently opened for signature), or None."""
    scope = request_scope(locale, fallback, fallback_locales)
    if slug is None and id is None:
        # No client should need the declaration's slug in each language to show it.
        context = api_context(info)
        return attach_one(context, _declarations(context, scope).first(), scope)
    return find_page(info, DeclarationPage, scope, slug=slug, page_id=id)
