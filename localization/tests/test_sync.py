"""Syncing an edited source keeps the translation of every unchanged segment."""

from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from localization.completeness import translation_status
from localization.tests.utils import build_site, fill, page_in, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

OLD_SUMMARY = "Twelve thousand girls went back to school."
NEW_SUMMARY = "Fifteen thousand girls went back to school."


class SyncKeepsUnchangedSegmentsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.story = StoryPageFactory(parent=section, title="Back to school", summary=OLD_SUMMARY)
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translation = translate(cls.story, ["fr"], cls.user)["fr"]
        fill(cls.translation)
        cls.translation.save_target(user=cls.user, publish=False)
        cls.total_segments = cls.translation.get_progress()[0]

    def edit_and_publish_source(self):
        story = self.story.get_latest_revision_as_object()
        story.summary = NEW_SUMMARY
        story.save_revision(user=self.user).publish(user=self.user)

    def sync(self):
        self.client.force_login(self.user)
        response = self.client.post(
            reverse("wagtail_localize:update_translations", args=[self.translation.source_id]),
            {"publish_translations": ""},
        )
        self.assertEqual(response.status_code, 302)

    def test_an_edited_source_marks_its_translation_out_of_date_until_synced(self):
        self.assertFalse(translation_status(self.story)["fr"].out_of_date)
        self.edit_and_publish_source()
        french = translation_status(self.story)["fr"]
        self.assertTrue(french.out_of_date)
        self.assertFalse(french.ready)
        self.sync()
        self.assertFalse(translation_status(self.story)["fr"].out_of_date)

    def test_republishing_an_unchanged_source_does_not_mark_it_out_of_date(self):
        self.story.get_latest_revision_as_object().save_revision(user=self.user).publish(
            user=self.user
        )
        self.assertFalse(translation_status(self.story)["fr"].out_of_date)

    def test_sync_keeps_unchanged_translations_and_flags_the_changed_segment(self):
        self.edit_and_publish_source()
        self.sync()

        total, done = self.translation.get_progress()
        self.assertEqual((total, done), (self.total_segments, self.total_segments - 1))
        po = {entry.msgctxt: entry for entry in self.translation.export_po() if not entry.obsolete}
        self.assertEqual(po["summary"].msgid, NEW_SUMMARY)
        self.assertEqual(po["summary"].msgstr, "")
        self.assertEqual(po["title"].msgstr, "[fr] Back to school")
        unchanged = [entry for context, entry in po.items() if context != "summary"]
        self.assertTrue(all(entry.msgstr.startswith("[fr] ") for entry in unchanged))

        french = translation_status(self.story)["fr"]
        # The report leaves the (translated) slug out of its counts.
        self.assertEqual((french.translated_segments, french.total_segments), (done - 1, total - 1))
        self.assertEqual(french.problem, f"{done - 1} of {total - 1} segments translated")
        self.assertFalse(french.ready)

    def test_the_old_translation_stays_available_for_reference(self):
        self.edit_and_publish_source()
        self.sync()
        obsolete = [entry for entry in self.translation.export_po() if entry.obsolete]
        self.assertEqual(
            [(entry.msgid, entry.msgstr) for entry in obsolete],
            [(OLD_SUMMARY, f"[fr] {OLD_SUMMARY}")],
        )
        self.assertTrue(
            StringTranslation.objects.filter(
                translation_of__data=OLD_SUMMARY, locale__language_code="fr"
            ).exists()
        )

    def test_translating_the_changed_segment_makes_the_translation_ready_again(self):
        self.edit_and_publish_source()
        self.sync()
        fill(self.translation)
        self.translation.save_target(user=self.user, publish=False)
        self.assertTrue(translation_status(self.story)["fr"].ready)
        self.assertEqual(
            page_in(self.story, "fr").get_latest_revision_as_object().summary, f"[fr] {NEW_SUMMARY}"
        )
