"""Benchmark: bulk import speed with 1 and 2 worker processes.

Synthesises ``--count`` articles (default 10,000) by recombining the dev set's paragraphs,
then, for each process count, imports them into a fresh throwaway SQLite database with
``articles_import`` (the code behind ``manage.py import_articles``) and reports articles
per second for attribution and overall, and the speed-up over one process. Each run is a
separate interpreter, so every run pays its own model loading and none inherits a warm
cache. A script rather than a test, since timings depend on the machine:
``python bench/bench_import.py [--count N] [--processes 1 2] [--batch-size 50] [--repeat R]``
(``--repeat`` alternates the runs, so a machine whose load drifts affects both alike).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def synthesise(dev_set: Path, count: int, *, seed: int = 4) -> list[dict[str, str]]:
    """``count`` distinct articles: a dev headline and 6 to 12 of the dev set's paragraphs."""
    rows = [json.loads(line) for line in dev_set.open(encoding="utf-8") if line.strip()]
    headlines, paragraphs = [], []
    for row in rows:
        lines = [line.strip() for line in row["text"].splitlines() if line.strip()]
        headlines.append(lines[0])
        paragraphs.extend(lines[1:])
    rng = random.Random(seed)
    articles, bodies = [], set()
    while len(articles) < count:
        title = rng.choice(headlines)
        body = "\n\n".join([title, *rng.sample(paragraphs, rng.randint(6, 12))])
        if body not in bodies:
            bodies.add(body)
            articles.append({"title": title, "body": body, "outlet": "Bench Wire"})
    return articles


def run_one(path: Path, processes: int, batch_size: int) -> None:
    """In a child interpreter: migrate a fresh database, import, print the summary as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from articles.sources.bulk import articles_import, read_records

    call_command("migrate", verbosity=0)
    before = _cpu_seconds()
    records, total = read_records(str(path), fmt="jsonl")
    summary = articles_import(
        records=records, total=total, processes=processes, batch_size=batch_size
    )
    result = {
        "created": summary.created,
        "attributed": summary.attributed,
        "failed": summary.attribution_failed + len(summary.failed),
        "processes": summary.processes,
        "ingest_seconds": summary.ingest_seconds,
        "attribute_seconds": summary.attribute_seconds,
        "attribute_rate": summary.attribute_rate,
        "overall_rate": summary.overall_rate,
        "cpu_seconds": _cpu_seconds() - before,
    }
    sys.stdout.write(json.dumps(result) + "\n")


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument(
        "--repeat", type=int, default=1, help="alternate the runs this many times; medians count"
    )
    parser.add_argument("--dev-set", type=Path, default=DEV_SET)
    parser.add_argument("--run-one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_one:
        run_one(args.run_one, args.processes[0], args.batch_size)
        return 0
    if not args.dev_set.is_file():
        say(f"Skipped: the dev set {args.dev_set} is not here to synthesise articles from.")
        return 0
    say(f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="quotedesk-bench-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        articles = synthesise(args.dev_set, args.count)
        with source.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(a) + "\n" for a in articles)
        chars = sum(len(a["body"]) for a in articles) / len(articles)
        say(f"{len(articles):,} synthetic articles, {chars:,.0f} characters each on average")
        runs: dict[int, list[dict[str, float]]] = {}
        for attempt, processes in enumerate(args.processes * args.repeat):
            database = Path(tmp) / f"bench-{attempt}.sqlite3"
            env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "LOG_LEVEL": "WARNING"}
            started = time.monotonic()
            completed = subprocess.run(
                [sys.executable, __file__, "--run-one", str(source), "--processes",
                 str(processes), "--batch-size", str(args.batch_size)],
                env=env, cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if completed.returncode:
                say(completed.stderr[-3000:])
                return completed.returncode
            result = json.loads(completed.stdout.strip().splitlines()[-1])
            runs.setdefault(processes, []).append(result)
            say(
                f"{processes} process{'es' if processes > 1 else ''}: "
                f"stored {result['created']:,} in {result['ingest_seconds']:.1f} s, "
                f"attributed {result['attributed']:,} in {result['attribute_seconds']:.1f} s "
                f"= {result['attribute_rate']:,.1f} articles/second "
                f"({result['overall_rate']:,.1f} overall; {result['failed']} failed; "
                f"wall {time.monotonic() - started:.0f} s; "
                f"{result['cpu_seconds'] / max(result['created'], 1) * 1000:,.0f} CPU-ms/article; "
                f"load average {os.getloadavg()[0]:.1f})"
            )
        results = {
            processes: {
                key: statistics.median(run[key] for run in group)
                for key in ("attribute_rate", "overall_rate")
            }
            for processes, group in runs.items()
        }
        say(
            "Wall-clock rates depend on what else the machine runs; CPU-ms/article shows the "
            "work itself (equal per article means the processes add no overhead)."
        )
        if 1 in results and len(results) > 1:
            for processes, result in results.items():
                if processes != 1:
                    speedup = result["attribute_rate"] / results[1]["attribute_rate"]
                    overall = result["overall_rate"] / results[1]["overall_rate"]
                    say(
                        f"Speed-up 1 -> {processes} processes (median of {args.repeat}): "
                        f"{speedup:.2f}x attribution, {overall:.2f}x overall"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
