"""Score attribution against gold files, exactly as ``shared/eval/README.md`` specifies.

The scoring rules live here, and only here, so the module's numbers, the
``evaluate_attribution`` management command and the benchmark mean the same thing as the
figures published for the dev sets on any gold file in that schema. The module is pure
Python: it imports neither Django nor (at import time) spaCy, so a gold file can be scored
from any predictions, including a fake extractor in tests.

The rules, in brief:

* Two tracks. The quote track scores predicted direct and partial quotes against the gold
  ``quotes``; a prediction on a gold trap is a false positive. The indirect track scores
  predictions of kind ``indirect`` against the gold ``indirect`` spans, on records with
  ``indirect_annotated: true`` only.
* Spans are compared after trimming quotation marks and whitespace from both ends; a
  prediction and a gold span are a candidate pair when they overlap by at least half the
  length of the longer one, and pairs are taken one-to-one, largest overlap first.
* Speakers are compared after normalisation (see :func:`normalize_speaker`) and are right when
  equal, or when the shorter is a subsequence of the longer ending on the same last word and
  the longer's extra words contain no linking word (see :func:`same_speaker`).
* End-to-end, a true positive needs a matched span and the right speaker. Its F1 on the quote
  track is the headline number.

Run it as ``python -m quotes.attribution.evaluation [GOLD.jsonl ...] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "BANDS",
    "DEFAULT_EVAL_DIR",
    "DEFAULT_GOLD_FILES",
    "BandScore",
    "CaseScore",
    "ErrorRecord",
    "KindScore",
    "Report",
    "Scores",
    "TrackScore",
    "evaluate_files",
    "default_gold_paths",
    "load_gold",
    "main",
    "normalize_speaker",
    "pair_spans",
    "same_speaker",
    "score",
    "spans_match",
    "trim_span",
]

#: Where the shared dev sets live: ``<checkout>/../shared/eval``.
DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
DEFAULT_GOLD_FILES = ("dev.jsonl", "real-dev.jsonl")

#: Confidence bands as ``[low, high)``; the last band also holds 1.0.
BANDS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0))

QUOTE_TRACK = "quotes"
INDIRECT_TRACK = "indirect"
QUOTE_KINDS = ("direct", "partial")

# Every quotation-mark style a gold file or an archive may use. The archive pairs `` and ''
# are runs of ` and ', which trimming removes one character at a time.
QUOTE_MARKS = frozenset("\"'`“”‘’«»„‟‚‛‹›「」『』")


def _word_set(words: str) -> frozenset[str]:
    """A set from a whitespace-separated word list, which reads better than a literal here."""
    return frozenset(words.split())


# Titles that end "a leading run of descriptors" before a name. Multi-word titles ending in a
# title word ("prime minister", "secretary general", "chief executive") need no entry of their
# own; those with a linking word or a plain last word ("secretary of state") are tuples.
TITLES = _word_set(
    """
    mr mrs ms miss mx sir dame lord lady dr doctor prof professor rev reverend fr father
    pastor rabbi imam bishop archbishop cardinal pope sheikh
    president vice vp premier chancellor minister secretary senator sen rep representative
    congressman congresswoman assemblyman assemblywoman councillor councilor councilman
    councilwoman alderman mayor governor gov lieutenant lt ambassador envoy commissioner
    ombudsman speaker chair chairman chairwoman chairperson leader deputy mp mep delegate
    king queen prince princess crown emperor duke duchess
    judge justice magistrate prosecutor attorney barrister solicitor
    general gen colonel col major maj captain capt sergeant sgt corporal cpl private pvt admiral
    adm commander cmdr marshal brigadier officer detective det inspector superintendent
    constable chief sheriff
    ceo cfo coo cto executive director manager founder cofounder coach
    spokesman spokeswoman spokesperson
    """
)
MULTIWORD_TITLES: tuple[tuple[str, ...], ...] = (
    ("secretary", "of", "state"),
    ("secretary", "of", "defense"),
    ("secretary", "of", "defence"),
    ("minister", "of", "state"),
    ("chief", "of", "staff"),
    ("chief", "of", "police"),
    ("head", "of", "state"),
    ("head", "of", "government"),
)

# Words that make a longer name a different speaker: "a spokesman for Whitfield".
LINKING_WORDS = _word_set(
    """
    for and of to from with at on in by behind under over near about against via per or nor
    but representing
    """
)

_POSSESSIVE = re.compile(r"['’]s\b")
_WHITESPACE = re.compile(r"\s+")
_BREAKING_PUNCTUATION = frozenset("-‐‑‒–—―/\\_")


# ---------------------------------------------------------------------------------------------
# Spans


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` without quotation marks and whitespace at either end.

    Gold spans exclude the marks while an engine may keep them (or a stray space), and the
    README compares spans after this trim, so neither side is penalised for it.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS):
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two trimmed spans are a candidate pair: overlap >= half the longer one.

    An empty overlap never counts, so two empty spans do not match each other.
    """
    overlap = _overlap(a, b)
    return overlap > 0 and 2 * overlap >= max(a[1] - a[0], b[1] - b[0])


