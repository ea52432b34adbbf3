"""Pronoun resolution: gender evidence, subject salience and recency."""

from __future__ import annotations

import pytest

from quotes.attribution import extract_quotations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ruth Adeyemi met Councillor Piotr Nowak on Monday. Ms. Adeyemi later "
            'spoke to reporters.\n\n"We agreed on nothing," she said.',
            "Ruth Adeyemi",
        ),
        (
            "Mayor Ruth Adeyemi met Councillor Piotr Nowak on Monday. Mr. Nowak left early."
            '\n\n"We agreed on nothing," he said.',
            "Piotr Nowak",
        ),
        (
            "Sara Lindqvist, the club's captain, broke Oskar Berg's scoring record on Sunday."
            ' "It was a good day," she said.',
            "Sara Lindqvist",
        ),
        (
            "Tomas Reyes lost the vote to Henrik Aalto on Tuesday. Mr. Aalto said he would "
            "govern for everyone.\n\nReyes, sitting at the back of the hall, shook his head."
            ' "We will be back," he said.',
            "Tomas Reyes",
        ),
        (
            "Mr. Brandt said the delays were regrettable and called them \u201ca lesson.\u201d"
            "\n\nOkafor was not satisfied. \u201cI want dates, not lessons,\u201d he said.",
            "Okafor",
        ),
        (
            "Mr. Otto Voss, the gallery's director, announced the sale on Friday."
            "\n\nThe sale was praised by Dr. Ilya Brenner, a "
            'collector who has followed the gallery for years. "It was overdue," he said.',
            "Ilya Brenner",
        ),
        (
            "Nina Okafor won the title on Sunday. Her trainer, Tom Ruiz, a former boxer who "
            "has worked with her since she was 14, watched the last round from the corner."
            '\n\n"We planned every step," he said.',
            "Tom Ruiz",
        ),
    ],
)
def test_pronoun_cues(quotes_of, text: str, speaker: str) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker
    assert quote.evidence.startswith("cue-after:pronoun")


def test_gender_evidence_overrides_recency(quotes_of) -> None:
    text = (
        "Agnes Moreau, the firm's chairwoman, spoke after the vote. Her deputy, Karl Jansen, "
        'stayed silent.\n\n"This is the right deal," she said.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Agnes Moreau"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The decision will be studied elsewhere. Councilwoman Ana Ruiz of nearby Elm Park, "
            "where a similar ban is under discussion, said her council would vote next month. "
            '"We were waiting for this," she said.',
            "Ana Ruiz",
        ),
    ],
)
def test_named_lead_in_subject_outranks_an_unnamed_phrase(
    quotes_of, text: str, speaker: str
) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.endswith(speaker)


LATER = "\n\n{other}, who is playing her first season with a new coach, said she would rest."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Brenner edges Castellan to claim Harwick title\n\nIngrid Brenner saved two set "
            "points before beating second seed Tove Castellan 7-6, 6-4 on Sunday to claim the "
            'Harwick Open.\n\n"I still cannot believe it," she said.'
            + LATER.format(other="Castellan"),
            "Ingrid Brenner",
        ),
        (
            "Mila Petrova beat top seed Dana Kirov in three sets on Saturday."
            '\n\n"My legs were gone by the end," she said.' + LATER.format(other="Kirov"),
            "Mila Petrova",
        ),
    ],
)
def test_previous_subject_outranks_a_later_object(quotes_of, text: str, speaker: str) -> None:
    """Within one sentence the subject, not the last name written, is the antecedent (even
    when the other person's gender is known and a headline runs into the paragraph)."""
    quote = quotes_of(text)[0]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The panel's chairwoman, Mayor Helen Marsh, was unmoved. "
            '"Families waited for months," she said.\n\nEarlier, the panel heard from Ruth '
            "Galloway, whose elderly father waited nine hours for an ambulance in his kitchen. "
            '"He kept apologising for the fuss," she said.',
            "Ruth Galloway",
        ),
    ],
)
def test_person_introduced_by_the_lead_in_is_the_speaker(
    quotes_of, text: str, speaker: str
) -> None:
    """A lead-in sentence about the one person it names, though not as its subject."""
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


def test_a_possessor_in_the_lead_in_is_not_introduced(quotes_of) -> None:
    text = (
        "Mayor Helen Marsh said the inquiry would be fair.\n\nThe panel examined Ruth "
        'Galloway\'s record on Tuesday. "It is spotless," she said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Helen Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Helen Marsh called the delay unacceptable. "
            '"Families waited for months," she said.\n\nShe later thanked Ruth Galloway, '
            'who had waited nine hours for an ambulance. "I will not forget it," she said.',
            "Helen Marsh",
        ),
    ],
)
def test_pronoun_subject_of_the_lead_in_keeps_its_referent(
    quotes_of, text: str, speaker: str
) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


