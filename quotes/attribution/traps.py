"""Trap filtering: quotation-marked text that is not anyone's words.

Rule: drop a marked stretch when it is
- a nickname inside a name (Robert "Bobby" Kane; a name word on both sides);
- introduced as a name, title or word: after "so-called", "known as", "titled",
  "nicknamed", "dubbed", "named", "the word/term/phrase", a work noun ("the album",
  "the film"), or followed by a year in brackets ('"Stride Home" (1961)'), or shaped like
  a lawsuit's name ('"Roe v. Hale Shipping"');
- a defined term: followed by its abbreviation in brackets ('"pre-trial detention order"
  (PTDO)'), or a short fragment with no cue that is followed by its definition ('a "quiet
  zone", a fenced area ...', '"primary residence" — defined as ...') or is a name with
  "the" ('in "the Docks"');
- the category an award was given for ('a silver medal for "courageous achievement"');
- a short Title Case name (a work, product, place or team) that no adjacent cue
  introduces as speech;
- a single word that no reporting verb governs or frames (scare quotes, labels, words
  cited as words: 'on "their" land', 'a "hold" rating', '"D" is for ...'); a quoted
  modal ('may', 'can') is the source's hedge and counts as speech when a cue reports it;
- a short fragment with no cue, no figure and no reporting word, named source or document
  in its sentence or the one before (scare quotes and labels: 'riders in the "gig
  economy"'), the issue's "quoted words with no speaker anywhere near".

Why: in news most quoted stretches are speech, but titles, names and scare quotes share the
marks; the words right before the mark and the shape of the content tell them apart. A
fragment of several words in the writer's sentence is someone's words even when nobody
is named ('reports vary between a knife and a "sharp tool"', 'in "not life-threatening"
condition') when a reporting word is near: a partial quotation with an unnamed speaker,
unless the writer defines it as a term. 'what the judge called "..."' is speech.
First-person words ('"We've done this before"') are always speech, and so is a headline's
Title Case quotation that the story quotes as speech.
"""

from __future__ import annotations

import re

from .context import Article, Draft
from .cues import CUE_FORMS, sentence_ends
from .marks import has_headline
from .names import ORG_WORDS, TITLES, is_name_word
from .nominals import SPEECH_NOUNS

NAMING = frozenset(
    [
        "so-called",
        "title",
        "call",
        "calls",
        "called",
        "calling",
        "termed",
        "titled",
        "entitled",
        "nicknamed",
        "dubbed",
        "named",
        "word",
        "words",
        "term",
        "terms",
        "phrase",
        "phrases",
        "letter",
        "slogan",
        "slogans",
        "hashtag",
        "motto",
        "designation",
        "label",
        "labels",
    ]
)
WORKS = frozenset(
    [
        "album",
        "albums",
        "film",
        "films",
        "movie",
        "book",
        "books",
        "novel",
        "novels",
        "song",
        "songs",
        "single",
        "show",
        "series",
        "play",
        "memoir",
        "exhibition",
        "documentary",
        "podcast",
        "programme",
        "program",
        "opera",
        "musical",
        "poem",
        "painting",
        "debut",
        "sequel",
        "record",
        "records",
        "operation",
        "project",
        "campaign",
        "brand",
    ]
)
_SMALL = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "with",
        "from",
        "de",
        "la",
        "le",
    ]
)
_CALL = frozenset({"call", "calls", "called", "calling"})
_CASE_NAME = re.compile(r"^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)* v(?:s)?\.? [A-Z]")
_DIGIT = re.compile(r"\d")  # a quoted figure ('a "total of 1,723 cases"') is cited
# 'in what the judge called "a betrayal"': whoever 'what' introduces is characterising
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:[\w'\u2019-]+\s+){1,4}call(?:s|ed)?\s*$", re.IGNORECASE)
# words that pass on someone's words without being a reporting verb
_REPORTING_WORDS = frozenset(
    ["according", "reportedly", "allegedly", "report", "reports", "statement", "statements"]
    + ["quoted", "quoting", "citing", "described", "describing", "spokesman", "spokeswoman"]
    + ["spokesperson", "police", "officials", "witnesses", "sources", "reported", "told"]
)
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})
_YEAR_AFTER = re.compile(r"^\s*\(\d{4}\)")
_TERMINAL = re.compile(r"[.!?,;:]['\"\u2019\u201d]?$")
_FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART"})
_SENTENCE_FINAL = re.compile(r"[.!?]['\"\u2019\u201d]?$")
# a term followed by its abbreviation: '"pre-trial detention order" (PTDO)'
_ACRONYM_AFTER = re.compile(r"^\s*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z0-9.\-]{2,15}\)")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|[Mm]e)\b")
# '"quiet zone" this year, a fenced area ...', '"primary residence" — defined as ...'
_DEFINED_AFTER = re.compile(
    r"^(?:\s*[\w'\u2019-]+){0,3}?\s*(?:,|\u2014|\u2013|--)\s*"
    r"(?:a|an|the|defined|meaning|known)\b"
)