def pair_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one-to-one, largest overlap first.

    Returns ``(gold_index, predicted_index)`` pairs. Ties go to the earlier gold span, then the
    earlier prediction, so the result does not depend on dict or set order.
    """
    candidates = [
        (_overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if spans_match(g, p)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


# ---------------------------------------------------------------------------------------------
# Speakers


def _words(name: str) -> list[str]:
    """Casefold, drop possessive 's and punctuation, and split into words."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _POSSESSIVE.sub("", text)
    chars: list[str] = []
    for ch in text:
        if ch == "&":
            chars.append(" and ")
        elif ch in _BREAKING_PUNCTUATION:
            chars.append(" ")
        elif unicodedata.category(ch)[0] in "PS":
            continue  # "U.S." -> "us", "O'Brien" -> "obrien"
        else:
            chars.append(ch)
    return "".join(chars).split()


def _strip_titles(words: list[str]) -> list[str]:
    """Drop a leading run of descriptors that ends in a title.

    The run stops at the first linking word ("a spokesman for President X" keeps its "for"),
    and at least one word is always left, so "Judge" alone stays "judge".
    """
    cut = 0
    i = 0
    while i < len(words):
        multi = next(
            (t for t in MULTIWORD_TITLES if tuple(words[i : i + len(t)]) == t),
            None,
        )
        if multi is not None:
            i += len(multi)
            if i < len(words):
                cut = i
            continue
        if words[i] in LINKING_WORDS:
            break
        if words[i] in TITLES and i + 1 < len(words):
            cut = i + 1
        i += 1
    return words[cut:]


def normalize_speaker(name: str | None) -> tuple[str, ...] | None:
    """Return the speaker as comparable words, or ``None`` for an unnamed speaker.

    "U.S. President Donald Trump" -> ``("donald", "trump")``. A name that is empty after
    stripping whitespace counts as unnamed.
    """
    if name is None or not name.strip():
        return None
    return tuple(_strip_titles(_words(name)))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted speaker is right for a gold one, by the README's rule.

    Equal after normalisation, or the shorter is a subsequence of the longer ending on the same
    last word, unless the longer's extra words contain a linking word. A null gold is matched
    only by a null prediction; a named gold never by a null.
    """
    g = normalize_speaker(gold)
    p = normalize_speaker(predicted)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    shorter, longer = (g, p) if len(g) <= len(p) else (p, g)
    if not shorter or shorter[-1] != longer[-1]:
        return False
    # Align from the right, so the shared last word anchors the match.
    extras: list[str] = []
    j = len(shorter) - 1
    for word in reversed(longer):
        if j >= 0 and word == shorter[j]:
            j -= 1
        else:
            extras.append(word)
    return j < 0 and not any(w in LINKING_WORDS for w in extras)


# ---------------------------------------------------------------------------------------------
# Results


class QuotationLike(Protocol):
    """What the scorer reads from a prediction (``quotes.attribution.types.Quotation``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def confidence(self) -> float: ...


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 from counts.

    ``matched_predicted`` and ``matched_gold`` are equal for a whole track; they differ in the
    per-kind figures, where a prediction labelled partial can match a gold direct quote.
    """

    predicted: int
    gold: int
    matched_predicted: int
    matched_gold: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched_predicted": self.matched_predicted,
            "matched_gold": self.matched_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class KindScore:
    """The track's metrics restricted to one gold/predicted kind."""

    detection: Scores
    end_to_end: Scores
    pairs: int
    right_speaker: int

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.right_speaker, self.pairs)

    def as_dict(self) -> dict[str, Any]:
        return {
            "detection": self.detection.as_dict(),
            "end_to_end": self.end_to_end.as_dict(),
            "pairs": self.pairs,
            "right_speaker": self.right_speaker,
            "speaker_accuracy": self.speaker_accuracy,
        }


