"""Benchmark: how much attribution costs on top of spaCy's own parse.

Times, on the dev sets, (a) the bare ``nlp.pipe`` of the same model with our
``quotes_attribution`` component disabled (every other pipe kept) and the model's own
tokenizer (without our line-break sentence starts), and (b) the full
``extract_many``. Both run interleaved several times after a warm-up; the best and the median
are reported as words per second, with the overhead ratio ours/bare. A script rather than a
test, since timings depend on the machine: ``make bench`` or
``python bench/bench_attribution.py [--repeat N] [--model NAME] [GOLD.jsonl ...]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_FILES = ("dev.jsonl", "real-dev.jsonl")
COMPONENT = "quotes_attribution"


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def load_texts(paths: Sequence[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        if not path.is_file():
            say(f"skipping {path}: not found")
            continue
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def time_once(run: Callable[[], int]) -> tuple[float, int]:
    """Seconds for one full pass, with the garbage of the previous pass collected first."""
    gc.collect()
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="gold JSONL files (default: dev sets)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of each (default 5)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None, help="spaCy model (default: SPACY_MODEL env)")
    args = parser.parse_args(argv)

    paths = args.paths or [DEFAULT_EVAL_DIR / name for name in DEFAULT_FILES]
    texts = load_texts(paths)
    if not texts:
        say("no dev texts found; nothing to benchmark")
        return 0

    # The script lives in bench/, so the project root is not on sys.path by default.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import spacy

    from quotes.attribution import extract_many, get_nlp

    nlp: Any = get_nlp(args.model)
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    ours_in_pipeline = COMPONENT in nlp.pipe_names
    bare_disable = [COMPONENT] if ours_in_pipeline else []

    # the bare run uses the model's own tokenizer: our line-break sentence starts are ours
    ours_tokenizer = nlp.tokenizer
    model_tokenizer = getattr(ours_tokenizer, "tokenizer", ours_tokenizer)

    def bare() -> int:
        nlp.tokenizer = model_tokenizer
        try:
            with nlp.select_pipes(disable=bare_disable):
                return sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
        finally:
            nlp.tokenizer = ours_tokenizer

    def ours() -> int:
        return sum(len(found) for found in extract_many(texts, nlp=nlp, batch_size=args.batch_size))

    say(f"model      {nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}".rstrip())
    say(f"spaCy      {spacy.__version__}, Python {platform.python_version()}")
    say(f"pipeline   {', '.join(nlp.pipe_names)}")
    if not ours_in_pipeline:
        say(f"warning    {COMPONENT!r} is not a pipe: 'bare' runs the whole pipeline")
    say(f"texts      {len(texts)} articles, {words:,} words, {chars:,} characters")
    say(f"passes     1 warm-up + {args.repeat} timed of each, interleaved")

    time_once(bare)  # warm-up: model weights, vocab growth, caches
    _, quotations = time_once(ours)
    bare_times: list[float] = []
    ours_times: list[float] = []
    for _ in range(max(1, args.repeat)):
        bare_times.append(time_once(bare)[0])
        ours_times.append(time_once(ours)[0])

    say(f"found      {quotations} quotations")
    say()
    say(f"{'':<22}{'best s':>9}{'median s':>10}{'words/s best':>15}{'words/s median':>16}")
    for label, times in (("(a) bare nlp.pipe", bare_times), ("(b) extract_many", ours_times)):
        best, median = min(times), statistics.median(times)
        say(f"{label:<22}{best:>9.3f}{median:>10.3f}{words / best:>15,.0f}{words / median:>16,.0f}")
    say()
    say(
        f"overhead ours/bare: {min(ours_times) / min(bare_times):.2f}x (best), "
        f"{statistics.median(ours_times) / statistics.median(bare_times):.2f}x (median)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
