"""Indirect speech: the clause a reporting verb governs, with the speaker its subject names.

Each row is invented text -> the expected indirect spans as (span text, speaker). The rule
runs on the real model (``-m model``) because it reads the dependency parse.
"""

from __future__ import annotations

from typing import Any

import pytest

from quotes.attribution import extract_quotations
from quotes.attribution.context import Article
from quotes.attribution.indirect import _checked, _Found
from quotes.attribution.marks import split_paragraphs
from quotes.attribution.types import Kind, Quotation

pytestmark = pytest.mark.model  # the ``nlp`` fixture (real model) is in conftest.py


def indirect(nlp: Any, text: str) -> list[Quotation]:
    return [q for q in extract_quotations(text, nlp=nlp) if q.kind == Kind.INDIRECT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harbour master Odile Fenwright said the ferry would resume sailings on Monday.",
            [("the ferry would resume sailings on Monday", "Odile Fenwright")],
            id="cue-before-said",
        ),
        pytest.param(
            "At a rally, Councillor Ivo Brandt conceded defeat, pointing out he had won 300 "
            'votes fewer than his rival, saying "the count was fair."',
            [("he had won 300 votes fewer than his rival", "Ivo Brandt")],
            id="clause-ends-before-participle-cue",
        ),
        pytest.param(
            "Odile Fenwright, 52, told reporters at the quay that the crossing had been "
            "cancelled because of the storm.",
            [("the crossing had been cancelled because of the storm", "Odile Fenwright")],
            id="told-that",
        ),
        pytest.param(
            "Margaret Ellison has run the bakery for 20 years. She said the flour price had "
            "doubled since spring.",
            [("the flour price had doubled since spring", "Margaret Ellison")],
            id="pronoun",
        ),
        pytest.param(
            "The county will close two libraries next year, the council said on Friday.",
            [("The county will close two libraries next year", None)],
            id="cue-after",
        ),
        pytest.param(
            "Orlan Pharmaceuticals issued a statement on Tuesday. The company said it "
            "would recall 4,000 boxes of the tablets.",
            [("it would recall 4,000 boxes of the tablets", "Orlan Pharmaceuticals")],
            id="organisation-nominal",
        ),
        pytest.param(
            "According to the Brenmoor Water Authority, the reservoir is at its lowest "
            "level since 1976.",
            [
                (
                    "the reservoir is at its lowest level since 1976",
                    "Brenmoor Water Authority",
                )
            ],
            id="according-before",
        ),
        pytest.param(
            "Two climbers were rescued from the ridge overnight, according to mountain "
            "rescue volunteers.",
            [("Two climbers were rescued from the ridge overnight", None)],
            id="according-after-unnamed",
        ),
        pytest.param(
            "A senior official, who was not authorised to speak publicly, said the talks "
            "had stalled over fishing rights.",
            [("the talks had stalled over fishing rights", None)],
            id="unnamed-source",
        ),
        pytest.param(
            'Mayor Bram Etheridge said the plan was "a fig leaf" for cuts.',
            [('the plan was "a fig leaf" for cuts', "Bram Etheridge")],
            id="partial-quote-inside",
        ),
        pytest.param(
            "Mayor Bram Etheridge warned that the bridge would have to close and "
            "that repairs could take a year.",
            [
                (
                    "the bridge would have to close and that repairs could take a year",
                    "Bram Etheridge",
                )
            ],
            id="coordinated-clauses",
        ),
        pytest.param(
            "Mayor Vera Holm said the verdict was wrong but that she respected the court.",
            [("the verdict was wrong", "Vera Holm"), ("she respected the court", "Vera Holm")],
            id="but-that-splits",
        ),
        pytest.param(
            "Pia Sandoval said she had sold the farm, and her neighbours bought the land in May.",
            [("she had sold the farm", "Pia Sandoval")],
            id="writer-clause-cut",
        ),
        pytest.param(
            "The line will reopen on Monday, the Thornbury Rail Company said, and trains will "
            "run every hour.",
            [
                ("The line will reopen on Monday", "Thornbury Rail Company"),
                ("trains will run every hour", "Thornbury Rail Company"),
            ],
            id="cue-in-the-middle",
        ),
        pytest.param(
            "Mayor Hollis Breckenridge said the pool would reopen in June while council member "
            "Dana Oyelowo wrote that the repairs were overdue.",
            [
                ("the pool would reopen in June", "Hollis Breckenridge"),
                ("the repairs were overdue", "Dana Oyelowo"),
            ],
            id="second-report-cut-off",
        ),
        pytest.param(
            "Bruno Vasquez-Lund, 47, told the inquiry he had warned his managers about the "
            "crane in 2021.",
            [("he had warned his managers about the crane in 2021", "Bruno Vasquez-Lund")],
            id="told-without-that",
        ),
        pytest.param(
            "Vera Holm told reporters outside the court building that she would appeal.",
            [("she would appeal", "Vera Holm")],
            id="that-clause-hung-on-a-noun",
        ),
        pytest.param(
            "Ines Marwick, a councillor, pointed out that the depot had flooded twice since 2019.",
            [("the depot had flooded twice since 2019", "Ines Marwick")],
            id="pointed-out",
        ),
        pytest.param(
            "According to a report by the Northfield Health Authority, waiting lists have "
            "doubled since 2020.",
            [("waiting lists have doubled since 2020", "Northfield Health Authority")],
            id="according-to-a-report-by",
        ),
        pytest.param(
            "According to the Harwick Gazette, the mill will close in May; its 200 workers "
            "have been offered jobs elsewhere.",
            [
                (
                    "the mill will close in May; its 200 workers have been offered jobs elsewhere",
                    "Harwick Gazette",
                )
            ],
            id="according-covers-the-sentence",
        ),
        pytest.param(
            'Olek Brandt told the court he had "never seen the money" before March.',
            [('he had "never seen the money" before March', "Olek Brandt")],
            id="partial-quote-in-the-middle",
        ),
    ],
)
def test_indirect_spans(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = indirect(nlp, text)
    assert [(q.text, q.speaker) for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.text
        assert 0.0 < q.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A study by the university found that half of the town's wells were polluted.",
            id="study-found",
        ),
        pytest.param(
            "The data show that the river has warmed by two degrees.",
            id="data-show",
        ),
        pytest.param(
            "The mediator urged both sides to return to the table by Friday.",
            id="urged-infinitive",
        ),
        pytest.param(
            "Reporters asked whether the minister would resign before the election.",
            id="asked-whether",
        ),
        pytest.param(
            "Did the mayor say the budget would be cut?",
            id="question",
        ),
        pytest.param(
            '"The ferry will not sail today," Odile Fenwright said.',
            id="direct-quote-cue-after",
        ),
        pytest.param(
            'Odile Fenwright said: "The ferry will not sail today."',
            id="direct-quote-cue-before",
        ),
        pytest.param(
            "The mayor did not say when the road would reopen.",
            id="negated-question-word",
        ),
        pytest.param(
            "Residents were told the water was safe to drink.",
            id="passive-report",
        ),
        pytest.param(
            "The choir will sing at the cathedral on Sunday evening.",
            id="no-reporting-verb",
        ),
        pytest.param(
            "The van was travelling at 70 mph, according to traffic camera footage.",
            id="according-to-evidence",
        ),
        pytest.param(
            "Saturday was when, according to the organisers, thousands of runners would "
            "cross the bridge.",
            id="according-inside-another-clause",
        ),
        pytest.param(
            "The minister told farmers to register their herds by March.",
            id="told-infinitive",
        ),
        pytest.param(
            "The ferry company denied all claims that the crossing was unsafe.",
            id="content-of-a-claim",
        ),
        pytest.param(
            "Officials are expected to announce whether the school will close.",
            id="announce-whether",
        ),
        pytest.param(
            "The hospital board, which the minister said would be dissolved, met on Tuesday.",
            id="relative-clause",
        ),
        pytest.param(
            "Harbour workers say pay offer is an insult\n\nThe strike began on Monday.",
            id="headline",
        ),
    ],
)
def test_not_indirect(nlp: Any, text: str) -> None:
    assert indirect(nlp, text) == []


