"""The engine takes any text without failing, and its offsets always point into that text.

Article bodies are untrusted input: scraped pages with stray or unbalanced quotation marks,
control characters, mixed scripts and the odd megabyte-long dump. Whatever comes in, the
engine must return quotations whose offsets are valid and whose ``text`` is exactly the slice
they name, since the review screens and the database rely on both. These properties run the
real model (``-m model``); example counts stay modest so the suite stays fast.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.attribution.types import Kind, Quotation

try:
    from quotes.attribution import extract_many, extract_quotations, get_nlp
except ImportError as exc:  # the engine is not there yet: skip rather than error
    pytest.skip(f"attribution engine not importable: {exc}", allow_module_level=True)

pytestmark = pytest.mark.model

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DEV_FILE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "`", "``", "''", "„", "‹", "›"]
WORDS = [
    "said",
    "she said,",
    "he told reporters.",
    "according to",
    "Dana Whitfield",
    "the minister",
    "We",
    "will",
    "not",
    "back down",
    "A:",
    "Q:",
    "—",
    "(",
    ")",
    ",",
    ".",
    "...",
    "I",
    "it's",
    "Mr.",
    "Sen.",
    "U.S.",
]
SPACING = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0"]
CONTROL = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))] + [
    "\u200b",  # zero-width space
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\ufeff",  # byte-order mark
    "\ufffd",  # replacement character
]
SCRIPTS = [
    "北京市政府",
    "「東京」",
    "『言葉』",
    "她说",
    "مرحبا بالعالم",
    "قال الوزير",
    "שלום",
    "Привет, мир",
    "नमस्ते",
    "😀",
    "👩‍👩‍👧",
    "🇺🇸",
    "e\u0301",  # combining accent
    "ﬁ",  # ligature that NFKC would expand
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # astral-plane letters
]


def tokens(*pools: list[str], max_size: int = 120) -> st.SearchStrategy[str]:
    """Texts glued from tokens, so quotes, cues and names actually meet each other."""
    pool = [t for p in pools for t in p]
    return st.lists(st.sampled_from(pool), max_size=max_size).map("".join)


def letters_and(*pools: list[str]) -> st.SearchStrategy[str]:
    """Single characters, heavy in the given pools, with letters, spaces and newlines."""
    chars = (
        [c for pool in pools for token in pool for c in token]
        + list("abcdefghijKLMNOP")
        + [" "] * 4
        + ["\n"] * 2
    )
    return st.text(alphabet=st.sampled_from(chars), max_size=300)


def check(text: str, quotations: Any) -> None:
    """The invariants every result must keep, whatever the input."""
    assert isinstance(quotations, list)
    for q in quotations:
        assert isinstance(q, Quotation)
        assert 0 <= q.start < q.end <= len(text), (q.start, q.end, len(text))
        assert q.text == text[q.start : q.end]
        assert isinstance(q.kind, Kind)
        assert q.kind in set(Kind)
        assert not math.isnan(q.confidence)
        assert 0.0 <= q.confidence <= 1.0
        assert q.speaker is None or isinstance(q.speaker, str)
        for candidate in q.candidates:
            assert 0.0 <= candidate.score <= 1.0


@pytest.fixture(scope="session")
def nlp() -> Any:
    return get_nlp()


@PROPERTY_SETTINGS
@given(text=st.text(max_size=400))
def test_any_unicode_text(nlp: Any, text: str) -> None:
    check(text, extract_quotations(text, nlp=nlp))


@PROPERTY_SETTINGS
@given(text=letters_and(MARKS, MARKS))
def test_random_and_unbalanced_marks(nlp: Any, text: str) -> None:
    check(text, extract_quotations(text, nlp=nlp))


@PROPERTY_SETTINGS
@given(text=tokens(MARKS, MARKS, WORDS, SPACING))
def test_quotes_cues_and_names_in_any_order(nlp: Any, text: str) -> None:
    check(text, extract_quotations(text, nlp=nlp))


@PROPERTY_SETTINGS
@given(text=tokens(MARKS, WORDS, SPACING, CONTROL))
def test_control_characters(nlp: Any, text: str) -> None:
    check(text, extract_quotations(text, nlp=nlp))


@PROPERTY_SETTINGS
@given(text=tokens(MARKS, WORDS, SPACING, SCRIPTS))
def test_mixed_scripts(nlp: Any, text: str) -> None:
    check(text, extract_quotations(text, nlp=nlp))


@PROPERTY_SETTINGS
@given(texts=st.lists(tokens(MARKS, WORDS, SPACING, SCRIPTS, max_size=60), max_size=6))
def test_extract_many_agrees_with_one_at_a_time(nlp: Any, texts: list[str]) -> None:
    results = list(extract_many(texts, nlp=nlp, batch_size=2))
    assert len(results) == len(texts)
    for text, quotations in zip(texts, results, strict=True):
        check(text, quotations)
        assert quotations == extract_quotations(text, nlp=nlp)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n", "\n\n\n", "\t \r\n ", "\u00a0", "\u3000", "\u2028", '"', "“”", "'''"],
    ids=repr,
)
def test_empty_whitespace_and_bare_marks(nlp: Any, text: str) -> None:
    quotations = extract_quotations(text, nlp=nlp)
    check(text, quotations)
    if not text.strip():
        assert quotations == []


def _paragraphs() -> Iterator[str]:
    """Realistic paragraphs: the dev set if present, otherwise a made-up wire story."""
    if DEV_FILE.is_file():
        with DEV_FILE.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        texts = [
            '"We will not back down," Dana Whitfield said on Tuesday.\n\n'
            "The council, she added, would meet again in May.\n\n"
            "Critics called the plan \"a fantasy on stilts.\" 'Odd,' he said. «Non», dit-il."
        ]
    while True:
        yield from texts


def test_one_megabyte_article(nlp: Any) -> None:
    """Longer than spaCy's default ``max_length`` of 1,000,000 characters."""
    parts: list[str] = []
    size = 0
    for paragraph in _paragraphs():
        parts.append(paragraph)
        size += len(paragraph) + 2
        if size > 1_050_000:
            break
    text = "\n\n".join(parts)
    assert len(text) > 1_000_000
    quotations = extract_quotations(text, nlp=nlp)
    check(text, quotations)
    assert quotations, "a megabyte of news copy has quotations in it"
    assert max(q.end for q in quotations) > 1_000_000 - 50_000, "the end of the text was read"