@dataclass(frozen=True, slots=True)
class CaseScore:
    """Recall-style figures for the gold spans carrying one hard-case tag."""

    gold: int
    detected: int
    correct: int

    @property
    def detection_recall(self) -> float:
        return _ratio(self.detected, self.gold)

    @property
    def end_to_end_recall(self) -> float:
        return _ratio(self.correct, self.gold)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "detected": self.detected,
            "correct": self.correct,
            "detection_recall": self.detection_recall,
            "end_to_end_recall": self.end_to_end_recall,
        }


@dataclass(frozen=True, slots=True)
class BandScore:
    """How predictions in one confidence band fared, to check the confidence is calibrated."""

    low: float
    high: float
    matched: int
    correct: int
    false_positives: int

    @property
    def predicted(self) -> int:
        return self.matched + self.false_positives

    @property
    def correct_rate(self) -> float:
        """End-to-end correct share of the band's matched predictions."""
        return _ratio(self.correct, self.matched)

    @property
    def label(self) -> str:
        closing = "]" if self.high >= 1.0 else ")"
        return f"[{self.low:.1f}, {self.high:.1f}{closing}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "band": self.label,
            "low": self.low,
            "high": self.high,
            "matched": self.matched,
            "correct": self.correct,
            "correct_rate": self.correct_rate,
            "false_positives": self.false_positives,
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One mistake, with enough context to look it up in the article.

    ``type`` is ``missed`` (gold not found), ``false_positive`` (prediction matching no gold),
    ``trap`` (a false positive on a gold trap) or ``wrong_speaker`` (matched, wrong speaker).
    """

    article: str
    track: str
    type: str
    start: int
    end: int
    text: str
    context: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    gold_kind: str | None = None
    predicted_kind: str | None = None
    confidence: float | None = None
    cases: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "track": self.track,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "context": self.context,
            "gold_speaker": self.gold_speaker,
            "predicted_speaker": self.predicted_speaker,
            "gold_kind": self.gold_kind,
            "predicted_kind": self.predicted_kind,
            "confidence": self.confidence,
            "cases": list(self.cases),
        }

    def format_text(self) -> str:
        label = {
            "missed": "MISSED",
            "false_positive": "FALSE POSITIVE",
            "trap": "TRAP HIT",
            "wrong_speaker": "WRONG SPEAKER",
        }.get(self.type, self.type.upper())
        kinds = "/".join(k for k in (self.gold_kind, self.predicted_kind) if k)
        head = f"{self.article} [{self.track}{', ' + kinds if kinds else ''}] {label}"
        if self.type in ("missed", "wrong_speaker"):
            head += f"  gold: {self.gold_speaker!r}"
        if self.type != "missed":
            head += f"  predicted: {self.predicted_speaker!r}"
            if self.confidence is not None:
                head += f" ({self.confidence:.2f})"
        if self.cases:
            head += f"  cases: {','.join(self.cases)}"
        return f"{head}\n    {_shorten(self.text, 160)!r}\n    … {self.context} …"


@dataclass(frozen=True, slots=True)
class TrackScore:
    """All figures for one track (quotes or indirect) over one gold file."""

    name: str
    records: int
    detection: Scores
    end_to_end: Scores
    pairs: int
    right_speaker: int
    per_kind: dict[str, KindScore]
    per_case: dict[str, CaseScore]
    bands: tuple[BandScore, ...]
    kind_confusion: dict[str, int]
    traps: int = 0
    traps_hit: int = 0
    trap_false_positives: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.right_speaker, self.pairs)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "records": self.records,
            "detection": self.detection.as_dict(),
            "end_to_end": self.end_to_end.as_dict(),
            "pairs": self.pairs,
            "right_speaker": self.right_speaker,
            "speaker_accuracy": self.speaker_accuracy,
            "per_kind": {k: v.as_dict() for k, v in self.per_kind.items()},
            "per_case": {k: v.as_dict() for k, v in self.per_case.items()},
            "bands": [b.as_dict() for b in self.bands],
            "kind_confusion": dict(self.kind_confusion),
            "traps": self.traps,
            "traps_hit": self.traps_hit,
            "trap_false_positives": self.trap_false_positives,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The scores of one gold file: the quote track (headline) and the indirect track."""

    label: str
    records: int
    quotes: TrackScore
    indirect: TrackScore
    errors: tuple[ErrorRecord, ...] = field(default=())

    @property
    def headline(self) -> float:
        """End-to-end F1 on the quote track."""
        return self.quotes.end_to_end.f1

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "records": self.records,
            "headline_end_to_end_f1": self.headline,
            "quotes": self.quotes.as_dict(),
            "indirect": self.indirect.as_dict(),
            "errors": [e.as_dict() for e in self.errors],
        }

    def format_text(self, *, errors: bool = True) -> str:
        """A human-readable report; ``errors=False`` leaves out the error list."""
        lines = [
            f"== {self.label}: {self.records} articles",
            f"Headline: quote-track end-to-end F1 = {self.headline:.3f}",
            "",
        ]
        lines += _format_track(self.quotes, "Quote track (direct + partial)")
        lines.append("")
        lines += _format_track(
            self.indirect,
            f"Indirect track ({self.indirect.records} annotated articles)",
        )
        if errors:
            lines += ["", f"Errors ({len(self.errors)}):"]
            lines += [e.format_text() for e in self.errors]
        return "\n".join(lines)


