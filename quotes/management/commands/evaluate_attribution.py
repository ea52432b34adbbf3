"""Score the attribution engine against gold JSONL files, as ``shared/eval/README.md`` specifies.

A thin wrapper: the scoring lives in ``quotes.attribution.evaluation`` (pure Python), so this
command, ``python -m quotes.attribution.evaluation`` and the benchmark report the same numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from quotes.attribution.evaluation import (
    default_gold_paths,
    evaluate_files,
    reports_as_json,
    reports_as_text,
)


class Command(BaseCommand):
    help = (
        "Score quote attribution against gold JSONL files (default: the dev sets in "
        "QUOTEDESK_EVAL_DIR). The headline is the quote track's end-to-end F1."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, help="gold JSONL files")
        parser.add_argument("--json", action="store_true", help="print the reports as JSON")
        parser.add_argument(
            "--no-errors", action="store_true", help="leave the error list out of the report"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["paths"] or default_gold_paths(
            getattr(settings, "QUOTEDESK_EVAL_DIR", None)
        )
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"gold file not found: {', '.join(missing)}")
        results = evaluate_files(paths, model=getattr(settings, "SPACY_MODEL", None))
        if options["json"]:
            self.stdout.write(reports_as_json(results))
        else:
            self.stdout.write(reports_as_text(results, errors=not options["no_errors"]))
