"""Indirect speech: reported speech without quotation marks, read off the parse.

Rule: an indirect quotation is the finite clause a reporting verb governs, without the
complementiser "that". Three syntactic frames carry it:

- cue before: a reporting verb (said, told, warned, argued, wrote, reported, pointed out
  ...) with a ``ccomp`` clause after it ('Smith told reporters that [the plant would
  close]'). Known mis-parses of the small model are repaired: a 'that' clause hung on a
  noun after the verb ('told reporters outside the court that [...]'), the reported
  subject taken for an object ('said [the firms expected to save ...]') and one clause
  split in two;
- cue after: the reporting verb follows the clause it reports, as the verb's ``ccomp``
  to its left or as its head when the verb is ``parataxis`` ('[The plant will close],
  the minister said'; '[Day, they said, desired no flowers]'; '[A], the agency said,
  and [B]' gives two clauses);
- according to: 'according to X' on the main clause ('[...], according to the ministry';
  'According to X, [...]').

Coordination decides the boundaries: 'said [A] and that [B]' reports two clauses; a
coordinated clause with its own subject and no 'that' is the writer's and is cut off; a
second report ('... while the minister wrote that ...', '... but warned that ...') is its
own span. The clause must have a subject and a finite verb, so requests with an
infinitive ('urged both sides to ...') never qualify; questions ('asked whether', a
sentence ending in '?'), negated or passive reporting verbs, verbs reporting findings
('the study found'), the content of a claim ('denied the claim that ...') and headlines
are left out. A clause that opens with a quotation mark is a direct or partial quotation,
not indirect speech, and a clause that carries a direct quotation's cue is that
quotation's frame (a clause ends before a participle cue: ', saying "..."'). An indirect
span may contain a partial quotation (and a quotation that runs on inside the clause),
never a direct one; nested reported speech is not repeated.

The speaker comes from the functions that attribute direct quotations
(``speakers.mention_tokens`` on the writer's text around the verb, then
``resolution.resolve_mention``), so names are canonical, pronouns and nominals resolve
alike, and unnamed sources stay ``None`` with their mention kept. Confidence is the same
rule's score scaled down, lower again where boundaries are least sure.

Why: reported speech has no marks to find, and the nearest name is often wrong; the
reporting verb and its clausal complement are what a reader uses to tell what was said
and by whom. One pass over the tokens keeps it linear in the article length.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import cues, resolution, speakers
from .context import Article, Draft
from .marks import is_headline_like
from .types import Kind

_EXTRA_FORMS = frozenset(
    ["report", "reports", "reported", "reporting", "inform", "informs", "informed"]
    + ["maintain", "maintains", "maintained", "rule", "rules", "ruled", "ruling", "noting"]
    + ["contend", "contends", "contended", "disclose", "discloses", "disclosed", "assure"]
    + ["assured", "mention", "mentioned", "repeat", "repeated", "comment", "commented"]
    + ["cautions", "cautioning", "warns", "insisting", "claiming", "announcing", "reveals"]
    + ["remind", "reminded", "point", "points", "pointed", "pointing", "assures"]
)
# Cue forms that do not introduce reported statements: naming ('called it "X"'), requests
# and questions ('urged', 'asked'), findings ('finds'), and words that rarely govern a clause.
_NOT_REPORTING = frozenset(
    ["ask", "asks", "asked", "urge", "urged", "plead", "pleaded", "finds", "continue"]
    + ["continues", "continued", "laugh", "laughed", "read", "reads", "write-in", "suggest"]
    + ["suggests", "suggested", "conclude", "concluded", "predict", "predicts", "predicted"]
)
REPORTING_FORMS: frozenset[str] = (cues.CUE_FORMS - cues.NAMING_FORMS - _NOT_REPORTING) | (
    _EXTRA_FORMS
)
# Subjects whose verbs report findings rather than speech ('the study found', 'data show').
FINDING_SUBJECTS = frozenset(
    ["study", "studies", "research", "data", "analysis", "survey", "findings", "results"]
    + ["evidence", "poll", "polls", "paper", "experiment", "experiments", "model", "models"]
    + ["figures", "records", "tests", "footage", "video", "images", "photos", "statistics"]
)
SAY_FORMS = frozenset(
    ["say", "says", "said", "saying", "add", "adds", "added", "claim", "claims", "claimed"]
    + ["argue", "argues", "argued", "insist", "insists", "insisted", "write", "writes", "wrote"]
)
TELL_FORMS = frozenset(
    ["tell", "tells", "told", "inform", "informs", "informed", "assure", "assured"]
    + ["remind", "reminded", "warn", "warns", "warned"]
)
_CONTRAST = frozenset(["while", "whereas"])
# What may stand before a sentence-opening and after a sentence-closing 'according to'.
_OPENERS = frozenset([".", "!", "?", "\n", "\n\n", '"', "\u201d", "\u2019", "'", ")"])
_CLOSERS = frozenset([".", "!", "?", "\n", "\n\n", ";"])
_CLOSING = "\"'\u201d\u2019\u00bb "
# Nouns whose 'that' clause is their own content, not the speaker's words ('denied the
# claim that ...').
CONTENT_NOUNS = frozenset(
    ["claim", "claims", "report", "reports", "allegation", "allegations", "suggestion"]
    + ["suggestions", "fact", "idea", "notion", "rumour", "rumours", "rumor", "rumors", "news"]
    + ["view", "belief", "assertion", "assertions", "accusation", "accusations", "statement"]
    + ["statements", "speculation", "concern", "concerns", "fear", "fears", "hope", "hopes"]
    + ["possibility", "impression", "assumption", "theory", "argument", "evidence", "sign"]
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
SPLIT_PENALTY = 0.15


@dataclass(slots=True)
class _Found:
    """A reported clause before its speaker is resolved."""

    start: int
    end: int
    frame: str  # "before", "after", "according"
    cue: Token  # the reporting verb, or the "to" of "according to"
    split: bool = False  # cut from coordinated clauses, where boundaries are least sure


def find(article: Article) -> list[Draft]:
    """Indirect quotations of the article, attributed like direct ones."""
    quotes = sorted(
        (d for d in article.drafts if d.kind != Kind.INDIRECT), key=lambda d: d.outer_start
    )
    headlines = {p.index for p in article.paragraphs if is_headline_like(article.text, p)}
    found: list[_Found] = []
    for sent in article.doc.sents:
        if article.text[sent.start_char : sent.end_char].rstrip(_CLOSING).endswith("?"):
            continue  # a question reports nothing
        for tok in sent:
            if article.paragraph_at(tok.idx) not in headlines:
                found.extend(_clauses(article, tok))
    kept = _outermost(_checked(article, found, quotes))
    return _attribute(article, kept, quotes)


def _clauses(article: Article, tok: Token) -> list[_Found]:
    """The reported clauses a token introduces (usually none)."""
    if tok.lower_ == "according":
        return _according(article, tok)
    if not _is_reporting(article, tok):
        return []
    doc = article.doc
    out: list[_Found] = []
    clause = _complement(doc, tok)
    if clause is not None:
        head, lo, hi = clause
        parts = _cut(doc, head, lo, hi)
        for a, b in parts:
            for f in _found(article, a, b, "before", tok):
                f.split = len(parts) > 1
                out.append(f)
    left = [c for c in tok.lefts if c.dep_ == "ccomp"]
    if left and _finite_clause(left[-1]) and not _is_cue_word(left[-1]):
        head = left[-1]
        lo = _skip_lead(doc, head.left_edge.i, head.i)
        out.extend(_found(article, lo, head.right_edge.i, "after", tok))
    elif tok.dep_ == "parataxis" and _finite_clause(tok.head) and not _is_cue_word(tok.head):
        out.extend(_parenthetical(article, tok))
    return out


def _complement(doc: Doc, verb: Token) -> tuple[Token, int, int] | None:
    """The clause a reporting verb introduces to its right: (head, first, last token)."""
    heads = _adjacent(doc, [c for c in verb.rights if c.dep_ == "ccomp"])
    if heads and _clause_group(heads):
        subject = [h for h in heads if _has_subject(h)]
        if heads[0].left_edge.i < verb.i:
            return None  # 'the plan, which the mayor said would ...': a relative clause
        return subject[-1], heads[0].left_edge.i, heads[-1].right_edge.i
    for child in verb.rights:
        if child.dep_ not in {"dobj", "dative", "prep", "npadvmod", "advmod"}:
            continue
        for tok in child.subtree:
            # 'told reporters at the quay that [...]': the parser hung the clause on a noun
            if (
                tok.dep_ in {"relcl", "acl"}
                and _finite_clause(tok)
                and not (tok.head.i == child.i and child.lower_ in CONTENT_NOUNS)
            ):
                first = tok.left_edge
                if (
                    first.lower_ == "that"
                    and first.head.i == tok.i
                    and any(c.dep_ in _SUBJECTS and c.i != first.i for c in tok.children)
                ):
                    return tok, first.i + 1, tok.right_edge.i
        if child.dep_ not in {"dobj", "dative"}:
            continue
        if verb.lower_ in SAY_FORMS:
            # 'said the companies expected to save ...': the subject parsed as an object
            tail = [
                c
                for c in (*child.rights, *verb.rights)
                if c.i > child.i
                and c.dep_ in {"acl", "relcl", "ccomp"}
                and not _has_subject(c)
                and (_is_finite(c) or c.tag_ in {"VBD", "VBN"} and c.dep_ == "acl")
            ]
            if tail:
                return tail[0], child.left_edge.i, tail[0].right_edge.i
        if verb.lower_ in TELL_FORMS:
            # 'informed police she had immunity': the clause parsed as a relative clause
            for c in child.rights:
                if (
                    c.dep_ == "relcl"
                    and _finite_clause(c)
                    and not c.left_edge.tag_.startswith("W")
                    and not any(s.lower_ in _RELATIVE for s in c.children if s.dep_ in _SUBJECTS)
                ):
                    return c, c.left_edge.i, c.right_edge.i
    return None


def _adjacent(doc: Doc, heads: list[Token]) -> list[Token]:
    """The first clause and those that follow it with only commas or 'and' in between.

    The small model sometimes splits one reported clause in two ('that [three contracts
    worth X] [had slipped]') or hangs a second coordinated clause on the verb.
    """
    if not heads:
        return []
    out = [heads[0]]
    whole = _finite_clause(heads[0])
    for head in heads[1:]:
        gap = doc[out[-1].right_edge.i + 1 : head.left_edge.i]
        if any(t.text not in {",", ";"} and t.dep_ != "cc" for t in gap):
            break
        joined = doc[out[-1].right_edge.i : head.left_edge.i]
        if (
            whole
            and not any(t.text == "," or t.dep_ == "cc" for t in joined)
            and not (_finite_clause(head))
        ):
            break  # a complete clause runs into a fragment: the parse ran on
        out.append(head)
    return out


def _cut(doc: Doc, head: Token, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split off coordinated 'and that' clauses; cut off the writer's own coordinated clause.

    'said [A] and that [B]' reports two clauses; in 'replied [they would come] and others
    stayed away' the second clause, with its own subject and no 'that', is the writer's.
    """
    cuts = [hi + 1]
    extra: list[tuple[int, int]] = []
    for child in head.rights:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            if not _has_subject(child):
                if child.lower_ in REPORTING_FORMS:
                    cuts.append(child.left_edge.i)  # 'said [A] but warned that [B]'
                continue  # 'said [the league had cut X, and nearly folded]': shared subject
            marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
            cuts.append(child.left_edge.i)
            if marked:
                extra.append((child.left_edge.i, child.right_edge.i))
    for tok in doc[lo : hi + 1]:
        # '... while the minister wrote [B]': a second report, not part of the first
        if (
            tok.dep_ in {"advcl", "conj"}
            and tok.lower_ in REPORTING_FORMS
            and tok.left_edge.i > lo
            and _has_subject(tok)
            and (tok.dep_ == "conj" or any(c.lower_ in _CONTRAST for c in tok.children))
        ):
            cuts.append(tok.left_edge.i)
    return [(lo, min(cuts) - 1), *extra]


