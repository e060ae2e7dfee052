"""Snippets of a page's text around the words a query matched, as escaped HTML.

The only markup a snippet holds is ``<mark>…</mark>`` around matched words; everything
else, the page's own text included, is escaped. Matching is by word start, so that a
stemmed hit (``rights`` for the query ``right``, ``droits`` for ``droit``) is marked too;
CJK text is matched character by character.

This module only works on text: it must not fetch anything nor know GraphQL.
"""

import re

from django.utils.html import escape, strip_tags

from core.search import CJK_RUN

SNIPPET_LENGTH = 180
# A word is matched by its first letters, so endings that stemming removes still match.
MIN_STEM = 4


def _word_pattern(word):
    if CJK_RUN.fullmatch(word):
        return re.escape(word)
    stem = word if len(word) <= MIN_STEM else word[: max(MIN_STEM, len(word) - 2)]
    return rf"(?<!\w){re.escape(stem)}\w*"


def matcher(query):
    """A compiled pattern matching the words of ``query``, or None when it has none."""
    words = sorted(set(re.findall(r"\w+", query.lower())), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(_word_pattern(word) for word in words), re.IGNORECASE)


def plain_text(value):
    """Text of a field value: rich text loses its tags, whitespace is collapsed."""
    return " ".join(strip_tags(str(value or "")).split())


def mark(text, pattern):
    """``text`` escaped, with each match of ``pattern`` inside ``<mark>``."""
    if pattern is None:
        return escape(text)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def snippet(texts, pattern, length=SNIPPET_LENGTH):
    """A window of about ``length`` characters from the first of ``texts`` that matches
    ``pattern`` (the first non-empty one when none does), escaped and marked."""
    texts = [plain_text(text) for text in texts]
    texts = [text for text in texts if text]
    if not texts:
        return ""
    for text in texts:
        found = pattern.search(text) if pattern else None
        if found:
            break
    else:
        text, found = texts[0], None
    start = 0
    if found and found.start() > length // 3:
        start = found.start() - length // 3
        # Start on a word boundary.
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = start + length
    window = text[start:end]
    if end < len(text):
        space = window.rfind(" ")
        window = window[:space] if space > length // 2 else window
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + len(window) < len(text) else ""
    return f"{escape(prefix)}{mark(window, pattern)}{escape(suffix)}"
