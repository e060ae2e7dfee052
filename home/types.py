"""GraphQL types of each language's home page and of text pages."""

import graphene

from api.blocks import StreamBlockInterface, page_stream
from api.context import api_context, batch_of, scope_of
from api.pages import (
    PageInterface,
    in_language,
    register_page_type,
    resolve_social_image,
    social_image_field,
)
from api.rich_text import rich_text_field
from home.models import HomePage, HomePageFeaturedStory, StandardPage
from meetings.models import MeetingPage
from stories.models import StoryPage


class HomePageType(graphene.ObjectType):
    """The home page of one language's site."""

    class Meta:
        name = "HomePage"
        interfaces = (PageInterface,)

    introduction = graphene.String(
        description="Two or three sentences introducing the initiative, as HTML."
    )
    featured_stories = graphene.List(
        graphene.NonNull("stories.types.StoryPageType"),
        required=True,
        description="Stories editors chose to feature, in their order; only those published "
        "in this language.",
    )
    next_meeting = graphene.Field(
        "meetings.types.MeetingPageType",
        description="The meeting taking place now or starting next, if any.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(home, info):
        return rich_text_field(home, info, "introduction")

    @staticmethod
    def resolve_featured_stories(home, info):
        batch = batch_of(home)
        context = api_context(info)
        loader = context.related_pages(StoryPage, scope_of(home))
        if "featured" not in batch.cache:
            links = {}
            for page_id, story_id in (
                HomePageFeaturedStory.objects.filter(page_id__in=[item.pk for item in batch])
                .order_by("sort_order", "pk")
                .values_list("page_id", "story_id")
            ):
                links.setdefault(page_id, []).append(story_id)
            loader.want(story_id for ids in links.values() for story_id in ids)
            batch.cache["featured"] = links
        stories = {}
        for story_id in batch.cache["featured"].get(home.pk, []):
            story = loader.get(story_id)
            if story is not None:
                stories.setdefault(story.pk, story)
        return list(stories.values())

    @staticmethod
    def resolve_next_meeting(home, info):
        context = api_context(info)
        scope = scope_of(home)
        meeting = (
            in_language(MeetingPage.objects.filter(ends_at__gt=context.now), context, scope)
            .select_related("locale")
            .order_by("starts_at", "pk")
            .first()
        )
        if meeting is not None:
            context.attach([meeting], scope)
        return meeting

    resolve_social_image = staticmethod(resolve_social_image)


class StandardPageType(graphene.ObjectType):
    """A text page such as “About the initiative” or “Membership criteria”."""

    class Meta:
        name = "StandardPage"
        interfaces = (PageInterface,)

    introduction = graphene.String(description="A short lead shown above the body.")
    body = graphene.List(
        graphene.NonNull(StreamBlockInterface),
        required=True,
        description="The page's content as typed blocks.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(page, info):
        return page.introduction or None

    @staticmethod
    def resolve_body(page, info):
        return page_stream(page, info, "body")

    resolve_social_image = staticmethod(resolve_social_image)


register_page_type(HomePage, HomePageType)
register_page_type(StandardPage, StandardPageType)

HOME_TYPES = [HomePageType, StandardPageType]
