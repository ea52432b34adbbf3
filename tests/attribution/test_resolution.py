"""Resolution: the head of the phrase at a cue decides between name, pronoun and nominal."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an organisation noun right after a name is that organisation, not the latest firm
        (
            "Brammer Motors will close its plant in Ostrava.\n\n"
            'The UVA Metall union called the closure "a betrayal of loyal workers."',
            "UVA Metall",
        ),
        (
            "Kestrel Foods cut 200 jobs on Monday.\n\n"
            'The Solvane company, which buys its grain, said the cuts were "a worry."',
            "Solvane",
        ),
    ],
)
def test_a_name_before_an_organisation_noun_names_it(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_an_untagged_name_before_an_organisation_noun_names_it(quotes_of) -> None:
    text = (
        "Dockworkers walked out on Thursday, the port authority said.\n\n"
        'The FNV union called the offer "an insult to every docker."'
    )
    assert quotes_of(text)[-1].speaker == "FNV"


def test_a_plural_proper_noun_of_a_name_is_a_body(nlp) -> None:
    from quotes.attribution import extract_quotations

    text = (
        "For 31 years, Ita Carney climbed the 114 steps of the lighthouse twice a day.\n\n"
        "The Keepers of Northern Lights, which runs the country's lighthouses, said it had "
        "no plans to staff the tower again."
    )
    reported = [q for q in extract_quotations(text, nlp=nlp) if q.kind == "indirect"]
    assert reported[-1].speaker == "Keepers of Northern Lights"


def test_a_person_before_an_organisation_noun_is_not_the_organisation(quotes_of) -> None:
    text = (
        "Governor Dana Whitcombe toured the levee on Monday.\n\n"
        'The Whitcombe administration said the repairs were "nearly finished."'
    )
    assert quotes_of(text)[-1].speaker != "Whitcombe"


def test_a_devolved_executive_is_a_body_not_an_officer(quotes_of) -> None:
    text = (
        "Escape\n\nMichael Ferris escaped on Monday. Health minister Ana Roe said he was "
        'dangerous.\n\nThe Scottish Executive said leave should "not be common practice".'
    )
    assert quotes_of(text)[-1].speaker == "Scottish Executive"
