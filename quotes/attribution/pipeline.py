"""The ordered attribution rules and the one spaCy seam that runs them.

``STEPS`` lists the rules in the order they run over an ``Article``; ``QuotationFinder``
is the plain class the ``quotes_attribution`` factory wraps. Results are stored on the
``Doc`` extension ``quotedesk_quotations`` as a list of frozen ``Quotation`` values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from . import coreference, cues, indirect, kinds, names, nominals, qa, speakers, traps
from .context import Article, Draft
from .continuation import continue_speaker
from .marks import find_marked, has_headline, split_paragraphs
from .resolution import CONFIDENCE, mention_text, resolve_mention
from .types import Kind, Quotation

EXTENSION = "quotedesk_quotations"
logger = logging.getLogger(__name__)


def mark_quotations(article: Article) -> None:
    """Rule 1 (marks): one draft per outer quoted stretch."""
    for marked in find_marked(article.text, article.paragraphs):
        article.drafts.append(
            Draft(marked.start, marked.end, Kind.DIRECT, marked.paragraph, marked)
        )


def collect_names(article: Article) -> None:
    """Rule 2 (names): the people and organisations of the article, canonicalised."""
    names.collect(article)


def find_interviews(article: Article) -> None:
    """Rule 3 (qa): interview answers; marks inside an answer are inner quotes."""
    answers = qa.find(article)
    if not answers:
        return
    kept = [d for d in article.drafts if not any(a.start <= d.start < a.end for a in answers)]
    article.drafts = sorted(kept + answers, key=lambda d: d.start)


def learn_people(article: Article) -> None:
    """Rules 4-5 (nominals, coreference): descriptors and gender evidence per person."""
    nominals.collect(article)
    coreference.learn_gender(article)


def classify_kinds(article: Article) -> None:
    """Rule 6 (kinds): direct or partial."""
    for draft in article.drafts:
        if draft.marked is not None:
            draft.kind = kinds.classify(article, draft)


def attribute(article: Article) -> None:
    """Rules 7-11 (cues, speakers, resolution, continuation, traps), in document order."""
    done: list[Draft] = []
    recent: list[tuple[int, str]] = []
    groups = _multi_paragraph_groups(article)
    for draft in article.drafts:
        if not draft.resolved:
            group = groups.get(id(draft))
            if group is not None:
                _attribute_group(article, group, recent, done)
            else:
                cue = cues.detect(article, draft)
                if cue is None:
                    continue_speaker(article, draft, done)
                else:
                    _attribute_cue(article, draft, cue, recent, done)
            draft.trap = traps.check(article, draft)
        if draft.trap is None:
            done.append(draft)
            if draft.speaker:
                recent.insert(0, (draft.start, draft.speaker))
    article.drafts = [d for d in article.drafts if d.trap is None]


def _multi_paragraph_groups(article: Article) -> dict[int, list[Draft]]:
    """Quotations left open at a paragraph end and reopened at the next paragraph's start."""
    text = article.text
    groups: dict[int, list[Draft]] = {}
    current: list[Draft] = []
    for draft in article.drafts:
        marked = draft.marked
        if current:
            para = article.paragraphs[draft.paragraph]
            prev = current[-1]
            if (
                marked is not None
                and draft.paragraph == prev.paragraph + 1
                and not text[para.start : draft.outer_start].strip()
            ):
                current.append(draft)
                if marked.closed:
                    current = _close_group(groups, current)
                continue
            current = _close_group(groups, current)
        if marked is not None and not marked.closed and not draft.resolved:
            current = [draft]
    _close_group(groups, current)
    return groups


def _close_group(groups: dict[int, list[Draft]], group: list[Draft]) -> list[Draft]:
    if len(group) > 1:
        groups[id(group[0])] = group
    return []


def _attribute_group(
    article: Article, group: list[Draft], recent: list[tuple[int, str]], done: list[Draft]
) -> None:
    """One speaker for a multi-paragraph quotation: the first cue found in any paragraph."""
    found = [(d, cues.detect(article, d)) for d in group]
    anchor = next(((d, c) for d, c in found if c is not None), None)
    if anchor is None:
        continue_speaker(article, group[0], done)
        source = group[0]
    else:
        source, cue = anchor
        _attribute_cue(article, source, cue, recent, done)
    for draft, cue in found:
        draft.resolved = True
        if draft is source:
            continue
        if cue is not None:
            _attribute_cue(article, draft, cue, recent, done)
            continue
        draft.speaker, draft.mention, draft.cue = source.speaker, source.mention, source.cue
        draft.candidates = list(source.candidates)
        draft.evidence = "continuation:multi"
        draft.confidence = min(0.85, source.confidence)


def _attribute_cue(
    article: Article, draft: Draft, cue: cues.Cue, recent: list[tuple[int, str]], done: list[Draft]
) -> None:
    tokens = speakers.mention_tokens(article, cue)
    at = tokens[0].idx if tokens else cue.start
    speaker, candidates, how = resolve_mention(article, tokens, at, recent)
    draft.cue = cue.label
    draft.cue_at = cue.token.idx if cue.token is not None else cue.start
    if how == "no-subject":
        continue_speaker(article, draft, done)
        draft.evidence = f"cue-{cue.where}:no-subject>{draft.evidence}"
        draft.confidence = min(draft.confidence, 0.5)
        return
    draft.speaker = speaker
    draft.mention = mention_text(tokens)
    draft.candidates = candidates
    prefix = {"dash": "dash", "colon": "colon"}.get(cue.kind, f"cue-{cue.where}")
    draft.evidence = f"{prefix}:{how}"
    draft.confidence = _confidence(draft, how)


