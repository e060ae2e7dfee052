"""Hostile GraphQL requests an anonymous client can send, each with the refusal it must get.

Each is small enough to send from anywhere and was, before the API had limits, enough to
tie up or kill a worker: a fragment fan-out that a naive rule walks 2^25 times, alias
floods that multiply real work, connections nested inside lists, deep nesting, documents
padded with comments or long strings. One list serves three readers: the endpoint tests
(tests/api/test_limits.py: refused with its code before any SQL runs), the tests against a
real gunicorn server (tests/outside/test_adversarial.py) and ``make bench``, which reports
each one's time to refusal over HTTP.

Data only: nothing here sends a request.
"""

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Hostile:
    name: str
    query: str
    status: int
    code: str
    variables: dict | None = None

    def body(self):
        """The JSON request body, as bytes."""
        return json.dumps({"query": self.query, "variables": self.variables or {}}).encode()


def fragment_fan_out(levels):
    """``fragment F1 on Query { ...F2 ...F2 }`` down to F<levels>: 2^levels fields."""
    fragments = " ".join(
        f"fragment F{level} on Query {{ ...F{level + 1} ...F{level + 1} }}"
        for level in range(1, levels)
    )
    return f"{{ ...F1 }} {fragments} fragment F{levels} on Query {{ locales {{ code }} }}"


def fragment_chain(length):
    """``fragment F1 on Query { ...F2 }`` and so on: fragments nested ``length`` deep."""
    fragments = " ".join(f"fragment F{n} on Query{{...F{n + 1}}}" for n in range(1, length))
    return f"{{...F1}} {fragments} fragment F{length} on Query{{__typename}}"


def aliases(count, selection):
    return "{ " + " ".join(f"a{index}: {selection}" for index in range(count)) + " }"


STORIES_WITH_BODY = 'stories(locale: "en", first: 100) { nodes { title body { id } } }'

HOSTILE = [
    Hostile("fragment fan-out, 25 levels", fragment_fan_out(25), 400, "QUERY_TOO_COMPLEX"),
    Hostile("fragment chain, 500 deep", fragment_chain(500), 400, "QUERY_TOO_COMPLEX"),
    Hostile(
        "2,000 aliases of locales (47 KB)",
        aliases(2000, "locales { code }"),
        413,
        "REQUEST_TOO_LARGE",
    ),
    Hostile("1,000 aliases of __typename", aliases(1000, "__typename"), 400, "QUERY_TOO_COMPLEX"),
    Hostile(
        "20 aliases of stories(first: 100) with body",
        aliases(20, STORIES_WITH_BODY),
        400,
        "QUERY_TOO_COSTLY",
    ),
    Hostile(
        "290 aliases of stories(first: 100) with body",
        aliases(290, STORIES_WITH_BODY),
        413,
        "REQUEST_TOO_LARGE",
    ),
    Hostile(
        "100 aliases of memberStates { stories }",
        aliases(100, 'memberStates(locale: "en") { stories { title } }'),
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile(
        "nested connections, 193 × 100 × 100",
        '{ memberStates(locale: "en") { stories(first: 100) { memberState { '
        "stories(first: 100) { title } } } } }",
        400,
        "QUERY_TOO_COSTLY",
    ),
    Hostile(
        "nested connections through variables",
        'query ($n: Int) { stories(locale: "en", first: $n) { nodes { memberState { '
        "stories(first: $n) { memberState { stories(first: $n) { title } } } } } } }",
        400,
        "QUERY_TOO_COSTLY",
        {"n": 100},
    ),
    Hostile(
        "one field repeated 1,000 times",
        "{ locales { " + "code " * 1000 + "} }",
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile(
        "one object field repeated 60 times",
        "{ " + "locales { code } " * 60 + "}",
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile(
        "one field repeated through 40 fragments",
        "{ locales { "
        + " ".join(f"...L{n}" for n in range(40))
        + " } } "
        + " ".join(f"fragment L{n} on Locale {{ code }}" for n in range(40)),
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile(
        "17 fields deep",
        '{ memberStates(locale: "en") { '
        + "stories { memberState { " * 8
        + "name"
        + " } }" * 8
        + " } }",
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile(
        "300 nested selections",
        "{ " + "locales { " * 300 + "code" + " }" * 300 + " }",
        400,
        "QUERY_TOO_COMPLEX",
    ),
    Hostile("5,001 tokens", "{ " + "a " * 5000 + "}", 400, "QUERY_TOO_COMPLEX"),
    Hostile(
        "100 KB comment",
        "#" + "x" * 100_000 + "\n{ locales { code } }",
        413,
        "REQUEST_TOO_LARGE",
    ),
    Hostile(
        "100 KB string argument",
        '{ stories(locale: "' + "x" * 100_000 + '") { totalCount } }',
        413,
        "REQUEST_TOO_LARGE",
    ),
    Hostile(
        "5 KB string argument",
        '{ stories(locale: "' + "x" * 5_000 + '") { totalCount } }',
        400,
        "INVALID_ARGUMENT",
    ),
    Hostile(
        "2 MB document",
        "{ locales { code } }" + " " * 2_000_000,
        413,
        "REQUEST_TOO_LARGE",
    ),
    Hostile(
        "1 MB locale variable",
        "query Q($locale: String!) { memberStates(locale: $locale) { name } }",
        413,
        "REQUEST_TOO_LARGE",
        {"locale": "e" * 1_000_000},
    ),
    Hostile(
        "NUL character in an argument",
        '{ memberState(locale: "en", code: "N\\u0000O") { name } }',
        400,
        "INVALID_ARGUMENT",
    ),
]
