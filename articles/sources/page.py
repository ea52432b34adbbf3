"""An HTML page to a draft: main text and metadata extracted with trafilatura.

Used for uploaded .html files and fetched URLs. The body is the article text trafilatura
finds (navigation, footers and comments left out), one paragraph per line; title, author
(as byline), site name (as outlet), date and canonical URL come from the page's metadata.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

import trafilatura
from django.utils.dateparse import parse_date

from articles.sources import ArticleDraft, SourceError
from articles.sources.records import check_body


def draft_from_html(
    html: str, *, url: str = "", warnings: tuple[str, ...] = (), name: str = "The page"
) -> ArticleDraft:
    """Extract the article in ``html``; raises SourceError when there is no article text."""
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False
    )
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise SourceError(f"{name} has no article text that could be extracted.")
    check_body(text, name=f"The article text in {name[:1].lower()}{name[1:]}")
    notes = list(warnings)
    published_at = None
    if document.date:
        day = parse_date(document.date)
        if day is not None:
            published_at = datetime.combine(day, time(), tzinfo=UTC)
    return ArticleDraft(
        title=document.title or "",
        body=text,
        url=url or document.url or "",
        outlet=document.sitename or "",
        byline=document.author or "",
        published_at=published_at,
        warnings=tuple(notes),
    )