def _parenthetical(article: Article, verb: Token) -> list[_Found]:
    """'[X], the minister said' or '[Day, they said, desired no flowers]' (verb: parataxis)."""
    doc = article.doc
    head = verb.head
    lo, hi = head.left_edge.i, head.right_edge.i
    v_lo, v_hi = verb.left_edge.i, verb.right_edge.i
    if v_lo <= lo + 1:
        return _found(article, v_hi + 1, hi, "before", verb)  # 'She said, [X]'
    if all(t.is_punct or t.is_space for t in doc[v_hi + 1 : hi + 1]):
        return _found(article, _skip_lead(doc, lo, head.i), v_lo - 1, "after", verb)
    rest = [t for t in doc[v_hi + 1 : hi + 1] if not t.is_punct]
    if rest and rest[0].dep_ == "cc":
        # '[A], the service said, and [B]': two reported clauses around the cue
        return [
            *_found(article, _skip_lead(doc, lo, head.i), v_lo - 1, "after", verb),
            *_found(article, rest[0].i + 1, hi, "after", verb),
        ]
    return _found(article, _skip_lead(doc, lo, head.i), hi, "after", verb)


def _according(article: Article, tok: Token) -> list[_Found]:
    """'According to X, [...]' or '[...], according to X'.

    At the start or end of its sentence the phrase covers the rest of the sentence; inside
    a sentence it covers the main clause it attaches to, never a subordinate one ('when,
    according to the plans, ...').
    """
    doc = article.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or article.in_quote(tok.idx):
        return []
    to = doc[tok.i + 1]
    a_lo, a_hi = tok.left_edge.i, tok.right_edge.i
    para = article.paragraph_at(tok.idx)
    words = [
        t.i
        for t in tok.sent
        if not (t.is_punct or t.is_space) and article.paragraph_at(t.idx) == para
    ]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects and _is_evidence(objects[0]):
        return []  # 'according to camera footage': a finding, not speech
    root = tok.sent.root
    if a_lo <= words[0] and (a_lo == 0 or doc[a_lo - 1].text in _OPENERS):
        return _according_span(article, a_hi + 1, words[-1], to)
    if a_hi >= words[-1] and (a_hi + 1 >= len(doc) or doc[a_hi + 1].text in _CLOSERS):
        lead = root.i if words[0] <= root.i < a_lo else words[0]
        return _according_span(article, _skip_lead(doc, words[0], lead), a_lo - 1, to)
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    if head.i != root.i and not (head.dep_ == "conj" and head.head.i == root.i):
        return []  # a subordinate clause
    if not _finite_clause(head) or _is_cue_word(head):
        return []
    if a_hi < head.i:
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.left_edge.i < a_lo:
            lo = _skip_lead(doc, head.left_edge.i, head.i)  # 'X, according to Y, did Z'
        elif any(doc[i].pos_ in {"VERB", "AUX"} for i in words if i < a_lo):
            return []  # 'Friday was when, according to X, ...': inside another clause
        else:
            lo = a_hi + 1
        return _found(article, lo, head.right_edge.i, "according", to)
    if a_lo > head.i:
        first = root if root.i < head.i else head  # '[A, and B], according to X, ...'
        lo = _skip_lead(doc, max(first.left_edge.i, words[0]), first.i)
        return _found(article, lo, a_lo - 1, "according", to)
    return []