def test_indirect_does_not_displace_quotes(nlp: Any) -> None:
    text = (
        'Odile Fenwright said the crossing was closed. "We will reopen when it is safe," she added.'
    )
    found = extract_quotations(text, nlp=nlp)
    kinds = [(q.kind, q.text) for q in found]
    assert (Kind.INDIRECT, "the crossing was closed") in kinds
    assert (Kind.DIRECT, "We will reopen when it is safe,") in kinds
    direct = next(q for q in found if q.kind == Kind.DIRECT)
    assert all(
        q.end <= direct.start - 1 or q.start >= direct.end for q in found if q.kind == "indirect"
    )


def test_indirect_is_less_confident_than_direct(nlp: Any) -> None:
    text = (
        'Odile Fenwright said the crossing was closed. "We will reopen when it is safe," '
        "Fenwright added."
    )
    found = extract_quotations(text, nlp=nlp)
    direct = max(q.confidence for q in found if q.kind == Kind.DIRECT)
    assert all(q.confidence < direct for q in found if q.kind == Kind.INDIRECT)


def test_reported_clause_stays_in_its_verbs_paragraph(nlp: Any) -> None:
    """The model's sentences can join a headline to the next paragraph; a clause found in
    one paragraph for a reporting verb in another is a mis-parse, not reported speech."""
    text = "Ferry timetable agreed at last\n\nThe harbour master announced the change on Monday."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "quotes_attribution":
            doc = proc(doc)
    article = Article(doc, split_paragraphs(text))
    verb = next(t for t in doc if t.text == "announced")
    in_headline = _Found(0, len("Ferry timetable agreed at last"), "after", verb)
    in_paragraph = _Found(text.index("the change"), len(text) - 1, "before", verb)
    kept = _checked(article, [in_headline, in_paragraph], [])
    assert [(f.start, f.end) for f in kept] == [(in_paragraph.start, in_paragraph.end)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # the reporter's words: the verb inside the reported clause does not speak
        (
            "General Ida Morrow, an adviser to the force, apologised for the deaths but also "
            'said that the rebels are using villagers as "human shields."',
            "human shields.",
            "Ida Morrow",
        ),
        # a reporting verb inside the reported clause keeps its own speaker
        (
            'Ruth Hale said that Tomas Riel had called the plan "a disgrace" in private.',
            "a disgrace",
            "Tomas Riel",
        ),
    ],
)
def test_a_partial_quotation_inside_reported_speech(
    quotes_of, text: str, quoted: str, speaker: str
) -> None:
    quote = next(q for q in quotes_of(text) if q.text == quoted)
    assert quote.speaker == speaker
