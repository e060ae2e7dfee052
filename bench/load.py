"""Fifty member-state websites at once while an editor publishes: `make load`.

Prepares a PostgreSQL database with the demo content and **cold** renditions (none stored),
starts gunicorn with the production settings, Redis as the cache and the task worker that
generates renditions and runs publish tasks, then runs locust headless (bench/locustfile.py)
with 50 clients for 60 seconds while bench/editor.py publishes a story every few seconds.
Afterwards it checks that every story's latest published title is what readers get.

Prints and saves bench/results/load-latest.md; exits non-zero on any failed request, any
5xx, or any publish readers cannot see. Every request goes to 127.0.0.1; the run stops by
itself (locust's own time limit, the editor's own deadline).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from bench.server import OPERATIONS, PYTHON, ROOT, environment, gunicorn, manage, post, prepare

RESULTS = Path(__file__).resolve().parent / "results"
WORK = ROOT / "var" / "load"


def reset_database(admin_url, name):
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def run_python(env, *args, settings="cms.settings.production", **kwargs):
    return subprocess.run(  # noqa: S603
        [PYTHON, *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings, "PYTHONPATH": str(ROOT)},
        check=True,
        **kwargs,
    )


def start(env, *args):
    return subprocess.Popen(  # noqa: S603
        [PYTHON, *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production", "PYTHONPATH": str(ROOT)},
    )


def aggregated(stats_csv):
    with stats_csv.open() as handle:
        rows = list(csv.DictReader(handle))
    return rows, next(row for row in rows if row["Name"] == "Aggregated")


def server_errors(failures_csv):
    if not failures_csv.exists():
        return 0, []
    with failures_csv.open() as handle:
        rows = list(csv.DictReader(handle))
    fives = sum(int(row["Occurrences"]) for row in rows if "HTTP 5" in row["Error"])
    return fives, rows


def unseen_publishes(url, log_file):
    """Stories whose latest published title readers do not get, after the load."""
    latest = {}
    for line in log_file.read_text().splitlines():
        entry = json.loads(line)
        latest[(entry["locale"], entry["slug"])] = entry["title"]
    document = (OPERATIONS / "storyDetail.graphql").read_text()
    unseen = []
    for (locale, slug), title in latest.items():
        body = json.dumps({"query": document, "variables": {"locale": locale, "slug": slug}})
        _, status, _, payload = post(url, body.encode())
        story = json.loads(payload)["data"]["story"] if status == 200 else None
        if not story or story["title"] != title:
            unseen.append({"slug": slug, "locale": locale, "expected": title})
    return len(latest), sum(1 for _ in log_file.read_text().splitlines()), unseen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--publish-every", type=float, default=3.0, help="seconds")
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 5 <= args.seconds <= 600:
        raise SystemExit("--clients must be 1..200 and --seconds 5..600")

    admin_url = os.environ.get(
        "LOAD_ADMIN_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
    )
    name = os.environ.get("LOAD_DATABASE_NAME", "ghrs_load")
    reset_database(admin_url, name)
    WORK.mkdir(parents=True, exist_ok=True)
    env = environment(
        admin_url.rsplit("/", 1)[0] + f"/{name}",
        WORK / "media",
        # One address sends all the load: the rate limiter has its own tests.
        API_RATE_LIMIT_POINTS_PER_MINUTE=10_000_000,
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
    )
    prepare(env, warm=False)
    # Cold: no rendition stored, as after an import or a storage migration.
    manage(
        env,
        "shell",
        "-c",
        "from wagtail.images.models import Rendition; Rendition.objects.all().delete()",
    )
    targets_file = WORK / "targets.json"
    targets_file.write_text(
        run_python(
            env, "-m", "bench.targets", settings="cms.settings.dev", capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    log_file = WORK / "published.jsonl"
    prefix = WORK / "locust"
    worker = start(env, "manage.py", "db_worker")
    try:
        with gunicorn(env, workers=args.workers) as url:
            host = url.removesuffix("/graphql/")
            editor = start(
                env, "bench/editor.py", str(args.seconds), str(args.publish_every), str(log_file)
            )
            started = time.monotonic()
            subprocess.run(  # noqa: S603
                [
                    str(Path(sys.executable).with_name("locust")),
                    "-f",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    "--users",
                    str(args.clients),
                    "--spawn-rate",
                    str(args.clients),
                    "--run-time",
                    f"{args.seconds}s",
                    "--host",
                    host,
                    "--csv",
                    str(prefix),
                    "--only-summary",
                    "--exit-code-on-error",
                    "0",
                ],
                cwd=ROOT,
                env={**env, "LOAD_TARGETS": str(targets_file)},
                check=True,
            )
            editor.wait(timeout=args.seconds + 60)
            wall = time.monotonic() - started
            stories, publishes, unseen = unseen_publishes(url, log_file)
    finally:
        worker.terminate()
        worker.wait(timeout=15)

    rows, total = aggregated(Path(f"{prefix}_stats.csv"))
    fives, failures = server_errors(Path(f"{prefix}_failures.csv"))
    lines = [
        f"{args.clients} clients for {args.seconds} s ({wall:.0f} s with the editor's last "
        f"publish), gunicorn with {args.workers} sync workers, PostgreSQL, Redis, task worker, "
        f"cold renditions, {os.cpu_count()} CPU cores, demo content.",
        "",
        "| operation | requests | failures | p50 ms | p95 ms | p99 ms | req/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} "
            f"| {row['50%']} | {row['95%']} | {row['99%']} | {float(row['Requests/s']):.1f} |"
        )
    lines += [
        "",
        f"Server errors (5xx): {fives}. Publishes: {publishes} of {stories} stories; "
        f"latest title not seen by readers afterwards: {len(unseen)}.",
    ]
    for failure in failures[:10]:
        lines.append(f"- {failure['Occurrences']} × {failure['Name']}: {failure['Error'][:200]}")
    summary = "\n".join(lines) + "\n"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load-latest.md").write_text(summary)
    print(summary)
    if int(total["Failure Count"]) or fives or unseen:
        raise SystemExit("load test failed: see the failures above")


if __name__ == "__main__":
    main()
