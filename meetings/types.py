"""GraphQL types of meetings, their running order, and the declaration with its signatories.

Presenter notes in the running order are for event staff and are never exposed.
"""

import datetime

import graphene
from django.utils.translation import override

from api.blocks import (
    BlockMeta,
    DocumentBlockType,
    StreamBlockInterface,
    page_stream,
    register_block_type,
    stream_nodes,
)
from api.connection import connection_type
from api.loading.loaders import (
    DeclarationByMeetingLoader,
    DocumentsByIdLoader,
    PagesByIdLoader,
    SignatoriesByDeclarationLoader,
    SnippetsByIdLoader,
)
from api.loading.references import as_id
from api.loading.request import api_context
from api.loading.scope import batch_of, scope_of
from api.media import (
    DocumentType,
    LiveFeedType,
    document_ref,
    live_feed_value,
    localtime_in,
)
from api.pages import (
    PageInterface,
    register_page_type,
    resolve_social_image,
    social_image_field,
)
from api.relations import related_page, related_snippet, related_snippets
from api.rich_text import rich_text_field
from coalition.models import MemberState, Person
from coalition.types import MemberStateType, OrganisationType, PersonType, ThemeType
from core.streams import list_items
from core.timezones import localise
from meetings.blocks import ProgrammeItemBlock
from meetings.models import DeclarationPage, MeetingIndexPage, MeetingPage, Signatory
from stories.models import StoryPage


def _choices_description(choices):
    # The labels are translated for the admin; the schema describes them in English,
    # whatever language the request that first builds the schema asks for.
    @property
    def description(self):
        with override(None):
            return str(choices[self.name].label)

    return description


class MeetingKind(graphene.Enum):
    """What kind of meeting it is."""

    MINISTERIAL = "ministerial"
    LAUNCH = "launch"
    SIDE_EVENT = "side_event"
    REGIONAL = "regional"

    description = _choices_description(MeetingPage.Kind)


class MeetingStatus(graphene.Enum):
    """Where a meeting stands now, worked out at the time of the request."""

    UPCOMING = "upcoming"
    LIVE = "live"
    ENDED = "ended"

    @property
    def description(self):
        return {
            "UPCOMING": "Has not started yet.",
            "LIVE": "Taking place now.",
            "ENDED": "Over.",
        }[self.name]


class ProgrammeItemKind(graphene.Enum):
    """What happens during an item of the running order."""

    OPENING = "opening"
    KEYNOTE = "keynote"
    STORY = "story"
    PANEL = "panel"
    BREAK = "break"
    CLOSING = "closing"

    @property
    def description(self):
        with override(None):
            return str(dict(ProgrammeItemBlock.KINDS)[self.value])


def _item_start(node):
    start = node.python("starts_at")
    zone = getattr(node.owner, "time_zone", None) or "UTC"
    return localise(start, zone)


class ProgrammeItemBlockType(graphene.ObjectType):
    """One item of a meeting's running order."""

    class Meta(BlockMeta):
        name = "ProgrammeItemBlock"

    title = graphene.String(description="The item's title.")
    kind = graphene.Field(ProgrammeItemKind, required=True, description="What happens.")
    starts_at = graphene.DateTime(description="Planned start, with the venue's UTC offset.")
    ends_at = graphene.DateTime(description="Planned end (start plus duration).")
    duration_minutes = graphene.Int(description="Planned length in minutes.")
    speakers = graphene.List(
        graphene.NonNull(PersonType), required=True, description="Who speaks, in order."
    )
    member_state = graphene.Field(MemberStateType, description="The country presenting, if any.")
    story = graphene.Field(
        "stories.types.StoryPageType",
        description="The story presented, in the same language; null if it is not published "
        "in that language (unless `fallback` was asked for).",
    )
    media = graphene.Field(
        StreamBlockInterface,
        description="A `VideoBlock` or `LiveFeedBlock` played during the item, if any.",
    )

    @staticmethod
    def resolve_title(node, info):
        return node.get("title", "")

    @staticmethod
    def resolve_kind(node, info):
        return node.get("kind", "story")

    @staticmethod
    def resolve_starts_at(node, info):
        return _item_start(node)

    @staticmethod
    def resolve_ends_at(node, info):
        start = _item_start(node)
        minutes = node.get("duration_minutes")
        return start + datetime.timedelta(minutes=minutes) if start and minutes else None

    @staticmethod
    def resolve_duration_minutes(node, info):
        return node.get("duration_minutes")

    @staticmethod
    def resolve_speakers(node, info):
        loader = SnippetsByIdLoader(api_context(info), Person, node.scope.locale)
        list_block = node.block.child_blocks["speakers"]
        ids = [as_id(value) for _, value in list_items(list_block, node.get("speakers", []))]
        people = loader.get_many([pk for pk in ids if pk])
        return [person for person in people if person is not None]

    @staticmethod
    def resolve_member_state(node, info):
        loader = SnippetsByIdLoader(api_context(info), MemberState, node.scope.locale)
        return loader.get(as_id(node.get("member_state")))

    @staticmethod
    def resolve_story(node, info):
        loader = PagesByIdLoader(api_context(info), StoryPage, node.scope)
        return loader.get(as_id(node.get("story")))

    @staticmethod
    def resolve_media(node, info):
        media_block = node.block.child_blocks["media"]
        nodes = stream_nodes(media_block, node.get("media", []), node.scope, owner=node.owner)
        return nodes[0] if nodes else None


