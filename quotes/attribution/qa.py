"""Q&A interviews: answers are direct quotations by the interviewee.

Rule: an article with at least two "Q:" and two "A:" paragraphs is an interview. Each
"A:" paragraph is a direct quotation running from after the label to the paragraph end;
unlabelled paragraphs that follow an answer (before the next question) continue it,
except a closing paragraph of the article, which is usually the publisher's note. The
interviewee is the person the introduction names most often (the first named on a tie).
Transcripts that label turns with a speaker name ("KANE: ...", "Kane: ...") give each
turn to that name when two or more such turns exist. Questions are not quotations.

Why: interviews carry no quotation marks and no reporting verbs, so neither pairing nor
cue detection can find them; the labels are the convention.
"""

from __future__ import annotations

import re
from collections import Counter

from .context import Article, Draft
from .types import Kind

_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"^(?:A|Answer)\s*[:.]\s+")
_TURN = re.compile(r"^([A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}):\s+(?=\S)")


def find(article: Article) -> list[Draft]:
    """Drafts for Q&A answers and labelled transcript turns (empty for other articles)."""
    text = article.text
    labels = [
        (
            "q"
            if _QUESTION.match(text[p.start : p.end])
            else "a"
            if _ANSWER.match(text[p.start : p.end])
            else None
        )
        for p in article.paragraphs
    ]
    if labels.count("q") >= 2 and labels.count("a") >= 2:
        return _interview(article, labels)
    return _transcript(article)


def _interview(article: Article, labels: list[str | None]) -> list[Draft]:
    text = article.text
    first_q = labels.index("q")
    intro = [m for m in article.mentions if m.paragraph < first_q and not m.is_org]
    counts = Counter(m.canonical for m in intro)
    speaker = None
    if counts:
        top = max(counts.values())
        speaker = next(m.canonical for m in intro if counts[m.canonical] == top)
    drafts: list[Draft] = []
    in_answer = False
    last = len(article.paragraphs) - 1
    for para, label in zip(article.paragraphs, labels, strict=True):
        body = text[para.start : para.end]
        if label == "q":
            in_answer = False
            continue
        if label == "a":
            start = para.start + _ANSWER.match(body).end()  # type: ignore[union-attr]
            in_answer = True
        elif in_answer and para.index != last:
            start = para.start
        else:
            in_answer = False
            continue
        drafts.append(
            Draft(
                start,
                para.end,
                Kind.DIRECT,
                para.index,
                speaker=speaker,
                resolved=True,
                evidence="qa",
                confidence=0.9 if speaker else 0.4,
                mention=speaker,
                cue="A:",
            )
        )
    return drafts


def _transcript(article: Article) -> list[Draft]:
    text = article.text
    turns = []
    for para in article.paragraphs:
        match = _TURN.match(text[para.start : para.end])
        if match and len(match.group(1)) > 2:
            turns.append((para, match))
    names = Counter(m.group(1) for _, m in turns)
    if len(turns) < 2 or sum(1 for n in names.values() if n >= 1) > 4:
        return []
    known = {m.canonical for m in article.mentions}
    drafts = []
    for para, match in turns:
        label = match.group(1)
        canonical = next((k for k in known if k.lower().endswith(label.lower().split()[-1])), None)
        if canonical is None and not label.isupper():
            continue
        drafts.append(
            Draft(
                para.start + match.end(),
                para.end,
                Kind.DIRECT,
                para.index,
                speaker=canonical or label.title(),
                mention=label,
                cue=":",
                resolved=True,
                evidence="qa:turn",
                confidence=0.8,
            )
        )
    return drafts
