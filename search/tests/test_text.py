"""Query words, CJK terms and snippets: the text rules of search, without a database."""

from django.test import SimpleTestCase

from core.search import cjk_query, cjk_terms
from search import highlight
from search.backends import backend_terms


class CJKTermsTests(SimpleTestCase):
    def test_chinese_text_is_indexed_as_characters_and_overlapping_pairs(self):
        self.assertEqual(cjk_terms("人权故事"), "人 权 故 事 人权 权故 故事")

    def test_text_without_cjk_characters_adds_nothing(self):
        self.assertEqual(cjk_terms("Human rights", "", None), "")

    def test_a_query_becomes_the_pairs_that_must_all_be_indexed(self):
        self.assertEqual(cjk_query("国家行动").split(), ["国家", "家行", "行动"])
        self.assertEqual(cjk_query("权").split(), ["权"])
        self.assertEqual(cjk_query("UNGA 人权").split(), ["UNGA", "人权"])

    def test_every_pair_of_a_query_is_among_the_terms_of_text_containing_it(self):
        text = "政府在通过国家人权行动计划之前"
        terms = set(cjk_terms(text).split())
        for query in ("人权", "国家人权", "行动计划", "计"):
            with self.subTest(query=query):
                self.assertTrue(set(cjk_query(query).split()) <= terms)


class BackendTermsTests(SimpleTestCase):
    def test_full_text_operators_and_punctuation_are_dropped(self):
        self.assertEqual(backend_terms('"rights" & (health | !water):*'), "rights health water")
        self.assertEqual(backend_terms("l'école"), "l école")
        self.assertEqual(backend_terms("!!! :* ()"), "")

    def test_words_in_any_script_are_kept(self):
        self.assertEqual(backend_terms("حقوق الطفل"), "حقوق الطفل")
        self.assertEqual(backend_terms("права человека"), "права человека")


class SnippetTests(SimpleTestCase):
    def test_matched_words_are_marked_and_everything_else_escaped(self):
        pattern = highlight.matcher("rights")
        self.assertEqual(
            highlight.mark("<b>Rights</b> & right's", pattern),
            "&lt;b&gt;<mark>Rights</mark>&lt;/b&gt; &amp; <mark>right</mark>&#x27;s",
        )

    def test_stemmed_forms_are_marked_by_their_first_letters(self):
        pattern = highlight.matcher("hospitals")
        self.assertIn("<mark>hospital</mark>", highlight.mark("a hospital", pattern))

    def test_chinese_is_marked_as_written(self):
        pattern = highlight.matcher("电脑")
        self.assertEqual(highlight.mark("一台电脑。", pattern), "一台<mark>电脑</mark>。")

    def test_the_snippet_is_cut_around_the_first_match_from_the_first_text_that_has_one(self):
        long_text = "Opening words. " * 30 + "The water committees met. " + "More. " * 30
        snippet = highlight.snippet(["No match here", long_text], highlight.matcher("water"))
        self.assertIn("<mark>water</mark> committees", snippet)
        self.assertTrue(snippet.startswith("…") and snippet.endswith("…"))
        self.assertLess(len(snippet), highlight.SNIPPET_LENGTH + 40)

    def test_rich_text_loses_its_tags_before_it_is_escaped(self):
        snippet = highlight.snippet(["<p>We <b>affirm</b> rights</p>"], highlight.matcher("x"))
        self.assertEqual(snippet, "We affirm rights")

    def test_a_query_of_punctuation_marks_nothing(self):
        self.assertIsNone(highlight.matcher("!!! :*"))
        self.assertEqual(highlight.snippet(["a < b"], None), "a &lt; b")
