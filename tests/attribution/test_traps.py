"""Trap filtering: titles, nicknames, scare quotes and names are not quotations."""

from __future__ import annotations

import pytest

from quotes.attribution.traps import is_title_case


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("The Long Harbour", True),
        ("Songs of the Sea", True),
        ("Lantern", True),
        ("we will not move", False),
        ("The council will decide.", False),
    ],
)
def test_title_case(content: str, expected: bool) -> None:
    assert is_title_case(content) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'The singer Marta "Birdie" Olsen played until midnight.',
        'Her third album, "Salt and Iron", came out in 2019.',
        'The museum showed "Northern Lights" (1987) for the first time.',
        'The so-called "efficiency plan" cut 40 jobs.',
        'The word "resilience" appears nine times in the report.',
        'The ferry, known as "Old Grey", was retired in May.',
        'Fans queued outside the "Blue Room" all afternoon.',
        'Farmers call the scheme "Project Harvest".',
    ],
)
def test_traps_are_not_quotations(quotes_of, text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Lena Ortiz called the plan "a fantasy on stilts."',
        '"Yes," Lena Ortiz said.',
        'Lena Ortiz said the delay was "unacceptable and avoidable."',
    ],
)
def test_speech_is_kept(quotes_of, text: str) -> None:
    assert len(quotes_of(text)) == 1
