"""Headline quotations: marks in a headline attribute a claim to the story's source."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # nothing on the headline's line names a source: the lede's does
        (
            "Ferry operator 'to axe' 300 crossings\n\n"
            "Harbourline will cut 300 crossings a year, chief executive Dagny Holt has said.",
            "to axe",
            "Dagny Holt",
        ),
        (
            "Rail fares 'hurt the north most'\n\n"
            "Higher fares hit northern commuters hardest, according to the Transit Watch "
            "Foundation.",
            "hurt the north most",
            "Transit Watch Foundation",
        ),
        # the lede's source is unnamed: so is the headline's
        (
            "Pylons 'spoil the valley'\n\n"
            "The new pylons have ruined the view, campaigners say. The pylons were finished "
            "in May.",
            "spoil the valley",
            None,
        ),
    ],
)
def test_a_headline_quotation_takes_the_ledes_source(quotes_of, text, quoted, speaker) -> None:
    quote = next(q for q in quotes_of(text) if q.text == quoted)
    assert quote.speaker == speaker


def test_a_headlines_first_word_is_not_a_name_the_story_writes_in_lower_case(quotes_of) -> None:
    text = (
        "Puzzles 'sharpen the ageing mind'\n\n"
        "Daily puzzles may slow memory loss, according to the Orrin Institute. Its study "
        "gave crosswords and other puzzles to 400 pensioners."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Orrin Institute"
