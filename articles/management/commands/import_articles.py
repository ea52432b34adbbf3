"""Bulk import: `import_articles PATH|-` for JSON lines, CSV or a folder of files."""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.sources import SourceError
from articles.sources.bulk import FORMATS, articles_import, detect_format, read_records

# Failures listed one by one in the summary; the count always covers all of them.
MAX_LISTED_FAILURES = 500


class Command(BaseCommand):
    help = (
        "Import articles from a JSON-lines or CSV file (or '-' for standard input) or a folder "
        "of .txt/.md/.html/.json files, then attribute their quotes in batches."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="A .jsonl or .csv file, a folder, or '-' for stdin.")
        parser.add_argument(
            "--format", choices=FORMATS, help="Override detection by extension (stdin: jsonl)."
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=1,
            help="Worker processes for attribution, each loading the model (default 1).",
        )
        parser.add_argument(
            "--batch-size", type=int, default=50, help="Articles per nlp.pipe batch (default 50)."
        )
        parser.add_argument(
            "--no-attribute",
            action="store_true",
            help="Only store the articles; queue their attribution for the background worker.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["path"]
        if options["processes"] < 1 or options["batch_size"] < 1:
            raise CommandError("--processes and --batch-size must be at least 1.")
        if options["processes"] > (os.cpu_count() or 1) * 2:
            self.stderr.write(f"Note: {options['processes']} processes on {os.cpu_count()} CPUs.")
        try:
            fmt = options["format"] or ("jsonl" if path == "-" else detect_format(path))
            records, total = read_records(path, fmt=fmt, stdin=options.get("stdin"))
            summary = articles_import(
                records=records,
                total=total,
                processes=options["processes"],
                batch_size=options["batch_size"],
                attribute=not options["no_attribute"],
                write=lambda text: self.stderr.write(text, ending=""),
                live=self.stderr.isatty(),
            )
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        out = self.stdout
        out.write(f"Read {summary.read:,} records in {summary.ingest_seconds:.1f} s.")
        out.write(f"  created     {summary.created:>9,}")
        out.write(f"  duplicates  {summary.duplicates:>9,}")
        for duplicate in summary.duplicate_of[:MAX_LISTED_FAILURES]:
            out.write(f"    {duplicate}")
        if summary.duplicates > MAX_LISTED_FAILURES:
            out.write(f"    … and {summary.duplicates - MAX_LISTED_FAILURES:,} more")
        out.write(f"  failed      {len(summary.failed):>9,}")
        for failure in summary.failed[:MAX_LISTED_FAILURES]:
            out.write(f"    {failure}")
        if len(summary.failed) > MAX_LISTED_FAILURES:
            out.write(f"    … and {len(summary.failed) - MAX_LISTED_FAILURES:,} more")
        for note in summary.notes:
            out.write(note)
        if summary.attribute_seconds:
            out.write(
                f"Attributed {summary.attributed:,} articles ({summary.attribution_failed:,} "
                f"failed) with {summary.processes} process"
                f"{'es' if summary.processes > 1 else ''} in {summary.attribute_seconds:.1f} s: "
                f"{summary.attribute_rate:,.1f} articles/second "
                f"({summary.overall_rate:,.1f} articles/second including storing)."
            )
