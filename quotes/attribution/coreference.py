"""Pronoun resolution: 'he added' / 'she said' -> the right earlier person.

Rule: the candidates are people named before the pronoun, outside quotations, in the
same paragraph or up to three paragraphs back (a main-clause subject written as the role
or age the person was introduced with, "The 61-year-old prime minister ...", counts as
naming them), plus the speaker of the latest quotation. Each is scored on recency
(counted in sentences: within one sentence the subject outranks a later object),
paragraph distance, subject salience (a main-clause subject counts more than the subject
of a subordinate or reported clause; a name opening its paragraph is its subject even
when the parse runs a headline into it), being the person whose words the writer has
just reported ("Okwuosa said he had ...", "According to Dr. Roe, ...", but not the
subject of the clause they reported: "Roe said Lee had refused and asked ..." reports
Roe), being the latest speaker, and gender evidence. Gender evidence is read from the
article itself: an honorific (Mr., Ms., Mrs.), a gendered role word among the person's
descriptors (spokeswoman, chairman, mother), or a he/she/his/her inside the clause the
named person is the subject of (not inside the subject's own modifiers: "Her coach, Ann
Roe, who trained her, ..." says nothing about Roe; nor a pronoun of the gender those
modifiers already give another person: in "Ann Roe, his aide, said he ..." he is not
Roe; nor one in a clause another person reports: "Whitlock said Olsen would add pace to
her side"), or a He/She opening the sentence after one whose main subject is the only person
it names ("Roe came through qualifying. She will rise ..."). Evidence against the
pronoun rules a candidate out; evidence for it adds only a little, since salience
decides between people of the same gender. The person who is the main-clause subject (or
passive agent) of the sentence leading into the quotation ("Okafor was not satisfied. 'I
want dates,' he said.", also when the model did not tag the name there but it fits a
person named earlier) is the likeliest speaker: a writer names the speaker just before
the words when the pronoun follows them. With no quotation just before the pronoun, the
sentence before the pronoun's own leads in, when the pronoun is the first person its
sentence mentions ("Delahunt did not attend. In a letter, he warned ..."). When that
sentence has no named subject but names one person, not as a possessor ("Earlier, the
committee heard from Ana Ruiz, whose ..."), that person is likely, a little less so: the
writer has just introduced them. An unnamed subject introduced after every named main
subject in the paragraph ("One teacher, who asked not to be named, said ..."; one picked
out of a group, "One of the victims decided ...") makes the
pronoun unnamed, unless a named person is the lead-in subject. In an exchange of bare
one-quotation paragraphs where A asked a question and B answered, a pronoun turn opening
the next paragraph is A's (unless 'added' says B goes on): turn-taking ('"The summary,"
he repeated.'). 'it' and 'they' prefer organisations; he/she never go to an organisation
or to a name only ever written after a bare 'the' ("the Volvo"): English puts no article
before a person's name. 'they' never goes to one named person (news writes it for a
group: "Roe and her counterparts met ... They said ...") nor to an organisation the text
has only mentioned in passing, never as a subject or the latest speaker; with neither it
stays unresolved. A plural unnamed subject introduced after every named main subject of
the paragraph, as the subject of a reporting verb ("Several of his colleagues said ...",
"Residents told ...") or of the sentence leading into the quotation ("Protesters
gathered outside. '...,' they said"), makes 'they' unnamed: that group is who 'they'
are. A name the model tagged as an organisation can still take he/she when it is the
lead-in's main subject in apposition to a common noun that is no kind of organisation
("a ministry spokesperson, Ana Roe, said ...:") or after an honorific or rank ("Sgt. Ana
Roe said ..."): a role or a rank is held by a person. For 'it' and 'they' an organisation
that is the lead-in's main subject is the likeliest ("The union met on Friday. They
called ...").

Why: the nearest name is often the wrong one ("Smith said Mr. Jones had left. 'We
agreed,' she said."). The evidence comes from the text, never from a list of names.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Span, Token

from . import cues, names, nominals
from .context import Article, Draft, Mention
from .given_names import FEMALE_GIVEN, MALE_GIVEN
from .nominals import given_name
from .types import Candidate

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
GROUP = frozenset({"they", "them", "their", "it", "its", "we"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_HONORIFIC_WORDS = r"(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?"
_HONORIFIC = re.compile(rf"\b{_HONORIFIC_WORDS}\s+$")  # right before a name
_OWN_HONORIFIC = re.compile(rf"{_HONORIFIC_WORDS}\s")  # opening the mention itself
_FEMALE_HONORIFICS = {"mrs", "ms", "miss", "dame", "lady"}
FEMALE_WORDS = frozenset(
    [
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "congresswoman",
        "actress",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "widow",
        "woman",
        "queen",
        "princess",
        "girl",
        "aunt",
        "niece",
        "waitress",
        "councilwoman",
    ]
)
MALE_WORDS = frozenset(
    [
        "spokesman",
        "chairman",
        "businessman",
        "congressman",
        "actor",
        "father",
        "husband",
        "son",
        "brother",
        "grandfather",
        "widower",
        "man",
        "king",
        "prince",
        "boy",
        "uncle",
        "nephew",
        "councilman",
    ]
)
logger = logging.getLogger(__name__)
REACH_PARAGRAPHS = 3
MINOR_SUBJECT_BONUS = 0.1
GENDER_MATCH = 0.2  # gender mostly filters; a match adds little over salience
LEAD_IN_SUBJECT = 0.6
ATTRIBUTION_WORDS = 6  # '... ," the committee's chairwoman replied.'
ASKER = 1.2  # the turn after an answered question returns to the asker
LEAD_IN_PERSON = 0.5  # the one person a lead-in without a named subject introduces


def learn_gender(article: Article) -> None:
    """Fill ``article.gender`` (canonical name -> "m"/"f") from evidence in the text."""
    text = article.text
    votes: dict[str, list[int]] = {}
    for m in article.mentions:
        if m.is_org:
            continue
        prefix = text[max(0, m.start - 8) : m.start]
        hon = _HONORIFIC.search(prefix) or _OWN_HONORIFIC.match(m.text)  # "Ms Berry"
        if hon:
            votes.setdefault(m.canonical, [0, 0])[hon.group(1).lower() in _FEMALE_HONORIFICS] += 3
    for name, words in article.descriptors.items():
        if words & FEMALE_WORDS:
            votes.setdefault(name, [0, 0])[1] += 2
        if words & MALE_WORDS:
            votes.setdefault(name, [0, 0])[0] += 2
    # a he/she in the clause a named subject governs: "Korver told reporters that she ..."
    for m in article.mentions:
        if m.is_org or not m.is_subject:
            continue
        span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        subject = span.root
        while subject.dep_ == "appos" and subject.head is not subject:
            subject = subject.head  # "Her coach, Ann Roe, ...": the clause is the coach's
        verb = subject.head
        window = article.mentions_between(m.paragraph, verb.right_edge.idx)
        if any(o is not m and not o.is_org and o.start >= verb.left_edge.idx for o in window):
            continue
        if _reported_by_another(article, m, verb):
            continue
        after = max(span.root.idx, subject.right_edge.idx)  # not the subject's own modifiers
        # "Ann Roe, his chief of staff, said he ...": the modifiers already name another
        # person of that gender, whom the later pronoun most likely means
        other = {
            t.lower_ in FEMALE
            for t in subject.subtree
            if t.idx <= after and t.lower_ in {"he", "she", "his", "her", "him"}
        }
        for tok in verb.subtree:
            if tok.idx > after and tok.lower_ in {"he", "she", "his", "her", "him"}:
                if not article.in_quote(tok.idx) and (tok.lower_ in FEMALE) not in other:
                    votes.setdefault(m.canonical, [0, 0])[tok.lower_ in FEMALE] += 1
                break
    for name, female in _continued_subjects(article):
        votes.setdefault(name, [0, 0])[female] += 1
    # a first name's usual gender weighs like a title: pronouns in a clause the person
    # leads are often about someone else ('Hugh Roe says she must not lose faith')
    for name in {m.canonical for m in article.mentions if not m.is_org and " " in m.canonical}:
        first = name.split()[0]
        if first in FEMALE_GIVEN or first in MALE_GIVEN:
            votes.setdefault(name, [0, 0])[first in FEMALE_GIVEN] += 3
    for name, (male, female) in votes.items():
        if male != female:
            article.gender[name] = "m" if male > female else "f"


def _reported_by_another(article: Article, m: Mention, verb: Token) -> bool:
    """The clause is one another person reports ("Whitlock said Olsen would add pace to
    her side"): a pronoun in it may be the reporter's, so it says nothing about ``m``."""
    while verb.dep_ == "ccomp" and verb.head is not verb:
        verb = verb.head
        for child in verb.children:
            if child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for o in article.mentions_overlapping(child.idx, child.idx + len(child)):
                if o.canonical != m.canonical and not o.is_org:
                    return True
    return False


def _continued_subjects(article: Article) -> list[tuple[str, bool]]:
    """(name, female) for each sentence that opens with he/she right after a sentence of
    the same paragraph whose main subject is the only person it names ("Roe came through
    qualifying. She will rise 40 places."): the pronoun continues that subject."""
    found = []
    doc = article.doc
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if (
            first is None
            or first.lower_ not in {"he", "she"}
            or first.dep_ != "nsubj"
            or sent.start == 0
            or article.in_quote(first.idx)
        ):
            continue
        before = doc[sent.start - 1].sent
        para = article.paragraph_at(first.idx)
        lo = max(before.start_char, article.paragraphs[para].start)
        named = [m for m in article.mentions_between(para, first.idx) if m.start >= lo]
        people = {m.canonical for m in named if not m.is_org}
        if len(people) == 1 and any(m.is_main_subject for m in named if not m.is_org):
            found.append((people.pop(), first.lower_ == "she"))
    return found


def resolve(
    article: Article, pronoun: Token, at: int, recent_speakers: list[tuple[int, str]]
) -> tuple[str | None, list[Candidate], str]:
    """Resolve a pronoun at char offset ``at`` to a canonical name."""
    word = pronoun.lower_
    para = article.paragraph_at(at)
    wants_org = word in {"it", "its"}
    wants_group = word in GROUP
    want = "m" if word in MALE else "f" if word in FEMALE else None
    scores: dict[str, float] = {}
    mentions = article.mentions_between(para - REACH_PARAGRAPHS, at)
    mentions = sorted(
        mentions + _described_subjects(article, para - REACH_PARAGRAPHS, at, recent_speakers),
        key=lambda m: m.start,
    )
    latest: dict[str, Mention] = {}
    subject_seen: dict[str, int] = {}
    minor_subject: set[str] = set()
    for m in mentions:
        latest[m.canonical] = m
        if m.is_main_subject or m.reports or _opens_paragraph(article, m):
            subject_seen[m.canonical] = m.paragraph
        elif m.is_subject:
            # the subject of a subordinate or reported clause is less salient
            minor_subject.add(m.canonical)
    orgs = {m.canonical for m in mentions if m.is_org}
    people_named = {m.canonical for m in mentions if not _after_the(article, m)}
    things = {m.canonical for m in mentions} - people_named  # only ever "the Volvo"
    people = {m.canonical for m in mentions if m.is_person}
    distinct = sorted(latest, key=lambda n: -latest[n].start)
    # recency counts sentences (a parse may run one over a paragraph break): within a
    # sentence the grammatical role decides, not the word order
    sentences = [_sentence(article, latest[name]) for name in distinct]
    order = sorted(set(sentences), reverse=True)
    for name, sent in zip(distinct[:8], sentences, strict=False):
        m = latest[name]
        rank = order.index(sent)
        score = 0.3 / (1 + rank)
        score += {0: 0.5, 1: 0.25, 2: 0.1}.get(para - m.paragraph, 0.0)
        if name in subject_seen:
            score += {0: 0.4, 1: 0.25}.get(para - subject_seen[name], 0.1)
        elif name in minor_subject:
            score += MINOR_SUBJECT_BONUS
        if name not in people and name not in orgs:
            score -= 0.3
        scores[name] = score
    # a person named as the main subject of this paragraph has taken the floor: the last
    # paragraph's speaker and reporter no longer carry over ('Ivo Brandt was the
    # third sentenced. He interrupted the judge ... He is reported to have said "..."')
    took_floor = {
        m.canonical
        for m in mentions
        if m.paragraph == para and m.is_main_subject and m.is_person and m.start < at
    }
    first = para if took_floor else para - 1
    # a person named as the lead-in's main subject has the floor: who spoke or reported
    # before that sentence carries no extra weight ('Kaye, a podcaster, praises Curry for
    # what he has done. "...," he explains')
    found = _lead_in(article, at)
    lead_in = _lead_in_subject(article, found)
    floor_from = found[0] if lead_in is not None and found is not None else -1
    reporters = [
        m
        for m in mentions
        if m.reports and m.paragraph >= first and (m.start >= floor_from or m.canonical == lead_in)
    ]
    if reporters:
        # the person whose words the writer just reported ("Okwuosa said he had ..."), not
        # the subject of the clause they reported ("Roe said Lee had refused and asked ...")
        verbs = {id(m): _verb(article, m) for m in reporters}
        heads = {verbs[id(m)] for m in reporters} - {None}
        reported = [
            m
            for m in reporters
            if (verb := verbs[id(m)]) is not None and verb.dep_ == "ccomp" and verb.head in heads
        ]
        reporter = [m for m in reporters if m not in reported][-1].canonical
        scores[reporter] = scores.get(reporter, 0.0) + 0.35
    speaking = None
    for pos, name in recent_speakers:
        if pos < at and article.paragraph_at(pos) >= first and name:
            if pos >= floor_from or name == lead_in:
                scores[name] = scores.get(name, 0.1) + 0.3
            speaking = name
            break
    if lead_in is None and (wants_org or word in PLURAL):
        lead_in = _lead_in_org(article, at)  # "The union met on Friday. They called ..."
    tagged_org = _role_named_org(article, at) if want and lead_in is None else None
    if tagged_org is not None:
        lead_in = tagged_org  # "a ministry spokesperson, Ana Roe, said ...: '...,' she said"
        orgs.discard(tagged_org)
    untagged = _untagged_subject(article, at) if lead_in is None else None
    if lead_in is not None and lead_in in scores:
        scores[lead_in] += LEAD_IN_SUBJECT
    elif untagged is not None:
        # scored as the main subject of the latest sentence in the paragraph would be
        scores[untagged] = max(scores.get(untagged, 0.0), 0.3 + 0.5 + 0.4) + LEAD_IN_SUBJECT
        lead_in = untagged
    elif lead_in is None:
        lead_in = _lead_in_person(article, at)
        if lead_in is not None and lead_in in scores:
            scores[lead_in] += LEAD_IN_PERSON
    turn = _turn_after_answer(article, at)
    if turn is not None and turn in scores and not pronoun.head.lower_.startswith("add"):
        scores[turn] += ASKER  # 'he added' says the answerer goes on
    final: dict[str, float] = {}
    for name, score in scores.items():
        is_org = name in orgs
        if wants_org and not is_org or (want and (is_org or name in things)):
            continue
        if word in PLURAL and not is_org and name in people:
            continue  # "they" is a group: never one named person
        if word in PLURAL and name != speaking and name not in {*subject_seen, *minor_subject}:
            continue  # nor an organisation the text only mentioned in passing
        if wants_group and not is_org and word != "we":
            score -= 0.3
        g = article.gender.get(name)
        if want and g:
            score += GENDER_MATCH if g == want else -2.0
        final[name] = score
    unnamed = _unnamed_subject(article, para, at, mentions)
    if unnamed is not None and word not in GROUP and lead_in is None:
        given = given_name(article.doc[article.token_at(unnamed)])
        if given is not None:
            return given, [], "pronoun:given-name"
        return None, [], "pronoun:unnamed"
    if word in PLURAL and _unnamed_group(article, para, at, mentions) is not None:
        return None, [], "pronoun:unnamed"
    if not final:
        return None, [], "pronoun:unresolved"
    ranked = sorted(final.items(), key=lambda kv: -kv[1])
    logger.debug("%r at %d: lead-in %r, scores %r", word, at, lead_in, ranked)
    best, top = ranked[0]
    if top <= 0:
        return None, [], "pronoun:unresolved"
    margin = top - (ranked[1][1] if len(ranked) > 1 else 0.0)
    candidates = [Candidate(n, round(max(0.0, min(1.0, s)), 3)) for n, s in ranked[1:5] if s > 0]
    evidence = "pronoun:gender" if want and article.gender.get(best) == want else "pronoun"
    if margin < 0.15:
        evidence += ":close"
    return best, candidates, evidence


def _described_subjects(
    article: Article, first_paragraph: int, at: int, recent: list[tuple[int, str]]
) -> list[Mention]:
    """Main-clause subjects written as a definite description of a named person ("The
    former prosecutor leaned on her record"): the description resolves (by ``nominals``)
    to the one person introduced with that role noun or age ("Roe, a former prosecutor,";
    "Roe, 52,"). They count as mentions of the person: writers vary the name that way."""
    lo = article.paragraphs[max(0, first_paragraph)].start
    found: list[Mention] = []
    roles: dict[str, str | None] | None = None
    for tok in article.tokens_between(lo, at):
        if not (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.pos_ == "NOUN"
            and tok.head.dep_ == "ROOT"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not article.in_quote(tok.idx)
        ):
            continue
        words = [t for t in tok.subtree if t.i <= tok.i]
        name, _candidates, how = nominals.resolve(article, words, words[0].idx, recent)
        if how != "nominal" or name is None:
            continue
        if roles is None:
            roles = _role_nouns(article, at)
        ages = [t.text.split("-")[0] for t in words if t.text[:1].isdigit()]
        if name not in {roles.get(tok.lower_), *(roles.get(a) for a in ages)}:
            continue
        start, end = words[0].idx, tok.idx + len(tok)
        para = article.paragraph_at(start)
        found.append(
            Mention(start, end, article.text[start:end], name, False, para, True, True, True)
        )
    return found


def _role_nouns(article: Article, at: int) -> dict[str, str | None]:
    """Role noun -> the one person introduced with it before ``at`` ("museum director
    Ada Roe", "Roe, a former prosecutor," "the club's captain, Ada Roe"); None when the
    role names several people. Only the role's head noun counts, not its modifiers."""
    roles: dict[str, str | None] = {}
    doc = article.doc
    for m in article.mentions:
        if m.start >= at:
            break
        if m.is_org:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        heads = [c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (
            before.pos_ == "NOUN" or (before.pos_ == "PROPN" and not before.ent_type_)
        ):
            heads.append(before)  # "Prime Minister Ada Roe": a title outside the name
        if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num:
            heads.append(doc[span.end + 1])  # "Roe, 61," is "the 61-year-old"
        if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
            heads.append(span.root.head)
        for head in heads:
            word = head.lower_
            roles[word] = m.canonical if roles.get(word, m.canonical) == m.canonical else None
    return roles


def _verb(article: Article, m: Mention) -> Token | None:
    """The verb a mention is the subject of (through an appositive: "Roe, 61, said")."""
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root.head.head if root.dep_ == "appos" else root.head


def _after_the(article: Article, m: Mention) -> bool:
    """A name written after a bare "the" ("the Volvo", "the Corvane") is a thing or an
    organisation, never a he or a she."""
    return (
        article.text[max(0, m.start - 4) : m.start].lower() == "the " and m.text == m.text.lstrip()
    )


def _sentence(article: Article, m: Mention) -> tuple[int, int]:
    return m.paragraph, article.doc[article.token_at(m.start)].sent.start


def _opens_paragraph(article: Article, m: Mention) -> bool:
    """A name opening its paragraph, followed by its verb, that the parse attached to the
    paragraph before (a headline without a full stop runs into the first paragraph): it is
    the paragraph's main subject all the same."""
    if m.is_org or article.text[article.paragraphs[m.paragraph].start : m.start].strip():
        return False
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(article.doc):
        return False
    after = article.doc[span.end]
    return span.root.head.idx < article.paragraphs[m.paragraph].start and after.pos_ in {
        "VERB",
        "AUX",
    }


def _unnamed_subject(article: Article, para: int, at: int, mentions: list[Mention]) -> int | None:
    """An unnamed main-clause subject ('One teacher, who asked not to be named, said')
    introduced in this paragraph after every named main subject: the pronoun is theirs.
    Names and unnamed people inside a reported clause ('Roe said a driver had ...') are
    what was reported, not who is speaking."""
    start = article.paragraphs[para].start
    named = max(
        (m.start for m in mentions if m.start >= start and (m.is_main_subject or m.reports)),
        default=-1,
    )
    introduced = sorted([pos for pos, _words in article.unnamed] + _partitives(article, start, at))
    for pos in reversed(introduced):
        if pos < start:
            break
        verb = article.doc[article.token_at(pos)].head
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        if named < pos < at and main:
            return pos
    return None


def _unnamed_group(article: Article, para: int, at: int, mentions: list[Mention]) -> int | None:
    """A plural unnamed subject of a main-clause reporting verb ("Residents said ...",
    "Several of his colleagues told ...") or of the sentence leading into the quotation
    ("Protesters gathered outside. '...,' they said") introduced in this paragraph after
    every named main subject: 'they' is that group. Only people report, so "Rents will
    rise" is none unless it leads straight into the quoted words."""
    start = article.paragraphs[para].start
    named = max(
        (m.start for m in mentions if m.start >= start and (m.is_main_subject or m.reports)),
        default=-1,
    )
    text = article.text
    lead_in = None  # the sentence leading into a quotation that "they" closes
    if any(
        d.outer_end <= at and not text[d.outer_end : at].strip(" ,")
        for d in article.in_paragraph(para)
    ):
        lead_in = _lead_in(article, at)
    for tok in reversed(article.tokens_between(max(start, named + 1), at)):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or article.in_quote(tok.idx):
            continue
        verb = tok.head
        if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
            continue
        leads = lead_in is not None and lead_in[0] <= tok.idx < lead_in[1]
        if verb.lower_ not in cues.CUE_FORMS and not leads:
            continue  # "Rents will rise": only people report, or lead into their words
        if article.mentions_overlapping(tok.idx, tok.idx + len(tok)):
            continue
        plural = tok.pos_ == "NOUN" and tok.tag_ == "NNS"
        picked = tok.pos_ in {"NUM", "PRON", "DET", "ADJ"} and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children)
            for c in tok.children
        )
        if plural or picked:
            return tok.idx
    return None


