"""Name canonicalisation: the fullest proper name, without titles or nicknames."""

from __future__ import annotations

import pytest

from quotes.attribution import extract_quotations
from quotes.attribution.context import Article
from quotes.attribution.marks import split_paragraphs
from quotes.attribution.names import (
    _BRACKETED_TAIL,
    _fits,
    _initials,
    collect,
    is_hyphen_syllable,
    is_name_word,
)
from quotes.attribution.pipeline import collect_names, mark_quotations


def mentions_of(nlp, text: str) -> list:
    """The name mentions the pipeline records for ``text`` (marks first, as in the run)."""
    article = Article(nlp(text), split_paragraphs(text))
    mark_quotations(article)
    collect_names(article)
    return article.mentions


@pytest.mark.parametrize(
    ("short", "long", "fits"),
    [
        (["okafor"], ["harriet", "okafor"], True),
        (["harriet"], ["harriet", "okafor"], True),
        (["smith"], ["harriet", "okafor"], False),
        (["harriet", "smith"], ["harriet", "okafor"], False),
    ],
)
def test_shorter_mentions_fit_longer_names(short: list[str], long: list[str], fits: bool) -> None:
    assert _fits(short, long) is fits


@pytest.mark.parametrize(
    ("name", "initials"),
    [("World Health Organization", "WHO"), ("Port of Tallin Authority", "PTA")],
)
def test_initials(name: str, initials: str) -> None:
    assert _initials(name) == initials


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Okafor", True), ("Eze-Whitlow", True), ("Senator", False), ("the", False)],
)
def test_name_words(word: str, expected: bool) -> None:
    assert is_name_word(word) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour Board chair Selma Okafor-Reid opened the session.\n\n"
            '"We will publish everything," Okafor-Reid said.',
            "Selma Okafor-Reid",
        ),
        (
            'Senator Paolo Mancini spoke first.\n\n"I oppose it," Mr. Mancini said.',
            "Paolo Mancini",
        ),
        (
            'Chef Daniel "Danny" Roche reopened his bistro.\n\n"It feels like home," Roche said.',
            "Daniel Roche",
        ),
        (
            "The Coastal Rescue Service (CRS) confirmed the search.\n\n"
            '"The search continues," a CRS statement said.',
            "Coastal Rescue Service",
        ),
        # letters after a name are not part of it
        (
            'Prosecutor Ines Varga QC opened the case.\n\n"The evidence is clear," Varga said.',
            "Ines Varga",
        ),
        # one name spelt with and without its accents
        (
            'Mayor Mehmet \u00c7elik spoke at the quay.\n\n"We will not step back," Celik said.',
            "Mehmet \u00c7elik",
        ),
        # "-Elect" belongs to the title
        (
            'President-Elect Dora Vantongeren spoke first. "We start today," Vantongeren said.',
            "Dora Vantongeren",
        ),
        # so does an occupation capitalised at the start of a sentence
        (
            'Runner Ilona Varga pulled out of the race.\n\n"I am gutted," Varga said.',
            "Ilona Varga",
        ),
        # a nationality written before a name describes the person
        (
            'The race went to Kenyan Wanjiru Odhiambo.\n\n"The hill was hard," Odhiambo said.',
            "Wanjiru Odhiambo",
        ),
        (  # the model tags this one an organisation
            'French Sophie Marchal took the title.\n\n"I never stopped believing," said Marchal.',
            "Sophie Marchal",
        ),
        (
            'American Dwight Calloway won gold.\n\n"It was close," Calloway said.',
            "Dwight Calloway",
        ),
        # a name right after a person's title is a person, even one the model takes for a city
        (
            'Governor Dana Whitcombe approved the raid. "We had no choice," she said.\n\n'
            "Meanwhile, the regional governor Kigali Mbeki denounced the operation. "
            '"It takes us back to force," he said in a statement.',
            "Kigali Mbeki",
        ),
        # an organisation the model ran into the person after it is two names
        (
            "Pressfree International counts 30 reporters in jail. According to Pressfree "
            "International Ilias Varvaki-Stone, a reporter for the Daily Ledger, was held."
            '\n\nPressfree International calls them "prisoners of conscience".',
            "Pressfree International",
        ),
        # but a church named with a nationality is no person
        (
            "The law was passed on Monday.\n\n"
            '"We will pray for them," the Norvian Orthodox Church said.',
            "Norvian Orthodox Church",
        ),
    ],
)
def test_canonical_speaker(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a nickname form ("Tommy Brannigan") takes the full name given with the nickname
        (
            "Tommy Brannigan slams rival\n\n"
            'Baker Thomas "Tommy" Brannigan has attacked a rival bakery.\n\n'
            'The outspoken Dubliner, 52, called it "theft" on Sunday.',
            ["Thomas Brannigan"],
        ),
        # a hyphenated surname the model leaves untagged is one name, not two
        (
            "LAKESIDE \u2014 Marisol Quenby-Hart was halfway through her speech.\n\n"
            'Quenby-Hart, the Liberal nominee, paused. "We will win," she said.',
            ["Marisol Quenby-Hart"],
        ),
        # a business tagged PERSON is not the "she" of the next quotation
        (
            "Ottoline Brisk-Mayo, 40, who runs the acclaimed Leeds restaurant Casa Verdel, "
            'replied quickly. "I owe him nothing," she posted.',
            ["Ottoline Brisk-Mayo"],
        ),
        # an organisation name joined by "and" the model does not tag stays whole
        (
            "The Quay and Depot Loaders Union, which represents the crews, called a strike."
            '\n\n"Not one lorry leaves," the union wrote.',
            ["Quay and Depot Loaders Union"],
        ),
        # the short form of an organisation named in full is that organisation
        (
            "The family followed advice from the Kestrian Ministry of Coastal Affairs.\n\n"
            '"We share the family\'s grief," the Coastal Ministry said on Monday.',
            ["Kestrian Ministry of Coastal Affairs"],
        ),
        # a programme named for two hosts, and its account speaking for it
        (
            "Radio host Cal Dunmore retired on Friday.\n\n"
            "The account for The Milo and Tess Show, which replaced his programme, tweeted: "
            '"Thank you, Cal. Enjoy the quiet."',
            ["Milo and Tess Show"],
        ),
        # a name after "group" is the group's, not a person's
        (
            "In reply, Rosa Teague of national campaign group Saving Lantern Hills said, "
            '"The council has ignored us for years."',
            ["Rosa Teague"],
        ),
    ],
)
def test_name_forms(quotes_of, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.model
def test_no_speaker_name_spans_a_paragraph_break(nlp) -> None:
    text = (
        '"Took long enough," the fund\'s founder Ivo Marsh wrote on X.\n\n'
        "Analysts said the merger would face a long review by regulators."
    )
    quotations = extract_quotations(text, nlp=nlp)
    assert quotations
    assert all("\n" not in (q.speaker or "") for q in quotations)


@pytest.mark.model
def test_the_embassy_is_the_named_embassy(quotes_of) -> None:
    text = (
        "Police wrote to the Kestrian Embassy in Lund about the crash.\n\n"
        '"We are reviewing the request," the embassy said.'
    )
    assert quotes_of(text)[-1].speaker == "Kestrian Embassy"


@pytest.mark.model
def test_a_place_is_not_the_body_named_after_it(quotes_of) -> None:
    text = (
        "The Brackley County Board of Supervisors voted to close the pool.\n\n"
        "Swimming has fallen by half since 2016, according to figures published by "
        'Brackley County, but one lifeguard said the pool was "full every summer."\n\n'
        'According to Brackley County, "the pool loses money every month."'
    )
    assert quotes_of(text)[-1].speaker == "Brackley County"


@pytest.mark.model
def test_a_sentence_initial_word_is_not_glued_to_a_known_name(nlp) -> None:
    text = (
        "Radio host Len Ashby died on Friday, his family said.\n\n"
        "Longtime Ashby producer Mina Kerr tweeted a photograph of the studio."
    )
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline:
        if pipe.__class__.__name__ != "QuotationFinder":
            doc = pipe(doc)
    article = Article(doc, split_paragraphs(text))
    collect(article)
    assert {m.canonical for m in article.mentions} >= {"Len Ashby", "Mina Kerr"}
    assert not any("Longtime" in m.canonical for m in article.mentions)


def _mentions(nlp, text: str) -> dict[str, bool]:
    """Canonical name -> is_org for the mentions the pipeline records in ``text``."""
    return {m.canonical: m.is_org for m in mentions_of(nlp, text)}


@pytest.mark.model
def test_two_parties_joined_by_and_stay_apart(nlp) -> None:
    found = _mentions(nlp, "The court heard a dispute between Ana Ruiz and Kestrel Holdings.")
    assert not any(" and " in name for name in found)


@pytest.mark.model
def test_a_titled_org_entity_is_a_person_but_a_firm_is_not(nlp) -> None:
    found = _mentions(
        nlp, "Goldman Sachs cut its forecast. Councilwoman Tove Ravel called it a warning."
    )
    assert found.get("Goldman Sachs") is True
    assert found.get("Tove Ravel") is False


@pytest.mark.model
def test_a_dateline_credit_is_no_speaker(quotes_of, nlp) -> None:
    # the agency in brackets credits the dispatch; "the company" is the one the story is about
    text = (
        "Floods close rail line\n\n"
        "TRONDVIK, Norway (AP) \u2014 Heavy rain closed the coastal rail line on Monday, "
        "the rail operator Nordbane said.\n\n"
        '"Our teams are out on the line," said Berit Lund, a spokeswoman for Nordbane.\n\n'
        'In a statement, the company said: "Buses will replace trains until Friday."'
    )
    assert "AP" not in _mentions(nlp, text)
    assert quotes_of(text)[-1].speaker == "Nordbane"


@pytest.mark.model
def test_a_one_word_name_after_an_organisation_noun_is_the_organisation(nlp) -> None:
    found = _mentions(
        nlp,
        "The rain closed roads on Tuesday, the grid operator Halnett said, and officials "
        "warned of delays.",
    )
    assert found.get("Halnett") is True


@pytest.mark.model
def test_a_name_tagged_as_a_place_who_speaks_is_a_person(quotes_of) -> None:
    # the model tags the full name a place and misses the sentence-opening surname
    text = (
        "The last keeper of Carrow Head\n\n"
        "For 40 years, Agnes Corrigan climbed the 90 steps of the Carrow Head lighthouse "
        "twice a day. Now, at 81, she says she misses the stairs.\n\n"
        '"People think it was lonely. It wasn\'t," Corrigan says.\n\n'
        "The Board of Western Waterways said it had no plans to staff the tower.\n\n"
        "Local historian Cormac Reidy is writing a book about the light. "
        '"Agnes knew every ship," Reidy said.\n\n'
        'Corrigan laughs at that. "Cormac flatters me," she says.'
    )
    quotes = quotes_of(text)
    assert quotes[-1].speaker == "Agnes Corrigan"


@pytest.mark.model
def test_an_office_and_a_headline_noun_are_not_part_of_a_name(nlp) -> None:
    found = _mentions(
        nlp,
        "Brewer Hallgren to close two plants\n\n"
        "Hallgren, the country's second-largest brewer, said on Monday it would close two "
        "plants.\n\n"
        "Minister of Labour Aldo Ferrenti said the state would help. Ferrenti spoke in Rome.",
    )
    assert "Aldo Ferrenti" in found
    assert not any(name.startswith(("Labour", "Brewer")) for name in found)


@pytest.mark.model
def test_a_wire_dateline_and_a_business_next_to_its_noun(quotes_of, nlp) -> None:
    text = (
        "Dock strike halts exports\n\n"
        "HAVENBURG, Norland (Reuters) - Dockworkers walked out on Thursday, the port "
        "authority said.\n\n"
        '"Our members have run out of patience," union negotiator Pieter de Valk said.\n\n'
        "The shipping group Maersk said it was diverting vessels. In a statement, the "
        'company said: "We regret the disruption."'
    )
    found = _mentions(nlp, text)
    assert "HAVENBURG" not in found and "Reuters" not in found
    assert [q.speaker for q in quotes_of(text)] == ["Pieter de Valk", "Maersk"]


@pytest.mark.parametrize(
    ("entity", "name"),
    [
        ("World Health Organization (WHO", "World Health Organization"),
        ("Northern Rivers Agency (NRA)", "Northern Rivers Agency"),
        ("Harbour Board", "Harbour Board"),
    ],
)
def test_a_bracketed_abbreviation_is_not_part_of_an_organisation(entity: str, name: str) -> None:
    """The model sometimes runs an organisation's entity into its bracketed abbreviation,
    even cutting the bracket ("World Health Organization (WHO")."""
    assert _BRACKETED_TAIL.sub("", entity) == name


@pytest.mark.model
def test_a_first_name_that_is_also_a_word_stays(quotes_of) -> None:
    text = (
        "Mark Halvorsen said on Monday the plan would mark a new start.\n\n"
        '"We are ready," Halvorsen said.'
    )
    assert quotes_of(text)[-1].speaker == "Mark Halvorsen"


@pytest.mark.model
def test_a_noun_opening_a_paragraph_is_not_a_first_name(quotes_of) -> None:
    text = (
        "Airline grounds fleet after engine fault\n\n"
        "DUBLIN (AP) — The Irish airline Aerfin grounded all 14 of its turboprop aircraft on "
        "Wednesday after an engine fault forced an emergency landing in Cork, the company "
        "said.\n\n"
        'No one was hurt. "Safety is our only priority," said Orla Brennan, the company\'s '
        'chief executive. "We will not fly until we are certain."\n\n'
        "The Irish Aviation Authority said it had opened an investigation. In a statement, the "
        'authority said: "We are working closely with the operator."\n\n'
        'Passenger Declan Furey, 45, said the cabin filled with smoke. "I thought that was '
        'it," he said. "The crew were brilliant."\n\n'
        'The company said refunds would be offered to all passengers. "We are sorry for the '
        'disruption," the airline said.'
    )
    speakers = {q.speaker for q in quotes_of(text)}
    assert "Declan Furey" in speakers and "Passenger Declan Furey" not in speakers


def test_a_characters_name_is_nobody_who_speaks(quotes_of) -> None:
    text = (
        "Convention notes\n\nActress Lena Marsh talked about her years on the series. "
        "Facing the loss of the character of Tilda Brook, the writers kept her on. "
        '"It was a good day," she recalls.'
    )
    assert quotes_of(text)[-1].speaker == "Lena Marsh"


@pytest.mark.model
def test_an_organisation_missing_its_first_word_grows_back(nlp) -> None:
    from spacy.tokens import Span

    from quotes.attribution.names import _regrow_short_orgs

    doc = nlp("Operator Kee Par Corporation praised him. Later, Kee Par has pledged support.")
    full = Span(doc, 1, 4, label="ORG")  # Kee Par Corporation
    short = Span(doc, 10, 11, label="ORG")  # the model's "Par" without "Kee"
    assert doc[9].text == "Kee" and short.text == "Par"
    grown = _regrow_short_orgs([full, short])
    assert [e.text for e in grown] == ["Kee Par Corporation", "Kee Par"]


@pytest.mark.model
def test_a_library_named_for_its_town_is_not_split_into_a_person(nlp) -> None:
    from spacy.tokens import Span

    from quotes.attribution.names import _split_glued

    doc = nlp("Eastport mourns. Donations go to the Eastport Public Library in his memory.")
    town = Span(doc, 0, 1, label="ORG")
    library = Span(doc, 6, 10, label="ORG")  # the Eastport Public Library
    assert library.text == "the Eastport Public Library"
    assert [e.text for e in _split_glued([town, library])] == [
        "Eastport",
        "the Eastport Public Library",
    ]


@pytest.mark.model
def test_a_country_speaking_in_a_headline_is_not_its_airline(quotes_of) -> None:
    text = (
        "Portugal: 'Most' debris found on the islands is not from the jet\n\n"
        "Portugal Airways lost contact with the jet in March."
    )
    quote = next(q for q in quotes_of(text) if q.text == "Most")
    assert quote.speaker == "Portugal"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname in -s the tagger calls plural is still a person's
        (
            "Under the 1989 Children Act, councils have a duty of care.\n\nAnna Greaves of "
            'Save the Children said there were grave concerns. "Nobody checks," she said.',
            "Anna Greaves",
        ),
    ],
)
def test_a_person_is_not_a_law_or_an_organisation(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.model
def test_plural_acronyms_and_comparisons_name_no_one(nlp) -> None:
    text = (
        "PCSOs will get new powers. The more force is used, the more complaints follow, "
        "the guidance said. PCSOs say they need training."
    )
    assert [m.canonical for m in mentions_of(nlp, text)] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what a party's members are called speaks for the party
        ('The Tories said the plan was "a shambles".', "Tories"),
        ('The Conservatives say the new tax is "unfair".', "Conservatives"),
        ('The Liberal Democrats called the scheme "reckless".', "Liberal Democrats"),
        # a people is an unnamed group
        ('Americans said the deal was "great".', None),
    ],
)
def test_parties_speak_and_peoples_are_unnamed(quotes_of, text: str, speaker: str | None) -> None:
    assert quotes_of(text)[0].speaker == speaker


