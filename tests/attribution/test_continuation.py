"""Paragraph continuation: a cue-less quotation continues the previous speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_next_quote_in_the_paragraph_continues(quotes_of) -> None:
    text = '"We lost the vote," Ines Duarte said. "We will not lose the argument."'
    first, second = quotes_of(text)
    assert second.speaker == first.speaker == "Ines Duarte"
    assert second.evidence == "continuation"


def test_multi_paragraph_quote_shares_a_speaker(quotes_of) -> None:
    text = (
        'Ines Duarte spoke for ten minutes. "We lost the vote tonight.\n\n'
        '"But we will be back next year.\n\n'
        '"And we will win," she said.'
    )
    quotes = quotes_of(text)
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Ines Duarte"}


def test_cue_at_the_end_of_a_multi_paragraph_quote(quotes_of) -> None:
    text = (
        "The harbour will close next week.\n\n"
        '"The boats have gone. The buyers have gone.\n\n'
        '"Now the harbour goes too," said fisherman Tomas Reilly.'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Tomas Reilly", "Tomas Reilly"]


def test_quote_opening_a_paragraph_after_an_introduction(quotes_of) -> None:
    text = (
        "Coach Wendell Price, who took over in March, was furious after the match.\n\n"
        '"That was not a penalty. Everyone saw it."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Wendell Price"
    assert quote.confidence < 0.9