def _partitives(article: Article, start: int, at: int) -> list[int]:
    """Subjects picking one unnamed person out of a group ("One of the victims decided
    ...", "Another of his neighbours said ..."): an unnamed introduction, like "a victim"."""
    found = []
    for tok in article.tokens_between(start, at):
        if (
            tok.lower_ in {"one", "another"}
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and not article.in_quote(tok.idx)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.dep_ == "pobj" and o.tag_ in {"NNS", "PRP"} for o in c.children)
                for c in tok.children
            )
        ):
            found.append(tok.idx)
    return found


def _lead_in(article: Article, at: int) -> tuple[int, int, Span] | None:
    """The lead-in sentence of a pronoun at ``at``, as ``(start, end, sentence)``: the
    sentence just before the quotation that ends right before the pronoun, or, with no
    quotation there, the sentence before the pronoun's own when the pronoun is the first
    person its sentence mentions ("Delahunt did not attend. In a letter, he warned ...").
    It must lie in the pronoun's paragraph and hold no quotation."""
    text = article.text
    quote = None
    for d in article.in_paragraph(article.paragraph_at(at)):
        if d.outer_end <= at and not text[d.outer_end : at].strip(" ,"):
            quote = d
    if quote is None:
        return _previous_sentence(article, at)
    before = quote.outer_start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before < 0 or article.in_quote(before) or article.paragraph_at(before) != quote.paragraph:
        return None  # a quotation opening its paragraph has no lead-in of its own
    sent = article.doc[article.token_at(before)].sent
    para_start = article.paragraphs[article.paragraph_at(before)].start
    lo, hi = max(sent.start_char, para_start), min(sent.end_char, quote.outer_start)
    if any(article.in_quote(t.idx) for t in sent if lo <= t.idx < hi) or '"' in text[lo:hi]:
        return None
    return lo, hi, sent