def _prf(s: Scores) -> str:
    return f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"


def _format_track(track: TrackScore, title: str) -> list[str]:
    d, e = track.detection, track.end_to_end
    lines = [
        f"{title}: gold {d.gold}, predicted {d.predicted}",
        f"  detection    {_prf(d)}  (matched {d.matched_gold})",
        f"  speaker      accuracy {track.speaker_accuracy:.3f}"
        f"  ({track.right_speaker}/{track.pairs} matched pairs)",
        f"  end-to-end   {_prf(e)}  (correct {e.matched_gold})",
    ]
    if track.name == QUOTE_TRACK:
        lines.append(
            f"  traps        {track.traps} in gold; {track.traps_hit} hit by "
            f"{track.trap_false_positives} false positive(s)"
        )
    if track.kind_confusion:
        confusion = ", ".join(f"{k} {v}" for k, v in sorted(track.kind_confusion.items()))
        lines.append(f"  kind (gold->predicted) of matched pairs: {confusion}")
    if track.per_kind:
        lines.append("  by kind:")
        for kind, ks in track.per_kind.items():
            lines.append(
                f"    {kind:<8} detection {_prf(ks.detection)} | "
                f"speaker {ks.speaker_accuracy:.3f} | end-to-end {_prf(ks.end_to_end)}"
            )
    if track.per_case:
        lines.append("  by case (gold with the tag: detected, right end-to-end):")
        for case, cs in track.per_case.items():
            lines.append(
                f"    {case:<7} {cs.gold:>4}  detected {cs.detected:>4} "
                f"({cs.detection_recall:.3f})  right {cs.correct:>4} ({cs.end_to_end_recall:.3f})"
            )
    lines.append("  by confidence (matched: right end-to-end; false positives):")
    for b in track.bands:
        lines.append(
            f"    {b.label:<11} matched {b.matched:>4}  right {b.correct:>4} "
            f"({b.correct_rate:.3f})  false positives {b.false_positives:>4}"
        )
    return lines


