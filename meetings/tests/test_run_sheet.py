"""Event staff run a meeting from its running order: timing checks, reflowing, the run sheet."""

import datetime

from django.test import TestCase
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site
from meetings.blocks import ProgrammeBlock
from meetings.factories import MeetingPageFactory
from meetings.models import MeetingIndexPage, MeetingPage
from meetings.programme import TimingIssue, close_up, reschedule, schedule
from meetings.tests.test_validation import meeting_form_data, programme_item
from stories.factories import StoryPageFactory

T = datetime.datetime


def programme(*items):
    """A running order from (start, minutes, title) triples, with stable block ids."""
    return StreamValue(
        ProgrammeBlock(),
        [
            (
                "item",
                {"starts_at": start, "duration_minutes": minutes, "title": title, "kind": "story"},
                f"item-{position}",
            )
            for position, (start, minutes, title) in enumerate(items, start=1)
        ],
    )


def starts(stream):
    return [child.value["starts_at"].strftime("%H:%M") for child in stream]


class TimingTests(TestCase):
    def test_overlaps_and_gaps_are_flagged_against_the_previous_item(self):
        items = schedule(
            programme(
                (T(2018, 9, 27, 10, 0), 30, "Opening"),
                (T(2018, 9, 27, 10, 25), 20, "Norway"),  # starts 5 minutes early
                (T(2018, 9, 27, 11, 0), 10, "Uruguay"),  # 15 minutes after Norway ends
                (T(2018, 9, 27, 11, 10), 10, "Closing"),
            )
        )
        self.assertIsNone(items[0].issue)
        self.assertEqual(items[1].issue, TimingIssue(TimingIssue.OVERLAP, 5))
        self.assertEqual(items[2].issue, TimingIssue(TimingIssue.GAP, 15))
        self.assertIsNone(items[3].issue)
        self.assertIn("5 minutes before", items[1].issue.message)
        self.assertIn("gap of 15 minutes", items[2].issue.message)

    def test_lengthening_an_item_moves_every_later_item_and_keeps_their_gaps(self):
        stream = programme(
            (T(2018, 9, 27, 10, 0), 30, "Opening"),
            (T(2018, 9, 27, 10, 30), 20, "Norway"),
            (T(2018, 9, 27, 11, 0), 10, "Uruguay"),
        )
        moved = reschedule(stream, "item-1", T(2018, 9, 27, 10, 0), 45)
        self.assertEqual(starts(stream), ["10:00", "10:45", "11:15"])
        self.assertEqual(moved, 2)

    def test_moving_an_item_earlier_pulls_later_items_with_it(self):
        stream = programme(
            (T(2018, 9, 27, 10, 0), 30, "Opening"),
            (T(2018, 9, 27, 10, 30), 20, "Norway"),
            (T(2018, 9, 27, 10, 50), 10, "Uruguay"),
        )
        reschedule(stream, "item-2", T(2018, 9, 27, 10, 20), 20)
        self.assertEqual(starts(stream), ["10:00", "10:20", "10:40"])

    def test_an_item_can_move_alone(self):
        stream = programme((T(2018, 9, 27, 10, 0), 30, "A"), (T(2018, 9, 27, 10, 30), 20, "B"))
        moved = reschedule(stream, "item-1", T(2018, 9, 27, 9, 50), 30, move_later=False)
        self.assertEqual(moved, 1)
        self.assertEqual(starts(stream), ["09:50", "10:30"])

    def test_an_unknown_item_is_a_lookup_error(self):
        with self.assertRaises(LookupError):
            reschedule(programme((T(2018, 9, 27, 10, 0), 30, "A")), "gone", T(2018, 9, 27), 5)

    def test_close_up_starts_each_item_when_the_previous_one_ends(self):
        stream = programme(
            (T(2018, 9, 27, 10, 0), 30, "Opening"),
            (T(2018, 9, 27, 10, 10), 20, "Dragged up from the end"),
            (T(2018, 9, 27, 11, 0), 10, "Uruguay"),
        )
        self.assertEqual(close_up(stream), 2)
        self.assertEqual(starts(stream), ["10:00", "10:30", "10:50"])