def _previous_sentence(article: Article, at: int) -> tuple[int, int, Span] | None:
    own = article.doc[article.token_at(at)].sent
    para = article.paragraph_at(at)
    para_start = article.paragraphs[para].start
    if own.start == 0 or own.start_char <= para_start or article.in_quote(at):
        return None
    start = own.start_char
    if article.in_paragraph(para) and any(
        start <= d.outer_end <= at for d in article.in_paragraph(para)
    ):
        return None
    if any(not m.is_org for m in article.mentions_between(para, at) if m.start >= start):
        return None  # the pronoun's sentence names someone first
    sent = article.doc[own.start - 1].sent
    lo, hi = max(sent.start_char, para_start), start
    if lo >= hi or any(article.in_quote(t.idx) for t in sent if lo <= t.idx < hi):
        return None
    if '"' in article.text[lo:hi] or "\u201c" in article.text[lo:hi]:
        return None
    return lo, hi, sent


def _lead_in_subject(article: Article, found: tuple[int, int, Span] | None) -> str | None:
    """The person who is the main subject of the lead-in sentence ``found`` (``_lead_in``),
    the one just before the quotation ("Kim shook her head. 'No,' she said."). The agent of
    a passive main clause is its subject in meaning."""
    if found is None:
        return None
    lo, hi, sent = found
    text = article.text
    people = [m for m in article.mentions_between(article.paragraph_at(lo), hi) if m.start >= lo]
    for m in people:
        if m.is_main_subject and not m.is_org:
            return m.canonical
    for m in people:
        span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if not m.is_org and root is not None and root.dep_ == "pobj":
            by = root.head
            if by.dep_ == "agent" and by.head == sent.root:
                return m.canonical  # the passive's agent: "It was welcomed by Dr. Roe."
    # the parse may join the sentence to the paragraph before: a subject opening it counts
    opening = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    for m in people:
        if m.start == opening and m.is_subject and not m.is_org:
            return m.canonical
    return None


