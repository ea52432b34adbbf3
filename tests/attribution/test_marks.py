"""Quote-mark pairing is pure string work: no model needed."""

from __future__ import annotations

import pytest

from quotes.attribution.marks import find_marked, split_paragraphs, uses_single_marks


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The pier is closed," the harbourmaster said.', ["The pier is closed,"]),
        ("“The pier is closed,” the harbourmaster said.", ["The pier is closed,"]),
        ("«Le port est fermé», a-t-il dit.", ["Le port est fermé"]),
        ("``The pier is closed,'' he said.", ["The pier is closed,"]),
        ('"One," she said, "two."', ["One,", "two."]),
        # only the outer quotation of a nested pair is reported
        ("“He told me, ‘Run,’ and I ran,” she said.", ["He told me, ‘Run,’ and I ran,"]),
        # apostrophes are never marks
        ("The council’s plan isn’t new, and the ’90s showed it.", []),
        ("Nothing here: don't, can't, the players' union.", []),
    ],
)
def test_pairs_marks(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British single marks as primary marks, with apostrophes around them
        (
            "‘We won’t move,’ said the tenant. ‘Not for them.’ The landlord’s reply came later.",
            ["We won’t move,", "Not for them."],
        ),
        ("'It's over,' the captain said. 'We go again.'", ["It's over,", "We go again."]),
        # a plural possessive does not close a single-mark quotation
        (
            "‘The members’ vote is final,’ she said. ‘It binds us.’",
            ["The members’ vote is final,", "It binds us."],
        ),
    ],
)
def test_single_primary_marks(text: str, expected: list[str]) -> None:
    assert uses_single_marks(text)
    assert spans(text) == expected


def test_single_marks_count_in_headlines_of_double_mark_articles() -> None:
    text = "Mayor calls budget 'a disgrace'\n\nThe mayor said \"it is a disgrace\" on Monday."
    assert spans(text) == ["a disgrace", "it is a disgrace"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a writer's slip into single marks for a short phrase counts
        (
            'He said "we are ready" and the \'new\' plan, he added, was "fine."',
            ["we are ready", "new", "fine."],
        ),
        # plural possessives are not a pair
        ("It was the pilots' call, not the owners', she said: \"We agreed.\"", ["We agreed."]),
        # a long or sentence-crossing single-marked stretch is left alone
        ("He wrote 'the plan was late. It was also far over the budget' and \"left\".", ["left"]),
    ],
)
def test_single_marks_in_body_of_double_mark_article(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "closed"),
    [
        # an unclosed mark runs to its paragraph's end, never beyond
        (
            'He said "this never ends.\n\nThe next paragraph is prose.',
            ["this never ends."],
            [False],
        ),
        # each continuing paragraph reopens; the last one closes
        (
            '"First part of the speech.\n\n"Second part," she said.',
            ["First part of the speech.", "Second part,"],
            [False, True],
        ),
        # paragraphs joined into one line: a mark reopening after a full stop ends the
        # open quotation there, for straight and curly marks alike
        (
            'Orla Teague said: "We trained hard. "It paid off in the end."',
            ["We trained hard.", "It paid off in the end."],
            [False, True],
        ),
        (
            "“We trained hard. “It paid off,” she said. “Now we rest.”",
            ["We trained hard.", "It paid off,", "Now we rest."],
            [False, True, True],
        ),
    ],
)
def test_unclosed_marks_stop_at_paragraph_end(
    text: str, expected: list[str], closed: list[bool]
) -> None:
    found = find_marked(text)
    assert [text[m.start : m.end] for m in found] == expected
    assert [m.closed for m in found] == closed


@pytest.mark.parametrize(
    "text", ["", "   ", '"', "“", "”", "«»", '""', "''", "\"\"\"'''", "‘’‘", '\x00"\x1f']
)
def test_stray_marks_never_fail(text: str) -> None:
    for m in find_marked(text):
        assert 0 <= m.start <= m.end <= len(text)


def test_split_paragraphs_offsets() -> None:
    text = "  Title\n\nFirst line.\nSecond line.\n\n\n  Last.  "
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == [
        "Title",
        "First line.",
        "Second line.",
        "Last.",
    ]
    assert [p.index for p in paragraphs] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # web pages set pull quotes in padded marks on a line of their own
        (
            'The vote went ahead.\n" We will not give up the harbour "\nTova Lind\nHarbour trust',
            [" We will not give up the harbour "],
        ),
        # a padded mark inside a line is still no opener
        ('He wrote " no " twice and left.', []),
    ],
)
def test_padded_marks_around_a_whole_paragraph(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scraped pages sometimes lose the break between paragraphs altogether
        (
            'She said, "Protect people first. Then trees?"The group grew. "Now," he said.',
            ["Protect people first. Then trees?", "Now,"],
        ),
        (
            'Lund told radio, "Wars start when wells run dry.""Calm waters," the panel said.',
            ["Wars start when wells run dry.", "Calm waters,"],
        ),
    ],
)
def test_quotations_joined_to_the_next_paragraph(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
