"""Root fields for meetings and declarations.

Declarations only: each field's logic is in ``meetings.resolvers``.
"""

import graphene

from api.connection import connection_arguments
from api.locale import fallback_locales_argument
from meetings import resolvers
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
        description=f"Also return {what} not published in this language, in the first "
        "language of the fallback chain that has them, else in their original language "
        "(marked `isFallback`).",
    )


class MeetingsQuery(graphene.ObjectType):
    meetings = graphene.Field(
        MeetingConnection,
        locale=_locale_argument(),
        kind=graphene.Argument(MeetingKind, description="Only meetings of this kind."),
        status=graphene.Argument(
            MeetingStatus, description="Only meetings upcoming, live or ended as of now."
        ),
        order_by=graphene.Argument(
            MeetingOrder, default_value=MeetingOrder.LATEST_FIRST, description="Order."
        ),
        fallback=_fallback_argument("meetings"),
        fallback_locales=fallback_locales_argument(),
        **connection_arguments(),
        description="Published meetings in one language, filtered and paginated.",
    )
    meeting = graphene.Field(
        MeetingPageType,
        locale=_locale_argument(),
        slug=graphene.String(description="The meeting's slug."),
        id=graphene.ID(description="The id of the meeting in any language."),
        fallback=_fallback_argument("a meeting"),
        fallback_locales=fallback_locales_argument(),
        description="One published meeting by slug or id; null if there is none.",
    )
    declarations = graphene.List(
        graphene.NonNull(DeclarationPageType),
        locale=_locale_argument(),
        fallback=_fallback_argument("declarations"),
        fallback_locales=fallback_locales_argument(),
        description="Published declarations, most recently opened for signature first.",
    )
    declaration = graphene.Field(
        DeclarationPageType,
        locale=_locale_argument(),
        slug=graphene.String(description="The declaration's slug."),
        id=graphene.ID(description="The id of the declaration in any language."),
        fallback=_fallback_argument("a declaration"),
        fallback_locales=fallback_locales_argument(),
        description="One published declaration by slug or id; with neither, the current "
        "one (the most recently opened for signature). Null if there is none.",
    )

    @staticmethod
    def resolve_meetings(root, info, **arguments):
        return resolvers.meetings(info, **arguments)

    @staticmethod
    def resolve_meeting(root, info, **arguments):
        return resolvers.meeting(info, **arguments)

    @staticmethod
    def resolve_declarations(root, info, **arguments):
        return resolvers.declarations(info, **arguments)

    @staticmethod
    def resolve_declaration(root, info, **arguments):
        return resolvers.declaration(info, **arguments)