def _lead_in_org(article: Article, at: int) -> str | None:
    """The organisation that is the main subject of the lead-in sentence, for 'it' and
    'they' ("The Orlam union met on Friday. They called the offer 'an insult'.")."""
    found = _lead_in(article, at)
    if found is None:
        return None
    lo, hi, _sent = found
    for m in article.mentions_between(article.paragraph_at(lo), hi):
        if m.start >= lo and m.is_main_subject and m.is_org:
            return m.canonical
    return None


def _role_named_org(article: Article, at: int) -> str | None:
    """A name the model tagged as an organisation that is the lead-in's main subject in
    apposition to a common noun that is no kind of organisation ("a State Department
    spokesperson, Ana Roe, indicated ...: '...,' she said") or after an honorific or rank
    ("Highway Patrol Sgt. Ana Roe said ... She said ..."): a role or rank is held by a
    person, and the text calls them he or she."""
    found = _lead_in(article, at)
    if found is None:
        return None
    lo, hi, _sent = found
    for m in article.mentions_between(article.paragraph_at(lo), hi):
        if m.start < lo or not (m.is_main_subject and m.is_org):
            continue
        span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or names.looks_like_org(m.canonical):
            continue
        root = span.root
        title = [t for t in article.doc[max(0, span.start - 2) : span.start] if t.text != "."]
        before = title[-1].lower_.rstrip(".") if title else ""  # "Sgt. Ana Roe"
        role = (
            root.dep_ == "appos"
            and root.head.pos_ == "NOUN"
            and root.head.lower_ not in names.ORG_APPOSITIONS
        )
        if (role or before in names.HONORIFICS) and all(
            t.pos_ == "PROPN" for t in span if t.text != "-"
        ):
            return m.canonical
    return None


