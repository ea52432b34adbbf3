"""Structured input (JSON objects, JSON lines, CSV rows) to drafts, one record at a time.

Shared by file upload and bulk import. A record that cannot be read becomes a ``Record``
with an error naming where it was (line number, or item number in a JSON list), and
reading goes on: one bad line never costs the rest of the file.

A record's fields: ``body`` (or ``text``), and optionally ``title``, ``url``, ``outlet``,
``byline`` (or ``author``) and ``published_at`` (or ``date``; ISO 8601 or RFC 2822).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from email.utils import parsedate_to_datetime
from typing import Any

from django.conf import settings
from django.utils.dateparse import parse_date, parse_datetime

from articles.sources import ArticleDraft, SourceError
from articles.sources.text import decode_text, refuse_nul

_BODY_KEYS = ("body", "text")
_ALIASES = {
    "title": ("title",),
    "url": ("url",),
    "outlet": ("outlet",),
    "byline": ("byline", "author"),
    "published_at": ("published_at", "date"),
}


@dataclass(frozen=True, slots=True)
class Record:
    """One record read from a file: a draft, or the reason there is none."""

    where: str  # "line 12", "item 3", or a file name
    draft: ArticleDraft | None = None
    error: str = ""


def check_body(body: str, *, name: str = "The article body") -> None:
    """Raise SourceError for a body that is empty, too large, or holds NUL characters."""
    if not body.strip():
        raise SourceError(f"{name} is empty.")
    limit = settings.QUOTEDESK_MAX_ARTICLE_BYTES
    size = len(body.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise SourceError(f"{name} is {size:,} bytes; the limit is {limit:,} bytes.")
    refuse_nul(body, name=name)


def draft_from_mapping(data: dict[str, Any], *, warnings: tuple[str, ...] = ()) -> ArticleDraft:
    """Build a draft from a JSON object or CSV row; raises SourceError saying what is wrong."""
    fields = {key.strip().lower(): value for key, value in data.items() if key is not None}
    body = _first(fields, _BODY_KEYS)
    if body is None:
        raise SourceError('it has no "body" (or "text") field.')
    if not isinstance(body, str):
        raise SourceError(f'its "body" must be a string, not {_json_type(body)}.')
    check_body(body)
    values: dict[str, str] = {}
    for name, keys in _ALIASES.items():
        value = _first(fields, keys)
        if value is None:
            value = ""
        elif isinstance(value, int | float) and not isinstance(value, bool) and name != "url":
            value = str(value)
        elif not isinstance(value, str):
            raise SourceError(f'its "{name}" must be a string, not {_json_type(value)}.')
        refuse_nul(value, name=f'Its "{name}"')
        values[name] = value
    published_at, note = parse_published(values.pop("published_at"))
    return ArticleDraft(body=body, published_at=published_at, warnings=warnings + note, **values)


def parse_published(value: str) -> tuple[datetime | None, tuple[str, ...]]:
    """Read a publication date; an unreadable one is left out with a warning, not fatal."""
    value = value.strip()
    if not value:
        return None, ()
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.combine(day, time())
        if parsed is None:
            parsed = parsedate_to_datetime(value)
    except (ValueError, TypeError):
        parsed = None
    if parsed is None:
        return None, (f"The publication date {value[:60]!r} could not be read; it was left out.",)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed, ()


def read_json(text: str, *, warnings: tuple[str, ...] = ()) -> Iterator[Record]:
    """Records from a JSON document: one object, or a list of objects ("item N")."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"The file is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from exc
    if isinstance(data, dict):
        yield _record("the article", data, warnings)
    elif isinstance(data, list):
        if not data:
            raise SourceError("The JSON list is empty: there are no articles in it.")
        for number, item in enumerate(data, start=1):
            yield _record(f"item {number}", item, warnings)
    else:
        raise SourceError(
            f"The JSON file holds {_json_type(data)}; expected an article object or a list of them."
        )


def read_jsonl(lines: Iterable[bytes], *, start: int = 1) -> Iterator[Record]:
    """Records from JSON lines, each line decoded on its own; blank lines are skipped."""
    for number, raw in enumerate(lines, start=start):
        where = f"line {number}"
        if not raw.strip():
            continue
        try:
            text, warnings = decode_text(raw, name="The line")
        except SourceError as exc:
            yield Record(where, error=str(exc))
            continue
        try:
            data = json.loads(text.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Record(where, error=f"not valid JSON: {exc.msg} (column {exc.colno}).")
            continue
        yield _record(where, data, warnings)


def read_csv(text: str, *, warnings: tuple[str, ...] = ()) -> Iterator[Record]:
    """Records from CSV with a header row naming the fields ("line N" is where a row starts)."""
    limit = settings.QUOTEDESK_MAX_ARTICLE_BYTES + 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise SourceError("The CSV file is empty.") from None
    except csv.Error as exc:
        raise SourceError(f"The CSV header row cannot be read: {exc}.") from exc
    names = [name.strip().lower() for name in header]
    if not any(key in names for key in _BODY_KEYS):
        found = ", ".join(repr(n) for n in names if n) or "none"
        raise SourceError(
            f'The CSV header row has no "body" (or "text") column; its columns are {found}.'
        )
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Record(f"line {start}", error=f"malformed CSV: {exc}.")
            continue
        where = f"line {start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            yield Record(where, error=f"{len(row)} fields, but the header row has {len(names)}.")
            continue
        yield _record(where, dict(zip(names, row, strict=True)), warnings)


def _record(where: str, data: object, warnings: tuple[str, ...]) -> Record:
    if not isinstance(data, dict):
        return Record(where, error=f"expected an article object, found {_json_type(data)}.")
    try:
        return Record(where, draft=draft_from_mapping(data, warnings=warnings))
    except SourceError as exc:
        return Record(where, error=_lower_first(str(exc)))


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if fields.get(key) is not None:
            return fields[key]
    return None


def _json_type(value: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
