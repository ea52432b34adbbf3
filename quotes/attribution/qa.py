"""Q&A interviews: answers are direct quotations by the interviewee.

Rule: an article with at least two "Q:" and two "A:" paragraphs is an interview. Each
"A:" paragraph is a direct quotation running from after the label to the paragraph end;
unlabelled paragraphs that follow an answer (before the next question) continue it,
except a closing paragraph of the article, which is usually the publisher's note. The
interviewee is the person the introduction names most often (the first named on a tie).
Transcripts that label turns with a speaker name ("KANE: ...", "Kane: ...") give each
turn to that name when two or more such turns exist. A label's titles are not part of the
name ("COACH KANE" is Kane), capitals are the label's style, not the name's ("ADA KANE"
is Ada Kane, or the fuller form of the name the article uses), and a label that is only a
role ("THE MODERATOR", "REPORTER") is an unnamed speaker. Questions are not quotations.

Why: interviews carry no quotation marks and no reporting verbs, so neither pairing nor
cue detection can find them; the labels are the convention.
"""

from __future__ import annotations

import re
from collections import Counter

from .context import Article, Draft
from .names import TITLES
from .types import Kind

_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s+")
# an interviewer's turn marked with the publication's name, as Wikinews does: "((WN)) Why ...?"
_ASKED = re.compile(r"^\(\([\w .]{1,20}\)\)\s*")
_ANSWER = re.compile(r"^(?:A|Answer)\s*[:.]\s+")
# roles that label transcript turns without naming anyone
_TURN_ROLES = frozenset(
    ["the", "moderator", "interviewer", "reporter", "host", "presenter", "anchor", "caller"]
    + ["announcer", "audience", "member", "unidentified", "participant", "operator", "voice"]
)
_TURN = re.compile(r"^([A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}):\s+(?=\S)")


def find(article: Article) -> list[Draft]:
    """Drafts for Q&A answers and labelled transcript turns (empty for other articles)."""
    text = article.text
    labels = [
        (
            "q"
            if _QUESTION.match(text[p.start : p.end])
            else "a"
            if _ANSWER.match(text[p.start : p.end])
            else None
        )
        for p in article.paragraphs
    ]
    if labels.count("q") >= 2 and labels.count("a") >= 2:
        return _interview(article, labels)
    return _transcript(article)


def _interview(article: Article, labels: list[str | None]) -> list[Draft]:
    text = article.text
    first_q = labels.index("q")
    intro = [m for m in article.mentions if m.paragraph < first_q and not m.is_org]
    counts = Counter(m.canonical for m in intro)
    speaker = None
    if counts:
        top = max(counts.values())
        speaker = next(m.canonical for m in intro if counts[m.canonical] == top)
    drafts: list[Draft] = []
    in_answer = False
    last = len(article.paragraphs) - 1
    for para, label in zip(article.paragraphs, labels, strict=True):
        body = text[para.start : para.end]
        if label == "q":
            in_answer = False
            continue
        if label == "a":
            start = para.start + _ANSWER.match(body).end()  # type: ignore[union-attr]
            in_answer = True
        elif in_answer and para.index != last:
            start = para.start
        else:
            in_answer = False
            continue
        drafts.append(
            Draft(
                start,
                para.end,
                Kind.DIRECT,
                para.index,
                speaker=speaker,
                resolved=True,
                evidence="qa",
                confidence=0.9 if speaker else 0.4,
                mention=speaker,
                cue="A:",
            )
        )
    return drafts


def _transcript(article: Article) -> list[Draft]:
    text = article.text
    turns = []
    for para in article.paragraphs:
        match = _TURN.match(text[para.start : para.end])
        if match and (len(match.group(1)) > 2 or match.group(1).isupper()):
            turns.append((para, match))  # "TR:" too, but never "Mr:" or "No:"
    names = Counter(m.group(1) for _, m in turns)
    if len(turns) < 2 or sum(1 for n in names.values() if n >= 1) > 4:
        return []
    labels = [(para.start, para.start + m.end(1)) for para, m in turns]
    known = {
        m.canonical
        for m in article.mentions
        if not any(lo <= m.start < hi for lo, hi in labels)  # not the labels themselves
    }
    asked = {p.index for p in article.paragraphs if _ASKED.match(text[p.start : p.end]) is not None}
    drafts = []
    for para, match in turns:
        label = match.group(1)
        words = label.split()
        while words and (words[0].lower().rstrip(".") in TITLES | _TURN_ROLES):
            words = words[1:]
        speaker = _turn_speaker(words, known) if words else None
        if speaker is not None and speaker not in known and (not label.isupper() or len(label) < 3):
            continue  # 'Update: ...', 'Note: ...': a mixed-case label must name someone known
        drafts.append(
            Draft(
                para.start + match.end(),
                para.end,
                Kind.DIRECT,
                para.index,
                speaker=speaker,
                mention=label,
                cue=":",
                resolved=True,
                evidence="qa:turn" if speaker else "qa:turn-role",
                confidence=0.8,
            )
        )
        if len(asked) >= 2:
            drafts.extend(_answer_goes_on(article, drafts[-1], asked, {p.index for p, _ in turns}))
    return drafts


def _answer_goes_on(article: Article, turn: Draft, asked: set[int], turns: set[int]) -> list[Draft]:
    """Unlabelled paragraphs after an answer, up to the next question, carry on the answer
    when the interview marks its questions; the article's last paragraph is the writer's."""
    out = []
    last = len(article.paragraphs) - 1
    for para in article.paragraphs[turn.paragraph + 1 :]:
        if para.index in asked or para.index in turns or para.index == last:
            break
        if para.end <= para.start:
            continue
        out.append(
            Draft(
                para.start,
                para.end,
                Kind.DIRECT,
                para.index,
                speaker=turn.speaker,
                mention=turn.mention,
                cue=turn.cue,
                resolved=True,
                evidence=turn.evidence + ":continued",
                confidence=0.7,
            )
        )
    return out


def _turn_speaker(words: list[str], known: set[str]) -> str:
    """The name a turn label gives: the fullest known name it matches, else the label."""
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 4:
        # "TR:" for Tomas Riel: initials stand for the one name they spell
        spelled = [k for k in known if "".join(w[0] for w in k.split()).upper() == words[0]]
        if len(spelled) == 1:
            return spelled[0]
    name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)
    keys = name.lower().split()
    if len(keys) == 1:
        # "Lucia:" for Lucia Ferrand Okoye: a first name stands for the one name it opens
        opened = [k for k in known if len(k.split()) > 1 and k.lower().split()[0] == keys[0]]
        if len(opened) == 1:
            return opened[0]
    fuller = [
        k
        for k in known
        if k.lower().split()[-1:] == keys[-1:] and set(keys) <= set(k.lower().split())
    ]
    return max(fuller, key=len) if fuller else name
