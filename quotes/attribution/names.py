"""Name canonicalisation: one name per person or organisation within an article.

Rule: collect every person and organisation named outside quotations (spaCy's entities,
plus a capitalised-word fallback for names the small model misses, such as hyphenated
surnames tagged ORG or a name right before an appositive). A person's name is stripped
of titles and descriptors ("NATO Secretary General Mark Rutte" -> "Mark Rutte") and of a
nickname in quotation marks (Robert "Bobby" Kane -> "Robert Kane"; "Bobby Kane" elsewhere
is the same man). Any later, shorter mention ("Rutte", "Mr. Rutte") maps to the fullest
name that ends on the same word, or starts with the same first name when only a first
name is given. A hyphenated surname is one name even when the model splits it ("Delia
Fontaine-Park"); a lone capitalised word under an article is a description, not a name
("the fiery Glaswegian"); a business named like a person ("the restaurant Maison Ama") is
an organisation wherever its name recurs. An organisation's short form ("State
Department", "the Workers Union") maps to the full name given in the article ("United
States Department of State", "Harbor and Warehouse Workers Union"), and an organisation
named for two people is one name ("The Bernie and Sid Show", not "Bernie"). An institution
described but never named ("The regional health authority recorded ...") is named by its
description, and a definite organisation noun as a subject ("The authority blamed ...") is
a mention of the organisation named before it with that word, so "it" can find it.
Letters after a name ("Ines Varga QC", "Ann Roe MP") are not part of it and mark a
person; accents do not separate two spellings of one name ("Celik" is "Mehmet
\u00c7elik"). A news agency's credit in a dateline ("(AP) \u2014") and the dateline's
place in capitals ("ROTTERDAM,") are no mentions at all; a surname particle stays in the
name ("Pieter de Wit"), and a one-word name next to an organisation noun is the
organisation whatever the model tagged it ("the shipping group Maersk"). A full name the
model tagged a place is a person when its surname alone speaks elsewhere ("Agnes Mulvey
climbed ... Mulvey says"), and a known surname opening a sentence is that person even
when the parse calls it a common noun ("Mulvey laughs"); a phrase tagged a work of art
or a law is no one's name. Why: news names a person in full once and by surname
afterwards; editors need one speaker per person, and the fullest form is what a reader
would recognise.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .context import Article, Mention
from .cues import CUE_FORMS, NAMING_FORMS
from .given_names import FEMALE_GIVEN, MALE_GIVEN

# Honorifics and abbreviated ranks: never part of a name, whatever else the text says.
HONORIFICS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "capt",
        "lt",
        "sgt",
    ]
)

# Elected members' titles: part of TITLES, and titles that only ever precede a person.
_MEMBER_TITLES = frozenset(
    ["councilman", "councilwoman", "congressman", "congresswoman", "assemblyman"]
    + ["assemblywoman"]
)

TITLES: frozenset[str] = (
    HONORIFICS
    | _MEMBER_TITLES
    | frozenset(
        [
            "professor",
            "elect",  # "President-Elect Ana Roe"
            "senator",
            "representative",
            "governor",
            "president",
            "vice",
            "prime",
            "minister",
            "secretary",
            "general",
            "chancellor",
            "judge",
            "justice",
            "pope",
            "councillor",
            "councilor",
            "alderman",
            "father",
            "reverend",
            "st",
            "saint",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "ambassador",
            "mayor",
            "speaker",
            "chairman",
            "chairwoman",
            "chair",
            "chief",
            "executive",
            "ceo",
            "cfo",
            "coach",
            "captain",
            "officer",
            "inspector",
            "prosecutor",
            "lawyer",
            "barrister",
            "solicitor",
            "detective",
            "attorney",
            "commissioner",
            "deputy",
            "director",
            "leader",
            "premier",
            "pm",  # "says PM": the prime minister, not a name
            "foreign",
            "finance",
            "interior",
            "defence",
            "defense",
            "health",
            "transport",
            "home",
            "state",
            "assistant",
            "district",
            "circuit",
            "magistrate",
            "bishop",
            "cardinal",
            "archbishop",
            "imam",
            "rabbi",
            "adm",
            "commander",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "head",
            "manager",
            "founder",
            "analyst",
            "economist",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "forward",
            "guard",
            "centre",
            "center",
            "opposition",
            "former",
            "acting",
            "senior",
            "junior",
            "lawmaker",
            "minister's",
            "agent",
            "singer",
            "actor",
            "actress",
            "author",
            "writer",
        ]
    )
)
# Nationality words written before a name in sports and foreign news ("Kenyan Wanjiru
# Odhiambo", "Briton Ann Cole"): they describe the person and are never part of the name.
# Only unambiguous words: no demonym that is also a given name ("Dane", "Finn").
DEMONYMS: frozenset[str] = frozenset(
    [
        "afghan",
        "albanian",
        "algerian",
        "american",
        "angolan",
        "argentine",
        "argentinian",
        "armenian",
        "australian",
        "austrian",
        "azerbaijani",
        "bahraini",
        "bangladeshi",
        "belarusian",
        "belgian",
        "bolivian",
        "bosnian",
        "brazilian",
        "british",
        "briton",
        "bulgarian",
        "burmese",
        "burundian",
        "cambodian",
        "cameroonian",
        "canadian",
        "chilean",
        "chinese",
        "colombian",
        "congolese",
        "croatian",
        "cuban",
        "cypriot",
        "czech",
        "danish",
        "dutch",
        "ecuadorian",
        "egyptian",
        "emirati",
        "english",
        "eritrean",
        "estonian",
        "ethiopian",
        "fijian",
        "filipino",
        "finnish",
        "french",
        "gambian",
        "georgian",
        "german",
        "ghanaian",
        "greek",
        "guatemalan",
        "guinean",
        "haitian",
        "honduran",
        "hungarian",
        "icelandic",
        "indian",
        "indonesian",
        "iranian",
        "iraqi",
        "irish",
        "israeli",
        "italian",
        "ivorian",
        "jamaican",
        "japanese",
        "jordanian",
        "kazakh",
        "kenyan",
        "korean",
        "kosovan",
        "kuwaiti",
        "kyrgyz",
        "latvian",
        "lebanese",
        "liberian",
        "libyan",
        "lithuanian",
        "malagasy",
        "malawian",
        "malaysian",
        "malian",
        "maltese",
        "mexican",
        "moldovan",
        "mongolian",
        "montenegrin",
        "moroccan",
        "mozambican",
        "namibian",
        "nepalese",
        "nigerian",
        "nigerien",
        "norwegian",
        "omani",
        "pakistani",
        "palestinian",
        "panamanian",
        "paraguayan",
        "peruvian",
        "polish",
        "portuguese",
        "qatari",
        "romanian",
        "russian",
        "rwandan",
        "salvadoran",
        "saudi",
        "scottish",
        "senegalese",
        "serbian",
        "singaporean",
        "slovak",
        "slovakian",
        "slovenian",
        "somali",
        "spanish",
        "sudanese",
        "swedish",
        "swiss",
        "syrian",
        "taiwanese",
        "tajik",
        "tanzanian",
        "thai",
        "tunisian",
        "turkish",
        "ugandan",
        "ukrainian",
        "uruguayan",
        "uzbek",
        "venezuelan",
        "vietnamese",
        "welsh",
        "yemeni",
        "zambian",
        "zimbabwean",
        "kiwi",
        "aussie",
    ]
)
# Occupations written capitalised before a name at a sentence's start ("Runner Ilona Varga
# pulled out"): a description, like a title, never a first name.
OCCUPATIONS: frozenset[str] = frozenset(
    ["runner", "diver", "striker", "midfielder", "defender", "goalkeeper", "swimmer"]
    + ["cyclist", "skier", "boxer", "jockey", "golfer", "sprinter", "climber", "skater"]
    + ["novelist", "poet", "artist", "singer", "rapper", "songwriter", "actor", "actress"]
    + ["producer", "designer", "architect", "chef", "photographer", "journalist"]
    + ["reporter", "blogger", "activist", "campaigner", "lawmaker", "legislator"]
    + ["politician", "diplomat", "economist", "entrepreneur", "investor", "billionaire"]
    + ["businessman", "businesswoman", "banker", "astronaut", "surgeon", "physician"]
    + ["nurse", "paramedic", "firefighter", "soldier", "pilot", "farmer", "teacher"]
    + ["student", "teenager", "pensioner", "comedian", "broadcaster", "presenter"]
)
# Titles that only ever precede a person's name (unlike "General" in "General Motors").
_PERSONAL_TITLES: frozenset[str] = HONORIFICS | _MEMBER_TITLES | {"senator", "mayor"}
ORG_WORDS: frozenset[str] = frozenset(
    [
        "ministry",
        "department",
        "office",
        "agency",
        "council",
        "committee",
        "commission",
        "court",
        "board",
        "union",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "plc",
        "group",
        "party",
        "police",
        "service",
        "services",
        "bank",
        "fund",
        "trust",
        "foundation",
        "association",
        "federation",
        "institute",
        "university",
        "college",
        "school",
        "hospital",
        "club",
        "team",
        "government",
        "administration",
        "authority",
        "inspectorate",
        "society",
        "network",
        "news",
        "press",
        "times",
        "post",
        "bureau",
        "organization",
        "organisation",
        "league",
        "army",
        "navy",
        "military",
        "force",
        "forces",
        "securities",
        "capital",
        "partners",
        "holdings",
        "industries",
        "airlines",
        "airways",
        "engineers",
        "campaign",
        "embassy",
        "consulate",
        "show",  # a programme speaks through its account ("The Lunchtime Show tweeted")
        "alliance",
        "coalition",
        "confederation",
        "consortium",
        "chamber",
        "academy",
        "assembly",
        "parliament",
        "congress",
        "tribunal",
        "charity",
        "watchdog",
        "regulator",
    ]
)
_NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019.-]*$")
_NICKNAME = re.compile(
    r"\b([A-Z][\w\u00c0-\u024f-]+) [\"\u201c\u2018'](?:[A-Z][^\"\u201d\u2019'\n.!?]{0,29})"
    r"[\"\u201d\u2019'] ([A-Z][\w\u00c0-\u024f-]+(?:-[A-Z][\w-]+)?)"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def is_name_word(word: str) -> bool:
    """A capitalised word that could be part of a name (not a title)."""
    return (
        bool(_NAME_WORD.match(word))
        and word.lower().rstrip(".") not in TITLES
        and word.rstrip(".") not in POST_NOMINALS
    )


def _title_as_surname(toks: list[Token], k: int) -> bool:
    """A title word ending a name is a surname ("Ms King", "Oona King", "Mr Bishop"):
    after an honorific, or after a first name the model tags as one person with it."""
    if k != len(toks) - 1 or k == 0:
        return False
    before = toks[k - 1]
    if before.lower_.rstrip(".") in HONORIFICS:
        return True
    return (
        before.ent_type_ == "PERSON"
        and toks[k].ent_type_ == "PERSON"
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in TITLES
    )


def name_from_tokens(tokens: Span | list[Token]) -> str:
    """The trailing run of name-like tokens, titles and lowercase words dropped.

    Hyphenated names ("Eze-Whitlow") are split into three tokens by spaCy; the joining
    hyphen is kept and the original spacing restored.
    """
    toks = list(tokens)
    syllable: list[Token] = []
    if len(toks) >= 4 and is_hyphen_syllable(toks[-1].doc, toks[-1].i):
        syllable = toks[-2:]  # "Kim Jong-un": the given name's end, re-attached below
        toks = toks[:-2]
    while toks and (
        toks[-1].text in _TRAILING
        or toks[-1].is_space
        or toks[-1].text.rstrip(".") in POST_NOMINALS
        and len(toks) > 1
    ):
        toks.pop()  # "Ines Varga QC": letters after a name are not part of it
    run: list[Token] = []
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        word = tok.text
        if (
            word in {"-", "\u2011"}
            and run
            and not tok.whitespace_
            or word[:1].isupper()
            and (word.lower().rstrip(".") not in TITLES or _title_as_surname(toks, k))
            and not tok.is_space
            or run
            and run[-1].text in {"-", "\u2011"}
            or (  # "Pieter de Wit", "Ursula von der Leyen": a particle inside the name
                word in _PARTICLES
                and run
                and (k == 0 or toks[k - 1].text[:1].isupper() or toks[k - 1].text in _PARTICLES)
            )
        ):
            run.append(tok)
        else:
            break
    while run and run[-1].text in {"-", "\u2011"}:
        run.pop()
    run.reverse()
    while run and run[0].text in {"-", "\u2011"}:
        run.pop(0)
    if (
        len(run) >= 3
        and run[0].text.lower() in DEMONYMS | OCCUPATIONS
        and run[1].text[:1].isupper()
    ):
        run.pop(0)  # "Kenyan Wanjiru Odhiambo", "Runner Ilona Varga": a description of her
    if not run:
        return ""
    if syllable and run[-1].i + 1 == syllable[0].i:
        run += syllable
    return "".join(t.text_with_ws for t in run).strip()


# Letters written after a name: honours, offices and degrees (British and Commonwealth
# news style), never part of the name itself.
POST_NOMINALS = frozenset(
    ["QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "MHA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE"]
    + ["PhD", "MD", "Esq", "SC", "JP"]
)
_HYPHENS = frozenset({"-", "\u2011"})
# an abbreviation in brackets after an organisation's name, or a bracket the model cut
_BRACKETED_TAIL = re.compile(r"\s*\([^)]*\)?$")
# Lowercase surname particles, kept when they stand between two capitalised name words.
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ter"}
)
_TRAILING = {"'s", "\u2019s", "'", "\u2019", ",", ".", ":", ";"}


def looks_like_org(text: str) -> bool:
    words = text.split()
    lowered = {w.strip(".,").lower() for w in words}
    # "BBC Sport", "NBC News": a name led by an acronym is a body's, not a person's
    acronym = len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper()
    return acronym or bool(lowered & ORG_WORDS)


def collect(article: Article) -> None:
    """Record every named person and organisation outside quotations, then canonicalise."""
    doc = article.doc
    text = article.text
    seen: set[tuple[int, int]] = set()
    mentions: list[Mention] = []
    inside_quote = article.in_quote

    ents = [
        e
        for e in doc.ents
        if e.label_ in {"PERSON", "ORG"}
        and not inside_quote(e.start_char)
        and "\n" not in e.text  # "X.\n\nAnalysts": a name never spans a paragraph break
        and not _credit(e)
        and not _dateline(e)
        and not _common_noun_opening(e)
        and not (len(e) == 1 and _PLURAL_ACRONYM.match(e.text))  # "MPs", "PCSOs": groups
        and not is_law(e)
        and not _names_an_illness(e)
    ]
    parties = _parties(doc, inside_quote)
    ents = [e for e in ents if not any(p.start <= e.start < p.end for p in parties)] + parties
    ents = _regrow_short_orgs(_split_glued(ents))
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    ents = [e for e in ents if not _matchup(e, surnames)]
    person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e if is_name_word(t.text)}
    for match in _NICKNAME.finditer(text):
        person_words.update((match.group(1), match.group(2)))
    full_names = {  # words of people named in full somewhere in the article
        t.text
        for e in ents
        if e.label_ == "PERSON" and len(e) >= 2
        for t in e
        if is_name_word(t.text)
    }
    businesses: set[str] = set()  # tagged PERSON, but shown by their context to be orgs
    for ent in sorted(ents, key=lambda e: e.label_ != "PERSON"):
        label_org = ent.label_ == "ORG"
        while len(ent) > 1 and ent[-1].pos_ in {"ADP", "CCONJ"}:
            ent = ent[:-1]  # "Moreau-Asante of": the model ran on into the next phrase
        if _glued_common_noun(ent, text):
            ent = ent[1:]  # headline "Carmaker Veloxa to cut jobs": the carmaker Veloxa
        if label_org and not looks_like_org(ent.text) and _person_like(ent, person_words):
            label_org = False
        elif label_org and len(ent) > 2 and ent[-1].text.rstrip(".") in POST_NOMINALS:
            label_org = False  # "Ines Varga QC": letters after a name mark a person
        elif label_org and _office_of_place_person(ent):
            ent, label_org = ent[-2:], False  # "President of Norland Ivo Brandt"
        elif not label_org and _org_like(ent):
            label_org = True
            businesses.add(ent.text.strip())
        if not label_org:
            ent = _extend_right(_extend_left(ent, full_names))
        if label_org:
            ent = _extend_org_left(ent)
            name = ent.text.strip().rstrip(".,;:")
            if name.lower().startswith("the "):
                name = name[4:]
            name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "\u2019s")) else name
            name = _BRACKETED_TAIL.sub("", name)  # "World Health Organization (WHO"
        else:
            name = name_from_tokens(ent)
        if len(name) < 2 or not name[:1].isupper() or name in POST_NOMINALS:
            continue  # "One MP told the BBC": the letters alone name nobody
        if not label_org and (_described(ent) or _fictional(ent)):
            continue
        seen.add((ent.start, ent.end))
        mentions.append(_mention(article, ent.start_char, ent.end_char, name, label_org, ent))
    orgs = [(m.start, m.end) for m in mentions if m.is_org]
    mentions = [  # "Bernie" inside "The Bernie and Sid Show"
        m
        for m in mentions
        if m.is_org
        or not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in orgs)
    ]

    aliases: dict[str, str] = {}
    for match in _NICKNAME.finditer(text):
        if inside_quote(match.start()):
            continue
        first, last = match.group(1), match.group(2)
        if first.lower() in TITLES:
            continue
        full = f"{first} {last}"
        nickname = match.group(0)[len(first) + 2 : -len(last) - 2]
        aliases[f"{nickname} {last}"] = full
        if " " not in nickname:
            aliases[nickname] = full
        para = article.paragraph_at(match.start())
        mentions.append(
            Mention(match.start(), match.end(), match.group(0), full, False, para, is_person=True)
        )

    # Capitalised-word fallback: PROPN runs the model did not tag, e.g. before an appositive,
    # and lone surnames of people already named in full.
    covered = {i for s, e in seen for i in range(s, e)}
    known = {w for m in mentions if not m.is_org for w in m.canonical.split() if " " in m.canonical}
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        surname = tok.pos_ == "NOUN" and tok.text in known  # "Mulvey laughs" opening a sentence
        if i in covered or (tok.pos_ != "PROPN" and not surname) or not is_name_word(tok.text):
            i += 1
            continue
        j = i + 1 if surname else i
        while j < n and j not in covered:
            if doc[j].pos_ == "PROPN" and is_name_word(doc[j].text):
                j += 1
            elif _joins_hyphenated(doc, j) and j + 1 not in covered:
                j += 2  # "Fontaine-Park": the parser splits a hyphenated surname in three
            else:
                break
        j = _org_tail(doc, i, j, covered)
        named_org = doc[j - 1].lower_ in ORG_WORDS  # "the Harbor and Warehouse Workers Union"
        if not named_org and j - i >= 3 and _after_title_of(doc, j - 1):
            i = j - 2  # "Minister of Information Jamal Jarrah": the department is no name
            tok = doc[i]
        if (
            not named_org
            and j - i >= 2
            and tok.is_sent_start
            and tok.text not in known
            and all(t.text in known or t.text in _HYPHENS for t in doc[i + 1 : j])
        ):
            i += 1  # "Longtime Imus": a sentence-initial capital glued to a known name
            tok = doc[i]
        span = doc[i:j]
        if (
            (j - i >= 2 or tok.dep_ in {"nsubj", "appos"} or tok.text in known)
            and not (j - i == 1 and _PLURAL_ACRONYM.match(tok.text))  # "MPs", "NGOs": groups
            # "25,000 Community Support Officers": a lone plural is a group, not a surname
            and not (j - i == 1 and tok.tag_ == "NNPS" and tok.text not in known)
            and not (j - i == 1 and _common_noun_opening(span))  # headline "Games '...'"
            and not _described(span)
            and not is_law(span)  # "the 1989 Children Act" speaks for nobody
            and not _credit(span)
            and not _dateline(span)
            and not inside_quote(span.start_char)
            and (
                tok.ent_type_ not in _NOT_NAMES
                or has_role_apposition(span)
                or _speaks(span)
                or _titled(span)
                or _org_apposed(span)
                or (named_org and tok.ent_type_ in {"WORK_OF_ART", "LAW"})  # "The X Show"
                or all(t.text in known or t.text in _HYPHENS for t in span)
                or span.text in known
            )
            and not (  # the first word of a quotation, not the name after a closing mark
                i > 0
                and doc[i - 1].text in {"\u201c", '"', "\u2018", "'"}
                and not doc[i - 1].whitespace_
            )
            and not (i > 0 and doc[i - 1].lower_ == "the" and not named_org)
            and not _matchup(span, surnames)
            and not _names_an_illness(span)
        ):
            name = span.text if named_org else name_from_tokens(span)
            if len(name) > 1 and not _fictional(span):
                is_org = looks_like_org(name) or _org_apposed(span)
                mentions.append(
                    _mention(article, span.start_char, span.end_char, name, is_org, span)
                )
                if not is_org and " " in name:
                    known.update(name.split())
        i = max(j, i + 1)

    mentions.extend(_unnamed_bodies(article, mentions))
    mentions.extend(_short_bodies(article, mentions))
    mentions.sort(key=lambda m: m.start)
    article.mentions = mentions
    for m in mentions:  # "the Court of Arbitration for Sport (CAS)": CAS is its short name
        short = _BRACKETED_ACRONYM.search(text, m.start, m.end + 12)
        if m.is_org and short and " " in m.canonical and "(" not in text[m.start : short.start()]:
            aliases.setdefault(short.group(1), m.canonical)
    for m in mentions:  # "Bobby Kane" after Robert "Bobby" Kane
        m.canonical = aliases.get(m.canonical, m.canonical)
        if m.canonical in businesses:  # one name, one kind of entity per article
            m.is_org, m.is_person = True, False
    _canonicalise(mentions)


_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


def _org_apposed(span: Span) -> bool:
    """A one-word name next to an organisation noun is that organisation ("the grid
    operator Statnett", "the shipping group Maersk"); "the developer Ana Roe" is not."""
    root = span.root
    return len([t for t in span if not t.is_punct]) == 1 and (
        root.dep_ in {"appos", "compound"}
        and root.head.lower_ in ORG_APPOSITIONS
        and root.head.pos_ == "NOUN"
        or any(c.dep_ == "compound" and c.lower_ in ORG_APPOSITIONS for c in root.children)
    )


def _dateline(span: Span) -> bool:
    """A dateline's place in capitals opening a paragraph ("ROTTERDAM, Netherlands ...",
    "DUBLIN (AP) \u2014")."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    return (
        bool(words)
        and all(t.is_upper and len(t.text) > 1 for t in words)
        and (span.start == 0 or doc[span.start - 1].is_space or "\n" in doc[span.start - 1].text)
        and span.end < len(doc)
        and doc[span.end].text in {",", "("}
    )


def _credit(ent: Span) -> bool:
    """A news agency's credit in a dateline ("HALDEN, Norway (AP) \u2014 ..."): a name in
    brackets right before the dash that opens the story. It credits the wire service that
    filed the text; it is never a speaker or the organisation a story is about."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end + 1 < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
        and doc[ent.end + 1].text in _DASHES
    )


