"""Meetings, their running order and live feed, and the declaration with its signatories."""

import datetime
import json
import zoneinfo

from django.test import SimpleTestCase, TestCase
from django.utils import timezone

from coalition.factories import MemberStateFactory
from core.blocks import LiveFeedStatus, live_feed_status
from media_library.factories import DocumentFactory, HostedVideoFactory
from meetings.factories import MeetingPageFactory, SignatoryFactory
from meetings.models import MeetingPage
from tests.api.builders import (
    build_content,
    data_of,
    locale,
    publish,
    translate,
    translate_snippet,
)

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")


def wall_clock(moment, zone=ZURICH):
    """An aware moment as the naive venue-clock text a block stores."""
    return timezone.localtime(moment, zone).replace(tzinfo=None).isoformat()


def feed(starts_at, ends_at, **extra):
    return {
        "type": "live_feed",
        "value": {
            "title": "Live from Geneva",
            "stream_url": "https://example.org/live/stream.m3u8",
            "provider": "hls",
            "starts_at": wall_clock(starts_at),
            "ends_at": wall_clock(ends_at),
            "time_zone": "Europe/Zurich",
            **extra,
        },
    }


class LiveFeedStatusTests(SimpleTestCase):
    """The status function next to ``live_feed_window`` in core.blocks."""

    value = {
        "starts_at": datetime.datetime(2030, 9, 27, 10, 0),
        "ends_at": datetime.datetime(2030, 9, 27, 12, 0),
        "time_zone": "Europe/Zurich",
    }

    def test_status_follows_the_window_in_the_feeds_time_zone(self):
        # 10:00 in Zurich in September is 08:00 UTC.
        cases = {
            datetime.datetime(2030, 9, 27, 7, 59, tzinfo=datetime.UTC): LiveFeedStatus.SCHEDULED,
            datetime.datetime(2030, 9, 27, 8, 0, tzinfo=datetime.UTC): LiveFeedStatus.LIVE,
            datetime.datetime(2030, 9, 27, 9, 59, tzinfo=datetime.UTC): LiveFeedStatus.LIVE,
            datetime.datetime(2030, 9, 27, 10, 0, tzinfo=datetime.UTC): LiveFeedStatus.ENDED,
        }
        for moment, expected in cases.items():
            with self.subTest(moment=moment):
                self.assertEqual(live_feed_status(self.value, moment), expected)


class MeetingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        now = timezone.now()
        meetings = content.site.meetings
        hour = datetime.timedelta(hours=1)
        cls.video = HostedVideoFactory(title="Recording")
        cls.live = MeetingPageFactory(
            parent=meetings,
            title="Geneva meeting",
            slug="geneva",
            kind=MeetingPage.Kind.SIDE_EVENT,
            starts_at=now - hour,
            ends_at=now + hour,
            time_zone="Europe/Zurich",
            livestream=[feed(now - hour, now + hour, fallback_video=cls.video.pk)],
        )
        cls.upcoming = MeetingPageFactory(
            parent=meetings,
            title="Next meeting",
            slug="next",
            starts_at=now + 48 * hour,
            ends_at=now + 50 * hour,
            livestream=[feed(now + 48 * hour, now + 50 * hour)],
        )
        cls.report = DocumentFactory(title="Chair's summary")
        content.meeting.outcome_documents = [
            {"type": "document", "value": {"document": cls.report.pk, "title": ""}}
        ]
        content.meeting.livestream = [feed(now - 48 * hour, now - 46 * hour)]
        content.meeting.co_chairs.set([content.norway, content.uruguay])
        publish(content.meeting)

    def meetings(self, arguments=""):
        query = (
            f'{{ meetings(locale: "en" {arguments}) {{ totalCount nodes {{ title status }} }} }}'
        )
        return data_of(query)["meetings"]

    def test_status_is_worked_out_at_request_time(self):
        self.assertEqual(
            self.meetings()["nodes"],
            [
                {"title": "Next meeting", "status": "UPCOMING"},
                {"title": "Geneva meeting", "status": "LIVE"},
                {"title": "Launch of the initiative", "status": "ENDED"},
            ],
        )

    def test_filters_by_status_and_kind_and_orders(self):
        for status, title in (
            ("UPCOMING", "Next meeting"),
            ("LIVE", "Geneva meeting"),
            ("ENDED", "Launch of the initiative"),
        ):
            with self.subTest(status=status):
                nodes = self.meetings(f", status: {status}")["nodes"]
                self.assertEqual([node["title"] for node in nodes], [title])
        self.assertEqual(self.meetings(", kind: SIDE_EVENT")["totalCount"], 1)
        earliest = self.meetings(", orderBy: EARLIEST_FIRST")["nodes"]
        self.assertEqual(earliest[0]["title"], "Launch of the initiative")

    def test_meeting_fields_use_the_venue_time_zone(self):
        meeting = data_of(
            """{ meeting(locale: "en", slug: "launch") {
                kind startsAt endsAt timeZone city venue sessionReference
                coChairs { code } outcomeDocuments { title document { title url } }
                declaration { title } } }"""
        )["meeting"]
        self.assertEqual(meeting["startsAt"], "2018-09-27T13:00:00-04:00")
        self.assertEqual(meeting["endsAt"], "2018-09-27T15:00:00-04:00")
        self.assertEqual(meeting["timeZone"], "America/New_York")
        self.assertEqual(meeting["sessionReference"], "UNGA 73")
        self.assertEqual([state["code"] for state in meeting["coChairs"]], ["NO", "UY"])
        document = meeting["outcomeDocuments"][0]
        self.assertEqual(document["title"], "Chair's summary")
        self.assertTrue(document["document"]["url"].startswith("http://testserver/documents/"))
        self.assertEqual(meeting["declaration"], {"title": "Joint declaration"})

    def test_programme_items_with_speakers_story_and_times(self):
        meeting = data_of(
            """{ meeting(locale: "en", slug: "launch") { programme {
                id title kind startsAt endsAt durationMinutes
                speakers { name memberState { code } } memberState { code }
                story { title urlPath } media { id } } } }"""
        )["meeting"]
        (item,) = meeting["programme"]
        self.assertEqual(item["kind"], "STORY")
        self.assertEqual(item["startsAt"], "2018-09-27T13:10:00-04:00")
        self.assertEqual(item["endsAt"], "2018-09-27T13:30:00-04:00")
        self.assertEqual(item["speakers"], [{"name": "Ine Eriksen", "memberState": {"code": "NO"}}])
        self.assertEqual(item["story"]["urlPath"], "/en/stories/no/girls-back-in-school/")
        self.assertIsNone(item["media"])

    def test_presenter_notes_are_never_exposed(self):
        query = """{ meetings(locale: "en") { nodes { programme { __typename id title kind
            startsAt speakers { name role } story { title body { id } } } } } }"""
        response = json.dumps(data_of(query))
        self.assertNotIn("Secret staff note", response)
        self.assertNotIn("microphone", response)

    def test_live_feeds_report_their_status_and_recording(self):
        data = data_of(
            """{ live: meeting(locale: "en", slug: "geneva") { livestream {
                  title url provider startsAt timeZone status embedHtml
                  fallbackVideo { provider title sources { mimeType } } } }
               next: meeting(locale: "en", slug: "next") { livestream { status } }
               past: meeting(locale: "en", slug: "launch") { livestream { status } } }"""
        )
        live = data["live"]["livestream"]
        self.assertEqual(live["status"], "LIVE")
        self.assertEqual(live["provider"], "HLS")
        self.assertIsNone(live["embedHtml"])
        self.assertEqual(live["timeZone"], "Europe/Zurich")
        self.assertRegex(live["startsAt"], r"\+0[12]:00$")
        self.assertEqual(
            live["fallbackVideo"],
            {"provider": "HOSTED", "title": "Recording", "sources": [{"mimeType": "video/mp4"}]},
        )
        self.assertEqual(data["next"]["livestream"]["status"], "SCHEDULED")
        self.assertEqual(data["past"]["livestream"]["status"], "ENDED")


class MeetingLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        translate(site.home, "fr", title="Accueil")
        translate(site.meetings, "fr", title="Réunions", slug="reunions")
        cls.meeting_fr = translate(content.meeting, "fr", title="Lancement", slug="lancement")
        translate_snippet(content.minister, "fr", name="Ine Eriksen", role="Ministre")

    def test_programme_relations_in_the_requested_language(self):
        query = """query ($fallback: Boolean!) {
          meeting(locale: "fr", slug: "lancement", fallback: $fallback) {
            programme { speakers { role } story { title isFallback } } } }"""
        item = data_of(query, {"fallback": False})["meeting"]["programme"][0]
        self.assertEqual(item["speakers"], [{"role": "Ministre"}])
        self.assertIsNone(item["story"])
        item = data_of(query, {"fallback": True})["meeting"]["programme"][0]
        self.assertEqual(item["story"], {"title": "Girls back in school", "isFallback": True})


class DeclarationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        cls.pdf_en = DocumentFactory(title="Declaration (English)")
        cls.pdf_fr = DocumentFactory(title="Déclaration (français)")
        content.declaration.pdf = cls.pdf_en
        publish(content.declaration)
        translate(site.home, "fr", title="Accueil")
        cls.declaration_fr = translate(
            content.declaration,
            "fr",
            title="Déclaration commune",
            slug="declaration-fr",
            pdf=cls.pdf_fr,
        )
        SignatoryFactory(
            declaration=content.declaration,
            member_state=MemberStateFactory(code="CL", name="Chile", locale=locale("es")),
            signed_on=datetime.date(2020, 1, 1),
        )

    def test_signatories_are_ordered_by_date(self):
        declaration = data_of(
            """{ declaration(locale: "en", slug: "declaration") { signatoryCount
                signatories { memberState { code isFallback } signedOn level signatoryName } } }"""
        )["declaration"]
        self.assertEqual(declaration["signatoryCount"], 3)
        self.assertEqual(
            [row["signedOn"] for row in declaration["signatories"]],
            ["2018-09-27", "2019-01-10", "2020-01-01"],
        )
        self.assertEqual(
            [row["memberState"] for row in declaration["signatories"]],
            [
                {"code": "NO", "isFallback": False},
                {"code": "UY", "isFallback": False},
                {"code": "CL", "isFallback": True},  # exists only in Spanish
            ],
        )

    def test_the_pdf_is_the_requested_languages(self):
        query = '{ declaration(locale: "%s", id: "%s") { title status pdf { title url } } }'
        english = data_of(query % ("en", self.content.declaration.pk))["declaration"]
        french = data_of(query % ("fr", self.content.declaration.pk))["declaration"]
        self.assertEqual(english["pdf"]["title"], "Declaration (English)")
        self.assertEqual(french["title"], "Déclaration commune")
        self.assertEqual(french["pdf"]["title"], "Déclaration (français)")
        self.assertEqual(french["status"], "OPEN")

    def test_adopted_at_is_the_same_language_meeting_or_null(self):
        data = data_of(
            '{ en: declaration(locale: "en", slug: "declaration") { adoptedAt { title } } '
            'fr: declaration(locale: "fr", slug: "declaration-fr") { adoptedAt { title } } '
            'all: declarations(locale: "fr") { title } }'
        )
        self.assertEqual(data["en"]["adoptedAt"], {"title": "Launch of the initiative"})
        self.assertIsNone(data["fr"]["adoptedAt"])  # the meeting has no French version
        self.assertEqual(data["all"], [{"title": "Déclaration commune"}])


class CurrentDeclarationTests(TestCase):
    """The declaration is found without its slug in each language."""

    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()

    def test_without_slug_or_id_the_current_declaration_is_returned(self):
        declaration = data_of('{ declaration(locale: "en") { id title } }')["declaration"]
        self.assertEqual(declaration["id"], str(self.content.declaration.pk))

    def test_without_a_published_declaration_in_the_language_it_is_null_or_the_fallback(self):
        self.assertIsNone(data_of('{ declaration(locale: "ar") { id } }')["declaration"])
        declaration = data_of(
            '{ declaration(locale: "ar", fallback: true) { isFallback locale { code } } }'
        )["declaration"]
        self.assertEqual(declaration, {"isFallback": True, "locale": {"code": "en"}})
