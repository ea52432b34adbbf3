"""Direct or partial: is the quotation a statement of its own or part of the writer's?

Rule: a quotation is direct when it opens its sentence or paragraph (in capitals), follows a colon,
or follows a comma or a reporting verb ('said, "we ...', 'said "We ...', the second half of
a split quotation); it is partial when the writer's own words lead straight into it
('called it "dead on arrival"', 'said the plan was "a mess"'). A paragraph reopened
inside a multi-paragraph quotation stays direct.

Why: editors treat a partial quotation differently (it cannot be displayed on its own),
and the distinction is visible in the punctuation and capitalisation before the mark.
"""

from __future__ import annotations

import re

from .context import Article, Draft
from .cues import CUE_FORMS, NAMING_FORMS
from .types import Kind

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)]*$")


def classify(article: Article, draft: Draft) -> Kind:
    text = article.text
    para = article.paragraphs[draft.paragraph]
    before = text[para.start : draft.outer_start].rstrip()
    content = text[draft.start : draft.end].lstrip()
    first = next((c for c in content if c.isalpha()), "")
    if not before or before.endswith((":", "\u2014", "\u2013")) or _SENTENCE_END.search(before):
        return Kind.PARTIAL if first.islower() and before else Kind.DIRECT
    if before.endswith(","):
        return Kind.DIRECT  # 'she said, "we ...' and the second half of a split quote
    last_word = re.split(r"\W+", before.lower())[-1] if before else ""
    if last_word in CUE_FORMS and last_word not in NAMING_FORMS:
        return Kind.DIRECT  # 'tweeted "We ...', 'saying "the path ...'
    return Kind.PARTIAL
