"""Writes to articles: every channel (form, upload, URL, feed, bulk, API) ingests here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction

from articles.models import Article

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
) -> IngestResult:
    """Store a new article verbatim, or return the existing one with the same URL or text.

    Raises ArticleRejected for an empty or oversized body. Two identical submissions at
    the same moment still make one article: the database's unique constraints decide,
    and the loser returns the winner's row.
    """
    if not body or not body.strip():
        raise ArticleRejected("The article body is empty.")
    limit = settings.QUOTEDESK_MAX_ARTICLE_BYTES
    size = len(body.encode("utf-8"))
    if size > limit:
        raise ArticleRejected(f"The article body is {size:,} bytes; the limit is {limit:,} bytes.")
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
            )
    except IntegrityError:
        existing = _find_duplicate(url=url, digest=digest)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    return IngestResult(article=article, created=True)


def article_set_status(*, article: Article, status: Article.Status, error: str = "") -> Article:
    """Record where an article is in processing (and why it failed, if it did)."""
    article.status = status
    article.error = error
    article.save(update_fields=["status", "error", "updated_at"])
    return article
