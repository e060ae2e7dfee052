"""``manage.py load_demo``: what it creates, that a second run adds nothing, that it stays
offline, and that it refuses to run against a production configuration.

Loading the demo is the slowest thing in the suite, so ``LoadDemoTests`` loads it once, then
a second time to prove idempotence, and every test reads what those two runs left.
"""

import datetime
import shutil
import tempfile
import zoneinfo
from collections import Counter
from unittest import mock

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from coalition.models import MemberState, Person, Theme
from home.demo import data, events, site
from home.demo.stories import STORIES, story_texts
from home.models import HomePage
from media_library.models import CaptionTrack, CustomImage, HostedMedia
from meetings.models import DeclarationPage, MeetingPage, MeetingStatus
from stories.models import StoryPage

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans"]
FOUNDERS = {
    "AR", "BF", "CV", "CL", "GE", "ID", "NZ", "NO", "PE", "KR", "GM", "TN", "UY",
}  # fmt: skip

# History and bookkeeping rows a second run may add without adding content.
NOT_CONTENT = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtail_localize.translationlog",
    "django_tasks_db.dbtaskresult",
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


def live_languages(page):
    return set(
        Page.objects.filter(translation_key=page.translation_key, live=True).values_list(
            "locale__language_code", flat=True
        )
    )


class NoFinders(Exception):
    pass