# a word cited as a word and then explained: 'To "route out" in the group's jargon refers
# to ...', '"gig" means a paid job', '"BRB" stands for ...'
_EXPLAINED_AFTER = re.compile(
    r"^[^\w\s]{0,3}(?:\s+(?:in|among)\s+[\w'\u2019 -]{1,40}?)?,?\s+"
    r"(?:refers|referred|means|meant|stands|is\s+(?:defined|short|slang|jargon|used))\b"
)


# an award and the category it was given for: 'a medal for "courageous achievement"'
_AWARD_BEFORE = re.compile(
    r"\b(?:awards?|awarded|medals?|prizes?|honou?red|trophy|nominated|nominations?)\b",
    re.IGNORECASE,
)


_SING = frozenset({"sing", "sings", "sang", "sung", "singing", "chorus"})
_BELT_OUT = frozenset({"belt out", "belts out", "belted out", "belting out"})


def _sentence_before(article: Article, draft: Draft) -> str:
    """The writer's words from the start of the quotation's sentence up to its mark."""
    para = article.paragraphs[draft.paragraph]
    before = article.text[para.start : draft.outer_start]
    ends = sentence_ends(before)
    return before[ends[-1] :] if ends else before


def is_title_case(content: str) -> bool:
    words = [w for w in re.split(r"\s+", content.strip()) if w]
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha or len(words) > 10:
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL for w in alpha) and alpha[0][:1].isupper()


def check(article: Article, draft: Draft) -> str | None:
    """Why this quotation is a trap, or None when it may be speech."""
    if draft.marked is None:
        return None
    text = article.text
    content = text[draft.start : draft.end].strip()
    if not content:
        return "empty"
    words = content.split()
    before_text = text[max(0, draft.outer_start - 40) : draft.outer_start]
    before_words = re.findall(r"[\w'\u2019-]+|[^\w\s]", before_text.lower())
    after_text = text[draft.outer_end : draft.outer_end + 40]
    prev = before_words[-1] if before_words else ""
    prev2 = " ".join(before_words[-2:])
    if draft.marked.closed and len(words) <= 4 and not _TERMINAL.search(content):
        name_before = re.search(r"([\w\u00c0-\u024f-]+)\s$", before_text)
        name_after = re.match(r"\s([\w\u00c0-\u024f-]+)", after_text)
        if (
            name_before
            and name_after
            and is_name_word(name_before.group(1))
            and is_name_word(name_after.group(1))
        ):
            return "nickname"
    if len(words) <= 5 and _EXPLAINED_AFTER.match(text[draft.outer_end : draft.outer_end + 80]):
        return "word"
    speaker_before = len(before_words) > 1 and (
        before_words[-2] in _PRONOUNS
        or before_text.rstrip().split(" ")[-2:-1] != []
        and is_name_word(before_text.rstrip().split(" ")[-2])
    )
    if prev in _CALL and (speaker_before or _WHAT_CALLED.search(before_text)):
        pass  # 'what he called "a grown-up compromise"': speech, not naming
    elif len(words) <= 12 and (prev in NAMING or prev2 in {"known as", "referred to"}):
        return "named"
    elif prev in {"and", "or", ","} and _listed_after_named(article, draft):
        return "named"  # 'the terms "civil union" and "registered partnership."'
    elif (
        prev == "for" and len(words) <= 6 and _AWARD_BEFORE.search(_sentence_before(article, draft))
    ):
        return "named"  # 'awarded a silver medal for "courageous achievement"': a category
    if (
        len(words) <= 10
        and content[:1].isupper()
        and (prev in WORKS or _YEAR_AFTER.match(after_text))
    ):
        return "title"
    if prev in _SING or prev2 in _BELT_OUT:
        return "title"  # 'Bono won the battle to belt out "And Tonight ..."': a lyric sung
    if _SLOGAN_BEFORE.search(before_text):
        return "title"  # 'Labour's slogan would be "Britain is working"'
    if (
        len(words) <= 4
        and draft.cue is None
        and not draft.resolved
        and prev in {"a", "an", "the"}
        and _modifies_noun(article, draft)
    ):
        return "label"  # 'a "smart acquisition" policy', 'a 'one stop' justice system'
    if len(words) <= 12 and _CASE_NAME.search(content):
        return "title"  # a lawsuit's name: '"Roe v. Hale Shipping Ltd"'
    final = bool(_SENTENCE_FINAL.search(content))
    if final and draft.cue is None and len(words) <= 4:
        # American style puts the full stop inside the marks ('the "furry fandom."'): a
        # verbless fragment with no cue is no sentence of anyone's
        tokens = article.tokens_between(draft.start, draft.end)
        final = any(t.pos_ in {"VERB", "AUX"} for t in tokens)
    if len(words) <= 12 and not final and _ACRONYM_AFTER.match(after_text):
        return "defined term"  # '"pre-trial detention order" (PTDO)'
    short = len(words) <= 10 and not final
    if short and is_title_case(content) and not _speech_frame(article, draft):
        return "title-case name"
    if len(words) == 1 and not final and not _single_word_speech(article, draft):
        return "single word"  # 'a "hold" rating', 'on "their" meadow', '"D" is for ...'
    uncued_fragment = (
        draft.cue is None
        and not draft.resolved
        and len(words) <= 4
        and not final
        and not _FIRST_PERSON.search(content)
    )
    if uncued_fragment and (_DEFINED_AFTER.match(after_text) or re.match(r"the [A-Z]", content)):
        return "defined term"  # '"quiet zone", a fenced area ...', 'in "the Docks"'
    if (
        uncued_fragment
        and not _DIGIT.search(content)
        and not _reporting_near(article, draft)
        # quotation marks in a headline attribute a claim to the story's source
        and not (len(words) > 1 and draft.paragraph == 0 and has_headline(text, article.paragraphs))
    ):
        return "scare quotes"  # 'riders in the "gig economy"', 'a "black box" recorder'
    return None


