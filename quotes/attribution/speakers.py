"""Speaker from syntax: the words that name the speaker at a reporting cue.

Rule: the speaker of a reporting verb is its grammatical subject (nsubj), wherever it stands
('she said', 'said Smith', 'Smith, a doctor, said'). When the subject is a role noun with a
name in apposition or right after it ('her spokeswoman, Jane Roe, said', 'said study
co-author Ted Roe') the name wins; a relative pronoun stands for its antecedent ('a judge
who said'); an active verb the parser hangs on a reported passive clause ('X said the emails
were sent and called them') takes the reporting verb's subject. The parse is checked against
the frame: a subject outside the frame or inside a quotation is rejected, and a pattern
fallback then takes the noun phrase next to the verb inside the frame (or the name between
commas after a role noun: 'Your rival, Ana Ruiz, has called it') (spaCy's small model often
mis-parses sentences that open with a quotation). 'according to X' takes X; a dash trailer
or a headline colon takes the name that follows or precedes, and a colon frame with no
usable subject takes its document ('The family's statement read:'). When the parse heads a
long subject on an earlier proper noun but a person's name, hanging from a role noun, stands
right before the verb ('The Institute's director, Dr. Ana Roe, said'), that name is the
speaker. Words a speaker reads out from a document are the document's author's ('He read
aloud a text that Ana Roe sent: "..."' -> Ana Roe), and the agent of a passive cue speaks,
not its subject ('Roe was said by friends to be "livid"').

Why: most attribution errors come from taking the nearest name instead of the subject of
the cue; syntax plus a frame-bounded pattern is robust to both.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Article, Mention
from .cues import Cue, document_before_read, read_document
from .names import POST_NOMINALS, TITLES
from .nominals import SPEECH_NOUNS

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_STOP_DEPS = {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "prep"}
_DOCUMENT_DEPS = {"nsubj", "nsubjpass", "ROOT"}  # the parse often misses "read" at a colon
_SKIP_WORDS = {"also", "later", "then", "again", "once", "further", "previously", "earlier"}


def mention_tokens(article: Article, cue: Cue) -> list[Token]:
    """Tokens naming the speaker at ``cue`` (empty when none could be found)."""
    if cue.kind == "according" and cue.token is not None and cue.token.dep_ == "poss":
        # 'In his opinion, "..."': the possessor of the view (a pronoun or a name)
        poss = cue.token
        return [poss] if poss.pos_ == "PRON" else [t for t in poss.subtree if t.tag_ != "POS"]
    if cue.kind == "according" and cue.token is not None:
        phrase = _phrase_after(article, cue.token.i + 1, cue.end)
        if phrase and not any(m.is_person for m in _mentions_in(article, phrase)):
            # 'according to the Crown prosecutor, Ana Roe,': the role's holder
            named = _name_after(article, phrase[-1].i + 1)
            if named and named[-1].i + 1 < len(article.doc) and named[-1].nbor().text == ",":
                return named
        return phrase
    if cue.kind == "dash":
        # '"..." — state Sen. Ada Moss, in a post': the trailer up to a comma or bracket
        out: list[Token] = []
        for tok in article.tokens_between(cue.start, cue.end):
            if tok.text in {"\u2014", "\u2013", "-", "--"} and not out:
                continue
            if tok.text in {",", "(", ";"} or tok.is_space:
                break
            out.append(tok)
        return out
    if cue.kind == "colon":
        frame = article.tokens_between(cue.start, cue.end)
        if cue.where == "after":
            start = next((t.i for t in frame if t.text != ":"), None)
            return [] if start is None else _phrase_after(article, start, cue.end)
        named = article.mentions_overlapping(cue.start, cue.end)
        subjects_named = [m for m in named if m.is_subject]
        if subjects_named:  # 'Ruiz opposed Lee's plan: "..."'
            return list(article.tokens_between(subjects_named[-1].start, subjects_named[-1].end))
        for tok in reversed(list(frame)):
            subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
            if tok.pos_ in {"VERB", "AUX"} and subjects and _usable(article, subjects[0], cue):
                # 'The chair ended with a warning:'; 'he praised Roe's record:' is his
                return _expand(article, subjects[0])
        if named:  # 'And from the Weather Bureau: "..."'
            return list(article.tokens_between(named[-1].start, named[-1].end))
        for tok in frame:
            if tok.lower_ in SPEECH_NOUNS and tok.pos_ == "NOUN" and tok.dep_ in _DOCUMENT_DEPS:
                return _expand(article, tok)  # 'The family's statement on the death read:'
        words = [t for t in frame if t.text != ":"]
        return words[-4:]
    verb = cue.token
    if verb is None:
        return []
    authored = _document_author(article, verb)
    if authored:
        return authored
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        # 'Kane was said by pals to be "livid"': the agent speaks, not the subject
        spoken_by = [c for c in agent.children if c.dep_ == "pobj"]
        if spoken_by and _usable(article, spoken_by[0], cue):
            return _expand(article, spoken_by[0])
    subject = _subject(article, verb, cue)
    if subject is not None:
        return (
            _name_at_verb(article, verb, subject)
            or _roles_and_name(article, verb, subject)
            or _apposed_before_verb(article, verb, subject)
            or _expand(article, subject)
        )
    return _pattern(article, verb, cue)


def _apposed_before_verb(article: Article, verb: Token, subject: Token) -> list[Token]:
    """'The secretary general of the conference (CEI), Ana Roe, has called it': a role
    subject whose phrase ends in a person's name between commas, right before the verb
    and its auxiliaries; the name is the role's holder, whatever the parse attached it to.
    Without the comma, a full name ending the role phrase at the verb holds the role."""
    role = subject.pos_ == "PROPN" and subject.lower_ in TITLES  # "Finance Minister, Tom ..."
    if subject.pos_ != "NOUN" and not role or subject.tag_ in {"NNS", "NNPS"}:
        return []
    doc = article.doc
    i = verb.i - 1
    while i > subject.i and doc[i].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        i -= 1
    if i <= subject.i:
        return []
    if doc[i].text != ",":
        return _name_closing_role(article, subject, doc[i])
    i -= 1
    while i > subject.i + 1 and doc[i].text.rstrip(".") in POST_NOMINALS:
        i -= 1  # "Tom McCabe MSP": letters after the name
    end_tok = doc[i]
    end = end_tok.idx + len(end_tok)
    # 'Another co-author, ...': the tokenizer splits a hyphenated role into sibling subjects
    siblings = [c for c in verb.children if c.dep_ == subject.dep_] or [subject]
    if end_tok.i not in {t.i for s in siblings for t in s.subtree}:
        return []
    for m in article.mentions_overlapping(end_tok.idx, end):
        if not m.is_person or m.end != end:
            continue
        j = article.token_at(m.start) - 1
        while j > subject.i and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "CCONJ"}:
            j -= 1  # ', civil engineering professor Ana Roe,': the name's own descriptors
        if doc[j].text == ",":
            return list(article.tokens_between(m.start, m.end))
    return []


def _name_closing_role(article: Article, subject: Token, last: Token) -> list[Token]:
    """'Shadow spokesman for sport Hugh Robertson said': a role subject whose phrase ends
    right at the verb in a person's full name; the name holds the role."""
    if last.i not in {t.i for t in subject.subtree} or last.i <= subject.i:
        return []
    end = last.idx + len(last)
    for m in article.mentions_overlapping(last.idx, end):
        if m.is_person and m.end == end and " " in m.text.strip() and m.start > subject.idx:
            return list(article.tokens_between(m.start, m.end))
    return []