class LoadDemoTests(TestCase):
    @classmethod
    def setUpClass(cls):
        # The demo's images and files go to a folder of their own, removed afterwards.
        media_root = tempfile.mkdtemp(prefix="ghrs-demo-media-")
        cls.addClassCleanup(shutil.rmtree, media_root, ignore_errors=True)
        cls.enterClassContext(override_settings(MEDIA_ROOT=media_root))
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        finder = mock.patch(
            "wagtail.embeds.embeds.get_finder_for_embed",
            side_effect=NoFinders("load_demo must store video links, never resolve them"),
        )
        with finder as cls.get_finder, mock.patch("urllib.request.urlopen") as cls.urlopen:
            call_command("load_demo", force=True, verbosity=0)
            cls.first_run = row_counts()
            call_command("load_demo", force=True, verbosity=0)
            cls.second_run = row_counts()
        cls.english = Locale.objects.get(language_code="en")
        cls.launch = MeetingPage.objects.get(locale=cls.english, kind=MeetingPage.Kind.LAUNCH)
        cls.declaration = DeclarationPage.objects.get(locale=cls.english)

    # -- Idempotence and isolation -----------------------------------------------------------

    def test_a_second_run_changes_no_counts(self):
        changed = {
            label: (self.first_run.get(label), self.second_run.get(label))
            for label in self.first_run.keys() | self.second_run.keys()
            if self.first_run.get(label) != self.second_run.get(label)
        }
        self.assertEqual(changed, {}, "rows added or removed by the second run")
        self.assertGreater(self.first_run["stories.storypage"], 0)

    def test_loading_never_resolves_a_video_link_or_opens_a_url(self):
        self.get_finder.assert_not_called()
        self.urlopen.assert_not_called()
        self.assertFalse(Embed.objects.exists())

    # -- Site structure ------------------------------------------------------------------------

    def test_the_default_site_serves_the_english_home_page(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(site.port, 80)
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertEqual(site.root_page.locale, self.english)
        self.assertFalse(Page.objects.filter(depth=2, content_type__model="page").exists())

    def test_every_language_has_the_whole_site_structure_live(self):
        for model in ("homepage", "storyindexpage", "meetingindexpage", "memberstatestoriespage"):
            pages = Page.objects.filter(content_type__model=model, live=True)
            for code in LANGUAGES:
                with self.subTest(model=model, language=code):
                    expected = 14 if model == "memberstatestoriespage" else 1
                    self.assertEqual(pages.filter(locale__language_code=code).count(), expected)

    def test_translated_titles_are_written_in_their_language(self):
        home = HomePage.objects.get(locale=self.english)
        titles = dict(
            Page.objects.filter(translation_key=home.translation_key).values_list(
                "locale__language_code", "title"
            )
        )
        self.assertEqual(titles, site.HOME.title)
        titles = dict(
            Page.objects.filter(translation_key=self.launch.translation_key).values_list(
                "locale__language_code", "title"
            )
        )
        self.assertEqual(titles, events.LAUNCH.title)

    # -- Coalition ------------------------------------------------------------------------------

    def test_fourteen_member_states_of_which_thirteen_founded_the_initiative(self):
        states = MemberState.objects.filter(locale=self.english)
        self.assertEqual(states.count(), 14)
        self.assertEqual(
            {state.code.code for state in states.filter(is_founding_member=True)}, FOUNDERS
        )
        colombia = states.get(code="CO")
        self.assertFalse(colombia.is_founding_member)
        self.assertEqual((colombia.joined_on.year, colombia.joined_on.month), (2019, 9))
        for state in states.filter(is_founding_member=True):
            self.assertEqual(state.joined_on, datetime.date(2018, 9, 27))
            self.assertTrue(state.contact_email.endswith("@mission.example.org"))
            self.assertTrue(state.flag.title.startswith("Demo flag: "))

    def test_member_state_names_and_themes_exist_in_all_six_languages(self):
        norway = MemberState.objects.get(code="NO", locale=self.english)
        names = dict(
            MemberState.objects.filter(translation_key=norway.translation_key).values_list(
                "locale__language_code", "name"
            )
        )
        self.assertEqual(names, data.COUNTRY_BY_CODE["NO"].names)
        themes = Theme.objects.filter(locale=self.english)
        self.assertGreaterEqual(themes.count(), 8)
        self.assertTrue(all(theme.udhr_articles for theme in themes))
        self.assertEqual(Theme.objects.count(), themes.count() * 6)

    def test_people_roles_are_translated_with_the_right_grammatical_gender(self):
        minister = Person.objects.get(name="Martina Ferreyra", locale=self.english)
        roles = dict(
            Person.objects.filter(translation_key=minister.translation_key).values_list(
                "locale__language_code", "role"
            )
        )
        self.assertEqual(roles["es"], "Ministra de Relaciones Exteriores")
        self.assertEqual(roles["ar"], "وزيرة الخارجية")

    # -- Stories --------------------------------------------------------------------------------

    def test_every_member_state_presents_at_least_two_stories(self):
        stories = Counter(
            code
            for code, _key in set(
                StoryPage.objects.values_list("member_state__code", "translation_key")
            )
        )
        self.assertEqual(len(stories), 14)
        self.assertTrue(all(count >= 2 for count in stories.values()), stories)
        self.assertGreaterEqual(sum(stories.values()), 28)

    def test_stories_first_written_in_spanish_french_and_arabic_have_live_english_versions(self):
        sources = TranslationSource.objects.filter(
            specific_content_type__model="storypage"
        ).select_related("locale")
        by_language = Counter(source.locale.language_code for source in sources)
        self.assertGreaterEqual(by_language["es"], 5)
        self.assertGreaterEqual(by_language["fr"], 2)
        self.assertGreaterEqual(by_language["ar"], 1)
        for source in sources.exclude(locale=self.english):
            with self.subTest(source.object_repr):
                english = StoryPage.objects.get(
                    translation_key=source.object_id, locale=self.english
                )
                self.assertTrue(english.live)
                original = StoryPage.objects.get(
                    translation_key=source.object_id, locale=source.locale
                )
                self.assertEqual(english.member_state, original.member_state)
                self.assertEqual(
                    {theme.locale for theme in original.themes.all()}, {original.locale}
                )
                self.assertEqual({theme.locale for theme in english.themes.all()}, {self.english})

    def test_the_arabic_story_is_right_where_an_arabic_editor_would_write_it(self):
        story = next(story for story in STORIES if story.language == "ar")
        page = StoryPage.objects.get(slug=story.slug)
        self.assertEqual(page.locale.language_code, "ar")
        self.assertEqual(page.title, story.title)
        self.assertEqual(page.get_parent().specific.member_state.code, "TN")
        english = page.get_translation(self.english)
        self.assertEqual(english.title, story_texts(story, "en")["title"])

    def test_stories_carry_themes_goals_partners_presenter_and_an_accessible_hero_image(self):
        for story in StoryPage.objects.all():
            with self.subTest(story.title):
                self.assertTrue(story.themes.exists())
                self.assertTrue(story.sdgs.exists())
                self.assertTrue(story.partners.exists())
                self.assertIsNotNone(story.presenter)
                self.assertTrue(story.hero_image_alt)
                self.assertTrue(story.consent_confirmed)
                self.assertLessEqual(len(story.summary), 300)

    def test_story_bodies_use_every_shared_block(self):
        used = Counter()
        for story in StoryPage.objects.filter(locale=self.english):
            for block in story.body.raw_data:
                used[block["type"]] += 1
                if block["type"] == "video":
                    used["hosted video" if block["value"]["video"] else "video link"] += 1
        for block_type in (
            "heading",
            "paragraph",
            "image",
            "quote",
            "key_figure",
            "video link",
            "hosted video",
            "live_feed",
            "gallery",
            "document",
            "call_to_action",
        ):
            with self.subTest(block_type):
                self.assertGreater(used[block_type], 0)

    def test_every_story_says_it_is_illustrative(self):
        for story in StoryPage.objects.select_related("locale"):
            with self.subTest(story.title):
                notes = {data.glossary("demo_note", code) for code in LANGUAGES}
                paragraphs = [
                    str(block.value) for block in story.body if block.block_type == "paragraph"
                ]
                self.assertTrue(any(note in text for text in paragraphs for note in notes))

    def test_demo_stream_fields_pass_the_admin_block_validation(self):
        # The same validation the page editor applies when saving; the test settings'
        # embed finders answer without the network.
        for page in Page.objects.type(StoryPage, MeetingPage, HomePage).specific():
            for field in page._meta.get_fields():
                if not isinstance(field, StreamField):
                    continue
                with self.subTest(page=page.title, field=field.name):
                    field.stream_block.clean(getattr(page, field.name))

    def test_some_stories_need_a_consent_review(self):
        expired = StoryPage.objects.filter(
            locale=self.english, consent_expires_on__lt=timezone.localdate()
        )
        self.assertGreaterEqual(expired.count(), 2)
        self.assertTrue(all(story.consent_needs_review for story in expired))

    def test_hosted_videos_have_captions_in_two_languages(self):
        self.assertGreaterEqual(HostedMedia.objects.count(), 2)
        for video in HostedMedia.objects.all():
            with self.subTest(video.title):
                languages = set(video.caption_tracks.values_list("language", flat=True))
                self.assertGreaterEqual(len(languages), 2)
                self.assertTrue(video.title.startswith("Demo video (placeholder file)"))
        track = CaptionTrack.objects.first()
        with track.file.open("rb") as caption_file:
            self.assertTrue(caption_file.read().startswith(b"WEBVTT"))

    def test_generated_images_are_varied_and_credited(self):
        heroes = CustomImage.objects.filter(title__startswith="Demo illustration: ")
        self.assertGreaterEqual(heroes.count(), 28)
        self.assertEqual(heroes.values("file_hash").distinct().count(), heroes.count())
        self.assertTrue(all(image.credit for image in heroes))
        hero = StoryPage.objects.filter(locale=self.english).first().hero_image
        self.assertEqual((hero.width, hero.height), (1600, 900))

    # -- Meetings ----------------------------------------------------------------------------

    def test_the_launch_event_is_the_unga_73_launch_in_new_york(self):
        new_york = zoneinfo.ZoneInfo("America/New_York")
        start = timezone.localtime(self.launch.starts_at, new_york)
        self.assertEqual(start.date(), datetime.date(2018, 9, 27))
        self.assertEqual(self.launch.time_zone, "America/New_York")
        self.assertEqual(self.launch.session_reference, "UNGA 73")
        self.assertIn("United Nations Headquarters", self.launch.venue)
        self.assertEqual({state.code.code for state in self.launch.co_chairs.all()}, FOUNDERS)

    def test_the_launch_programme_presents_one_story_per_founding_member(self):
        items = [child.value for child in self.launch.programme]
        kinds = [item["kind"] for item in items]
        self.assertEqual(kinds[0], "opening")
        self.assertEqual(kinds[1], "keynote")
        self.assertEqual(kinds[-1], "closing")
        self.assertIn("panel", kinds)
        presentations = [item for item in items if item["kind"] == "story"]
        self.assertEqual(len(presentations), 13)
        self.assertEqual({item["member_state"].code.code for item in presentations}, FOUNDERS)
        for item in presentations:
            with self.subTest(item["title"]):
                story = item["story"].specific
                self.assertEqual(story.member_state, item["member_state"])
                self.assertEqual(story.locale, self.english)
                self.assertGreaterEqual(len(item["speakers"]), 2)
        with_media = [item for item in presentations if item["media"]]
        self.assertEqual(
            {child.block_type for item in with_media for child in item["media"]},
            {"video", "live_feed"},
        )

    def test_every_programme_item_falls_inside_its_meeting(self):
        for meeting in MeetingPage.objects.all():
            with self.subTest(f"{meeting.title} ({meeting.locale})"):
                meeting.full_clean()
                schedule = list(meeting.programme_schedule())
                self.assertTrue(schedule)
                for _item, start, end in schedule:
                    self.assertGreaterEqual(start, meeting.starts_at)
                    self.assertLessEqual(end, meeting.ends_at)

    def test_the_geneva_meeting_of_13_february_2019(self):
        geneva = MeetingPage.objects.get(locale=self.english, session_reference="HRC 40")
        start = timezone.localtime(geneva.starts_at, zoneinfo.ZoneInfo("Europe/Zurich"))
        self.assertEqual(start.date(), datetime.date(2019, 2, 13))
        self.assertEqual(geneva.kind, MeetingPage.Kind.MINISTERIAL)
        self.assertEqual(geneva.time_zone, "Europe/Zurich")
        self.assertEqual(geneva.venue, "Palais des Nations")

    def test_one_meeting_is_upcoming_and_has_a_livestream(self):
        upcoming = [
            meeting
            for meeting in MeetingPage.objects.filter(locale=self.english)
            if meeting.status == MeetingStatus.UPCOMING
        ]
        self.assertEqual(len(upcoming), 1)
        self.assertEqual(len(upcoming[0].livestream), 1)

    # -- Declaration ------------------------------------------------------------------------

    def test_the_declaration_was_adopted_at_the_launch_and_is_open_for_signature(self):
        self.assertEqual(self.declaration.adopted_at, self.launch)
        self.assertEqual(self.declaration.status, DeclarationPage.Status.OPEN)
        self.assertEqual(self.declaration.opened_for_signature_on, datetime.date(2018, 9, 27))

    def test_fourteen_signatories_with_colombia_acceding_later(self):
        signatories = {s.member_state.code.code: s for s in self.declaration.signatories.all()}
        self.assertEqual(len(signatories), 14)
        founders = [signatories[code] for code in FOUNDERS]
        self.assertTrue(all(s.signed_on == datetime.date(2018, 9, 27) for s in founders))
        self.assertEqual({s.level for s in founders}, {"minister", "head_of_state", "ambassador"})
        colombia = signatories["CO"]
        self.assertEqual((colombia.signed_on.year, colombia.signed_on.month), (2019, 9))

    def test_each_language_version_of_the_declaration_has_its_own_pdf_where_one_exists(self):
        pdfs = dict(
            DeclarationPage.objects.filter(
                translation_key=self.declaration.translation_key
            ).values_list("locale__language_code", "pdf__title")
        )
        self.assertEqual(set(pdfs), set(LANGUAGES))
        self.assertNotEqual(pdfs["fr"], pdfs["en"])
        self.assertNotEqual(pdfs["es"], pdfs["en"])
        with self.declaration.pdf.file.open("rb") as pdf:
            content = pdf.read()
        self.assertTrue(content.startswith(b"%PDF-1.4"))
        self.assertTrue(content.rstrip().endswith(b"%%EOF"))

    # -- Translation states (issue 3) ----------------------------------------------------------

    def test_the_declaration_and_the_launch_event_are_live_in_all_six_languages(self):
        self.assertEqual(live_languages(self.declaration), set(LANGUAGES))
        self.assertEqual(live_languages(self.launch), set(LANGUAGES))
        for page in (self.declaration, self.launch):
            for translation in Translation.objects.filter(source__object_id=page.translation_key):
                with self.subTest(page=page.title, language=translation.target_locale):
                    total, translated = translation.get_progress()
                    self.assertEqual(translated, total)

    def test_at_least_a_third_of_the_stories_are_live_in_three_or_more_languages(self):
        keys = set(StoryPage.objects.values_list("translation_key", flat=True))
        live_counts = Counter(
            StoryPage.objects.filter(live=True).values_list("translation_key", flat=True)
        )
        widely_live = [key for key in keys if live_counts[key] >= 3]
        self.assertGreaterEqual(len(widely_live) * 3, len(keys))

    def test_some_translations_are_drafts_waiting_for_review(self):
        drafts = StoryPage.objects.filter(live=False)
        self.assertGreaterEqual(drafts.count(), 5)
        for draft in drafts:
            with self.subTest(draft.title):
                self.assertTrue(
                    Translation.objects.filter(
                        source__object_id=draft.translation_key, target_locale=draft.locale
                    ).exists()
                )

    def test_some_translations_are_out_of_date_with_their_edited_source(self):
        stale = []
        for story in (story for story in STORIES if story.update):
            page = StoryPage.objects.get(slug=story.slug, locale__language_code=story.language)
            source = TranslationSource.objects.get(object_id=page.translation_key)
            self.assertGreater(page.last_published_at, source.last_updated_at)
            self.assertNotIn(story.update, source.content_json)
            stale.extend(Translation.objects.filter(source=source))
        self.assertGreaterEqual(len(stale), 3)

    def test_partly_translated_stories_keep_source_text_and_show_as_incomplete(self):
        incomplete = [
            translation
            for translation in Translation.objects.filter(
                source__specific_content_type__model="storypage"
            )
            if translation.get_progress()[1] < translation.get_progress()[0]
        ]
        complete = Translation.objects.filter(
            source__specific_content_type__model="storypage"
        ).count() - len(incomplete)
        self.assertGreater(len(incomplete), 0)
        self.assertGreater(complete, 0)

    # -- Users -----------------------------------------------------------------------------------

    def test_demo_users_belong_to_the_editorial_groups(self):
        User = get_user_model()
        admin = User.objects.get(username="admin")
        self.assertTrue(admin.is_superuser)
        self.assertTrue(admin.check_password(data.DEMO_PASSWORD))
        self.assertTrue(
            User.objects.get(username="secretariat").groups.filter(name="Secretariat").exists()
        )
        for country in data.COUNTRIES:
            with self.subTest(country.code):
                editor = User.objects.get(username=f"editor-{country.code.lower()}")
                self.assertEqual(
                    list(editor.groups.values_list("name", flat=True)),
                    [f"Editors: {country.name}"],
                )

    def test_demo_pages_open_in_the_page_editor_and_the_translation_editor(self):
        self.client.force_login(get_user_model().objects.get(username="admin"))
        french = Locale.objects.get(language_code="fr")
        pages = [
            self.launch,
            self.declaration,
            self.launch.get_translation(french),
            self.declaration.get_translation(french),
            *StoryPage.objects.filter(
                slug__in=[
                    "hospitals-that-speak-sign-language",
                    "women-leading-water-committees",
                    "interpretes-de-lenguas-indigenas",
                    "indigenous-language-interpreters",
                    next(story.slug for story in STORIES if story.language == "ar"),
                ]
            ),
        ]
        for page in pages:
            with self.subTest(f"{page.title} ({page.locale})"):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_an_editor_sees_their_country_story_in_the_admin(self):
        editor = get_user_model().objects.get(username="editor-no")
        self.client.force_login(editor)
        story = StoryPage.objects.get(locale=self.english, slug="equal-pay-checked-every-year")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertEqual(response.status_code, 200)


class LoadDemoSafetyTests(SimpleTestCase):
    @override_settings(DEBUG=False)
    def test_refuses_to_run_without_debug_unless_forced(self):
        with self.assertRaisesMessage(CommandError, "--force"):
            call_command("load_demo", verbosity=0)


class DemoDataTests(SimpleTestCase):
    """The texts fit the fields they go into, in every language they are written in."""

    def test_story_summaries_and_titles_fit_their_fields(self):
        for story in STORIES:
            for code in [story.language, *story.translations]:
                texts = story_texts(story, code)
                with self.subTest(story=story.slug, language=code):
                    self.assertLessEqual(len(texts["summary"]), 300)
                    self.assertLessEqual(len(texts["title"]), 255)
                    self.assertTrue(texts["location"])

    def test_the_next_meeting_is_always_in_the_future(self):
        for today in (datetime.date(2026, 1, 15), datetime.date(2026, 9, 30)):
            with self.subTest(today):
                meeting = events.next_meeting(today)
                self.assertGreater(meeting.starts_at.date(), today)
                self.assertEqual(meeting.starts_at.month, 9)