def _is_evidence(noun: Token) -> bool:
    """A source that shows rather than says, unless a named issuer stands in its phrase."""
    if noun.lower_ not in FINDING_SUBJECTS:
        return False
    return not any(t.pos_ == "PROPN" for t in noun.subtree)


def _according_span(article: Article, lo: int, hi: int, to: Token) -> list[_Found]:
    """The stretch an 'according to' phrase covers, if it holds a finite main clause."""
    doc = article.doc
    for tok in doc[lo : hi + 1]:
        outside = tok.head.i < lo or tok.head.i > hi or tok.head.i == tok.i
        if outside and _finite_clause(tok):
            return [] if _is_cue_word(tok) else _found(article, lo, hi, "according", to)
    return []


def _found(article: Article, lo: int, hi: int, frame: str, cue: Token) -> list[_Found]:
    """A clause from token ``lo`` to ``hi``, trimmed of 'that', conjunctions and punctuation."""
    doc = article.doc
    while lo <= hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or doc[lo].dep_ in {"mark", "cc"}
        and doc[lo].lower_ in {"that", "and", "but"}
        or doc[lo].lower_ == "that"
        and doc[lo].dep_ == "det"
        and doc[lo].head.tag_ in {"NNS", "NNPS"}  # 'that satellite records were ...'
    ):
        lo += 1
    while hi >= lo and (
        doc[hi].is_space
        or doc[hi].text in _EDGE_PUNCT
        or doc[hi].dep_ == "cc"
        or doc[hi].lower_ == "that"
    ):
        hi -= 1
    if hi - lo < 2:
        return []
    return [_Found(doc[lo].idx, doc[hi].idx + len(doc[hi]), frame, cue)]


