"""Run the attribution engine on texts from the command line, without touching the database.

``--jsonl`` is a machine contract: JSON lines ``{"id": ..., "text": ...}`` on stdin, one
line out per line in, in input order. Without it, each FILE gets a readable table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from quotes.attribution import Quotation, extract_many, get_nlp

OUTPUT_FIELDS = ("start", "end", "text", "speaker", "mention", "cue", "confidence", "kind")


def _parse_line(number: int, line: str) -> tuple[Any, str | None, str | None]:
    """Return (id, text, error) for one input line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, None, f"line {number}: invalid JSON: {exc.msg} at column {exc.colno}"
    if not isinstance(record, dict):
        return None, None, f"line {number}: expected a JSON object"
    text = record.get("text")
    if not isinstance(text, str):
        return record.get("id"), None, f'line {number}: "text" must be a string'
    return record.get("id"), text, None


def _quote_json(quotation: Quotation) -> dict[str, Any]:
    values = quotation.as_dict()
    values["confidence"] = round(quotation.confidence, 3)
    return {name: values[name] for name in OUTPUT_FIELDS}


class Command(BaseCommand):
    help = "Extract attributed quotations from text files, or from JSON lines on stdin."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="*", type=Path, help="plain-text article files")
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"id", "text"} JSON lines on stdin; write {"id", "quotes"} lines',
        )
        parser.add_argument("--batch-size", type=int, default=64, help="texts per nlp.pipe batch")

    def handle(self, *args: Any, **options: Any) -> None:
        nlp = get_nlp(settings.SPACY_MODEL)
        if options["jsonl"]:
            if options["files"]:
                raise CommandError("--jsonl reads stdin; give no files with it.")
            self._jsonl(sys.stdin, nlp=nlp, batch_size=options["batch_size"])
            return
        if not options["files"]:
            raise CommandError("Give one or more text files, or --jsonl to read stdin.")
        for path in options["files"]:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{path}: {exc}") from exc
            self._table(path, text, next(extract_many([text], nlp=nlp)))

    def _jsonl(self, stream: TextIO, *, nlp: Any, batch_size: int) -> None:
        lines: Iterator[tuple[int, str]] = (
            (number, line) for number, line in enumerate(stream, start=1) if line.strip()
        )
        while batch := list(islice(lines, batch_size)):
            parsed = [_parse_line(number, line) for number, line in batch]
            texts = [text for _, text, error in parsed if error is None]
            results = iter(extract_many(texts, nlp=nlp, batch_size=batch_size))
            for ident, _, error in parsed:
                if error is not None:
                    out: dict[str, Any] = {"id": ident, "error": error}
                else:
                    out = {"id": ident, "quotes": [_quote_json(q) for q in next(results)]}
                self.stdout.write(json.dumps(out, ensure_ascii=False))
            self.stdout.flush()

    def _table(self, path: Path, text: str, quotations: list[Quotation]) -> None:
        self.stdout.write(self.style.MIGRATE_HEADING(f"{path}: {len(quotations)} quotation(s)"))
        for q in quotations:
            excerpt = q.text if len(q.text) <= 70 else q.text[:67] + "..."
            speaker = q.speaker or (f"(unnamed: {q.mention})" if q.mention else "-")
            self.stdout.write(
                f"{q.start:>6}-{q.end:<6} {q.kind:<8} {q.confidence:4.2f}  "
                f"{speaker:<28} {q.cue or '':<12} {excerpt!r}"
            )
