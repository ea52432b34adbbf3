"""Q&A interviews: answers are direct quotations by the interviewee."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

INTERVIEW = """Ten minutes with Oona Castell

Oona Castell has run the city's night ferry for twenty years. Castell spoke to us at the dock.

Q: Why nights?

A: Because the river is quiet. You hear the city breathe.

Nobody believes me when I say that.

Q: Will you retire?

A: Not this year."""


def test_answers_are_quotes_by_the_interviewee(quotes_of) -> None:
    quotes = quotes_of(INTERVIEW)
    assert [q.text for q in quotes] == [
        "Because the river is quiet. You hear the city breathe.",
        "Nobody believes me when I say that.",
        "Not this year.",
    ]
    assert {q.speaker for q in quotes} == {"Oona Castell"}
    assert all(q.kind == "direct" for q in quotes)
