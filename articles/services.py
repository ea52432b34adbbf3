"""Writes to articles: every channel (form, upload, URL, feed, bulk, API) ingests here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction

from articles.models import Article
from articles.tasks import attribute_article
from quotes.models import Quote
from quotes.services import quotes_reanchor

_WHITESPACE = re.compile(r"\s+")


class ArticleRejected(ValueError):
    """The submission cannot become an article; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: Article
    created: bool


def content_hash(body: str) -> str:
    """Hash the body after Unicode (NFC) and whitespace normalisation.

    Two copies of one article that differ only in line wrapping, indentation or the
    Unicode form of accented letters hash the same, so they deduplicate.
    """
    normalised = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", body)).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _check_text(field: str, value: str) -> None:
    """Refuse text that cannot be stored: NUL characters and unpaired surrogates."""
    if "\x00" in value:
        raise ArticleRejected(f"The {field} contains NUL characters; is it a binary file?")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleRejected(
            f"The {field} contains an invalid character at position {exc.start} "
            "(an unpaired surrogate)."
        ) from None


def _check_body(body: str) -> None:
    if not body or not body.strip():
        raise ArticleRejected("The article body is empty.")
    _check_text("article body", body)
    limit = settings.QUOTEDESK_MAX_ARTICLE_BYTES
    size = len(body.encode("utf-8"))
    if size > limit:
        raise ArticleRejected(f"The article body is {size:,} bytes; the limit is {limit:,} bytes.")


def _find_duplicate(*, url: str, digest: str) -> Article | None:
    if url:
        existing = Article.objects.filter(url=url).first()
        if existing is not None:
            return existing
    return Article.objects.filter(content_hash=digest).first()


def article_ingest(
    *,
    body: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    byline: str = "",
    published_at: datetime | None = None,
    source: Article.Source = Article.Source.FORM,
    warnings: Sequence[str] = (),
    enqueue: bool = True,
) -> IngestResult:
    """Store a new article verbatim, or return the existing one with the same URL or text.

    Raises ArticleRejected for an empty or oversized body. Two identical submissions at
    the same moment still make one article: the database's unique constraints decide,
    and the loser returns the winner's row. A new article's attribution is enqueued once
    the surrounding transaction commits (``enqueue=False`` leaves that to the caller,
    as bulk import does).
    """
    _check_body(body)
    for field, value in {"title": title, "URL": url, "outlet": outlet, "byline": byline}.items():
        _check_text(field, value)
    url = url.strip()
    digest = content_hash(body)
    existing = _find_duplicate(url=url, digest=digest)
    if existing is not None:
        return IngestResult(article=existing, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                body=body,
                title=title.strip(),
                url=url,
                outlet=outlet.strip(),
                byline=byline.strip(),
                published_at=published_at,
                content_hash=digest,
                source=source,
                warnings=list(warnings),
            )
    except IntegrityError:
        existing = _find_duplicate(url=url, digest=digest)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    if enqueue:
        article_enqueue(article=article)
    return IngestResult(article=article, created=True)


def article_enqueue(*, article: Article) -> None:
    """Queue the article's attribution once the current transaction commits."""
    article_id = article.pk
    transaction.on_commit(lambda: attribute_article.enqueue(article_id))


def article_retry(*, article: Article) -> None:
    """Queue a failed (or stuck) article again; the worker's claim decides if it runs."""
    article_enqueue(article=article)


@transaction.atomic
def article_update_body(
    *, article: Article, body: str, expected_hash: str | None = None
) -> list[Quote]:
    """Replace an article's text (a correction) and carry its reviewed quotes across.

    Reviewed and editor-added quotes are re-anchored by their text; those that cannot be
    placed are flagged, never dropped, and returned. The article is then attributed
    again, which refreshes everything no editor has decided on. ``expected_hash`` is the
    content hash of the text the editor started from: if the article changed since, the
    edit is refused rather than silently overwriting the other change.
    """
    _check_body(body)
    digest = content_hash(body)
    clash = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if clash is not None:
        raise ArticleRejected(f"This text is already stored as article {clash.pk}.")
    article = Article.objects.select_for_update().get(pk=article.pk)
    if expected_hash is not None and article.content_hash != expected_hash:
        raise ArticleRejected(
            "Someone else changed this article's text since you opened it. "
            "Your version is kept below; compare it with the current text and save again."
        )
    old_body = article.body
    if body == old_body:
        return []
    lost = quotes_reanchor(article=article, old_body=old_body, new_body=body)
    article.body, article.content_hash = body, digest
    article.status, article.error = Article.Status.PENDING, ""
    article.save(update_fields=["body", "content_hash", "status", "error", "updated_at"])
    article_enqueue(article=article)
    return lost
