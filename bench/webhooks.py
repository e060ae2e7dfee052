"""Publish to webhook delivered, the receiver failing one attempt in three: `make bench-webhooks`.

Prepares a PostgreSQL database (``BENCH_WEBHOOKS_DATABASE_URL``), starts a real HTTP receiver
on 127.0.0.1 that answers 500 to one attempt in three (at random, fixed seed) and 204
otherwise, starts the production task worker (``manage.py db_worker`` with the production
settings), then publishes pages one after another through Wagtail as an editor would.
Each publish writes its outbox row in its transaction; the worker posts it, retrying with
the production back-off.

Reports the time from each publish's commit to the receiver's first 2xx for that event
(median, p95, max) and the events lost (published, never acknowledged within the wait).
Prints and saves bench/results/webhooks-latest.md; exits non-zero when an event is lost or
p95 is 2 s or more. Everything listens on 127.0.0.1; the worker is stopped at the end.
"""

import argparse
import http.server
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg

from bench.server import PYTHON, ROOT, environment

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/ghrs_webhooks_bench"
P95_TARGET_SECONDS = 2.0


class Receiver:
    """A local receiver that fails ``failure_rate`` of attempts; records first acceptances."""

    def __init__(self, failure_rate, seed=2018):
        self.random = random.Random(seed)  # noqa: S311 - a simulated fault, not a secret
        self.failure_rate = failure_rate
        self.lock = threading.Lock()
        self.attempts = 0
        self.failures = 0
        self.accepted = {}  # webhook-id -> monotonic time of the first 2xx
        self.duplicates = 0
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                message_id = self.headers.get("webhook-id")
                with receiver.lock:
                    receiver.attempts += 1
                    fail = receiver.random.random() < receiver.failure_rate
                    if fail:
                        receiver.failures += 1
                    elif message_id in receiver.accepted:
                        receiver.duplicates += 1
                    else:
                        receiver.accepted[message_id] = time.monotonic()
                self.send_response(500 if fail else 204)
                self.end_headers()

            def log_message(self, format, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}/hooks"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def reset_database(url):
    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def wait_for_worker(log_path, timeout=180):
    """Publishing starts once the worker polls: its start-up is not a delivery's latency."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "Starting worker" in log_path.read_text():
            return
        time.sleep(0.2)
    raise SystemExit(f"The worker did not start within {timeout} s; see {log_path}.")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publishes", type=int, default=200)
    parser.add_argument("--pages", type=int, default=10, help="pages published in turn")
    parser.add_argument("--failure-rate", type=float, default=1 / 3)
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between two publishes")
    parser.add_argument("--wait", type=float, default=180, help="seconds to wait for stragglers")
    options = parser.parse_args()

    database_url = os.environ.get("BENCH_WEBHOOKS_DATABASE_URL", DEFAULT_DATABASE)
    reset_database(database_url)
    env = environment(database_url, ROOT / "var" / "bench-webhooks-media")
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    env["PYTHONPATH"] = str(ROOT)
    os.environ.update(env)
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )

    # After the environment is set: Django reads the settings when it starts.
    import django

    django.setup()
    from django.db.models import Count
    from wagtail.models import Page, Site

    from home.factories import HomePageFactory, StandardPageFactory
    from webhooks.models import WebhookDelivery, WebhookEndpoint

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="bench-home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "GHRS"},
    )
    pages = [
        StandardPageFactory(parent=home, title=f"Page {n}", slug=f"page-{n}", live=False)
        for n in range(options.pages)
    ]

    with Receiver(options.failure_rate) as receiver:
        WebhookEndpoint.objects.create(name="Bench receiver", url=receiver.url)
        log_path = ROOT / "var" / "bench-webhooks-worker.log"
        log = log_path.open("w")
        # The production roles: the webhooks worker, and the scheduler with its safety net.
        roles = [
            subprocess.Popen(  # noqa: S603
                [PYTHON, "manage.py", *command],
                cwd=ROOT,
                env=env,
                start_new_session=True,
                stdout=log,
                stderr=log,
            )
            for command in (
                ["db_worker", "--queue-name", "webhooks", "--interval", "0.2"],
                ["run_scheduler"],
            )
        ]
        try:
            wait_for_worker(log_path)
            published = {}  # message id -> monotonic time of the commit
            started = time.monotonic()
            for number in range(options.publishes):
                page = pages[number % len(pages)]
                page.title = f"Page {number % len(pages)}, edition {number}"
                page.save_revision().publish()
                committed = time.monotonic()
                for message_id in (
                    WebhookDelivery.objects.filter(page_id=page.pk)
                    .exclude(message_id__in=list(published))
                    .values_list("message_id", flat=True)
                ):
                    published[message_id] = committed
                time.sleep(max(0.0, started + (number + 1) * options.interval - time.monotonic()))
            publishing_seconds = time.monotonic() - started
            deadline = time.monotonic() + options.wait
            while time.monotonic() < deadline and not set(published) <= set(receiver.accepted):
                time.sleep(0.2)
        finally:
            for process in roles:
                os.killpg(process.pid, signal.SIGTERM)
            for process in roles:
                process.wait(timeout=30)

    latencies = [receiver.accepted[m] - published[m] for m in published if m in receiver.accepted]
    lost = len(published) - len(latencies)
    statuses = dict(
        WebhookDelivery.objects.order_by().values_list("status").annotate(n=Count("pk"))
    )
    p95 = percentile(latencies, 0.95) if latencies else float("inf")
    report = "\n".join(
        [
            "# Webhooks: publish to delivered",
            "",
            f"{options.publishes} publishes ({options.pages} pages in turn, one every "
            f"{options.interval:g} s, {publishing_seconds:.1f} s in all) through Wagtail on "
            "PostgreSQL; the webhooks worker (`db_worker --queue-name webhooks --interval 0.2`) "
            "and `run_scheduler`, production settings; a local "
            f"receiver failing {options.failure_rate:.0%} of attempts at random "
            f"({receiver.failures} of {receiver.attempts} attempts failed).",
            "",
            "| measure | value | target |",
            "| --- | --- | --- |",
            f"| events published | {len(published)} | {options.publishes} |",
            f"| events lost | {lost} | 0 |",
            f"| duplicate acknowledgements | {receiver.duplicates} | 0 |",
            f"| publish to delivered, median | {statistics.median(latencies):.2f} s | |",
            f"| publish to delivered, p95 | {p95:.2f} s | < {P95_TARGET_SECONDS:g} s |",
            f"| publish to delivered, max | {max(latencies):.2f} s | |",
            f"| delivery rows by status | {statuses} | all delivered |",
            "",
            f"Machine: {os.cpu_count()} CPU cores, shared with other work during the run.",
            "",
        ]
    )
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "webhooks-latest.md").write_text(report)
    return 0 if lost == 0 and p95 < P95_TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
