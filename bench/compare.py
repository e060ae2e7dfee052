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
import pathlib
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


def selected(described, only, systems):
    """``described`` keeping the scenarios named by ``only`` (substrings; all when empty)
    and the ``systems`` asked for."""
    for key in ("scenarios", "sweep"):
        rows = [
            row for row in described[key] if not only or any(o in row["scenario"] for o in only)
        ]
        for row in rows:
            row["systems"] = {
                name: request for name, request in row["systems"].items() if name in systems
            }
        described[key] = [row for row in rows if row["systems"]]
    return described


def run_dataset(label, database_url, args):
    env = environment(
        database_url,
        ROOT / "var" / "bench-media",
        API_RATE_LIMIT_POINTS_PER_MINUTE=10_000_000,
    )
    # Production generates renditions ahead of time (on upload and publish); a database
    # loaded without the task worker has none, and the API would answer null images.
    manage(env, "warm_renditions", "--no-progress", "-v0", settings="bench.settings")
    described = selected(describe(env), args.only, args.systems.split(","))
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
    start = (
        None
        if args.skip_warm_start
        else first_request(env, {"method": "POST", "path": "/graphql/", "body": listing_body()})
    )
    return {"dataset": label, "stories_en": described["stories"], "warm_start": start, **described}


def listing_body():
    operation = (ROOT / "frontend_contract" / "operations" / "storyListing.graphql").read_text()
    return json.dumps({"query": operation, "variables": {"locale": "en", "first": 20}})


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def table(results):
    lines = []
    for data in results["datasets"]:
        measured = f"; measured {data['measured']}" if data.get("measured") else ""
        lines += [
            "",
            f"### {data['dataset']} ({data['stories_en']} stories in English{measured})",
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
        if start:
            lines += [
                "",
                f"First request after a start: {start['first_ms']} ms; warm: "
                f"{start['warm_ms']} ms ({start['first_ms'] / start['warm_ms']:.1f}×).",
            ]
    return "\n".join(lines) + flat_cost(results)


def flat_cost(results):
    """This API's p50/p95 and SQL queries per scenario against the number of stories, with
    each p95 as a multiple of the first dataset's (the target: at most 1.5×)."""
    datasets = results["datasets"]
    if len(datasets) < 2:
        return ""
    base = datasets[0]
    names = [row["scenario"] for row in base["scenarios"] if "api" in row["systems"]]
    lines = [
        "",
        "",
        f"### Cost against the number of stories (this API; p95 relative to {base['dataset']})",
        "",
        "| scenario | "
        + " | ".join(f"{d['dataset']} ({d['stories_en']} stories/language)" for d in datasets)
        + " |",
        "| --- |" + " ---: |" * len(datasets),
    ]
    for name in names:
        cells = []
        for data in datasets:
            api = _api_row(data, name)
            first = _api_row(base, name)
            if not api:
                cells.append("–")
                continue
            cells.append(
                f"p50 {api['p50_ms']} / p95 {api['p95_ms']} ms, {api['sql_queries']} SQL, "
                f"{api['p95_ms'] / first['p95_ms']:.2f}×"
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _api_row(data, name):
    for row in data["scenarios"]:
        if row["scenario"] == name:
            return row["systems"].get("api")
    return None


def plot(results, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    swept = any(data["sweep"] for data in results["datasets"])
    figure, axes = plt.subplots(2 if swept else 1, 2, figsize=(12, 9 if swept else 4.5))
    (sweep_ms, sweep_sql), (stories_ms, stories_sql) = axes if swept else ((None, None), axes)
    for data in results["datasets"] if swept else []:
        rows = [row for row in data["sweep"] if "api" in row["systems"]]
        sizes = [int(row["scenario"].split(",")[1].split()[0]) for row in rows]
        sweep_ms.plot(
            sizes,
            [row["systems"]["api"]["p50_ms"] for row in rows],
            marker="o",
            label=f"API, {data['dataset']}",
        )
        floor = [row["systems"]["floor"]["p50_ms"] for row in rows if "floor" in row["systems"]]
        if len(floor) == len(sizes):
            sweep_ms.plot(
                sizes, floor, marker="x", linestyle="--", label=f"floor, {data['dataset']}"
            )
        sweep_sql.plot(
            sizes,
            [row["systems"]["api"]["sql_queries"] for row in rows],
            marker="o",
            label=data["dataset"],
        )
    if swept:
        sweep_ms.set(title="Listing p50 against page size", xlabel="cards", ylabel="ms")
        sweep_sql.set(
            title="Listing SQL queries against page size", xlabel="cards", ylabel="queries"
        )
    datasets = results["datasets"]
    counts = [data["stories_en"] for data in datasets]
    for row in datasets[0]["scenarios"]:
        name = row["scenario"]
        points = [_api_row(data, name) for data in datasets]
        if not all(points):
            continue
        stories_ms.plot(counts, [p["p95_ms"] for p in points], marker="o", label=f"{name}, p95")
        stories_sql.plot(counts, [p["sql_queries"] for p in points], marker="o", label=name)
    stories_ms.set(
        title="p95 against the number of stories", xlabel="stories per language", ylabel="ms"
    )
    stories_sql.set(
        title="SQL queries against the number of stories",
        xlabel="stories per language",
        ylabel="queries",
    )
    for axis in (stories_ms, stories_sql):
        axis.set_xscale("log")
    for axis in axes.flat:
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
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="measure only the scenarios whose name contains this (repeatable)",
    )
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated: api, rest, floor"
    )
    parser.add_argument(
        "--skip-warm-start", action="store_true", help="do not time the first request"
    )
    parser.add_argument(
        "--reuse",
        action="append",
        default=[],
        metavar="FILE.json",
        help="put first the datasets of an earlier run (its bench/results JSON), for tables and "
        "plots across databases too large to measure in one sitting",
    )
    parser.add_argument(
        "--out",
        default="comparison",
        help="name of the results: bench/results/<date>[-OUT].json, OUT-latest.md, .png",
    )
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
    for earlier in args.reuse:
        reused = json.loads(pathlib.Path(earlier).read_text())
        for data in reused["datasets"]:
            data["measured"] = reused["started"]
            results["datasets"].append(data)
    for dataset in args.dataset:
        label, url = dataset.split("=", 1)
        results["datasets"].append(run_dataset(label, url, args))
    results["load_average_after"] = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y-%m-%d")
    suffix = "" if args.out == "comparison" else f"-{args.out}"
    (RESULTS / f"{stamp}{suffix}.json").write_text(json.dumps(results, indent=1))
    summary = (
        f"Comparison run {results['started']} on {results['machine']}; load average "
        f"{results['load_average_before'][0]:.1f} before, {results['load_average_after'][0]:.1f} "
        f"after; {args.requests} requests × {args.rounds} interleaved rounds, "
        f"{args.concurrency} in flight, gunicorn {args.workers} sync workers (medians of rounds)."
        "\n" + table(results) + f"\n\n![latency and SQL queries]({args.out}-latest.png)\n"
    )
    (RESULTS / f"{args.out}-latest.md").write_text(summary)
    plot(results, RESULTS / f"{args.out}-latest.png")
    print(summary)


if __name__ == "__main__":
    main()
