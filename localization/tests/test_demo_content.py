"""The completeness report on the demo content, checked against the database directly.

The demo content is loaded once per test process and restored for this class
(``demo.testing``).
"""

from django.db.models import Count
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from demo.testing import DemoTestCase
from localization.completeness import source_pages, translation_statuses
from localization.tests.utils import superuser
from meetings.models import DeclarationPage, MeetingPage
from stories.models import StoryPage

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans"]


class DemoContentCompletenessTests(DemoTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.user = superuser("report-reader")
        cls.pages = Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        cls.sources = list(source_pages().select_related("locale"))
        cls.statuses = translation_statuses(cls.sources)

    def test_one_row_per_translation_group(self):
        groups = self.pages.values("translation_key").distinct().count()
        self.assertEqual(len(self.sources), groups)

    def test_existing_and_live_counts_match_the_pages_in_the_database(self):
        existing = sum(status.existing_count for status in self.statuses.values())
        live = sum(status.live_count for status in self.statuses.values())
        self.assertEqual(existing, self.pages.count())
        self.assertEqual(live, self.pages.filter(live=True).count())
        by_language = dict(
            self.pages.order_by().values_list("locale__language_code").annotate(count=Count("pk"))
        )
        for code in LANGUAGES:
            with self.subTest(code):
                in_report = sum(status[code].exists for status in self.statuses.values())
                self.assertEqual(in_report, by_language.get(code, 0))

    def test_the_declaration_is_live_and_ready_in_all_six_languages(self):
        declaration = DeclarationPage.objects.get(locale__language_code="en")
        status = self.statuses[declaration.pk]
        self.assertEqual(status.required_codes, LANGUAGES)
        self.assertEqual(status.live_count, 6)
        self.assertEqual(status.missing_required, [])
        self.assertEqual(status.out_of_date_count, 0)

    def test_the_launch_event_is_live_in_all_six_languages(self):
        launch = MeetingPage.objects.get(locale__language_code="en", kind=MeetingPage.Kind.LAUNCH)
        self.assertEqual(self.statuses[launch.pk].live_count, 6)

    def test_a_third_of_the_stories_are_live_in_three_or_more_languages(self):
        stories = [
            status for status in self.statuses.values() if status.page.specific_class is StoryPage
        ]
        widely_live = [status for status in stories if status.live_count >= 3]
        self.assertGreaterEqual(len(widely_live) * 3, len(stories))

    def test_drafts_and_out_of_date_translations_are_reported(self):
        drafts = sum(status.existing_count - status.live_count for status in self.statuses.values())
        self.assertEqual(drafts, self.pages.filter(live=False).count())
        self.assertGreater(drafts, 0)
        out_of_date = {
            (status.page.pk, language.code)
            for status in self.statuses.values()
            for language in status.languages
            if language.out_of_date
        }
        # Independently: a synced translation whose source was published after its last sync.
        expected = set()
        for translation in Translation.objects.filter(enabled=True).select_related(
            "source", "source__locale", "target_locale"
        ):
            source = Page.objects.filter(
                translation_key=translation.source.object_id,
                locale=translation.source.locale,
                alias_of__isnull=True,
            ).first()
            target_exists = self.pages.filter(
                translation_key=translation.source.object_id, locale=translation.target_locale
            ).exists()
            if (
                source
                and target_exists
                and source.last_published_at > translation.source.last_updated_at
            ):
                expected.add((source.pk, translation.target_locale.language_code))
        self.assertEqual(out_of_date, expected)
        self.assertTrue(out_of_date)

    def test_the_report_renders_every_row(self):
        self.client.force_login(self.user)
        response = self.client.get(reverse("localization:completeness"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["paginator"].count, len(self.sources))
