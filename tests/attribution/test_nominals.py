"""Nominal resolution: roles, titles and ages introduced earlier name the speaker."""

from __future__ import annotations

import pytest

from quotes.attribution import extract_quotations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour Authority chief executive Leona Marsh announced the closure.\n\n"
            '"It is the only safe option," the chief executive said.',
            "Leona Marsh",
        ),
        (
            "Coach Dario Bellini, 54, watched from the bench.\n\n"
            '"We deserved nothing," the 54-year-old said.',
            "Dario Bellini",
        ),
        (
            "The Transport Ministry announced new rules on Friday.\n\n"
            '"Safety comes first," the ministry said in a statement.',
            "Transport Ministry",
        ),
        # the role names the paragraph's subject when both rivals hold it
        (
            "Tarik Mensah, 30, the reigning champion, arrived first. Lev Sorokin, 36, a former "
            "junior champion, followed.\n\n"
            "Mensah laughed off talk that Sorokin's age would tell. "
            '"Age is just a number," the champion said.',
            "Tarik Mensah",
        ),
        # a party noun fits the party adjective of the introduction
        (
            "Orla Vance-Hale, the Democratic nominee for mayor, spoke first. Her opponent, "
            'Colm Pryce, spoke later.\n\n"We will fix the roads," the Democrat said.',
            "Orla Vance-Hale",
        ),
        # "the governor-elect" is not the outgoing governor, and words quoted inside an
        # unnamed introduction do not make it match
        (
            'A few early messages came in: "Well done, Governor-elect Ravel."\n\n'
            '"I won," Councilwoman Tove Ravel said on stage.\n\n'
            "Ravel, 51, also thanked outgoing Governor Ines Pardo.\n\n"
            '"Ines, you did well," the governor-elect said.',
            "Tove Ravel",
        ),
        # a district or U.S. attorney is "the prosecutor"; a defence attorney is not
        (
            "District Attorney Lena Voss opened the case. Defense attorney Piet Arkwright "
            'listened.\n\n"He lied to everyone," the prosecutor said.',
            "Lena Voss",
        ),
        # a possessed organisation noun is the organisation named after its possessor
        (
            "Painter Edda Lorimer died on Monday, aged 90.\n\n"
            'Lorimer\'s wildlife trust said she had been "peaceful and happy to the end".\n\n'
            "In 1980 she founded the Edda Lorimer Wildlife Trust.",
            "Edda Lorimer Wildlife Trust",
        ),
        # an alliance is an organisation, never the person named last
        (
            "The Care Choices Alliance, which includes four charities, backed the bill. "
            "Minister Oren Salt welcomed it.\n\n"
            '"It will protect patients," the alliance said in a statement.',
            "Care Choices Alliance",
        ),
        # the main clause's subject, not the subject of the clause he reported
        (
            'Mr Tobin, who edits the weekly magazine, said Mr Garrow "should keep out of" '
            'the row. "It is not his business," the Clarion editor told the radio station.\n\n'
            "Tory MP Ned Tobin is standing again.",
            "Ned Tobin",
        ),
    ],
)
def test_nominal_cues(quotes_of, text: str, speaker: str) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


