"""Reporting cues: the cue before, after or inside a quotation names the speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"The bridge will reopen in May," Harriet Okafor said.', "said", "Harriet Okafor"),
        ('"The bridge will reopen in May," said Harriet Okafor.', "said", "Harriet Okafor"),
        (
            'Harriet Okafor told reporters: "The bridge will reopen in May."',
            "told",
            "Harriet Okafor",
        ),
        ('Harriet Okafor wrote on X: "The bridge will reopen in May."', "wrote", "Harriet Okafor"),
        ('Harriet Okafor tweeted "The bridge will reopen in May."', "tweeted", "Harriet Okafor"),
        (
            'The bridge is "safe to use," according to Harriet Okafor, the county engineer.',
            "according to",
            "Harriet Okafor",
        ),
        ('"The bridge will reopen in May." — Harriet Okafor', "\u2014", "Harriet Okafor"),
    ],
)
def test_cue_positions(quotes_of, text: str, cue: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.cue == cue
    assert quote.speaker == speaker


def test_the_nearest_name_is_not_the_speaker(quotes_of) -> None:
    text = '"I have asked Tomas Berg to resign," Ingrid Solheim told the council, turning to Berg.'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ingrid Solheim"


def test_a_full_stop_inside_the_marks_ends_the_sentence(quotes_of) -> None:
    text = (
        'Paul Ferris opened the meeting. "We start on time." Greta Lund said the agenda was long.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Paul Ferris"
    assert quote.evidence.startswith("context")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '10:05 p.m. \u2014 "We know this river"\n\n'
            "Our reporter met a couple on Mill Lane.\n\n"
            '"We know this river. It has come up before," said Tomasz Berrigan, 70.',
            "Tomasz Berrigan",
        ),
        (
            "Dock workers walk out over 'reckless' rota\n\n"
            'Ines Paredo, the union secretary, called the new rota "reckless" on Monday.',
            "Ines Paredo",
        ),
    ],
)
def test_a_headline_quotation_borrows_the_cue_of_the_story(
    quotes_of, text: str, speaker: str
) -> None:
    headline, body = quotes_of(text)
    assert headline.speaker == body.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Crowds fail to 'flood' the pier\n\n"
        'Organiser Remy Vance says his page, "Flood the Pier Tonight", was a joke.',
        # the words are a name in the story too
        '"Small Hours" Wins Over Festival Crowd\n\n'
        'Her new film "Small Hours" opens on Friday, the studio said.',
        "Museum to return 'Salt Gate' to island\n\n"
        '"The Salt Gate is not an artwork to us," the island council said.',
    ],
)
def test_a_headline_name_does_not_echo_speech(quotes_of, text: str) -> None:
    assert [q.text for q in quotes_of(text) if q.start < text.index("\n")] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Bakery to close\n\nMara Lind, whose bakery closes next week, was said by "
            'neighbours to be "heartbroken but proud".',
            "said by",
            None,
        ),
        (
            'Plan criticised\n\nThe plan was described as "a rushed mess" by Councillor Ade Bello.',
            "described by",
            "Ade Bello",
        ),
        (
            'Plan criticised\n\nThe plan was described by Ade Bello as "a rushed mess".',
            "described by",
            "Ade Bello",
        ),
    ],
)
def test_a_passive_reporting_verb_speaks_for_its_agent(
    quotes_of, text: str, cue: str, speaker: str | None
) -> None:
    (quote,) = quotes_of(text)
    assert quote.cue == cue
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Council row\n\nThe clerk then read aloud a letter that Nora Vale sent to the "
            'council in May: "I will not be silenced."',
            "Nora Vale",
        ),
        (
            "Council row\n\nNora Vale read a statement outside the court: "
            '"I will not be silenced."',
            "Nora Vale",
        ),
    ],
)
def test_a_reader_is_not_the_author(quotes_of, text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


def test_an_inverted_read_makes_the_document_the_speaker(quotes_of) -> None:
    text = (
        "Press freedom\n\nIn a release put out on Friday, the Open Press Trust condemned the "
        'arrests. "It is shocking that reporters are being held for doing their jobs," '
        "read the statement."
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("It is shocking"))
    assert (quote.cue, quote.speaker) == ("read", "Open Press Trust")


def test_a_colon_frame_names_its_source_with_from(quotes_of) -> None:
    text = (
        "Committee report\n\nCommittee chairwoman Rosa Iqbal opened the session at nine.\n\n"
        'And from the chairwoman, a final warning: "Next time, bring receipts."'
    )
    (quote,) = quotes_of(text)
    assert quote.cue == "from"
    assert quote.speaker == "Rosa Iqbal"


def test_inform_is_a_reporting_verb(quotes_of) -> None:
    text = (
        "Diplomat leaves\n\nThe attaché Mira Sollen was questioned on Monday. She informed "
        'officers she had immunity, but "that she had no plans to leave the country".'
    )
    (quote,) = quotes_of(text)
    assert quote.cue == "informed"
    assert quote.speaker == "Mira Sollen"


@pytest.mark.parametrize(
    "topic",
    ["On Tessa Varn:", "On the second half:", "Asked about the referee:"],
)
def test_a_topic_line_is_not_a_speaker(quotes_of, topic: str) -> None:
    """Press-conference write-ups put the subject of each answer on a line of its own; a
    person named there is talked about, not speaking."""
    text = (
        "Post-match notes\n\nCoach Ivo Brandt spoke after the game.\n\n"
        f'{topic}\n"She ran all night and never once complained."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker != "Tessa Varn"
    assert quote.cue is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Harbour master Odile Fenwright dismissed the survey as "guesswork".', "Odile Fenwright"),
        ('Councillor Ivo Brandt branded the toll plan "daylight robbery" on Monday.', "Ivo Brandt"),
        ('Mayor Tessa Varn hailed the new ferry as "a lifeline for the islands".', "Tessa Varn"),
    ],
)
def test_a_judging_verb_governs_its_partial_quotation(quotes_of, text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.kind == "partial"
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # 'add' with a noun object adds a thing; a participle used as an adjective reports nothing
        'The board wants to add the line, "Members must live in the parish.", to its rules.',
        'The club gave its stated reason, "Falling numbers in the junior section.", on Monday.',
    ],
)
def test_verbs_that_do_not_report(quotes_of, text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.cue is None


@pytest.mark.parametrize("verb", ["recounted", "mused", "lamented", "wondered", "demanded"])
def test_more_reporting_verbs(quotes_of, verb: str) -> None:
    (quote,) = quotes_of(f'"We ran for the boats when the siren went," Ana Roe {verb}.')
    assert quote.cue == verb
    assert quote.speaker == "Ana Roe"


def test_a_cue_after_a_long_speaker_phrase(quotes_of) -> None:
    text = (
        '"We will mend the nets before the spring run," Ana Roe of the northern harbour '
        "district historic fishing preservation office told the meeting."
    )
    (quote,) = quotes_of(text)
    assert quote.cue == "told"


def test_an_as_complement_names_who_characterises(quotes_of) -> None:
    text = 'The panel criticised the ruling, which Ivo Brandt has referred to as "a fantasy".'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ivo Brandt"


def test_a_judging_verb_above_an_as_complement_is_the_cue(quotes_of) -> None:
    text = (
        'The minister said she left "with her head held high", but MP Ivo Brandt branded the '
        'way her office operated as "scandalous".'
    )
    assert quotes_of(text)[-1].speaker == "Ivo Brandt"


def test_a_verb_in_a_dashed_aside_is_not_the_cue(quotes_of) -> None:
    text = (
        "Council leader Tessa Varn spoke at the end of the debate \u2014 which the Gazette "
        'noted was a first for a leader \u2014 "We will not sell the harbour."'
    )
    (quote,) = quotes_of(text)
    assert quote.cue != "noted"


def test_claiming_a_thing_is_not_saying(quotes_of) -> None:
    text = (
        "Ilse Marquardt, the envoy, spoke in Geneva. She said Norvia had claimed the "
        'island "as an act of force" and called for talks.'
    )
    quote = next(q for q in quotes_of(text) if q.text == "as an act of force")
    assert (quote.cue, quote.speaker) == ("said", "Ilse Marquardt")


def test_a_quotation_joined_to_the_one_before_shares_its_cue(quotes_of) -> None:
    text = (
        "Thousands marched through Velden on Saturday.\n\nAt the rally, students and nurses "
        'chanted "Fund our wards!" and "No more cuts!" before mayor Ruth Hale said the city '
        "was listening."
    )
    quotes = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert [(q.text, q.cue, q.speaker) for q in quotes] == [
        ("Fund our wards!", "chanted", None),
        ("No more cuts!", "chanted", None),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Crops suffer in the heat.\n\nThe Kestrian Department of Agriculture notes, "
            '"Ground-level ozone harms plants more than any other pollutant."',
            "notes",
            "Kestrian Department of Agriculture",
        ),
        (
            "Kestrel Web's recent analysis of its own traffic concluded, \"Usually the "
            'browser is second, but this month it has been third."',
            "concluded",
            "Kestrel Web",
        ),
    ],
)
def test_a_verb_the_tagger_took_for_a_noun_and_an_analysis(
    quotes_of, text: str, cue: str, speaker: str
) -> None:
    (quote,) = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert (quote.cue, quote.speaker) == (cue, speaker)


def test_a_trap_before_the_quotation_does_not_cut_its_frame(quotes_of) -> None:
    text = (
        "The vote is over.\n\nCelebrating the result, Dora Lindqvist, leader of the pro-union "
        'Stronger Together campaign, addressing "No" campaign workers said "You represent '
        'the majority and your voices have been heard."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("You represent"))
    assert quote.speaker == "Dora Lindqvist"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Chancellor Ivo Brandt spoke of the party\'s "shared purpose" at the launch.', "spoke"),
        ('Ivo Brandt, speaking of a "positive campaign", unveiled the posters.', "speaking"),
        ('Ivo Brandt talked about a "manifesto for every family" on Monday.', "talked"),
    ],
)
def test_speaking_of_or_about_quoted_words_is_a_cue(quotes_of, text: str, cue: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == ("Ivo Brandt", cue)


def test_accusing_someone_of_quoted_words_is_the_accusers_cue(quotes_of) -> None:
    text = 'Tory leader Ivo Brandt accused the minister of being "terrified" of scrutiny.'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ivo Brandt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no comma before the closing mark: the parser makes the cue an adjective of the name
        (
            "Ferry sinks\n\nA boat sank near the pier on Sunday and all were rescued.\n\n"
            '"I am in awe of the crews who kept every passenger safe" tweeted Mayor '
            "Ilse Varga on Monday.",
            "Ilse Varga",
        ),
        # a reporting verb right before the mark governs the quotation, not a verb after it
        (
            '"The wells are sacred," said the surveyor Carl Lindqvist. He went on to add '
            '"The exceptions all have caves nearby," referring to old maps, and that some '
            "records suggest more wells.",
            "Carl Lindqvist",
        ),
    ],
)
def test_cues_around_a_quotation_without_punctuation(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_a_quoted_adverb_belongs_to_the_reporting_verb_above(quotes_of) -> None:
    text = (
        'Row\n\nMr Brandt had received advice. The Greens said he had "cleverly" not '
        "asked about paid work."
    )
    assert quotes_of(text)[-1].speaker == "Greens"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the writer quotes the verb of the sentence: its subject used those words
        ('A Green spokesman "totally refuted" any wrongdoing.', None),
        ('Ms Roe "strongly condemned" the attack.', "Roe"),
    ],
)
def test_a_quoted_predicate_belongs_to_its_subject(quotes_of, sentence, speaker) -> None:
    text = "Row\n\nThe Greens said Mr Brandt had asked about paid work. " + sentence
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ('In his opinion, "we are reviving an old idea."', "Allan Wagner", "in his opinion"),
        ('In Ms Roe\'s view, "it is too late."', "Roe", "in Ms Roe's view"),
    ],
)
def test_in_someones_opinion_is_a_cue(quotes_of, paragraph, speaker, cue) -> None:
    text = "Summit\n\nAllan Wagner met Ms Roe on Monday.\n\n" + paragraph
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_reporting_participle_governs_its_quotation(quotes_of) -> None:
    text = (
        "Policy\n\nThere is a different tone, with Mr Brandt stressing politicians should "
        'not "foment a false debate" about migration.'
    )
    assert quotes_of(text)[-1].speaker == "Brandt"
