"""``manage.py generate_stories``: many stories in every language, coherent with the page tree."""

import io
import json

from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from demo.generator import SLUG_PREFIX, Plan, story_pages
from demo.testing import DemoTestCase
from stories.models import StoryPage

LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru"]


def generated():
    return StoryPage.objects.filter(slug__startswith=f"{SLUG_PREFIX}-7-")


class GenerateStoriesTests(DemoTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pages_before = Page.objects.count()
        cls.output = io.StringIO()
        call_command("generate_stories", count=12, seed=7, force=True, stdout=cls.output)

    def test_each_story_exists_live_in_every_language_under_one_translation_key(self):
        pages = list(generated())
        self.assertEqual(len(pages), 12 * len(LANGUAGES))
        by_key = {}
        for page in pages:
            by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
            self.assertTrue(page.live)
            self.assertEqual(page.get_parent().specific.member_state.code, page.member_state.code)
            self.assertEqual(page.get_parent().locale_id, page.locale_id)
            self.assertEqual(page.url_path, f"{page.get_parent().url_path}{page.slug}/")
        self.assertEqual(len(by_key), 12)
        self.assertTrue(all(languages == set(LANGUAGES) for languages in by_key.values()))

    def test_the_page_tree_stays_consistent(self):
        self.assertEqual(Page.objects.count(), self.pages_before + 12 * len(LANGUAGES))
        problems = Page.find_problems()
        self.assertEqual([list(group) for group in problems], [[]] * len(problems))

    def test_every_page_has_one_revision_that_is_its_latest_and_live_one(self):
        for page in generated():
            self.assertIsNotNone(page.latest_revision_id)
            self.assertEqual(page.latest_revision_id, page.live_revision_id)
            revision = Revision.objects.get(pk=page.latest_revision_id)
            self.assertEqual(revision.object_id, str(page.pk))
            self.assertEqual(revision.as_object().title, page.title)

    def test_stories_borrow_themes_in_their_own_language(self):
        pages = generated().prefetch_related("themes")
        linked = [theme for page in pages for theme in page.themes.all()]
        self.assertTrue(linked)
        for page in pages:
            self.assertTrue(all(theme.locale_id == page.locale_id for theme in page.themes.all()))

    def test_the_api_lists_generated_stories(self):
        query = '{ stories(locale: "fr", first: 100) { totalCount nodes { slug title } } }'
        response = self.client.post(
            "/graphql/", json.dumps({"query": query}), content_type="application/json"
        )
        slugs = [node["slug"] for node in response.json()["data"]["stories"]["nodes"]]
        self.assertEqual(sum(slug.startswith(f"{SLUG_PREFIX}-7-") for slug in slugs), 12)

    def test_a_second_run_adds_nothing_and_a_larger_count_adds_the_rest(self):
        output = io.StringIO()
        call_command("generate_stories", count=12, seed=7, force=True, stdout=output)
        self.assertIn("0 story pages added", output.getvalue())
        call_command("generate_stories", count=14, seed=7, languages="en,fr", force=True)
        self.assertEqual(generated().count(), 12 * len(LANGUAGES) + 2 * 2)

    def test_the_same_seed_and_number_always_give_the_same_story(self):
        first = story_pages(Plan(["en"]), 7, 3, {Plan(["en"]).locales["en"].pk})[0]
        again = story_pages(Plan(["en"]), 7, 3, {Plan(["en"]).locales["en"].pk})[0]
        fields = ("title", "summary", "story_date", "first_published_at", "translation_key")
        self.assertEqual(
            [getattr(first, name) for name in fields], [getattr(again, name) for name in fields]
        )
        stored = generated().get(locale__language_code="en", slug=first.slug)
        self.assertEqual(
            [getattr(stored, name) for name in fields], [getattr(first, name) for name in fields]
        )

    def test_unknown_languages_are_refused_with_the_choices(self):
        with self.assertRaisesMessage(CommandError, "Unknown language(s) xx; choose among en"):
            call_command("generate_stories", count=1, languages="en,xx", force=True)