# ---------------------------------------------------------------------------------------------
# Scoring


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """About ``2 * width`` characters around a span, the span itself in ⟦ ⟧, on one line."""
    before = _WHITESPACE.sub(" ", text[max(0, start - width) : start])
    after = _WHITESPACE.sub(" ", text[end : end + width])
    return f"{before}⟦{_shorten(text[start:end], 120)}⟧{after}".strip()


def _band_index(confidence: float) -> int:
    c = 0.0 if math.isnan(confidence) else min(max(confidence, 0.0), 1.0)
    for i, (low, high) in enumerate(BANDS):
        if low <= c < high:
            return i
    return len(BANDS) - 1


def _kind_of(prediction: QuotationLike) -> str:
    return str(prediction.kind)


@dataclass
class _Tally:
    """Mutable counts for one track while records are scored."""

    name: str
    kinds: tuple[str, ...]
    records: int = 0
    gold: int = 0
    predicted: int = 0
    pairs: int = 0
    right: int = 0
    gold_by_kind: dict[str, int] = field(default_factory=dict)
    pred_by_kind: dict[str, int] = field(default_factory=dict)
    matched_gold_by_kind: dict[str, int] = field(default_factory=dict)
    matched_pred_by_kind: dict[str, int] = field(default_factory=dict)
    right_gold_by_kind: dict[str, int] = field(default_factory=dict)
    right_pred_by_kind: dict[str, int] = field(default_factory=dict)
    cases: dict[str, list[int]] = field(default_factory=dict)
    bands: list[list[int]] = field(default_factory=lambda: [[0, 0, 0] for _ in BANDS])
    confusion: dict[str, int] = field(default_factory=dict)
    traps: int = 0
    traps_hit: int = 0
    trap_fps: int = 0

    def finish(self) -> TrackScore:
        def count(d: dict[str, int], k: str) -> int:
            return d.get(k, 0)

        per_kind = {}
        if len(self.kinds) > 1:
            per_kind = {
                k: KindScore(
                    detection=Scores(
                        count(self.pred_by_kind, k),
                        count(self.gold_by_kind, k),
                        count(self.matched_pred_by_kind, k),
                        count(self.matched_gold_by_kind, k),
                    ),
                    end_to_end=Scores(
                        count(self.pred_by_kind, k),
                        count(self.gold_by_kind, k),
                        count(self.right_pred_by_kind, k),
                        count(self.right_gold_by_kind, k),
                    ),
                    pairs=count(self.matched_gold_by_kind, k),
                    right_speaker=count(self.right_gold_by_kind, k),
                )
                for k in self.kinds
            }
        return TrackScore(
            name=self.name,
            records=self.records,
            detection=Scores(self.predicted, self.gold, self.pairs, self.pairs),
            end_to_end=Scores(self.predicted, self.gold, self.right, self.right),
            pairs=self.pairs,
            right_speaker=self.right,
            per_kind=per_kind,
            per_case={c: CaseScore(*self.cases[c]) for c in sorted(self.cases)},
            bands=tuple(
                BandScore(lo, hi, *b) for (lo, hi), b in zip(BANDS, self.bands, strict=True)
            ),
            kind_confusion=dict(sorted(self.confusion.items())),
            traps=self.traps,
            traps_hit=self.traps_hit,
            trap_false_positives=self.trap_fps,
        )


def _bump(d: dict[str, int], key: str, by: int = 1) -> None:
    d[key] = d.get(key, 0) + by


