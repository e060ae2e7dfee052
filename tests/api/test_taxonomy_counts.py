"""Goals and themes say how many stories use them, so filters built from them have no
dead ends: ``sdgs(inUse:)`` and ``storyCount``, counted in the language asked for."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from coalition.factories import ThemeFactory
from tests.api.builders import build_content, data_of, make_story

COUNTS = """query ($locale: String!, $inUse: Boolean) {
  sdgs(locale: $locale, inUse: $inUse) { number storyCount }
  themes(locale: $locale) { slug storyCount }
}"""


class TaxonomyCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()

    def test_sdgs_in_use_are_those_published_stories_contribute_to(self):
        # The school story contributes to goals 4 and 5; no story to 16 or the others.
        used = data_of(COUNTS, {"locale": "en", "inUse": True})["sdgs"]
        self.assertEqual(used, [{"number": 4, "storyCount": 1}, {"number": 5, "storyCount": 1}])
        unused = data_of(COUNTS, {"locale": "en", "inUse": False})["sdgs"]
        self.assertEqual(len(unused), 15)
        self.assertEqual({goal["storyCount"] for goal in unused}, {0})
        self.assertEqual(len(data_of(COUNTS, {"locale": "en"})["sdgs"]), 17)

    def test_counts_are_per_language(self):
        """No story is published in French: no goal is in use there, every count is 0."""
        data = data_of(COUNTS, {"locale": "fr", "inUse": True})
        self.assertEqual(data["sdgs"], [])
        self.assertEqual({theme["storyCount"] for theme in data["themes"]}, {0})

    def test_theme_story_counts_match_the_stories_filter(self):
        themes = {
            theme["slug"]: theme["storyCount"]
            for theme in data_of(COUNTS, {"locale": "en"})["themes"]
        }
        self.assertEqual(themes, {"education": 1, "gender-equality": 2})
        total = data_of('{ stories(locale: "en", theme: "gender-equality") { totalCount } }')
        self.assertEqual(total["stories"]["totalCount"], 2)

    def test_counts_cost_the_same_queries_whatever_the_number_of_themes(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                data_of(COUNTS, {"locale": "en", "inUse": True})
            return len(queries)

        before = count()
        for index in range(5):
            theme = ThemeFactory()
            story = make_story(self.content.no_section, title=f"Story {index}")
            story.themes.set([theme])
        self.assertEqual(count(), before)
        self.assertLessEqual(before, 6)
