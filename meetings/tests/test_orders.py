"""The named orders of meetings and the status filter, as the ``meetings`` list uses them."""

import datetime

import pytest
from django.test import TestCase

from home.factories import build_site_tree
from meetings.factories import MeetingPageFactory
from meetings.models import MeetingPage, MeetingStatus

UTC = datetime.UTC
NOW = datetime.datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


class MeetingQuerySetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = build_site_tree().meetings

        def meeting(title, starts_at, hours=2):
            return MeetingPageFactory(
                parent=index,
                title=title,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=hours),
            )

        meeting("Ended", NOW - datetime.timedelta(days=30))
        meeting("Live", NOW - datetime.timedelta(hours=1))
        meeting("Upcoming", NOW + datetime.timedelta(days=30))

    def titles(self, queryset):
        return [page.title for page in queryset]

    def test_latest_first_puts_the_latest_start_first(self):
        self.assertEqual(
            self.titles(MeetingPage.objects.ordered("latest_first")), ["Upcoming", "Live", "Ended"]
        )

    def test_earliest_first_puts_the_earliest_start_first(self):
        self.assertEqual(
            self.titles(MeetingPage.objects.ordered("earliest_first")),
            ["Ended", "Live", "Upcoming"],
        )

    def test_each_status_finds_the_meetings_that_status_at_says_have_it(self):
        for status in MeetingStatus:
            with self.subTest(status=status):
                found = MeetingPage.objects.with_status(status, NOW)
                self.assertEqual(self.titles(found), [status.label])
                self.assertEqual(found.get().status_at(NOW), status)


def test_an_unknown_order_names_the_orders_there_are():
    with pytest.raises(ValueError, match="latest_first, earliest_first"):
        MeetingPage.objects.ordered("alphabetical")
