"""Measure the public API the way external sites use it: over HTTP, against gunicorn.

``make bench`` prepares a dedicated database with the demo content (SQLite under var/ by
default, or BENCH_DATABASE_URL), starts gunicorn with the production settings on a free
loopback port, replays each contract operation a bounded number of times at a fixed
concurrency, and prints latency percentiles, throughput and the SQL queries per request.
Every request goes to 127.0.0.1 only; the run stops by itself.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.adversarial import HOSTILE
from bench.server import (
    OPERATIONS,
    PYTHON,
    ROOT,
    environment,
    get,
    gunicorn,
    manage,
    post,
    prepare,
)

RESULTS = Path(__file__).resolve().parent / "results"


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def measure(url, body, requests, concurrency, send=None):
    """Latencies and throughput of ``requests`` identical requests, after a warm-up.

    ``send(url)`` makes one request (default: POST ``body``).
    """
    send = send or (lambda url: post(url, body))
    for _ in range(min(20, requests)):
        send(url)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda _: send(url), range(requests)))
    wall = time.perf_counter() - started
    latencies = [elapsed * 1000 for elapsed, _, _, _ in results]
    statuses = {status for _, status, _, _ in results}
    if statuses - {200, 304}:
        raise SystemExit(f"answered with HTTP {sorted(statuses)}")
    payload = json.loads(results[-1][3] or b"{}")
    if payload.get("errors"):
        raise SystemExit(f"operation answered with errors: {payload['errors']}")
    return {
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "rps": round(requests / wall, 1),
        "bytes": len(results[-1][3]),
    }


LISTING = ("storyListing.graphql", {"locale": "en", "first": 20})


def cached_scenarios(url, requests, concurrency):
    """The story listing answered from the server's cache, against the same listing run.

    The uncached row POSTs the listing (POST answers are never cached); the cached rows GET
    it as a persisted query, once answered in full and then from the cache, and with the
    ETag of the last answer (304 without a body).
    """
    operation, variables = LISTING
    document = (OPERATIONS / operation).read_text()
    params = {
        "id": hashlib.sha256(document.encode("utf-8")).hexdigest(),
        "variables": json.dumps(variables),
    }
    body = json.dumps({"query": document, "variables": variables}).encode()
    _, _, headers, _ = get(url, params)
    etag = {"If-None-Match": headers.get("ETag", "")}
    sends = [
        ("story listing, 20 cards (en): POST, never cached", "", lambda url: post(url, body)),
        ("story listing, 20 cards (en): GET by id, cached", 0, lambda url: get(url, params)),
        (
            "story listing, 20 cards (en): GET with its ETag, 304",
            0,
            lambda url: get(url, params, etag),
        ),
    ]
    rows = []
    for name, queries, send in sends:
        result = measure(url, None, requests, concurrency, send=send)
        rows.append({"scenario": name, "sql_queries": queries, **result})
        print(f"  {name}: {result}", flush=True)
    return rows


def time_to_refusal(url, rounds=5):
    """How long each hostile document takes to be refused: median and worst of ``rounds``."""
    rows = []
    for hostile in HOSTILE:
        name, body = hostile.name, hostile.body()
        answers = [post(url, body) for _ in range(rounds)]
        times = [elapsed * 1000 for elapsed, _, _, _ in answers]
        _, status, _, payload = answers[-1]
        try:
            code = json.loads(payload)["errors"][0]["extensions"]["code"]
        except (ValueError, KeyError, IndexError, TypeError):
            code = "(no coded error)"
        rows.append(
            {
                "document": name,
                "bytes": len(body),
                "status": status,
                "code": code,
                "p50_ms": round(statistics.median(times), 1),
                "max_ms": round(max(times), 1),
            }
        )
        print(f"  {name}: {rows[-1]}", flush=True)
    return rows


def scenarios(env):
    """(name, operation file, variables) for each measured request, from the demo content."""
    code = "from bench.scenarios import scenarios; import json; print(json.dumps(scenarios()))"
    output = subprocess.run(  # noqa: S603
        [PYTHON, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


SEARCH_P95_TARGET_MS = 50


def describe_content(env):
    """What the database holds: "demo content" and the stories per language."""
    code = (
        "import django; django.setup(); from stories.models import StoryPage; "
        "pages = StoryPage.objects.live(); "
        "print(pages.filter(locale__language_code='en').count(), pages.count())"
    )
    output = subprocess.run(  # noqa: S603
        [PYTHON, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    english, pages = output.split()[-2:]
    return (
        f"demo content, {int(english):,} live stories in English, {int(pages):,} live story pages"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per scenario")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the prepared database")
    parser.add_argument(
        "--only-cached",
        action="store_true",
        help="measure only the cached GET against the uncached listing",
    )
    parser.add_argument(
        "--stories",
        type=int,
        default=0,
        help="grow the demo to this many generated stories, each in the six languages "
        "(manage.py generate_stories --count STORIES --languages all), before measuring",
    )
    parser.add_argument(
        "--only",
        default="",
        help="measure only the scenarios whose name contains this (and skip the cached GET "
        "and the hostile documents)",
    )
    parser.add_argument(
        "--out", default="latest.md", help="file under bench/results/ to write the table to"
    )
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or not 1 <= args.concurrency <= 32:
        raise SystemExit("--requests must be 1..5000 and --concurrency 1..32")

    database_url = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}"
    )
    # The benchmark measures the API, not the rate limiter: one address sends everything.
    env = environment(
        database_url, ROOT / "var" / "bench-media", API_RATE_LIMIT_POINTS_PER_MINUTE=10_000_000
    )
    if not args.skip_setup:
        prepare(env)
    if args.stories:
        # Each generated story is published in every language: STORIES stories make
        # STORIES × 6 story pages. Idempotent: a database grown before adds nothing.
        manage(env, "generate_stories", "--count", str(args.stories), "--languages", "all", "-v1")

    rows = []
    with gunicorn(env, workers=args.workers) as url:
        for name, operation, variables, queries in [] if args.only_cached else scenarios(env):
            if args.only not in name:
                continue
            document = (OPERATIONS / operation).read_text()
            body = json.dumps({"query": document, "variables": variables}).encode()
            result = measure(url, body, args.requests, args.concurrency)
            rows.append({"scenario": name, "sql_queries": queries, **result})
            print(f"  {name}: {result}", flush=True)
        if not args.only:
            rows += cached_scenarios(url, args.requests, args.concurrency)
        refusals = [] if args.only_cached or args.only else time_to_refusal(url)

    header = "| scenario | p50 ms | p95 ms | p99 ms | req/s | SQL queries | response bytes |"
    lines = [header, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(
            f"| {row['scenario']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} "
            f"| {row['rps']} | {row['sql_queries']} | {row['bytes']} |"
        )
    if refusals:
        lines += [
            "",
            "Hostile documents (bench/adversarial.py): time to refusal over HTTP.",
            "",
            "| document | request bytes | HTTP status | error code | p50 ms | max ms |",
            "| --- | ---: | ---: | --- | ---: | ---: |",
        ]
    for row in refusals:
        lines.append(
            f"| {row['document']} | {row['bytes']} | {row['status']} | {row['code']} "
            f"| {row['p50_ms']} | {row['max_ms']} |"
        )
    if not args.only:
        uncached, hit = rows[-3]["rps"], rows[-2]["rps"]
        lines += [
            "",
            f"Cached GET against the uncached listing: {hit} / {uncached} requests per second, "
            f"{hit / uncached:.0f} times as many.",
        ]
    searches = [row for row in rows if row["scenario"].startswith("search “")]
    if searches:
        worst = max(searches, key=lambda row: row["p95_ms"])
        lines += [
            "",
            f"Search p95, worst language: {worst['p95_ms']} ms ({worst['scenario']}); "
            f"target below {SEARCH_P95_TARGET_MS} ms: "
            f"{'met' if worst['p95_ms'] < SEARCH_P95_TARGET_MS else 'missed'}.",
        ]
    database = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    content = describe_content(env)
    summary = (
        f"{args.requests} requests per scenario, {args.concurrency} in flight, gunicorn with "
        f"{args.workers} sync workers, {database}, {os.cpu_count()} CPU cores, {content}.\n\n"
        + "\n".join(lines)
        + "\n"
    )
    RESULTS.mkdir(exist_ok=True)
    out = "cached-latest.md" if args.only_cached else args.out
    (RESULTS / out).write_text(summary)
    stamp = datetime.datetime.now(datetime.UTC)
    record = {
        "finished": stamp.isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.system()}",
        "load_average": os.getloadavg(),
        "database": database,
        "content": content,
        "settings": vars(args),
        "rows": rows,
        "refusals": refusals,
    }
    name = f"{stamp:%Y-%m-%d}-{out.removesuffix('.md').removesuffix('-latest')}.json"
    (RESULTS / name).write_text(json.dumps(record, indent=1))
    print()
    print(summary)


if __name__ == "__main__":
    main()
