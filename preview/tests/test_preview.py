"""Every page type previews as a reader would see it, in the admin, the workflow and e-mail.

The reading views are Wagtail preview templates: these tests go through the admin's own
preview URLs (edit panel, revision view, workflow preview) as the people who use them.
"""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from coalition.factories import MemberStateFactory
from core.preview import read_token
from editorial.factories import PASSWORD, build_editorial_site
from home.factories import StandardPageFactory
from media_library.factories import ImageFactory
from meetings.factories import (
    DeclarationPageFactory,
    MeetingPageFactory,
    SignatoryFactory,
)
from stories.factories import StoryPageFactory, draft_story, story_form_data
from tests.api.builders import gql

STORY_BODY = [
    {"type": "heading", "value": {"text": "What changed", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Every county library now lends braille books.</p>"},
    {
        "type": "quote",
        "value": {"quote": "Now I read to my children.", "attribution": "A mother in Bodø"},
    },
    {"type": "key_figure", "value": {"figure": "12,000", "label": "braille books lent"}},
]
LIVE_FEED = {
    "title": "Broadcast from the General Assembly Hall",
    "stream_url": "https://media.un.org/live/stream.m3u8",
    "provider": "hls",
    "starts_at": "2018-09-27T13:00:00",
    "ends_at": "2018-09-27T15:00:00",
    "time_zone": "America/New_York",
}
PROGRAMME_ITEM = {
    "starts_at": "2018-09-27T13:15:00",
    "duration_minutes": 20,
    "title": "Norway presents its braille libraries",
    "kind": "story",
    "speakers": [],
    "presenter_notes": "Microphone 3 for the minister.",
}


class PreviewTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        home = cls.site.home
        cls.standard = StandardPageFactory(
            parent=home,
            title="About the initiative",
            body=[{"type": "paragraph", "value": "<p>Founded at UNGA 73.</p>"}],
        )
        cls.site.stories.introduction = "Stories told by member states."
        cls.site.stories.save_revision().publish()
        section = cls.site.norway_section
        section.introduction = "What Norway has achieved."
        section.save_revision().publish()
        cls.story = StoryPageFactory(
            parent=section, title="Braille library for every county", body=STORY_BODY
        )
        cls.meetings = cls.site.meetings
        cls.meetings.introduction = "Where the coalition meets."
        cls.meetings.save_revision().publish()
        cls.meeting = MeetingPageFactory(
            parent=cls.meetings,
            title="Ministerial meeting 2018",
            introduction="Ministers present their stories.",
            livestream=[{"type": "live_feed", "value": LIVE_FEED}],
            programme=[{"type": "item", "value": PROGRAMME_ITEM}],
        )
        cls.declaration = DeclarationPageFactory(parent=home, title="Joint declaration")
        SignatoryFactory(
            declaration=cls.declaration,
            member_state=MemberStateFactory(name="Botswana", code="BW"),
            signatory_name="Dr Unity Dow",
            signed_on=datetime.date(2018, 9, 27),
        )

    def login(self, username="admin"):
        self.client.logout()
        self.assertTrue(self.client.login(username=username, password=PASSWORD))

    def all_pages(self):
        """One page of every page type."""
        return [
            self.site.home,
            self.standard,
            self.site.stories,
            self.site.norway_section,
            self.story,
            self.meetings,
            self.meeting,
            self.declaration,
        ]

    def preview_revision(self, page):
        """The page's latest revision as the admin's revision preview shows it."""
        revision = page.save_revision()
        return self.client.get(
            reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
        )


class ReadingViewTests(PreviewTestCase):
    def setUp(self):
        self.login()

    def assertPreviews(self, page, *texts):
        response = self.preview_revision(page)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en" dir="ltr">')
        self.assertContains(response, page.title)
        for text in texts:
            self.assertContains(response, text)
        return response

    def test_home_page_previews_with_its_introduction(self):
        self.assertPreviews(self.site.home, "Countries sharing what works for human rights.")

    def test_standard_page_previews_with_its_body(self):
        self.assertPreviews(self.standard, "Founded at UNGA 73.")

    def test_story_index_previews_with_its_sections(self):
        self.assertPreviews(self.site.stories, "Stories told by member states.", "Norway")

    def test_member_state_section_previews_with_its_stories(self):
        self.assertPreviews(self.site.norway_section, "What Norway has achieved.", self.story.title)

    def test_story_previews_with_hero_image_and_every_body_block(self):
        response = self.assertPreviews(
            self.story,
            "Every county library now lends braille books.",
            "<h2>What changed</h2>",
            "Now I read to my children.",
            "12,000",
            'alt="People gathered in a community hall"',
        )
        # The hero is an allow-listed rendition, so the preview makes no size the API refuses.
        self.assertContains(response, "width-1600.format-webp")

    def test_meeting_previews_with_live_feed_window_and_running_order(self):
        response = self.assertPreviews(
            self.meeting,
            "Ministers present their stories.",
            "Broadcast from the General Assembly Hall",
            "27 September 2018, 13:00",
            "Broadcast ended",
            "Norway presents its braille libraries",
            "13:15",
        )
        self.assertNotContains(response, "Microphone 3 for the minister.")

    def test_meeting_index_previews_with_its_meetings(self):
        self.assertPreviews(self.meetings, "Where the coalition meets.", self.meeting.title)

    def test_declaration_previews_with_its_text_and_signatories(self):
        self.assertPreviews(
            self.declaration,
            "reassert the universality of human rights",
            "Botswana",
            "Dr Unity Dow",
            "27 September 2018",
        )

    def test_arabic_story_previews_right_to_left(self):
        arabic, _ = Locale.objects.get_or_create(language_code="ar")
        translation = self.story.copy_for_translation(arabic, copy_parents=True)
        translation.title = "مكتبة برايل في كل مقاطعة"
        response = self.preview_revision(translation)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="ar" dir="rtl">')
        self.assertContains(response, "مكتبة برايل في كل مقاطعة")

    def test_new_standard_page_previews_before_it_is_first_saved(self):
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["home", "standardpage", self.site.home.pk]
        )
        data = nested_form_data(
            {
                "title": "Membership criteria",
                "slug": "membership-criteria",
                "introduction": "Who can join.",
                "body": streamfield([("paragraph", rich_text("<p>Any member state.</p>"))]),
            }
        )
        self.assertEqual(
            self.client.post(url, data).json(), {"is_valid": True, "is_available": True}
        )
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Membership criteria")
        self.assertContains(response, "Any member state.")


class EditorAndReviewerPreviewTests(PreviewTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.image = ImageFactory()
        cls.draft = draft_story(cls.site.norway_section, "Sign language in every court")

    def test_editor_previews_a_draft_story_from_the_edit_panel(self):
        self.login("norway-editor")
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.draft.pk])
        data = story_form_data(self.draft, "Sign language in every court", hero_image=self.image.pk)
        response = self.client.post(url, data)
        self.assertEqual(response.json()["is_valid"], True)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Sign language in every court")
        self.assertContains(response, "Illustrative text.")
        self.assertContains(response, "draft")

    def test_reviewer_previews_a_submitted_story_as_the_review_email_links_it(self):
        self.login("norway-editor")
        data = story_form_data(self.draft, "Sign language in every court", hero_image=self.image.pk)
        data["action-submit"] = "action-submit"
        self.client.post(reverse("wagtailadmin_pages:edit", args=[self.draft.pk]), data)
        task = Page.objects.get(pk=self.draft.pk).current_workflow_task

        self.login("reviewer")
        # The review e-mail links to this URL too.
        response = self.client.get(
            reverse("wagtailadmin_pages:workflow_preview", args=[self.draft.pk, task.pk])
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Sign language in every court")
        self.assertContains(response, "Illustrative text.")

    def test_reviewer_opens_the_preview_link_of_the_review_email(self):
        self.login("norway-editor")
        data = story_form_data(self.draft, "Sign language in every court", hero_image=self.image.pk)
        data["action-submit"] = "action-submit"
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("wagtailadmin_pages:edit", args=[self.draft.pk]), data)
        to_reviewer = [message for message in mail.outbox if "reviewer@" in str(message.to)]
        self.assertTrue(to_reviewer, [message.to for message in mail.outbox])
        body = to_reviewer[0].body
        link = re.search(r"preview the page here: http://testserver(/admin/\S+)", body)
        self.assertIsNotNone(link, body)

        self.login("reviewer")
        response = self.client.get(link.group(1))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en" dir="ltr">')
        self.assertContains(response, "Sign language in every court")


