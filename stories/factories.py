"""Page factories for the story tree, and the story editor's form data for admin tests."""

import datetime

import factory
import wagtail_factories
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

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


def draft_story(section, title, **kwargs):
    """A story that was never published, with a revision as the admin would save it."""
    story = StoryPageFactory(parent=section, title=title, live=False, **kwargs)
    story.save_revision()
    return story


def story_form_data(story_or_section, title, **overrides):
    """What the story editor posts, for a story in ``story_or_section``'s country.

    ``hero_image`` (an image's primary key) is required: the form refuses a story without one.
    """
    member_state = story_or_section.specific.member_state
    data = nested_form_data(
        {
            "title": title,
            "slug": overrides.pop("slug", title.lower().replace(" ", "-")),
            "member_state": member_state.pk,
            "summary": "What changed and why it matters.",
            "story_date": "2018-09-27",
            "location": "Oslo",
            "hero_image": overrides.pop("hero_image"),
            "hero_image_alt": "Pupils in a classroom",
            "hero_video": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Illustrative text.</p>"))]),
            "comments": inline_formset([]),
            "related_stories": inline_formset([]),
            "consent_confirmed": "on",
        }
    )
    data.update(overrides)
    return data
