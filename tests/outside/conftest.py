"""A real server for the tests that meet the API from outside: gunicorn, production settings.

The server runs the project exactly as a deployment would (production settings, gunicorn
with its worker timeout, Redis as the cache) on a copy of the demo content in its own
SQLite file, prepared once per test session. These tests carry the ``outside`` marker:
`make test-fuzz` runs them (CI does), `make test` leaves them out because they start
processes and load the demo for themselves.
"""

import pytest

from bench.server import environment, gunicorn, prepare
from conftest import require_server

# The fuzzer sends hundreds of requests from one address; the rate limiter has its own tests.
GENEROUS_BUDGET = {"API_RATE_LIMIT_POINTS_PER_MINUTE": 10_000_000}


@pytest.fixture(scope="session")
def api_url(tmp_path_factory):
    """The GraphQL URL of a gunicorn server with the demo content."""
    require_server("127.0.0.1", 6379, "start Redis (see README: Configuration)")
    folder = tmp_path_factory.mktemp("outside")
    env = environment(f"sqlite:///{folder / 'demo.sqlite3'}", folder / "media", **GENEROUS_BUDGET)
    prepare(env)
    with gunicorn(env, workers=2, timeout=30) as url:
        yield url
