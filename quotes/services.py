"""Writes to quotes and speakers. Views, admin actions, commands and the API all call these."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from articles.models import Article
from quotes.attribution import Quotation, extract_quotations, get_nlp
from quotes.attribution.names import HONORIFICS
from quotes.models import Quote, Speaker, SpeakerAlias

_NON_WORD = re.compile(r"[^\w\s-]+")


def speaker_name_key(name: str) -> str:
    """Fold a name for matching: no case, accents, leading titles or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", plain.casefold()).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 2
    while Speaker.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _find_speaker(key: str) -> Speaker | None:
    speaker = Speaker.objects.filter(name_key=key).first()
    if speaker is None:
        alias = SpeakerAlias.objects.select_related("speaker").filter(name_key=key).first()
        speaker = alias.speaker if alias else None
    return speaker


def speaker_link(*, name: str) -> Speaker:
    """Return the speaker a name in an article refers to, creating one when none fits.

    A name matches a speaker's name or alias ignoring case, accents and titles. A bare
    surname ("Trump") links to an existing full name only when exactly one speaker has
    that surname. Safe when two workers link the same new name at once: the unique
    name_key decides and the loser reads the winner's row.
    """
    key = speaker_name_key(name)
    if not key:
        raise ValueError(f"{name!r} is not a usable speaker name.")
    speaker = _find_speaker(key)
    if speaker is not None:
        return speaker
    if " " not in key:
        same_surname = list(Speaker.objects.filter(surname_key=key)[:2])
        if len(same_surname) == 1:
            return same_surname[0]
    try:
        with transaction.atomic():
            return Speaker.objects.create(
                name=name.strip(),
                name_key=key,
                surname_key=key.rsplit(" ", 1)[-1],
                slug=_unique_slug(name),
            )
    except IntegrityError:
        return Speaker.objects.get(name_key=key)


def _overlaps(quotation: Quotation, kept: Sequence[Quote]) -> bool:
    return any(q.start < quotation.end and quotation.start < q.end for q in kept)


@transaction.atomic
def article_attribute(
    *, article: Article, quotations: Sequence[Quotation] | None = None
) -> list[Quote]:
    """Store the engine's quotations for an article, never touching editors' decisions.

    Quotes an editor reviewed or added stay exactly as they are, and any engine result
    overlapping one is dropped. Unreviewed engine quotes are updated in place when found
    again, removed when no longer found, and new ones are added.
    """
    if quotations is None:
        quotations = extract_quotations(article.body, nlp=get_nlp(settings.SPACY_MODEL))
    existing = list(Quote.objects.select_for_update().filter(article=article))
    kept = [q for q in existing if q.status != Quote.Status.UNREVIEWED or q.origin != "engine"]
    replaceable = {(q.start, q.end): q for q in existing if q not in kept}
    stored: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    speakers: dict[str, Speaker] = {}
    for quotation in quotations:
        span = (quotation.start, quotation.end)
        if span in seen or _overlaps(quotation, kept):
            continue
        seen.add(span)
        speaker = None
        if quotation.speaker:
            # An article names the same few people many times: link each name once.
            if quotation.speaker not in speakers:
                speakers[quotation.speaker] = speaker_link(name=quotation.speaker)
            speaker = speakers[quotation.speaker]
        fields = {
            "text": quotation.text,
            "kind": str(quotation.kind),
            "cue": (quotation.cue or "")[:200],
            "speaker": speaker,
            "mention": (quotation.mention or "")[:300],
            "confidence": min(1.0, max(0.0, quotation.confidence)),
            "evidence": quotation.evidence[:200],
            "candidates": [{"name": c.name, "score": c.score} for c in quotation.candidates],
        }
        quote = replaceable.pop(span, None)
        if quote is None:
            quote = Quote.objects.create(
                article=article, start=quotation.start, end=quotation.end, **fields
            )
        else:
            changed = [name for name, value in fields.items() if getattr(quote, name) != value]
            if changed:
                for name in changed:
                    setattr(quote, name, fields[name])
                quote.save()
        stored.append(quote)
    for stale in replaceable.values():
        stale.delete()
    return stored