def test_a_lede_source_is_identified_later(quotes_of) -> None:
    text = (
        "Ferry boss jailed\n\n"
        "A ferry company boss who sank his own boat for the insurance was jailed on Tuesday "
        'by a magistrate who said he had "gambled with the lives of his crew."\n\n'
        "Osric Penhale, 61, admitted the fraud in May.\n\n"
        "Senior Magistrate Wren Adeyinka, who also banned him from running a company, spoke "
        "for ten minutes."
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker == "Wren Adeyinka"


def test_a_document_of_an_unnamed_group_is_unnamed(quotes_of) -> None:
    text = (
        "Broadcaster Len Ashby died on Friday.\n\n"
        'Ashby said last year he wanted no fuss. "Keep it small," he said.\n\n'
        "The family's statement on the death read: "
        '"Len loved the radio, and the radio loved him back."'
    )
    assert quotes_of(text)[-1].speaker is None


def test_a_document_keeps_its_issuer_across_paragraphs(quotes_of) -> None:
    text = (
        "Ferry sank after pump failure, inquiry finds\n\n"
        "A ferry sank in May because its pumps failed, the Marine Accident Board said in "
        "an interim report on Tuesday.\n\n"
        "The crew had raised the alarm promptly.\n\n"
        "Chief inspector Odd Haraldsen told reporters the pumps were old.\n\n"
        '"We found no sign of sabotage," he said.\n\n'
        '"The pumps had not been serviced for six years," the report said.'
    )
    assert quotes_of(text)[-1].speaker == "Marine Accident Board"


def test_a_definite_plural_is_an_unnamed_group(quotes_of) -> None:
    text = (
        "Glaciologist Ruth Ombaka led the study.\n\n"
        '"We were surprised," Ombaka said.\n\n'
        "Warm water rises above cold water, creating what the scientists describe as a "
        '"hidden waterfall" under the ice.'
    )
    assert quotes_of(text)[-1].speaker is None


def test_unnamed_introduction_stays_unnamed(quotes_of) -> None:
    text = (
        "Minister Alma Rask defended the plan. A senior ministry official, speaking on "
        'condition of anonymity, disagreed.\n\n"It will not work," the official said.'
    )
    quote = quotes_of(text)[-1]
    assert quote.speaker is None
    assert quote.mention == "the official"


@pytest.mark.parametrize(
    "text",
    [
        '"The queue was worth it," said one fan, who gave only her first name, Marta.',
        'One fan, who gave her name only as Marta, waited all night. "It was worth it," she said.',
        '"The queue was worth it," said one fan, identified only as Marta.',
        '"The queue was worth it," said a fan using the pseudonym Marta.',
    ],
)
def test_a_given_first_name_names_the_source(quotes_of, text: str) -> None:
    assert quotes_of(text)[-1].speaker == "Marta"


def test_a_name_near_the_word_name_is_someone_else(nlp) -> None:
    text = (
        "Builder Colm Haskett denies the charges.\n\n"
        "One contractor, who testified under a false name, said Haskett had asked him "
        "for more money."
    )
    reported = [q for q in extract_quotations(text, nlp=nlp) if q.kind == "indirect"]
    assert reported[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessor in a descriptor is not its head: the director is not the board
        (
            "Flu cases fell in May.\n\n"
            '"We were lucky this year," said Dr. Pavla Drost, the board\'s director of '
            "prevention.\n\n"
            "Paediatrician Ivan Koller said his ward was quieter.\n\n"
            'In a statement, the board said: "Vaccines remain free."',
            None,
        ),
        # an institution the story describes but never names speaks by its description
        (
            "Flu cases fell in May.\n\n"
            "The district water board recorded 12 burst mains in March.\n\n"
            '"We were lucky this year," said Dr. Pavla Drost, the board\'s director of '
            "prevention.\n\n"
            "Paediatrician Ivan Koller said his ward was quieter.\n\n"
            'The board blamed what it called "years of neglect" for the bursts.',
            "district water board",
        ),
    ],
)
def test_an_organisation_noun_never_names_a_person(
    quotes_of, text: str, speaker: str | None
) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_a_document_speaks_for_who_issued_it_not_who_is_named_near_it(quotes_of) -> None:
    text = (
        "Trade Minister Osman Kadir denied on Monday that he had spoken to the Meridian "
        "Wire Service.\n\n"
        "The minister added in an official statement that the Meridian Wire Service had "
        "attributed an invented statement to him.\n\n"
        '"The agency spreads rumours to confuse citizens," the statement read.'
    )
    assert quotes_of(text)[-1].speaker == "Osman Kadir"


def test_the_company_is_the_one_the_story_is_about(quotes_of) -> None:
    text = (
        "Airline grounds fleet\n\n"
        "GALWAY (AP) \u2014 The Irish airline Aerfin grounded all 12 of its aircraft on "
        "Wednesday after an engine fault forced a landing in Cork, the company said.\n\n"
        "The Irish Aviation Authority said it had opened an investigation.\n\n"
        "Passenger Declan Furey, 45, said the cabin filled with smoke. "
        '"I thought that was it," he said.\n\n'
        "The company said refunds would be offered. "
        '"We are sorry for the disruption," the airline said.'
    )
    assert quotes_of(text)[-1].speaker == "Aerfin"