# Organisation nouns a story uses for a named body of its own; "company" or "group" alone
# says nothing about which one, so only these institutional heads stand for an unnamed body.
_GENERIC_BODIES = frozenset({"company", "group", "corporation", "team", "club", "news", "press"})


def _unnamed_bodies(article: Article, mentions: list[Mention]) -> list[Mention]:
    """An institution the story describes but never names ("The regional health authority
    recorded 214 cases"): a definite subject with an organisation noun at its head and a
    lowercase modifier. Later "the authority said" and "it said" stand for it, and the
    description is its name. Not when the article names an organisation with that head
    ("the Harbour Authority"): then the short form is that name."""
    doc = article.doc
    named_heads = {w for m in mentions if m.is_org for w in _words(m.canonical)}
    out: list[Mention] = []
    for tok in doc:
        word = tok.lower_
        if (
            not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower)
            or word not in ORG_WORDS
            or word in _GENERIC_BODIES
            or word in named_heads
            or (tok.dep_ not in _SUBJECT and not _according_to(tok))
            or article.in_quote(tok.idx)
        ):
            continue
        lefts = list(tok.lefts)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
            continue
        mods = [c for c in lefts if c.dep_ in {"amod", "compound"}]
        if any(c.tag_ in {"JJR", "JJS", "RBR", "RBS"} for c in mods):
            continue  # "the more force can be used": a comparison, not a body
        if not mods or not all(
            t.is_lower or t.lower_ in DEMONYMS or t.ent_type_ == "NORP"
            for c in mods
            for t in c.subtree
        ):
            continue  # "the regional health authority", "the Egyptian military"
        start = min(c.left_edge.i for c in mods)
        end = tok.i + 1
        for prep in tok.rights:  # "the joint committee on human rights"
            if prep.dep_ == "prep" and prep.lower_ in {"on", "for"} and prep.i == end:
                tail = list(prep.subtree)
                if all(t.is_lower or t.pos_ == "PROPN" for t in tail):
                    end = tail[-1].i + 1
        span = doc[start:end]
        name = span.text
        mention = _mention(article, span.start_char, span.end_char, name, True, span)
        out.append(mention)
    return out


