"""The scorer follows the eval README to the letter, so its numbers compare with published ones.

Every table here is hand-made: small gold records and predictions whose right scores can be
worked out on paper. No model is needed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from quotes.attribution.evaluation import (
    BANDS,
    Report,
    evaluate_files,
    load_gold,
    main,
    normalize_speaker,
    pair_spans,
    same_speaker,
    score,
    spans_match,
    trim_span,
)
from quotes.attribution.types import Kind, Quotation
from tests.eval_data import shared_eval_file

ROOT = Path(__file__).resolve().parents[2]
EVALUATION_PY = ROOT / "quotes" / "attribution" / "evaluation.py"


# ---------------------------------------------------------------------------------------------
# Builders


def span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def gold_item(
    text: str,
    needle: str,
    speaker: str | None = "Dana Whitfield",
    kind: str = "direct",
    cases: Sequence[str] = (),
) -> dict[str, Any]:
    start, end = span(text, needle)
    return {
        "start": start,
        "end": end,
        "text": needle,
        "speaker": speaker,
        "kind": kind,
        "cases": list(cases),
    }


def record(
    text: str,
    quotes: Sequence[dict[str, Any]] = (),
    indirect: Sequence[dict[str, Any]] = (),
    traps: Sequence[str] = (),
    *,
    annotated: bool = True,
    rid: str = "t-001",
) -> dict[str, Any]:
    return {
        "id": rid,
        "text": text,
        "indirect_annotated": annotated,
        "quotes": list(quotes),
        "indirect": list(indirect),
        "traps": [
            {"start": s, "end": e, "text": t, "why": "scare quote"}
            for t in traps
            for s, e in [span(text, t)]
        ],
    }


def pred(
    text: str,
    needle: str,
    speaker: str | None = "Dana Whitfield",
    kind: Kind = Kind.DIRECT,
    confidence: float = 0.95,
) -> Quotation:
    start, end = span(text, needle)
    return Quotation(start, end, needle, kind, speaker=speaker, confidence=confidence)


# ---------------------------------------------------------------------------------------------
# Span trimming and matching


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ('"Hello there,"', "Hello there,"),
        ("“Hello”", "Hello"),
        ("‘Hello’", "Hello"),
        ("'Hello'", "Hello"),
        ("« Hello »", "Hello"),
        ("``Hello''", "Hello"),
        ("`Hello`", "Hello"),
        ('  \n"Hello" \n', "Hello"),
        ("“‘nested’”", "nested"),
        ("Hello", "Hello"),
        ("it's", "it's"),  # an apostrophe inside the span stays
        ('""', ""),
        ("   ", ""),
    ],
)
def test_trim_span_removes_marks_and_whitespace_at_both_ends(raw: str, trimmed: str) -> None:
    text = f"xx{raw}yy"
    start, end = trim_span(text, 2, 2 + len(raw))
    assert text[start:end] == trimmed


def test_trim_span_clamps_offsets_outside_the_text() -> None:
    assert trim_span("abc", -5, 99) == (0, 3)
    assert trim_span("abc", 2, 1) == (2, 2)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), True),  # identical
        ((0, 10), (5, 15), True),  # overlap 5 = half of the longer (10)
        ((0, 10), (6, 16), False),  # overlap 4 < 5
        ((0, 10), (0, 5), True),  # inside, exactly half of the longer
        ((0, 10), (0, 4), False),  # inside, but less than half of the longer
        ((0, 11), (0, 5), False),  # 5 < 5.5: half of an odd length rounds up
        ((0, 11), (0, 6), True),
        ((0, 10), (10, 20), False),  # touching is no overlap
        ((0, 10), (20, 30), False),
        ((3, 3), (3, 3), False),  # empty spans never match
    ],
)
def test_spans_match_needs_half_of_the_longer_span(
    a: tuple[int, int], b: tuple[int, int], expected: bool
) -> None:
    assert spans_match(a, b) is expected
    assert spans_match(b, a) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        # One prediction covering two gold spans pairs with the one it overlaps more.
        ([(0, 10), (10, 16)], [(0, 16)], [(0, 0)]),
        ([(0, 6), (6, 16)], [(0, 16)], [(1, 0)]),
        # Largest overlap first, even when the other order would pair more spans greedily.
        ([(0, 10)], [(0, 6), (0, 10)], [(0, 1)]),
        # Two predictions on two gold spans: each gets its own.
        ([(0, 10), (20, 30)], [(21, 30), (0, 9)], [(0, 1), (1, 0)]),
        # A gold span is used once: the duplicate prediction stays unpaired.
        ([(0, 10)], [(0, 10), (0, 10)], [(0, 0)]),
        # A prediction is used once: the second gold span stays unpaired.
        ([(0, 10), (0, 10)], [(0, 10)], [(0, 0)]),
        # Best overlap for gold 1 is prediction 0, which gold 0 takes first (larger overlap),
        # so gold 1 falls back to prediction 1.
        ([(0, 20), (10, 22)], [(0, 20), (12, 22)], [(0, 0), (1, 1)]),
        ([], [(0, 10)], []),
        ([(0, 10)], [], []),
    ],
)
def test_pair_spans_is_one_to_one_largest_overlap_first(
    gold: list[tuple[int, int]],
    predicted: list[tuple[int, int]],
    pairs: list[tuple[int, int]],
) -> None:
    assert pair_spans(gold, predicted) == pairs


def test_prediction_including_its_quotation_marks_still_matches_exactly() -> None:
    text = "She said: “We will rebuild the bridge.” Then she left."
    gold = gold_item(text, "We will rebuild the bridge.")
    start, end = span(text, "“We will rebuild the bridge.” ")
    prediction = Quotation(start, end, text[start:end], Kind.DIRECT, speaker="Dana Whitfield")
    report = score([record(text, [gold])], {"t-001": [prediction]})
    assert report.quotes.detection.matched_gold == 1
    assert report.quotes.end_to_end.f1 == 1.0


# ---------------------------------------------------------------------------------------------
# Speakers


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Dana Whitfield", ("dana", "whitfield")),
        ("DANA WHITFIELD", ("dana", "whitfield")),
        ("U.S. President Donald Trump", ("donald", "trump")),
        ("Prime Minister Anneliese Korver", ("anneliese", "korver")),
        ("Sen. Patricia Spearman", ("patricia", "spearman")),
        ("Dr Ifeoma Chukwu", ("ifeoma", "chukwu")),
        ("Mr. Kane", ("kane",)),
        ("Sir Harold Fenwick", ("harold", "fenwick")),
        ("UN Secretary General Amara Osei", ("amara", "osei")),
        ("Secretary of State Amara Osei", ("amara", "osei")),
        ("Halvard chief executive Morten Vik", ("morten", "vik")),
        ("Head coach Wade Hollis", ("wade", "hollis")),
        ("Judge Ruth Okonjo", ("ruth", "okonjo")),
        ("Whitfield's", ("whitfield",)),
        ("Whitfield’s", ("whitfield",)),
        ("Brandt-Halloran", ("brandt", "halloran")),
        ("Calloway & Finch", ("calloway", "and", "finch")),
        ("O'Brien", ("obrien",)),
        # The run of descriptors stops at a linking word, so the speaker stays someone else.
        ("a spokesman for President Trump", ("for", "president", "trump")),
        # A title alone is kept: there is nothing after it to be the name.
        ("Judge", ("judge",)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_normalize_speaker(name: str | None, normal: tuple[str, ...] | None) -> None:
    assert normalize_speaker(name) == normal


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("Dana Whitfield", "Dana Whitfield", True),
        ("Dana Whitfield", "dana whitfield", True),
        ("Dana Whitfield", "Dana Whitfield's", True),
        ("Dana Whitfield", "Dr. Dana Whitfield", True),
        ("Donald Trump", "U.S. President Donald Trump", True),
        ("Amara Osei", "Amara Osei,", True),
        # shorter name is a subsequence of the longer, ending on the same last word
        ("Dana Whitfield", "Whitfield", True),
        ("Whitfield", "Dana Whitfield", True),
        ("Robert Kane", "Robert Bobby Kane", True),
        ("Lucius Antoine Thibodeaux", "Lucius Thibodeaux", True),
        ("The Associated Press", "Associated Press", True),
        # ... not when it ends on a different word, or is not a subsequence
        ("Dana Whitfield", "Dana", False),
        ("Dana Whitfield", "Whitfield Dana", False),
        ("Dana Whitfield", "Dana Whitfield Jr", False),
        ("Dana Whitfield", "Dana Smith", False),
        ("Dana Whitfield", "Mark Whitfield", False),
        ("Celeste Thibodeaux-Grant", "Lucius Thibodeaux", False),
        # ... nor when the longer one's extra words hold a linking word
        ("Whitfield", "a spokesman for Whitfield", False),
        ("Dana Whitfield", "a spokesman for Dana Whitfield", False),
        ("Finch", "Calloway and Finch", False),
        ("Finch", "Calloway & Finch", False),
        ("Research", "Institute of Research", False),
        ("Dana Whitfield", "friend of Dana Whitfield", False),
        ("Donald Trump", "a spokesman for President Donald Trump", False),
        ("National Institute for Space Research", "Space Research", False),
        ("National Institute for Space Research", "Institute for Space Research", True),
        # a linking word in the shared words is fine
        ("Calloway & Finch Engineers", "Calloway & Finch Engineers", True),
        # null speakers
        (None, None, True),
        (None, "Dana Whitfield", False),
        ("Dana Whitfield", None, False),
        ("Dana Whitfield", "", False),
        (None, "  ", True),
    ],
)
def test_same_speaker(gold: str | None, predicted: str | None, right: bool) -> None:
    assert same_speaker(gold, predicted) is right


# ---------------------------------------------------------------------------------------------
# Scoring a file

TEXT = (
    'Whitfield said the bridge was safe. "We have checked every bolt," she said. '
    'Critics called the plan "a fantasy on stilts." The "Blue Line" opens in May. '
    '"It will be late," said Marcus Delahunt, the council leader.'
)


def dev_record(*, annotated: bool = True, rid: str = "t-001") -> dict[str, Any]:
    """Two direct quotes, one partial, one indirect span and one trap."""
    return record(
        TEXT,
        quotes=[
            gold_item(TEXT, "We have checked every bolt,", cases=["a", "pron"]),
            gold_item(TEXT, "a fantasy on stilts.", speaker=None, kind="partial", cases=["nom"]),
            gold_item(TEXT, "It will be late,", speaker="Marcus Delahunt", cases=["a"]),
        ],
        indirect=[
            gold_item(TEXT, "the bridge was safe", kind="indirect", cases=["a"]),
        ],
        traps=["Blue Line"],
        annotated=annotated,
        rid=rid,
    )


def test_perfect_predictions_score_one() -> None:
    rec = dev_record()
    predictions = [
        pred(TEXT, "We have checked every bolt,"),
        pred(TEXT, "a fantasy on stilts.", speaker=None, kind=Kind.PARTIAL),
        pred(TEXT, "It will be late,", speaker="Delahunt"),
        pred(TEXT, "the bridge was safe", speaker="Whitfield", kind=Kind.INDIRECT),
    ]
    report = score([rec], {"t-001": predictions})
    for track in (report.quotes, report.indirect):
        assert track.detection.f1 == 1.0
        assert track.end_to_end.f1 == 1.0
        assert track.speaker_accuracy == 1.0
    assert report.headline == 1.0
    assert report.errors == ()


def test_detection_speaker_and_end_to_end_counts() -> None:
    rec = dev_record()
    predictions = [
        pred(TEXT, "We have checked every bolt,", speaker="Whitfield"),  # right
        pred(TEXT, "It will be late,", speaker="Dana Whitfield"),  # wrong speaker
        pred(TEXT, "Blue Line", speaker=None, kind=Kind.PARTIAL),  # trap
        pred(TEXT, "Critics called", speaker=None),  # plain false positive
    ]
    report = score([rec], {"t-001": predictions})
    quotes = report.quotes
    assert (quotes.detection.predicted, quotes.detection.gold) == (4, 3)
    assert quotes.pairs == 2
    assert quotes.right_speaker == 1
    assert quotes.detection.precision == pytest.approx(2 / 4)
    assert quotes.detection.recall == pytest.approx(2 / 3)
    assert quotes.detection.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert quotes.speaker_accuracy == pytest.approx(1 / 2)
    assert quotes.end_to_end.precision == pytest.approx(1 / 4)
    assert quotes.end_to_end.recall == pytest.approx(1 / 3)
    assert report.headline == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))
    assert (quotes.traps, quotes.traps_hit, quotes.trap_false_positives) == (1, 1, 1)
    assert sorted(e.type for e in report.errors if e.track == "quotes") == [
        "false_positive",
        "missed",
        "trap",
        "wrong_speaker",
    ]


def test_two_predictions_on_one_trap_are_two_false_positives_one_trap_hit() -> None:
    rec = dev_record()
    predictions = [
        pred(TEXT, "Blue Line", speaker=None, kind=Kind.PARTIAL),
        pred(TEXT, '"Blue Line"', speaker=None, kind=Kind.PARTIAL),
    ]
    report = score([rec], {"t-001": predictions})
    assert report.quotes.traps_hit == 1
    assert report.quotes.trap_false_positives == 2
    assert report.quotes.detection.precision == 0.0


@pytest.mark.parametrize(
    ("gold_speaker", "predicted_speaker", "right"),
    [
        (None, None, True),
        (None, "Critics", False),
        ("Dana Whitfield", None, False),
    ],
)
def test_null_speakers_end_to_end(
    gold_speaker: str | None, predicted_speaker: str | None, right: bool
) -> None:
    text = 'Critics called the plan "a fantasy on stilts."'
    rec = record(text, [gold_item(text, "a fantasy on stilts.", gold_speaker, "partial")])
    report = score(
        [rec], {"t-001": [pred(text, "a fantasy on stilts.", predicted_speaker, Kind.PARTIAL)]}
    )
    assert report.quotes.detection.f1 == 1.0
    assert report.quotes.end_to_end.f1 == (1.0 if right else 0.0)


def test_per_kind_counts_gold_by_gold_kind_and_predictions_by_predicted_kind() -> None:
    rec = dev_record()
    predictions = [
        # a gold direct quote found, but labelled partial
        pred(TEXT, "We have checked every bolt,", kind=Kind.PARTIAL),
        pred(TEXT, "a fantasy on stilts.", speaker=None, kind=Kind.PARTIAL),
    ]
    report = score([rec], {"t-001": predictions})
    direct, partial = report.quotes.per_kind["direct"], report.quotes.per_kind["partial"]
    assert (direct.detection.gold, direct.detection.matched_gold) == (2, 1)
    assert (direct.detection.predicted, direct.detection.matched_predicted) == (0, 0)
    assert direct.detection.recall == pytest.approx(1 / 2)
    assert direct.detection.precision == 0.0
    assert (partial.detection.gold, partial.detection.matched_gold) == (1, 1)
    assert (partial.detection.predicted, partial.detection.matched_predicted) == (2, 2)
    assert partial.end_to_end.precision == 1.0
    assert report.quotes.kind_confusion == {"direct->partial": 1, "partial->partial": 1}


@pytest.mark.parametrize(
    ("annotated", "gold", "predicted"),
    [(True, 1, 2), (False, 0, 0)],
)
def test_indirect_track_only_on_annotated_records(
    annotated: bool, gold: int, predicted: int
) -> None:
    rec = dev_record(annotated=annotated)
    predictions = [
        pred(TEXT, "the bridge was safe", speaker="Whitfield", kind=Kind.INDIRECT),
        pred(TEXT, "Critics called the plan", speaker=None, kind=Kind.INDIRECT),
    ]
    report = score([rec], {"t-001": predictions})
    assert report.indirect.records == (1 if annotated else 0)
    assert report.indirect.detection.gold == gold
    assert report.indirect.detection.predicted == predicted
    assert [e.type for e in report.errors if e.track == "indirect"] == (
        ["false_positive"] if annotated else []
    )


def test_tracks_do_not_cross() -> None:
    """An indirect prediction on a quote is not a quote, and a quote prediction is not indirect."""
    rec = dev_record()
    predictions = [
        pred(TEXT, "We have checked every bolt,", kind=Kind.INDIRECT),
        pred(TEXT, "the bridge was safe", kind=Kind.DIRECT),
    ]
    report = score([rec], {"t-001": predictions})
    assert report.quotes.detection.predicted == 1
    assert report.quotes.pairs == 0
    assert report.indirect.detection.predicted == 1
    assert report.indirect.pairs == 0


def test_record_without_predictions_misses_everything() -> None:
    report = score([dev_record(rid="a"), dev_record(rid="b")], {"a": []})
    assert report.records == 2
    assert report.quotes.detection.gold == 6
    assert report.quotes.detection.recall == 0.0
    assert report.quotes.detection.f1 == 0.0
    assert sum(e.type == "missed" for e in report.errors) == 8


def test_per_case_recall() -> None:
    rec = dev_record()
    predictions = [
        pred(TEXT, "We have checked every bolt,", speaker="Marcus Delahunt"),  # found, wrong
        pred(TEXT, "It will be late,", speaker="Marcus Delahunt"),  # found, right
    ]
    report = score([rec], {"t-001": predictions})
    cases = report.quotes.per_case
    assert (cases["a"].gold, cases["a"].detected, cases["a"].correct) == (2, 2, 1)
    assert (cases["pron"].gold, cases["pron"].detected, cases["pron"].correct) == (1, 1, 0)
    assert (cases["nom"].gold, cases["nom"].detected, cases["nom"].correct) == (1, 0, 0)
    assert cases["a"].end_to_end_recall == pytest.approx(0.5)
    assert report.indirect.per_case["a"].gold == 1


@pytest.mark.parametrize(
    ("confidence", "band"),
    [(0.0, 0), (0.49, 0), (0.5, 1), (0.69, 1), (0.7, 2), (0.89, 2), (0.9, 3), (1.0, 3), (1.7, 3)],
)
def test_confidence_bands(confidence: float, band: int) -> None:
    rec = dev_record()
    predictions = [
        pred(TEXT, "We have checked every bolt,", confidence=confidence),  # right
        pred(TEXT, "It will be late,", confidence=confidence),  # wrong speaker
        pred(TEXT, "Blue Line", confidence=confidence),  # false positive
    ]
    report = score([rec], {"t-001": predictions})
    bands = report.quotes.bands
    assert len(bands) == len(BANDS)
    assert [(b.matched, b.correct, b.false_positives) for b in bands] == [
        (2, 1, 1) if i == band else (0, 0, 0) for i in range(len(BANDS))
    ]
    assert bands[band].correct_rate == pytest.approx(0.5)


def test_errors_carry_context_and_speakers() -> None:
    rec = dev_record()
    predictions = [pred(TEXT, "It will be late,", speaker="Dana Whitfield", confidence=0.6)]
    report = score([rec], {"t-001": predictions})
    wrong = next(e for e in report.errors if e.type == "wrong_speaker")
    assert wrong.article == "t-001"
    assert wrong.text == "It will be late,"
    assert (wrong.gold_speaker, wrong.predicted_speaker) == ("Marcus Delahunt", "Dana Whitfield")
    assert wrong.confidence == pytest.approx(0.6)
    assert "⟦It will be late,⟧" in wrong.context
    assert "said Marcus Delahunt" in wrong.context
    assert 60 <= len(wrong.context) <= 100
    missed = [e for e in report.errors if e.type == "missed"]
    assert {e.text for e in missed} == {
        "We have checked every bolt,",
        "a fantasy on stilts.",
        "the bridge was safe",
    }
    text = report.format_text()
    assert "WRONG SPEAKER" in text
    assert "MISSED" in text
    assert "Dana Whitfield" in text
    assert "Errors" not in report.format_text(errors=False)


def test_as_dict_is_json_ready() -> None:
    report = score([dev_record()], {"t-001": [pred(TEXT, "It will be late,")]})
    data = json.loads(json.dumps(report.as_dict()))
    assert data["headline_end_to_end_f1"] == pytest.approx(report.headline)
    assert data["quotes"]["detection"]["gold"] == 3
    assert data["quotes"]["per_kind"]["direct"]["detection"]["matched_gold"] == 1
    assert data["errors"][0]["article"] == "t-001"


# ---------------------------------------------------------------------------------------------
# Files, the command line, and purity


def fake_extract_from(records: Sequence[dict[str, Any]], *, surname: bool = True) -> Any:
    """An extractor that answers each text with its gold spans and speakers (or surnames)."""
    by_text = {r["text"]: r for r in records}

    def extract(texts: list[str]) -> Iterable[list[Quotation]]:
        for t in texts:
            rec = by_text[t]
            yield [
                Quotation(
                    q["start"],
                    q["end"],
                    q["text"],
                    Kind(q["kind"]),
                    speaker=q["speaker"].split()[-1] if surname and q["speaker"] else q["speaker"],
                    confidence=0.8,
                )
                for q in rec["quotes"] + rec["indirect"]
            ]

    return extract


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    lines = [json.dumps(dev_record(rid="a")), "", json.dumps(dev_record(rid="b"))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_skips_blank_lines(gold_file: Path) -> None:
    assert [r["id"] for r in load_gold(gold_file)] == ["a", "b"]


def test_evaluate_files_scores_each_file(gold_file: Path) -> None:
    [(path, report)] = evaluate_files([gold_file], fake_extract_from(load_gold(gold_file)))
    assert path == gold_file
    assert isinstance(report, Report)
    assert report.label == "tiny.jsonl"
    assert report.quotes.detection.gold == 6
    assert report.headline == 1.0


def test_evaluate_files_refuses_a_short_answer(gold_file: Path) -> None:
    with pytest.raises(ValueError, match="returned 1 results for 2 texts"):
        evaluate_files([gold_file], lambda texts: [[]])


def test_command_line_json(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extract = fake_extract_from(load_gold(gold_file))
    assert main([str(gold_file), str(gold_file), "--json"], extract_many=extract) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["path"] for d in data] == [str(gold_file)] * 2
    assert data[0]["headline_end_to_end_f1"] == 1.0


def test_command_line_text(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(gold_file)], extract_many=lambda texts: [[] for _ in texts]) == 0
    out = capsys.readouterr().out
    assert "== tiny.jsonl: 2 articles" in out
    assert "end-to-end F1 = 0.000" in out
    assert "MISSED" in out


def test_command_line_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.jsonl")], extract_many=lambda texts: []) == 2
    assert "gold file not found" in capsys.readouterr().err


def test_scoring_imports_neither_django_nor_spacy() -> None:
    """Load the module on its own, as the scorer must work without the web app or a model."""
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('evaluation', {str(EVALUATION_PY)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['evaluation'] = module\n"
        "spec.loader.exec_module(module)\n"
        "print(sorted(m for m in ('django', 'spacy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("name", ["dev.jsonl", "real-dev.jsonl"])
def test_gold_scored_against_itself_is_perfect(name: str) -> None:
    path = shared_eval_file(name)
    records = load_gold(path)
    [(_, report)] = evaluate_files([path], fake_extract_from(records, surname=False))
    assert report.quotes.detection.gold == sum(len(r["quotes"]) for r in records)
    assert report.headline == 1.0
    assert report.indirect.end_to_end.f1 == 1.0
    assert report.quotes.traps_hit == 0