class EventStaffTests(WagtailTestUtils, TestCase):
    """The Event staff group runs meetings and nothing else."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.meeting = MeetingPageFactory(
            parent=cls.site.meetings,
            title="Launch event",
            programme=[
                (
                    "item",
                    {
                        "starts_at": T(2018, 9, 27, 13, 0),
                        "duration_minutes": 30,
                        "title": "Opening",
                        "kind": "opening",
                        "presenter_notes": "Wait for the Secretary-General.",
                    },
                ),
                (
                    "item",
                    {
                        "starts_at": T(2018, 9, 27, 13, 30),
                        "duration_minutes": 20,
                        "title": "Norway presents",
                        "kind": "story",
                        "member_state": cls.site.norway,
                    },
                ),
                (
                    "item",
                    {
                        "starts_at": T(2018, 9, 27, 13, 50),
                        "duration_minutes": 20,
                        "title": "Uruguay presents",
                        "kind": "story",
                    },
                ),
            ],
        )
        cls.meeting.save_revision().publish()
        cls.story = StoryPageFactory(parent=cls.site.norway_section, title="A Norwegian story")

    def login_as(self, user):
        self.client.login(username=user.username, password=PASSWORD)

    def run_sheet_url(self, page=None):
        return reverse("meetings_run_sheet", args=[(page or self.meeting).pk])

    def item_time_url(self, position):
        block_id = list(MeetingPage.objects.get(pk=self.meeting.pk).programme)[position].id
        return reverse("meetings_run_sheet_item_time", args=[self.meeting.pk, block_id])

    def test_event_staff_edit_meetings_but_not_stories(self):
        self.login_as(self.site.organiser)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.meeting.pk]))
        self.assertEqual(edit.status_code, 200)
        story = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story.pk]))
        self.assertNotEqual(story.status_code, 200)

    def test_a_new_language_meetings_section_is_opened_to_event_staff(self):
        # The French home page exists already: the French story sections were copied with it.
        french_meetings = self.site.meetings.copy_for_translation(
            self.site.norway_section_fr.locale
        )
        self.assertIsInstance(french_meetings, MeetingIndexPage)
        self.assertTrue(french_meetings.permissions_for_user(self.site.organiser).can_add_subpage())

    def test_the_run_sheet_lists_times_countries_and_presenter_notes(self):
        self.login_as(self.site.organiser)
        response = self.client.get(self.run_sheet_url())
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        expected = ("13:00", "13:30", "13:50", "Norway presents", "Wait for the Secretary-General.")
        for text in expected:
            self.assertIn(text, html)
        self.assertIn("window.print()", html)
        self.assertNotIn("data-run-sheet-issues", html)

    def test_country_editors_cannot_open_a_run_sheet(self):
        self.login_as(self.site.norway_editor)
        for url in (self.run_sheet_url(), self.item_time_url(0)):
            response = self.client.get(url)
            # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
            self.assertRedirects(response, reverse("wagtailadmin_home"))
            self.assertNotIn("Wait for the Secretary-General", response.content.decode())

    def test_changing_an_item_time_moves_later_items_and_publishes(self):
        self.login_as(self.site.organiser)
        response = self.client.post(
            self.item_time_url(0),
            {"starts_at": "2018-09-27T13:00", "duration_minutes": "40", "move_later": "on"},
        )
        self.assertRedirects(response, self.run_sheet_url())
        live = MeetingPage.objects.get(pk=self.meeting.pk)
        self.assertEqual(starts(live.programme), ["13:00", "13:40", "14:00"])
        self.assertFalse(live.has_unpublished_changes)
        messages = [str(message) for message in response.wsgi_request._messages]
        self.assertIn("Saved and published: 2 items start at a new time.", messages)

    def test_a_meeting_with_someone_elses_draft_is_changed_as_a_draft(self):
        draft = MeetingPage.objects.get(pk=self.meeting.pk)
        draft.introduction = "Unfinished introduction"
        draft.save_revision(user=self.site.reviewer)
        self.login_as(self.site.organiser)
        self.client.post(
            self.item_time_url(1),
            {"starts_at": "2018-09-27T13:35", "duration_minutes": "20", "move_later": "on"},
        )
        live = MeetingPage.objects.get(pk=self.meeting.pk)
        self.assertEqual(starts(live.programme), ["13:00", "13:30", "13:50"], "nothing published")
        latest = live.get_latest_revision_as_object()
        self.assertEqual(starts(latest.programme), ["13:00", "13:35", "13:55"])
        self.assertEqual(latest.introduction, "Unfinished introduction", "the draft is kept")

    def test_a_time_outside_the_meeting_is_refused_and_nothing_is_saved(self):
        self.login_as(self.site.organiser)
        revisions = self.meeting.revisions.count()
        response = self.client.post(
            self.item_time_url(2),
            {"starts_at": "2018-09-27T14:50", "duration_minutes": "30", "move_later": "on"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("“Uruguay presents”", " ".join(response.context["form"].non_field_errors()))
        self.assertEqual(self.meeting.revisions.count(), revisions)

    def test_an_item_that_no_longer_exists_is_not_found(self):
        self.login_as(self.site.organiser)
        url = reverse("meetings_run_sheet_item_time", args=[self.meeting.pk, "no-such-item"])
        # LocaleMiddleware first tries the language-prefixed address of a 404, which 404s too.
        response = self.client.get(url, follow=True)
        self.assertEqual(response.status_code, 404)

    def test_the_editor_flags_overlaps_and_offers_to_close_up(self):
        overlapping = MeetingPage.objects.get(pk=self.meeting.pk)
        list(overlapping.programme)[1].value["starts_at"] = T(2018, 9, 27, 13, 20)
        overlapping.save_revision()
        self.login_as(self.site.organiser)
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.meeting.pk])).content
        html = html.decode()
        self.assertIn('data-timing-issue="overlap"', html)
        self.assertIn("Starts 10 minutes before the previous item ends.", html)
        self.assertIn("close_up_programme", html)
        self.assertIn("{starts_at} \\u00b7 {kind} \\u00b7 {title} \\u00b7 {member_state}", html)
        self.assertIn(self.run_sheet_url(), html, "the run sheet is one click away")


class CloseUpFormTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_editorial_site().meetings

    def test_ticking_close_up_reflows_the_saved_running_order(self):
        self.login()
        data = meeting_form_data(
            "Reflowed meeting",
            "2019-02-13 13:00",
            "2019-02-13 15:00",
            [
                programme_item("2019-02-13 13:00", 30, "Opening"),
                programme_item("2019-02-13 14:00", 20, "Moved up"),
                programme_item("2019-02-13 13:30", 10, "Closing"),
            ],
        )
        data["close_up_programme"] = "on"
        url = reverse("wagtailadmin_pages:add", args=["meetings", "meetingpage", self.index.pk])
        self.client.post(url, data)
        meeting = MeetingPage.objects.get(slug="reflowed-meeting")
        self.assertEqual(starts(meeting.programme), ["13:00", "13:30", "13:50"])