def _according_to(tok: Token) -> bool:
    """'According to the Kestrian transport ministry': the body is a source."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and tok.doc[prep.i - 1].lower_ == "according"
    )


def _short_bodies(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A definite organisation noun as a subject ("The authority blamed ...") refers to the
    latest organisation named before it with that word in its name: it is a mention of
    that organisation, so "it" in the same sentence can find it."""
    doc = article.doc
    orgs = sorted((m for m in mentions if m.is_org), key=lambda m: m.start)
    out: list[Mention] = []
    for tok in doc:
        if (
            tok.pos_ != "NOUN"
            or tok.lower_ not in ORG_WORDS
            or tok.dep_ not in _SUBJECT
            or article.in_quote(tok.idx)
            or [c.lower_ for c in tok.lefts] != ["the"]
        ):
            continue
        named = [m for m in orgs if m.end <= tok.idx and tok.lower_ in _words(m.canonical)]
        if named:
            span = doc[tok.i - 1 : tok.i + 1]
            m = _mention(article, span.start_char, span.end_char, named[-1].canonical, True, span)
            out.append(m)
    return out


_NOT_NAMES = frozenset(
    {"GPE", "LOC", "NORP", "DATE", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)


def _speaks(span: Span) -> bool:
    """A two-word capitalised name the model tagged a place whose last word alone is the
    subject of a reporting verb elsewhere ("Agnes Mulvey climbed ... 'It wasn't,' Mulvey
    says"): a place says nothing, so it is a person."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not all(is_name_word(t.text) for t in words):
        return False
    last = words[-1].text
    return any(
        t.text == last and t.dep_ in _SUBJECT and t.head.lower_ in REPORTING_FORMS for t in span.doc
    )


# words that end the name of a public place or building, never a person's name
_PLACE_WORDS = frozenset(
    ["library", "museum", "hospital", "centre", "center", "park", "station", "airport"]
    + ["church", "cathedral", "zoo", "stadium", "arena", "hall", "bridge", "street", "road"]
    + ["square", "market", "port", "harbour", "harbor", "tower", "palace"]
)


def _regrow_short_orgs(ents: list[Span]) -> list[Span]:
    """An organisation whose first word the model dropped ("Kee" + "Par" after "Kee Par
    Corporation"): grow it left over the capitalised words that begin a longer
    organisation name in the article."""
    orgs = [e.text.split() for e in ents if e.label_ == "ORG"]
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        doc = ent.doc
        while (
            ent.label_ == "ORG"
            and start > 0
            and doc[start - 1].pos_ == "PROPN"
            and is_name_word(doc[start - 1].text)
        ):
            words = [t.text for t in doc[start - 1 : ent.end]]
            if not any(len(o) > len(words) and o[: len(words)] == words for o in orgs):
                break
            start -= 1
        out.append(ent if start == ent.start else Span(doc, start, ent.end, label="ORG"))
    return out


def _names_an_illness(span: Span) -> bool:
    """'Motor Neurone disease', 'Tourette syndrome': a name that modifies an illness is
    the illness's name, not a person in the story."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _ILLNESSES


_ILLNESSES = frozenset({"disease", "syndrome", "virus", "disorder", "palsy", "fever"})


def _matchup(ent: Span, surnames: set[str]) -> bool:
    """'Second US Biden-Trump debate': two people's surnames joined by a hyphen name a
    contest between them (a final, a race, a summit), not a third person."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        if (
            _joins_hyphenated(doc, i)
            and doc[i - 1].text in surnames
            and doc[i + 1].text in surnames
            and doc[i - 1].text != doc[i + 1].text
            # 'Celeste Thibodeaux-Grant': after a given name it is a double-barrelled surname
            and not (i >= 2 and is_name_word(doc[i - 2].text) and not doc[i - 2].text.isupper())
        ):
            return True
    return False


def _split_glued(ents: list[Span]) -> list[Span]:
    """An organisation run into the person after it ("According to Pressfree International
    Ilias Varvaki, reporter for ...") is two names when the organisation's name stands
    alone elsewhere in the article and the rest is a person's two or three words."""

    def words_of(span: Span) -> tuple[str, ...]:
        return tuple(t.text for t in span if not (t.i == span.start and t.lower_ == "the"))

    org_names = {words_of(e) for e in ents if e.label_ == "ORG"}
    # "Hibernian Investment Managers" is one firm: words the article also writes in
    # lower case ("chief investment officer") are no person's name
    lowered = lower_words(ents[0].doc) if ents else set()
    out: list[Span] = []
    for ent in ents:
        words = words_of(ent)
        lead = len(ent) - len(words)  # "the" before the organisation's name
        cut = next(
            (
                k
                for k in range(len(words) - 2, 0, -1)
                if words[:k] in org_names
                and 2 <= len([w for w in words[k:] if w not in _HYPHENS]) <= 3
                and all(is_name_word(w) or w in _HYPHENS for w in words[k:])
                and not looks_like_org(" ".join(words[k:]))
                and not {w.lower() for w in words[k:]} & (VENUE_NOUNS | _PLACE_WORDS | lowered)
            ),
            None,
        )
        if ent.label_ != "ORG" or cut is None:
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, ent.start + lead + cut, label="ORG"))
        out.append(Span(ent.doc, ent.start + lead + cut, ent.end, label="PERSON"))
    return out


def _titled(span: Span) -> bool:
    """A two-word capitalised name right after a person's title is a person whatever the
    model tagged it ("the regional governor Kigali Mbeki" tagged a place)."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or span.start == 0 or not all(is_name_word(t.text) for t in words):
        return False
    before = span.doc[span.start - 1]
    return before.lower_.rstrip(".") in TITLES and before.pos_ in {"NOUN", "PROPN"}


_ORG_LINKS = frozenset({"and", "&", "of", "for"})


def _org_tail(doc: Doc, i: int, j: int, covered: set[int]) -> int:
    """Extend the capitalised run ``doc[i:j]`` over linking words when the longer run is an
    organisation's name ("the Harbor and Warehouse Workers Union", "Department of State").
    "of" and "for" link only after an organisation word, so "Ana Ruiz of Acme Ltd" stays
    apart; "and" only in a name under "the", so two parties stay two."""
    end = j
    k = j
    titled = i > 0 and doc[i - 1].lower_ == "the"
    while k + 1 < len(doc) and doc[k].lower_ in _ORG_LINKS and k not in covered:
        if doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ not in ORG_WORDS:
            break
        if doc[k].lower_ in {"and", "&"} and not titled:
            break  # "between Ana Ruiz and Kestrel Holdings": two parties, not one name
        m = k + 1
        while m < len(doc) and m not in covered and doc[m].pos_ == "PROPN":
            if not is_name_word(doc[m].text):
                break
            m += 1
        if m == k + 1:
            break
        k = m
        if doc[k - 1].lower_ in ORG_WORDS:
            end = k
    return end


_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_BRACKETED_ACRONYM = re.compile(r"\s?\(([A-Z][A-Za-z&]{1,9})\)")
_LAWS = frozenset(
    ["Act", "Bill", "Treaty", "Convention", "Directive", "Charter", "Amendment", "Protocol"]
)


def is_law(span: Span | list[Token]) -> bool:
    """A law's name speaks for nobody: "the 1989 Children Act", and a law cited by number,
    "Republic Act No. 3846", "17 U.S. Code \u00a7 1201"."""
    toks = list(span)
    if not toks:
        return False
    doc = toks[0].doc
    for tok in toks:
        if tok.text not in _LAWS and tok.text != "Code":
            continue
        if tok.i == toks[-1].i and tok.text != "Code":
            return True
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text in {"No", "No.", "\u00a7"} or nxt.like_num):
            return True
    return False


def _described(ent: Span) -> bool:
    """A lone capitalised word under a determiner is a description, not a name: "the fiery
    Glaswegian", "a Londoner" (a name takes no article)."""
    words = [t for t in ent if not t.is_punct]
    return len(words) == 1 and any(
        c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in ent.root.children
    )


def _joins_hyphenated(doc: Doc, i: int) -> bool:
    """Token ``i`` is an unspaced hyphen between two capitalised name words."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and is_name_word(doc[i - 1].text)
        and is_name_word(doc[i + 1].text)
    )


def _extend_right(ent: Span) -> Span:
    """Take in the rest of a hyphenated surname the entity cut off (Delia Fontaine|-Park),
    and the lower-case second syllable of a hyphenated given name (Kim Jong|-un)."""
    end = ent.end
    doc = ent.doc
    while _joins_hyphenated(doc, end) and not doc[end + 1].ent_type_:
        end += 2
    if end + 1 < len(doc) and is_hyphen_syllable(doc, end + 1):
        end += 2
    return doc[ent.start : end] if end != ent.end else ent


def is_hyphen_syllable(doc: Doc | Span, i: int) -> bool:
    """Token ``i`` is the short lower-case end of a two-word name's hyphenated given name
    ("Moon Jae-in", "Tong Yung-soo"), not a compound's word ("a Kim-led team")."""
    tok = doc[i]
    return (
        i >= 3
        and tok.is_alpha
        and tok.is_lower
        and len(tok) <= 4
        and tok.lower_ not in _HYPHEN_COMPOUNDS
        and doc[i - 1].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and is_name_word(doc[i - 2].text)
        and is_name_word(doc[i - 3].text)
        and doc[i - 3].whitespace_ != ""
    )


_HYPHEN_COMPOUNDS = frozenset(
    {"led", "era", "run", "born", "type", "like", "made", "held", "based", "style", "owned"}
    | {"backed", "linked", "free", "wide", "only", "size", "year", "day", "week"}
)


def _extend_org_left(ent: Span) -> Span:
    """An organisation named for two people or places, split by the model at its 'and'
    ("The Bernie" + "and" + "Sid Show" is "The Bernie and Sid Show"); the article in front
    tells it from two parties ("between Ana Ruiz and Acme Group")."""
    doc = ent.doc
    start = ent.start
    if ent[-1].lower_ not in ORG_WORDS or start < 2 or doc[start - 1].lower_ not in {"and", "&"}:
        return ent
    if not (doc[start - 2].pos_ == "PROPN" and is_name_word(doc[start - 2].text)):
        return ent
    start -= 2
    while start > 0 and doc[start - 1].pos_ == "PROPN" and is_name_word(doc[start - 1].text):
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return ent  # "a dispute between Ana Ruiz and Acme Group": two parties
    return doc[start - 1 : ent.end]


def _extend_left(ent: Span, full_names: set[str]) -> Span:
    """Take in capitalised name words the entity missed on its left ("Leyla" Hasanova), but
    not a sentence-initial capital before a name given in full elsewhere ("Longtime Imus"),
    a sentence-initial common noun before a full name ("Passenger Declan Furey") nor an
    office's department ("Minister of Information Jamal Jarrah")."""
    start = ent.start
    doc = ent.doc
    known = all(t.text in full_names or t.text in _HYPHENS for t in ent)
    reach = 2
    if _after_title_of(doc, ent.start):
        reach = 0 if len(ent) >= 2 else 1
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and is_name_word(doc[start - 1].text)
        and not doc[start - 1].ent_type_
        and ent.start - start < reach
        and not (known and doc[start - 1].is_sent_start and doc[start - 1].text not in full_names)
        and not (len(ent) >= 2 and _opens_sentence(doc[start - 1]) and _common_noun(doc[start - 1]))
    ):
        start -= 1
    return doc[start : ent.end] if start != ent.start else ent


