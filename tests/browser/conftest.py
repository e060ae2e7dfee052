"""The browser harness: Debian's Chromium, driven by Playwright, against the live server.

Every browser test gets:

- ``live_server`` (pytest-django) holding the demo content. The demo is loaded once per
  test process, into the test database, then copied aside (SQLite: the backup API into a
  file; PostgreSQL: every table's rows in memory); each test starts from that copy, so a
  test may change content freely.
- ``page``: a fresh browser context and page whose base URL is the live server. Requests
  to any other host are aborted, so nothing reaches the internet. Console errors, uncaught
  exceptions and responses with a status of 500 or more, in any page of the context
  (pop-ups too), FAIL the test when it ends, unless the test declared them expected with
  ``problems.allow(...)``. ``new_context(**options)`` makes more such contexts (a
  logged-in user next to an anonymous one).
- ``screenshot("step")``: saves ``test-artifacts/<test name>/NN-step.png``.

Chromium is the ``chromium`` Debian package (never a browser downloaded by Playwright).
When it is missing the tests skip and say how to install it; under ``CI`` they fail.

This module is for tests only; nothing in the application imports it.
"""

import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from wagtail.models import Site

from demo.testing import load_demo_offline, media_root, restore_rows, snapshot_rows


def pytest_collection_modifyitems(items):
    """Mark every test of this folder ``browser`` (``make test-postgres`` leaves them out)."""
    folder = Path(__file__).parent
    for item in items:
        if folder in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


CHROMIUM = Path("/usr/bin/chromium")
HOW_TO_RUN = "install Chromium and the CJK fonts: apt-get install -y chromium fonts-noto-cjk"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _require_chromium():
    try:
        import playwright.sync_api  # noqa: F401  (only to know it is installed)
    except ImportError:
        missing = "needs Playwright for Python (pip install playwright, never `playwright install`)"
    else:
        missing = None if CHROMIUM.exists() else f"needs {CHROMIUM}: {HOW_TO_RUN}"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide this: {missing}")
        pytest.skip(missing)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API runs an event loop in this thread; the test code's own
    # database calls (restoring the demo, making users) are plain synchronous code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox"],
            headless=True,
        )
        yield browser
        browser.close()


_saved = {}


def _save_database(folder):
    if connection.vendor == "sqlite":
        path = folder / "demo.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        return path
    return snapshot_rows(connection.alias, content_types=True)


def _restore_database(saved):
    if connection.vendor == "sqlite":
        source = sqlite3.connect(saved)
        connection.ensure_connection()
        source.backup(connection.connection)
        source.close()
    else:
        restore_rows(saved, connection.alias)
    # Content types keep their ids through every copy, so Django's cache of them stays
    # right and must stay warm: the serialized rollback of the next test saves Wagtail
    # tasks, which would create their content types again on a cold cache.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def demo(django_db_serialized_rollback, transactional_db, live_server, tmp_path_factory, settings):
    """The demo content in the live server's database, restored from this process's copy.

    The database is committed, not inside a test transaction, so that the live server's
    thread sees it; the first test of a process finds it as migrations left it (serialized
    rollback restores that before each transactional test: pytest-django applies it only
    when ``django_db_serialized_rollback`` is requested before ``transactional_db``) and
    loads the demo into it.
    """
    settings.MEDIA_ROOT = media_root()
    if "database" in _saved:
        _restore_database(_saved["database"])
    else:
        load_demo_offline()
        _saved["database"] = _save_database(tmp_path_factory.mktemp("browser-demo"))
    return live_server


@dataclass
class Problems:
    """What went wrong in the page: console errors, uncaught exceptions, 5xx responses."""

    origin: str
    found: list = field(default_factory=list)
    allowed: list = field(default_factory=list)

    def allow(self, pattern):
        """Expect problems whose text matches ``pattern`` (a regular expression)."""
        self.allowed.append(re.compile(pattern))

    def add(self, text):
        self.found.append(text)

    def watch(self, page):
        """Record the problems of ``page`` from now on."""
        page.on(
            "console",
            lambda message: message.type == "error" and self.add(f"console: {message.text}"),
        )
        page.on("pageerror", lambda error: self.add(f"uncaught: {error}"))
        page.on(
            "response",
            lambda response: (
                response.status >= 500 and self.add(f"HTTP {response.status}: {response.url}")
            ),
        )

    def unexpected(self):
        return [text for text in self.found if not any(p.search(text) for p in self.allowed)]


@pytest.fixture
def problems(demo):
    return Problems(origin=demo.url)


@pytest.fixture
def new_context(browser, demo, problems):
    """``new_context(**options)``: a browser context on the live server only, watched.

    Each test's contexts are closed when it ends, and the test fails if any of their pages
    had a problem it did not allow.
    """
    server = urlsplit(demo.url).netloc
    contexts = []

    def only_the_live_server(route):
        if urlsplit(route.request.url).netloc == server:
            route.fallback()
        else:
            route.abort("blockedbyclient")

    def make(**options):
        options = {"locale": "en-GB", "timezone_id": "Europe/Zurich", **options}
        context = browser.new_context(base_url=demo.url, **options)
        context.route(re.compile(r"^https?://"), only_the_live_server)
        # Every page of the context is watched, windows a page opens (pop-ups) too.
        context.on("page", problems.watch)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    unexpected = problems.unexpected()
    assert not unexpected, "the page had problems:\n" + "\n".join(unexpected)


@pytest.fixture
def page(new_context):
    """A page in a fresh context (English, Europe/Zurich time), on the live server only."""
    return new_context().new_page()


def _safe_name(text):
    return re.sub(r"[^\w.-]+", "-", text).strip("-")


@pytest.fixture
def screenshot(request, page):
    """``screenshot("step")`` saves test-artifacts/<test name>/NN-step.png; returns the path."""
    folder = ARTIFACTS / _safe_name(request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    count = 0

    def take(step, target=None):
        nonlocal count
        count += 1
        path = folder / f"{count:02d}-{_safe_name(step)}.png"
        (target or page).screenshot(path=path)
        return path

    return take
