"""``orderBy: TITLE`` sorts by the requested language's alphabet on PostgreSQL (ICU
collations) and by code point elsewhere, as the contract's README says.

Run on PostgreSQL with ``DATABASE_URL=postgres://postgres@127.0.0.1:5432/ghrs_<branch>``
set, then ``pytest tests/api/test_title_collation.py``.
"""

from django.db import connection
from django.test import SimpleTestCase, TestCase

from core.collation import collation_for, icu_collation_name
from tests.api.builders import build_content, data_of, make_story, translate

TITLES = """query ($locale: String!) {
  stories(locale: $locale, orderBy: TITLE, first: 100) { nodes { title } }
}"""
PAGED = """query ($locale: String!, $after: String) {
  stories(locale: $locale, orderBy: TITLE, first: 2, after: $after) {
    nodes { title } pageInfo { hasNextPage endCursor }
  }
}"""
FRENCH = ["Des villages connectés", "Des écoles ouvertes", "Zèbres", "Écoute active"]


class CollationNameTests(SimpleTestCase):
    def test_each_content_language_has_its_icu_collation_name(self):
        self.assertEqual(
            [icu_collation_name(code) for code in ("en", "fr", "ar", "zh-hans")],
            ["en-x-icu", "fr-x-icu", "ar-x-icu", "zh-Hans-x-icu"],
        )


class TitleOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        site = content.site
        translate(site.home, "fr", slug="ghrs-home-fr")
        translate(site.stories, "fr", slug="histoires")
        section = translate(content.no_section, "fr")
        for index, title in enumerate(FRENCH):
            make_story(section, title=title, slug=f"histoire-{index}")

    def titles(self):
        return [node["title"] for node in data_of(TITLES, {"locale": "fr"})["stories"]["nodes"]]

    def test_titles_follow_the_languages_alphabet_where_the_database_has_it(self):
        """PostgreSQL with ICU sorts French as French readers expect; SQLite sorts by code
        point, as the contract's README documents."""
        if connection.vendor == "postgresql":
            self.assertEqual(collation_for("fr"), "fr-x-icu")
            expected = ["Des écoles ouvertes", "Des villages connectés", "Écoute active", "Zèbres"]
        else:
            self.assertIsNone(collation_for("fr"))
            expected = ["Des villages connectés", "Des écoles ouvertes", "Zèbres", "Écoute active"]
        self.assertEqual(self.titles(), expected)

    def test_pages_of_two_continue_in_the_same_order(self):
        """Keyset cursors compare titles in the collation the list is sorted by."""
        seen, after = [], None
        while True:
            page = data_of(PAGED, {"locale": "fr", "after": after})["stories"]
            seen += [node["title"] for node in page["nodes"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        self.assertEqual(seen, self.titles())