def _opens_sentence(tok: Token) -> bool:
    """First word of a sentence or of a paragraph (the parse may not split at a break)."""
    doc = tok.doc
    return (
        tok.is_sent_start or tok.i == 0 or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text)
    )


def _common_noun(tok: Token) -> bool:
    """The article writes this capitalised word as a lowercase noun elsewhere: "Passenger
    Declan Furey said ... all passengers" opens with a noun, not a first name."""
    word = tok.lower_
    forms = {word, word + "s", word + "es"}
    return any(t.pos_ == "NOUN" and t.is_lower and t.text in forms for t in tok.doc)


def _glued_common_noun(ent: Span, text: str) -> bool:
    """A sentence-opening capital glued to a name: the word is a common noun the article
    writes in lowercase elsewhere ("carmaker"), and the rest of the name stands alone
    elsewhere ("Veloxa, Europe's fourth-largest carmaker, said"), so "Carmaker Veloxa" is
    the carmaker Veloxa. The noun must follow the name in a sentence where the name stands
    alone: a first name may be a word too ("Mark Harbers ... to mark the day")."""
    first = ent[0]
    if len(ent) < 2 or not first.is_sent_start or not first.text[:1].isupper():
        return False
    word = first.text
    if not re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False
    rest = ent[1:].text
    alone = [
        found.start()
        for found in re.finditer(rf"\b{re.escape(rest)}\b", text)
        if text[max(0, found.start() - len(word) - 1) : found.start()].strip() != word
    ]
    # a first name may be a word too ("Mark Harbers ... to mark the day"): only a noun
    # after the name where it stands alone describes it ("Hallgren, the largest brewer")
    doc = ent.doc
    lower = word.lower()
    for start in alone:
        span = doc.char_span(start, start + len(rest), alignment_mode="expand")
        if span is not None and any(
            t.text == lower and t.pos_ == "NOUN" for t in span.sent if t.i >= span.end
        ):
            return True
    return False