def _roles_and_name(article: Article, verb: Token, subject: Token) -> list[Token]:
    """'American academic and professor Ana Roe commented': two roles of one person, the
    parse joining the role noun and the name with "and"; the name speaks."""
    if subject.pos_ != "NOUN" or subject.tag_ in {"NNS", "NNPS"}:
        return []
    for conj in subject.children:
        if conj.dep_ != "conj" or conj.i != verb.i - 1 or conj.pos_ != "PROPN":
            continue
        end = conj.idx + len(conj)
        for m in article.mentions_overlapping(conj.idx, end):
            if m.is_person and m.end == end:
                return list(article.tokens_between(m.start, m.end))
    return []


_AUTHORING = frozenset({"sent", "wrote", "posted", "signed", "emailed", "texted", "tweeted"})
_ADDRESSING = frozenset({"tell", "tells", "told", "telling"})


def _document_author(article: Article, verb: Token) -> list[Token]:
    """Who wrote the document a speaker reads out or quotes from: 'He read aloud a text
    message that Ana Roe sent: "..."', 'She quoted Roe's letter' -> Ana Roe."""
    for doc_noun in verb.children:
        if doc_noun.dep_ != "dobj" or doc_noun.lower_ not in SPEECH_NOUNS:
            continue
        if doc_noun.pos_ == "PROPN" or verb.lower_ in _ADDRESSING:
            continue  # 'told the BBC's World Business Report': a programme, the addressee
        authors = [c for c in doc_noun.children if c.dep_ == "poss"]
        authors += [
            s
            for c in doc_noun.children
            if c.dep_ in {"relcl", "acl"} and c.lower_ in _AUTHORING
            for s in c.children
            if s.dep_ in _SUBJECT_DEPS
        ]
        authors += [
            p
            for c in doc_noun.children
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for author in authors:
            for m in article.mentions_overlapping(author.idx, author.idx + len(author)):
                return list(article.tokens_between(m.start, m.end))
    return []


# A name reached through these hangs from a clause inside the subject, not from the
# subject's role noun: it modifies the subject and never replaces it.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})


def _name_at_verb(article: Article, verb: Token, subject: Token) -> list[Token]:
    """A person named right before the verb when the parse took a proper noun earlier in a
    long subject: "The Institute's director, Dr. Ana Roe, said", "Longtime Morning Show
    writer Rob Lee tweeted". The name must hang from a role noun on its way to the parsed
    subject, so "Smith and Jones said" keeps Smith, and never from a clause inside the
    subject ("Doran, whose side led through a penalty by Sam Ogle, said" keeps Doran)."""
    doc = article.doc
    i = verb.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or subject.pos_ != "PROPN" or i <= subject.i:
        return []
    end = doc[i].idx + len(doc[i])
    named = [
        m
        for m in article.mentions_overlapping(doc[i].idx, end)
        if m.end == end and m.is_person and not (m.start <= subject.idx < m.end)
    ]
    if not named:
        return []
    tok = doc[i]
    if tok.dep_ == "pobj":
        return []  # "Ryan Lee, the director of Black Panther, wrote": the film is no speaker
    via_role = False
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSE_DEPS or tok.pos_ in {"VERB", "AUX"}:
            return []  # "Doran, whose side led through a penalty by Sam Ogle, said"
        tok = tok.head
        via_role = via_role or (tok.pos_ == "NOUN" and tok.i != subject.i)
    if tok.i != subject.i or not via_role:
        return []
    return list(article.tokens_between(named[-1].start, named[-1].end))


_NONFINITE_LINKS = frozenset({"advcl", "xcomp", "advmod"})
# verbs that report someone else's words: their object, not their subject, is the speaker
_QUOTING = frozenset({"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited"})


def _subject(article: Article, verb: Token, cue: Cue) -> Token | None:
    """The verb's subject (or its governing verb's, for 'he said, adding'), checked."""
    if verb.lower_ in _QUOTING:
        # 'the newspaper quotes a source close to the firm': the quoted one speaks
        quoted = [c for c in verb.children if c.dep_ == "dobj" and _usable(article, c, cue)]
        if quoted:
            return quoted[0]
    heads = [verb, verb.head if verb.dep_ in {"advcl", "conj", "xcomp"} else None]
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "ccomp"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    ):
        # 'He denied activists had forced it, telling the BBC "..."': the parse hangs the
        # participle on the reported clause; the one telling is the reporting verb's subject
        heads[1] = verb.head.head
    # 'Cantrell had a different view, going so far as to call this "..."': a non-finite
    # verb takes the subject of the clause it hangs from, through adverbs and participles
    climb = verb
    for _ in range(4):
        if climb.tag_ not in {"VB", "VBG", "VBN"} or climb.dep_ not in _NONFINITE_LINKS:
            break
        climb = climb.head
        while climb.pos_ == "ADV" and climb.head.i != climb.i:
            climb = climb.head
        heads.append(climb)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"dobj", "pobj"}:
        # 'Marquardt criticised the attack saying ...': the parse hangs the participle on the
        # object; the one who speaks is the subject of the verb that governs the object
        governor = verb.head.head
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        heads.append(governor)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
        if verb.head.lower_ == "as" and governor.lower_ in _QUOTING:
            # 'Harbour Radio quotes Strand as saying', 'Strand was quoted as saying': the one quoted
            for child in governor.children:
                if child.dep_ in {"dobj", "nsubjpass"} and _usable(article, child, cue):
                    return child
            return None
        heads.append(governor)  # 'Marquardt responded by saying', 'she ended by adding'
    # 'X said the emails had been sent and called them "...": the parser hangs the active
    # verb on the reported passive clause; its speaker is the reporting verb's subject
    misparsed = (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)
    )
    if misparsed:
        heads = [verb, verb.head.head]
    for head in heads:
        if head is None:
            continue
        subjects = [
            c for c in head.children if c.dep_ in _SUBJECT_DEPS and _usable(article, c, cue)
        ]
        # two subjects ('Senior adviser at the Group ... Ottilie Rask wrote'): the name
        named = [c for c in subjects if article.mentions_overlapping(c.idx, c.idx + len(c))]
        if len(subjects) > 1 and named:
            return named[-1]
        if subjects:
            return subjects[0]
    # '"...," read the statement'; 'The Department of Agriculture notes,' tagged a noun
    other = read_document(verb) or document_before_read(verb)
    if other is not None and not any(c.dep_ == "poss" for c in other.children):
        # '"...," Dev Roe's message read': the parse hangs the owner on "read"
        other = next((c for c in verb.lefts if c.dep_ == "poss"), other)
    if other is None and verb.pos_ == "NOUN":
        other = next(
            (c for c in verb.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"), None
        )
    if other is not None and _usable(article, other, cue):
        return other
    return None


def _usable(article: Article, token: Token, cue: Cue) -> bool:
    if article.in_quote(token.idx):
        return False
    para = article.paragraphs[article.paragraph_at(cue.start)]
    if not (para.start <= token.idx < para.end):
        return False
    if len(token.text) < 2 and token.lower_ != "i":
        return False  # "Q:" labels and stray letters
    return token.pos_ in {"PROPN", "NOUN", "PRON", "ADJ", "NUM", "X"} or token.ent_type_ != ""


def _is_person(article: Article, token: Token) -> bool:
    return any(m.is_person for m in article.mentions_overlapping(token.idx, token.idx + 1))


def _office_holder(article: Article, head: Token) -> list[Token] | None:
    """'President of Norland Ivo Brandt': a title whose 'of' phrase ends in a
    person's name is that person."""
    if head.lower_.rstrip(".") not in TITLES:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for tok in prep.subtree:
                for m in article.mentions_overlapping(tok.idx, tok.idx + 1):
                    if m.is_person:
                        return list(article.tokens_between(m.start, m.end))
    return None


def _expand(article: Article, head: Token) -> list[Token]:
    """The noun phrase of a subject, cut before clauses, commas and prepositions."""
    if head.lower_ in {"who", "that", "which"} and head.head.dep_ == "relcl":
        return _expand(article, head.head.head)  # "a judge who said ...": the antecedent
    for child in head.children:
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and (
                head.pos_ != "PROPN"
                # "Northern Ferry Company chairman Tessa Varn", the bank parsed as head
                or _is_person(article, child)
                and not _is_person(article, head)
            )
        ):
            return _expand(article, child)
    holder = _office_holder(article, head)
    if holder is not None:
        return holder  # "President of Norland Ivo Brandt said"
    if head.pos_ == "PRON":
        return [head]
    left = head.i
    for child in head.lefts:
        if child.dep_ in _STOP_DEPS and child.text != "-":
            continue
        if child.left_edge.i < left and not any(
            t.text == "," or article.in_quote(t.idx)
            for t in article.doc[child.left_edge.i : head.i]
        ):
            left = child.left_edge.i
    doc = article.doc
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_:
        left -= 2  # "the 54-year-old": a hyphenated compound the parser split
    if left >= 1 and doc[left - 1].lower_ in {"the", "a", "an"}:
        left -= 1
    right = head.i
    while right + 1 < len(doc):
        nxt = doc[right + 1]
        if (
            nxt.head.i == head.i
            and nxt.dep_ in {"compound", "flat", "nummod", "amod"}
            or nxt.pos_ == "PROPN"
            and head.pos_ == "PROPN"
            and nxt.head.i in {head.i, right}
        ):
            right += 1
        elif nxt.text in {"-"} and not nxt.whitespace_ and right + 2 < len(doc):
            right += 2
        else:
            break
    if head.dep_ == "prep":
        return []
    named = _name_after(article, right + 1)
    if named and head.pos_ != "PROPN" and head.pos_ != "PRON":
        return named  # "study co-author Ted Scambos", "one deputy, Ines Salas, said"
    return list(doc[left : right + 1])


