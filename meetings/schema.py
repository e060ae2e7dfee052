"""Root fields for meetings and declarations."""

import graphene
from django.db.models import F

from api.connection import ConnectionValue, connection_arguments
from api.loading.request import api_context
from api.loading.scope import Scope
from api.loading.visibility import in_language
from api.locale import check_locale
from api.pages import find_page, selects
from meetings.models import DeclarationPage, MeetingPage
from meetings.types import (
    DeclarationPageType,
    MeetingConnection,
    MeetingKind,
    MeetingPageType,
    MeetingStatus,
)


class MeetingOrder(graphene.Enum):
    """How to order a list of meetings."""

    LATEST_FIRST = "latest_first"
    EARLIEST_FIRST = "earliest_first"

    @property
    def description(self):
        return {
            "LATEST_FIRST": "Latest start first (for archives).",
            "EARLIEST_FIRST": "Earliest start first (for what is coming up).",
        }[self.name]


def _locale_argument():
    return graphene.String(
        required=True, description="A content language code, e.g. `en`; see `locales`."
    )


def _fallback_argument(what):
    return graphene.Boolean(
        default_value=False,
        description=f"Also return {what} not translated into this language, in their "
        "original language (marked `isFallback`).",
    )


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


class MeetingsQuery(graphene.ObjectType):
    meetings = graphene.Field(
        MeetingConnection,
        required=True,
        locale=_locale_argument(),
        kind=graphene.Argument(MeetingKind, description="Only meetings of this kind."),
        status=graphene.Argument(
            MeetingStatus, description="Only meetings upcoming, live or ended as of now."
        ),
        order_by=graphene.Argument(
            MeetingOrder, default_value=MeetingOrder.LATEST_FIRST, description="Order."
        ),
        fallback=_fallback_argument("meetings"),
        **connection_arguments(),
        description="Published meetings in one language, filtered and paginated.",
    )
    meeting = graphene.Field(
        MeetingPageType,
        locale=_locale_argument(),
        slug=graphene.String(description="The meeting's slug."),
        id=graphene.ID(description="The id of the meeting in any language."),
        fallback=_fallback_argument("a meeting"),
        description="One published meeting by slug or id; null if there is none.",
    )
    declarations = graphene.List(
        graphene.NonNull(DeclarationPageType),
        required=True,
        locale=_locale_argument(),
        fallback=_fallback_argument("declarations"),
        description="Published declarations, most recently opened for signature first.",
    )
    declaration = graphene.Field(
        DeclarationPageType,
        locale=_locale_argument(),
        slug=graphene.String(description="The declaration's slug."),
        id=graphene.ID(description="The id of the declaration in any language."),
        fallback=_fallback_argument("a declaration"),
        description="One published declaration by slug or id; null if there is none.",
    )

    @staticmethod
    def resolve_meetings(
        root,
        info,
        locale,
        kind=None,
        status=None,
        order_by=MeetingOrder.LATEST_FIRST,
        fallback=False,
        first=20,
        after=None,
    ):
        scope = Scope(check_locale(locale), bool(fallback))
        context = api_context(info)
        queryset = MeetingPage.objects.all()
        if kind is not None:
            queryset = queryset.filter(kind=_value(kind))
        status = _value(status)
        if status == "upcoming":
            queryset = queryset.filter(starts_at__gt=context.now)
        elif status == "live":
            queryset = queryset.filter(starts_at__lte=context.now, ends_at__gt=context.now)
        elif status == "ended":
            queryset = queryset.filter(ends_at__lte=context.now)
        queryset = in_language(queryset, context, scope).select_related("locale")
        if not selects(info, "body", "livestream", "programme", "outcomeDocuments"):
            queryset = queryset.defer_streamfields()
        if _value(order_by) == "earliest_first":
            ordering = [F("starts_at").asc(), F("pk").asc()]
        else:
            ordering = [F("starts_at").desc(), F("pk").desc()]
        return ConnectionValue(
            queryset.order_by(*ordering),
            first,
            after,
            prepare=lambda meetings: context.attach(meetings, scope),
        )

    @staticmethod
    def resolve_meeting(root, info, locale, slug=None, id=None, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        return find_page(info, MeetingPage, scope, slug=slug, page_id=id)

    @staticmethod
    def resolve_declarations(root, info, locale, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        context = api_context(info)
        declarations = list(
            in_language(DeclarationPage.objects.all(), context, scope)
            .select_related("locale")
            .order_by(F("opened_for_signature_on").desc(nulls_last=True), "pk")
        )
        return context.attach(declarations, scope)

    @staticmethod
    def resolve_declaration(root, info, locale, slug=None, id=None, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        return find_page(info, DeclarationPage, scope, slug=slug, page_id=id)
