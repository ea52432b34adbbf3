"""Speaker from syntax: the subject of the reporting verb, appositives resolved."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            '"We have no more beds," Hugo Brandt, a nurse at the clinic, said.',
            "Hugo Brandt",
            "Hugo Brandt",
        ),
        (
            'Hugo Brandt, a nurse at the clinic, said: "We have no more beds."',
            "Hugo Brandt",
            "Hugo Brandt",
        ),
        (
            'The clinic\'s spokeswoman, Mira Castell, said: "We have no more beds."',
            "Mira Castell",
            "Mira Castell",
        ),
        (
            '"We have no more beds," the hospital official said.',
            None,
            "the hospital official",
        ),
        # a long possessive subject the parser heads on the organisation: the appositive
        # name next to the verb speaks
        (
            "The Northern Kestria Institute of Soil and Water Science's director, "
            'Dr. Imre Valkonen, said of the drought, "It will get worse."',
            "Imre Valkonen",
            "Imre Valkonen",
        ),
        # a name inside a relative clause on the subject never replaces the subject
        (
            "Kestrel Athletic lost on Sunday.\n\n"
            "Marchetti, whose team had led through an early goal by Oren Blakely, said his "
            'players were "gutted."',
            "Marchetti",
            "Marchetti",
        ),
        # a role with the name in commas before a posting verb: the name speaks
        (
            "Analyst Vera Lindqvist said the cuts were overdue.\n\n"
            "Portugal's labour minister, Tiago Marques, posted on X: "
            '"We will not accept closures without a plan."',
            "Tiago Marques",
            "Tiago Marques",
        ),
        # an active verb the parser hangs on a reported passive clause
        (
            "Officials met on Monday.\n\n"
            "Ivo Brandt said the letters had been posted by mistake and called them "
            '"a clerical slip."',
            "Ivo Brandt",
            "Ivo Brandt",
        ),
        # a passive reporting verb: the agent speaks, not the subject
        (
            "The bakery closed.\n\n"
            'Mira Olsen, whose bakery closed in May, was said by friends to be "heartbroken".',
            None,
            "friends",
        ),
        # words read out from a document are its author's
        (
            "Prosecutor Hal Brennick questioned the witness. He read aloud a 2020 email, "
            "filed with the court, that Odile Farrant-Shaw sent to her deputy: "
            '"Delete the old figures."',
            "Odile Farrant-Shaw",
            "Odile Farrant-Shaw",
        ),
        # a role noun with the name in apposition: the name speaks, even in a question
        (
            "Q: Your fiercest rival, Mats Orre of Tind Scooters, has called rentals "
            '"a fad for people who fear commitment." Is he wrong?',
            "Mats Orre",
            "Mats Orre",
        ),
        # the verb that governs 'by saying' has the speaker as its subject
        (
            "After investor Lorne Batt complained at the meeting that the policy cost money, "
            'Ilse Marquardt responded by saying, "You are free to sell your shares."',
            "Ilse Marquardt",
            "Ilse Marquardt",
        ),
        # a participle the parse hangs on the object: the governing verb's subject speaks
        (
            "Kestria's president, Ilse Marquardt criticised last weeks attack saying the army "
            'is losing the "moral" battle with the rebels.',
            "Ilse Marquardt",
            "Ilse Marquardt",
        ),
        # 'quotes X as saying': the one quoted speaks, not the outlet that quotes him
        (
            'Harbour Radio quotes Emil Strand as saying, "We are not stupid."',
            "Emil Strand",
            "Emil Strand",
        ),
        (
            "Emil Strand was quoted by Harbour Radio as saying of the mayor, "
            '"All eyes are on Ruth Hale now."',
            "Emil Strand",
            "Emil Strand",
        ),
        # an opening phrase naming a newspaper, then the titled speaker between commas
        (
            "In an interview with The Harbour Courier, Dr. Lin Mei Hua, a marine biologist and "
            'Kestrel Bay Aquarium operations officer, stated, "Rays sting when cornered."',
            "Lin Mei Hua",
            "Lin Mei Hua",
        ),
        # two roles of one person joined by "and", and "commented": the name speaks
        (
            "The Straits Herald noted that messages had grown into a movement. "
            "American academic and professor Tom Avery Hill commented, "
            '"Hoping that the movement translates into a national conversation on race."',
            "Tom Avery Hill",
            "Tom Avery Hill",
        ),
        # a role's holder named between commas before the auxiliary, after a bracket
        (
            "The secretary general of CEI (Italian Bishops Conference), Nuno Galvao, has "
            'called the ruling "dangerous".',
            "Nuno Galvao",
            "Nuno Galvao",
        ),
        # 'in the words of' a role whose holder follows between commas
        (
            "Lena Sam denied the charge. By the end, in the words of the Crown prosecutor, "
            'Marco Tedesco, QC, "The child cried for five months."',
            "Marco Tedesco",
            "Marco Tedesco",
        ),
        # a long role subject the parse splits in two: the name beside the verb speaks
        (
            "Senior adviser at the Alder Group and former deputy minister for trade "
            'Ottilie B. Rask wrote in the Courier, "For me, the agenda is clear."',
            "Ottilie B. Rask",
            "Ottilie B. Rask",
        ),
    ],
)
def test_subject_of_the_cue(quotes_of, text: str, speaker: str | None, mention: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
    assert quote.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        '"Prices will rise," a senior trade official said.',
        '"Prices will rise," officials said.',
        '"Prices will rise," said a spokesperson who declined to be named.',
        'One MP told the Gazette, "Prices will rise and nobody here will stop them."',
        'Harbour chief Ana Roe resigned. The Gazette said its source called her "exhausted".',
    ],
)
def test_unnamed_sources_have_no_speaker(quotes_of, text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker is None
    assert quote.mention


def test_split_quote_has_one_speaker(quotes_of) -> None:
    text = '"The first half was poor," Lena Marsh said, "but the second was worse."'
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Lena Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title whose 'of' phrase ends in the holder's name
        (
            'President of Norland Ivo Brandt said, "The quotas stay as they are."',
            "Ivo Brandt",
        ),
        # an organisation's officer in apposition, the organisation parsed as the head
        (
            'Northern Ferry Company chairman Tessa Varn said the timetable was "final".',
            "Tessa Varn",
        ),
    ],
)
def test_office_holders_speak_for_themselves(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_a_colon_frame_prefers_its_verbs_subject_over_a_possessor(quotes_of) -> None:
    text = (
        "Harbour chief Ana Roe spoke at the dock on Friday. In a short speech, she praised "
        'Ivo Brandt\'s long career: "He kept this port alive through the worst years."'
    )
    assert quotes_of(text)[-1].speaker == "Ana Roe"


def test_an_opening_clause_is_not_the_subject_of_the_cue(quotes_of) -> None:
    text = (
        "Chen was found near the entrance, where attempts were made to revive him. He was "
        "taken to Kestrel General Hospital, where he died. While Chen's colleagues declined to "
        "comment to The New Ledger, a staff member at Harbour-View's Rasa Marina Resort & Spa, "
        'who witnessed Chen being taken away by ambulance, stated, "It all happened very '
        'quickly. The ambulance came and quickly left the premises."'
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.mention) == (None, "a staff member")


def test_a_non_finite_cue_takes_the_subject_of_its_clause(quotes_of) -> None:
    text = (
        '"We will cut costs," said deputy minister Olav Strand.\n\n'
        "Senator Maria Cantrell of Kestria had a different view, going so far as to "
        'call the plan "stealing care from patients."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("stealing"))
    assert quote.speaker == "Maria Cantrell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the outlet told is the addressee, even when its programme's name ends in "Report"
        (
            '"The slump is over," Lena Marsh, an economist with the bank, told the Kestria '
            "Broadcasting Corporation's World Money Report.",
            "Lena Marsh",
        ),
        # a firm named after an office holder's "of" is not split into a person
        (
            '"Prices will hold," Piet Varro, chief investment officer of Brennock Investment '
            "Managers, told Reuters. Varro has run the fund's investment team for years.",
            "Piet Varro",
        ),
    ],
)
def test_the_subject_speaks_when_the_object_looks_like_a_source(quotes_of, text, speaker) -> None:
    assert quotes_of(text)[0].speaker == speaker


def test_a_role_subject_with_the_name_and_letters_after_it_in_commas(quotes_of) -> None:
    text = (
        "Councils want more money. Welsh Health Minister, Ewan Tulloch AM, said: "
        '"We gave them more."'
    )
    assert quotes_of(text)[0].speaker == "Ewan Tulloch"


def test_a_participle_after_a_reported_clause_belongs_to_the_reporter(quotes_of) -> None:
    text = (
        "Minister Ivo Brandt spoke on Monday. He denied campaigners had forced the changes, "
        'telling the Courier "there is a recognition that something is wrong".'
    )
    assert quotes_of(text)[-1].speaker == "Ivo Brandt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the paper quotes someone: the one quoted speaks, named or not
        (
            'Ivo Brandt runs Kestrel Motors. "Our money must go into the plant," the Courier '
            "quotes a source close to the firm.",
            None,
        ),
        (
            'Kestrel Motors was sold. "It was the right price," the Courier quoted Ivo Brandt.',
            "Ivo Brandt",
        ),
    ],
)
def test_quoting_someone_makes_them_the_speaker(quotes_of, text: str, speaker) -> None:
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the apposed name carries its own descriptors, and the role is a hyphenated word
        "Another co-author, soil and water engineering professor Julian Marsh, said, "
        '"We have seen this pattern before."',
        'One of the authors, marine biologist Julian Marsh, said: "We have seen this before."',
    ],
)
def test_a_role_subject_with_an_apposed_described_name(quotes_of, text: str) -> None:
    text = "Study out\n\nThe study was led by Ana Roe.\n\n" + text
    assert quotes_of(text)[-1].speaker == "Julian Marsh"


def test_a_name_inside_the_role_of_the_subject_is_not_the_speaker(quotes_of) -> None:
    text = (
        "Actor dies\n\nHe played Night Heron, the hero, in three films. Night Heron "
        "made him a star.\n\nOla Brandt, the director of Night Heron, wrote of him, "
        '"I noticed then that he was an anomaly", recalling their first meeting.'
    )
    assert quotes_of(text)[-1].speaker == "Ola Brandt"


def test_a_role_subject_ending_in_a_full_name_at_the_verb(quotes_of) -> None:
    text = (
        "Sport\n\nThe minister set out the plan. Shadow spokesman for sport Hugh Roberts "
        'said: "I suspect the answer lies elsewhere."'
    )
    assert quotes_of(text)[-1].speaker == "Hugh Roberts"
