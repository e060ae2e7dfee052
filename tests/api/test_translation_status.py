"""Honest languages: a page says whether it is the original, a complete translation, or a
translation published with some texts still in the original's language.

Read from the demo, whose Chinese version of a Uruguayan story translates its title,
summary and place but leaves its paragraphs in Spanish, the language it was written in.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.testing import DemoTestCase
from tests.api.builders import data_of

STATUS = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    title
    translationStatus { isSource complete translatedPercent outOfDate sourceLocale { code } }
  }
}
"""
SLUG = "una-computadora-para-cada-escolar"


class TranslationStatusTests(DemoTestCase):
    def status(self, locale, slug=SLUG):
        story = data_of(STATUS, {"locale": locale, "slug": slug})["story"]
        self.assertIsNotNone(story, f"no {locale} story {slug}")
        return story["translationStatus"]

    def test_the_original_says_it_is_the_source(self):
        self.assertEqual(
            self.status("es"),
            {
                "isSource": True,
                "complete": True,
                "translatedPercent": 100,
                "outOfDate": False,
                "sourceLocale": {"code": "es"},
            },
        )

    def test_a_translation_published_with_texts_in_the_original_language_says_so(self):
        status = self.status("zh-hans")
        self.assertFalse(status["isSource"])
        self.assertFalse(status["complete"])
        # The headings and notes every story shares are translated; the paragraphs are not.
        self.assertLess(status["translatedPercent"], 100)
        self.assertGreater(status["translatedPercent"], 0)
        self.assertEqual(status["sourceLocale"], {"code": "es"})

    def test_a_list_of_pages_costs_a_fixed_number_of_queries(self):
        query = """query ($first: Int) { stories(locale: "en", first: $first) {
            nodes { translationStatus { complete sourceLocale { code } } } } }"""
        data_of(query, {"first": 10})
        with CaptureQueriesContext(connection) as few:
            data_of(query, {"first": 10})
        with CaptureQueriesContext(connection) as many:
            nodes = data_of(query, {"first": 20})["stories"]["nodes"]
        self.assertEqual(len(nodes), 20)
        # Fixed, not per page: when some translations of the list may be out of date, their
        # content is compared at a cost of a few queries per page type (the pages' types,
        # the pages, their relations); the first ten stories of the demo have none.
        self.assertLessEqual(len(many) - len(few), 3)


SNIPPETS = """
query ($locale: String!) {
  organisations(locale: $locale) {
    name locale { code } isFallback sourceLocale { code } untranslatedFields
  }
}
"""


class SnippetLanguageTests(DemoTestCase):
    def organisations(self, locale):
        return {row["name"]: row for row in data_of(SNIPPETS, {"locale": locale})["organisations"]}

    def test_a_name_copied_from_the_original_is_marked_as_still_in_its_language(self):
        arabic = self.organisations("ar")
        copied = [row for row in arabic.values() if "name" in row["untranslatedFields"]]
        translated = [row for row in arabic.values() if "name" not in row["untranslatedFields"]]
        self.assertTrue(copied)
        self.assertTrue(translated)
        for row in copied:
            self.assertEqual(row["locale"], {"code": "ar"})
            self.assertEqual(row["sourceLocale"], {"code": "en"})
            self.assertRegex(row["name"], r"^[\x00-\u024f]+$")  # Latin script: the original
        self.assertIn("مفوضية الأمم المتحدة السامية لحقوق الإنسان", arabic)
        self.assertEqual(
            arabic["مفوضية الأمم المتحدة السامية لحقوق الإنسان"]["untranslatedFields"], []
        )

    def test_the_original_has_no_untranslated_fields(self):
        for row in self.organisations("en").values():
            self.assertEqual(row["untranslatedFields"], [])
            self.assertEqual(row["sourceLocale"], {"code": "en"})


BLOCKS = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    body { __typename lang direction ... on ParagraphBlock { html } ... on HeadingBlock { text } }
  }
}
"""


class BlockLanguageTests(DemoTestCase):
    def blocks(self, locale):
        return data_of(BLOCKS, {"locale": locale, "slug": SLUG})["story"]["body"]

    def test_blocks_still_in_the_original_language_carry_it_and_translated_ones_do_not(self):
        blocks = self.blocks("zh-hans")
        untranslated = [block for block in blocks if block["lang"]]
        translated = [block for block in blocks if not block["lang"]]
        self.assertTrue(untranslated)
        self.assertTrue(translated)
        for block in untranslated:
            self.assertEqual((block["lang"], block["direction"]), ("es", "LTR"))
        paragraphs = [block for block in untranslated if block["__typename"] == "ParagraphBlock"]
        self.assertTrue(paragraphs)
        for block in paragraphs:
            self.assertNotRegex(block["html"], r"[\u4e00-\u9fff]")  # no Chinese: the original
        for block in translated:
            self.assertIsNone(block["direction"])

    def test_the_original_has_no_block_in_another_language(self):
        self.assertTrue(all(block["lang"] is None for block in self.blocks("es")))


FIELDS = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    locale { code }
    location
    fieldLanguages { field lang direction }
  }
}
"""
GAMBIA = "listening-sessions-in-every-region"


