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


TRANSCRIPT = """What Dahl and Brekke said after the cup final

COACH DAHL: We were second to every ball in the first half. That is on me, not on the players.

THE MODERATOR: Next question, please.

SIGRID BREKKE: The dressing room was quiet at half-time. Nobody needed to shout.

COACH DAHL: Sigrid kept us in it. Without her saves it is four or five."""


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        pytest.param("We were second", "Dahl", id="title-in-label-dropped"),
        pytest.param("Next question", None, id="role-only-label-is-unnamed"),
        pytest.param("The dressing room", "Sigrid Brekke", id="capitals-are-style"),
        pytest.param("Sigrid kept us", "Dahl", id="second-turn-same-name"),
    ],
)
def test_transcript_turn_labels(quotes_of, opening: str, speaker: str | None) -> None:
    quote = next(q for q in quotes_of(TRANSCRIPT) if q.text.startswith(opening))
    assert quote.speaker == speaker
    assert quote.kind == "direct"


PUBLISHED_INTERVIEW = """Harbour festival chief on the new venue

Gazette reporters spoke to Lucia Ferrand Okoye, who chairs the festival board, and to its
treasurer, Tomas Riel.

((Gazette)) How do you feel about the new venue?

Lucia: Relieved. We looked for a year.

Secondly, the quay is in the heart of the city.

((Gazette)) And the money?

TR: The budget is tight but it balances.

((Gazette)) Anything else?

Lucia: Come and see us in June.

The festival runs from June 4 to June 9."""


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        pytest.param("Relieved", "Lucia Ferrand Okoye", id="first-name-label"),
        pytest.param("Secondly", "Lucia Ferrand Okoye", id="answer-goes-on-to-next-question"),
        pytest.param("The budget", "Tomas Riel", id="initials-label"),
        pytest.param("Come and see", "Lucia Ferrand Okoye", id="later-turn"),
    ],
)
def test_a_published_interview_with_marked_questions(quotes_of, opening: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(PUBLISHED_INTERVIEW) if q.text.startswith(opening))
    assert quote.speaker == speaker


def test_the_closing_paragraph_of_an_interview_is_the_writers(quotes_of) -> None:
    texts = [q.text for q in quotes_of(PUBLISHED_INTERVIEW)]
    assert not any(t.startswith("The festival runs") for t in texts)
    assert not any(t.startswith("And the money") for t in texts)
