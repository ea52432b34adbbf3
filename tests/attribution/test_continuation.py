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


def test_pronoun_subject_of_the_quotations_sentence(quotes_of) -> None:
    """The he/she of the quotation's own sentence is resolved like a pronoun cue, so a
    company named as a subordinate subject before it cannot take the quotation."""
    text = (
        "Officers established that the Corvane had left the depot and questioned Ilse "
        "Marrow about it. She informed officers she was a diplomat, but \u201cthat she would "
        "stay in the area for now\u201d."
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Ilse Marrow"
    assert "pronoun" in quote.evidence  # the context rule, or the 'informed' cue's subject


def test_answered_question_returns_the_turn_to_the_asker(quotes_of) -> None:
    text = (
        "Senator Ilona Varga questioned the harbour master, Piet Claassen, about the "
        "dredging contract.\n\n"
        '"Did you sign the contract?" Varga asked.\n\n'
        '"I signed the first page," Claassen replied.\n\n'
        '"The first page." The room fell silent.'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Ilona Varga", "Piet Claassen", "Ilona Varga"]
    assert quotes[-1].evidence == "continuation:exchange"


def test_answer_without_a_question_continues_the_answerer(quotes_of) -> None:
    text = (
        '"We signed the contract in May," Varga said.\n\n'
        '"I signed the first page," Claassen said.\n\n'
        '"The rest came later." The room fell silent.'
    )
    quotes = quotes_of(text)
    assert quotes[-1].speaker == "Claassen"


def test_pronoun_subject_earlier_in_the_paragraph(quotes_of) -> None:
    text = (
        "Mayor Ana Ruiz won a second term on Tuesday, beating Tom Bell.\n\n"
        'She thanked the crowd. "You made this happen."'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Ana Ruiz"
    assert quote.evidence.startswith("context:subject:pronoun")  # ":gender" from "Ana"


def test_a_subject_inside_an_aside_does_not_take_the_quotation(quotes_of) -> None:
    text = (
        "Council leader Tessa Varn spoke on the matter \u2014 which the Gazette noted was a "
        'first for a leader \u2014 "We will not sell the harbour, whatever it costs us."'
    )
    assert quotes_of(text)[-1].speaker == "Tessa Varn"


def test_a_sentence_led_by_someone_else_hands_them_the_floor(quotes_of) -> None:
    text = (
        "The debate\n\nMr. Brandt said his rival was proposing budget cuts. He said "
        '"I will not cut our army by a trillion." Ms. Okafor accused Mr. Brandt of not '
        'understanding modern defence. "You mention the navy. Well, Governor, we also have '
        'fewer horses."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("You mention"))
    assert quote.speaker == "Okafor"


def test_a_sentence_between_quotations_after_a_closed_full_quotation_hands_over(
    quotes_of,
) -> None:
    text = (
        'In a statement Judge Ivo Brandt said: "The guidelines are clear. "Judges will '
        'follow them." Director of Public Prosecutions, Ana Roe QC, who sits on the council, '
        'said the rule was set by parliament. "What the guideline does is bring clarity."'
    )
    assert quotes_of(text)[-1].speaker == "Ana Roe"
