"""Root fields for stories: a filtered, paginated list and single stories."""

import datetime

import graphene
from django.db.models import Exists, F, OuterRef
from wagtail.models import Page

from api.connection import ConnectionValue, connection_arguments
from api.errors import invalid_argument, shorten
from api.loading.request import api_context
from api.loading.scope import Scope
from api.loading.visibility import in_language
from api.locale import check_locale
from api.pages import find_page, parse_page_id, selects
from meetings.models import MeetingPage
from stories.models import NEWEST_ORDER, StoryPage
from stories.types import StoryConnection, StoryOrder, StoryPageType

ORDERINGS = {
    "newest": NEWEST_ORDER,
    "oldest": [
        F("story_date").asc(nulls_last=True),
        F("first_published_at").asc(nulls_last=True),
        F("pk").asc(),
    ],
    "title": [F("title").asc(), F("pk").asc()],
    "recently_published": [F("last_published_at").desc(nulls_last=True), F("pk").desc()],
}


def story_connection(info, queryset, scope, order_by, first, after):
    """A ``StoryConnection`` over public stories of ``queryset`` in the scope's language."""
    context = api_context(info)
    queryset = in_language(queryset, context, scope).select_related("locale")
    if not selects(info, "body", "heroVideo"):
        queryset = queryset.defer_streamfields()
    ordering = ORDERINGS[getattr(order_by, "value", order_by) or "newest"]
    return ConnectionValue(
        queryset.order_by(*ordering),
        first,
        after,
        prepare=lambda stories: context.attach(stories, scope),
    )


def _member_state_filter(code):
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise invalid_argument(
            f"memberState must be a two-letter ISO 3166-1 code such as `UY`, not {shorten(code)}.",
            "memberState",
        )
    return code


def _stories_at_meeting(context, meeting_id):
    """Translation keys of the stories presented at a public meeting's programme items."""
    meeting = context.pages.filter(MeetingPage.objects.filter(pk=meeting_id)).first()
    if meeting is None:
        return []
    story_ids = [
        item["value"].get("story")
        for item in meeting.programme.raw_data
        if isinstance(item.get("value"), dict) and item["value"].get("story")
    ]
    return Page.objects.filter(pk__in=story_ids).values("translation_key")


class StoriesQuery(graphene.ObjectType):
    stories = graphene.Field(
        StoryConnection,
        required=True,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description="Also list stories not translated into this language, in their "
            "original language (marked `isFallback`).",
        ),
        member_state=graphene.String(
            description="Only stories of this country (ISO 3166-1 alpha-2 code, e.g. `UY`)."
        ),
        theme=graphene.String(description="Only stories under this theme (its slug)."),
        sdg=graphene.Int(description="Only stories contributing to this SDG (1 to 17)."),
        meeting=graphene.ID(description="Only stories presented at this meeting (its id)."),
        date_from=graphene.Date(description="Only stories dated on or after this day."),
        date_to=graphene.Date(description="Only stories dated on or before this day."),
        order_by=graphene.Argument(
            StoryOrder, default_value=StoryOrder.NEWEST, description="Order of the list."
        ),
        **connection_arguments(),
        description="Published stories in one language, filtered and paginated.",
    )
    story = graphene.Field(
        StoryPageType,
        locale=graphene.String(
            required=True, description="A content language code, e.g. `en`; see `locales`."
        ),
        slug=graphene.String(description="The story's slug (unique within a language)."),
        id=graphene.ID(description="The id of the story in any language."),
        fallback=graphene.Boolean(
            default_value=False,
            description="When the story is not translated into this language, return it in "
            "its original language (marked `isFallback`) instead of null.",
        ),
        description="One published story by slug or id; null if there is none.",
    )

    @staticmethod
    def resolve_stories(
        root,
        info,
        locale,
        fallback=False,
        member_state=None,
        theme=None,
        sdg=None,
        meeting=None,
        date_from=None,
        date_to=None,
        order_by=StoryOrder.NEWEST,
        first=20,
        after=None,
    ):
        scope = Scope(check_locale(locale), bool(fallback))
        context = api_context(info)
        queryset = StoryPage.objects.all()
        if member_state is not None:
            queryset = queryset.filter(member_state__code=_member_state_filter(member_state))
        if theme is not None:
            queryset = queryset.filter(
                Exists(
                    StoryPage.themes.through.objects.filter(
                        storypage_id=OuterRef("pk"), theme__slug=theme.strip()
                    )
                )
            )
        if sdg is not None:
            if not 1 <= sdg <= 17:
                raise invalid_argument(f"sdg must be 1 to 17, not {sdg}.", "sdg")
            queryset = queryset.filter(
                Exists(
                    StoryPage.sdgs.through.objects.filter(
                        storypage_id=OuterRef("pk"), sustainabledevelopmentgoal__number=sdg
                    )
                )
            )
        if meeting is not None:
            keys = _stories_at_meeting(context, parse_page_id(meeting, "meeting"))
            queryset = queryset.filter(translation_key__in=keys)
        if date_from and date_to and date_from > date_to:
            raise invalid_argument(
                f"dateFrom ({date_from}) is after dateTo ({date_to}).", "dateFrom"
            )
        if isinstance(date_from, datetime.date):
            queryset = queryset.filter(story_date__gte=date_from)
        if isinstance(date_to, datetime.date):
            queryset = queryset.filter(story_date__lte=date_to)
        return story_connection(info, queryset, scope, order_by, first, after)

    @staticmethod
    def resolve_story(root, info, locale, slug=None, id=None, fallback=False):
        scope = Scope(check_locale(locale), bool(fallback))
        return find_page(info, StoryPage, scope, slug=slug, page_id=id)
