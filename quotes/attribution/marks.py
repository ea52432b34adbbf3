"""Quote-mark pairing: find the stretches of text that sit between quotation marks.

Rule: work paragraph by paragraph (a quotation never legitimately runs past a paragraph
break without reopening), decide which mark families the article uses as primary marks,
and pair each opening mark with the first fitting closing mark of the same family. Only
the outer quotation is reported; marks inside it are inner quotes. An opening mark
without a closing mark runs to the end of its paragraph (the multi-paragraph convention,
or a typo) and is flagged ``closed=False``. A closing mark without an opener is ignored.

Why: news copy mixes apostrophes (don't, Ukraine's, '90s, the players' union) with
single quotation marks, and straight marks carry no direction, so pairing must look at
the characters around each mark. Pairing per paragraph means a stray mark can never
swallow the rest of an article. Single marks count as quotation marks where the article
uses them as its primary marks, or in headline-like lines (headline style uses single
marks even in double-mark articles); elsewhere only a short closed pair within a
sentence counts (a writer's slip into single marks for a phrase). Pure string work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

DOUBLE_FAMILIES: dict[str, tuple[str, str]] = {
    "curly": ("\u201c", "\u201d"),
    "guillemet": ("\u00ab", "\u00bb"),
}
SINGLE_CURLY = ("\u2018", "\u2019")
_OPEN_CONTEXT = " \t([{\u2014\u2013-/:;,\u00a0"
_CLOSE_CONTEXT = " \t)]}.,;:!?\u2014\u2013-/\u00a0"
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the input: ``text[start:end]`` with surrounding whitespace stripped."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Marked:
    """One outer quoted stretch: content ``[start, end)``, marks at ``open_at``/``close_at``."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    single: bool = False

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the paragraph end when unclosed)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split on line breaks; each non-blank line is a paragraph (blank lines separate too)."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped)))
        pos += len(line)
    return paragraphs


def has_headline(text: str, paragraphs: list[Paragraph]) -> bool:
    """The first line is a headline above a body ('Steel firm 'to cut' 45,000 jobs')."""
    return len(paragraphs) > 1 and is_headline_like(text, paragraphs[0])


