"""Reporting-cue detection: which words around a quotation say who is speaking.

Rule: look only at the attribution frames of a quotation, the writer's text between it
and the neighbouring quotation or sentence boundary in the same paragraph. The frame after
the quote counts when the quote ends open (",", "?", "!", a dash), as in '"...," she
said'; a quote closed by a full stop ends its sentence, so a verb after it starts a new
one. The frame before counts when it leads into the quote (':', ',', 'said "We ...').
Inside a frame a cue is a reporting verb form (said, told, added, wrote, tweeted ...),
"according to", a dash trailer ('"..." — Name') or, in headlines, 'Quote: Name' /
'Name: Quote'. A partial quotation takes the reporting verb that governs it in the
parse ('she called it "dead on arrival"'), or a verb that passes judgement in the
speaker's words ('dismissed the report as "nonsense"', 'branded the plan "reckless"').
A headline quotation with no cue on its line takes the cue of the first quotation in the
story below that repeats its words (a single word only the same one-word quotation, and
never a Title Case name): headlines lift their quotes from the story.
'read' with an object ('he read aloud a message she sent:') is a reader voicing someone
else's words, not a cue ('the statement read:' still is); so is 'add' with a noun object
('add the question, "..."'). A colon frame with no verb and
no name gives its source with 'from' ('And from the chairwoman, a last word:'). A passive
reporting verb speaks for its agent, not its subject: 'Kane was said by friends to be
"livid"' and 'she was described as "tireless" by colleagues' are 'according to' friends /
colleagues. A topic line before an answer ('On the power play: "..."', the style of
press-conference write-ups) is no cue: the answer continues the speaker before it.

Why: the speaker is whoever the cue names, not the nearest name; finding the cue first
keeps addressees and people mentioned in passing out. Frames are built from characters
and paragraph bounds rather than spaCy sentences, which often run across a closing mark.
No lemmatizer is needed: the verb forms are listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .context import Article, Draft
from .marks import is_headline_like
from .types import Kind

_VERBS = [
    "quotes",  # '"...," the paper quotes a source as saying': the one quoted speaks
    "quoted",
    "quoting",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "warn",
    "warns",
    "warned",
    "warning",
    "write",
    "writes",
    "wrote",
    "writing",
    "post",
    "posts",
    "posted",
    "posting",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "explain",
    "explains",
    "explained",
    "explaining",
    "note",
    "notes",
    "noted",
    "insist",
    "insists",
    "insisted",
    "argue",
    "argues",
    "argued",
    "arguing",
    "continue",
    "continues",
    "continued",
    "ask",
    "asks",
    "asked",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "declare",
    "declares",
    "declared",
    "announce",
    "announces",
    "announced",
    "admit",
    "admits",
    "admitted",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "concede",
    "concedes",
    "conceded",
    "predict",
    "predicts",
    "predicted",
    "complain",
    "complains",
    "complained",
    "joke",
    "jokes",
    "joked",
    "laugh",
    "laughed",
    "shout",
    "shouted",
    "testify",
    "testified",
    "testifies",
    "caution",
    "cautioned",
    "suggest",
    "suggests",
    "suggested",
    "claim",
    "claims",
    "claimed",
    "remark",
    "remarked",
    "observe",
    "observed",
    "counter",
    "countered",
    "conclude",
    "concluded",
    "text",
    "texted",
    "email",
    "emailed",
    "message",
    "messaged",
    "read",
    "reads",
    "state",
    "states",
    "stated",
    "allege",
    "alleges",
    "alleged",
    "assert",
    "asserted",
    "boast",
    "boasted",
    "confirm",
    "confirms",
    "confirmed",
    "deny",
    "denies",
    "denied",
    "describe",
    "describes",
    "described",
    "call",
    "calls",
    "called",
    "calling",
    "characterise",
    "characterised",
    "characterize",
    "characterized",
    "dub",
    "dubbed",
    "vow",
    "vowed",
    "vows",
    "promise",
    "promised",
    "pledge",
    "pledged",
    "urge",
    "urged",
    "plead",
    "pleaded",
    "reiterate",
    "reiterated",
    "stress",
    "stressed",
    "stresses",
    "emphasise",
    "emphasised",
    "emphasize",
    "emphasized",
    "mutter",
    "muttered",
    "quip",
    "quipped",
    "sigh",
    "sighed",
    "snap",
    "snapped",
    "exclaim",
    "exclaimed",
    "whisper",
    "whispered",
    "yell",
    "yelled",
    "scream",
    "screamed",
    "chant",
    "chants",
    "chanted",
    "chanting",
    "comment",
    "comments",
    "commented",
    "commenting",
    "reasoned",
    "observes",
    "concludes",
    "contend",
    "contends",
    "contended",
    "reveal",
    "inform",
    "informs",
    "informed",
    "finds",
    "revealed",
    "revealing",
    "write-in",
    "recount",
    "recounts",
    "recounted",
    "muse",
    "mused",
    "muses",
    "lament",
    "lamented",
    "laments",
    "wonder",
    "wondered",
    "wonders",
    "demanded",
    "demands",
    "bragged",
    "begged",
    # participles of reporting verbs: '..., stressing politicians should not "..."'
    "acknowledging",
    "admitting",
    "asserting",
    "cautioning",
    "complaining",
    "conceding",
    "confirming",
    "declaring",
    "denying",
    "emphasising",
    "emphasizing",
    "insisting",
    "noting",
    "pledging",
    "promising",
    "reiterating",
    "replying",
    "responding",
    "stressing",
    "urging",
    "vowing",
]
CUE_FORMS: frozenset[str] = frozenset(_VERBS)
NAMING_FORMS: frozenset[str] = frozenset(
    [
        "call",
        "calls",
        "called",
        "calling",
        "dub",
        "dubbed",
        "describe",
        "describes",
        "described",
        "characterise",
        "characterised",
        "characterize",
        "characterized",
    ]
)
_SENT_END_CANDIDATE = re.compile(r"[.!?]+(?=\s|$)")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "gov",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "prof",
        "jr",
        "sr",
        "mt",
        "no",
        "rev",
        "fr",
        "cmdr",
        "adm",
        "supt",
        "det",
        "insp",
        "atty",
        "vs",
        "ft",
    ]
)


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-final mark in ``text`` (not after "Sen." or "J.")."""
    ends = []
    for match in _SENT_END_CANDIDATE.finditer(text):
        word = re.search(r"([A-Za-z]+)$", text[: match.start()])
        if (
            match.group(0) == "."
            and word
            and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1)
        ):
            continue
        ends.append(match.end())
    return ends


