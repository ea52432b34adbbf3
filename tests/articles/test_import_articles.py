from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article
from quotes.models import Quote

ROOT = Path(__file__).resolve().parents[2]

STORIES = [
    ("Bakery wins award", '"Bread is patience," baker Lotte Grimm said after the ceremony.'),
    ("Bridge reopens", '"Traffic will flow again," engineer Paul Ek said on Friday.'),
    ("School gets solar roof", '"The sun pays our bills now," head teacher Rita Moe said.'),
    ("Library extends hours", '"Readers asked, we listened," librarian Aksel Rud said.'),
]


def _jsonl(*rows: dict[str, object] | str) -> bytes:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _run(*args: str, stdin: bytes | None = None) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    extra = {"stdin": io.BytesIO(stdin)} if stdin is not None else {}
    call_command("import_articles", *args, stdout=out, stderr=err, **extra)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_jsonl_import_reports_created_duplicates_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_bytes(
        _jsonl(
            {"title": STORIES[0][0], "body": STORIES[0][1], "outlet": "Wire"},
            '{"title": "broken", "body": ',
            {"body": STORIES[1][1], "url": "https://news.example.org/bridge"},
            {"body": STORIES[0][1]},  # the same text again
            "",
            {"title": "no body here"},
            '"just a string"',
            {"body": "   "},
            {"body": STORIES[2][1], "published_at": "2026-10-01"},
        )
    )
    out, err = _run(str(path), "--no-attribute")
    assert Article.objects.count() == 3
    assert "created             3" in out
    assert "duplicates          1" in out
    first = Article.objects.get(title=STORIES[0][0])
    assert f"line 4: already stored as article {first.pk}" in out
    assert "failed              4" in out
    assert "line 2: not valid JSON: Expecting value (column 29)." in out
    assert 'line 6: it has no "body"' in out
    assert "line 7: expected an article object, found a string" in out
    assert "line 8: the article body is empty" in out
    assert "queued for background attribution" in out
    assert "Importing:" in err
    bakery = Article.objects.get(title="Bakery wins award")
    assert bakery.body == STORIES[0][1]
    assert bakery.outlet == "Wire"
    assert bakery.source == Article.Source.BULK
    assert bakery.status == Article.Status.PENDING


@pytest.mark.django_db
def test_jsonl_lines_are_decoded_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        _jsonl({"body": "Plain UTF-8 café."})
        + b'{"body": "Windows \x93quotes\x94 here."}\n'
        + b'{"body": "nul \\u0000 inside"}\n'
    )
    out, _ = _run(str(path), "--no-attribute")
    assert 'line 3: its "body" contains NUL characters' not in out  # body check runs first
    assert "line 3: the article body contains NUL characters" in out
    utf8 = Article.objects.get(body="Plain UTF-8 café.")
    cp1252 = Article.objects.get(body="Windows “quotes” here.")
    assert utf8.warnings == []
    assert "offset 18" in cp1252.warnings[0]


