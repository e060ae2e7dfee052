"""What the story fields return: public stories, filtered, ordered and paginated.

The logic behind ``stories.schema`` and the story lists of ``stories.types``. It returns
models and connection values for the types to present; it declares no GraphQL type and
imports none, and the orders themselves live on ``StoryPage``'s queryset.
"""

import datetime

from django.db.models import Exists, OuterRef
from wagtail.models import Page

from api.arguments import parse_member_state_code
from api.connection import ConnectionValue, Keys
from api.errors import invalid_argument, shorten
from api.loading.request import api_context
from api.loading.scope import scope_of
from api.loading.visibility import in_language
from api.locale import request_scope
from api.pages import find_page, parse_page_id, public_children, selects
from coalition.models import MemberState, Theme
from meetings.models import MeetingPage
from stories.models import StoryPage, StoryPageQuerySet

# Fields that read a story's StreamFields; a list that asks for none of them skips loading
# the (large) stream data.
STREAM_FIELDS = ("body", "heroVideo")


def _value(enum_value):
    """The value of a GraphQL enum argument, which arrives as the enum member or its value."""
    return getattr(enum_value, "value", enum_value)


def story_connection(info, queryset, scope, order_by, first, after):
    """A connection over the public stories of ``queryset`` in the scope's language."""
    context = api_context(info)
    queryset = in_language(queryset, context, scope).select_related("locale")
    if not selects(info, *STREAM_FIELDS):
        queryset = queryset.defer_streamfields()
    order = _value(order_by) or "newest"
    return ConnectionValue(
        queryset.ordered(order, scope.locale),
        first,
        after,
        Keys(StoryPage, order, StoryPageQuerySet.keys(order, scope.locale)),
        prepare=lambda stories: context.attach(stories, scope),
    )


def _member_state_code(code):
    """A member state's code from the ``memberState`` filter; INVALID_ARGUMENT unless it
    names a member state."""
    code = parse_member_state_code(code)
    if not MemberState.objects.filter(code=code).exists():
        raise invalid_argument(
            f"memberState {shorten(code)} is not a member state of the initiative; "
            "`memberStates` lists them with their codes.",
            "memberState",
        )
    return code


def _theme_slug(slug):
    """A theme's slug from the ``theme`` filter; INVALID_ARGUMENT, naming the slugs, unless
    it names a theme."""
    slug = slug.strip()
    if not Theme.objects.filter(slug=slug).exists():
        slugs = sorted(set(Theme.objects.values_list("slug", flat=True)))
        raise invalid_argument(
            f"theme {shorten(slug)} is not a theme's slug; use one of {', '.join(slugs)} "
            "(`themes` lists them with their names).",
            "theme",
        )
    return slug


def _stories_at_meeting(context, meeting_id):
    """Translation keys of the stories presented at a public meeting's programme items;
    INVALID_ARGUMENT when no public meeting has that id."""
    meeting = context.pages.filter(MeetingPage.objects.filter(pk=meeting_id)).first()
    if meeting is None:
        raise invalid_argument(
            f"meeting {meeting_id} is not the id of a published meeting; `meetings` lists "
            "them with their ids.",
            "meeting",
        )
    story_ids = [
        item["value"].get("story")
        for item in meeting.programme.raw_data
        if isinstance(item.get("value"), dict) and item["value"].get("story")
    ]
    return Page.objects.filter(pk__in=story_ids).values("translation_key")


def stories(
    info,
    locale,
    fallback=False,
    fallback_locales=None,
    member_state=None,
    theme=None,
    sdg=None,
    meeting=None,
    date_from=None,
    date_to=None,
    order_by="newest",
    first=20,
    after=None,
):
    """The root ``stories`` list: public stories in one language, filtered and paginated."""
    scope = request_scope(locale, fallback, fallback_locales)
    context = api_context(info)
    queryset = StoryPage.objects.all()
    if member_state is not None:
        queryset = queryset.filter(member_state__code=_member_state_code(member_state))
    if theme is not None:
        queryset = queryset.filter(
            Exists(
                StoryPage.themes.through.objects.filter(
                    storypage_id=OuterRef("pk"), theme__slug=_theme_slug(theme)
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
        raise invalid_argument(f"dateFrom ({date_from}) is after dateTo ({date_to}).", "dateFrom")
    if isinstance(date_from, datetime.date):
        queryset = queryset.filter(story_date__gte=date_from)
    if isinstance(date_to, datetime.date):
        queryset = queryset.filter(story_date__lte=date_to)
    return story_connection(info, queryset, scope, order_by, first, after)


def story(info, locale, slug=None, id=None, fallback=False, fallback_locales=None):
    """The root ``story`` field: one public story by slug or id, or None."""
    scope = request_scope(locale, fallback, fallback_locales)
    return find_page(info, StoryPage, scope, slug=slug, page_id=id)


def section_stories(section, info, order_by="newest", first=20, after=None):
    """A country section's public stories, in the section's language."""
    queryset = public_children(api_context(info), section, StoryPage)
    return story_connection(info, queryset, scope_of(section), order_by, first, after)