def _untagged_subject(article: Article, at: int) -> str | None:
    """A capitalised main subject of the lead-in that the model did not tag as a name
    ("Castellucci, who also promotes Okoye, laughed"; "Graves apologised", read as a
    noun), when it fits a person already named in the article."""
    found = _lead_in(article, at)
    if found is None:
        return None
    lo, hi, sent = found
    for subject in sent.root.children:
        if subject.dep_ != "nsubj" or not lo <= subject.idx < hi:
            continue
        if subject.pos_ != "PROPN" and not (subject.pos_ == "NOUN" and subject.is_title):
            continue  # the model may read a surname as a noun: "Graves apologised"
        end = subject.idx + len(subject)
        if article.mentions_overlapping(subject.idx, end):
            continue
        words = [t for t in subject.subtree if t.i <= subject.i and t.is_title]
        name = names.canonical_for(article, words)
        if any(m.canonical == name and m.is_person for m in article.mentions):
            return name
    return None


def _lead_in_person(article: Article, at: int) -> str | None:
    """The one person named in a lead-in sentence whose subject is not a pronoun, an
    unnamed person or a name we do not know ("Earlier, the committee heard from Ana Ruiz, whose
    son ... 'He called me,' she said."): the writer has just introduced the speaker."""
    found = _lead_in(article, at)
    if found is None:
        return None
    lo, hi, sent = found
    if sent.root.pos_ not in {"VERB", "AUX"} or any(lo <= p < hi for p, _ in article.unnamed):
        return None  # a parse without a main verb cannot tell who the sentence is about
    for subject in (t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}):
        if subject.pos_ == "PRON":
            return None  # "She thanked Ruiz": the pronoun carries its own referent
        end = subject.idx + len(subject)
        if subject.pos_ == "PROPN" and not article.mentions_overlapping(subject.idx, end):
            return None  # a name the model missed may be the speaker
    people = [m for m in article.mentions_between(article.paragraph_at(lo), hi) if m.start >= lo]
    names = {m.canonical for m in people if not m.is_org}
    if len(names) != 1 or any(_is_possessor(article, m) for m in people if not m.is_org):
        return None  # "The panel examined Roe's record": a possessor is talked about
    return names.pop()


