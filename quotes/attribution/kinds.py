"""Direct or partial: is the quotation a statement of its own or part of the writer's?

Rule: a quotation is direct when it opens its sentence or paragraph (in capitals), follows a
colon, or is led into by its reporting verb: 'said "We ...', 'said, "we ...', the second
half of a split quotation ('"A," he went on, "and b."', '"A" tweeted Jo Ruiz "to b."').
It is partial when the writer's own words lead straight into it ('called it "dead on
arrival"', 'said the plan was "a mess"'), including after a comma with no reporting verb
in the sentence ('in the words of one critic, "walk across a keyboard ..."'). A word
counts as a reporting verb only where the parse makes it a verb ('the 20-minute warning
"a scandal"' is partial). In a headline, a quotation after a label ('Governor: "Stay
inside"', '9:40 p.m. — "We stay"') is a lifted fragment: partial. A paragraph
reopened inside a multi-paragraph quotation stays direct.

Why: editors treat a partial quotation differently (it cannot be displayed on its own),
and the distinction is visible in the punctuation, capitalisation and verb before the mark.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .context import Article, Draft
from .cues import NAMING_FORMS, frames, is_cue_token
from .marks import is_headline_like
from .types import Kind

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)]*$")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def classify(article: Article, draft: Draft) -> Kind:
    text = article.text
    para = article.paragraphs[draft.paragraph]
    before = text[para.start : draft.outer_start].rstrip()
    content = text[draft.start : draft.end].lstrip()
    first = next((c for c in content if c.isalpha()), "")
    if not before or before.endswith((":", "\u2014", "\u2013")) or _SENTENCE_END.search(before):
        if before and (first.islower() or is_headline_like(text, para)):
            return Kind.PARTIAL  # 'Governor: "Hunker down"': a headline's lifted fragment
        return Kind.DIRECT
    (b_start, b_end), _ = frames(article, draft)
    frame = [t for t in article.tokens_between(b_start, b_end) if not t.is_space]
    cues = [t for t in frame if _reporting(t)]
    split = any(d.outer_end == b_start for d in article.in_paragraph(draft.paragraph))
    if before.endswith(","):
        # 'she said, "we ...' and the second half of a split quote
        return Kind.DIRECT if first.isupper() or cues or split else Kind.PARTIAL
    if frame and _reporting(frame[-1]):
        return Kind.DIRECT  # 'tweeted "We ...', 'saying "the path ...'
    if split and cues and _only_subject_after(frame, cues[-1]):
        return Kind.DIRECT  # '"We stand ready" tweeted Jo Ruiz "to help ..."'
    return Kind.PARTIAL


def _reporting(token: Token) -> bool:
    return (is_cue_token(token) and token.lower_ not in NAMING_FORMS) or token.lower_ == "according"


def _only_subject_after(frame: list[Token], verb: Token) -> bool:
    """The words between the verb and the mark are only its subject ('tweeted Jo Ruiz')."""
    subject = {t.i for c in verb.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
    return all(t.is_punct or t.i in subject for t in frame if t.i > verb.i)
