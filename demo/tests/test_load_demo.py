"""``manage.py load_demo``: it fills all six languages, a second run adds nothing, it stays
offline, its pages pass the editor's own validation, and it refuses a production setup.

The facts of the content (which countries, stories and meetings) live in the data files
and are checked there (``test_data_files``); these tests check what the loader does.
"""

from collections import Counter

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import SimpleTestCase, override_settings
from django.urls import reverse
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from coalition.models import MemberState, Organisation, Person, Theme
from demo.loaders.context import TOOL_NAME
from demo.testing import DemoTestCase
from home.models import HomePage
from meetings.models import DeclarationPage, MeetingPage
from stories.models import StoryPage

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans"]

# History and bookkeeping rows a second run may add without adding content.
NOT_CONTENT = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtail_localize.translationlog",
    "django_tasks_database.dbtaskresult",
    "sessions.session",
    "admin.logentry",
}


def row_counts():
    """Rows of every content model, and pages per type and language."""
    counts = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.proxy or label in NOT_CONTENT or label.startswith("modelsearch."):
            continue
        counts[label] = model.objects.count()
    pages = Counter(
        Page.objects.values_list("content_type__model", "locale__language_code").order_by()
    )
    counts.update({f"pages: {kind} ({code})": number for (kind, code), number in pages.items()})
    return counts


class LoadDemoTests(DemoTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.first_run = row_counts()
        call_command("load_demo", force=True, verbosity=0)
        cls.second_run = row_counts()

    def test_a_second_run_adds_nothing(self):
        changed = {
            label: (self.first_run.get(label), self.second_run.get(label))
            for label in self.first_run.keys() | self.second_run.keys()
            if self.first_run.get(label) != self.second_run.get(label)
        }
        self.assertEqual(changed, {}, "rows added or removed by the second run")
        self.assertGreater(self.first_run["stories.storypage"], 0)

    def test_content_exists_in_all_six_languages(self):
        for code in LANGUAGES:
            with self.subTest(language=code):
                locale = Locale.objects.get(language_code=code)
                for model in (HomePage, StoryPage, MeetingPage, DeclarationPage):
                    self.assertTrue(
                        model.objects.filter(locale=locale, live=True).exists(), model.__name__
                    )
                for model in (MemberState, Theme, Organisation, Person):
                    self.assertEqual(
                        model.objects.filter(locale=locale).count(),
                        model.objects.filter(locale__language_code="en").count(),
                        model.__name__,
                    )
                if code != "en":
                    self.assertTrue(
                        StringTranslation.objects.filter(
                            locale=locale, tool_name=TOOL_NAME
                        ).exists()
                    )

    def test_loading_never_resolves_a_video_link(self):
        # demo.testing loads the demo with the embed finders and urlopen made to fail.
        self.assertFalse(Embed.objects.exists())

    def test_demo_stream_fields_pass_the_admin_block_validation(self):
        # The same validation the page editor applies when saving.
        for page in Page.objects.type(StoryPage, MeetingPage, HomePage).specific():
            for field in page._meta.get_fields():
                if not isinstance(field, StreamField):
                    continue
                with self.subTest(page=page.title, field=field.name):
                    field.stream_block.clean(getattr(page, field.name))

    def test_demo_pages_open_in_the_page_editor(self):
        self.client.force_login(get_user_model().objects.get(username="admin"))
        english = Locale.objects.get(language_code="en")
        french = Locale.objects.get(language_code="fr")
        launch = MeetingPage.objects.get(locale=english, kind=MeetingPage.Kind.LAUNCH)
        declaration = DeclarationPage.objects.get(locale=english)
        arabic_story = StoryPage.objects.filter(locale__language_code="ar").first()
        for page in (
            launch,
            declaration,
            launch.get_translation(french),
            declaration.get_translation(french),
            arabic_story,
        ):
            with self.subTest(f"{page.title} ({page.locale})"):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_a_country_editor_can_edit_their_country_story(self):
        editor = get_user_model().objects.get(username="editor-no")
        self.client.force_login(editor)
        story = StoryPage.objects.filter(
            member_state__code="NO", locale__language_code="en"
        ).first()
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertEqual(response.status_code, 200)


class LoadDemoSafetyTests(SimpleTestCase):
    @override_settings(DEBUG=False)
    def test_refuses_to_run_without_debug_unless_forced(self):
        with self.assertRaisesMessage(CommandError, "--force"):
            call_command("load_demo", verbosity=0)