@transaction.atomic
def speaker_alias_add(*, speaker: Speaker, name: str) -> SpeakerAlias:
    """Teach linking that ``name`` means ``speaker`` from now on."""
    key = speaker_name_key(name)
    if not key:
        raise ValueError(f"{name!r} is not a usable alias.")
    other = Speaker.objects.filter(name_key=key).exclude(pk=speaker.pk).first()
    if other is not None:
        raise ValueError(f"{name!r} is already the name of {other.name}; merge them instead.")
    alias, _ = SpeakerAlias.objects.update_or_create(
        name_key=key, defaults={"speaker": speaker, "name": name.strip()}
    )
    return alias


@transaction.atomic
def speaker_merge(*, source: Speaker, target: Speaker) -> Speaker:
    """Fold ``source`` into ``target``: its quotes, its name and aliases move over.

    The source's name becomes an alias of the target, so later articles naming the
    source link to the target.
    """
    if source.pk == target.pk:
        raise ValueError("A speaker cannot be merged into itself.")
    for quote in Quote.objects.filter(speaker=source):
        quote.speaker = target  # saved one by one so each change is in the audit history
        quote.save(update_fields=["speaker", "updated_at"])
    SpeakerAlias.objects.filter(speaker=source).update(speaker=target)
    name, key = source.name, source.name_key
    source.delete()
    SpeakerAlias.objects.update_or_create(name_key=key, defaults={"speaker": target, "name": name})
    return target


_WORD = re.compile(r"\S+")


class _WordDiff:
    """A word-level diff of two texts that carries character spans from old to new."""

    def __init__(self, old: str, new: str) -> None:
        self.old_words = list(_WORD.finditer(old))
        self.new_words = list(_WORD.finditer(new))
        matcher = difflib.SequenceMatcher(
            None,
            [m.group() for m in self.old_words],
            [m.group() for m in self.new_words],
            autojunk=False,
        )
        self.old_to_new = {
            a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)
        }

    def carry(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the span's surviving words are now, keeping partial-word edges."""
        inside = [i for i, m in enumerate(self.old_words) if m.start() < end and m.end() > start]
        kept = [i for i in inside if i in self.old_to_new]
        if not kept:
            return None
        first, last = kept[0], kept[-1]
        new_start = self.new_words[self.old_to_new[first]].start()
        if first == inside[0]:
            new_start += max(0, start - self.old_words[first].start())
        new_end = self.new_words[self.old_to_new[last]].end()
        if last == inside[-1]:
            new_end -= max(0, self.old_words[last].end() - end)
        return (new_start, new_end) if new_start < new_end else None


# How alike a re-anchored quote must be to what the editor reviewed (0-1).
REANCHOR_MIN_SIMILARITY = 0.8


def quotes_reanchor(*, article: Article, old_body: str, new_body: str) -> list[Quote]:
    """Move reviewed and editor-added quotes onto the article's new text.

    Each goes to the exact occurrence of its text nearest its old place, or else to
    where a word-level diff carries it if the text there is still close; any it cannot
    place is flagged ``anchor_lost`` instead of dropped. Unreviewed engine quotes are
    deleted: the engine finds them again in the new text. Returns the flagged quotes.
    """
    Quote.objects.filter(
        article=article, status=Quote.Status.UNREVIEWED, origin=Quote.Origin.ENGINE
    ).delete()
    diff = _WordDiff(old_body, new_body)
    lost: list[Quote] = []
    for quote in Quote.objects.filter(article=article).order_by("start"):
        carried = diff.carry(quote.start, quote.end)
        hits = [m.start() for m in re.finditer(re.escape(quote.text), new_body)]
        span: tuple[int, int] | None = None
        if hits:
            expected = carried[0] if carried else quote.start
            start = min(hits, key=lambda h: abs(h - expected))
            span = (start, start + len(quote.text))
        elif carried:
            similarity = difflib.SequenceMatcher(
                None, quote.text, new_body[carried[0] : carried[1]]
            ).ratio()
            span = carried if similarity >= REANCHOR_MIN_SIMILARITY else None
        if span is None:
            quote.anchor_lost = True
            lost.append(quote)
        else:
            quote.start, quote.end = span
            quote.text = new_body[span[0] : span[1]]
            quote.anchor_lost = False
        try:
            with transaction.atomic():
                quote.save()
        except IntegrityError:  # another reviewed quote already sits on that span
            quote.refresh_from_db()
            quote.anchor_lost = True
            quote.save(update_fields=["anchor_lost", "updated_at"])
            lost.append(quote)
    return lost