def _score_track(
    tally: _Tally,
    record: Mapping[str, Any],
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[QuotationLike],
    traps: Sequence[Mapping[str, Any]],
    errors: list[ErrorRecord],
) -> None:
    text: str = record["text"]
    article = str(record.get("id", ""))
    gold_spans = [trim_span(text, int(g["start"]), int(g["end"])) for g in gold]
    pred_spans = [trim_span(text, int(p.start), int(p.end)) for p in predicted]
    pairs = pair_spans(gold_spans, pred_spans)
    matched_gold = dict(pairs)
    matched_pred = {pi for _, pi in pairs}

    tally.records += 1
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    tally.pairs += len(pairs)
    for g in gold:
        _bump(tally.gold_by_kind, str(g.get("kind", tally.kinds[0])))
    for p in predicted:
        _bump(tally.pred_by_kind, _kind_of(p))

    for gi, g in enumerate(gold):
        gold_kind = str(g.get("kind", tally.kinds[0]))
        cases = tuple(str(c) for c in g.get("cases") or ())
        pi = matched_gold.get(gi)
        right = pi is not None and same_speaker(g.get("speaker"), predicted[pi].speaker)
        for case in cases:
            counts = tally.cases.setdefault(case, [0, 0, 0])
            counts[0] += 1
            counts[1] += pi is not None
            counts[2] += right
        start, end = int(g["start"]), int(g["end"])
        if pi is None:
            errors.append(
                ErrorRecord(
                    article=article,
                    track=tally.name,
                    type="missed",
                    start=start,
                    end=end,
                    text=text[start:end],
                    context=_context(text, start, end),
                    gold_speaker=g.get("speaker"),
                    gold_kind=gold_kind,
                    cases=cases,
                )
            )
            continue
        p = predicted[pi]
        pred_kind = _kind_of(p)
        _bump(tally.matched_gold_by_kind, gold_kind)
        _bump(tally.matched_pred_by_kind, pred_kind)
        _bump(tally.confusion, f"{gold_kind}->{pred_kind}")
        band = tally.bands[_band_index(float(p.confidence))]
        band[0] += 1
        if right:
            tally.right += 1
            band[1] += 1
            _bump(tally.right_gold_by_kind, gold_kind)
            _bump(tally.right_pred_by_kind, pred_kind)
        else:
            errors.append(
                ErrorRecord(
                    article=article,
                    track=tally.name,
                    type="wrong_speaker",
                    start=start,
                    end=end,
                    text=text[start:end],
                    context=_context(text, start, end),
                    gold_speaker=g.get("speaker"),
                    predicted_speaker=p.speaker,
                    gold_kind=gold_kind,
                    predicted_kind=pred_kind,
                    confidence=float(p.confidence),
                    cases=cases,
                )
            )

    trap_spans = [trim_span(text, int(t["start"]), int(t["end"])) for t in traps]
    tally.traps += len(traps)
    hit: set[int] = set()
    for pi, p in enumerate(predicted):
        if pi in matched_pred:
            continue
        on_traps = [ti for ti, t in enumerate(trap_spans) if spans_match(t, pred_spans[pi])]
        hit.update(on_traps)
        tally.trap_fps += bool(on_traps)
        tally.bands[_band_index(float(p.confidence))][2] += 1
        start, end = max(0, int(p.start)), min(len(text), int(p.end))
        errors.append(
            ErrorRecord(
                article=article,
                track=tally.name,
                type="trap" if on_traps else "false_positive",
                start=int(p.start),
                end=int(p.end),
                text=text[start:end],
                context=_context(text, start, max(start, end)),
                predicted_speaker=p.speaker,
                predicted_kind=_kind_of(p),
                confidence=float(p.confidence),
            )
        )
    tally.traps_hit += len(hit)


def score(
    records: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[QuotationLike]],
    *,
    label: str = "gold",
) -> Report:
    """Score predictions (by record id) against gold records, as the eval README specifies.

    A record without an entry in ``predictions`` is scored as having no predictions. Errors are
    listed in article order, then by offset.
    """
    quotes = _Tally(QUOTE_TRACK, QUOTE_KINDS)
    indirect = _Tally(INDIRECT_TRACK, ("indirect",))
    errors: list[ErrorRecord] = []
    n = 0
    for record in records:
        n += 1
        predicted = list(predictions.get(str(record.get("id", "")), ()))
        record_errors: list[ErrorRecord] = []
        _score_track(
            quotes,
            record,
            record.get("quotes") or (),
            [p for p in predicted if _kind_of(p) in QUOTE_KINDS],
            record.get("traps") or (),
            record_errors,
        )
        if record.get("indirect_annotated"):
            _score_track(
                indirect,
                record,
                record.get("indirect") or (),
                [p for p in predicted if _kind_of(p) == "indirect"],
                (),
                record_errors,
            )
        record_errors.sort(key=lambda e: (e.track != QUOTE_TRACK, e.start, e.end, e.type))
        errors.extend(record_errors)
    return Report(
        label=label,
        records=n,
        quotes=quotes.finish(),
        indirect=indirect.finish(),
        errors=tuple(errors),
    )


