"""The values the attribution engine returns.

Everything here is a frozen dataclass of plain Python values, so results can be
compared, hashed, serialised and stored without spaCy or Django.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """How a quotation sits in the writer's text."""

    DIRECT = "direct"  # a quoted statement; only the attribution is outside the marks
    PARTIAL = "partial"  # a quoted fragment embedded in the writer's own sentence
    INDIRECT = "indirect"  # reported speech without quotation marks


@dataclass(frozen=True, slots=True)
class Candidate:
    """Another speaker the engine weighed for a quotation, with its score in [0, 1]."""

    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation found in a text.

    ``start``/``end`` are character offsets into the input text of the quoted
    content without its quotation marks, so ``text == input[start:end]``.
    ``speaker`` is the canonical name within the article, or ``None`` for an
    unnamed source; ``mention`` keeps the words that named the speaker at the
    cue ("he", "the NATO chief", "a Kremlin aide").
    """

    start: int
    end: int
    text: str
    kind: Kind
    cue: str | None = None
    speaker: str | None = None
    mention: str | None = None
    confidence: float = 0.0
    evidence: str = ""
    candidates: tuple[Candidate, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """Return the quotation as JSON-ready plain values."""
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["candidates"] = [asdict(c) for c in self.candidates]
        return data
