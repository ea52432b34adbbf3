"""Uploaded files to drafts: .txt, .md, .html/.htm, .json and .jsonl.

Plain text and Markdown are stored exactly as received (decoded); the first line becomes
the title when it reads like a headline. HTML goes through trafilatura. JSON holds one
article object or a list of them; JSON lines hold one object per line.

An upload is all or nothing: if any record in a JSON file is unusable, ``parse_upload``
refuses the file and lists every bad record by line or item number, so the user can fix
it and send it again without wondering which articles went in. (Bulk import, where files
are large, imports the good records and reports the bad ones instead.)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from articles.sources import ArticleDraft, SourceError
from articles.sources.page import draft_from_html
from articles.sources.records import Record, check_body, read_json, read_jsonl
from articles.sources.text import decode_text

ACCEPTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_MAX_LISTED_ERRORS = 10
_HEADLINE_MAX = 200


def parse_upload(filename: str, data: bytes) -> list[ArticleDraft]:
    """Read an uploaded file into drafts; raises SourceError with a message for the user."""
    shown = f"“{PurePath(filename).name}”"
    suffix = PurePath(filename).suffix.lower()
    if suffix not in ACCEPTED:
        kind = f"{suffix} files" if suffix else "files without an extension"
        raise SourceError(
            f"{shown} cannot be read: {kind} are not accepted. "
            f"Upload {', '.join(ACCEPTED[:-1])} or {ACCEPTED[-1]}."
        )
    if not data.strip():
        raise SourceError(f"{shown} is empty.")
    if suffix == ".jsonl":
        return _all_or_nothing(read_jsonl(data.splitlines()), shown)
    text, warnings = decode_text(data, name=shown)
    if suffix == ".json":
        return _all_or_nothing(read_json(text, warnings=warnings), shown)
    if suffix in (".html", ".htm"):
        return [draft_from_html(text, warnings=warnings, name=shown)]
    check_body(text, name=shown)
    return [
        ArticleDraft(title=headline(text, markdown=suffix == ".md"), body=text, warnings=warnings)
    ]


def headline(text: str, *, markdown: bool = False) -> str:
    """The first non-blank line, when it is short and not a sentence; else no title."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if markdown:
            line = line.lstrip("#").strip()
        if len(line) <= _HEADLINE_MAX and not line.endswith((".", "!", "?", '"', "”", ":")):
            return line
        return ""
    return ""


def _all_or_nothing(records: Iterable[Record], shown: str) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    errors: list[Record] = []
    for record in records:
        if record.draft is not None:
            drafts.append(record.draft)
        else:
            errors.append(record)
    if errors:
        listed = "; ".join(f"{r.where}: {r.error.rstrip('.')}" for r in errors[:_MAX_LISTED_ERRORS])
        more = len(errors) - _MAX_LISTED_ERRORS
        extra = f"; and {more} more" if more > 0 else ""
        raise SourceError(
            f"{shown} was not imported because {len(errors)} of its "
            f"{len(errors) + len(drafts)} articles cannot be read: {listed}{extra}."
        )
    if not drafts:
        raise SourceError(f"{shown} holds no articles.")
    return drafts