@pytest.mark.model
def test_an_acronym_in_brackets_is_the_organisations_short_name(quotes_of) -> None:
    text = (
        "The ban followed a hearing at the Northern Court of Arbitration for Rowing (CAR).\n\n"
        '"She used banned substances," said a CAR statement.'
    )
    assert quotes_of(text)[-1].speaker == "Northern Court of Arbitration for Rowing"


@pytest.mark.model
def test_a_title_word_after_an_honorific_or_first_name_is_a_surname(quotes_of) -> None:
    text = (
        "Ivo Brandt is to stand against Labour MP Oona King at the next election.\n\n"
        'Ms King said she was "delighted" at the chance. She said: "I will win."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Oona King", "Oona King"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a hyphenated given name whose second syllable is lower case stays whole
        (
            'Talks end\n\nAmbassador Pak Sun-hee met envoys. "We are ready," Pak said.',
            "Pak Sun-hee",
        ),
        ('The envoy, Pak Sun-hee, said: "We are ready."', "Pak Sun-hee"),
        # a generational suffix is no surname: the short form still finds the full name
        (
            "Guests Ada Lind, Jonas Brook Jr., and Ivo Marsh came. "
            'Brook said of the host, "He was humble."',
            "Jonas Brook Jr.",
        ),
    ],
)
def test_names_with_lower_case_syllables_and_suffixes(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.model
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "syllable"),
    [
        ("Ambassador Pak Sun-hee met envoys.", "hee", True),
        ("The Ivo Marsh-led team won.", "led", False),  # a compound's word
        ("The Marsh-Roe team won.", "Roe", False),  # a capitalised surname part
        ("A Lund-era plan failed.", "era", False),  # one name word before the hyphen
    ],
)
def test_lower_case_syllables_of_given_names(nlp, text: str, word: str, syllable: bool) -> None:
    doc = nlp(text)
    (i,) = [t.i for t in doc if t.text == word]
    assert is_hyphen_syllable(doc, i) is syllable


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'The station went dark. Republic Act No. 3846 states: "No person shall run a station."',
        'The notice cited the law. 17 U.S. Code § 1201 says: "No person shall break a lock."',
    ],
)
def test_a_law_cited_by_number_speaks_for_nobody(quotes_of, text: str) -> None:
    assert quotes_of(text)[-1].speaker is None


