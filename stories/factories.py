"""Page factories for the story tree."""

import datetime

import factory
import wagtail_factories

from coalition.factories import MemberStateFactory
from media_library.factories import ImageFactory
from stories.models import MemberStateStoriesPage, StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"
    slug = "stories"

    class Meta:
        model = StoryIndexPage


class MemberStateStoriesPageFactory(wagtail_factories.PageFactory):
    member_state = factory.SubFactory(MemberStateFactory)
    title = factory.LazyAttribute(lambda page: page.member_state.name)
    slug = factory.LazyAttribute(lambda page: page.member_state.code.code.lower())

    class Meta:
        model = MemberStateStoriesPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    member_state = factory.LazyAttribute(
        lambda page: (
            page.parent.specific.member_state
            if page.parent is not None and hasattr(page.parent.specific, "member_state")
            else MemberStateFactory()
        )
    )
    summary = "A story of change told for the coalition."
    story_date = datetime.date(2018, 9, 27)
    location = "Oslo"
    hero_image = factory.SubFactory(ImageFactory)
    hero_image_alt = "People gathered in a community hall"
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "What changed", "level": "h2"}},
            {"type": "paragraph", "value": "<p>An illustrative paragraph.</p>"},
        ]
    )
    consent_confirmed = True

    class Meta:
        model = StoryPage