def _confidence(draft: Draft, how: str) -> float:
    score = CONFIDENCE.get(how, 0.6)
    if draft.marked is not None and not draft.marked.closed:
        score -= 0.15
    if draft.kind == Kind.PARTIAL:
        score -= 0.03
    return round(max(0.05, min(0.99, score)), 3)


def find_indirect(article: Article) -> None:
    """Rule 12 (indirect): reported speech without marks."""
    article.drafts.extend(indirect.find(article))


def share_reported_speaker(article: Article) -> None:
    """Rule 13 (reported speech): a partial quotation inside reported speech is the
    reporter's words ('Jones said the rebels use them as "human shields"'), unless a
    reporting verb inside the reported clause gives it a speaker of its own."""
    reported = [d for d in article.drafts if d.kind == Kind.INDIRECT and d.speaker]
    for draft in article.drafts:
        if draft.kind != Kind.PARTIAL:
            continue
        outer = next((r for r in reported if r.start <= draft.start and draft.end <= r.end), None)
        if outer is None or draft.speaker == outer.speaker:
            continue
        if draft.cue_at is not None:
            inner = outer.start <= draft.cue_at < outer.end
            if inner and _reports(article, draft.cue_at):
                continue  # 'Roe said that Riel had called it "a disgrace"'
            if not inner and draft.speaker is not None:
                continue  # its own cue stands outside the reported clause
        draft.speaker, draft.mention, draft.cue = outer.speaker, outer.mention, outer.cue
        draft.cue_at = outer.cue_at
        draft.candidates = list(outer.candidates)
        draft.evidence = f"reported:{outer.evidence}"
        draft.confidence = min(outer.confidence + 0.05, 0.9)


def headline_from_lede(article: Article) -> None:
    """Rule 14 (headline): a quotation in the headline that nothing on its line attributes
    takes the source of the lede, the story's first reported statement ('Steel firm 'to
    cut' 45,000 jobs' / '..., its chief executive has said.')."""
    if not has_headline(article.text, article.paragraphs):
        return
    lede = [d for d in article.drafts if d.paragraph in (1, 2) and d.cue is not None]
    if not lede:
        return
    source = min(lede, key=lambda d: d.start)
    for draft in article.drafts:
        if draft.paragraph == 0 and draft.cue is None and draft.speaker is None:
            draft.speaker, draft.mention, draft.cue = source.speaker, source.mention, source.cue
            draft.cue_at, draft.candidates = source.cue_at, list(source.candidates)
            draft.evidence = f"headline:lede:{source.evidence}"
            draft.confidence = 0.5 if source.speaker else 0.4


def _reports(article: Article, at: int) -> bool:
    tok = article.doc[article.token_at(at)]
    return tok.lower_ in cues.CUE_FORMS or tok.lower_ in cues.CHARACTERISING


STEPS: list[Callable[[Article], None]] = [
    mark_quotations,
    collect_names,
    find_interviews,
    learn_people,
    classify_kinds,
    attribute,
    find_indirect,
    share_reported_speaker,
    headline_from_lede,
]


class QuotationFinder:
    """Runs ``STEPS`` over a parsed ``Doc`` and stores the quotations on it."""

    def __init__(self, steps: list[Callable[[Article], None]] | None = None) -> None:
        self.steps = steps if steps is not None else STEPS
        if not Doc.has_extension(EXTENSION):
            Doc.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, self.quotations(doc))
        return doc

    def quotations(self, doc: Doc) -> list[Quotation]:
        text = doc.text
        article = Article(doc, split_paragraphs(text))
        try:
            for step in self.steps:
                step(article)
        except Exception:  # never fail a whole article: keep what the marks found
            logger.exception("attribution failed; returning unattributed quotations")
            article.drafts = [
                Draft(m.start, m.end, Kind.DIRECT, m.paragraph, m, evidence="error")
                for m in find_marked(text, article.paragraphs)
            ]
        return finish(text, article.drafts)


def finish(text: str, drafts: list[Draft]) -> list[Quotation]:
    """Freeze drafts into ``Quotation`` values sorted by start."""
    out = []
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        if d.end <= d.start:
            continue
        out.append(
            Quotation(
                start=d.start,
                end=d.end,
                text=text[d.start : d.end],
                kind=d.kind,
                cue=d.cue,
                speaker=d.speaker,
                mention=d.mention,
                confidence=round(max(0.0, min(1.0, d.confidence)), 3),
                evidence=d.evidence,
                candidates=tuple(c for c in d.candidates if c.name != d.speaker),
            )
        )
    return out


@Language.factory("quotes_attribution")
def make_quotes_attribution(nlp: Language, name: str) -> QuotationFinder:
    """The one spaCy seam: add with ``nlp.add_pipe("quotes_attribution")``."""
    return QuotationFinder()