def _fictional(ent: Span) -> bool:
    """A character's name ('the character of Ana Roe', 'the role of Ana Roe', 'her
    character, Ana Roe'): nobody who can be quoted."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    return bool(before) and (
        before[-2:] in (["character", "of"], ["role", "of"]) or before[-1] in {"character"}
    )


def _office_of_place_person(ent: Span) -> bool:
    """An entity run on from "<Title> of" over a place and a person's name ("President of
    [Norland Ivo Brandt]"): three or more capitalised words, none an organisation
    word, ending in a first name and a surname."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_.rstrip(".") in TITLES
        and len(ent) >= 3
        and all(t.pos_ == "PROPN" and is_name_word(t.text) for t in ent)
        and not looks_like_org(ent.text)
        # "officer of Hibernian Investment Managers": words the article writes in lower
        # case are a firm's, not a first name and a surname
        and not any(t.text.lower() in lower_words(doc) for t in ent[-2:])
    )


# What a party's members are called speaks for the party ("the Tories said", "Democrats
# say"): an organisation, unlike a nationality ("Britons") or an unnamed group ("MPs").
_PARTY_MEMBERS = frozenset(
    ["Tories", "Conservatives", "Democrats", "Republicans", "Liberals", "Greens", "Dems"]
    + ["Socialists", "Nationalists", "Unionists", "Nats"]
)


