"""The “Consent needs review” report and its dashboard count."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site, make_user
from stories.consent import describe_consent
from stories.factories import StoryPageFactory, draft_story


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class ConsentReviewReportTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        norway, uruguay = cls.site.norway_section, cls.site.uruguay_section
        cls.expired_live = StoryPageFactory(
            parent=norway, title="Expired live story", consent_expires_on=days_from_today(-3)
        )
        cls.expired_draft = draft_story(
            norway, "Expired draft story", consent_expires_on=days_from_today(-40)
        )
        cls.expiring_live = StoryPageFactory(
            parent=norway, title="Soon expiring story", consent_expires_on=days_from_today(12)
        )
        cls.expiring_draft = draft_story(
            norway, "Soon expiring draft", consent_expires_on=days_from_today(12)
        )
        cls.far_future = StoryPageFactory(
            parent=norway, title="Consent for years", consent_expires_on=days_from_today(400)
        )
        cls.expires_today = StoryPageFactory(
            parent=norway, title="Consent ends today", consent_expires_on=days_from_today(0)
        )
        cls.no_expiry = StoryPageFactory(parent=norway, title="Consent without end")
        cls.uruguay_expired = draft_story(
            uruguay, "Uruguayan expired draft", consent_expires_on=days_from_today(-1)
        )

    def get_report(self, username, **params):
        self.client.login(username=username, password=PASSWORD)
        response = self.client.get(reverse("stories_consent_review"), params)
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, response):
        return {story.title for story in response.context["object_list"]}

    def test_editor_sees_expired_stories_and_live_ones_expiring_within_30_days(self):
        response = self.get_report("norway-editor")
        self.assertEqual(
            self.titles(response),
            {
                "Expired live story",
                "Expired draft story",
                "Soon expiring story",
                "Consent ends today",
            },
        )
        self.assertContains(response, "Ended 3 days ago")
        self.assertContains(response, "Ends in 12 days")
        self.assertContains(response, "Ends today")

    def test_editor_sees_only_their_own_countrys_stories(self):
        self.assertNotIn("Uruguayan expired draft", self.titles(self.get_report("norway-editor")))
        self.assertEqual(
            self.titles(self.get_report("uruguay-editor")), {"Uruguayan expired draft"}
        )

    def test_secretariat_sees_every_country(self):
        titles = self.titles(self.get_report("reviewer"))
        self.assertIn("Uruguayan expired draft", titles)
        self.assertIn("Expired live story", titles)

    def test_filtering_expired_only(self):
        response = self.get_report("reviewer", consent_state="expired")
        self.assertEqual(
            self.titles(response),
            {"Expired live story", "Expired draft story", "Uruguayan expired draft"},
        )

    def test_filtering_by_member_state(self):
        response = self.get_report("reviewer", member_state=str(self.site.uruguay.translation_key))
        self.assertEqual(self.titles(response), {"Uruguayan expired draft"})

    def test_an_unknown_filter_value_is_reported_not_a_crash(self):
        response = self.get_report("reviewer", consent_state="whenever", member_state="nobody")
        self.assertContains(response, "Select a valid choice")

    def test_spreadsheet_export(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        response = self.client.get(reverse("stories_consent_review"), {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        self.assertIn("Expired live story", content)
        self.assertIn("Ended 3 days ago", content)
        self.assertNotIn("Uruguayan", content)

    def test_dashboard_counts_the_stories_to_review(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "4 stories need consent review")
        self.assertContains(response, reverse("stories_consent_review"))

    def test_report_is_in_the_reports_menu_for_editors(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Consent needs review")

    def test_users_without_page_permissions_are_refused(self):
        make_user("snippet-only")
        self.client.login(username="snippet-only", password=PASSWORD)
        response = self.client.get(reverse("stories_consent_review"))
        self.assertIn(response.status_code, (302, 403))

    def test_describe_consent_wording(self):
        today = datetime.date(2025, 1, 10)
        story = self.expired_live
        for expires, expected in [
            (datetime.date(2025, 1, 9), "Ended 1 day ago"),
            (datetime.date(2025, 1, 10), "Ends today"),
            (datetime.date(2025, 1, 11), "Ends in 1 day"),
        ]:
            story.consent_expires_on = expires
            self.assertEqual(describe_consent(story, today), expected)