@pytest.mark.model
def test_two_surnames_joined_by_a_hyphen_are_a_contest(quotes_of) -> None:
    text = (
        "Second US Lind-Marsh debate cancelled\n\n"
        "President Ada Lind and Senator Ivo Marsh were to meet on Friday.\n\n"
        'Marsh called a virtual debate a "waste of time".'
    )
    assert quotes_of(text)[-1].speaker == "Ivo Marsh"


@pytest.mark.model
def test_an_illness_named_after_people_is_no_person(quotes_of) -> None:
    text = (
        "Stem cells\n\nMr Brandt backed the research. The Tory leader said it could help "
        'victims of Parkinson\'s and Motor Neurone disease. "We have a duty," he said.'
    )
    assert quotes_of(text)[-1].speaker == "Brandt"


@pytest.mark.model
def test_a_lone_word_that_opens_a_body_name_is_the_body(nlp) -> None:
    text = (
        "Calls row\n\nThe Greens said Verdant had phoned voters. A Verdant Party spokesman "
        "denied it.\n\nVerdant said the calls were polls."
    )
    verdant = [m for m in mentions_of(nlp, text) if m.text == "Verdant"]
    assert verdant
    assert all(m.is_org and m.canonical == "Verdant Party" for m in verdant)


@pytest.mark.model
def test_a_double_barrelled_surname_is_no_contest(nlp) -> None:
    text = (
        "Pianist dies\n\nAda Lind, who married the painter Ivo Marsh, died on Sunday.\n\n"
        'Her daughter, Cora Lind-Marsh, said: "She played to the end."'
    )
    assert "Cora Lind-Marsh" in {m.canonical for m in mentions_of(nlp, text)}