@pytest.mark.django_db
def test_oversized_body_is_reported_by_line(
    tmp_path: Path, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 40
    path = tmp_path / "big.jsonl"
    path.write_bytes(_jsonl({"body": "short enough"}, {"body": "x" * 41}))
    out, _ = _run(str(path), "--no-attribute")
    assert "line 2: the article body is 41 bytes; the limit is 40 bytes." in out
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_csv_import_keeps_multiline_bodies_and_reports_rows_by_starting_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.csv"
    path.write_bytes(
        b"Title,Body,URL\r\n"
        b'Bakery wins award,"First paragraph.\r\n\r\n""Bread is patience,"" she said.",\r\n'
        b"Only two,fields\r\n"
        b'Too many,"body",https://news.example.org/x,extra\r\n'
        b"No body,,\r\n"
        b'Bridge reopens,"Traffic will flow again.",https://news.example.org/bridge\r\n'
        b'Bad quote,"unterminated "quote" here,\r\n'
    )
    out, _ = _run(str(path), "--no-attribute")
    bakery = Article.objects.get(title="Bakery wins award")
    assert bakery.body == 'First paragraph.\r\n\r\n"Bread is patience," she said.'
    assert Article.objects.get(title="Bridge reopens").url == "https://news.example.org/bridge"
    assert "line 5: 2 fields, but the header row has 3." in out
    assert "line 6: 4 fields, but the header row has 3." in out
    assert "line 7: the article body is empty" in out
    assert "line 9: malformed CSV" in out
    assert "created             2" in out


@pytest.mark.django_db
def test_csv_without_a_body_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("headline,summary\nA,B\n")
    with pytest.raises(CommandError, match=r"no \"body\" \(or \"text\"\) column"):
        _run(str(path))


@pytest.mark.django_db
def test_folder_import(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(f"{STORIES[0][0]}\n\n{STORIES[0][1]}\n")
    (tmp_path / "nested" / "b.md").write_text(f"# {STORIES[1][0]}\n\n{STORIES[1][1]}\n")
    (tmp_path / "c.html").write_text(
        f"<html><head><title>{STORIES[2][0]}</title></head><body><article>"
        f"<p>{STORIES[2][1]} The roof has four hundred panels and was paid for by the "
        "parents' association after three years of bake sales and raffles.</p>"
        "</article></body></html>"
    )
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "e.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".git" / "config").write_text("ignored")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    out, err = _run(str(tmp_path), "--no-attribute")
    assert Article.objects.count() == 3
    assert (
        Article.objects.get(title=STORIES[1][0]).body == f"# {STORIES[1][0]}\n\n{STORIES[1][1]}\n"
    )
    assert "The sun pays our bills now" in Article.objects.get(title=STORIES[2][0]).body
    assert "d.pdf: skipped" in out
    assert "e.txt: “e.txt” looks like a binary file" in out
    assert "failed              2" in out
    assert "5/5" in err


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "data"),
    [
        (["-"], _jsonl({"body": STORIES[0][1]}, {"body": STORIES[1][1]})),
        (
            ["-", "--format", "csv"],
            f'body\n"{STORIES[0][1].replace(chr(34), 2 * chr(34))}"\n'
            f'"{STORIES[1][1].replace(chr(34), 2 * chr(34))}"\n'.encode(),
        ),
    ],
    ids=["jsonl", "csv"],
)
def test_standard_input(args: list[str], data: bytes) -> None:
    out, _ = _run(*args, "--no-attribute", stdin=data)
    assert "created             2" in out
    assert set(Article.objects.values_list("body", flat=True)) == {STORIES[0][1], STORIES[1][1]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("articles.xml", "Cannot tell the format"),
        ("missing.jsonl", "There is no file"),
    ],
)
def test_unusable_paths(tmp_path: Path, path: str, message: str) -> None:
    (tmp_path / "articles.xml").write_text("<x/>")
    with pytest.raises(CommandError, match=message):
        _run(str(tmp_path / path))


@pytest.mark.model
@pytest.mark.django_db
def test_import_attributes_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_bytes(_jsonl(*({"title": t, "body": b} for t, b in STORIES)))
    out, _ = _run(str(path), "--batch-size", "3")
    assert "Attributed 4 articles (0 failed) with 1 process" in out
    assert "articles/second" in out
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.DONE}
    assert Quote.objects.filter(speaker__name="Lotte Grimm").count() == 1


def _expect_two_processes() -> bool:
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


@pytest.mark.model
@pytest.mark.django_db(transaction=True)
def test_two_processes_on_the_configured_database(tmp_path: Path) -> None:
    """Workers reach the test database through the DATABASES handed to them (PostgreSQL);
    SQLite's in-memory test database cannot be shared, so there it falls back to one."""
    path = tmp_path / "wire.jsonl"
    path.write_bytes(_jsonl(*({"title": t, "body": b} for t, b in STORIES)))
    out, _ = _run(str(path), "--processes", "2", "--batch-size", "1")
    processes = "2 processes" if _expect_two_processes() else "1 process"
    assert f"Attributed 4 articles (0 failed) with {processes}" in out
    assert Article.objects.filter(status=Article.Status.DONE).count() == 4
    assert Quote.objects.filter(speaker__name="Aksel Rud").count() == 1


@pytest.mark.model
def test_two_processes_on_a_sqlite_file(tmp_path: Path) -> None:
    """The real command, in its own interpreter, with two workers writing to one SQLite file."""
    database = tmp_path / "import.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "LOG_LEVEL": "WARNING"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, cwd=ROOT, check=True)
    rows = [{"body": f"{b} Story {n}."} for n in range(6) for _, b in STORIES]
    completed = subprocess.run(
        [*manage, "import_articles", "-", "--processes", "2", "--batch-size", "2"],
        input=_jsonl(*rows),
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    out = completed.stdout.decode()
    assert completed.returncode == 0, completed.stderr.decode()[-2000:]
    assert "Attributed 24 articles (0 failed) with 2 processes" in out
    with sqlite3.connect(database) as db:
        statuses = dict(db.execute("SELECT status, count(*) FROM articles_article GROUP BY 1"))
        quotes = db.execute("SELECT count(*) FROM quotes_quote").fetchone()[0]
    assert statuses == {"done": 24}
    assert quotes >= 24