def is_headline_like(text: str, paragraph: Paragraph) -> bool:
    """A short line without closing sentence punctuation: a headline or live-blog header."""
    body = text[paragraph.start : paragraph.end]
    return len(body) <= 160 and not _SENTENCE_END.search(body)


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark between letters/digits (don't, Ukraine's) or eliding digits ('90s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    return not before.isalnum() and after.isdigit()


def _opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and not text[lo:i].strip():
        # a padded mark opening its paragraph ('" We will ... "', pull-quote boxes on web pages)
        return after not in "\r\n" and bool(text[i + 1 :].split("\n", 1)[0].strip())
    if before == '"' and i - 2 >= lo and text[i - 2] in ".?!,":
        # the same joining between two quotations: '... promote peace.""Peace on earth ...'
        return after.isalnum()
    return (before in _OPEN_CONTEXT or not before.strip()) and not after.isspace() and after != ""


def _closes(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isspace():
        # a padded mark ending its paragraph closes it
        return before not in "\r\n" and not text[i + 1 : hi].strip()
    if before in ".?!" and after.isupper():
        # paragraphs joined with nothing between them: '... of tree species?"This movement'
        return True
    return after in _CLOSE_CONTEXT or not after.strip() or after in "\"'"


def uses_single_marks(text: str) -> bool:
    """Whether the article's primary quotation marks are single marks (British style)."""
    doubles = sum(text.count(c) for c in '"\u201c\u201d\u00ab\u00bb') + text.count("``")
    singles = 0
    for match in re.finditer("['\u2018]", text):
        i = match.start()
        if not _is_apostrophe(text, i) and _opens(text, i, 0):
            singles += 1
    return singles >= 2 and singles > doubles


def _pair(
    text: str, lo: int, hi: int, opener: str, closer: str, *, strict_single: bool
) -> Iterator[tuple[int, int | None, int]]:
    """Yield (open_at, close_at or None, content end) for outer pairs of one family."""
    i = lo
    while i < hi:
        j = text.find(opener, i, hi)
        if j < 0:
            return
        if strict_single and (_is_apostrophe(text, j) or not _opens(text, j, lo)):
            i = j + 1
            continue
        if opener == closer and not _opens(text, j, lo):
            i = j + 1
            continue
        close, reopen = _find_close(text, j + 1, hi, opener, closer, strict_single=strict_single)
        if reopen is not None:
            yield j, None, len(text[:reopen].rstrip())
            i = reopen
            continue
        yield j, close, hi if close is None else close
        if close is None:
            return
        i = close + 1


def _find_close(
    text: str, i: int, hi: int, opener: str, closer: str, *, strict_single: bool
) -> tuple[int | None, int | None]:
    """(closing mark, None), or (None, a reopening mark that ends the quote unclosed).

    A quotation that reopens after a full stop before it closes ('... in Athens. "She
    must ...') is a new paragraph of the same quotation whose break was lost (text
    joined from paragraphs) or a forgotten closing mark: the first part ends there.
    """
    weak: int | None = None
    while i < hi:
        k = text.find(closer, i, hi)
        reopen = _reopening(text, i, k if k >= 0 else hi, opener, strict_single)
        if reopen is not None:
            return None, reopen
        if k < 0:
            break
        i = k + 1
        if strict_single:
            if _is_apostrophe(text, k) or not _closes(text, k, hi):
                continue
            after = text[k + 1 : k + 3]
            # "the players' union": a plural possessive, unless nothing better follows
            if text[k - 1] in "sS" and len(after) == 2 and after[0] == " " and after[1].islower():
                weak = k if weak is None else weak
                continue
            return k, None
        if closer == '"' and not _closes(text, k, hi):
            if _reopens(text, k, len(closer)):
                return None, k
            # a straight mark that looks like an opener: nested or stray; keep scanning
            weak = k if weak is None else weak
            continue
        return k, None
    return weak, None


def _reopens(text: str, k: int, width: int) -> bool:
    """An opening mark at ``k`` right after a sentence's end and a space, before a word."""
    after = text[k + width : k + width + 1]
    before = text[:k]
    stripped = before.rstrip()
    if not after.isalnum() or len(stripped) == len(before):
        return False
    return stripped.rstrip("'\u2019").endswith((".", "!", "?"))


def _reopening(text: str, lo: int, hi: int, opener: str, strict_single: bool) -> int | None:
    """The first opener of a distinct-opener family in ``text[lo:hi]`` that reopens."""
    if strict_single or opener == '"':
        return None
    k = text.find(opener, lo, hi)
    while k >= 0:
        if _reopens(text, k, len(opener)):
            return k
        k = text.find(opener, k + 1, hi)
    return None


def find_marked(text: str, paragraphs: list[Paragraph] | None = None) -> list[Marked]:
    """All outer quoted stretches of ``text``, sorted by start."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    single_primary = uses_single_marks(text)
    found: list[Marked] = []
    for para in paragraphs:
        families: list[tuple[str, str, bool, bool]] = [
            (o, c, False, False) for o, c in DOUBLE_FAMILIES.values()
        ]
        families.append(('"', '"', False, False))
        families.append(("``", "''", False, False))
        families.append((*SINGLE_CURLY, True, True))
        families.append(("'", "'", True, True))
        primary = single_primary or is_headline_like(text, para)
        spans: list[Marked] = []
        for opener, closer, strict, single in families:
            if opener not in text[para.start : para.end]:
                continue
            for open_at, close_at, content_end in _pair(
                text, para.start, para.end, opener, closer, strict_single=strict
            ):
                if single and not primary and not _secondary_single(text, open_at, close_at):
                    continue
                content_start = open_at + len(opener)
                if close_at is not None and opener == "``":
                    close_at = close_at + 1  # two-character closer: point at its last char
                    content_end = close_at - 1
                spans.append(
                    Marked(content_start, content_end, open_at, close_at, para.index, single)
                )
        found.extend(_outermost(spans))
    found.sort(key=lambda m: m.start)
    return [m for m in found if text[m.start : m.end].strip()]


SECONDARY_SINGLE_CHARS = 60


def _secondary_single(text: str, open_at: int, close_at: int | None) -> bool:
    """A short closed pair of single marks in a double-mark article, within a sentence
    ('he had ordered 'heightened alert' from troops'): writers slip into single marks for
    a short phrase. Longer or unclosed stretches are more likely apostrophes."""
    if close_at is None or close_at - open_at > SECONDARY_SINGLE_CHARS:
        return False
    content = text[open_at + 1 : close_at]
    return bool(content.strip()) and not re.search(r"[.!?]\s", content)


def _outermost(spans: list[Marked]) -> list[Marked]:
    """Keep spans not contained in (or crossing into) an earlier-opening span."""
    spans.sort(key=lambda m: (m.open_at, -m.outer_end))
    kept: list[Marked] = []
    reach = -1
    for span in spans:
        if span.open_at < reach:
            continue
        kept.append(span)
        reach = span.outer_end
    return kept