def test_a_website_speaks_for_its_owner(quotes_of) -> None:
    text = (
        "The ferry strike entered its third day.\n\nThe Harbour Trust's website said: "
        '"Sailings are suspended until further notice."'
    )
    assert quotes_of(text)[-1].speaker == "Harbour Trust"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ferry strike\n\nThe Harbour Trust released a statement which read, in part, "
            '"Sailings are suspended until further notice."',
            "Harbour Trust",
        ),
        (
            "Ferry strike\n\nThe Harbour Trust met on Monday. They issued a statement which "
            'said, "Sailings are suspended until further notice."',
            "Harbour Trust",
        ),
        # the name beside the noun, not the earlier body the noun could refer to
        (
            "Relief money raised by the charity supergroup Kindred Aid went missing.\n\n"
            "In response, the charity Shelter Aid issued a statement saying, "
            '"We reject every claim in the story."',
            "Shelter Aid",
        ),
        # a possessor noun that is the last word of a named body is that body
        (
            "Rents protest\n\nOn Saturday, the National Tenants Alliance drew 2,000 people.\n\n"
            'The alliance\'s mission statement reads, in part, "We will be heard."',
            "National Tenants Alliance",
        ),
        # an organisation noun modifying the document: the body of that kind named before
        (
            "Reactor audit\n\nThe Northern Nuclear Safety Agency has spent $11m on new "
            'systems.\n\n"Failing to replace them carries risks," said an agency statement.',
            "Northern Nuclear Safety Agency",
        ),
        # "read" after the document, the tagger taking it for a noun: the owner wrote it
        (
            "Flood blog\n\nLocal writers posted updates.\n\n"
            '"The water took the bridge," Ivo Talmadge\'s message read.',
            "Ivo Talmadge",
        ),
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_a_report_speaks_for_who_conducted_the_study(quotes_of) -> None:
    text = (
        "Harbour silt\n\nThe study was conducted by the Hale Institute for Coastal Research "
        'and posted online on Friday. "Silt levels have doubled since 2010," reads the report.'
    )
    assert quotes_of(text)[-1].speaker == "Hale Institute for Coastal Research"


ULTIMATUM = (
    "Generals give president two days\n\nToday the Kestrian military issued an ultimatum to "
    "President Arno Vell, giving him 48 hours to meet the demands of the protesters.\n\n"
    'The military said the protests were an "unprecedented" show of the people\'s will.\n\n'
    "Shown beside a picture of the defence minister, General Tobias Renn, the ultimatum read, "
    '"If the demands of the people are not met, the armed forces will announce a road map."'
)


def test_a_national_body_described_but_never_named_and_its_ultimatum(quotes_of) -> None:
    quotes = {q.text: q for q in quotes_of(ULTIMATUM) if q.kind != "indirect"}
    assert quotes["unprecedented"].speaker == "Kestrian military"
    ultimatum = next(q for t, q in quotes.items() if t.startswith("If the demands"))
    assert (ultimatum.cue, ultimatum.speaker) == ("read", "Kestrian military")


def test_a_ministry_is_never_its_minister(quotes_of) -> None:
    text = (
        "Debris not from the plane\n\nAccording to the Kestrian transport ministry today, "
        "the debris came from a fishing boat.\n\n"
        '"We have an understanding with the coastguard," said Oren Vask, the deputy '
        "transport minister for Kestria.\n\n"
        '"No trace of the flight was seen on any radar," said Kestria\'s transport ministry.'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("No trace"))
    assert quote.speaker == "Kestrian transport ministry"


