"""The working state the rules share while they attribute one article.

Not a rule itself: ``Article`` holds the parsed ``Doc``, its paragraphs and the people and
organisations named in it; ``Draft`` is a quotation while the rules are still deciding
about it. Each rule module reads and updates these, and ``pipeline`` turns finished drafts
into frozen ``Quotation`` values.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .marks import Marked, Paragraph
from .types import Candidate, Kind


@dataclass(slots=True)
class Mention:
    """A person or organisation named in the article (outside quotations)."""

    start: int
    end: int
    text: str
    canonical: str
    is_org: bool
    paragraph: int
    is_subject: bool = False
    is_main_subject: bool = False  # subject of the main clause, not a subordinate one
    is_person: bool = False  # tagged PERSON, or a multi-word name (not a lone capitalised word)
    reports: bool = False  # subject of a reporting verb ("Okafor said the plan ...")


@dataclass(slots=True)
class Draft:
    """A quotation being attributed; rules fill in the fields in pipeline order."""

    start: int
    end: int
    kind: Kind
    paragraph: int
    marked: Marked | None = None
    cue: str | None = None
    cue_at: int | None = None
    speaker: str | None = None
    mention: str | None = None
    confidence: float = 0.0
    evidence: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    resolved: bool = False
    trap: str | None = None

    @property
    def outer_start(self) -> int:
        return self.marked.open_at if self.marked is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.marked.outer_end if self.marked is not None else self.end


@dataclass(slots=True)
class Article:
    """One parsed text and everything the rules learn about it."""

    doc: Doc
    paragraphs: list[Paragraph]
    drafts: list[Draft] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    descriptors: dict[str, set[str]] = field(default_factory=dict)
    unnamed: list[tuple[int, set[str]]] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)
    _token_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _index_key: tuple[int, int] = (0, -1)
    _quote_index: tuple[list[int], list[int]] = ([], [])
    _para_key: tuple[int, int] = (0, -1)
    _para_drafts: dict[int, list[Draft]] = field(default_factory=dict)
    _text: str = ""

    def __post_init__(self) -> None:
        self._para_starts = [p.start for p in self.paragraphs]
        self._token_starts = self.doc.to_array("IDX").tolist() if len(self.doc) else []
        self._text = self.doc.text  # Doc.text rebuilds the string on every call

    @property
    def text(self) -> str:
        return self._text

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the previous one when between)."""
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or before ``offset``."""
        return max(0, bisect.bisect_right(self._token_starts, offset) - 1)

    def tokens_between(self, start: int, end: int) -> Span:
        """Tokens lying wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = lo
        n = len(self.doc)
        while hi < n and self.doc[hi].idx + len(self.doc[hi]) <= end:
            hi += 1
        return self.doc[lo:hi]

    def _index(self) -> tuple[list[int], list[int]]:
        key = (id(self.drafts), len(self.drafts))
        if self._index_key != key:
            ranges = sorted(self.quote_ranges())
            starts = [s for s, _ in ranges]
            ends: list[int] = []
            reach = -1
            for _, e in ranges:  # running maximum: ranges may nest
                reach = max(reach, e)
                ends.append(reach)
            self._quote_index = (starts, ends)
            self._index_key = key
        return self._quote_index

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation found so far (marks included)."""
        starts, ends = self._index()
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    def quote_ranges(self) -> list[tuple[int, int]]:
        return [(d.outer_start, d.outer_end) for d in self.drafts if d.kind != Kind.INDIRECT]

    def in_paragraph(self, index: int) -> list[Draft]:
        """Quotations (not indirect speech) of one paragraph, in order."""
        key = (id(self.drafts), len(self.drafts))
        if self._para_key != key:
            table: dict[int, list[Draft]] = {}
            for d in self.drafts:
                if d.kind != Kind.INDIRECT:
                    table.setdefault(d.paragraph, []).append(d)
            self._para_drafts = table
            self._para_key = key
        return self._para_drafts.get(index, [])

    def mentions_overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that overlap ``[start, end)`` (mentions are short: look back 200 chars)."""
        if len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        lo = bisect.bisect_left(self._mention_starts, start - 200)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and start < m.end]

    def mentions_between(self, first_paragraph: int, offset: int) -> list[Mention]:
        """Mentions from the start of ``first_paragraph`` up to ``offset``."""
        if len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        lo_offset = self.paragraphs[max(0, first_paragraph)].start if self.paragraphs else 0
        lo = bisect.bisect_left(self._mention_starts, lo_offset)
        hi = bisect.bisect_left(self._mention_starts, offset)
        return self.mentions[lo:hi]
