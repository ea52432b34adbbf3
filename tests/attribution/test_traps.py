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
        # single words nobody is reported as saying: labels, scare quotes, words as words
        'Analysts gave the shares a "sell" rating on Monday.',
        'Residents vow to defend "their" orchard from developers.',
        'Neighbours say the plan will ruin "their" park.',
        'In the code, "K" stands for "kiln" and "7" for the year.',
        # defined terms: a definition or an abbreviation follows, or a name with "the"
        'The council opened a "quiet corner", a room with soft chairs, in the library.',
        'Grants go only to a "main home" \u2014 defined as a house lived in all year.',
        'The board gave the strain the label "northern coastal fever virus" (NCFV).',
        'Tolls will rise in "the Narrows" from May.',
        'The court ruled in the case "Marsh v. Northern Ferry Company" on Tuesday.',
        # scare quotes: a short uncued fragment with no reporting word anywhere near
        'Couriers in the "gig economy" get no holiday pay.',
        'Every trawler must now carry a "black box" recorder.',
        # a full stop inside the marks (American style) does not make a label a sentence
        'Couriers are the backbone of the "gig economy."',
        # a cited term joined to another by "and" is cited too
        'The report uses the terms "tidal surge" and "storm flooding."',
        # a quoted label before the noun it qualifies, with no cue, is no one's words
        'Minister Ivo Brandt said the change was needed. The ministry dropped a "smart '
        'purchasing" policy brought in six years ago.',
        # a campaign's slogan is a title
        'Ivo Brandt said the party\'s slogan would be "Forward together, never back."',
    ],
)
def test_traps_are_not_quotations(quotes_of, text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Lena Ortiz called the plan "a fantasy on stilts."',
        'Flood warning\n\nThe valley was hit by "unprecedented" rain, the weather office said.',
        '"We Lost Everything" as Floods Hit Valley\n\n"We lost everything," said Ana Ruiz, 54.',
        '"Yes," Lena Ortiz said.',
        'Lena Ortiz said the delay was "unacceptable and avoidable."',
        'The mill closed in what the inspector called "a clear and present danger" to staff.',
        # a quoted modal is the source's hedge, not the writer's emphasis
        'Flood report\n\nThe sea wall "may" fail in a storm, the engineers warned.',
    ],
)
def test_speech_is_kept(quotes_of, text: str) -> None:
    assert len(quotes_of(text)) == text.count('"') // 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # several words in the writer's sentence are someone's words, even unnamed, when
        # a reporting word is near: in the sentence or the one before it
        'Reports of the weapon differ between a hammer and a "heavy object".',
        'Two drivers were hurt, police said. One was in "stable but serious" condition.',
        'Officers reportedly held two walkers for "suspected poaching" and let a third go.',
        'The inspectorate gave the mill a month to show "real progress" on dust.',
        # a document as the sentence's subject, and a quoted figure
        'The survey found the river fit for swimming in "most summer weeks".',
        'Modelling puts the outbreak at a "total of 2,400 cases" by March.',
        # first-person words are speech, even in a short headline
        '9:40 p.m. \u2014 "We stay put"',
    ],
)
def test_unattributed_fragments_are_kept(quotes_of, text: str) -> None:
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0].speaker is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            'Rathmore said he left with the leader and was "routed out properly." To '
            '"square away" in the group\'s jargon refers to the formal process of leaving.',
            "square away",
        ),
        (
            'Kane told reporters the waves were "perfect". Among surfers, "glassy" means a sea '
            "with no wind on it at all, Kane said.",
            "glassy",
        ),
    ],
)
def test_a_word_cited_and_explained_is_not_speech(quotes_of, text: str, cited: str) -> None:
    assert cited not in [q.text for q in quotes_of(text)]


@pytest.mark.model
def test_the_category_an_award_was_given_for_is_not_speech(quotes_of) -> None:
    text = (
        "Girls' robotics team honoured for 'steady nerve' at world contest\n\n"
        'The team of six teenagers was awarded a silver medal for "steady nerve" on Tuesday. '
        '"We never gave up," captain Lina Rahimi said.'
    )
    assert [q.text for q in quotes_of(text)] == ["We never gave up,"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'The singer Ivo Brandt won the battle to belt out "And tonight thank God it\'s them" '
        "again.",
        'The crowd sang "we will walk on by the river" as the coffin passed.',
    ],
)
def test_words_sung_are_a_song_not_speech(quotes_of, text: str) -> None:
    assert quotes_of(text) == []
