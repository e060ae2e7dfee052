"""Parsed and validated GraphQL documents, kept per process by the hash of their text.

A repeated query is neither parsed nor validated again: ``parsed`` keeps the document tree
of each text that parsed, ``validated`` remembers which documents passed this API's
limits (``api.validation.check_limits``) and graphql-core's ``specified_rules``. A
validation result is keyed by everything it depends on (the limits and flags read from
settings, and the schema), so a result obtained under one set of limits is never reused
under another. Both are bounded least-recently-used maps, so hostile traffic can only
push entries out, never grow memory.

Only successes are kept: a document that fails to parse or validate is checked again on
its next request, by the same linear checks that refused it. This module must not decide
what is valid; it only remembers what ``api.views`` decided.
"""

import threading
from collections import OrderedDict

from django.conf import settings


class BoundedLRU:
    """A thread-safe mapping that forgets its least recently used entries beyond ``size``."""

    def __init__(self, size):
        self.size = size
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key, value):
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)


_parsed = BoundedLRU(500)
_validated = BoundedLRU(500)


def _resize():
    size = settings.API_DOCUMENT_CACHE_SIZE
    _parsed.size = _validated.size = size


def parse_limits():
    """What the parser's result depends on besides the text."""
    return (
        settings.API_MAX_QUERY_TOKENS,
        settings.API_MAX_QUERY_LENGTH,
    )


def validation_limits(schema):
    """What a validation result depends on besides the document."""
    return (
        id(schema),
        settings.API_MAX_QUERY_DEPTH,
        settings.API_MAX_FIELDS,
        settings.API_MAX_FIELD_REPEATS,
        settings.API_MAX_ALIASES,
        settings.API_MAX_STRING_LENGTH,
        settings.API_MAX_VALIDATION_ERRORS,
        settings.GRAPHQL_INTROSPECTION,
        settings.GRAPHQL_SUGGESTIONS,
        *parse_limits(),
    )


def parsed(document_hash):
    """The document tree parsed earlier from the text with this hash, or ``None``."""
    return _parsed.get((document_hash, parse_limits()))


def remember_parsed(document_hash, document):
    _resize()
    _parsed.put((document_hash, parse_limits()), document)


def is_validated(document_hash, schema):
    """True when this document passed every check under the current limits."""
    return _validated.get((document_hash, validation_limits(schema))) is True


def remember_validated(document_hash, schema):
    _resize()
    _validated.put((document_hash, validation_limits(schema)), True)


def clear():
    """Forget every document (tests that count parses start from nothing)."""
    _parsed.clear()
    _validated.clear()