register_block_type(ProgrammeItemBlock, ProgrammeItemBlockType)


class MeetingPageType(graphene.ObjectType):
    """A ministerial meeting, launch event or side event, with its running order."""

    class Meta:
        name = "MeetingPage"
        interfaces = (PageInterface,)

    kind = graphene.Field(MeetingKind, required=True, description="What kind of meeting.")
    starts_at = graphene.DateTime(required=True, description="Start, with the venue's UTC offset.")
    ends_at = graphene.DateTime(required=True, description="End, with the venue's UTC offset.")
    time_zone = graphene.String(
        required=True, description="The venue's IANA time zone, e.g. `America/New_York`."
    )
    city = graphene.String(required=True, description="The city, e.g. New York.")
    venue = graphene.String(description="The venue, e.g. a conference room.")
    session_reference = graphene.String(description="The UN session it belongs to, e.g. “UNGA 73”.")
    status = graphene.Field(
        MeetingStatus, required=True, description="Upcoming, live or ended, as of now."
    )
    introduction = graphene.String(description="A short introduction.")
    body = graphene.List(
        graphene.NonNull(StreamBlockInterface),
        required=True,
        description="Further content as typed blocks.",
    )
    themes = graphene.List(graphene.NonNull(ThemeType), required=True, description="Themes.")
    co_chairs = graphene.List(
        graphene.NonNull(MemberStateType),
        required=True,
        description="The member states chairing the meeting.",
    )
    organisations = graphene.List(
        graphene.NonNull(OrganisationType),
        required=True,
        description="Organisations taking part.",
    )
    livestream = graphene.Field(LiveFeedType, description="The meeting's live feed, if any.")
    programme = graphene.List(
        graphene.NonNull(ProgrammeItemBlockType),
        required=True,
        description="The running order, item by item.",
    )
    outcome_documents = graphene.List(
        graphene.NonNull(DocumentBlockType),
        required=True,
        description="Documents the meeting produced.",
    )
    declaration = graphene.Field(
        lambda: DeclarationPageType,
        description="The declaration adopted at this meeting, in the same language, if any.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_starts_at(meeting, info):
        return localtime_in(meeting.starts_at, meeting.venue_zone)

    @staticmethod
    def resolve_ends_at(meeting, info):
        return localtime_in(meeting.ends_at, meeting.venue_zone)

    @staticmethod
    def resolve_venue(meeting, info):
        return meeting.venue or None

    @staticmethod
    def resolve_session_reference(meeting, info):
        return meeting.session_reference or None

    @staticmethod
    def resolve_status(meeting, info):
        context = api_context(info)
        context.changes_at(meeting.starts_at, meeting.ends_at)
        return meeting.status_at(context.now).value

    @staticmethod
    def resolve_introduction(meeting, info):
        return meeting.introduction or None

    @staticmethod
    def resolve_body(meeting, info):
        return page_stream(meeting, info, "body")

    @staticmethod
    def resolve_themes(meeting, info):
        return related_snippets(meeting, info, "themes")

    @staticmethod
    def resolve_co_chairs(meeting, info):
        return related_snippets(meeting, info, "co_chairs")

    @staticmethod
    def resolve_organisations(meeting, info):
        return related_snippets(meeting, info, "organisations")

    @staticmethod
    def resolve_livestream(meeting, info):
        for node in page_stream(meeting, info, "livestream"):
            return live_feed_value(api_context(info), node.scope, node.block, node.raw or {})
        return None

    @staticmethod
    def resolve_programme(meeting, info):
        return page_stream(meeting, info, "programme")

    @staticmethod
    def resolve_outcome_documents(meeting, info):
        return page_stream(meeting, info, "outcome_documents")

    @staticmethod
    def resolve_declaration(meeting, info):
        return DeclarationByMeetingLoader(api_context(info), batch_of(meeting)).load(meeting)

    resolve_social_image = staticmethod(resolve_social_image)


MeetingConnection = connection_type(
    "Meeting", MeetingPageType, "A page of meetings, with the total and cursors to go on."
)


class MeetingIndexPageType(graphene.ObjectType):
    """The “Meetings” section of a language's site."""

    class Meta:
        name = "MeetingIndexPage"
        interfaces = (PageInterface,)

    introduction = graphene.String(description="A short introduction to the meetings.")
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(index, info):
        return index.introduction or None

    resolve_social_image = staticmethod(resolve_social_image)


class DeclarationStatus(graphene.Enum):
    """Where the declaration stands."""

    DRAFT_TEXT = "draft_text"
    OPEN = "open"
    CLOSED = "closed"

    description = _choices_description(DeclarationPage.Status)


class SignatoryLevel(graphene.Enum):
    """At what level a member state signed."""

    HEAD_OF_STATE = "head_of_state"
    MINISTER = "minister"
    AMBASSADOR = "ambassador"

    description = _choices_description(Signatory.Level)


class SignatoryType(graphene.ObjectType):
    """A member state's signature of the declaration."""

    class Meta:
        name = "Signatory"

    member_state = graphene.Field(
        MemberStateType, required=True, description="The country that signed."
    )
    signatory_name = graphene.String(required=True, description="Who signed.")
    signatory_title = graphene.String(required=True, description="Their title.")
    level = graphene.Field(SignatoryLevel, required=True, description="Level of signature.")
    signed_on = graphene.Date(required=True, description="The day of signature.")

    @staticmethod
    def resolve_member_state(signatory, info):
        return related_snippet(signatory, info, "member_state")


class DeclarationPageType(graphene.ObjectType):
    """The coalition's joint political declaration and who has signed it."""

    class Meta:
        name = "DeclarationPage"
        interfaces = (PageInterface,)

    text = graphene.String(required=True, description="The full text, as HTML.")
    status = graphene.Field(
        DeclarationStatus, required=True, description="Draft, open for signature or closed."
    )
    opened_for_signature_on = graphene.Date(description="When it opened for signature.")
    adopted_at = graphene.Field(
        MeetingPageType,
        description="The meeting where it was adopted, in the same language, if published.",
    )
    signatories = graphene.List(
        graphene.NonNull(SignatoryType),
        required=True,
        description="Who has signed, earliest first (later accessions last).",
    )
    signatory_count = graphene.Int(required=True, description="How many member states signed.")
    pdf = graphene.Field(
        DocumentType,
        description="The text as a PDF: in this page's language where one exists, else in "
        "another language, which `inLanguageAskedFor` and `language` say.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_text(declaration, info):
        return rich_text_field(declaration, info, "text")

    @staticmethod
    def resolve_adopted_at(declaration, info):
        return related_page(declaration, info, "adopted_at")

    @staticmethod
    def resolve_signatories(declaration, info):
        loader = SignatoriesByDeclarationLoader(api_context(info), batch_of(declaration))
        return loader.load(declaration)

    @staticmethod
    def resolve_signatory_count(declaration, info):
        return len(DeclarationPageType.resolve_signatories(declaration, info))

    @staticmethod
    def resolve_pdf(declaration, info):
        document = DocumentsByIdLoader(api_context(info)).get(declaration.pdf_id)
        return document_ref(document, scope_of(declaration).locale)

    resolve_social_image = staticmethod(resolve_social_image)


register_page_type(MeetingPage, MeetingPageType)
register_page_type(MeetingIndexPage, MeetingIndexPageType)
register_page_type(DeclarationPage, DeclarationPageType)

MEETING_TYPES = [
    MeetingPageType,
    MeetingIndexPageType,
    DeclarationPageType,
    ProgrammeItemBlockType,
]
