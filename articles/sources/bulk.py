"""Bulk import: JSON lines, CSV or a folder of files, then attribution in batches.

Two phases. First every record is read and ingested (verbatim, deduplicated, nothing
queued): a record that cannot be read or is refused is reported by line number (or file
name) and the rest go on. Then the new articles are attributed in ``nlp.pipe`` batches,
in this process or split across a pool of worker processes (``processes``), each loading
the model once. An article left pending by an interrupted import can be retried like any
other (``article_retry``); nothing is half-written, because each article is stored in one
transaction and attributed in another.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import DatabaseError, connection, connections, transaction

from articles.models import Article
from articles.services import ArticleRejected, article_enqueue
from articles.sources import SourceError, draft_ingest
from articles.sources.records import Record, read_csv, read_jsonl
from articles.sources.text import decode_text
from articles.sources.upload import parse_upload
from articles.sources.workers import attribute_chunk, worker_init

FORMATS = ("jsonl", "csv", "dir")
DIR_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
# Records ingested per database transaction: fewer commits, and still small rollbacks.
_INGEST_BATCH = 200


@dataclass(frozen=True, slots=True)
class ImportFailure:
    where: str  # "line 7" or a file name
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(slots=True)
class ImportSummary:
    read: int = 0
    created: int = 0
    duplicates: int = 0
    duplicate_of: list[ImportFailure] = field(default_factory=list)  # which article each is
    failed: list[ImportFailure] = field(default_factory=list)
    attributed: int = 0
    attribution_failed: int = 0
    processes: int = 1
    ingest_seconds: float = 0.0
    attribute_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def attribute_rate(self) -> float:
        """Articles attributed per second (including model loading)."""
        return self.attributed / self.attribute_seconds if self.attribute_seconds else 0.0

    @property
    def overall_rate(self) -> float:
        """New articles stored and attributed per second, from start to finish."""
        seconds = self.ingest_seconds + self.attribute_seconds
        return self.created / seconds if seconds else 0.0


class Progress:
    """A one-line progress bar, redrawn in place on a terminal and printed once elsewhere."""

    def __init__(
        self, write: Callable[[str], None] | None, *, live: bool, label: str, total: int | None
    ) -> None:
        self.write, self.live, self.label, self.total = write, live, label, total
        self.started = self.shown = time.monotonic()
        self.done = 0

    def update(self, done: int, note: str = "", *, force: bool = False) -> None:
        self.done = done
        now = time.monotonic()
        if self.write is None or not self.live or (not force and now - self.shown < 0.2):
            return
        self.shown = now
        self.write("\r" + self._line(note) + "\x1b[K")

    def finish(self, note: str = "") -> None:
        if self.write is not None:
            line = f"\r{self._line(note)}\x1b[K" if self.live else self._line(note)
            self.write(line + "\n")

    def _line(self, note: str) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = f"{self.done / elapsed:,.1f}/s"
        if self.total:
            share = min(self.done / self.total, 1.0)
            bar = "#" * int(share * 30)
            count = f"[{bar:<30}] {share:4.0%} {self.done:,}/{self.total:,}"
        else:
            count = f"{self.done:,}"
        return " ".join(part for part in (f"{self.label}:", count, rate, note) if part)


def detect_format(path: str) -> str:
    """The format a path implies: a folder is "dir", else its extension (.jsonl or .csv)."""
    if path != "-" and Path(path).is_dir():
        return "dir"
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise SourceError(
        f"Cannot tell the format of {path!r}; name it .jsonl or .csv, or pass --format."
    )


def read_records(
    path: str, *, fmt: str, stdin: BinaryIO | None = None
) -> tuple[Iterator[Record], int | None]:
    """The records at ``path`` ("-" for stdin), and how many there will be if known cheaply."""
    if fmt == "dir":
        return _read_dir(Path(path))
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        if fmt == "jsonl":
            return read_jsonl(stream), None
        return _read_csv(stream.read(), "Standard input"), None
    file = Path(path)
    if not file.is_file():
        raise SourceError(f"There is no file at {path!r}.")
    if fmt == "jsonl":
        with file.open("rb") as counted:
            total = sum(1 for line in counted if line.strip())
        return _read_jsonl_file(file), total
    return _read_csv(file.read_bytes(), f"“{file.name}”"), None


def _read_jsonl_file(file: Path) -> Iterator[Record]:
    with file.open("rb") as lines:
        yield from read_jsonl(lines)


def _read_csv(data: bytes, name: str) -> Iterator[Record]:
    text, warnings = decode_text(data, name=name)
    return read_csv(text, warnings=warnings)


def _read_dir(folder: Path) -> tuple[Iterator[Record], int]:
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )

    def records() -> Iterator[Record]:
        for file in files:
            where = str(file.relative_to(folder))
            if file.suffix.lower() not in DIR_SUFFIXES:
                yield Record(where, error=f"skipped: not one of {', '.join(DIR_SUFFIXES)}.")
                continue
            try:
                drafts = parse_upload(file.name, file.read_bytes())
            except (SourceError, OSError) as exc:
                yield Record(where, error=str(exc))
                continue
            for number, draft in enumerate(drafts, start=1):
                yield Record(f"{where} item {number}" if len(drafts) > 1 else where, draft=draft)

    return records(), len(files)


def articles_import(
    *,
    records: Iterable[Record],
    total: int | None = None,
    processes: int = 1,
    batch_size: int = 50,
    attribute: bool = True,
    write: Callable[[str], None] | None = None,
    live: bool = False,
) -> ImportSummary:
    """Ingest the records, then attribute the new articles; return what happened.

    With ``attribute=False`` the new articles are queued for the background worker
    instead. ``write`` receives the progress bar (``live`` redraws it in place).
    """
    summary = ImportSummary(processes=processes)
    started = time.monotonic()
    created_ids = _ingest(
        records, summary, Progress(write, live=live, label="Importing", total=total)
    )
    summary.ingest_seconds = time.monotonic() - started
    if not created_ids:
        return summary
    if not attribute:
        for article in Article.objects.filter(pk__in=created_ids).only("pk"):
            article_enqueue(article=article)
        summary.notes.append(f"{len(created_ids):,} articles queued for background attribution.")
        return summary
    started = time.monotonic()
    progress = Progress(write, live=live, label="Attributing", total=len(created_ids))
    _attribute(created_ids, summary, progress, batch_size=batch_size)
    summary.attribute_seconds = time.monotonic() - started
    return summary


def _ingest(records: Iterable[Record], summary: ImportSummary, progress: Progress) -> list[int]:
    created_ids: list[int] = []
    iterator = iter(records)
    exhausted = False
    while not exhausted:
        with transaction.atomic():
            for _ in range(_INGEST_BATCH):
                record = next(iterator, None)
                if record is None:
                    exhausted = True
                    break
                summary.read += 1
                _ingest_one(record, summary, created_ids)
                progress.update(summary.read, _counts(summary))
    progress.finish(_counts(summary))
    return created_ids


def _ingest_one(record: Record, summary: ImportSummary, created_ids: list[int]) -> None:
    if record.draft is None:
        summary.failed.append(ImportFailure(record.where, record.error))
        return
    try:
        with transaction.atomic():
            result = draft_ingest(record.draft, source=Article.Source.BULK, enqueue=False)
    except ArticleRejected as exc:
        summary.failed.append(ImportFailure(record.where, str(exc)))
        return
    except DatabaseError as exc:  # e.g. a value the database refuses; the rest go on
        summary.failed.append(ImportFailure(record.where, f"the database refused it: {exc}"))
        return
    if result.created:
        summary.created += 1
        created_ids.append(result.article.pk)
    else:
        summary.duplicates += 1
        summary.duplicate_of.append(
            ImportFailure(record.where, f"already stored as article {result.article.pk}")
        )


def _counts(summary: ImportSummary) -> str:
    return (
        f"{summary.created:,} created, {summary.duplicates:,} duplicates, "
        f"{len(summary.failed):,} failed"
    )


def _attribute(
    ids: list[int], summary: ImportSummary, progress: Progress, *, batch_size: int
) -> None:
    chunks = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    processes = min(summary.processes, len(chunks))
    if processes > 1 and connection.vendor == "sqlite" and connection.is_in_memory_db():
        summary.notes.append("An in-memory SQLite database cannot be shared: used 1 process.")
        processes = 1
    summary.processes = max(processes, 1)

    def tally(result: tuple[int, int], size: int) -> None:
        done, failed = result
        summary.attributed += done
        summary.attribution_failed += failed
        progress.update(progress.done + size, f"{summary.attribution_failed:,} failed")

    if summary.processes == 1:
        for chunk in chunks:
            tally(attribute_chunk(chunk, batch_size), len(chunk))
    else:
        connections.close_all()  # never share a connection with the workers
        settings_module = os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings")
        # An executor, not multiprocessing.Pool: a worker that dies (or cannot start)
        # breaks it with an error, where a Pool would start replacements forever.
        with ProcessPoolExecutor(
            summary.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker_init,
            initargs=(settings.DATABASES, settings_module),
        ) as executor:
            futures = {executor.submit(attribute_chunk, c, batch_size): len(c) for c in chunks}
            try:
                for future in as_completed(futures):
                    tally(future.result(), futures[future])
            except BrokenProcessPool as exc:
                for future in futures:
                    future.cancel()
                raise SourceError(
                    "A worker process stopped unexpectedly; the articles not yet attributed "
                    "are stored and pending, ready to retry."
                ) from exc
    progress.finish(f"{summary.attribution_failed:,} failed")
