"""The named orders of stories, as every list of stories (root list, country sections,
a member state's latest stories) uses them."""

import datetime

import pytest
from django.test import TestCase

from coalition.factories import MemberStateFactory
from home.factories import build_site_tree
from stories.factories import (
    MemberStateStoriesPageFactory,
    StoryPageFactory,
)
from stories.models import StoryPage, StoryPageQuerySet


class StoryOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = build_site_tree().stories
        norway = MemberStateStoriesPageFactory(
            parent=index, member_state=MemberStateFactory(name="Norway", code="NO")
        )
        uruguay = MemberStateStoriesPageFactory(
            parent=index, member_state=MemberStateFactory(name="Uruguay", code="UY")
        )

        def story(section, title, day):
            date = datetime.date(2020, 1, day) if day else None
            return StoryPageFactory(parent=section, title=title, story_date=date)

        cls.undated = story(norway, "Attic archives", None)
        cls.old = story(norway, "Bridges", 1)
        cls.recent = story(norway, "Courts", 20)
        cls.middle = story(uruguay, "Dunes", 10)

    def titles(self, queryset):
        return [page.title for page in queryset]

    def test_newest_puts_the_latest_story_date_first_and_undated_stories_last(self):
        self.assertEqual(
            self.titles(StoryPage.objects.newest()),
            ["Courts", "Dunes", "Bridges", "Attic archives"],
        )

    def test_oldest_puts_the_earliest_story_date_first_and_undated_stories_last(self):
        self.assertEqual(
            self.titles(StoryPage.objects.ordered("oldest")),
            ["Bridges", "Dunes", "Courts", "Attic archives"],
        )

    def test_title_orders_a_to_z(self):
        self.assertEqual(
            self.titles(StoryPage.objects.ordered("title")),
            ["Attic archives", "Bridges", "Courts", "Dunes"],
        )

    def test_recently_published_puts_the_last_published_story_first(self):
        old = StoryPage.objects.get(pk=self.old.pk)
        old.last_published_at = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
        old.save()
        self.assertEqual(self.titles(StoryPage.objects.ordered("recently_published"))[0], "Bridges")

    def test_newest_per_member_state_keeps_each_countrys_latest_stories(self):
        self.assertEqual(
            self.titles(StoryPage.objects.newest_per_member_state(2)),
            ["Courts", "Dunes", "Bridges"],
        )

    def test_orders_survive_further_filtering(self):
        queryset = StoryPage.objects.filter(member_state__code="NO").ordered("title")
        self.assertEqual(self.titles(queryset), ["Attic archives", "Bridges", "Courts"])


def test_an_unknown_order_names_the_orders_there_are():
    with pytest.raises(ValueError, match="newest, oldest, title, recently_published"):
        StoryPageQuerySet.ordering("popular")

    def test_saving_keeps_the_sort_columns_in_step_with_the_page(self):
        story = StoryPage.objects.get(pk=self.old.pk)
        story.title = "Zeppelins"
        story.story_date = None
        story.save(update_fields=["title", "draft_title", "story_date"])
        story.refresh_from_db()
        self.assertEqual(story.sort_title, "Zeppelins")
        self.assertEqual(story.sort_date_newest, datetime.date.min)
        self.assertEqual(story.sort_date_oldest, datetime.date.max)
        self.assertEqual(story.sort_published_at, story.first_published_at)
        self.assertEqual(self.titles(StoryPage.objects.ordered("title"))[-1], "Zeppelins")
