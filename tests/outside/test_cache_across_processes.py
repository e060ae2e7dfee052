"""Cached answers across processes: two gunicorn servers, one PostgreSQL database, one Redis.

Each server keeps answers in the shared Redis; a publish made anywhere (an editor in the
admin of one server, a command run on another machine) retires them for both at once, and
the next GET on either shows the change. The database has its own name, so this test never
meets another suite's data.
"""

import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import psycopg
import pytest
import redis

from bench.server import environment, gunicorn, manage, prepare
from conftest import require_server

pytestmark = pytest.mark.outside

DATABASE = "ghrs_cache_outside"
SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/12"
LISTING = """query Listing($locale: String!) {
  stories(locale: $locale, first: 100) { totalCount nodes { id title slug } }
}"""


def get(url, query, variables, headers=None):
    """(status, headers, parsed body) of a GET."""
    address = (
        url + "?" + urllib.parse.urlencode({"query": query, "variables": json.dumps(variables)})
    )
    request = urllib.request.Request(address, headers=headers or {})  # noqa: S310 (loopback)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = response.read()
            return response.status, dict(response.headers), json.loads(body) if body else None
    except urllib.error.HTTPError as error:
        body = error.read()
        return error.code, dict(error.headers), json.loads(body) if body else None


def stories(url):
    status, headers, body = get(url, LISTING, {"locale": "en"})
    assert status == 200, body
    return headers, body["data"]["stories"]


def reset_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")


def flush_redis():
    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    require_server("127.0.0.1", 6379, "start Redis (see README: Configuration)")
    require_server("127.0.0.1", 5432, "start PostgreSQL (see docs/development.md)")
    reset_database()
    flush_redis()
    folder = tmp_path_factory.mktemp("cache")
    env = environment(
        f"{SERVER}/{DATABASE}",
        folder / "media",
        API_RATE_LIMIT_POINTS_PER_MINUTE=10_000_000,
        API_CACHE_SECONDS=300,
        BENCH_REDIS_URL=REDIS_URL,
    )
    env["REDIS_URL"] = REDIS_URL
    prepare(env, warm=False)
    with gunicorn(env, workers=1) as first, gunicorn(env, workers=1) as second:
        yield env, first, second


def publish_in_another_process(env, slug, title):
    """Rename a story and publish it, as a command on another machine would."""
    code = (
        "from stories.models import StoryPage; "
        f"page = StoryPage.objects.get(slug={slug!r}, locale__language_code='en'); "
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    manage(env, "shell", "-c", code)


def admin_session(base):
    """An opener logged in to the admin of the server at ``base`` as the demo administrator."""
    from demo.loaders.users import DEMO_PASSWORD

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = opener.open(f"{base}/admin/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    form = {"csrfmiddlewaretoken": token, "username": "admin", "password": DEMO_PASSWORD}
    opener.open(
        urllib.request.Request(  # noqa: S310 (loopback)
            f"{base}/admin/login/",
            data=urllib.parse.urlencode(form).encode(),
            headers={"Referer": f"{base}/admin/login/"},
        ),
        timeout=30,
    )
    return opener


def unpublish_in_admin(base, page_id):
    opener = admin_session(base)
    address = f"{base}/admin/pages/{page_id}/unpublish/"
    page = opener.open(address, timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = opener.open(
        urllib.request.Request(  # noqa: S310 (loopback)
            address,
            data=urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode(),
            headers={"Referer": address},
        ),
        timeout=30,
    )
    assert response.status == 200, response.status


def test_a_publish_anywhere_is_seen_by_the_next_get_on_every_server(two_servers):
    env, first, second = two_servers
    headers, before = stories(first)
    again_headers, again = stories(first)
    assert again == before
    assert again_headers["ETag"] == headers["ETag"]
    assert stories(second)[1] == before
    story = before["nodes"][0]

    publish_in_another_process(env, story["slug"], "Renamed in another process")

    for url in (first, second):
        titles = [node["title"] for node in stories(url)[1]["nodes"]]
        assert "Renamed in another process" in titles, url
        assert story["title"] not in titles or story["title"] == "Renamed in another process"


def test_an_unpublish_in_one_servers_admin_is_seen_by_the_other(two_servers):
    _, first, second = two_servers
    before = stories(second)[1]
    story = before["nodes"][-1]
    assert stories(second)[1] == before  # served from the cache now

    unpublish_in_admin(first.removesuffix("/graphql/"), story["id"])

    after = stories(second)[1]
    assert after["totalCount"] == before["totalCount"] - 1
    assert story["id"] not in [node["id"] for node in after["nodes"]]


def test_a_cached_answer_is_revalidated_with_304_on_the_other_server(two_servers):
    _, first, second = two_servers
    headers, _ = stories(first)
    status, other_headers, body = get(
        second, LISTING, {"locale": "en"}, {"If-None-Match": headers["ETag"]}
    )
    assert status == 304
    assert body is None
    assert other_headers["ETag"] == headers["ETag"]
