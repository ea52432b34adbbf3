"""Nominal resolution: 'the NATO chief', 'the 54-year-old', 'the ministry' -> a name.

Rule: every named person collects descriptor words from the text that introduced them:
titles and modifiers before the name ('NATO Secretary General Mark Rutte'), appositives
('Hugh Hill, a doctor at the clinic'), the noun the name stands in apposition to ('Kestria's
water minister, Jurgis Valancius') and an age ('Korver, 61,' -> 61). A definite nominal at a
cue resolves to the person whose descriptors share its head word (or its age, or the head
word plus a short ending: 'the Democrat', 'the Democratic nominee'), preferring more shared
words, then recency; being the subject of the cue's own paragraph adds to a person's score,
so of two champions the one the paragraph is about wins. Organisation nominals ('the
ministry said') resolve to the organisation whose name contains the head word; a possessed
one ('Day's animal foundation') to the organisation named after its possessor, wherever the
article names it in full. Indefinite or bare plural sources ('a Kremlin aide', 'officials')
are unnamed: speaker None, except a singular one in the headline or lede that the next three
paragraphs identify ('a judge who said ...' then 'Circuit Judge Ada Roe'), the news style of
delayed identification. A definite plural ('the scientists', 'their lawyers') is an unnamed
group. A definite nominal that matches an earlier unnamed introduction better than any named
person ('A senior official ... the official said') is unnamed too. A document speaks for its
issuer (an unnamed group's, 'the family's statement', is unnamed) ('an Acme press release',
'a review by Hale & Co', 'the statement' -> who issued it: the subject of 'issued a
statement' or 'added in a statement', a role there resolved like any nominal, never one
merely named with it, 'X attributed a statement to him'), and 'the company' is the
organisation the writer has just reported, else the one the story is about (the
organisation most often the subject); 'the airline' is the organisation the article
described with that noun ('the Irish airline Skylark'). A definite role with no matching
descriptor goes to the paragraph's own subject, else the latest speaker, at low confidence;
an organisation noun never goes to a person (a common-noun possessor in a descriptor,
'the authority's director', is not the descriptor's head).

Why: news introduces a person once with their role and then refers to them by the role;
reading the roles off the introductions generalises without any list of titles.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .context import Article
from .names import ORG_APPOSITIONS, ORG_WORDS, POST_NOMINALS, TITLES
from .names import _words as name_words
from .types import Candidate

INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three", "many"})
DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their", "our"})
SAME_PARAGRAPH_SUBJECT = 1.0
NOMINAL_REACH = 30  # paragraphs: roles are introduced once, often early in the story
DOCUMENT_REACH = 8  # paragraphs back to the introduction of "the report" with its issuer
_AGE = re.compile(r"^(\d{1,3})-year-old$")
_STOP = frozenset({"the", "a", "an", "of", "for", "at", "in", "'s", "\u2019s", "and", "to"})
_GENERIC_ORG = frozenset({"company", "firm", "group", "business", "organisation", "organization"})


ABBREVIATIONS: dict[str, str] = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "dr": "doctor",
    "prof": "professor",
    "supt": "superintendent",
    "det": "detective",
    "insp": "inspector",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "atty": "attorney",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "pm": "prime minister",
}
SPEECH_NOUNS = frozenset(
    [
        "statement",
        "review",
        "study",
        "audit",
        "survey",
        "assessment",
        "memo",
        "report",
        "letter",
        "post",
        "tweet",
        "release",
        "filing",
        "ruling",
        "email",
        "memo",
        "notice",
        "announcement",
        "document",
        "order",
        "motion",
        "complaint",
        "opinion",
        "decision",
        "message",
        "account",
        "website",
        "blog",
        "newsletter",
        "bulletin",
        "communique",
        "ultimatum",
        "analysis",
        "research",
        "investigation",
        "inquiry",
        "declaration",
        "manifesto",
        "guidance",
        "guidelines",
        "leaflet",
        "booklet",
        "pamphlet",
        "findings",
        "communiqu\u00e9",  # a social-media account speaks for its owner
    ]
)


def _words(tokens: list[Token]) -> set[str]:
    """Lower-case content words, hyphenated compounds joined, abbreviations expanded."""
    out: set[str] = set()
    joined = ""
    for t in tokens:
        if t.is_punct and t.text not in {"-"}:
            joined = ""
            continue
        word = t.lower_.rstrip(".")
        if word in _STOP:
            joined = ""
            continue
        if word == "-" or joined.endswith("-"):
            joined += word
        else:
            joined = word
        out.add(word)
        out.add(joined)
        out.update(ABBREVIATIONS.get(word, "").split())
        if t.whitespace_:
            joined = ""
    out.discard("-")
    return out


def _head(tokens: list[Token]) -> str:
    """The head word of a noun phrase, hyphenated compounds joined ("mayor-elect")."""
    word = ""
    for t in reversed(tokens):
        if t.is_punct and t.text != "-":
            if word:
                break
            continue
        if word and t.whitespace_:
            break
        word = t.lower_ + word
    return ABBREVIATIONS.get(word.rstrip("."), word.rstrip("."))


def collect(article: Article) -> None:
    """Fill ``article.descriptors`` and ``article.unnamed`` from the parse."""
    doc = article.doc
    for m in article.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        words: set[str] = set()
        words |= _words([t for t in span if not (t.text[:1].isupper() and t.pos_ == "PROPN")])
        words |= _words([t for t in span if t.lower_.rstrip(".") in TITLES])
        for tok in span:
            if tok.lower_ in ORG_WORDS or not tok.text[:1].isupper():
                continue
            if tok.pos_ != "PROPN" or tok.ent_type_ in {"NORP", "GPE", "ORG"}:
                words.add(tok.lower_)
        # left modifiers of the name: "NATO Secretary General Mark Rutte"
        for tok in doc[max(0, span.start - 6) : span.start]:
            if tok.head.i in range(span.start, span.end) and tok.dep_ in {
                "compound",
                "amod",
                "nmod",
            }:
                words |= _words(list(tok.subtree))
        for child in head.children:
            if child.dep_ == "appos" or (child.dep_ in {"npadvmod", "nummod"} and child.like_num):
                words |= _words(_clip(child))
        if head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"}:
            words |= _words([t for t in _clip(head.head) if not (span.start <= t.i < span.end)])
        # "Korver, 61," - an age in commas right after the name
        if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num:
            words.add(doc[span.end + 1].text)
        words.discard(m.canonical.lower())
        if "attorney" in words and words & _PROSECUTING:
            words.add("prosecutor")  # "Assistant U.S. Attorney Ana Roe" is "the prosecutor"
        article.descriptors.setdefault(m.canonical, set()).update(words)
    for tok in doc:
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and any(c.lower_ in INDEFINITE for c in tok.children if c.dep_ in {"det", "nummod"})
            and not article.in_quote(tok.idx)
        ):
            outside = [t for t in _clip(tok) if not article.in_quote(t.idx)]
            article.unnamed.append((tok.idx, _words(outside)))


def _clip(head: Token) -> list[Token]:
    """A head's phrase without relative clauses: left part plus compound/prep tail. A
    common-noun possessor is left out: 'the authority's director' is a director, not the
    authority ('Kestria's minister' keeps Kestria)."""
    tokens = list(head.subtree)
    owned = {t.i for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN" for t in c.subtree}
    out: list[Token] = []
    for t in tokens:
        if t.i > head.i and (t.text == "," or t.dep_ in {"relcl", "acl"}):
            break
        if t.i not in owned:
            out.append(t)
    return out


def resolve(
    article: Article, tokens: list[Token], at: int, recent: list[tuple[int, str]]
) -> tuple[str | None, list[Candidate], str]:
    """Resolve a nominal mention at char offset ``at`` to a canonical name (or None)."""
    words = [t for t in tokens if not t.is_punct or t.text == "-"]
    if not words:
        return None, [], "nominal:empty"
    first = words[0].lower_
    head = words[-1]
    head_word = _head(words)
    if article.paragraph_at(at) == 0 and first not in INDEFINITE and first not in DEFINITE:
        first = "the"  # headlines drop articles: "prosecutor tells jury" is "the prosecutor"
    document = next((t for t in words if t.lower_ in SPEECH_NOUNS), None)
    if document is not None and any(t.lower_ == "joint" for t in words):
        return None, [], "nominal:unnamed"  # "the joint statement": no one party's words
    if document is not None:
        # "an AEW press release", "a memo Okoro sent", "a review by Hale & Co": the issuer
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        inside = [m for m in article.mentions_overlapping(lo, hi) if lo <= m.start]
        if inside:
            return inside[-1].canonical, [], "nominal:document"
        owner = _owner(article, document)
        if owner is not None:
            return owner, [], "nominal:document"
        for prep in document.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                authors = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if any(
                    d.dep_ == "det" and d.lower_ in INDEFINITE for a in authors for d in a.children
                ):
                    return None, [], "nominal:unnamed"  # "the post by an unknown author"
        for c in document.children:
            if c.dep_ in {"poss", "compound"} and c.lower_ in ORG_WORDS | _GENERIC_ORG:
                # "an agency statement", "the ministry's report": the agency named before
                named = [
                    m
                    for m in article.mentions_between(0, at)
                    if m.is_org and c.lower_ in name_words(m.canonical)
                ]
                if named:
                    return named[-1].canonical, [], "nominal:document"
        for c in document.children:
            if c.dep_ != "poss" or c.pos_ != "NOUN" or c.lower_ in ORG_WORDS | _GENERIC_ORG:
                continue
            # "the march's mission statement" after "Women's March": the body of that name
            named = [
                m
                for m in article.mentions
                if m.is_org and name_words(m.canonical)[-1:] == [c.lower_]
            ]
            if len({m.canonical for m in named}) == 1:
                return named[0].canonical, [], "nominal:document"
            return None, [], "nominal:unnamed"  # "the family's statement": an unnamed group
    if head_word in _ANONYMOUS:
        return None, [], "nominal:unnamed"  # "its source said", "a government insider"
    if first in INDEFINITE or (head.tag_ in {"NNS", "NNPS"} and first not in DEFINITE):
        given = given_name(head)
        if given is not None:
            return given, [], "nominal:given-name"
        named = _identified_later(article, at, head, head_word)
        if named is None and article.paragraph_at(at) <= 1:
            named = _lede_document_issuer(article, head_word)
        if named is not None:
            return named, [], "nominal:lede"
        return None, [], "nominal:unnamed"
    if (
        head.tag_ == "NNS"
        and first in DEFINITE
        and head_word not in ORG_WORDS
        and not any(t.like_num for t in words)
    ):
        return None, [], "nominal:unnamed"  # "the scientists", "their lawyers": a group
    if head_word in SPEECH_NOUNS:
        author = _author(article, head_word, at, recent)
        if author is not None:
            return author, [], "nominal:document"
    # "Varga's husband": the possessor's words describe someone else
    possessor = {t.i for w in words if w.dep_ == "poss" and w.head.i == head.i for t in w.subtree}
    content = _words([w for w in words if w.i not in possessor])
    if "-" in head_word and not _AGE.match(head_word):
        # "the mayor-elect" is not "the mayor": the parts of a compound head are not modifiers
        content -= set(head_word.split("-"))
    age = _age(words)
    earlier = article.mentions_between(article.paragraph_at(at) - NOMINAL_REACH, at)
    orgs = [m for m in earlier if m.is_org]
    if head_word in ORG_APPOSITIONS:
        # "The Irish airline Skylark ... the airline said": the org the noun described
        described = [m for m in orgs if head_word in article.descriptors.get(m.canonical, ())]
        if described:
            return described[-1].canonical, [], "nominal:org"
    if head_word in ORG_WORDS or head_word in _GENERIC_ORG:
        named = _named_for(article, words, head_word)
        if named is not None:
            return named, [], "nominal:org"
        for m in reversed(orgs):
            if head_word in m.canonical.lower().split():
                return m.canonical, [], "nominal:org"
        if head_word == "government":
            # a country's government is no union, firm or watchdog that spoke before it
            return None, [], "nominal:unnamed"
        para = article.paragraph_at(at)
        reporting = [m for m in orgs if m.reports and para - m.paragraph <= 1]
        if reporting:
            # "Acme said in a statement ... 'We ...,' the company said."
            return reporting[-1].canonical, [], "nominal:org-reporting"
        if head_word in _GENERIC_ORG:
            company = [m for m in orgs if not (set(m.canonical.lower().split()) & _INSTITUTIONS)]
            if company:
                return _most_salient(company), [], "nominal:org-recent"
    if head_word in ORG_WORDS:
        # "Kestria's transport ministry" is no minister: the body the story described
        described = _described_body(article, at, head_word, content)
        if described is not None:
            return described, [], "nominal:org"
        scored = []
    else:
        scored = _score_people(article, earlier, head_word, content, age)
    para = article.paragraph_at(at)
    if head_word not in ORG_WORDS and first in DEFINITE:
        # a definite role at a cue most often names the paragraph's own subject
        subjects = [m for m in earlier if m.paragraph == para and m.is_subject and m.is_person]
        # 'Mr Roe ... said Mr Hale "should butt out". "...," the editor told': the main
        # clause's subject, not the subject of the clause he reported
        subjects = [m for m in subjects if m.is_main_subject] or subjects
        if subjects and SAME_PARAGRAPH_SUBJECT:
            # the evidence adds up: the paragraph's subject who also fits the role wins
            own = subjects[-1].canonical
            fits = sum(score for score, name in scored if name == own)
            scored = [(score, name) for score, name in scored if name != own]
            scored.append((SAME_PARAGRAPH_SUBJECT + fits, own))
    if not scored and article.paragraph_at(at) <= 1:
        # headlines name people by role before the story introduces them
        ahead = article.mentions_between(
            0, article.paragraphs[min(3, len(article.paragraphs) - 1)].end
        )
        scored = _score_people(article, ahead, head_word, content, age)
    if not scored:
        for _pos, unnamed_words in article.unnamed:
            if _pos < at and head_word in unnamed_words:
                return None, [], "nominal:unnamed-intro"
        if head_word in ORG_WORDS:
            # an organisation noun never falls back to a person
            own = _own_name(words)
            if own is not None:
                # "the Biden campaign", "the information commissioner's office": a body
                # named by its own words, not the last one the story mentioned
                return own, [], "nominal:org-own"
            if orgs and head_word == "party":
                return orgs[-1].canonical, [], "nominal:org-recent"
            return None, [], "nominal:unresolved"
        place_owned = bool(possessor) and all(
            article.doc[i].ent_type_ in {"GPE", "NORP"} or article.doc[i].tag_ == "POS"
            for i in possessor
        )
        if any(t.dep_ == "poss" and t.head.i == head.i for t in words) and not place_owned:
            # "her husband", "Varga's coach": someone the story has not named, never the
            # person who possesses the role
            return None, [], "nominal:unnamed"
        for pos, name in recent:
            if pos < at and article.paragraph_at(at) - article.paragraph_at(pos) <= 2:
                return name, [], "nominal:salient"
        subjects = [m for m in earlier if m.is_subject and m.is_person and para - m.paragraph <= 2]
        if subjects and first in DEFINITE:
            return subjects[-1].canonical, [], "nominal:salient"
        if place_owned or para == 0:
            # a lede's "Scotland's first minister has told pupils ..." and a headline's
            # "..., says PM" are the person the next paragraph opens on
            named = _identified_later(article, at, head, head_word)
            if named is not None:
                return named, [], "nominal:lede"
        return None, [], "nominal:unresolved"
    scored.sort(reverse=True)
    best_score, best = scored[0]
    last_named = max((m.start for m in earlier if m.canonical == best), default=-1)
    for pos, unnamed_words in reversed(article.unnamed):
        # 'A spokesman for Michael Howard said ...' named the spokesman's principal inside
        # the introduction itself: "the spokesman" is still the unnamed one
        principal = set(name_words(best)) <= unnamed_words
        if (last_named < pos or principal) and pos < at and head_word in unnamed_words:
            return None, [Candidate(best, 0.4)], "nominal:unnamed-intro"
    candidates = [Candidate(n, round(min(1.0, s / 3), 3)) for s, n in scored[1:5]]
    return best, candidates, "nominal"


# Attorneys who prosecute: the public prosecutor's titles (U.S., district, state's, county
# or Crown attorney), not a defence lawyer's; "assistant" alone says nothing about the side.
_PROSECUTING = frozenset({"u.s", "us", "district", "state's", "crown", "county"})
LEDE_REACH = 3  # paragraphs after the lede in which its unnamed source is identified


def _described_body(article: Article, at: int, head_word: str, content: set[str]) -> str | None:
    """The body an earlier description with the same head and a shared modifier named
    ("the Kestrian transport ministry" for "Kestria's transport ministry")."""
    modifiers = content - {head_word}
    for m in reversed(article.mentions_between(0, at)):
        words = name_words(m.canonical)
        if (
            m.is_org
            and words[-1:] == [head_word]
            and modifiers & set(words[:-1])
            and not m.canonical.split()[-1][:1].isupper()  # a description, not a name
        ):
            return m.canonical
    return None


def _identified_later(article: Article, at: int, head: Token, head_word: str) -> str | None:
    """Delayed identification: a lede's 'a judge said' is the one judge the next paragraphs
    name ('Circuit Judge Ada Roe, who ...'). Only in the headline or the lede, only a
    singular role, and only when exactly one person named soon after holds it."""
    para = article.paragraph_at(at)
    # "a judge", and "a senior Tory MP" (a capitalised title)
    singular = (
        head.tag_ == "NN"
        or head.tag_ == "NNP"
        and (head_word in TITLES or head.lower_ in TITLES or head.text in POST_NOMINALS)
    )
    if para > 1 or not singular or len(article.paragraphs) <= para + 1:
        return None
    end = article.paragraphs[min(len(article.paragraphs) - 1, para + LEDE_REACH)].end
    later = [m for m in article.mentions_between(para + 1, end) if m.is_person]
    holders = {m.canonical for m in later if head_word in article.descriptors.get(m.canonical, ())}
    if len(holders) == 1:
        return holders.pop()
    if holders or para + 1 >= len(article.paragraphs):
        return None
    # 'A senior Tory MP has criticised ...' / 'Committee chairman Ed Leigh was giving his
    # reaction ...': the next paragraph opens on the one person the lede held back
    nxt = article.paragraphs[para + 1]
    opening = [m for m in later if m.paragraph == para + 1]
    if (
        opening
        and opening[0].is_main_subject
        and opening[0].start < article.doc[article.token_at(nxt.start)].sent.end_char
        and not article.text[nxt.start : opening[0].start]
        .strip(" '\u2018\"\u201c")
        .lower()
        .startswith(("but", "however"))
        and not any(
            m.is_person and m.canonical != opening[0].canonical
            for m in article.mentions_between(0, at)
        )  # someone else named before would be the likelier holder; the headline may name him
    ):
        return opening[0].canonical
    return None


def _own_name(words: list[Token]) -> str | None:
    """The words of an organisation nominal after its article, when they say more than the
    bare noun: "the Biden campaign" -> "Biden campaign"."""
    body = [w for w in words if w.lower_ not in DEFINITE | INDEFINITE]
    if len(body) < 2 or not any(w.pos_ in {"PROPN", "NOUN"} for w in body[:-1]):
        return None
    if any(w.lower_ in _ANONYMOUS for w in body):
        return None
    return " ".join(w.text for w in body).replace(" 's", "'s").replace(" \u2019s", "\u2019s")


def _named_for(article: Article, words: list[Token], head_word: str) -> str | None:
    """'Day's animal foundation' is the organisation named after its possessor, wherever
    the article names it in full ('the Doris Day Animal Foundation')."""
    owners = [t for t in words[:-1] if t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS"]
    if not owners or not owners[-1].text[:1].isupper():
        return None
    owner = owners[-1].lower_
    for m in article.mentions:
        name = m.canonical.lower().split()
        if m.is_org and head_word in name and owner in name and name[-1] != owner:
            return m.canonical
    return None


_INSTITUTIONS = frozenset(
    [
        "ministry",
        "department",
        "council",
        "committee",
        "commission",
        "court",
        "police",
        "university",
        "hospital",
        "school",
        "government",
        "parliament",
        "senate",
        "house",
        "board",
        "agency",
        "authority",
        "office",
        "union",
        "party",
    ]
)
_TEEN = ("teenager", "teen", "schoolboy", "schoolgirl")


def _age(words: list[Token]) -> str | None:
    for t in words:
        found = _AGE.match(t.lower_)
        if found:
            return found.group(1)
    for i, t in enumerate(words[:-2]):
        if t.like_num and words[i + 1].text == "-" and words[i + 2].lower_.startswith("year"):
            return t.text
    return None


def _score_people(
    article: Article, mentions: list, head_word: str, content: set[str], age: str | None
) -> list[tuple[float, str]]:
    order: list[str] = []
    for m in reversed(mentions):
        if not m.is_org and m.canonical not in order:
            order.append(m.canonical)
    scored: list[tuple[float, str]] = []

    def holds(desc: set[str]) -> bool:
        return head_word in desc or any(_same_stem(head_word, d) for d in desc)

    # "deputy mayor" is not "the mayor" while the story has a mayor; with none, the vice
    # minister is "the minister" a sentence later
    bare_holder = any(
        holds(d) and not (d & _QUALIFIERS) - content
        for d in (article.descriptors.get(name, set()) for name in order)
    )
    for rank, name in enumerate(order):
        desc = article.descriptors.get(name, set())
        score = 0.0
        if age is not None and age in desc:
            score += 2.0
        if head_word in _TEEN and any(w.isdigit() and 13 <= int(w) <= 19 for w in desc):
            score += 1.5
        qualified = (desc & _QUALIFIERS) - content
        if holds(desc) and not (qualified and bare_holder):
            score += 1.0
        score += 0.3 * len((content - {head_word}) & desc)
        if score == 0:
            continue
        scored.append((score + 0.2 / (1 + rank), name))
    return scored


# words that make a role another one: a deputy mayor is not "the mayor"
_QUALIFIERS = frozenset({"deputy", "vice"})


def _same_stem(head: str, descriptor: str) -> bool:
    """The descriptor is the head word plus a short ending: 'the Democrat' fits 'the
    Democratic nominee', 'the Socialist' fits 'Socialists'. Not the other way round:
    'villagers' is not 'the village'."""
    return (
        len(head) >= 5
        and descriptor.startswith(head)
        and 0 < len(descriptor) - len(head) <= 3
        and descriptor[len(head)].isalpha()
    )


def _most_salient(mentions: list) -> str:
    counts: dict[str, float] = {}
    for i, m in enumerate(mentions):
        # the organisation the story is about is the subject of its sentences
        weight = 2.0 if m.is_subject else 1.0
        counts[m.canonical] = counts.get(m.canonical, 0.0) + weight + i / (10 * len(mentions))
    return max(counts, key=lambda n: counts[n])


def _author(article: Article, noun: str, at: int, recent: list[tuple[int, str]]) -> str | None:
    """Who issued 'the statement' / 'the report': its owner or the subject that issued it."""
    doc = article.doc
    para = article.paragraph_at(at)
    here = article.token_at(at)
    earlier = list(reversed(doc[:here]))
    if para == 0 and len(article.paragraphs) > 1:
        # a headline names the document before the story does
        earlier += list(
            doc[
                here + 1 : article.token_at(
                    article.paragraphs[min(3, len(article.paragraphs) - 1)].end
                )
            ]
        )
    for tok in earlier:
        if tok.i < here and article.paragraph_at(tok.idx) < para - DOCUMENT_REACH:
            break
        if tok.lower_ not in _STUDIES.get(noun, {noun}) or article.in_quote(tok.idx):
            continue
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            continue  # "the BBC's World Business Report" is a programme, not the report
        owner = _owner(article, tok)
        if owner is not None:
            return owner
    return _lede_document_issuer(article, noun)


def _lede_document_issuer(article: Article, noun: str) -> str | None:
    """The issuer of a research document the lede reports without naming its author ('...,
    a report says.'): the organisation that is the main subject in the next paragraphs
    ('The National Audit Office praised ministers ...')."""
    if noun not in _RESEARCH:
        return None
    doc = article.doc
    end = article.paragraphs[min(2, len(article.paragraphs) - 1)].end
    for tok in doc[: article.token_at(end)]:
        if tok.lower_ not in _RESEARCH or tok.pos_ != "NOUN" or article.in_quote(tok.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            continue
        para = article.paragraph_at(tok.idx)
        later = article.mentions_between(
            para, article.paragraphs[min(para + LEDE_REACH, len(article.paragraphs) - 1)].end
        )
        for m in later:
            if m.start > tok.idx and m.is_org and m.is_main_subject:
                return m.canonical
        return None
    return None


def _owner(article: Article, noun: Token) -> str | None:
    candidates: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            candidates.append(child)
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i:
            candidates.append(child)  # "a Central Intelligence Agency assessment"
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of", "for"}:
            if child.lower_ == "for" and noun.lower_ in _ADDRESSED:
                continue  # "a memo for Mr Heath" went to him ("the account for X" is X's)
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "acl" and child.lower_ in _ISSUING:
            # "the leaflet published jointly by the Crown Prosecution Service and ..."
            for agent in child.children:
                if agent.dep_ == "agent":
                    candidates.extend(c for c in agent.children if c.dep_ == "pobj")
    verb = noun.head
    if noun.dep_ == "nsubjpass":  # "The study was conducted by the Hale Institute"
        for agent in verb.children:
            if agent.dep_ == "agent":
                candidates.extend(c for c in agent.children if c.dep_ == "pobj")
    issued = noun.dep_ == "dobj" and verb.lower_ in _ISSUING  # no lemmatizer: the forms
    if noun.dep_ == "pobj":
        issued = noun.head.lower_ in {"in", "through", "via"}  # "added in a statement"
        verb = noun.head.head
    if verb.pos_ in {"VERB", "AUX"} and issued:
        candidates.extend(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    # a name first: "the charity Shelter Aid issued" is Shelter Aid, whether the parse
    # makes the name a second subject or the noun's appositive
    named = [t for c in candidates for t in (c, *(a for a in c.children if a.dep_ == "appos"))]
    for cand in named:
        for m in article.mentions:
            if m.start <= cand.idx < m.end:
                return m.canonical
    for cand in candidates:
        if cand.pos_ == "PRON" and cand.lower_ in {"it", "they", "he", "she"}:
            from . import coreference  # imported here: coreference builds on this module

            name, _cands, _how = coreference.resolve(article, cand, cand.idx, [])
            if name is not None:
                return name  # "They released a statement which said": whoever they are
        if cand.pos_ == "NOUN" and not cand.is_upper:
            # "The minister added in a statement": the role names the issuer
            phrase = [t for t in cand.subtree if t.i <= cand.i]
            if phrase[0].lower_ in DEFINITE and cand.lower_ not in SPEECH_NOUNS:
                name, _cands, how = resolve(article, phrase, cand.idx, [])
                if how in {"nominal", "nominal:org"}:
                    return name
    return None


# documents written to someone: "for" names who received them, not who wrote them
_ADDRESSED = frozenset({"memo", "letter", "note", "message", "email", "briefing", "telegram"})

# a piece of research is one document whichever of these nouns the writer uses for it
_RESEARCH = frozenset(
    {"report", "study", "paper", "research", "analysis", "survey", "review", "assessment"}
)
# and an organisation's announcement is one statement whatever it is called
_ANNOUNCEMENTS = frozenset(
    {"statement", "release", "announcement", "communique", "communiqu\u00e9", "notice"}
)
# and advice for the public is one guide whatever its form
_GUIDES = frozenset({"guidance", "guidelines", "leaflet", "booklet", "pamphlet"})
_STUDIES = (
    dict.fromkeys(_RESEARCH, _RESEARCH)
    | dict.fromkeys(_ANNOUNCEMENTS, _ANNOUNCEMENTS)
    | dict.fromkeys(_GUIDES, _GUIDES)
)

# nouns that stand for a source the writer keeps anonymous, whatever their determiner
_ANONYMOUS = frozenset({"source", "sources", "insider", "insiders", "confidant", "confidants"})

# Verbs whose subject issues the document they take as object ("the ministry issued a
# statement"); "Anadolu attributed a statement to him" did not issue it.
_ISSUING = frozenset(
    ["issue", "issues", "issued", "issuing", "release", "releases", "released", "publish"]
    + ["publishes", "published", "make", "makes", "made", "send", "sends", "sent", "post"]
    + ["posts", "posted", "write", "writes", "wrote", "written", "sign", "signs", "signed"]
    + ["file", "files", "filed", "put", "puts", "circulated", "distributed", "read"]
)


def given_name(head: Token) -> str | None:
    """The name an unnamed source gave ('one nurse, who gave her name only as Ana', 'said
    a fan, who gave only her first name, Priya', 'a driver identified only as Kofi', 'a
    man named Ivo', 'a fan using the pseudonym Marta'): a name in the source's own
    phrase, right after 'name ... as', 'first name,', 'name is', 'identified/known (only)
    as', 'named' or 'pseudonym'. A name merely near the word
    'name' ('who gave evidence under a false name, said Pike had ...') is someone else."""
    doc = head.doc
    phrase = list(head.subtree)
    after = phrase[-1].i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ == "VBN":
        phrase += list(doc[after + 1].subtree)  # "said one fan, identified only as Marta"
    inside = {t.i for t in phrase}
    for tok in phrase:
        if tok.i <= head.i:
            continue
        at = _name_slot(tok)
        if at is None or at >= len(doc):
            continue
        found = doc[at]
        if (at in inside or found.head.i in inside) and found.pos_ == "PROPN":
            return found.text if found.text[:1].isupper() else None
    return None


def _name_slot(tok: Token) -> int | None:
    """Index of the word where a given name must stand after ``tok``, if ``tok`` opens one
    of the naming patterns."""
    doc = tok.doc
    word = tok.lower_
    if word == "named" and tok.pos_ in {"VERB", "ADJ"}:
        return tok.i + 1
    if word in {"pseudonym", "alias"}:
        return tok.i + 1  # "a fan using the pseudonym Marta"
    if word not in {"name", "names", "identified", "known"}:
        return None
    at = tok.i + 1
    while at < len(doc) and doc[at].lower_ in {"only", "just", "simply"}:
        at += 1
    if at >= len(doc):
        return None
    if doc[at].lower_ == "as" or (word in {"name", "names"} and doc[at].lower_ in {",", "is"}):
        return at + 1
    return None
