"""The translation completeness report: exists, live, out of date, per page and language."""

import csv
import io
from unittest import mock

from django.contrib.contenttypes.models import ContentType
from django.core.checks import Error
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from coalition.factories import MemberStateFactory
from localization.checks import check_required_languages
from localization.completeness import (
    State,
    required_language_codes,
    source_pages,
    translation_status,
    translation_statuses,
)
from localization.tests.utils import build_site, fill, locale, page_in, superuser, translate
from meetings.models import DeclarationPage
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory
from stories.models import StoryPage

REPORT_URL = reverse("localization:completeness")


def publish(page, user):
    page.get_latest_revision_as_object().save_revision(user=user).publish(user=user)


class CompletenessTestCase(TestCase):
    """Uruguay's story in every state a translation can be in; Norway's in English only."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        cls.uruguay = MemberStateFactory(code="UY", name="Uruguay")
        cls.norway = MemberStateFactory(code="NO", name="Norway")
        uruguay_section = MemberStateStoriesPageFactory(
            parent=site.stories, member_state=cls.uruguay
        )
        norway_section = MemberStateStoriesPageFactory(parent=site.stories, member_state=cls.norway)
        cls.story = StoryPageFactory(parent=uruguay_section, title="Back to school")
        cls.norway_story = StoryPageFactory(parent=norway_section, title="Fjord schools")
        publish(cls.story, cls.user)
        publish(cls.norway_story, cls.user)

        translations = translate(cls.story, ["fr", "es", "ar"], cls.user)
        # French: fully translated and live.
        fill(translations["fr"])
        translations["fr"].save_target(user=cls.user, publish=False)
        publish(page_in(cls.story, "fr"), cls.user)
        # Spanish: a draft with only the title translated.
        fill(
            translations["es"],
            lambda entry: f"[es] {entry.msgid}" if entry.msgctxt == "title" else "",
        )
        # Arabic: fully translated, then the source changes: out of date.
        fill(translations["ar"])
        translations["ar"].save_target(user=cls.user, publish=False)
        # Chinese: translated by hand, outside wagtail-localize, before the source changed.
        cls.chinese = cls.story.copy_for_translation(locale("zh-hans"), copy_parents=True)
        cls.chinese.save_revision(user=cls.user)
        # Russian: never translated.
        story = cls.story.get_latest_revision_as_object()
        story.summary = "A changed summary."
        story.save_revision(user=cls.user).publish(user=cls.user)
        # Segments as the report counts them: the slug is left out.
        cls.total = translations["fr"].get_progress()[0] - 1


class CompletenessTests(CompletenessTestCase):
    def test_each_language_of_a_page_has_its_state(self):
        status = translation_status(self.story)
        expected = {
            "en": (State.LIVE, True, False),
            "fr": (State.LIVE, True, True),
            "es": (State.DRAFT, True, True),
            "ar": (State.DRAFT, True, True),
            "ru": (State.MISSING, False, False),
            "zh-hans": (State.DRAFT, True, False),
        }
        self.assertEqual(
            {s.code: (s.state, s.exists, s.synced) for s in status.languages}, expected
        )
        self.assertTrue(status["en"].is_source)

    def test_out_of_date_means_the_source_changed_after_the_last_sync_or_edit(self):
        status = translation_status(self.story)
        self.assertEqual(
            {s.code for s in status.languages if s.out_of_date}, {"fr", "es", "ar", "zh-hans"}
        )
        self.assertEqual(status.out_of_date_count, 4)

    def test_progress_counts_translated_segments(self):
        status = translation_status(self.story)
        self.assertEqual(
            (status["es"].translated_segments, status["es"].total_segments), (1, self.total)
        )
        self.assertEqual(status["ar"].translated_segments, self.total)
        self.assertIn(f"1 of {self.total} segments translated", status["es"].problem)

    def test_progress_matches_wagtail_localize_but_leaves_the_slug_out(self):
        status = translation_status(self.story)
        for code in ("fr", "es", "ar"):
            with self.subTest(code):
                total, done = status[code].translation.get_progress()
                slug_translated = int(code != "es")
                self.assertEqual(
                    (status[code].total_segments, status[code].translated_segments),
                    (total - 1, done - slug_translated),
                )

    def test_an_untranslated_slug_does_not_block_publishing(self):
        translation = translation_status(self.story)["fr"].translation
        translation.source.update_from_db()
        fill(translation)
        StringTranslation.objects.filter(
            context__object_id=self.story.translation_key, context__path="slug", locale=locale("fr")
        ).delete()
        french = translation_status(self.story)["fr"]
        self.assertEqual(french.missing_segments, 0)
        self.assertTrue(french.ready)

    def test_every_translation_group_is_listed_once_under_its_source(self):
        sources = source_pages(StoryPage.objects.all())
        self.assertCountEqual(
            sources.values_list("pk", flat=True), [self.story.pk, self.norway_story.pk]
        )

    def test_statuses_take_the_same_number_of_queries_for_one_page_or_many(self):
        one = list(source_pages(Page.objects.filter(pk=self.story.pk)))
        many = list(source_pages())
        self.assertGreater(len(many), 5)
        with CaptureQueriesContext(connection) as for_one:
            translation_statuses(one)
        with CaptureQueriesContext(connection) as for_many:
            translation_statuses(many)
        self.assertEqual(len(for_one), len(for_many))
        self.assertLessEqual(len(for_many), 9)

    def test_the_declaration_requires_all_six_languages(self):
        self.assertEqual(
            required_language_codes(DeclarationPage), ("en", "fr", "es", "ar", "ru", "zh-hans")
        )
        self.assertEqual(required_language_codes(StoryPage), ())

    def test_an_unknown_required_language_fails_the_system_check(self):
        with mock.patch.object(DeclarationPage, "required_languages", ["en", "pt"], create=True):
            errors = check_required_languages(None)
        self.assertEqual([error.id for error in errors], ["localization.E001"])
        self.assertIsInstance(errors[0], Error)
        self.assertIn("'pt'", errors[0].msg)
        self.assertIn("en, fr, es, ar, ru, zh-hans", errors[0].hint)


class CompletenessReportViewTests(CompletenessTestCase):
    def setUp(self):
        self.client.force_login(self.user)

    def cells(self, response, page):
        """{language: data-state} of ``page``'s row in the rendered report."""
        row = response.context["object_list"]
        page = next(item for item in row if item.pk == page.pk)
        return {language.code: language.state for language in page.translation_status.languages}

    def test_the_report_is_in_the_reports_menu(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, REPORT_URL)

    def test_the_report_shows_each_language_of_each_page(self):
        response = self.client.get(REPORT_URL)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'data-language="ar" data-state="draft"')
        self.assertContains(response, f"Draft · 1/{self.total} · out of date")
        self.assertEqual(
            self.cells(response, self.story),
            {
                "en": "live",
                "fr": "live",
                "es": "draft",
                "ar": "draft",
                "ru": "missing",
                "zh-hans": "draft",
            },
        )

    def test_rows_with_translations_link_to_publish_together(self):
        response = self.client.get(REPORT_URL)
        self.assertContains(
            response, reverse("localization:publish_together", args=[self.story.pk])
        )
        self.assertNotContains(
            response, reverse("localization:publish_together", args=[self.norway_story.pk])
        )

    def test_the_report_filters_by_member_state(self):
        response = self.client.get(REPORT_URL, {"member_state": self.norway.pk})
        titles = [page.title for page in response.context["object_list"]]
        self.assertIn("Fjord schools", titles)
        self.assertNotIn("Back to school", titles)
        self.assertIn("Norway", titles)

    def test_the_report_filters_by_page_type(self):
        content_type = ContentType.objects.get_for_model(StoryPage)
        response = self.client.get(REPORT_URL, {"content_type": content_type.pk})
        self.assertCountEqual(
            [page.title for page in response.context["object_list"]],
            ["Back to school", "Fjord schools"],
        )

    def test_the_report_filters_by_source_language(self):
        response = self.client.get(REPORT_URL, {"locale": "zh-hans"})
        self.assertEqual(list(response.context["object_list"]), [])

    def test_the_report_exports_csv(self):
        response = self.client.get(REPORT_URL, {"export": "csv", "member_state": self.uruguay.pk})
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
        story = next(row for row in rows if row["Title"] == "Back to school")
        self.assertEqual(story["Written in"], "English")
        self.assertEqual(story["English"], "Live · source")
        self.assertEqual(story["French"], "Live · out of date")
        self.assertEqual(story["Russian"], "Missing")
        self.assertEqual(story["Chinese (Simplified)"], "Draft · out of date")

    def test_the_report_exports_xlsx(self):
        response = self.client.get(REPORT_URL, {"export": "xlsx"})
        self.assertEqual(
            response["Content-Type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
