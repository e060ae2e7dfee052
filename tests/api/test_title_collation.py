"""``orderBy: TITLE`` sorts by the requested language's alphabet on PostgreSQL (ICU
collations) and by code point elsewhere, as the contract's README says.

Run on PostgreSQL with ``DATABASE_URL=postgres://postgres@127.0.0.1:5432/ghrs_<branch>``
set, then ``pytest tests/api/test_title_collation.py``.
"""

from unittest import skipUnless

from django.db import connection
from django.test import SimpleTestCase, TestCase

from core.collation import collation_for, icu_collation_name
from tests.api.builders import build_content, data_of, make_story, translate

TITLES = """query ($locale: String!) {
  stories(locale: $locale, orderBy: TITLE, first: 100) { nodes { title } }
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

    @skipUnless(connection.vendor == "postgresql", "ICU collations: run on PostgreSQL")
    def test_on_postgresql_titles_follow_the_languages_alphabet(self):
        self.assertEqual(collation_for("fr"), "fr-x-icu")
        self.assertEqual(
            self.titles(),
            ["Des écoles ouvertes", "Des villages connectés", "Écoute active", "Zèbres"],
        )

    @skipUnless(connection.vendor == "sqlite", "the code-point order of SQLite")
    def test_on_sqlite_titles_sort_by_code_point_as_documented(self):
        self.assertIsNone(collation_for("fr"))
        self.assertEqual(
            self.titles(),
            ["Des villages connectés", "Des écoles ouvertes", "Zèbres", "Écoute active"],
        )
