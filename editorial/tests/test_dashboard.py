"""A country's editors find their own work on the dashboard, and the reviewer's comment
where they edit."""

import datetime

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils import WagtailTestUtils

from editorial.dashboard import country_work
from editorial.factories import PASSWORD, build_editorial_site
from editorial.roles import REVIEW_WORKFLOW
from stories.factories import StoryPageFactory, draft_story

COMMENT = "Please blur the children's faces in the second photo."


class CountryDashboardTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        today = timezone.localdate()
        cls.live = StoryPageFactory(
            parent=cls.site.norway_section,
            title="Fjord schools",
            consent_expires_on=today + datetime.timedelta(days=10),
        )
        cls.live.save_revision().publish()
        cls.draft = draft_story(cls.site.norway_section, "Unfinished story")
        cls.in_review = draft_story(cls.site.norway_section, "Waiting story")
        cls.sent_back = draft_story(cls.site.norway_section, "Story to fix")
        cls.uruguay_draft = draft_story(cls.site.uruguay_section, "Secret Uruguayan draft")
        workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
        workflow.start(cls.in_review, cls.site.norway_editor)
        state = workflow.start(cls.sent_back, cls.site.norway_editor)
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, cls.site.reviewer, "reject", comment=COMMENT)

    def login(self, username):
        self.assertTrue(self.client.login(username=username, password=PASSWORD))

    def test_the_panel_lists_the_countrys_work_by_kind(self):
        work = country_work(self.site.norway_editor)
        self.assertEqual(
            [row["section"] for row in work.sections],
            [self.site.norway_section.specific, self.site.norway_section_fr.specific],
        )
        self.assertEqual([row["count"] for row in work.sections], [4, 0])
        self.assertEqual(work.drafts, [self.draft])
        self.assertEqual(work.in_review, [self.in_review])
        [sent_back] = work.sent_back
        self.assertEqual((sent_back.story, sent_back.comment), (self.sent_back, COMMENT))
        self.assertEqual(work.consent_ending, [self.live])
        self.assertEqual(
            {item["story"].pk: item["languages"] for item in work.missing_translations}[
                self.live.pk
            ],
            ["French"],
        )

    def test_the_dashboard_shows_the_panel_to_a_country_editor_only(self):
        self.login("norway-editor")
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "data-country-panel")
        self.assertContains(response, COMMENT.replace("'", "&#x27;"))
        self.assertContains(response, "Unfinished story")
        add_url = reverse(
            "wagtailadmin_pages:add", args=["stories", "storypage", self.site.norway_section.pk]
        )
        self.assertContains(response, f'href="{add_url}"')
        self.assertNotContains(response, "Secret Uruguayan draft")
        self.client.logout()
        self.login("reviewer")
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), "data-country-panel")

    def test_my_countrys_stories_is_one_click_from_any_admin_page(self):
        self.login("norway-editor")
        response = self.client.get(reverse("wagtailadmin_home"))
        explore = reverse("wagtailadmin_explore", args=[self.site.norway_section.pk])
        self.assertIn(explore, response.content.decode().replace("\\u002F", "/"))

    def test_the_edit_view_opens_with_the_reviewers_comment(self):
        self.login("norway-editor")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.sent_back.pk]))
        messages = [str(message) for message in get_messages(response.wsgi_request)]
        self.assertTrue(any(COMMENT in message for message in messages), messages)
        self.assertContains(response, COMMENT.replace("'", "&#x27;"))