_DASHES = ("\u2014", "\u2013", "--", "-")


@dataclass(slots=True)
class Cue:
    """A reporting cue for one quotation."""

    kind: str  # "verb", "according", "dash", "colon"
    where: str  # "after", "before", "inside", "governs"
    token: Token | None
    start: int  # char range of the frame the cue sits in
    end: int
    passive: Token | None = None  # 'was described as "..." by the police': the verb

    @property
    def label(self) -> str:
        if self.kind == "verb" and self.token is not None:
            return self.token.text
        if self.kind == "according":
            if self.passive is not None:
                return f"{self.passive.text} by"
            if self.token is not None and self.token.lower_ == "from":
                return "from"
            if self.token is not None and self.token.lower_ == "of":
                return "in the words of"
            if self.token is not None and self.token.dep_ == "poss":
                view = self.token.head  # 'In his opinion,' -> "in his opinion"
                return "in " + "".join(t.text_with_ws for t in view.subtree if t.i <= view.i)
            return "according to"
        return "\u2014" if self.kind == "dash" else ":"


# characters after an open quotation in which its cue verb may stand: the speaker's name
# with a long modifier comes first ('"...," Ana Roe of the county's historic
# preservation office told the crowd')
_AFTER_REACH = 120
_READ = frozenset({"read", "reads"})
_QUOTES = frozenset({"quotes", "quoted", "quoting"})
_ADD = frozenset({"add", "adds", "added", "adding"})
# "claimed the island", "claimed the title", "claims responsibility": taking, not saying
_CLAIM = frozenset({"claim", "claims", "claimed", "claiming"})
_UNAMBIGUOUS = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "wrote", "warned", "insisted", "tweeted"]
)