def _skip_lead(doc: Doc, lo: int, head: int) -> int:
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


def _is_reporting(article: Article, tok: Token) -> bool:
    if tok.lower_ not in REPORTING_FORMS or not tok.tag_.startswith("VB"):
        return False
    if article.in_quote(tok.idx):
        return False
    if tok.lower_.startswith("point") and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children
    ):
        return False  # only 'pointed out'
    if tok.dep_ == "relcl" and not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in tok.children
    ):
        return False  # 'a phrase she said she had pinned up': the gap is in the clause
    for child in tok.children:
        if child.dep_ in {"neg", "auxpass", "nsubjpass", "det"}:
            return False  # 'did not say', 'was told', 'all claims'
        if child.dep_ == "nsubj" and child.lower_ in FINDING_SUBJECTS:
            return False
    return True


def _is_cue_word(tok: Token) -> bool:
    """A clause headed by a cue reports speech itself ('X called it Y, according to Z')."""
    return tok.lower_ in cues.CUE_FORMS or tok.lower_ in REPORTING_FORMS


def _has_subject(head: Token) -> bool:
    # the small model sometimes hangs the subject on the auxiliary ('the road was closed')
    for tok in (head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})):
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            return True
    return False


def _is_finite(head: Token) -> bool:
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    return head.tag_ in _FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in head.children
    )


