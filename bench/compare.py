"""``make bench``: this API, Wagtail's REST API v2 and a hand-written floor, side by side.

One gunicorn per database (bench settings: the site plus REST API v2 and the floor views,
``bench/settings.py``), the same database for the three systems, interleaved rounds: each
round runs every scenario against every system in turn, so that a burst of load on a
shared machine hits all three alike. Reports per scenario and system the median over
rounds of requests per second, p50 and p95, the SQL queries per request and the response
size, and the ratios of this API to REST v2 and to the floor; then listing latency and SQL
queries against page size. Saves ``bench/results/<date>.json``, ``bench/results/
comparison-latest.md`` and ``comparison-latest.png``. Requests go to 127.0.0.1 only.

    python -m bench.compare --dataset demo=postgres://…/ghrs --dataset 1k=postgres://…
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from bench.run import RESULTS, percentile
from bench.server import PYTHON, ROOT, environment, gunicorn, manage

SYSTEMS = ("api", "rest", "floor")


def send(base, request, timeout=60):
    data = request.get("body", "").encode() if request["method"] == "POST" else None
    http = urllib.request.Request(  # noqa: S310 (loopback only)
        base + request["path"],
        data=data,
        headers={"Content-Type": "application/json"},
        method=request["method"],
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(http, timeout=timeout) as response:  # noqa: S310
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    elapsed = time.perf_counter() - started
    if status != 200:
        raise SystemExit(f"{request['path']} answered {status}")
    return elapsed


def measure(base, request, requests, concurrency):
    for _ in range(min(5, requests)):
        send(base, request)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = [t * 1000 for t in pool.map(lambda _: send(base, request), range(requests))]
    wall = time.perf_counter() - started
    return {
        "rps": requests / wall,
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
    }


def describe(env):
    output = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "bench.comparison"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def first_request(env, request):
    """Latency of the first request after a fresh start, against a warm one (ms)."""
    with gunicorn(env, workers=1, settings="bench.settings") as url:
        base = url.removesuffix("/graphql/")
        cold = send(base, request) * 1000
        warm = statistics.median(send(base, request) * 1000 for _ in range(10))
    return {"first_ms": round(cold, 1), "warm_ms": round(warm, 1)}


def run_dataset(label, database_url, args):
    env = environment(
        database_url,
        ROOT / "var" / "bench-media",
        API_RATE_LIMIT_POINTS_PER_MINUTE=10_000_000,
    )
    # Production generates renditions ahead of time (on upload and publish); a database
    # loaded without the task worker has none, and the API would answer null images.
    manage(env, "warm_renditions", "--no-progress", "-v0", settings="bench.settings")
    described = describe(env)
    rows = described["scenarios"] + described["sweep"]
    samples = {(row["scenario"], system): [] for row in rows for system in row["systems"]}
    with gunicorn(env, workers=args.workers, settings="bench.settings") as url:
        base = url.removesuffix("/graphql/")
        for round_number in range(args.rounds):
            for row in described["scenarios"] + (described["sweep"] if round_number == 0 else []):
                for system, request in row["systems"].items():
                    result = measure(base, request, args.requests, args.concurrency)
                    samples[(row["scenario"], system)].append(result)
                    print(
                        f"  [{label} r{round_number + 1}] {row['scenario']} / {system}: "
                        f"{result['rps']:.0f} rps p50 {result['p50_ms']:.1f} ms",
                        flush=True,
                    )
    for row in rows:
        for system, request in row["systems"].items():
            runs = samples[(row["scenario"], system)]
            request.update(
                {
                    key: round(statistics.median(run[key] for run in runs), 1)
                    for key in ("rps", "p50_ms", "p95_ms")
                }
            )
            request.pop("body", None)
    start = first_request(env, {"method": "POST", "path": "/graphql/", "body": listing_body()})
    return {"dataset": label, "stories_en": described["stories"], "warm_start": start, **described}


def listing_body():
    operation = (ROOT / "frontend_contract" / "operations" / "storyListing.graphql").read_text()
    return json.dumps({"query": operation, "variables": {"locale": "en", "first": 20}})


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def table(results):
    lines = []
    for data in results["datasets"]:
        lines += [
            "",
            f"### {data['dataset']} ({data['stories_en']} stories in English)",
            "",
            "| scenario | API rps | REST v2 rps | floor rps | API/REST v2 | API/floor "
            "| API p50 / p95 ms | SQL (API / v2 / floor) | API bytes |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in data["scenarios"] + data["sweep"]:
            s = row["systems"]
            api, rest, floor = (s.get(name, {}) for name in SYSTEMS)
            queries = " / ".join(str(x.get("sql_queries", "–")) for x in (api, rest, floor))
            lines.append(
                f"| {row['scenario']} | {api.get('rps', '–')} | {rest.get('rps', '–')} "
                f"| {floor.get('rps', '–')} | {ratio(api.get('rps'), rest.get('rps'))} "
                f"| {ratio(api.get('rps'), floor.get('rps'))} "
                f"| {api.get('p50_ms')} / {api.get('p95_ms')} | {queries} | {api.get('bytes')} |"
            )
        start = data["warm_start"]
        lines += [
            "",
            f"First request after a start: {start['first_ms']} ms; warm: {start['warm_ms']} ms "
            f"({start['first_ms'] / start['warm_ms']:.1f}×).",
        ]
    return "\n".join(lines)


def plot(results, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    for data in results["datasets"]:
        sizes, p50, queries, floor = [], [], [], []
        for row in data["sweep"]:
            sizes.append(int(row["scenario"].split(",")[1].split()[0]))
            p50.append(row["systems"]["api"]["p50_ms"])
            queries.append(row["systems"]["api"]["sql_queries"])
            floor.append(row["systems"]["floor"]["p50_ms"])
        axes[0].plot(sizes, p50, marker="o", label=f"API, {data['dataset']}")
        axes[0].plot(sizes, floor, marker="x", linestyle="--", label=f"floor, {data['dataset']}")
        axes[1].plot(sizes, queries, marker="o", label=data["dataset"])
    axes[0].set(title="Listing p50 vs page size", xlabel="cards", ylabel="ms")
    axes[1].set(title="Listing SQL queries vs page size", xlabel="cards", ylabel="queries")
    counts = [data["stories_en"] for data in results["datasets"]]
    listing = [data["scenarios"][0]["systems"]["api"] for data in results["datasets"]]
    axes[2].plot(counts, [x["p50_ms"] for x in listing], marker="o", label="p50")
    axes[2].plot(counts, [x["p95_ms"] for x in listing], marker="o", label="p95")
    axes[2].set(title="Listing (20 cards) vs stories", xlabel="stories per language", ylabel="ms")
    axes[2].set_xscale("log")
    for axis in axes:
        axis.legend(fontsize=7)
        axis.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", action="append", required=True, help="LABEL=DATABASE_URL")
    parser.add_argument("--requests", type=int, default=100, help="requests per measurement")
    parser.add_argument("--concurrency", type=int, default=2, help="requests in flight")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    args = parser.parse_args()
    started = datetime.datetime.now(datetime.UTC)
    results = {
        "started": started.isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.system()}",
        "load_average_before": os.getloadavg(),
        "command": "python -m bench.compare "
        + " ".join(f"--dataset {d.split('=')[0]}=…" for d in args.dataset),
        "settings": vars(args),
        "datasets": [],
    }
    for dataset in args.dataset:
        label, url = dataset.split("=", 1)
        results["datasets"].append(run_dataset(label, url, args))
    results["load_average_after"] = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y-%m-%d")
    (RESULTS / f"{stamp}.json").write_text(json.dumps(results, indent=1))
    summary = (
        f"Comparison run {results['started']} on {results['machine']}; load average "
        f"{results['load_average_before'][0]:.1f} before, {results['load_average_after'][0]:.1f} "
        f"after; {args.requests} requests × {args.rounds} interleaved rounds, "
        f"{args.concurrency} in flight, gunicorn {args.workers} sync workers (medians of rounds)."
        "\n" + table(results) + "\n\n![listing latency and SQL queries](comparison-latest.png)\n"
    )
    (RESULTS / "comparison-latest.md").write_text(summary)
    plot(results, RESULTS / "comparison-latest.png")
    print(summary)


if __name__ == "__main__":
    main()
