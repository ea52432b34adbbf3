"""Indirect speech: reported speech without quotation marks, read off the parse.

Rule: an indirect quotation is the finite clause a reporting verb governs, without the
complementiser "that". Three syntactic frames carry it:

- cue before: a reporting verb (said, told, warned, argued, wrote, reported ...) with a
  ``ccomp`` clause after it ('Smith told reporters that [the plant would close]');
- cue after: the reporting verb follows the clause it reports, which the parser gives as
  the verb's ``ccomp`` to its left or as the verb's head when the verb is ``parataxis``
  ('[The plant will close], the minister said'; '[Day, they said, desired no flowers]');
- according to: 'according to X' attached to a clause ('[...], according to the ministry').

The clause must have a subject and a finite verb, so requests with an infinitive ('urged
both sides to ...') never qualify; questions ('asked whether', a sentence ending in '?'),
negated or passive reporting verbs and verbs reporting findings ('the study found') are
left out. A clause that starts at a quotation mark is a direct or partial quotation, not
indirect speech; an indirect span never overlaps a direct quotation (it may contain a
partial one). Reported speech nested in a longer indirect span is not reported again.
The speaker comes from the same functions that attribute direct quotations
(``speakers.mention_tokens`` and ``pipeline.resolve_mention``), so names are canonical,
pronouns and nominals resolve alike, and unnamed sources stay ``None`` with their mention.

Why: reported speech has no marks to find, and the nearest name is often wrong; the
reporting verb and its clausal complement are what a reader uses to tell what was said
and by whom. One pass over the tokens keeps it linear in the article length.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import cues, pipeline, speakers
from .context import Article, Draft
from .types import Kind

_EXTRA_FORMS = frozenset(
    [
        "report",
        "reports",
        "reported",
        "reporting",
        "inform",
        "informs",
        "informed",
        "maintain",
        "maintains",
        "maintained",
        "rule",
        "rules",
        "ruled",
        "ruling",
        "noting",
        "contend",
        "contends",
        "contended",
        "disclose",
        "discloses",
        "disclosed",
        "assure",
        "assured",
        "mention",
        "mentioned",
        "repeat",
        "repeated",
        "comment",
        "commented",
        "cautions",
        "cautioning",
        "warns",
        "insisting",
        "claiming",
        "announcing",
        "reveals",
    ]
)
# Cue forms that do not introduce reported statements: naming ('called it "X"'), requests
# and questions ('urged', 'asked'), findings ('finds'), and words that rarely govern a clause.
_NOT_REPORTING = frozenset(
    [
        "ask",
        "asks",
        "asked",
        "urge",
        "urged",
        "plead",
        "pleaded",
        "finds",
        "continue",
        "continues",
        "continued",
        "laugh",
        "laughed",
        "read",
        "reads",
        "write-in",
        "suggest",
        "suggests",
        "suggested",
        "conclude",
        "concluded",
        "predict",
        "predicts",
        "predicted",
    ]
)
REPORTING_FORMS: frozenset[str] = (cues.CUE_FORMS - cues.NAMING_FORMS - _NOT_REPORTING) | (
    _EXTRA_FORMS
)
# Subjects whose verbs report findings rather than speech ('the study found', 'data show').
FINDING_SUBJECTS = frozenset(
    [
        "study",
        "studies",
        "research",
        "data",
        "analysis",
        "survey",
        "findings",
        "results",
        "evidence",
        "poll",
        "polls",
        "paper",
        "experiment",
        "experiments",
        "model",
        "models",
        "figures",
        "records",
        "tests",
    ]
)
_QUESTION_WORDS = frozenset(
    ["whether", "if", "who", "what", "when", "where", "why", "how", "which", "whom"]
)
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
_RELATIVE = frozenset(["who", "that", "which", "whom"])
_EDGE_PUNCT = frozenset([",", ";", ":", "\u2014", "\u2013", "-", "--", ".", "(", ")"])
_DASHES = frozenset(["\u2014", "\u2013", "--"])

# Confidence of an indirect draft: the resolver's base score, scaled down (no quotation
# marks vouch for the span) and lowered further for the frames that misfire more often.
INDIRECT_SCALE = 0.85
FRAME_PENALTY: dict[str, float] = {"before": 0.0, "after": 0.05, "according": 0.05}


@dataclass(slots=True)
class _Found:
    """A reported clause before its speaker is resolved."""

    start: int
    end: int
    frame: str  # "before", "after", "according"
    cue: Token  # the reporting verb, or the "to" of "according to"


def find(article: Article) -> list[Draft]:
    """Indirect quotations of the article, attributed like direct ones."""
    quotes = sorted(
        (d for d in article.drafts if d.kind != Kind.INDIRECT), key=lambda d: d.outer_start
    )
    ranges = [(d.outer_start, d.outer_end, d.kind) for d in quotes]
    found: list[_Found] = []
    for sent in article.doc.sents:
        if article.text[sent.start_char : sent.end_char].rstrip("\"'\u201d\u2019 ").endswith("?"):
            continue
        for tok in sent:
            found.extend(_clauses(article, tok))
    kept = _outermost(_checked(article, found, ranges))
    return _attribute(article, kept, quotes)


def _clauses(article: Article, tok: Token) -> list[_Found]:
    """The reported clauses a token introduces (usually none)."""
    if tok.lower_ == "according":
        found = _according(article, tok)
        return [found] if found is not None else []
    if not _is_reporting(article, tok):
        return []
    out: list[_Found] = []
    for child in tok.children:
        if child.dep_ == "ccomp" and _finite_clause(child):
            frame = "before" if child.i > tok.i else "after"
            span = _clause_span(article, child, tok, frame)
            if span is not None:
                out.append(_Found(span[0], span[1], frame, tok))
    if not out:
        clause = _misattached_clause(tok)
        if clause is not None:
            span = _clause_span(article, clause, tok, "before")
            if span is not None:
                out.append(_Found(span[0], span[1], "before", tok))
    if tok.dep_ == "parataxis" and _finite_clause(tok.head) and not out:
        span = _clause_span(article, tok.head, tok, "after")
        if span is not None:
            out.append(_Found(span[0], span[1], "after", tok))
    return out


def _misattached_clause(verb: Token) -> Token | None:
    """A 'that' clause the parser hung on the verb's object ('told reporters at the quay
    that [...]'): a relative clause whose 'that' is a complementiser, not its pronoun."""
    for child in verb.rights:
        if child.dep_ not in {"dobj", "dative", "prep", "npadvmod", "advmod"}:
            continue
        for tok in child.subtree:
            if tok.dep_ not in {"relcl", "acl"} or not _finite_clause(tok):
                continue
            first = tok.left_edge
            if first.lower_ == "that" and first.dep_ == "mark" and first.head.i == tok.i:
                return tok
    return None