class NeverServedToThePublicTests(PreviewTestCase):
    def test_no_page_address_renders_a_reading_view(self):
        """The CMS's own page addresses redirect to the website or are a 404, for readers and
        for logged-in editors alike: the reading views exist inside the admin's preview only."""
        draft = draft_story(self.site.norway_section, "An unpublished story")
        for user in (None, "admin"):
            if user:
                self.login(user)
            for page in [*self.all_pages(), draft]:
                with self.subTest(page=page.title, user=user):
                    response = self.client.get(page.url or f"/en{page.url_path}")
                    self.assertIn(response.status_code, (302, 404))
                    self.assertNotIn(page.title.encode(), response.content)
                    self.assertNotIn(b"preview.css", response.content)
                    if response.status_code == 302:
                        self.assertTrue(response["Location"].startswith("https://stories."))

    def test_anonymous_visitors_cannot_open_admin_previews(self):
        revision = self.story.save_revision()
        for url in (
            reverse("wagtailadmin_pages:revisions_view", args=[self.story.pk, revision.pk]),
            reverse("wagtailadmin_pages:preview_on_edit", args=[self.story.pk]),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/admin/login/", response["Location"])


FRONTEND_PREVIEW_URL = "https://stories.example.org/api/preview?secret=abc"


class FrontendPreviewModeTests(PreviewTestCase):
    def setUp(self):
        self.login()

    def test_without_a_frontend_preview_url_the_reading_view_is_the_only_mode(self):
        for page in self.all_pages():
            self.assertEqual([mode for mode, _label in page.preview_modes], [""])

    @override_settings(FRONTEND_PREVIEW_URL=FRONTEND_PREVIEW_URL)
    def test_every_page_type_offers_the_website_after_the_reading_view(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertEqual(
                    page.preview_modes, [("", "Default"), ("frontend", "On the website")]
                )
                self.assertEqual(page.default_preview_mode, "")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story.pk]))
        self.assertContains(response, "On the website")

    @override_settings(FRONTEND_PREVIEW_URL=FRONTEND_PREVIEW_URL)
    def test_the_website_mode_opens_the_frontend_on_the_unsaved_draft(self):
        image = ImageFactory()
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.story.pk])
        data = story_form_data(self.story, "Braille in every school", hero_image=image.pk)
        self.assertTrue(self.client.post(url, data).json()["is_valid"])
        latest = Page.objects.get(pk=self.story.pk).latest_revision_id

        response = self.client.get(url, {"mode": "frontend"})

        self.assertEqual(response.status_code, 302)
        self.assertIn("private", response["Cache-Control"])
        self.assertIn("no-store", response["Cache-Control"])
        address = urlsplit(response["Location"])
        self.assertEqual(
            f"{address.scheme}://{address.netloc}{address.path}",
            "https://stories.example.org/api/preview",
        )
        query = parse_qs(address.query)
        self.assertEqual(query["secret"], ["abc"])
        page_id, revision_id = read_token(query["token"][0])
        self.assertEqual(page_id, self.story.pk)
        # The editor's draft and history are untouched: the preview has a revision of its own.
        self.assertEqual(Page.objects.get(pk=self.story.pk).latest_revision_id, latest)
        self.assertNotEqual(revision_id, latest)
        status, body = gql(
            "query ($token: String!) { preview(token: $token) { title } }",
            {"token": query["token"][0]},
        )
        self.assertEqual(body["data"]["preview"]["title"], "Braille in every school")

    @override_settings(FRONTEND_PREVIEW_URL=FRONTEND_PREVIEW_URL)
    def test_a_page_not_yet_saved_asks_for_a_draft_first(self):
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["home", "standardpage", self.site.home.pk]
        )
        data = nested_form_data(
            {
                "title": "Membership criteria",
                "slug": "membership-criteria",
                "introduction": "Who can join.",
                "body": streamfield([("paragraph", rich_text("<p>Any member state.</p>"))]),
            }
        )
        self.client.post(url, data)
        response = self.client.get(url, {"mode": "frontend"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Save a draft first")
