"""The extract_quotes command's --jsonl contract, which other programs rely on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.model

KEYS = {"start", "end", "text", "speaker", "mention", "cue", "confidence", "kind"}


def _run_jsonl(monkeypatch: pytest.MonkeyPatch, lines: list[str], **options: object) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    call_command("extract_quotes", jsonl=True, stdout=out, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_one_line_out_per_line_in_and_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        '"We will win," coach Dara Fenn said.',
        "No quotations here at all.",
        'Mayor Ivo Brandt said: "The bridge opens Monday."',
    ]
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)]
    results = _run_jsonl(monkeypatch, lines, batch_size=2)
    assert [r["id"] for r in results] == [0, 1, 2]
    assert results[1]["quotes"] == []
    first = results[0]["quotes"][0]
    assert set(first) == KEYS
    assert first["text"] == texts[0][first["start"] : first["end"]] == "We will win,"
    assert first["speaker"] == "Dara Fenn"
    assert results[2]["quotes"][0]["speaker"] == "Ivo Brandt"


@pytest.mark.parametrize(
    ("line", "expected_id", "message"),
    [
        ("{not json", None, "line 2: invalid JSON"),
        ('["a list"]', None, "line 2: expected a JSON object"),
        ('{"id": "b", "text": 42}', "b", 'line 2: "text" must be a string'),
        ('{"id": "c"}', "c", 'line 2: "text" must be a string'),
    ],
)
def test_jsonl_bad_line_yields_error_and_run_goes_on(
    monkeypatch: pytest.MonkeyPatch, line: str, expected_id: object, message: str
) -> None:
    good = json.dumps({"id": "ok", "text": '"Yes," Ana Ruiz said.'})
    results = _run_jsonl(monkeypatch, [good, line, good])
    assert [r.get("id") for r in results] == ["ok", expected_id, "ok"]
    assert results[1]["error"].startswith(message)
    assert "quotes" in results[2]


def test_table_for_files(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Tolls go up in May," said Transport Minister Oskar Lind.')
    out = io.StringIO()
    call_command("extract_quotes", str(article), stdout=out)
    assert "1 quotation(s)" in out.getvalue()
    assert "Oskar Lind" in out.getvalue()


def test_files_and_jsonl_together_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="give no files"):
        call_command("extract_quotes", str(tmp_path / "x.txt"), jsonl=True)
