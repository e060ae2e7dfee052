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
