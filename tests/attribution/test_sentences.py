"""Sentences never run across a line break: a headline is not the lede's first clause."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADLINE_AND_LEDE = (
    "Attorney General Rhea Salt steps aside from inquiry over contact with envoy\n\n"
    "Attorney General Rhea Salt on Thursday stepped aside from the inquiry but kept the "
    'right to decide other matters "on a case-by-case basis" in future.'
)


def test_every_line_starts_a_sentence(nlp) -> None:
    doc = nlp(HEADLINE_AND_LEDE)
    starts = [s.start_char for s in doc.sents]
    assert HEADLINE_AND_LEDE.index("Attorney General Rhea Salt on") in starts
    # and the parser does not cut again after a line's first word
    assert HEADLINE_AND_LEDE.index("General Rhea Salt on") not in starts


def test_the_lede_subject_is_parsed_as_the_lede_subject(quotes_of) -> None:
    (quote,) = [q for q in quotes_of(HEADLINE_AND_LEDE) if q.kind != "indirect"]
    assert quote.speaker == "Rhea Salt"