def _finite_clause(head: Token) -> bool:
    """A clause with its own subject and a finite verb, not a question or an infinitive."""
    if not _is_finite(head) or not _has_subject(head):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _QUESTION_WORDS for c in head.children):
        return False
    if any(c.tag_ == "TO" for c in head.children):
        return False
    first = head.left_edge
    return not (first.lower_ in _QUESTION_WORDS and first.tag_.startswith("W"))


def _clause_group(heads: list[Token]) -> bool:
    """Clauses split by a mis-parse ('that [three contracts worth X] [had slipped]')."""
    if _finite_clause(heads[0]):
        return True
    first = heads[0].left_edge
    if first.lower_ in _QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in _QUESTION_WORDS for c in heads[0].children
    ):
        return False
    return any(_has_subject(h) for h in heads) and any(_is_finite(h) for h in heads)


def _checked(article: Article, found: list[_Found], quotes: list[Draft]) -> list[_Found]:
    """Drop clauses that are quotations or their frames; cut them before a direct quotation."""
    text = article.text
    out: list[_Found] = []
    for f in found:
        para = article.paragraph_at(f.start)
        if para != article.paragraph_at(f.end - 1) or para != article.paragraph_at(f.cue.idx):
            continue  # a parse that joined paragraphs: speech is reported where its verb is
        if any(d.outer_start < f.start + 2 and f.start < d.outer_end for d in quotes):
            continue  # opens with a quotation: it is a direct or partial quote
        end = f.end
        for d in quotes:
            if d.kind == Kind.DIRECT and d.outer_start <= end + 1 and f.start < d.outer_end:
                if f.frame == "before" and text[f.start : d.outer_start].rstrip()[-1:].isalnum():
                    # 'told media [X was restarted by doctors "and there is hope"]': the
                    # quotation runs on in the clause, a partial quote in all but name
                    end = max(end, d.outer_end)
                elif d.outer_start < end:
                    end = d.outer_start
        end = _before_participle_cue(article, f.start, end, quotes)
        if any(
            d.kind == Kind.DIRECT and d.cue_at is not None and f.start <= d.cue_at < end
            for d in quotes
        ):
            continue  # holds a direct quotation's cue: it is that quotation's frame
        if f.cue.idx > f.start and any(
            d.outer_start < end and f.start < d.outer_end and d.outer_end >= end - 1 for d in quotes
        ):
            continue  # '[... "the quote,"] the minister said': the cue is the quote's
        end = f.start + len(text[f.start : end].rstrip(" ,;:\u2014\u2013-\n"))
        for d in quotes:
            if d.outer_start < end < d.outer_end and d.outer_start >= f.start:
                end = d.outer_end  # never stop inside a partial quote
        if end - f.start < 12:
            continue
        out.append(_Found(f.start, end, f.frame, f.cue, f.split))
    return out