# What can be read out as its own words: in '"...," read the statement' the parse makes
# the document the object of an inverted "read", and the document is the speaker.
_READABLE = frozenset(
    ["statement", "message", "letter", "note", "sign", "notice", "post", "tweet", "release"]
    + ["caption", "banner", "placard", "inscription", "email", "memo", "card", "plaque"]
    + ["ultimatum", "declaration", "manifesto", "text", "report", "order", "verdict"]
)


def document_before_read(token: Token) -> Token | None:
    """The document of 'the ultimatum read, "..."' or '"...," her message read.' when the
    tagger took "read" for a noun (the "ultimatum read"): the noun before it, with a mark,
    colon or the sentence's end after it."""
    doc = token.doc
    if token.lower_ not in _READ or token.pos_ != "NOUN" or token.i == 0 or token.i + 1 >= len(doc):
        return None
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.lower_ in _READABLE and after.text in {",", ":", ".", ";", '"', "\u201c"}:
        return before
    return None


def read_document(token: Token) -> Token | None:
    """The document of an inverted 'read the statement', or None."""
    if token.lower_ not in _READ or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    return next(
        (c for c in token.children if c.dep_ == "dobj" and c.lower_ in _READABLE and c.i > token.i),
        None,
    )


def _verb_tagged_noun(token: Token) -> bool:
    """A verb form the tagger took for a noun: it has a subject, or it heads its sentence
    right before a quotation ('The Department of Agriculture notes, "...'")."""
    if any(c.dep_ == "nsubj" for c in token.children):
        return True
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (
        token.dep_ == "ROOT"
        and token.tag_ == "NNS"  # 'notes', 'claims': a third-person verb; not 'a warning:'
        and len(after) == 2
        and after[0].text in {",", ":"}
        and after[1].text in {'"', "\u201c", "\u00ab", "\u2018"}
    )


def is_cue_token(token: Token) -> bool:
    """A reporting verb form; the tagger's NOUN/PROPN is trusted only for ambiguous forms
    ("a promise", "a post") and overruled for unambiguous ones ("said")."""
    if token.lower_ not in CUE_FORMS:
        return False
    if (
        token.lower_ in _READ
        and any(c.dep_ == "dobj" for c in token.children)
        and read_document(token) is None
    ):
        return False  # 'he read aloud a message she sent': the reader voices another's words
    if token.dep_ == "amod" and not _after_closing_mark(token):
        return False  # 'the stated rationale', 'the reported figure': a participle as adjective
    if token.lower_ in _QUOTES and not any(c.dep_ == "dobj" for c in token.children):
        return False  # 'a message, quoted in the indictment': the writer cites, no one speaks
    if token.lower_ in _CLAIM and any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children
    ):
        return False  # 'Norvia had claimed the island "as an act of force"': the writer's words
    if token.lower_ in _ADD and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children):
        return False  # 'to add the question, "Is ...?"': adding a thing, not speaking
    if document_before_read(token) is not None:
        return True
    if token.pos_ == "NOUN" and _verb_tagged_noun(token):
        return True  # 'The Department of Agriculture notes, "..."': a noun with a subject
    return token.pos_ in {"VERB", "AUX"} or token.lower_ in _UNAMBIGUOUS


def _cue_ends(article: Article, start: int, end: int) -> bool:
    """'He went on to add "...," referring to ...': a reporting verb right before the
    opening mark takes the quotation as its object, whatever follows it."""
    words = [t for t in article.tokens_between(start, end) if not t.is_space]
    return bool(words) and words[-1].pos_ == "VERB" and is_cue_token(words[-1])


