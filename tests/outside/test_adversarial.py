"""Hostile requests against a real gunicorn server: each refused, with a coded JSON error.

Before the API had limits, a 1 KB fragment fan-out killed a gunicorn worker at its 30 s
timeout and four of them took the whole server down; alias floods ran hundreds of SQL
queries and returned megabytes. Here each hostile request of bench/adversarial.py is sent
over HTTP to gunicorn with the production settings and must come back as a JSON error with
its stable code (never an HTML page, never a 5xx, never a killed worker), and the server
must answer a normal query right after. How long each refusal takes is measured by
`make bench`, not asserted here.
"""

import json

import pytest

from bench.adversarial import HOSTILE
from bench.server import graphql_body, post

pytestmark = pytest.mark.outside


@pytest.mark.parametrize("hostile", HOSTILE, ids=[hostile.name for hostile in HOSTILE])
def test_hostile_request_is_refused_with_a_coded_json_error(api_url, hostile):
    # Well under gunicorn's 30 s worker timeout: a refusal, not a worker killed mid-way.
    _, status, headers, body = post(api_url, hostile.body(), timeout=20)
    assert headers.get("Content-Type", "").startswith("application/json"), body[:200]
    payload = json.loads(body)
    assert status == hostile.status, payload
    assert payload["errors"][0]["extensions"]["code"] == hostile.code, payload
    assert "data" not in payload or payload["data"] is None
    assert len(body) < 2_000, "a refusal never echoes the document or its values back"


def test_server_answers_normally_after_every_hostile_request(api_url):
    for hostile in HOSTILE:
        post(api_url, hostile.body(), timeout=20)
    _, status, _, body = post(api_url, graphql_body("{ locales { code } }"), timeout=10)
    assert status == 200
    assert len(json.loads(body)["data"]["locales"]) == 6
