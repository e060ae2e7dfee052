"""Measure the public API the way external sites use it: over HTTP, against gunicorn.

``make bench`` prepares a dedicated database with the demo content (SQLite under var/ by
default, or BENCH_DATABASE_URL), starts gunicorn with the production settings on a free
loopback port, replays each contract operation a bounded number of times at a fixed
concurrency, and prints latency percentiles, throughput and the SQL queries per request.
Every request goes to 127.0.0.1 only; the run stops by itself.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ROOT / "frontend_contract" / "operations"
RESULTS = Path(__file__).resolve().parent / "results"
PYTHON = sys.executable


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(ROOT / "var" / "bench-media"),
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "LOG_LEVEL": "WARNING",
        # Production caches in Redis; so does the benchmark.
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
    }


def manage(env, *args, settings="cms.settings.dev"):
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
    )


def post(url, body):
    request = urllib.request.Request(  # noqa: S310 (loopback only)
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        payload = response.read()
    elapsed = time.perf_counter() - started
    return elapsed, payload


def wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    body = json.dumps({"query": "{ locales { code } }"}).encode()
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited before answering; see its output above")
        try:
            post(url, body)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer within {timeout} s")


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def measure(url, body, requests, concurrency):
    for _ in range(min(20, requests)):
        post(url, body)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda _: post(url, body), range(requests)))
    wall = time.perf_counter() - started
    latencies = [elapsed * 1000 for elapsed, _ in results]
    payload = json.loads(results[-1][1])
    if payload.get("errors"):
        raise SystemExit(f"operation answered with errors: {payload['errors']}")
    return {
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "rps": round(requests / wall, 1),
        "bytes": len(results[-1][1]),
    }


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per scenario")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the prepared database")
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or not 1 <= args.concurrency <= 32:
        raise SystemExit("--requests must be 1..5000 and --concurrency 1..32")

    database_url = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}"
    )
    env = environment(database_url)
    if not args.skip_setup:
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_demo", "-v0")
        manage(env, "warm_renditions", "-v0")
        manage(env, "collectstatic", "--no-input", "-v0", settings="cms.settings.production")

    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql/"
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"},
    )
    rows = []
    try:
        wait_until_up(url, server)
        for name, operation, variables, queries in scenarios(env):
            document = (OPERATIONS / operation).read_text()
            body = json.dumps({"query": document, "variables": variables}).encode()
            result = measure(url, body, args.requests, args.concurrency)
            rows.append({"scenario": name, "sql_queries": queries, **result})
            print(f"  {name}: {result}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)

    header = "| scenario | p50 ms | p95 ms | p99 ms | req/s | SQL queries | response bytes |"
    lines = [header, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(
            f"| {row['scenario']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} "
            f"| {row['rps']} | {row['sql_queries']} | {row['bytes']} |"
        )
    database = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    summary = (
        f"{args.requests} requests per scenario, {args.concurrency} in flight, gunicorn with "
        f"{args.workers} sync workers, {database}, {os.cpu_count()} CPU cores, demo content.\n\n"
        + "\n".join(lines)
        + "\n"
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(summary)
    print()
    print(summary)


if __name__ == "__main__":
    main()
