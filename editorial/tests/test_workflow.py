"""A story goes live only after the secretariat approves it through the review workflow."""

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site
from editorial.roles import REVIEW_TASK
from media_library.factories import ImageFactory
from stories.factories import draft_story, story_form_data
from stories.models import StoryPage

TITLE = "Braille library for every county"


class SecretariatReviewWorkflowTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.image = ImageFactory()
        cls.story = draft_story(cls.site.norway_section, TITLE, consent_confirmed=False)

    def login(self, username):
        self.client.logout()
        self.assertTrue(self.client.login(username=username, password=PASSWORD))

    def submit(self, **overrides):
        url = reverse("wagtailadmin_pages:edit", args=[self.story.pk])
        data = story_form_data(self.story, TITLE, hero_image=self.image.pk, **overrides)
        data["action-submit"] = "action-submit"
        return self.client.post(url, data)

    def approve_url(self, task_state):
        return reverse(
            "wagtailadmin_pages:workflow_action", args=[self.story.pk, "approve", task_state.pk]
        )

    def assertRefused(self, response):
        """Wagtail's answer to a workflow action the user may not take: back to the
        dashboard with its permission message, the task left as it was."""
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(
            [str(message).strip() for message in get_messages(response.wsgi_request)],
            ["Sorry, you do not have permission to access this area."],
        )

    def refreshed(self):
        return Page.objects.get(pk=self.story.pk).specific

    def test_submission_needs_consent(self):
        self.login("norway-editor")
        response = self.submit(consent_confirmed="")
        self.assertEqual(response.status_code, 200)
        self.assertIn("consent_confirmed", response.context["form"].errors)
        self.assertFalse(self.refreshed().workflow_in_progress)

    def test_editor_submits_and_the_secretariat_approves(self):
        self.login("norway-editor")
        response = self.submit()
        self.assertRedirects(
            response, reverse("wagtailadmin_explore", args=[self.site.norway_section.pk])
        )
        story = self.refreshed()
        self.assertTrue(story.workflow_in_progress)
        self.assertFalse(story.live)
        task_state = story.current_workflow_task_state
        self.assertEqual(task_state.task.name, REVIEW_TASK)

        # The submitting editor can neither approve nor keep editing while it is reviewed.
        response = self.client.post(self.approve_url(task_state), {"comment": ""})
        self.assertRefused(response)
        self.assertFalse(self.refreshed().live)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story.pk]))
        self.assertNotContains(edit, 'name="action-submit"')

        # The reviewer sees it waiting on the dashboard, then approves it.
        self.login("reviewer")
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), TITLE)
        response = self.client.post(self.approve_url(task_state), {"comment": "Checked."})
        self.assertEqual(response.status_code, 302)
        story = self.refreshed()
        self.assertTrue(story.live)
        self.assertFalse(story.workflow_in_progress)
        self.assertTrue(story.consent_confirmed)

    def test_another_countrys_editor_cannot_approve(self):
        self.login("norway-editor")
        self.submit()
        task_state = self.refreshed().current_workflow_task_state
        self.login("uruguay-editor")
        response = self.client.post(self.approve_url(task_state), {"comment": ""})
        self.assertRefused(response)
        self.assertFalse(self.refreshed().live)
        self.assertTrue(self.refreshed().workflow_in_progress)

    def test_secretariat_can_ask_for_changes(self):
        self.login("norway-editor")
        self.submit()
        task_state = self.refreshed().current_workflow_task_state
        self.login("reviewer")
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[self.story.pk, "reject", task_state.pk]
        )
        self.client.post(url, {"comment": "Please blur the faces in the second photo."})
        story = self.refreshed()
        self.assertFalse(story.live)
        self.assertEqual(story.workflow_states.get().status, "needs_changes")

    def test_secretariat_may_publish_a_story_directly(self):
        self.login("reviewer")
        url = reverse("wagtailadmin_pages:edit", args=[self.story.pk])
        data = story_form_data(self.story, TITLE, hero_image=self.image.pk)
        data["action-publish"] = "action-publish"
        self.client.post(url, data)
        self.assertTrue(StoryPage.objects.get(pk=self.story.pk).live)