def _after_closing_mark(token: Token) -> bool:
    """'"...safe" tweeted Mayor Ana Roe': the parser reads an inverted cue right after a
    quotation with no comma as an adjective of the speaker's name."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text in {'"', "\u201d", "''"} and before.tag_ == "''"


def frames(article: Article, draft: Draft) -> tuple[tuple[int, int], tuple[int, int]]:
    """The writer's text before and after a quotation within its sentence and paragraph."""
    text = article.text
    para = article.paragraphs[draft.paragraph]
    # a trap before it is part of the writer's sentence ('addressing "No" campaign
    # workers said "..."'), not a quotation that bounds the frame
    same = [d for d in article.in_paragraph(draft.paragraph) if d.trap is None]
    prev_end = max((d.outer_end for d in same if d.outer_end <= draft.outer_start), default=None)
    next_start = min(
        (d.outer_start for d in same if d.outer_start >= draft.outer_end), default=None
    )
    lo = para.start if prev_end is None else prev_end
    before = text[lo : draft.outer_start]
    ends = sentence_ends(before)
    b_start = lo + ends[-1] if ends else lo
    hi = para.end if next_start is None else next_start
    after = text[draft.outer_end : hi]
    after_ends = sentence_ends(after)
    a_end = draft.outer_end + after_ends[0] if after_ends else hi
    return (b_start, draft.outer_start), (draft.outer_end, a_end)


def _first_cue(article: Article, start: int, end: int, *, last: bool = False) -> Token | None:
    text = article.text
    tokens = [
        t
        for t in article.tokens_between(start, end)
        if is_cue_token(t) and not in_aside(text, start, end, t.idx)
    ]
    if not tokens:
        return None
    return tokens[-1] if last else tokens[0]


_ASIDE = re.compile(r"\s(?:\u2014|\u2013|--)\s[^\u2014\u2013]*?\s(?:\u2014|\u2013|--)\s|\([^()]*\)")