def test_name_in_an_unnamed_sources_reported_clause_does_not_take_the_pronoun(quotes_of) -> None:
    text = (
        "Tobias Grell faced calls to quit on Monday.\n\nA club spokeswoman, who declined to be "
        "named, said after the meeting that Grell had no plans to resign. "
        '"He is staying to finish the job," she said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker is None
    assert quote.evidence == "cue-after:pronoun:unnamed"


def test_a_name_after_the_never_takes_he_or_she(quotes_of) -> None:
    text = (
        "Officers established that the Corvane had left the depot and questioned Ilse "
        'Marrow about it. She said: "I was never near the depot."'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Ilse Marrow"


def test_pronoun_after_a_subject_tied_to_another_person_is_no_gender_evidence(
    quotes_of,
) -> None:
    """'Ilse Brandt, his press secretary, said he ...': the 'he' is the other man's."""
    text = (
        "Former mayor Anton Keller died on Sunday. He was 88.\n\nMayor Ruth Okafor said the "
        "flags would fly at half-staff.\n\nIlse Brandt, his press secretary for six years, "
        'said he had never missed a council meeting. "He came in with a fever once," she said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Ilse Brandt"


def test_subject_of_a_reported_clause_is_not_the_reporter(quotes_of) -> None:
    """'Brisk said Mr. Hollis had refused ... and asked ...': Brisk's words, not Hollis's."""
    text = (
        "Arno Hollis, the jazz pianist, died on Friday at 91.\n\nYounger players often "
        "sought him out. The cellist Piet Brisk, who studied with him as a boy, said Mr. "
        "Hollis had refused payment for lessons and instead asked each pupil to learn one "
        'song. "Mine took a year," he said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Piet Brisk"
    assert quote.evidence == "cue-after:pronoun"  # not a close call


def test_definite_description_subject_is_a_mention_of_its_person(quotes_of) -> None:
    """'The 58-year-old prime minister' names Lindqvist ('Prime Minister Ada Lindqvist,
    58,') though her name is four paragraphs back."""
    text = (
        "Prime Minister Ada Lindqvist, 58, said she would not resign after losing a "
        "confidence vote on Tuesday.\n\nThe vote was 88 to 71.\n\nParliament will be "
        "dissolved next week.\n\nOpposition leader Tomas Berg said the result was a verdict "
        'on the budget. "The country has spoken," Berg said.\n\nThe 58-year-old prime '
        "minister had staked her career on the budget. In a speech before the vote she said "
        'the country could not wait "another decade."'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Ada Lindqvist"


def test_untagged_lead_in_subject_fits_a_known_person(nlp) -> None:
    """When the model misses a surname heading the lead-in ("Verona, who also promotes the
    champion, laughed"), a subject that fits a person named earlier is still theirs."""
    from quotes.attribution import coreference, pipeline
    from quotes.attribution.context import Article
    from quotes.attribution.marks import split_paragraphs

    text = (
        "Promoter Lina Verona, whose company is staging the fight, said tickets had sold out."
        "\n\nThe challenger's trainer, Ivo Brandt, said the fighter was ready.\n\nVerona, who "
        "also promotes the champion, laughed off the suggestion. "
        '"Nobody told the men he knocked out," she said.'
    )
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline:
        if _name != "quotes_attribution":
            doc = proc(doc)
    article = Article(doc, split_paragraphs(text))
    for step in pipeline.STEPS[:5]:
        step(article)
    lead_in = text.rindex("Verona, who")
    article.mentions = [m for m in article.mentions if m.start != lead_in]  # the miss
    at = text.index("she said")
    pronoun = doc[article.token_at(at)]
    speaker, _candidates, _how = coreference.resolve(article, pronoun, at, [])
    assert speaker is not None and speaker.endswith("Lina Verona")


def test_a_sentence_opening_pronoun_gives_the_previous_subjects_gender(quotes_of) -> None:
    """'Petrova came through qualifying. She will rise ...': Petrova is a she, so a later
    'he said' goes to the other player."""
    text = (
        "Mila Petrova came through qualifying on Monday. She will rise 40 places in the "
        "rankings.\n\nPetrova beat Dana Kirov in the final on Sunday.\n\n"
        '"I was unlucky with the wind," he said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Dana Kirov"


EXCHANGE = (
    "Senator Ilona Varga questioned the harbour master, Piet Claassen, about the dredging "
    'contract.\n\n"Did you sign the contract?" Varga asked.\n\n"I signed the first page," '
    'Claassen replied.\n\n"The first page," she {verb}.'
)


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [("said, shaking her head", "Ilona Varga"), ("added", "Piet Claassen")],
)
def test_turn_after_an_answered_question_returns_to_the_asker(
    quotes_of, verb: str, speaker: str
) -> None:
    """A pronoun turn opening the paragraph after a bare question-and-answer exchange is
    the asker's, unless 'added' says the answerer goes on."""
    quote = quotes_of(EXCHANGE.format(verb=verb))[-1]
    assert quote.speaker == speaker


def test_surname_read_as_a_noun_is_still_the_lead_in_subject(quotes_of) -> None:
    """The model reads 'Graves' opening a sentence as a common noun; it fits Paul Graves."""
    text = (
        "Senator Rosa Tanaka grilled Paul Graves, the airline's chief executive, for two "
        'hours. Graves apologised twice. "We let people down," he said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Paul Graves"


def test_unnamed_person_inside_a_reported_clause_is_not_the_pronoun(quotes_of) -> None:
    """'Ortega said a bus driver had ...': the driver is what Ortega reported; 'she' is
    still Ortega."""
    text = (
        "Fire Chief Lena Ortega said a bus driver had smelled smoke an hour before the fire. "
        'She added: "The crews saved the building."'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Lena Ortega"


def test_previous_sentence_subject_leads_into_a_pronoun_without_a_quotation(
    quotes_of,
) -> None:
    """'Reyes did not attend. In a letter, he wrote: ...': the sentence before the
    pronoun's own is its lead-in, over the previous paragraph's speaker."""
    text = (
        "Council member Rita Vance, who chairs the safety committee, said the cuts would "
        'hurt the east side. "We will pay for this," Vance said.\n\nFire Chief Omar Reyes '
        'did not attend the meeting. In a letter released on Monday, he wrote: "Response '
        'times will rise."'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Omar Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # a group of named people: 'they' is the group, not its last-named member
            "Trade minister Oskar Pellin and his counterparts, Mira Halvas and Teo Brunn, "
            "met in Varno on Tuesday. The Dellish envoy, Ansel Korrin, joined them as an "
            'observer.\n\nThey said the tariff pact was "dead on arrival".',
            None,
        ),
        (
            # an organisation the text only mentions in passing is not 'they' either
            "Residents of Orlam protested outside the offices of Brellco Holdings on Friday. "
            'They called the new rents "a scandal".',
            None,
        ),
        (
            # an organisation that is the subject can be 'they'
            "Brellco Holdings raised the rents in Orlam on Friday. In a statement, they "
            'called the rise "modest and overdue".',
            "Brellco Holdings",
        ),
    ],
)
def test_they_is_a_group_never_one_named_person(quotes_of, text: str, speaker: str | None) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


def test_one_picked_out_of_a_group_is_an_unnamed_introduction(quotes_of) -> None:
    """'One of the tenants ... She said ...': the tenant introduced after the named
    officials is the pronoun's referent, unnamed."""
    text = (
        'Housing officer Wren Calloway said the flats were "fit for nobody." Landlord '
        'Petra Osk called the claims "exaggerated."\n\nOne of the tenants agreed to give '
        'evidence in person. She said she wanted others to know "the damp is not normal".'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker is None
    assert "unnamed" in quote.evidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Brellco Holdings said on Monday that profits rose. Several of its shareholders "
            'said they were surprised. "Nobody saw this coming," they said.',
            None,
        ),
        (
            "The Orlam Tenants Union called a rent strike on Friday. Residents of the Varn "
            'estate told reporters the lifts had failed again. "We want answers," they said.',
            None,
        ),
        (
            # the group leads straight into the quoted words
            "Brellco Holdings raised the rents in Orlam on Friday. Residents of the Varn "
            'estate gathered outside its offices. "We want answers," they said.',
            None,
        ),
        (
            # only people report: a plural subject that is a thing is no group of speakers
            "According to Brellco Holdings, rents in Orlam will rise by 4 percent. In a "
            'statement, they said the rise was "modest and overdue".',
            "Brellco Holdings",
        ),
        (
            # the group came first: the organisation named after it is 'they'
            "Analysts had expected a loss. Brellco Holdings said on Monday that profits "
            'rose. "We are confident," they said.',
            "Brellco Holdings",
        ),
    ],
)
def test_they_after_an_unnamed_group_subject_is_that_group(
    quotes_of, text: str, speaker: str | None
) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


def test_role_holder_the_model_tagged_as_an_organisation_takes_he_or_she(quotes_of) -> None:
    """'a ... spokesperson, Corin Valdes, indicated ...: "...," he said': a name in
    apposition to a role noun is a person even when the model tagged it ORG."""
    text = (
        "The Dellish parliament voted to expel the trade mission. The Courier reported "
        "Prime Minister Adil Varek, the caretaker leader, backed the vote.\n\nFollowing the "
        "vote, a Dellish Ministry of Trade spokesperson, Corin Valdes, indicated the "
        'government was disappointed by the decision: "While we await clarification," he '
        'said, "we urge leaders to reconsider."'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes[-2:]] == ["Corin Valdes", "Corin Valdes"]


def test_titled_name_the_model_tagged_as_an_organisation_takes_he_or_she(nlp) -> None:
    """'Border Patrol Sgt. Ulla Maren said ... She said ...': a name after a rank or
    honorific is a person even when the model tagged it ORG."""
    text = (
        "A landslide closed the Varn Pass road on Monday.\n\nBorder Patrol Sgt. Ulla Maren "
        "said a bus driver had reported falling rocks an hour before the slide. She said "
        "the early warning almost certainly prevented injuries."
    )
    found = extract_quotations(text, nlp=nlp)
    last = [q for q in found if q.kind == "indirect"][-1]
    assert last.speaker == "Ulla Maren"


def test_organisation_subject_of_the_lead_in_is_they(quotes_of) -> None:
    """'The Orlam Tenants Union was founded in 1998. They called ...': the lead-in's
    organisation subject outranks an organisation that spoke a paragraph before."""
    text = (
        "According to Brellco Holdings, rents in Orlam will rise by 4 percent. In a "
        'statement, they said the rise was "modest and overdue".\n\nThe Orlam Tenants '
        'Union was founded in 1998. They called the rise "a scandal" on Friday.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Orlam Tenants Union"


def test_a_pronoun_in_a_clause_another_person_reports_is_no_gender_evidence(nlp) -> None:
    from quotes.attribution import pipeline
    from quotes.attribution.context import Article
    from quotes.attribution.marks import split_paragraphs

    text = (
        "Kestrel Rovers have signed striker Anders Lund from Brevik on a three-year deal.\n\n"
        'Manager Petra Vance said Lund would "add pace" to her side.'
    )
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline:
        if _name != "quotes_attribution":
            doc = proc(doc)
    article = Article(doc, split_paragraphs(text))
    for step in pipeline.STEPS[:4]:
        step(article)
    assert article.gender.get("Anders Lund") != "f"


def test_a_person_who_takes_the_floor_is_he(quotes_of) -> None:
    text = (
        "Verdicts in the Kestria trial\n\nThe Kestrian Armed Forces lost the war in 1991.\n\n"
        "Former defence minister Tomas Vell was also sentenced to death. He insisted he was "
        'innocent as he left the courtroom, saying "I leave you to God. I am innocent."\n\n'
        "Former deputy director of operations for the Kestrian Armed Forces Ivo Marek Brandt "
        "was the third to be sentenced to death. He interrupted the judge during the reading "
        'of the verdict. He is reported to have said "Long live the army."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Long live"))
    assert quote.speaker == "Ivo Marek Brandt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a usual first name is gender evidence, and it outweighs a "she" that a man's
        # clause says about the athlete he coaches
        (
            "Coach Hugh Pellow says she must not lose faith. Fellow runner Liz Arkwright "
            'agrees. "She can win," said Arkwright. Pellow also points to the weather. '
            '"The heat beat her," he said.',
            "Hugh Pellow",
        ),
        # a title inside the mention itself ("Ms Orme") is gender evidence too
        (
            "Federation chairman Jan Orme criticised the plan, and the Home Office defended "
            'it. "Officers must be safe," she said. Ms Orme will meet ministers.',
            "Jan Orme",
        ),
    ],
)
def test_gender_from_first_names_and_titles(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_an_outlet_led_by_an_acronym_never_takes_he_or_she(quotes_of) -> None:
    text = (
        'Hamish Boyd, her trainer, told KBC Sport: "She is ready." '
        'Boyd also praised her pacing. "She ran it perfectly," he said.'
    )
    assert quotes_of(text)[-1].speaker == "Hamish Boyd"


def test_a_person_introduced_in_the_lead_in_takes_the_floor_from_the_last_speaker(
    quotes_of,
) -> None:
    text = (
        'Mr Voss says radio bores people. "It\'s fake," he said. He wrote a program and '
        "put it online. Ned Kirrin, a Texas broadcaster, praises the former DJ for what he "
        'has done. "Voss solved the last mile problem," he explains.'
    )
    assert quotes_of(text)[-1].speaker == "Ned Kirrin"