def _is_possessor(article: Article, m: Mention) -> bool:
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ == "poss" or m.text.endswith(("'s", "\u2019s")))


def _turn_after_answer(article: Article, at: int) -> str | None:
    """The asker, when the pronoun cues a quotation opening its paragraph right after an
    answered question ('"The summary," he repeated.')."""
    para = article.paragraph_at(at)
    own = [d for d in article.in_paragraph(para) if d.outer_end <= at]
    if not own or article.text[article.paragraphs[para].start : own[0].outer_start].strip():
        return None
    asker = exchange_asker(article, para)
    return asker.speaker if asker is not None else None


def exchange_asker(article: Article, para: int) -> Draft | None:
    """In an exchange of one-quotation paragraphs where A asked a question and B answered
    ('"Did you read it?" Roe asked. / "I read the summary," Lee replied.'), A's quotation:
    the next turn is A's."""
    turns = []
    for index in (para - 2, para - 1):
        own = [d for d in article.in_paragraph(index) if d.trap is None]
        if len(own) != 1 or not own[0].speaker or own[0].cue is None:
            return None
        block = article.paragraphs[index]
        outside = (
            article.text[block.start : own[0].outer_start]
            + article.text[own[0].outer_end : block.end]
        )
        if len(outside.split()) > ATTRIBUTION_WORDS:
            return None  # the paragraph says more than who spoke: not a bare turn
        turns.append(own[0])
    question, answer = turns
    if question.speaker == answer.speaker:
        return None
    if not article.text[question.start : question.end].rstrip().endswith("?"):
        return None
    return question
