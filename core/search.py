"""Text preparation that lets full-text search find words in scripts without spaces.

Chinese (and Japanese kanji) is written without spaces, so a full-text index sees a whole
sentence as one word and a two-character query finds nothing. ``cjk_terms`` turns every
run of CJK characters into its single characters and overlapping pairs (bigrams), which
pages index next to their text; ``cjk_query`` turns the same runs of a query into the
pairs (or the single character) that must all be present. Other text is left as it is.

This module only transforms text; it must not know models, backends or GraphQL.
"""

import re

# CJK Unified Ideographs (with extension A), compatibility ideographs, kana and Hangul
# syllables: the scripts a word-splitting tokenizer cannot split.
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def _bigrams(run):
    return [run[index : index + 2] for index in range(len(run) - 1)]


def cjk_terms(*texts):
    """Every CJK character and pair of adjacent characters in ``texts``, space-separated;
    an empty string when there is none."""
    terms = []
    for text in texts:
        for run in CJK_RUN.findall(text or ""):
            terms.extend(run)
            terms.extend(_bigrams(run))
    return " ".join(dict.fromkeys(terms))


def cjk_query(text):
    """``text`` with each CJK run replaced by the terms an index built by ``cjk_terms``
    holds for it: the character itself, or its overlapping pairs."""

    def split(match):
        run = match.group(0)
        return f" {' '.join(_bigrams(run) or [run])} "

    return CJK_RUN.sub(split, text)


class CJKSearchMixin:
    """Indexes the CJK terms of a model's text fields (``cjk_search_fields``) as one more
    search field, so that every search backend finds Chinese words by their characters.

    Add ``index.SearchField("search_cjk_terms")`` to the model's ``search_fields``.
    """

    cjk_search_fields = ("title",)

    def search_cjk_terms(self):
        texts = []
        for name in self.cjk_search_fields:
            value = getattr(self, name)
            field = self._meta.get_field(name)
            if hasattr(field, "get_searchable_content"):
                texts.extend(str(text) for text in field.get_searchable_content(value))
            elif value:
                texts.append(str(value))
        return cjk_terms(*texts)