def _is_reporting(article: Article, tok: Token) -> bool:
    if tok.lower_ not in REPORTING_FORMS or not tok.tag_.startswith("VB"):
        return False
    if article.in_quote(tok.idx):
        return False
    for child in tok.children:
        if child.dep_ in {"neg", "auxpass", "nsubjpass"}:
            return False
        if child.dep_ == "nsubj" and child.lower_ in FINDING_SUBJECTS:
            return False
    return True


def _finite_clause(head: Token) -> bool:
    """A clause with its own subject and a finite verb, not a question or an infinitive."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(head.children)
    # the small model sometimes hangs the subject on the auxiliary ('the road was closed')
    auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    if not any(c.dep_ in _SUBJECTS for t in (head, *auxiliaries) for c in t.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _QUESTION_WORDS for c in children):
        return False
    if any(c.tag_ == "TO" for c in children):
        return False
    if head.left_edge.lower_ in _QUESTION_WORDS and head.left_edge.tag_.startswith("W"):
        return False
    return head.tag_ in _FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in children
    )


def _clause_span(article: Article, clause: Token, cue: Token, frame: str) -> tuple[int, int] | None:
    """Character range of a reported clause, with the cue, 'that' and edge punctuation cut."""
    doc = article.doc
    lo, hi = clause.left_edge.i, clause.right_edge.i
    cue_lo, cue_hi = cue.left_edge.i, cue.right_edge.i
    if frame == "after" and lo <= cue_lo and cue_hi <= hi:
        if cue_hi >= hi - 1 or all(t.is_punct for t in doc[cue_hi + 1 : hi + 1]):
            hi = cue_lo - 1  # '[X], the minister said.'
        elif cue_lo <= lo + 1:
            return None  # the cue opens the clause: not this frame
        # otherwise a parenthetical cue ('Day, they said, desired ...') stays inside
    if frame == "after":
        lo = _skip_lead(doc, lo, clause.i)
    while lo <= hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or doc[lo].dep_ == "mark"
        and doc[lo].lower_ == "that"
        and doc[lo].head.i == clause.i
    ):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in _EDGE_PUNCT):
        hi -= 1
    if hi - lo < 2:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _skip_lead(doc: Span, lo: int, head: int) -> int:
    """Start after a dateline dash or a comma-closed opening phrase ('Despite X, ...')."""
    for i in range(head - 1, lo - 1, -1):
        if doc[i].text in _DASHES:
            return i + 1
    subject = next((c for c in doc[head].children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return lo
    left = subject.left_edge.i
    if left > lo and doc[left - 1].text == ",":
        return left
    return lo


def _according(article: Article, tok: Token) -> _Found | None:
    """'According to X, [clause]' or '[clause], according to X'."""
    doc = article.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or article.in_quote(tok.idx):
        return None
    head = tok.head
    if head.i == tok.i or not _finite_clause(head):
        return None
    lo, hi = head.left_edge.i, head.right_edge.i
    a_lo, a_hi = tok.left_edge.i, tok.right_edge.i
    if a_hi < head.i:
        lo = a_hi + 1
    elif a_lo > head.i:
        after = [t for t in doc[a_hi + 1 : hi + 1] if not t.is_punct]
        if after:
            return None  # the clause runs on past the attribution: too unsure
        hi = a_lo - 1
        lo = _skip_lead(doc, lo, head.i)
    else:
        return None
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in _EDGE_PUNCT):
        hi -= 1
    if hi - lo < 2:
        return None
    return _Found(doc[lo].idx, doc[hi].idx + len(doc[hi]), "according", doc[tok.i + 1])


def _checked(
    article: Article, found: list[_Found], ranges: list[tuple[int, int, Kind]]
) -> list[_Found]:
    """Drop clauses that are quotations themselves; cut them before a direct quotation."""
    out: list[_Found] = []
    for f in found:
        if article.paragraph_at(f.start) != article.paragraph_at(f.end - 1):
            continue
        if any(s <= f.start < e for s, e, _k in ranges):
            continue  # opens with a quotation: it is a direct or partial quote
        if any(s < f.start + 2 and f.start < e for s, e, _k in ranges):
            continue
        end = f.end
        for s, e, kind in ranges:
            if kind == Kind.DIRECT and s < end and f.start < e:
                end = s
        end = len(article.text[f.start : end].rstrip(" ,;:\u2014\u2013-\n"))
        if end < 12:
            continue
        out.append(_Found(f.start, f.start + end, f.frame, f.cue))
    return out


def _outermost(found: list[_Found]) -> list[_Found]:
    """One span per stretch: a clause inside a longer reported clause is not repeated."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _attribute(article: Article, found: list[_Found], quotes: list[Draft]) -> list[Draft]:
    """Resolve each clause's speaker in document order, as the quotation rules do."""
    recent: list[tuple[int, str]] = []
    pending = [d for d in quotes if d.speaker]
    drafts: list[Draft] = []
    i = 0
    for f in sorted(found, key=lambda f: f.cue.idx):
        tokens = _speaker_tokens(article, f)
        at = tokens[0].idx if tokens else f.cue.idx
        while i < len(pending) and pending[i].start < at:
            recent.insert(0, (pending[i].start, pending[i].speaker or ""))
            i += 1
        speaker, candidates, how = pipeline.resolve_mention(article, tokens, at, recent)
        if how == "no-subject":
            continue
        mention = "".join(t.text_with_ws for t in tokens).strip() or None
        base = pipeline.CONFIDENCE.get(how, 0.6) * INDIRECT_SCALE - FRAME_PENALTY[f.frame]
        drafts.append(
            Draft(
                start=f.start,
                end=f.end,
                kind=Kind.INDIRECT,
                paragraph=article.paragraph_at(f.start),
                cue=f.cue.text if f.frame != "according" else "according to",
                cue_at=f.cue.idx,
                speaker=speaker,
                mention=mention,
                confidence=round(max(0.05, min(0.9, base)), 3),
                evidence=f"indirect-{f.frame}:{how}",
                candidates=candidates,
                resolved=True,
            )
        )
        if speaker:
            recent.insert(0, (f.start, speaker))
    return sorted(drafts, key=lambda d: d.start)