def _name_after(article: Article, i: int) -> list[Token]:
    """A person named right after a role noun, directly or between commas."""
    doc = article.doc
    if i < len(doc) and doc[i].text == ",":
        i += 1
    while i + 1 < len(doc) and doc[i].lower_.rstrip(".") in TITLES:
        i += 1  # ", Dr. Tan Heok Hui, an ichthyologist, stated"
    if i >= len(doc):
        return []
    for m in article.mentions_overlapping(doc[i].idx, doc[i].idx + 1):
        if m.start == doc[i].idx and m.is_person:
            return list(article.tokens_between(m.start, m.end))
    return []


def _mentions_in(article: Article, tokens: list[Token]) -> list[Mention]:
    if not tokens:
        return []
    return article.mentions_overlapping(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _phrase_after(article: Article, start: int, end: int) -> list[Token]:
    """A noun phrase starting at token ``start``: up to a comma, clause or frame end."""
    doc = article.doc
    out: list[Token] = []
    i = start
    while i < len(doc) and doc[i].idx < end:
        tok = doc[i]
        if tok.is_space or tok.text in {",", ".", ";", ":", "(", ")", "!", "?", '"'}:
            break
        if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "ADP" and tok.lower_ not in {"of"}):
            break
        if tok.pos_ == "SCONJ" or tok.lower_ in {"who", "which", "that", "on", "in", "at"}:
            break
        out.append(tok)
        i += 1
    return out


