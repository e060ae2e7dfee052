"""Hostile GraphQL requests an anonymous client can send, as raw HTTP bodies.

Each is small enough to send from anywhere and was, before the API had limits, enough to
tie up or kill a worker: a fragment fan-out that a naive rule walks 2^25 times, alias
floods that multiply real work, connections nested inside lists, deep nesting, and
documents padded with comments or long strings. ``make bench`` reports how long each takes
to be refused; tests/outside/test_adversarial.py checks each is refused with a coded
error by a real gunicorn server.

Data only: nothing here sends a request.
"""

import json

STORY_FIELDS = "title summary urlPath body { __typename } memberState { name code }"


def _body(query, variables=None):
    return json.dumps({"query": query, "variables": variables or {}}).encode()


def fragment_fan_out(levels=25):
    """Each fragment spreads the next twice: 2^levels visits for a rule that re-walks."""
    fragments = [
        f"fragment F{level} on Query {{ ...F{level + 1} ...F{level + 1} }}"
        for level in range(1, levels)
    ]
    fragments.append(f"fragment F{levels} on Query {{ locales {{ code }} }}")
    return "query FanOut { ...F1 }\n" + "\n".join(fragments)


def alias_flood(aliases=2000):
    """Thousands of cheap aliases: the document alone is the attack."""
    return "{ " + " ".join(f"a{n}: locales {{ code }}" for n in range(aliases)) + " }"


def cost_bomb(aliases=290):
    """Each alias asks for a hundred full stories: millions of fields, tens of MB."""
    selection = f'stories(locale: "en", first: 100) {{ edges {{ node {{ {STORY_FIELDS} }} }} }}'
    return "{ " + " ".join(f"s{n}: {selection}" for n in range(aliases)) + " }"


def nested_connections(aliases=100):
    """Every country's stories, for every alias: a list multiplying a list."""
    selection = 'memberStates(locale: "en") { name stories(first: 100) { ' + STORY_FIELDS + " } }"
    return "{ " + " ".join(f"m{n}: {selection}" for n in range(aliases)) + " }"


def deep_nesting(levels=40):
    """A story's country's stories' country's stories…, ``levels`` times over."""
    inner = "title"
    for _ in range(levels):
        inner = f"memberState {{ stories(first: 100) {{ {inner} }} }}"
    return '{ stories(locale: "en", first: 100) { edges { node { ' + inner + " } } } }"


def padded_with_comment(size=100_000):
    return "# " + "x" * size + "\n{ locales { code } }"


def long_string_argument(size=100_000):
    return '{ memberState(locale: "en", code: "' + "N" * size + '") { name } }'


def oversized_document(size=2_000_000):
    """Bigger than any real query: must be refused before it is read whole."""
    return "{ locales { code } }" + " " * size


def token_flood(tokens=20_000):
    """Many tokens, few bytes each: the token cap must apply while parsing."""
    return "{ " + " ".join(["__typename"] * tokens) + " }"


HOSTILE_DOCUMENTS = {
    "fragment fan-out, 25 levels": _body(fragment_fan_out()),
    "2,000 aliases": _body(alias_flood()),
    "290 aliases of stories(first: 100)": _body(cost_bomb()),
    "100 aliases of memberStates { stories(first: 100) }": _body(nested_connections()),
    "40 levels of nested stories": _body(deep_nesting()),
    "100 KB comment": _body(padded_with_comment()),
    "100 KB string argument": _body(long_string_argument()),
    "20,000 tokens": _body(token_flood()),
    "2 MB document": _body(oversized_document()),
    "1 MB locale value": _body(
        "query Q($locale: String!) { memberStates(locale: $locale) { name } }",
        {"locale": "e" * 1_000_000},
    ),
    "NUL bytes in an argument": _body('{ memberState(locale: "en", code: "N\\u0000O") { name } }'),
}