def _before_participle_cue(article: Article, start: int, end: int, quotes: list[Draft]) -> int:
    """Cut a clause before ', saying "..."' or ', adding "..."': a participle cue after a
    comma opens the writer's next report, a direct quotation with a frame of its own
    ('pointing out [he was 300 delegates behind], saying "the path is closed"')."""
    for d in quotes:
        if d.kind != Kind.DIRECT or d.cue_at is None or not start < d.cue_at < end:
            continue
        cue = article.doc[article.token_at(d.cue_at)]
        if cue.tag_ == "VBG" and cue.i > 0 and cue.nbor(-1).text == ",":
            comma = cue.nbor(-1).idx
            if comma > start:
                return comma
    return end


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
        tokens = _speaker_tokens(article, f, quotes)
        at = tokens[0].idx if tokens else f.cue.idx
        while i < len(pending) and pending[i].start < at:
            recent.insert(0, (pending[i].start, pending[i].speaker or ""))
            i += 1
        speaker, candidates, how = resolution.resolve_mention(article, tokens, at, recent)
        if how == "no-subject":
            continue
        mention = "".join(t.text_with_ws for t in tokens).strip() or None
        base = resolution.CONFIDENCE.get(how, 0.6) * INDIRECT_SCALE - FRAME_PENALTY[f.frame]
        if f.split:
            base -= SPLIT_PENALTY
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


def _frame(article: Article, verb: Token, quotes: list[Draft]) -> tuple[int, int]:
    """The writer's text around a reporting verb: its sentence, without quotations."""
    para = article.paragraphs[article.paragraph_at(verb.idx)]
    lo = max(verb.sent.start_char, para.start)
    hi = min(verb.sent.end_char, para.end)
    for d in quotes:
        if lo < d.outer_end <= verb.idx:
            lo = d.outer_end
        if verb.idx < d.outer_start < hi:
            hi = d.outer_start
    return lo, hi


def _speaker_tokens(article: Article, f: _Found, quotes: list[Draft]) -> list[Token]:
    """The words naming the speaker: the verb's subject, or the object of 'according to'."""
    if f.frame == "according":
        objects = [c for c in f.cue.children if c.dep_ == "pobj"]
        return _noun_phrase(article, objects[0]) if objects else []
    cue = cues.Cue("verb", "before", f.cue, *_frame(article, f.cue, quotes))
    # the subject's phrase may run back over a paragraph break ('on X.\n\nAnalysts said')
    para = article.paragraph_at(f.cue.idx)
    tokens = [
        t
        for t in speakers.mention_tokens(article, cue)
        if article.paragraph_at(t.idx) == para and not t.is_space
    ]
    if len(tokens) == 1 and tokens[0].lower_ in _RELATIVE:
        # 'a judge who said ...': the antecedent; 'WHO chief X said': the other subject
        verb = f.cue if f.cue.dep_ == "relcl" else f.cue.head
        if verb.dep_ == "relcl":
            return _noun_phrase(article, verb.head)
        others = [c for c in f.cue.children if c.dep_ == "nsubj" and c.i != tokens[0].i]
        return _noun_phrase(article, others[0]) if others else []
    return tokens


def _noun_phrase(article: Article, head: Token) -> list[Token]:
    """A noun phrase cut before clauses and commas; a name in apposition or after 'by' wins.

    'his wife, Amanda' -> 'Amanda'; 'a report by the inspectorate' -> 'the inspectorate';
    'people familiar with the matter' -> 'people'; 'The Atlantic' -> 'Atlantic' (a bare
    name, so an organisation the tagger missed still resolves as a name).
    """
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return _noun_phrase(article, child)
    if head.pos_ != "PROPN":
        for tok in head.subtree:
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ in {"by", "from", "of"}
                and (
                    tok.pos_ == "PROPN" or any(m.start <= tok.idx < m.end for m in article.mentions)
                )
            ):
                return _noun_phrase(article, tok)
    doc = article.doc
    lo = head.i
    for child in head.lefts:
        if child.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"}:
            lo = min(lo, child.left_edge.i)
    hi = head.i
    while hi + 1 < len(doc) and doc[hi + 1].head.i == head.i and doc[hi + 1].dep_ == "compound":
        hi += 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and head.pos_ == "PROPN":
        hi += 1
    if head.pos_ == "PROPN" and doc[lo].dep_ == "det":
        lo += 1
    return [t for t in doc[lo : hi + 1] if not t.is_punct or t.text == "-"]
