"""Paragraph continuation: a quotation without a cue continues the previous speaker.

Rule: a quotation with no cue of its own takes the speaker of
- the previous quotation in the same paragraph ("continuation"), unless a whole sentence
  between them has another named person as its main subject, who then speaks
  ("context:subject": 'Obi accused Roe of ignorance. "You mention the navy ..."'), or
- the previous paragraph's quotation when this paragraph reopens a quotation that was
  left open there (the multi-paragraph convention, "continuation:multi"), or
- the previous paragraph's last quotation when this paragraph opens with a quotation
  ("continuation:paragraph"), except in an exchange of bare one-quotation paragraphs where
  A asked a question and B answered: the next turn is A's ("continuation:exchange"), or
- the subject earlier in the same paragraph (a main-clause subject before one in a
  clause, never one inside a dashed or bracketed aside): a named person
  ("context:subject"), or, when
  the latest subject is a he/she, the person it refers to, resolved as a pronoun cue is
  ("She told police she had immunity, but 'that ...'", "context:subject:pronoun"), or
- the person named in a previous paragraph that ends with a colon ("context:colon"),
  unless that paragraph is a topic line ('On the power play:'), or
- the person named as subject of a previous paragraph without quotations
  ("context:previous-paragraph").
Otherwise it stays unattributed with low confidence.

Why: news attributes once and lets following sentences of the same speaker run on; the
paragraph is the unit in which that convention holds.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from . import coreference
from .context import Article, Draft, Mention
from .cues import TOPIC_LABEL, in_aside
from .types import Kind


def continue_speaker(article: Article, draft: Draft, previous: list[Draft]) -> None:
    """Fill speaker/evidence of a cue-less ``draft`` from the quotations before it."""
    quotes = [d for d in previous[-20:] if d.kind != Kind.INDIRECT and d.trap is None]
    same = [d for d in quotes if d.paragraph == draft.paragraph]
    if same:
        other = _new_subject_between(article, same[-1], draft)
        if other is not None:
            # 'Roe said ... "...". Obi accused Roe of ignorance. "You mention ..."': a
            # sentence led by someone else hands the floor to them
            draft.speaker, draft.mention = other.canonical, other.text
            draft.evidence, draft.confidence = "context:subject", 0.6
            return
        _copy(draft, same[-1], "continuation", 0.85)
        return
    earlier = [d for d in quotes if d.paragraph == draft.paragraph - 1]
    text = article.text
    para = article.paragraphs[draft.paragraph]
    opens_paragraph = not text[para.start : draft.outer_start].strip()
    if earlier and earlier[-1].marked is not None and not earlier[-1].marked.closed:
        _copy(draft, earlier[-1], "continuation:multi", 0.85)
        return
    subjects = [
        m for m in article.mentions_between(draft.paragraph, draft.outer_start) if m.is_subject
    ]
    # a main-clause subject outranks one inside a relative clause or aside ('Varn spoke
    # on the matter - which the BBC noted was rare - "..."')
    para_start = article.paragraphs[draft.paragraph].start
    subjects = [
        m for m in subjects if not in_aside(article.text, para_start, draft.outer_start, m.start)
    ] or subjects
    subjects = [m for m in subjects if m.is_main_subject] or subjects
    pronoun = _pronoun_subject(article, draft)
    if pronoun is not None and (not subjects or subjects[-1].start < pronoun.idx):
        recent = [(d.start, d.speaker) for d in reversed(quotes) if d.speaker]
        speaker, candidates, how = coreference.resolve(article, pronoun, pronoun.idx, recent)
        draft.speaker, draft.mention, draft.candidates = speaker, pronoun.text, candidates
        draft.evidence = f"context:subject:{how}"
        draft.confidence = 0.55 if speaker else 0.3
        return
    if subjects:
        draft.speaker = subjects[-1].canonical
        draft.mention = subjects[-1].text
        draft.evidence = "context:subject"
        draft.confidence = 0.6
        return
    if earlier and opens_paragraph:
        asker = coreference.exchange_asker(article, draft.paragraph)
        if asker is not None:
            _copy(draft, asker, "continuation:exchange", 0.5)
            return
        _copy(draft, earlier[-1], "continuation:paragraph", 0.55)
        return
    # a paragraph ending in a colon introduces the quotation that opens the next one
    prev_para = article.paragraphs[draft.paragraph - 1] if draft.paragraph > 0 else None
    if (
        opens_paragraph
        and prev_para is not None
        and text[prev_para.end - 1] == ":"
        and not TOPIC_LABEL.match(text[prev_para.start : prev_para.end].strip())
    ):
        named = article.mentions_between(draft.paragraph - 1, prev_para.end)
        named = [m for m in named if m.is_person] or named
        if named:
            draft.speaker = named[-1].canonical
            draft.mention = named[-1].text
            draft.evidence = "context:colon"
            draft.confidence = 0.75
            return
    # a quotation opening a paragraph after one that introduced a person as its subject
    before = [
        m
        for m in article.mentions_between(draft.paragraph - 1, para.start)
        if m.is_subject and not m.is_org
    ]
    if opens_paragraph and before and not any(d.paragraph == draft.paragraph - 1 for d in quotes):
        draft.speaker = before[-1].canonical
        draft.mention = before[-1].text
        draft.evidence = "context:previous-paragraph"
        draft.confidence = 0.55
        return
    draft.evidence = "none"
    draft.confidence = 0.2


def _new_subject_between(article: Article, before: Draft, draft: Draft) -> Mention | None:
    """A named person, other than ``before``'s speaker, who is the main subject of a whole
    sentence between the two quotations."""
    text = article.text
    gap = text[before.outer_end : draft.outer_start]
    # a sentence of the writer's own lies between: after a full stop in the gap, or the
    # whole gap when the quotation before it ended its sentence ('..." Director Ken Roe,
    # who sits on the board, said ... parliament. "...')
    ended = bool(re.search(r"[.!?]['\u2019]?\s*$", text[before.start : before.end]))
    whole = ended and gap.lstrip()[:1].isupper() and re.search(r"[.!?]\s*$", gap)
    if not before.speaker or not (re.search(r"[.!?]\s+[A-Z]", gap) or whole):
        return None
    people = [
        m
        for m in article.mentions_between(draft.paragraph, draft.outer_start)
        if m.start >= before.outer_end
        and m.is_person
        and (m.is_main_subject or _apposed_to_main_subject(article, m))
    ]
    if people and people[-1].canonical != before.speaker:
        return people[-1]
    return None


def _apposed_to_main_subject(article: Article, m: Mention) -> bool:
    """'Director of Public Prosecutions, Ana Roe QC, ... said': the name in apposition to
    a main clause's subject is who leads the sentence."""
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in {"compound", "flat"} and root.head is not root:
        root = root.head
    subject = root.head
    return root.dep_ == "appos" and subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT"


def _copy(draft: Draft, source: Draft, evidence: str, confidence: float) -> None:
    draft.speaker = source.speaker
    draft.mention = source.mention
    draft.cue = source.cue
    draft.evidence = evidence
    draft.confidence = min(confidence, source.confidence + 0.05)
    draft.candidates = list(source.candidates)


def _pronoun_subject(article: Article, draft: Draft) -> Token | None:
    """The latest he/she in the paragraph before the quotation that is a main-clause
    subject outside any quotation ("She told police she had immunity, but 'that ...'";
    "She thanked the crowd. 'You made this happen.'")."""
    para_start = article.paragraphs[draft.paragraph].start
    found = None
    for tok in article.tokens_between(para_start, draft.outer_start):
        if (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.dep_ == "ROOT"
            and tok.lower_ in coreference.MALE | coreference.FEMALE
            and not article.in_quote(tok.idx)
        ):
            found = tok
    return found
