"""GraphQL types of the story section: the index, each country's section and the stories."""

import graphene

from api.blocks import StreamBlockInterface, page_stream, video_from_block
from api.connection import connection_arguments, connection_type, page_size
from api.images import ImageType, image_ref
from api.loading.loaders import MeetingsByStoryLoader, RelatedStoriesByStoryLoader
from api.loading.request import api_context
from api.loading.scope import batch_of, scope_of
from api.media import VideoType
from api.pages import (
    PageInterface,
    public_children,
    register_page_type,
    resolve_social_image,
    social_image_field,
)
from api.relations import related_snippet, related_snippets
from coalition.types import (
    MemberStateType,
    OrganisationType,
    PersonType,
    SustainableDevelopmentGoalType,
    ThemeType,
)
from stories import resolvers
from stories.models import MemberStateStoriesPage, StoryIndexPage, StoryPage


class StoryOrder(graphene.Enum):
    """How to order a list of stories."""

    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    RECENTLY_PUBLISHED = "recently_published"

    @property
    def description(self):
        return {
            "NEWEST": "Most recent story date first; undated stories last.",
            "OLDEST": "Earliest story date first; undated stories last.",
            "TITLE": 'By title, A to Z in the alphabet of the language asked for ("Des '
            'écoles" before "Des villages" in French) on PostgreSQL; by code point on '
            "databases without ICU collations (SQLite in development).",
            "RECENTLY_PUBLISHED": "Most recently published first.",
        }[self.name]


class StoryPageType(graphene.ObjectType):
    """A good human rights story presented by one member state."""

    class Meta:
        name = "StoryPage"
        interfaces = (PageInterface,)

    # Text fields shown under another name, for `fieldLanguages`.
    field_language_names = {"hero_image_alt": "heroImage.alt"}

    summary = graphene.String(
        required=True, description="What happened and why it matters, at most 300 characters."
    )
    story_date = graphene.Date(description="When the story happened or was first told.")
    location = graphene.String(description="Where it happened, e.g. “Montevideo, Uruguay”.")
    member_state = graphene.Field(
        MemberStateType, required=True, description="The country presenting the story."
    )
    themes = graphene.List(
        graphene.NonNull(ThemeType), required=True, description="Themes, by name."
    )
    sdgs = graphene.List(
        graphene.NonNull(SustainableDevelopmentGoalType),
        required=True,
        description="Sustainable Development Goals the story contributes to, by number.",
    )
    partners = graphene.List(
        graphene.NonNull(OrganisationType),
        required=True,
        description="Organisations that took part, by name.",
    )
    presenter = graphene.Field(PersonType, description="Who presents the story at events.")
    hero_image = graphene.Field(
        ImageType, description="The main image, for the top of the story and for lists."
    )
    hero_video = graphene.Field(
        VideoType, description="A video to show instead of the main image where possible."
    )
    body = graphene.List(
        graphene.NonNull(StreamBlockInterface),
        required=True,
        description="The story's content as typed blocks.",
    )
    social_image = social_image_field()
    related_stories = graphene.List(
        graphene.NonNull(lambda: StoryPageType),
        required=True,
        first=graphene.Int(
            default_value=3, description="How many stories to return, 0 to 100 (default 3)."
        ),
        description="Stories to suggest after this one, in this story's language: those "
        "editors chose first, in their order, then those sharing the most themes, then "
        "the same member state, newest first. Only published stories.",
    )
    presented_at = graphene.List(
        graphene.NonNull("meetings.types.MeetingPageType"),
        required=True,
        description="The published meetings whose running order presents this story, "
        "earliest first, in this story's language (or the meeting's original language "
        "when the story was asked for with fallback).",
    )

    @staticmethod
    def resolve_related_stories(story, info, first=3):
        loader = RelatedStoriesByStoryLoader(api_context(info), batch_of(story), page_size(first))
        return loader.load(story)

    @staticmethod
    def resolve_presented_at(story, info):
        return MeetingsByStoryLoader(api_context(info), batch_of(story)).load(story)

    @staticmethod
    def resolve_location(story, info):
        return story.location or None

    @staticmethod
    def resolve_member_state(story, info):
        return related_snippet(story, info, "member_state")

    @staticmethod
    def resolve_themes(story, info):
        return related_snippets(story, info, "themes")

    @staticmethod
    def resolve_sdgs(story, info):
        return related_snippets(story, info, "sdgs")

    @staticmethod
    def resolve_partners(story, info):
        return related_snippets(story, info, "partners")

    @staticmethod
    def resolve_presenter(story, info):
        return related_snippet(story, info, "presenter")

    @staticmethod
    def resolve_hero_image(story, info):
        return image_ref(api_context(info), story.hero_image_id, alt=story.hero_image_alt)

    @staticmethod
    def resolve_hero_video(story, info):
        for node in page_stream(story, info, "hero_video"):
            return video_from_block(api_context(info), node.scope, node.raw)
        return None

    @staticmethod
    def resolve_body(story, info):
        return page_stream(story, info, "body")

    resolve_social_image = staticmethod(resolve_social_image)


StoryConnection = connection_type(
    "Story", StoryPageType, "A page of stories, with the total and cursors to go on."
)


class MemberStateStoriesPageType(graphene.ObjectType):
    """One country's section of stories."""

    class Meta:
        name = "MemberStateStoriesPage"
        interfaces = (PageInterface,)

    member_state = graphene.Field(
        MemberStateType, required=True, description="The country whose stories are filed here."
    )
    introduction = graphene.String(description="A short introduction to the section.")
    stories = graphene.Field(
        StoryConnection,
        required=True,
        order_by=graphene.Argument(
            StoryOrder, default_value=StoryOrder.NEWEST, description="Order of the stories."
        ),
        **connection_arguments(),
        description="The section's stories.",
    )

    @staticmethod
    def resolve_member_state(section, info):
        return related_snippet(section, info, "member_state")

    @staticmethod
    def resolve_introduction(section, info):
        return section.introduction or None

    @staticmethod
    def resolve_stories(section, info, **arguments):
        return resolvers.section_stories(section, info, **arguments)


class StoryIndexPageType(graphene.ObjectType):
    """The “Stories” section of a language's site."""

    class Meta:
        name = "StoryIndexPage"
        interfaces = (PageInterface,)

    introduction = graphene.String(description="A short introduction to the stories.")
    sections = graphene.List(
        graphene.NonNull(MemberStateStoriesPageType),
        required=True,
        description="The countries' story sections, by title.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(index, info):
        return index.introduction or None

    @staticmethod
    def resolve_sections(index, info):
        context = api_context(info)
        sections = list(
            public_children(context, index, MemberStateStoriesPage).order_by("title", "pk")
        )
        return context.attach(sections, scope_of(index))

    resolve_social_image = staticmethod(resolve_social_image)


register_page_type(StoryPage, StoryPageType)
register_page_type(MemberStateStoriesPage, MemberStateStoriesPageType)
register_page_type(StoryIndexPage, StoryIndexPageType)

STORY_TYPES = [StoryPageType, MemberStateStoriesPageType, StoryIndexPageType]
