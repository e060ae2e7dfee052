"""Keyset cursors: a cursor is a position in one order, stable while the list changes."""

import base64
import datetime
import json

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from coalition.factories import MemberStateFactory
from stories.factories import MemberStateStoriesPageFactory
from stories.models import StoryPage
from tests.api.builders import data_of, gql, make_site, make_story

PAGE = """query ($after: String, $first: Int, $order: StoryOrder) {
  stories(locale: "en", first: $first, after: $after, orderBy: $order) {
    totalCount nodes { slug }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""


def page(after=None, first=3, order="NEWEST"):
    return data_of(PAGE, {"after": after, "first": first, "order": order})["stories"]


def slugs(connection_):
    return [node["slug"] for node in connection_["nodes"]]


def walk(first=3, order="NEWEST", between_pages=None):
    """Every slug, page after page; ``between_pages(number)`` may change the content."""
    seen, after, number = [], None, 0
    while True:
        current = page(after, first, order)
        seen.extend(slugs(current))
        if not current["pageInfo"]["hasNextPage"]:
            return seen
        after = current["pageInfo"]["endCursor"]
        number += 1
        if between_pages:
            between_pages(number)


def cursor_error(after, order="NEWEST"):
    status, body = gql(PAGE, {"after": after, "first": 3, "order": order})
    assert status == 200, body
    return body["errors"][0]


def encoded(text):
    return base64.urlsafe_b64encode(text.encode()).decode()


class KeysetCursorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = make_site()
        cls.section = MemberStateStoriesPageFactory(
            parent=site.stories, member_state=MemberStateFactory(code="UY", name="Uruguay")
        )
        start = datetime.date(2020, 1, 1)
        cls.stories = [
            make_story(
                cls.section,
                title=f"Story {number:02d}",
                slug=f"story-{number:02d}",
                # Pairs of stories share a date: the order must still be total.
                story_date=start + datetime.timedelta(days=number // 2),
            )
            for number in range(10)
        ]
        cls.undated = make_story(cls.section, title="Undated", slug="undated", story_date=None)

    def test_pages_walk_the_whole_list_once_in_every_order(self):
        for order in ("NEWEST", "OLDEST", "TITLE", "RECENTLY_PUBLISHED"):
            with self.subTest(order=order):
                everything = slugs(page(first=100, order=order))
                self.assertEqual(len(everything), 11)
                self.assertEqual(walk(order=order), everything)

    def test_undated_stories_come_last_in_both_date_orders(self):
        self.assertEqual(walk(order="NEWEST")[-1], "undated")
        self.assertEqual(walk(order="OLDEST")[-1], "undated")
        self.assertEqual(walk(order="NEWEST")[0], "story-09")
        self.assertEqual(walk(order="OLDEST")[0], "story-00")

    def test_a_story_published_meanwhile_at_the_top_neither_repeats_nor_skips_an_item(self):
        before = walk()

        def publish_newer(number):
            if number == 1:
                make_story(
                    self.section,
                    title="Breaking",
                    slug="breaking",
                    story_date=datetime.date(2030, 1, 1),
                )

        during = walk(between_pages=publish_newer)
        # An offset would have shown story-07 again on the second page.
        self.assertEqual(during, before)

    def test_a_story_removed_meanwhile_pushes_nothing_off_the_page_boundary(self):
        before = walk()

        def unpublish_seen(number):
            if number == 1:
                StoryPage.objects.get(slug="story-09").unpublish()

        during = walk(between_pages=unpublish_seen)
        # An offset would have skipped story-06, the first item of the second page.
        self.assertEqual(during, before)

    def test_a_late_page_costs_the_same_queries_as_the_first(self):
        first = page(first=2)
        after = first["pageInfo"]["endCursor"]
        for _ in range(3):
            after = page(after, first=2)["pageInfo"]["endCursor"]
        with CaptureQueriesContext(connection) as at_start:
            page(first=2)
        with CaptureQueriesContext(connection) as later:
            page(after, first=2)
        self.assertEqual(len(later), len(at_start))

    def test_first_zero_says_truthfully_whether_items_follow(self):
        self.assertEqual(page(first=0)["pageInfo"]["hasNextPage"], True)
        self.assertEqual(page(first=0)["totalCount"], 11)
        last = page(first=11)["pageInfo"]["endCursor"]
        self.assertEqual(page(last, first=0)["pageInfo"]["hasNextPage"], False)
        self.assertEqual(page(last, first=0)["pageInfo"]["hasPreviousPage"], True)

    def test_offset_cursors_of_earlier_releases_are_refused_with_what_to_do(self):
        error = cursor_error(encoded("v1:2"))
        self.assertEqual(error["extensions"]["code"], "INVALID_CURSOR")
        self.assertIn("start again from the first page", error["message"])

    def test_a_cursor_of_another_order_is_refused_naming_this_lists_order(self):
        after = page(order="TITLE")["pageInfo"]["endCursor"]
        error = cursor_error(after, order="NEWEST")
        self.assertEqual(error["extensions"]["code"], "INVALID_CURSOR")
        self.assertIn("`NEWEST` order", error["message"])

    def test_malformed_and_out_of_range_cursors_are_invalid_not_internal_errors(self):
        valid = json.loads(base64.urlsafe_b64decode(page()["pageInfo"]["endCursor"])[3:])
        order, date, published, pk = valid
        for text in (
            "v2:",
            "v2:{}",
            "v2:[]",
            'v2:"newest"',
            f'v2:["newest","{date}","{published}"]',
            f'v2:["newest","{date}","{published}",{2**63}]',
            f'v2:["newest","{date}","{published}",-{2**63 + 1}]',
            f'v2:["newest","{date}","{published}",1.5]',
            f'v2:["newest","{date}","{published}","{pk}"]',
            f'v2:["newest","not a date","{published}",{pk}]',
            f'v2:["newest","{date}",12,{pk}]',
            f'v2:["newest",null,"{published}",{pk}]',
            f'v2:["newest","{"9" * 41}","{published}",{pk}]',
        ):
            with self.subTest(text=text[:60]):
                error = cursor_error(encoded(text))
                self.assertEqual(error["extensions"]["code"], "INVALID_CURSOR")
                self.assertIn("leave `after` out", error["message"])
        self.assertEqual(order, "newest")

    def test_a_cursor_at_the_largest_64_bit_id_is_valid_and_ends_the_list(self):
        current = json.loads(base64.urlsafe_b64decode(page()["pageInfo"]["endCursor"])[3:])
        current[-1] = 2**63 - 1
        after = encoded("v2:" + json.dumps(current))
        self.assertEqual(page(after)["pageInfo"]["hasPreviousPage"], True)
