"""Hostile requests against a real gunicorn server: each refused quickly, with a coded error.

Before the API had limits, a 1 KB fragment fan-out killed a gunicorn worker at its 30 s
timeout and four of them took the whole server down; alias floods ran hundreds of SQL
queries and returned megabytes. Here each hostile document of bench/adversarial.py is
sent over HTTP and must come back as a JSON error with a stable code (never an HTML page,
never a 5xx, never a killed worker), and the server must answer a normal query right after.
How long each refusal takes is measured by `make bench`, not asserted here.
"""

import json

import pytest

from bench.adversarial import HOSTILE_DOCUMENTS
from bench.server import graphql_body, post

pytestmark = pytest.mark.outside

# What each document must be refused with: (HTTP status, extensions.code).
EXPECTED = {
    "fragment fan-out, 25 levels": (400, "QUERY_TOO_DEEP"),
    "2,000 aliases": (400, "TOO_MANY_ALIASES"),
    "290 aliases of stories(first: 100)": (400, "QUERY_TOO_COSTLY"),
    "100 aliases of memberStates { stories(first: 100) }": (400, "QUERY_TOO_COSTLY"),
    "40 levels of nested stories": (400, "QUERY_TOO_DEEP"),
    "100 KB comment": (413, "QUERY_TOO_LARGE"),
    "100 KB string argument": (413, "QUERY_TOO_LARGE"),
    "20,000 tokens": (413, "QUERY_TOO_LARGE"),
    "2 MB document": (413, "REQUEST_TOO_LARGE"),
    "1 MB locale value": (413, "REQUEST_TOO_LARGE"),
    "NUL bytes in an argument": (400, "INVALID_ARGUMENT"),
}


def test_every_hostile_document_has_an_expected_refusal():
    assert set(EXPECTED) == set(HOSTILE_DOCUMENTS)


@pytest.mark.parametrize("name", list(HOSTILE_DOCUMENTS))
def test_hostile_document_is_refused_with_a_coded_json_error(api_url, name):
    status, code = EXPECTED[name]
    # Well under gunicorn's 30 s worker timeout: a refusal, not a worker killed mid-way.
    elapsed, answered_status, headers, body = post(api_url, HOSTILE_DOCUMENTS[name], timeout=20)
    assert headers.get("Content-Type", "").startswith("application/json"), body[:200]
    payload = json.loads(body)
    assert answered_status == status, payload
    assert payload["errors"][0]["extensions"]["code"] == code, payload
    assert len(body) < 2_000, "a refusal never echoes the document or its values back"


def test_server_answers_normally_after_every_hostile_document(api_url):
    for body in HOSTILE_DOCUMENTS.values():
        post(api_url, body, timeout=20)
    _, status, _, body = post(api_url, graphql_body("{ locales { code } }"), timeout=10)
    assert status == 200
    assert len(json.loads(body)["data"]["locales"]) == 6