def _reporting_near(article: Article, draft: Draft) -> bool:
    """A reporting word in the fragment's sentence or the one before it in its paragraph
    ('reports vary between a knife and a "sharp tool"'; 'Police said three were held. One
    was in "stable" condition'), or a named or institutional main subject of its sentence:
    someone's words are being passed on nearby."""
    doc = article.doc
    para = article.paragraphs[draft.paragraph]
    if not article.text[para.start : draft.outer_start].strip():
        return True  # a quotation opening its paragraph ('"Stay inside"') stands as speech
    sent = doc[article.token_at(draft.outer_start)].sent
    lo = sent.start
    if sent.start > 0:
        lo = doc[sent.start - 1].sent.start
    for tok in doc[lo : sent.end]:
        if tok.idx < para.start or tok.idx >= para.end or draft.start <= tok.idx < draft.end:
            continue
        if tok.lower_ in CUE_FORMS or tok.lower_ in _REPORTING_WORDS:
            return True
    for tok in sent:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head == sent.root:
            # 'The inspectorate gave the trust a month to show "measurable improvement"':
            # a named or institutional subject is the likely source of its own sentence
            named = bool(article.mentions_overlapping(tok.idx, tok.idx + 1))
            return named or tok.lower_ in ORG_WORDS | TITLES | SPEECH_NOUNS
    return False


# a campaign's words introduced as its slogan: 'the slogan would be', 'its motto reads:'
_SLOGAN_BEFORE = re.compile(
    r"\b(?:slogan|motto|catchphrase|tagline|strapline)s?\b[^.!?]{0,30}"
    r"\b(?:is|was|will be|would be|reads|read|reading)\s*[:,]?\s*$",
    re.IGNORECASE,
)


def _modifies_noun(article: Article, draft: Draft) -> bool:
    """The quoted words stand right before a common noun they qualify, as a label does ('a
    "smart acquisition" policy')."""
    doc = article.doc
    i = article.token_at(draft.outer_end) if draft.outer_end < len(article.text) else len(doc)
    while i < len(doc) and doc[i].idx < draft.outer_end:
        i += 1
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower


def _listed_after_named(article: Article, draft: Draft) -> bool:
    """The quotation follows, joined by 'and', 'or' or a comma, one already trapped as a
    name or cited term."""
    earlier = [d for d in article.drafts if d.outer_end <= draft.outer_start]
    if not earlier:
        return False
    last = max(earlier, key=lambda d: d.outer_end)
    gap = article.text[last.outer_end : draft.outer_start].strip().lower()
    return last.trap == "named" and gap in {"and", "or", ",", ", and", ", or"}


def _single_word_speech(article: Article, draft: Draft) -> bool:
    """A cue frames the word ('"Never," she said'), or a reporting verb governs a content
    word ('called it "laughable"') or attributes its sentence ('hit by "unprecedented"
    rain, the service said'); a quoted pronoun or article is emphasis, not speech."""
    if _speech_frame(article, draft):
        return True
    tokens = article.tokens_between(draft.start, draft.end)
    if len(tokens) == 1 and tokens[0].pos_ in _FUNCTION_POS:
        return False
    return draft.evidence.startswith(("cue-governs", "cue-after"))


def _speech_frame(article: Article, draft: Draft) -> bool:
    """A cue right next to the marks ('"Yes," she said' / 'He said: "Yes"'), or the cue of
    the story's quotation that a headline quotation repeats (``cues``: the echo)."""
    if draft.cue_at is None or not draft.evidence.startswith(("cue-after", "cue-before")):
        return draft.evidence.startswith(("dash", "colon"))
    if article.paragraph_at(draft.cue_at) != draft.paragraph:
        return True  # '"We Lost Everything" as Floods Hit Town' ... '"We lost everything," ...'
    if draft.evidence.startswith("cue-after"):
        gap = article.tokens_between(draft.outer_end, draft.cue_at)
    else:
        if draft.cue == "from":
            return True  # 'And from the mayor, a last word: "..."' counts as a colon frame
        gap = article.tokens_between(draft.cue_at, draft.outer_start)
    return len(gap) <= 4 and not any(t.pos_ in {"VERB", "AUX"} for t in gap)