def _parties(doc: Doc, inside_quote: Callable[[int], bool]) -> list[Span]:
    """Party names the model tags as nationalities or people, as organisations, with the
    capitalised words before them ("Liberal Democrats", "Lib Dems", "Scottish Nationalists")."""
    out: list[Span] = []
    for ent in doc.ents:
        if (
            ent.label_ == "ORG"
            or ent[-1].text not in _PARTY_MEMBERS
            or inside_quote(ent.start_char)
        ):
            continue
        start = ent.start
        while (
            start > ent.end - 3
            and start > 0
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].pos_ in {"PROPN", "ADJ"}
        ):
            start -= 1
        out.append(Span(doc, start, ent.end, label="ORG"))
    return out


def _common_noun_opening(span: Span) -> bool:
    """One word opening a sentence that the article also writes in lower case, untagged or
    tagged an organisation: headline "Pylons 'spoil the valley'" over a story about the
    pylons, "Games 'deserve a place in class'" over one about computer games."""
    tok = span[0]
    return (
        len(span) == 1
        and tok.ent_type_ in {"", "ORG"}
        and tok.is_sent_start
        and not tok.is_upper
        and tok.text.lower() in lower_words(span.doc)
    )


def lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case (common nouns, not names), once per doc."""
    words = doc.user_data.get("quotedesk_lower_words")
    if words is None:
        words = doc.user_data["quotedesk_lower_words"] = {t.text for t in doc if t.is_lower}
    return words


def _after_title_of(doc: Doc, i: int) -> bool:
    """The capitalised run before token ``i`` follows "<Title> of" ("Minister of Information
    Jamal Jarrah"): the run opens with the office's department, so only a missed first
    name joins a one-word name."""
    k = i - 1
    while k > 0 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_.rstrip(".") in TITLES


ROLE_NOUNS: frozenset[str] = TITLES | frozenset(
    [
        "nurse",
        "doctor",
        "teacher",
        "lawyer",
        "professor",
        "researcher",
        "scientist",
        "student",
        "resident",
        "owner",
        "farmer",
        "worker",
        "driver",
        "pilot",
        "engineer",
        "candidate",
        "member",
        "chairwoman",
        "chairman",
        "spokeswoman",
        "spokesman",
        "mother",
        "father",
        "wife",
        "husband",
        "daughter",
        "son",
        "widow",
        "actress",
        "actor",
        "singer",
        "captain",
        "player",
        "veteran",
        "official",
        "executive",
        "economist",
        "analyst",
        "consultant",
        "volunteer",
    ]
)


ORG_APPOSITIONS = frozenset(
    [
        "company",
        "firm",
        "group",
        "maker",
        "manufacturer",
        "operator",
        "agency",
        "charity",
        "union",
        "business",
        "developer",
        "provider",
        "producer",
        "retailer",
        "chain",
        "startup",
        "start-up",
        "bank",
        "insurer",
        "airline",
        "broadcaster",
        "publisher",
        "network",
        "organisation",
        "organization",
    ]
)
# Businesses and outlets that carry a person-like name ("the restaurant Maison Ama"); unlike
# "operator" or "developer" these nouns never describe a person.
VENUE_NOUNS = frozenset(
    [
        "restaurant",
        "cafe",
        "café",
        "bar",
        "pub",
        "hotel",
        "shop",
        "store",
        "bakery",
        "brewery",
        "gallery",
        "theatre",
        "theater",
        "venue",
        "brand",
        "label",
        "band",
        "magazine",
        "newspaper",
        "podcast",
        "website",
        "app",
    ]
)


def _org_like(ent: Span) -> bool:
    """A PERSON entity that is an organisation: an org word, a plural proper noun at the
    end ("Kestrian Railways") or an organisation in apposition ("Acme, the company ...",
    "the Brixton restaurant Maison Ama", and a one-word name after an organisation noun,
    "the grid operator Statnett"; "the developer Ana Roe" stays a person)."""
    if looks_like_org(ent.text) or ent[-1].tag_ == "NNPS" and not _person_in_context(ent):
        return True
    if len(ent) >= 2 and (ent[0].text in FEMALE_GIVEN or ent[0].text in MALE_GIVEN):
        return False  # "Tom Harlan, a Texas broadcaster": a first name makes a person
    root = ent.root
    if any(c.dep_ == "appos" and c.lower_ in ORG_APPOSITIONS for c in root.children):
        return True
    if root.dep_ in {"appos", "compound"} and root.head.lower_ in VENUE_NOUNS:
        return root.head.pos_ == "NOUN"
    if _org_apposed(ent):
        return True  # "the grid operator Statnett": a one-word name is the business itself
    return any(c.dep_ == "compound" and c.lower_ in VENUE_NOUNS for c in root.children)


def _person_in_context(ent: Span) -> bool:
    """A PERSON name the tagger calls plural (surnames in -s: "Laura Brownlees of Save the
    Children said") that its context shows to be a person: a title before it or before
    its surname elsewhere ("Ms Brownlees"), or "of"/"from" an organisation after it."""
    doc = ent.doc
    if len(ent) < 2 or len(ent) > 3:
        return False
    surname = ent[-1].text
    for tok in doc:
        if tok.text == surname and tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in TITLES:
            return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "from"}
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
        for c in ent.root.children
    )


def has_role_apposition(span: Span) -> bool:
    """The name has a person's role in apposition ("Ana Silva, the firm's chairwoman")."""
    return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in span.root.children)


def _alone_elsewhere(word: Token) -> bool:
    """The word stands on its own elsewhere, as a surname does ("Brand said"), and not
    after "the", as an organisation's head noun does ("the church said")."""
    doc = word.doc
    for tok in doc:
        if tok.i == word.i or tok.text != word.text:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and (before.lower_ == "the" or before.text[:1].isupper()):
            continue
        if after is not None and after.text[:1].isupper():
            continue
        return True
    return False


def _person_like(ent: Span, person_words: set[str]) -> bool:
    """An ORG entity that is really a person: a known person's name word, a name in
    apposition to a person's role ("the labour minister, Tiago Marques,"), or a short
    name ending in a hyphenated surname (the small model tags many of those ORG)."""
    words = [t for t in ent if t.text != "-"]
    if (
        3 <= len(words) <= 4
        and words[0].lower_ in DEMONYMS
        and all(t.pos_ == "PROPN" for t in words[1:])
        and _alone_elsewhere(words[-1])
    ):
        return True  # "American Justin Brand ... Brand said"
    if not words or len(words) > 4 or not all(t.pos_ == "PROPN" for t in words):
        return False
    if all(t.text in person_words for t in words):
        return True
    if len(words) >= 2 and words[0].lower_.rstrip(".") in _PERSONAL_TITLES:
        return True  # "Councilwoman Tove Ravel", "Dr. Ana Silva" tagged ORG
    if has_role_apposition(ent):
        return True
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS and root.head.pos_ == "NOUN":
        return True  # "Portugal's labour minister, Tiago Marques,"
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ORG_APPOSITIONS | VENUE_NOUNS:
        return False  # "victim group Ending Clergy Abuse"
    if (
        before is not None
        and before.lower_.rstrip(".") in TITLES
        or (before is not None and before.pos_ == "NOUN" and before.is_lower and len(words) >= 2)
    ):
        return True  # "center Ifeoma Chukwu", "Dr. Ana Silva"
    if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].like_num:
        return doc[ent.end + 2].text == ","  # "Okafor-Lyle, 52,"
    last = ent[-1]
    return len(ent) >= 3 and ent[-2].text == "-" and not ent[-2].whitespace_ and last.is_title