class FieldLanguageTests(DemoTestCase):
    """The demo's Arabic version of a Gambian story translates its title and summary but
    leaves the place as the English original writes it."""

    def fields(self, query, variables, root):
        page = data_of(query, variables)[root]
        self.assertIsNotNone(page, f"no {root} for {variables}")
        languages = {
            row["field"]: (row["lang"], row["direction"]) for row in page["fieldLanguages"]
        }
        return page, languages

    def test_a_field_still_in_the_original_language_reports_that_language(self):
        story, languages = self.fields(FIELDS, {"locale": "ar", "slug": GAMBIA}, "story")
        self.assertEqual(story["locale"], {"code": "ar"})
        self.assertEqual(story["location"], "Banjul, The Gambia")
        self.assertEqual(languages["location"], ("en", "LTR"))

    def test_translated_fields_report_the_page_language(self):
        _, languages = self.fields(FIELDS, {"locale": "ar", "slug": GAMBIA}, "story")
        self.assertEqual(
            set(languages),
            {"title", "seoTitle", "searchDescription", "summary", "location", "heroImage.alt"},
        )
        for field in ("title", "seoTitle", "summary", "heroImage.alt"):
            self.assertEqual(languages[field], ("ar", "RTL"), field)

    def test_every_field_of_the_original_is_in_its_language(self):
        _, languages = self.fields(FIELDS, {"locale": "en", "slug": GAMBIA}, "story")
        self.assertEqual(set(languages.values()), {("en", "LTR")})

    def test_a_translated_rich_text_field_reports_the_page_language(self):
        query = """query ($locale: String!, $id: ID!) {
            declaration(locale: $locale, id: $id) { text fieldLanguages { field lang direction } }
        }"""
        english = data_of('{ declarations(locale: "en") { id } }')["declarations"]
        declaration, languages = self.fields(
            query, {"locale": "ar", "id": english[0]["id"]}, "declaration"
        )
        self.assertTrue(declaration["text"])
        self.assertRegex(declaration["text"], r"[\u0600-\u06ff]")  # Arabic text
        self.assertEqual(languages["text"], ("ar", "RTL"))
        self.assertEqual(languages["title"], ("ar", "RTL"))

    def test_field_languages_cost_a_fixed_number_of_queries_for_a_list(self):
        without = """query ($first: Int) { stories(locale: "fr", first: $first) {
            nodes { title } } }"""
        query = """query ($first: Int) { stories(locale: "fr", first: $first) {
            nodes { title fieldLanguages { field lang } } } }"""
        data_of(query, {"first": 2})
        with CaptureQueriesContext(connection) as plain:
            data_of(without, {"first": 2})
        with CaptureQueriesContext(connection) as few:
            data_of(query, {"first": 2})
        with CaptureQueriesContext(connection) as many:
            nodes = data_of(query, {"first": 6})["stories"]["nodes"]
        self.assertEqual(len(nodes), 6)
        # One batched load for the whole list, whatever its length and number of fields:
        # the translations, the originals' texts and their translations.
        self.assertEqual(len(many), len(few))
        self.assertLessEqual(len(few) - len(plain), 3)


PRESENTER = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    presenter { name locale { code } sourceLocale { code } untranslatedFields }
  }
}
"""


class PersonNameTests(DemoTestCase):
    """The demo transliterates people's names into Arabic, Russian and Chinese where it
    gives a spelling, and leaves the others as the original writes them."""

    def presenter(self, locale, slug):
        return data_of(PRESENTER, {"locale": locale, "slug": slug})["story"]["presenter"]

    def test_a_transliterated_name_is_translated(self):
        presenter = self.presenter("ar", "le-droit-de-savoir-commune-par-commune")
        self.assertEqual(presenter["name"], "سلمى الغربي")
        self.assertEqual(presenter["locale"], {"code": "ar"})
        self.assertNotIn("name", presenter["untranslatedFields"])

    def test_a_name_without_a_spelling_in_the_language_is_marked_as_the_original(self):
        presenter = self.presenter("ar", GAMBIA)
        self.assertEqual(presenter["name"], "Lamin Ceesay")
        self.assertEqual(presenter["sourceLocale"], {"code": "en"})
        self.assertIn("name", presenter["untranslatedFields"])