def _speaker_tokens(article: Article, f: _Found) -> list[Token]:
    """The words naming the speaker: the verb's subject, or the object of 'according to'."""
    if f.frame == "according":
        objects = [c for c in f.cue.children if c.dep_ == "pobj"]
        return _noun_phrase(article, objects[0]) if objects else []
    sent = f.cue.sent
    cue = cues.Cue("verb", "before", f.cue, sent.start_char, sent.end_char)
    tokens = speakers.mention_tokens(article, cue)
    if len(tokens) == 1 and tokens[0].lower_ in _RELATIVE:
        verb = f.cue if f.cue.dep_ == "relcl" else f.cue.head
        if verb.dep_ == "relcl":
            return _noun_phrase(article, verb.head)
        return []
    return tokens


def _noun_phrase(article: Article, head: Token) -> list[Token]:
    """A noun phrase cut before clauses and commas; a name in apposition or after 'by' wins.

    'his wife, Amanda' -> 'Amanda'; 'a report by the inspectorate' -> 'the inspectorate';
    'people familiar with the matter' -> 'people'.
    """
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return _noun_phrase(article, child)
    if head.pos_ != "PROPN":
        for tok in head.subtree:
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ in {"by", "from", "of"}
                and any(m.start <= tok.idx < m.end for m in article.mentions)
            ):
                return _noun_phrase(article, tok)
    doc = article.doc
    lo = head.i
    for child in head.lefts:
        if child.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"}:
            lo = min(lo, child.left_edge.i)
    hi = head.i
    while (
        hi + 1 < len(doc)
        and doc[hi + 1].head.i == head.i
        and doc[hi + 1].dep_
        in {
            "compound",
            "flat",
        }
    ):
        hi += 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and head.pos_ == "PROPN":
        hi += 1
    return [t for t in doc[lo : hi + 1] if not t.is_punct or t.text == "-"]