# ---------------------------------------------------------------------------------------------
# Files and the command line

ExtractMany = Callable[[list[str]], Iterable[Sequence[QuotationLike]]]


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file: one article per non-blank line."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def default_gold_paths(eval_dir: str | Path | None = None) -> list[Path]:
    """The dev sets the project scores by default."""
    base = Path(eval_dir) if eval_dir is not None else DEFAULT_EVAL_DIR
    return [base / name for name in DEFAULT_GOLD_FILES]


def _engine_extract_many(model: str | None, batch_size: int) -> ExtractMany:
    """The real engine, imported only when asked for, so scoring alone needs no spaCy."""
    from quotes.attribution import extract_many, get_nlp

    nlp = get_nlp(model)

    def run(texts: list[str]) -> Iterator[Sequence[QuotationLike]]:
        return iter(extract_many(texts, nlp=nlp, batch_size=batch_size))

    return run


def evaluate_files(
    paths: Iterable[str | Path],
    extract_many: ExtractMany | None = None,
    *,
    model: str | None = None,
    batch_size: int = 32,
) -> list[tuple[Path, Report]]:
    """Run an extractor over each gold file's texts and score it; one report per file.

    ``extract_many`` maps a list of texts to one list of quotations per text, in order; it
    defaults to the engine's ``extract_many`` with ``get_nlp(model)``.
    """
    if extract_many is None:
        extract_many = _engine_extract_many(model, batch_size)
    results: list[tuple[Path, Report]] = []
    for raw in paths:
        path = Path(raw)
        records = load_gold(path)
        outputs = list(extract_many([r["text"] for r in records]))
        if len(outputs) != len(records):
            raise ValueError(
                f"{path}: the extractor returned {len(outputs)} results for {len(records)} texts"
            )
        predictions = {str(r.get("id", "")): out for r, out in zip(records, outputs, strict=True)}
        results.append((path, score(records, predictions, label=path.name)))
    return results


def reports_as_json(results: Sequence[tuple[Path, Report]]) -> str:
    """The ``--json`` output: a list with one object per file, each with its ``path``."""
    return json.dumps(
        [{"path": str(path), **report.as_dict()} for path, report in results],
        ensure_ascii=False,
        indent=2,
    )


def reports_as_text(results: Sequence[tuple[Path, Report]], *, errors: bool = True) -> str:
    """The human output: each file's report on its own, separated by a blank line."""
    return "\n\n".join(report.format_text(errors=errors) for _, report in results)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m quotes.attribution.evaluation",
        description="Score quote attribution against gold JSONL files (see shared/eval).",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help=f"gold files (default: {', '.join(DEFAULT_GOLD_FILES)} in {DEFAULT_EVAL_DIR})",
    )
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--model", default=None, help="spaCy model (default: SPACY_MODEL env)")
    parser.add_argument(
        "--no-errors", action="store_true", help="leave the error list out of the text report"
    )
    return parser


def main(argv: Sequence[str] | None = None, *, extract_many: ExtractMany | None = None) -> int:
    """Command-line entry point; returns the exit status.

    ``extract_many`` replaces the engine, so the command line can be tested without a model.
    """
    args = build_parser().parse_args(argv)
    paths: list[Path] = args.paths or default_gold_paths()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        sys.stderr.write("".join(f"gold file not found: {p}\n" for p in missing))
        return 2
    results = evaluate_files(paths, extract_many, model=args.model)
    if args.json:
        sys.stdout.write(reports_as_json(results) + "\n")
    else:
        sys.stdout.write(reports_as_text(results, errors=not args.no_errors) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