def in_aside(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` lies in a parenthetical aside of the frame, between dashes or in
    brackets ('Varn spoke - which the BBC noted was rare - and said: "..."'): the writer's
    remark, whose verb reports something else."""
    return any(m.start() <= at - start < m.end() for m in _ASIDE.finditer(text[start:end]))


_OPINION_NOUNS = frozenset({"opinion", "view", "words"})  # 'In his opinion, "..."'


def _according(article: Article, start: int, end: int) -> Token | None:
    span = article.tokens_between(start, end)
    doc = article.doc
    for tok in span:
        if tok.lower_ == "according" and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.lower_ == "to":
                return nxt
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if (  # 'In his opinion, "..."', 'in Roe's view': the possessor holds the view
            tok.lower_ in _OPINION_NOUNS
            and owners
            and owners[0].left_edge.i >= 1
            and doc[owners[0].left_edge.i - 1].lower_ == "in"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text == ","
        ):
            return owners[0]
        if (  # 'in the words of the Crown prosecutor, Ana Roe,'
            tok.lower_ == "of"
            and tok.i >= 3
            and [t.lower_ for t in doc[tok.i - 3 : tok.i]] == ["in", "the", "words"]
        ):
            return tok
    return None


def detect(article: Article, draft: Draft) -> Cue | None:
    """Find the cue for one quotation, or None when its frames hold none.

    A quotation in a headline whose own line names nobody borrows the cue of the first
    quotation below it that repeats its words: the headline lifted them from there.
    """
    cue = _detect_in_frames(article, draft)
    if cue is None and is_headline_like(article.text, article.paragraphs[draft.paragraph]):
        source = _echoed_by(article, draft)
        if source is not None:
            cue = _detect_in_frames(article, source)
    return _agent(article, cue) if cue is not None else None


def _agent(article: Article, cue: Cue) -> Cue:
    """A passive reporting verb speaks for its agent: 'was said by friends to be "..."' and
    'was described as "..." by the police' are 'according to' friends / the police."""
    verb = cue.token
    if cue.kind != "verb" or verb is None:
        return cue
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return cue
    by = next(
        (
            t
            for t in verb.subtree
            if t.lower_ == "by"
            and not article.in_quote(t.idx)
            # the parser often hangs 'by the police' on the quoted words before it
            and (t.head.i == verb.i or article.in_quote(t.head.idx))
        ),
        None,
    )
    if by is None or not any(c.dep_ == "pobj" for c in by.children):
        return cue
    end = by.right_edge.idx + len(by.right_edge)  # the agent phrase ends the frame
    return Cue("according", cue.where, by, cue.start, end, passive=verb)


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+(?:['\u2019]\w+)*", text.replace("\u2019", "'"))


def _echoed_by(article: Article, draft: Draft) -> Draft | None:
    """The first later quotation outside headlines that repeats the draft's words in order,
    where they are not a name (a single word: only the same one-word quotation)."""
    from .traps import is_title_case  # traps imports names, which imports this module

    words = [w.casefold() for w in _words_of(article.text[draft.start : draft.end])]
    if not words:
        return None
    n = len(words)
    for other in article.drafts:
        if other.start < draft.end or other.marked is None or other.kind == Kind.INDIRECT:
            continue
        if is_headline_like(article.text, article.paragraphs[other.paragraph]):
            continue
        body = _words_of(article.text[other.start : other.end])
        folded = [w.casefold() for w in body]
        if n == 1 and folded != words:
            continue
        for i in range(len(body) - n + 1):
            if folded[i : i + n] == words and not is_title_case(" ".join(body[i : i + n])):
                return other
    return None


_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or|,)\s*$")


def _detect_in_frames(article: Article, draft: Draft) -> Cue | None:
    text = article.text
    earlier = [d for d in article.in_paragraph(draft.paragraph) if d.outer_end <= draft.outer_start]
    if earlier:
        prev = max(earlier, key=lambda d: d.outer_end)
        if _COORDINATED.match(text[prev.outer_end : draft.outer_start]):
            # 'chanted "A!" and "B!"': a quotation joined to the one before shares its cue
            return _detect_in_frames(article, prev)
    (b_start, b_end), (a_start, a_end) = frames(article, draft)
    content = text[draft.start : draft.end].rstrip()
    after = text[a_start:a_end]
    before = text[b_start:b_end]
    para = article.paragraphs[draft.paragraph]
    headline = is_headline_like(text, para)

    after_open = not content.endswith(".") or not draft.marked or not draft.marked.closed
    stripped_after = after.lstrip()
    if stripped_after.startswith(_DASHES) and draft.kind != Kind.PARTIAL:
        return Cue("dash", "after", None, a_start, a_end)
    if headline and stripped_after.startswith(":"):
        return Cue("colon", "after", None, a_start, a_end)
    if draft.kind == Kind.PARTIAL:
        gov = governing_cue(article, draft)
        if gov is None and not headline and _according(article, b_start, b_end) is None:
            gov = _quoted_predicate(article, draft)  # a headline's quote is its source's
        if gov is not None:
            return Cue("verb", "governs", gov, b_start, a_end)
    tail = before.rstrip()
    lead_in = (
        tail.endswith((":", ","))
        and _first_cue(article, b_start, b_end, last=True) is not None
        and not content.endswith(",")
    ) or _cue_ends(article, b_start, b_end)
    if (after_open or draft.kind == Kind.PARTIAL) and not lead_in:
        acc = _according(article, a_start, a_end)
        if acc is not None and stripped_after[:1] in {",", "", "a"}:
            return Cue("according", "after", acc, a_start, a_end)
        verb = _first_cue(article, a_start, min(a_end, a_start + _AFTER_REACH))
        if verb is not None and (stripped_after[:1] in {",", "\u2014", "-"} or after_open):
            return Cue("verb", "after", verb, a_start, a_end)
    tail = before.rstrip()
    if tail:
        verb = _first_cue(article, b_start, b_end, last=True)
        acc = _according(article, b_start, b_end)
        if acc is not None and tail.endswith((",", ":")):
            return Cue("according", "before", acc, b_start, b_end)
        if verb is not None:
            return Cue("verb", "before", verb, b_start, b_end)
        if tail.endswith(":"):
            if TOPIC_LABEL.match(text[para.start : draft.outer_start].strip()):
                return None  # 'On the power play:' names what the answer is about
            source = _source_from(article, b_start, b_end)
            if source is not None:
                return Cue("according", "before", source, b_start, b_end)
            return Cue("colon", "before", None, b_start, b_end)
    if draft.kind != Kind.PARTIAL:
        return None
    verb = _first_cue(article, a_start, a_end)
    if verb is not None:
        return Cue("verb", "after", verb, a_start, a_end)
    return None


# a press-conference write-up's topic line before an answer: 'On the power play:'
TOPIC_LABEL = re.compile(r"^(?:On|About|Asked about|Regarding)\s[^.!?:]{1,80}:$")


def _source_from(article: Article, start: int, end: int) -> Token | None:
    """'And from the chairwoman, a final warning:': a colon frame without a verb or a name
    gives its source with 'from'."""
    if article.mentions_overlapping(start, end):
        return None
    return next(
        (
            t
            for t in article.tokens_between(start, end)
            if t.lower_ == "from" and any(c.dep_ == "pobj" for c in t.children)
        ),
        None,
    )


def governing_cue(article: Article, draft: Draft) -> Token | None:
    """The nearest reporting verb above the quotation in the parse, outside quotations."""
    tokens = article.tokens_between(draft.start, draft.end)
    if len(tokens) == 0:
        return None
    para = article.paragraphs[draft.paragraph]
    head = tokens.root
    seen = 0
    while head.head is not head and seen < 12:
        below, head = head, head.head
        seen += 1
        if not (para.start <= head.idx < para.end):
            return None
        if draft.start <= head.idx < draft.end:
            continue
        if below.i == tokens.root.i and below.dep_ == "advmod":
            continue  # 'said he had "cleverly" not asked': a manner, not what was asked
        if (is_cue_token(head) or _characterises(head)) and not article.in_quote(head.idx):
            return head
        if head.lower_ in _SPEAKING and below.lower_ in {"of", "about"} and head.pos_ == "VERB":
            return head  # 'Mr Brown spoke of Labour's "shared purpose"'
        if _as_complement(head):
            # 'which Ross has referred to as "gamesmanship"'; but in 'branded the way the
            # office operated as "scandalous"' the judging verb above speaks
            above = head.head
            speaker = [c for c in above.children if c.dep_ == "nsubj"]
            for _ in range(4 if speaker and speaker[0].pos_ == "NOUN" else 0):
                if above.head is above or above.lower_ in CUE_FORMS:
                    break
                above = above.head
                if _characterises(above) or above.lower_ in NAMING_FORMS:
                    return above
            return head.head
    return None


def _quoted_predicate(article: Article, draft: Draft) -> Token | None:
    """'A Tory spokesman "totally refuted" any wrongdoing': the writer quotes the verb of
    the sentence, so its subject used those words."""
    tokens = article.tokens_between(draft.start, draft.end)
    if len(tokens) == 0 or len(tokens) > 6:
        return None
    root = tokens[0].sent.root
    if not (draft.start <= root.idx < draft.end) or root.pos_ != "VERB":
        return None
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or draft.start <= subjects[0].idx < draft.end:
        return None
    return root


def _as_complement(token: Token) -> bool:
    """'as' completing an active verb with a subject: the subject characterises the quoted
    words ('Ross has referred to the decision as "gamesmanship"')."""
    verb = token.head
    return (
        token.lower_ == "as"
        and token.dep_ == "prep"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


# speaking of or about something in quoted words: a cue only through "of"/"about"
_SPEAKING = frozenset(
    ["spoke", "speaks", "speaking", "spoken", "talked", "talks", "talking", "speak", "talk"]
)


# verbs that pass judgement in someone's words: 'dismissed the report as "nonsense"',
# 'branded the plan "reckless"'; a cue only for a partial quotation they govern
CHARACTERISING = frozenset(
    ["branded", "brands", "labelled", "labeled", "labels", "termed", "terms", "hailed"]
    + ["hails", "slammed", "slams", "dismissed", "dismisses", "condemned", "condemns"]
    + ["denounced", "denounces", "praised", "praises", "criticised", "criticized"]
    + ["criticises", "criticizes", "blasted", "blasts", "decried", "decries", "lauded"]
    + ["justified", "justifies", "defended", "defends", "welcomed", "welcomes"]
    + ["accused", "accuses", "accusing"]  # 'accused Blair of being "terrified"'
)


def _characterises(token: Token) -> bool:
    return token.lower_ in CHARACTERISING and token.pos_ == "VERB"
