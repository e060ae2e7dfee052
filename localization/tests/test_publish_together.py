"""Publish together: a page and its ready translations go live at once, or not at all."""

import datetime
from unittest import mock

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, PageLogEntry, Revision
from wagtail_localize.models import StringTranslation

from localization import publishing
from localization.publishing import MissingRequiredLanguages, publish_together
from localization.tests.utils import (
    PASSWORD,
    build_site,
    fill,
    page_in,
    superuser,
    translate,
)
from meetings.factories import DeclarationPageFactory
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

ALL = ["en", "fr", "es", "ar", "ru", "zh-hans"]


def group_pages(page):
    return Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)


class DeclarationTestCase(TestCase):
    """The declaration requires all six languages; Chinese is not translated yet."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        cls.site = build_site()
        cls.declaration = DeclarationPageFactory(parent=cls.site.home, live=False)
        cls.declaration.save_revision(user=cls.user)
        for translation in translate(cls.declaration, ["fr", "es", "ar", "ru"], cls.user).values():
            fill(translation)

    def add_chinese(self, complete=True):
        translation = translate(self.declaration, ["zh-hans"], self.user)["zh-hans"]
        fill(
            translation,
            None if complete else lambda entry: "仅标题" if entry.msgctxt == "title" else "",
        )
        return translation

    def assertNothingPublished(self):
        self.assertFalse(group_pages(self.declaration).filter(live=True).exists())
        self.assertFalse(
            Revision.page_revisions.filter(
                object_id__in=[
                    str(pk) for pk in group_pages(self.declaration).values_list("pk", flat=True)
                ],
                approved_go_live_at__isnull=False,
            ).exists()
        )


class DeclarationPublishTogetherTests(DeclarationTestCase):
    def test_refuses_naming_the_missing_language(self):
        with self.assertRaises(MissingRequiredLanguages) as refused:
            publish_together(self.declaration, self.user)
        self.assertEqual([language.code for language in refused.exception.languages], ["zh-hans"])
        self.assertIn("Chinese (Simplified) (not translated yet)", str(refused.exception))
        self.assertNothingPublished()

    def test_refuses_when_a_required_translation_is_unfinished(self):
        translation = self.add_chinese(complete=False)
        total = translation.get_progress()[0] - 1  # the slug does not count
        with self.assertRaisesMessage(
            MissingRequiredLanguages, f"Chinese (Simplified) (1 of {total} segments translated)"
        ):
            publish_together(self.declaration, self.user)
        self.assertNothingPublished()

    def test_publishes_all_six_languages_at_once(self):
        self.add_chinese()
        result = publish_together(self.declaration, self.user)
        self.assertEqual([language.code for language in result.published], ALL)
        self.assertEqual(group_pages(self.declaration).filter(live=True).count(), 6)
        self.assertEqual(page_in(self.declaration, "fr").title, "[fr] Joint declaration")
        self.assertEqual(page_in(self.declaration, "zh-hans").title, "[zh-hans] Joint declaration")
        log = PageLogEntry.objects.get(action=publishing.LOG_ACTION)
        self.assertEqual(log.page_id, self.declaration.pk)
        self.assertEqual(log.data["languages"], ALL)

    def test_nothing_is_published_when_one_language_fails(self):
        self.add_chinese()
        real_publish = publishing._publish_revision
        calls = []

        def publish_then_fail(revision, user):
            calls.append(revision)
            if len(calls) == 4:
                raise RuntimeError("The search index is unreachable")
            real_publish(revision, user)

        with (
            mock.patch.object(publishing, "_publish_revision", publish_then_fail),
            self.assertRaisesMessage(RuntimeError, "The search index is unreachable"),
        ):
            publish_together(self.declaration, self.user)
        self.assertEqual(len(calls), 4)
        self.assertNothingPublished()

    def test_scheduling_sets_go_live_at_on_every_language_and_publish_scheduled_publishes_them(
        self,
    ):
        self.add_chinese()
        go_live_at = timezone.now() + datetime.timedelta(hours=2)
        result = publish_together(self.declaration, self.user, go_live_at=go_live_at)
        self.assertEqual([language.code for language in result.scheduled], ALL)
        self.assertFalse(group_pages(self.declaration).filter(live=True).exists())
        for page in group_pages(self.declaration):
            self.assertEqual(page.specific.scheduled_revision.approved_go_live_at, go_live_at)

        with mock.patch(
            "django.utils.timezone.now", return_value=go_live_at - datetime.timedelta(minutes=1)
        ):
            call_command("publish_scheduled", verbosity=0)
        self.assertFalse(group_pages(self.declaration).filter(live=True).exists())
        with mock.patch(
            "django.utils.timezone.now", return_value=go_live_at + datetime.timedelta(minutes=1)
        ):
            call_command("publish_scheduled", verbosity=0)
        self.assertEqual(group_pages(self.declaration).filter(live=True).count(), 6)
        self.assertEqual(page_in(self.declaration, "ar").title, "[ar] Joint declaration")

    def test_needs_publish_permission_on_every_language(self):
        self.add_chinese()
        english_publishers = Group.objects.create(name="English publishers")
        english_publishers.permissions.add(Permission.objects.get(codename="access_admin"))
        for permission_type in ("add", "change", "publish"):
            GroupPagePermission.objects.create(
                group=english_publishers, page=self.site.home, permission_type=permission_type
            )
        editor = self.user.__class__.objects.create_user("english", password=PASSWORD)
        editor.groups.add(english_publishers)
        with self.assertRaises(PermissionDenied) as refused:
            publish_together(self.declaration, editor)
        self.assertIn("French: you may not publish it", str(refused.exception))
        self.assertNotIn("English:", str(refused.exception))
        self.assertNothingPublished()


class PublishTogetherViewTests(DeclarationTestCase):
    def setUp(self):
        self.client.force_login(self.user)
        self.url = reverse("localization:publish_together", args=[self.declaration.pk])

    def test_the_page_editor_offers_publish_with_translations(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.declaration.pk]))
        self.assertContains(response, self.url)
        self.assertContains(response, "Publish with translations")

    def test_the_confirmation_lists_each_language_and_the_refusal(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "data-localization-refusal")
        self.assertContains(response, "Chinese (Simplified) (not translated yet)")
        self.assertContains(response, 'data-language="fr" data-ready="true"')
        self.assertContains(response, 'data-language="zh-hans" data-ready="false"')

    def test_posting_without_a_required_language_is_refused_with_its_name(self):
        response = self.client.post(self.url, {"when": "now"})
        self.assertEqual(response.status_code, 409)
        self.assertContains(response, "Chinese (Simplified) (not translated yet)", status_code=409)
        self.assertNothingPublished()

    def test_posting_publishes_every_language_and_returns_to_the_editor(self):
        self.add_chinese()
        response = self.client.post(self.url, {"when": "now"})
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[self.declaration.pk]),
            fetch_redirect_response=False,
        )
        self.assertEqual(group_pages(self.declaration).filter(live=True).count(), 6)

    def test_scheduling_in_the_past_is_refused_with_a_clear_message(self):
        self.add_chinese()
        response = self.client.post(
            self.url, {"when": "schedule", "go_live_at": "2018-09-27 10:00"}
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "This time has already passed", status_code=400)
        self.assertNothingPublished()

    def test_scheduling_without_a_time_asks_for_one(self):
        response = self.client.post(self.url, {"when": "schedule"})
        self.assertContains(
            response, "Give the date and time the languages should go live.", status_code=400
        )


class OptionalLanguagesTests(TestCase):
    """A story requires no language: ready ones publish, the others are left as they are."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(parent=section, title="Back to school")
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translations = translate(cls.story, ["fr", "es"], cls.user)
        fill(cls.translations["fr"])
        fill(cls.translations["es"], lambda entry: "Volver" if entry.msgctxt == "title" else "")

    def test_ready_translations_publish_and_unfinished_ones_stay_drafts(self):
        result = publish_together(self.story, self.user)
        self.assertEqual([language.code for language in result.published], ["en", "fr"])
        self.assertEqual([language.code for language in result.left_out], ["es"])
        self.assertTrue(page_in(self.story, "fr").live)
        self.assertFalse(page_in(self.story, "es").live)

    def test_a_translation_without_a_translated_slug_keeps_the_source_slug(self):
        StringTranslation.objects.filter(
            context__object_id=self.story.translation_key, context__path="slug"
        ).delete()
        result = publish_together(self.story, self.user)
        self.assertIn("fr", [language.code for language in result.published])
        french = page_in(self.story, "fr")
        self.assertTrue(french.live)
        self.assertEqual(french.slug, self.story.slug)
        self.assertEqual(french.title, "[fr] Back to school")

    def test_the_view_reports_what_was_left_out(self):
        self.client.force_login(self.user)
        response = self.client.post(
            reverse("localization:publish_together", args=[self.story.pk]),
            {"when": "now"},
            follow=True,
        )
        self.assertContains(response, "Published “Back to school” in: English, French.")
        self.assertContains(response, "Not published, because not ready: Spanish")

    def test_an_embargoed_translation_of_a_live_page_stays_unseen_until_it_goes_live(self):
        publish_together(self.story, self.user)
        fill(
            self.translations["fr"],
            lambda entry: "Retour à l'école" if entry.msgctxt == "title" else f"[fr] {entry.msgid}",
        )
        go_live_at = timezone.now() + datetime.timedelta(days=1)
        publish_together(self.story, self.user, go_live_at=go_live_at)
        french = page_in(self.story, "fr")
        self.assertTrue(french.live)
        self.assertEqual(french.title, "[fr] Back to school")
        with mock.patch(
            "django.utils.timezone.now", return_value=go_live_at + datetime.timedelta(minutes=1)
        ):
            call_command("publish_scheduled", verbosity=0)
        self.assertEqual(page_in(self.story, "fr").title, "Retour à l'école")

    def test_the_confirmation_warns_when_the_live_source_has_unpublished_changes(self):
        self.client.force_login(self.user)
        url = reverse("localization:publish_together", args=[self.story.pk])
        self.assertNotContains(self.client.get(url), "data-localization-unsynced")
        story = self.story.get_latest_revision_as_object()
        story.summary = "A summary still in draft."
        story.save_revision(user=self.user)
        self.assertContains(self.client.get(url), "data-localization-unsynced")
