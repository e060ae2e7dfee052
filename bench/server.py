"""The API as the outside world meets it: gunicorn, production settings, demo content.

One harness for everything that talks to the API over HTTP: ``make bench`` (bench/run.py),
the load test (bench/load.py) and the tests that attack or fuzz a real server
(tests/outside/). It prepares a database with the demo content, starts gunicorn on a free
loopback port with the production settings, waits until it answers and stops it afterwards.

Everything it starts listens on 127.0.0.1 only and is stopped when the ``with`` block
ends. It must not be imported by the application: it is tooling around it.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ROOT / "frontend_contract" / "operations"
PYTHON = sys.executable
SECRET = "outside-only-secret-key-outside-only-secret-key"  # noqa: S105 (loopback tooling)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url, media_root, **overrides):
    """The variables a production deployment would set, pointed at this machine.

    ``overrides`` adds or replaces variables (e.g. a larger rate-limit budget for a
    fuzzer that sends thousands of requests from one address).
    """
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "LOG_LEVEL": "WARNING",
        # Production caches in Redis; so does everything measured or attacked here.
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        **{key: str(value) for key, value in overrides.items()},
    }


def manage(env, *args, settings="cms.settings.dev"):
    """Run a management command against the prepared database (the demo needs dev)."""
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
    )


def prepare(env, *, warm=True):
    """Migrate, load the demo content, optionally warm renditions, collect static files."""
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", "-v0")
    if warm:
        manage(env, "warm_renditions", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0", settings="cms.settings.production")


def post(url, body, headers=None, timeout=30):
    """POST ``body`` (bytes); returns (seconds, HTTP status, response headers, body bytes).

    HTTP errors are answers too: their status and body are returned, not raised.
    """
    request = urllib.request.Request(  # noqa: S310 (loopback only)
        url,
        data=body,
        headers={"Content-Type": "application/json", **(headers or {})},
        method="POST",
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            payload = response.read()
            status, response_headers = response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        payload = error.read()
        status, response_headers = error.code, dict(error.headers)
    return time.perf_counter() - started, status, response_headers, payload


def get(url, params, headers=None, timeout=30):
    """GET ``url`` with query-string ``params``; returns what ``post`` returns."""
    request = urllib.request.Request(  # noqa: S310 (loopback only)
        f"{url}?{urllib.parse.urlencode(params)}", headers=headers or {}, method="GET"
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            payload = response.read()
            status, response_headers = response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        payload = error.read()
        status, response_headers = error.code, dict(error.headers)
    return time.perf_counter() - started, status, response_headers, payload


def graphql_body(query, variables=None):
    return json.dumps({"query": query, "variables": variables or {}}).encode()


def wait_until_up(url, process, timeout=90):
    deadline = time.monotonic() + timeout
    body = graphql_body("{ locales { code } }")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited before answering; see its output above")
        try:
            post(url, body, timeout=5)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within {timeout} s")


@contextmanager
def gunicorn(env, *, workers=2, timeout=30, settings="cms.settings.production"):
    """Serve the project with gunicorn on a free loopback port; yields the GraphQL URL.

    ``timeout`` is gunicorn's worker timeout: a request that takes longer gets its
    worker killed, which is what the adversarial tests must never cause.
    """
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            str(timeout),
            "--log-level",
            "warning",
            # As in production (docs/deploying.md): the app is imported and warmed once.
            "--preload",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
    )
    url = f"http://127.0.0.1:{port}/graphql/"
    try:
        wait_until_up(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