def _mention(
    article: Article, start: int, end: int, name: str, is_org: bool, span: Span
) -> Mention:
    root = span.root
    subject = root.dep_ in _SUBJECT or (root.dep_ == "appos" and root.head.dep_ in _SUBJECT)
    subject = subject or any(c.dep_ in _SUBJECT for c in root.children if c.i < span.start)
    person = not is_org and (span.label_ == "PERSON" or len(name.split()) >= 2 or "-" in name)
    verb = root.head.head if root.dep_ == "appos" else root.head
    held = _name_ending_role_subject(span) if person and not subject else None
    if held is not None:
        subject, verb = True, held  # "Former deputy director of ... Ivo Marek Brandt was"
    main = subject and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))
    mention = Mention(
        start, end, span.text, name, is_org, article.paragraph_at(start), subject, main, person
    )
    mention.reports = subject and (verb.lower_ in REPORTING_FORMS or _orphan_cue(span))
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        mention.reports = mention.is_main_subject = True  # "According to Dr. Ada Roe, ..."
    return mention


def _name_ending_role_subject(span: Span) -> Token | None:
    """The verb whose role-noun subject ends in this name right before it ('Former deputy
    director of operations for the armed forces Ivo Marek Brandt was the third'): the
    name holds the role, so it is the subject."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    verb = doc[span.end]
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.children:
        if (
            child.dep_ in _SUBJECT
            and child.pos_ == "NOUN"
            and child.i < span.start
            and any(t.i == span.start for t in child.subtree)
        ):
            return verb
    return None


def _orphan_cue(span: Span) -> bool:
    """A reporting verb later in the sentence that the parse left without a subject
    (the small model often attaches a long subject to the wrong verb)."""
    doc = span.doc
    for tok in doc[span.end : min(len(doc), span.end + 40)]:
        if tok.is_sent_start or tok.text in QUOTE_CHARS:
            return False
        if tok.lower_ in REPORTING_FORMS and tok.pos_ == "VERB":
            return not any(c.dep_ in _SUBJECT for c in tok.children)
    return False


QUOTE_CHARS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2018", "``"})


REPORTING_FORMS = CUE_FORMS - NAMING_FORMS


_SUBJECT = {"nsubj", "nsubjpass"}


def _words(name: str) -> list[str]:
    """A name's words for matching, without case or accents: news copy spells one name
    both ways ("Celik" and "\u00c7elik"). A generational suffix is no surname: "Downey"
    is "Robert Downey Jr."."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w.lower() for w in re.split(r"[\s-]+", folded) if w]
    while len(words) > 1 and words[-1].rstrip(".,") in _GENERATIONS:
        words.pop()
    return words


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _fits(short: list[str], long: list[str]) -> bool:
    """``short`` is a subsequence of ``long`` ending on the same word, or its first name."""
    if not short or len(short) > len(long):
        return False
    if short[-1] == long[-1]:
        it = iter(long)
        return all(w in it for w in short)
    return len(short) == 1 and short[0] == long[0]


