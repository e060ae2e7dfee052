"""What the meeting and declaration root fields return: public pages in one language.

The logic behind ``meetings.schema``. It returns pages and connection values for the types
in ``meetings.types`` to present; it declares no GraphQL type and imports none. The
orders and the status filter live on ``MeetingPage``'s queryset.
"""

from django.db.models import F

from api.connection import ConnectionValue, Keys
from api.loading.request import api_context
from api.loading.scope import Scope
from api.loading.visibility import in_language
from api.locale import check_locale
from api.pages import find_page, selects
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
    first=20,
    after=None,
):
    """The root ``meetings`` list: public meetings in one language, filtered and paginated.

    ``status`` is worked out against the request's clock, so one response agrees with itself.
    """
    scope = Scope(check_locale(locale), bool(fallback))
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


def meeting(info, locale, slug=None, id=None, fallback=False):
    """The root ``meeting`` field: one public meeting by slug or id, or None."""
    scope = Scope(check_locale(locale), bool(fallback))
    return find_page(info, MeetingPage, scope, slug=slug, page_id=id)


def declarations(info, locale, fallback=False):
    """Public declarations, most recently opened for signature first."""
    scope = Scope(check_locale(locale), bool(fallback))
    context = api_context(info)
    declarations = list(
        in_language(DeclarationPage.objects.all(), context, scope)
        .select_related("locale")
        .order_by(F("opened_for_signature_on").desc(nulls_last=True), "pk")
    )
    return context.attach(declarations, scope)


def declaration(info, locale, slug=None, id=None, fallback=False):
    """The root ``declaration`` field: one public declaration by slug or id, or None."""
    scope = Scope(check_locale(locale), bool(fallback))
    return find_page(info, DeclarationPage, scope, slug=slug, page_id=id)
