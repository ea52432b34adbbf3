"""Who a cue's words name: a name, a pronoun or a nominal, and how sure that makes us.

Rule: the head of the noun phrase at a cue decides. A name there is the speaker; a lone
pronoun goes to ``coreference``; an organisation noun right after a name is that named
organisation ("the IG Metall union", "the FNV union" even untagged); a capitalised phrase
the model did not tag is a name or an organisation by its shape ("The Commissioners of
Irish Lights" is a body: people are not plural); anything else is a nominal for
``nominals``. ``CONFIDENCE`` gives the base confidence of each deciding rule. Both the
quotation rules and the indirect-speech rule resolve through here, so the two tracks name
speakers the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import coreference, names, nominals
from .context import Article
from .types import Candidate

# Base confidence per deciding rule, before adjustments (see ``_confidence``). The values
# follow how often each rule named the right speaker on the dev sets (pooled), rounded.
CONFIDENCE: dict[str, float] = {
    "name": 0.95,
    "name:fallback": 0.9,
    "name:org-fallback": 0.8,
    "pronoun:gender": 0.85,
    "pronoun": 0.85,
    "pronoun:close": 0.5,
    "pronoun:gender:close": 0.5,
    "pronoun:unnamed": 0.6,
    "pronoun:given-name": 0.7,
    "nominal:given-name": 0.75,
    "nominal:lede": 0.7,
    "pronoun:unresolved": 0.25,
    "nominal": 0.8,
    "nominal:org": 0.8,
    "nominal:org-recent": 0.4,
    "nominal:org-reporting": 0.85,
    "nominal:document": 0.9,
    "nominal:unnamed": 0.85,
    "nominal:unnamed-intro": 0.85,
    "nominal:salient": 0.35,
    "nominal:unresolved": 0.2,
    "nominal:empty": 0.2,
    "no-subject": 0.3,
}


def resolve_mention(
    article: Article, tokens: list[Token], at: int, recent: list[tuple[int, str]]
) -> tuple[str | None, list[Candidate], str]:
    """Dispatch the words at a cue to the name, pronoun or nominal resolver.

    The head of a noun phrase is its last word, so a name there wins ("Maison Ama regular
    Gemma Odukoya"); an indefinite phrase around a name is still unnamed ("a Channel 6
    insider").
    """
    if not tokens:
        return None, [], "no-subject"
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    last = tokens[-1].idx
    overlapping = article.mentions_overlapping(lo, hi)
    first = tokens[0].lower_
    for m in sorted(overlapping, key=lambda m: (m.start <= last < m.end, m.end), reverse=True):
        if m.start <= last < m.end:
            if first in {"the", "a", "an"} and not m.is_org and " " not in m.text.strip():
                break  # "the fiery Glaswegian": a description, not a name
            return m.canonical, [], "name"
    named_org = _org_named_before_head(tokens, overlapping)
    if named_org is not None:
        return named_org, [], "name"
    if len(tokens) == 1 and first in (coreference.MALE | coreference.FEMALE | coreference.GROUP):
        return coreference.resolve(article, tokens[0], at, recent)
    determined = first in nominals.INDEFINITE or first in nominals.DEFINITE
    if not determined and overlapping and tokens[-1].pos_ != "NOUN":
        people = [m for m in overlapping if not m.is_org] or overlapping
        return people[-1].canonical, [], "name"
    if names.is_law(tokens):
        return None, [], "nominal:unnamed"  # "17 U.S. Code \u00a7 1201 says": a law, no one's words
    if (
        not determined
        and tokens[-1].pos_ == "PROPN"
        and names.is_name_word(tokens[-1].text)
        and len(tokens[-1].text) > 1
        and not _nationals(tokens[-1])
    ):
        name = names.canonical_for(article, tokens)
        if name:
            return name, [], "name:fallback"
    body = _named_body(tokens)
    if body is not None:
        return body, [], "name:org-fallback"
    capitalised = [t for t in tokens[1:] if not t.is_punct]
    if (
        first == "the"
        and len(capitalised) >= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in capitalised)
        # "the Glasgow Kelvin MP" is a role, its holder a person
        and capitalised[-1].text not in names.POST_NOMINALS
        and (capitalised[-1].lower_ not in names.TITLES or _government_executive(capitalised))
    ):
        # "the Coastal Weather Bureau": an organisation the model did not tag
        return mention_text(tokens[1:]), [], "name:org-fallback"
    return nominals.resolve(article, tokens, at, recent)


def _government_executive(words: list[Token]) -> bool:
    """'the Scottish Executive', 'the Northern Ireland Executive': a devolved government,
    not an officer ('the Acme Chief Executive')."""
    return words[-1].text == "Executive" and words[-2].lower_ not in {"chief", "deputy"}


def _org_named_before_head(tokens: list[Token], overlapping: list) -> str | None:
    """'The IG Metall union', 'the Acme company': a name right before an organisation noun
    at the head names that organisation (a person's name there is not one: 'the Ana Roe
    campaign' speaks for her, but through the nominal rules)."""
    head = tokens[-1]
    if head.lower_ not in names.ORG_WORDS | names.ORG_APPOSITIONS or len(tokens) < 2:
        return None
    before = tokens[-2]
    end = before.idx + len(before)
    for m in overlapping:
        if m.end == end and (m.is_org or not m.is_person):
            return m.canonical
    named = tokens[1:-1] if tokens[0].lower_ == "the" else []
    if any(m.is_person for m in overlapping):
        return None  # "the Trump administration" is not Trump
    if named and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in _PLACES for t in named
    ):
        return mention_text(named)  # "the FNV union": a name the model did not tag
    return None


def _named_body(tokens: list[Token]) -> str | None:
    """'The Commissioners of Irish Lights': a capitalised plural after 'the', named by the
    capitalised phrase its 'of' introduces, is an institution (people are not plural)."""
    head = tokens[-1]
    if tokens[0].lower_ != "the" or head.tag_ != "NNPS" or len(tokens) != 2:
        return None
    doc = head.doc
    i = head.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or not doc[i + 1].text[:1].isupper():
        return None
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return mention_text([head, *doc[i:end]])


_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})  # "the Paris police" is not "Paris"


def mention_text(tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    return "".join(t.text_with_ws for t in tokens).strip()


def _nationals(token: Token) -> bool:
    """'Americans said', 'Britons say': a people is an unnamed group, not a speaker's name."""
    text = token.text
    return text.endswith("s") and (token.ent_type_ == "NORP" or text[:-1].lower() in names.DEMONYMS)