def _pattern(article: Article, verb: Token, cue: Cue) -> list[Token]:
    """Fallback: the phrase right before the verb in its frame, else the one after it."""
    doc = article.doc
    frame = article.tokens_between(cue.start, cue.end)
    if len(frame) == 0:
        return []
    before = [t for t in doc[frame.start : verb.i] if t.text not in {",", "\u2014"}]
    while before and before[-1].lower_ in _SKIP_WORDS:
        before.pop()
    # 'Smith, a doctor at the clinic, said': take the phrase before the appositive
    words = list(doc[frame.start : verb.i])
    commas = [t.i for t in words if t.text == ","]
    while len(commas) >= 3 and any(
        t.pos_ in {"VERB", "AUX"} or t.dep_ == "mark" for t in doc[frame.start : commas[0]]
    ):
        # 'While his colleagues declined to comment, a staff member at the resort, who saw
        # it, stated': an opening clause is no subject; the phrase after it is
        frame = doc[commas[0] + 1 : frame.end]
        commas = commas[1:]
    if len(commas) >= 2 and words and words[0].text != ",":
        head = [t for t in doc[frame.start : commas[0]] if not t.is_punct]
        named = _name_after(article, commas[0])
        if named and not any(m.is_person for m in _mentions_in(article, head)):
            return named  # "Your biggest rival, Ana Ruiz of Acme, has called it ..."
        if head and head[0].lower_ in {"a", "an", "one", "another"}:
            # 'a staff member at the Marina Resort, who saw it, stated': someone unnamed
            cut = next((k for k, t in enumerate(head) if t.pos_ == "ADP"), len(head))
            return head[:cut]
        if head:
            return head
    last_comma = max(commas, default=frame.start - 1)
    clause = [t for t in doc[last_comma + 1 : verb.i] if not t.is_space]
    people = [m for m in _mentions_in(article, clause) if m.is_person and m.start >= clause[0].idx]
    if (
        clause
        and len(people) == 1
        and clause[0].pos_ != "ADP"
        and people[0].end < clause[-1].idx  # the name runs on: 'Renn of The Courier'
    ):
        # 'Writing in a blog, Tobias Renn of The Harbour Courier dubbed it': the one person
        return list(article.tokens_between(people[0].start, people[0].end))
    run: list[Token] = []
    for tok in reversed(before):
        hyphen = tok.text == "-" and not tok.whitespace_
        if (tok.is_punct and not hyphen) or tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
            break
        run.append(tok)
    run.reverse()
    if run:
        return run
    return _phrase_after(article, verb.i + 1, cue.end)
