"""Review e-mails speak the recipient's language, not the sender's, and link to the preview."""

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from editorial import patches
from editorial.factories import PASSWORD, build_editorial_site, make_user
from media_library.factories import ImageFactory
from stories.factories import draft_story, story_form_data

TITLE = "Braille library for every county"
ENGLISH = "has been submitted for approval"


def prefer(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


class NotificationLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.image = ImageFactory()
        cls.story = draft_story(cls.site.norway_section, TITLE)
        prefer(cls.site.norway_editor, "es")
        cls.french_reviewer = make_user("french-reviewer", cls.site.secretariat)
        prefer(cls.french_reviewer, "fr")

    def submit(self):
        self.assertTrue(self.client.login(username="norway-editor", password=PASSWORD))
        data = story_form_data(self.story, TITLE, hero_image=self.image.pk)
        data["action-submit"] = "action-submit"
        mail.outbox.clear()
        self.client.post(reverse("wagtailadmin_pages:edit", args=[self.story.pk]), data)
        return {message.to[0]: message for message in mail.outbox}

    def test_each_reviewer_reads_the_e_mail_in_their_own_language(self):
        sent = self.submit()
        english = sent[self.site.reviewer.email]
        french = sent[self.french_reviewer.email]
        self.assertIn(ENGLISH, english.body)
        self.assertNotIn(ENGLISH, french.body)
        self.assertNotEqual(english.subject, french.subject)

    def test_the_e_mail_links_to_the_reviewers_preview(self):
        english = self.submit()[self.site.reviewer.email]
        preview = f"http://testserver/admin/pages/workflow/preview/{self.story.pk}/"
        self.assertIn(preview, english.body)

    def test_wagtail_still_falls_back_to_the_senders_language(self):
        """Once this fails, Wagtail no longer uses the request's language for recipients
        without a preference: delete ``send_emails_in_recipients_languages``."""
        patched = patches.EmailNotificationMixin.send_emails
        patches.EmailNotificationMixin.send_emails = patches.UNPATCHED["send_emails"]
        try:
            sent = self.submit()
        finally:
            patches.EmailNotificationMixin.send_emails = patched
        self.assertNotIn(ENGLISH, sent[self.site.reviewer.email].body, "upstream fixed")
