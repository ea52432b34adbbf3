"""Channels articles arrive through, one module each: upload, url, feed, bulk.

Every channel turns what it receives into ``ArticleDraft`` values and hands them to
``draft_ingest``, which stores them through the one ingestion service. A channel that
cannot read its input raises ``SourceError``, whose message is shown to the user as is.

This module imports no models at import time: bulk import's worker processes import the
package before Django is set up in them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articles.models import Article
    from articles.services import IngestResult


class SourceError(ValueError):
    """The input cannot be read as articles; the message says why, in words for the user."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleDraft:
    """An article read from a source, not yet stored. ``body`` is the text as received."""

    title: str = ""
    body: str
    url: str = ""
    outlet: str = ""
    byline: str = ""
    published_at: datetime | None = None
    warnings: tuple[str, ...] = ()


def draft_ingest(
    draft: ArticleDraft, *, source: Article.Source, enqueue: bool = True
) -> IngestResult:
    """Store a draft (or find the article it duplicates); raises ArticleRejected.

    Metadata longer than its column is cut to fit (PostgreSQL would refuse it); a URL too
    long to store is left out, with a warning, rather than stored cut short.
    """
    from articles.models import Article
    from articles.services import article_ingest

    warnings = list(draft.warnings)
    url = draft.url.strip()
    if len(url) > Article._meta.get_field("url").max_length:
        warnings.append(f"The URL was {len(url):,} characters long, too long to store.")
        url = ""
    return article_ingest(
        body=draft.body,
        title=_fit(draft.title, "title"),
        url=url,
        outlet=_fit(draft.outlet, "outlet"),
        byline=_fit(draft.byline, "byline"),
        published_at=draft.published_at,
        source=source,
        warnings=warnings,
        enqueue=enqueue,
    )


def _fit(value: str, field: str) -> str:
    from articles.models import Article

    value = " ".join(value.split())  # metadata is one line; the body alone stays verbatim
    return value[: Article._meta.get_field(field).max_length]