def _canonicalise(mentions: list[Mention]) -> None:
    """Map every mention to the fullest name it fits; ties go to the most-mentioned name."""
    people = [m for m in mentions if not m.is_org]
    counts = Counter(m.canonical for m in people)
    words_of = {name: _words(name) for name in counts}
    by_word: dict[str, list[str]] = {}
    for name, words in words_of.items():
        if words:
            by_word.setdefault(words[-1], []).append(name)
            by_word.setdefault(words[0], []).append(name)
    best: dict[str, str] = {}
    for name, words in words_of.items():
        if not words:
            continue
        pool = set(by_word.get(words[-1], [])) | set(by_word.get(words[0], []))
        fits = [
            longer
            for longer in pool
            if len(words_of[longer]) > len(words) and _fits(words, words_of[longer])
        ]
        if not fits:
            continue
        longest = max(len(words_of[n]) for n in fits)
        top = [n for n in fits if len(words_of[n]) == longest]
        # two people share a surname: the one the article names most
        best[name] = max(top, key=lambda n: (counts[n], n))
    for m in people:
        m.canonical = best.get(m.canonical, m.canonical)
        m.is_person = m.is_person or len(_words(m.canonical)) >= 2
    _orgs_that_are_people(mentions)
    _people_that_are_orgs(mentions)
    orgs = [m for m in mentions if m.is_org]
    org_names = sorted({m.canonical for m in orgs}, key=len, reverse=True)
    initials = {_initials(n): n for n in reversed(org_names) if " " in n}
    mapped: dict[str, str] = {}
    for name in org_names:
        if name in initials and initials[name] != name:
            mapped[name] = initials[name]
            continue
        low = name.lower()
        if len(low) < 4:
            continue
        for longer in org_names:
            if len(longer) <= len(name):
                break
            if low in longer.lower() or _short_form(name, longer):
                mapped[name] = longer
                break
    for m in orgs:
        m.canonical = mapped.get(m.canonical, m.canonical)


def _people_that_are_orgs(mentions: list[Mention]) -> None:
    """A lone word tagged as a person that opens a body's name the article writes in full
    ("Labour" beside "Labour Party", "Hasbro" beside "Hasbro Inc") is that body, unless a
    person of that name is written in full too."""
    bodies: dict[str, set[str]] = {}
    for m in mentions:
        words = m.canonical.split()
        if m.is_org and len(words) >= 2 and words[-1].lower().rstrip(".") in ORG_WORDS:
            bodies.setdefault(words[0], set()).add(m.canonical)
    people = {
        w for m in mentions if not m.is_org and " " in m.canonical for w in m.canonical.split()
    }
    for m in mentions:
        word = m.canonical
        if m.is_org or " " in word or word in people or len(bodies.get(word, ())) != 1:
            continue
        m.is_org, m.is_person, m.canonical = True, False, next(iter(bodies[word]))


def _orgs_that_are_people(mentions: list[Mention]) -> None:
    """An ORG-tagged mention whose words all belong to one named person is that person."""
    people = {m.canonical: _words(m.canonical) for m in mentions if m.is_person}
    for m in mentions:
        if not m.is_org or looks_like_org(m.canonical):
            continue
        words = _words(m.canonical)
        fits = [
            name
            for name, full in people.items()
            if _fits(words, full) or (len(full) >= 2 and words[-len(full) :] == full)
        ]
        if len(fits) == 1:
            m.is_org, m.is_person, m.canonical = False, True, fits[0]


def _short_form(short: str, full: str) -> bool:
    """'State Department' is a short form of 'United States Department of State': two or
    more words, all of them in the full name, ending on an organisation word it shares."""
    words = _words(short)
    full_words = set(_words(full))
    return (
        len(words) >= 2
        and words[-1] in ORG_WORDS
        and all(w in full_words for w in words)
        and len(full_words) > len(set(words))
    )


def _initials(name: str) -> str:
    """'All Elite Wrestling' -> 'AEW' (small words skipped)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def canonical_for(article: Article, tokens: Span | list[Token]) -> str | None:
    """The canonical name a run of name tokens refers to, or None when it holds no name."""
    name = name_from_tokens(tokens)
    if not name:
        return None
    key = _words(name)
    best: str | None = None
    place = all(t.ent_type_ in {"GPE", "LOC"} for t in tokens if t.text[:1].isupper())
    for m in article.mentions:
        cand = _words(m.canonical)
        fits = key == cand or _fits(key, cand) and not place  # "Portugal" is not its airline
        if fits and (best is None or len(cand) > len(_words(best))):
            best = m.canonical
    if best is None and not place:  # "Ashcombe County" is not its Board of Commissioners
        for m in article.mentions:
            if m.is_org and name.lower() in m.canonical.lower():
                return m.canonical
    return best or name