def test_a_post_by_an_unknown_author_is_unnamed(quotes_of) -> None:
    text = (
        "The Church of Velora says hackers attacked its website.\n\n"
        '"Someone emailed me a tool that floods the site," said the post by an unknown '
        "author on a forum."
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Someone"))
    assert quote.speaker is None


@pytest.mark.parametrize("possessed", ["Her husband", "Varga's husband and coach"])
def test_a_possessed_role_is_never_its_possessor(quotes_of, possessed: str) -> None:
    text = (
        "Runner Ilona Varga pulled out of the race.\n\nTatiana Mills won in record time.\n\n"
        f'{possessed} told the media, "She was really looking forward to it."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is None


def test_a_joint_statement_is_no_one_partys_words(quotes_of) -> None:
    text = (
        "Talks end in Velden\n\nPresident Arno Vell read the statement aloud at the close of "
        'the talks. In it, the joint statement said: "Both leaders will meet every two '
        'weeks."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Both leaders"))
    assert quote.speaker is None


def test_a_report_is_the_assessment_its_agency_issued(quotes_of) -> None:
    text = (
        "Aid diverted, files show\n\nThe claim is backed by a declassified Kestrian "
        "Intelligence Service assessment titled Famine and Security, in which the report "
        'states, "Some relief funds are almost certainly being diverted to the war."'
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Some relief"))
    assert quote.speaker == "Kestrian Intelligence Service"


def test_a_lede_report_is_issued_by_the_organisation_that_leads_the_next_paragraph(
    quotes_of,
) -> None:
    text = (
        "Ferry targets 'out of reach'\n\n"
        "The ferry service will miss its punctuality target unless crews are hired, a report "
        "says.\n\n"
        "The Coastal Audit Board praised managers for cutting cancellations.\n\n"
        'According to the report, delays were "rising slowly" in winter.'
    )
    speakers = {q.text: q.speaker for q in quotes_of(text)}
    assert speakers == {
        "out of reach": "Coastal Audit Board",
        "rising slowly": "Coastal Audit Board",
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the government" is no body named before it
        (
            "The Police Union opposed the change.\n\n"
            'But the government said the move would help "build safer streets".',
            None,
        ),
        # a guide published by a body speaks for it, whatever the writer calls it later
        (
            "Householders may use force, new guidelines say. The leaflet was published by the "
            "Crown Prosecution Office.\n\n"
            'Doing what you believed "honestly and instinctively" was right is lawful, the '
            "guidance said.",
            "Crown Prosecution Office",
        ),
    ],
)
def test_governments_and_guides(quotes_of, text: str, speaker: str | None) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_an_unnamed_body_keeps_its_remit(quotes_of) -> None:
    text = (
        "The joint committee on prison safety found most deaths were avoidable.\n\n"
        'The committee said the death rate was "deeply worrying".'
    )
    assert quotes_of(text)[-1].speaker == "joint committee on prison safety"


def test_a_memo_for_someone_is_not_their_words(quotes_of) -> None:
    text = (
        "Cabinet papers released on Friday show the talks failed.\n\n"
        '"Jeremy said his colleagues would not serve," reads a telephone memo for Mr Holt.'
    )
    assert quotes_of(text)[-1].speaker is None


def test_a_lede_role_is_the_person_the_next_paragraph_opens_on(quotes_of) -> None:
    text = (
        "Flood plan urged\n\n"
        'A senior Tory MP has criticised the ministry\'s "lackadaisical" flood planning.\n\n'
        "Public accounts committee chairman Ned Arlow was giving his reaction to a report. "
        "The audit office said the ministry had improved."
    )
    assert quotes_of(text)[0].speaker == "Ned Arlow"


def test_a_capitalised_constituency_before_mp_is_a_role_not_an_organisation(quotes_of) -> None:
    text = (
        "MP Ivo Brandt is to stand in east London.\n\n"
        'The Glasgow Kelvin MP accused the party of "betraying its voters".'
    )
    assert quotes_of(text)[-1].speaker == "Ivo Brandt"


def test_a_deputy_does_not_hold_the_bare_role(quotes_of) -> None:
    text = (
        "Mayor Ivo Brandt refused to apologise. Deputy Mayor Ana Roe said he would.\n\n"
        'Later the mayor accused the reporter of "doorstepping" him.'
    )
    assert quotes_of(text)[-1].speaker == "Ivo Brandt"


def test_with_no_one_else_in_the_role_a_deputy_holds_it(quotes_of) -> None:
    text = (
        "Kestria apologised on Tuesday. Vice Foreign Minister Ana Roe met the ambassador, "
        "Cabinet Secretary Ivo Brandt told reporters. According to Brandt, the vice "
        'minister gave no details of the "errors," which the minister said came during '
        '"routine training."'
    )
    assert quotes_of(text)[-1].speaker == "Ana Roe"


def test_a_spokesman_for_a_named_leader_stays_unnamed(quotes_of) -> None:
    text = (
        "Conservative leader Ivo Brandt was abroad.\n\nA spokesman for Ivo Brandt said Mr "
        'Hale\'s views on policy were "very different" from those of the leadership. "He '
        'believes students should pay fees," the spokesman said.'
    )
    assert quotes_of(text)[-1].speaker is None


@pytest.mark.parametrize(
    "headline",
    ["Minister in drink row", "Brandt in drink row"],  # the headline may name him already
)
def test_a_lede_role_owned_by_a_place_is_the_person_named_next(quotes_of, headline) -> None:
    text = (
        f"{headline}\n\nScotland's first minister has told pupils that it is fine to get "
        'drunk "once in a while".\n\nIvo Brandt was speaking to 100 pupils in Lund. '
        "He was criticised by rivals."
    )
    assert quotes_of(text)[0].speaker == "Ivo Brandt"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body described by its own words is that body, not the last one named
        (
            'The data commissioner\'s office says such calls are "grey".',
            "data commissioner's office",
        ),
        # a bare body noun the story never named is unnamed
        ('The army said the flight was meant "to help the economy."', None),
    ],
)
def test_an_organisation_nominal_not_named_before(quotes_of, sentence, speaker) -> None:
    text = "Calls row\n\nThe Greens and Acme Telecom have traded claims.\n\n" + sentence
    assert quotes_of(text)[-1].speaker == speaker


def test_a_headline_role_is_the_person_the_lede_opens_on(quotes_of) -> None:
    text = (
        "School sport 'is back', says PM\n\nIvo Brandt has promised that \"sport is back\" "
        "as a priority for schools.\n\nThe prime minister launched a plan."
    )
    assert quotes_of(text)[0].speaker == "Ivo Brandt"
