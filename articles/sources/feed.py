"""RSS and Atom feeds: poll a Feed, ingest each entry once.

The feed is fetched with the same guarded fetcher as a URL (articles.sources.url), with
its ETag and Last-Modified so an unchanged feed costs one small request, and parsed with
feedparser. Each entry is known by its id (or link); a FeedEntry row records it with the
article it became, so later polls skip it, or the error it met, so later polls retry it.
An entry whose content in the feed is only a short summary is fetched from its link for
the full text, falling back to the summary (with a warning) when the page cannot be
fetched.

A response that is not a feed, or a feed that cannot be fetched, is recorded on the Feed
as ``last_error``; nothing is half-written: an entry's article and its FeedEntry row are
stored in one transaction.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, Feed, FeedEntry
from articles.services import ArticleRejected
from articles.sources import ArticleDraft, SourceError, draft_ingest
from articles.sources.records import check_body
from articles.sources.url import check_url, fetch, fetch_url

logger = logging.getLogger(__name__)


def _header(headers: Mapping[str, str], name: str) -> str:
    """A response header by name, whatever case the server spelt it in."""
    return next((value for key, value in headers.items() if key.lower() == name), "")


# Entry text shorter than this is taken for a summary, and the full article is fetched.
FULL_TEXT_MIN_CHARS = 600
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "table",
        "section",
        "article",
        "figure",
        "figcaption",
        "header",
        "footer",
        "hr",
        "dd",
        "dt",
    ]
)


@dataclass(frozen=True, slots=True)
class FeedPollResult:
    created: int = 0  # new articles
    duplicates: int = 0  # new entries whose article was already stored
    failed: int = 0  # new entries that could not become articles (see FeedEntry.error)
    seen: int = 0  # entries already handled by an earlier poll
    error: str = ""  # why the feed itself could not be read, if it could not


def feed_add(*, url: str, outlet: str = "") -> Feed:
    """Register a feed to poll (or return the one already registered for this URL)."""
    feed, _ = Feed.objects.get_or_create(url=check_url(url), defaults={"outlet": outlet})
    return feed


def feed_poll(feed: Feed) -> FeedPollResult:
    """Fetch the feed and ingest its new entries; never raises for a bad feed or entry."""
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml, */*"}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.modified:
        headers["If-Modified-Since"] = feed.modified
    try:
        response = fetch(feed.url, headers=headers)
    except SourceError as exc:
        return _feed_failed(feed, str(exc))
    if response.status == 304:
        _feed_polled(feed, error="")
        return FeedPollResult()
    parsed = feedparser.parse(
        io.BytesIO(response.content),  # bytes, never a string feedparser might open as a path
        response_headers={"content-type": _header(response.headers, "content-type")},
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        return _feed_failed(
            feed, f"{feed.url} did not return an RSS or Atom feed{detail}.", keep_cache=False
        )
    counts = {"created": 0, "duplicates": 0, "failed": 0, "seen": 0}
    outlet = feed.outlet or parsed.feed.get("title", "")
    for entry in parsed.entries:
        counts[_entry_ingest(feed, entry, outlet=outlet)] += 1
    if not feed.title:
        feed.title = parsed.feed.get("title", "")[:500]
    feed.etag = _header(response.headers, "etag")[:500]
    feed.modified = _header(response.headers, "last-modified")[:100]
    _feed_polled(feed, error="", fields=["title", "etag", "modified"])
    return FeedPollResult(**counts)


def _entry_ingest(feed: Feed, entry: Any, *, outlet: str) -> str:
    """Ingest one entry; return which count it adds to."""
    guid = (entry.get("id") or entry.get("link") or "").strip()[:2000]
    if not guid:
        logger.warning("Feed %s has an entry with neither id nor link; skipped.", feed.pk)
        return "failed"
    # An entry that failed before (a page that was down, say) is tried again on each poll
    # that lists it; one that was stored is never ingested twice.
    if FeedEntry.objects.filter(feed=feed, guid=guid, error="").exists():
        return "seen"
    try:
        draft = _entry_draft(entry, outlet=outlet)
    except SourceError as exc:
        return _entry_failed(feed, guid, str(exc))
    try:
        with transaction.atomic():
            result = draft_ingest(draft, source=Article.Source.FEED)
            FeedEntry.objects.update_or_create(
                feed=feed, guid=guid, defaults={"article": result.article, "error": ""}
            )
    except ArticleRejected as exc:
        return _entry_failed(feed, guid, str(exc))
    except IntegrityError:  # another poll recorded this entry first; its article stands
        return "seen"
    return "created" if result.created else "duplicates"


def _entry_failed(feed: Feed, guid: str, error: str) -> str:
    try:
        with transaction.atomic():
            FeedEntry.objects.update_or_create(
                feed=feed, guid=guid, defaults={"article": None, "error": error[:2000]}
            )
    except IntegrityError:
        return "seen"
    return "failed"


def _entry_draft(entry: Any, *, outlet: str) -> ArticleDraft:
    link = (entry.get("link") or "").strip()
    title = entry.get("title", "")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    published_at = datetime(*published[:6], tzinfo=UTC) if published else None
    byline = entry.get("author", "")
    contents = [c.get("value", "") for c in entry.get("content", [])]
    text = max((html_to_text(c) for c in contents), key=len, default="")
    if len(text) < FULL_TEXT_MIN_CHARS:
        summary = html_to_text(entry.get("summary", ""))
        text = max(text, summary, key=len)
    warnings: tuple[str, ...] = ()
    if len(text) < FULL_TEXT_MIN_CHARS and link:
        try:
            page = fetch_url(link)
        except SourceError as exc:
            if not text.strip():
                raise SourceError(f"The entry has no text, and its page failed: {exc}") from exc
            warnings = (f"Only the feed's summary was stored; the full article failed: {exc}",)
        else:
            return ArticleDraft(
                title=title or page.title,
                body=page.body,
                url=link,
                outlet=outlet or page.outlet,
                byline=byline or page.byline,
                published_at=published_at or page.published_at,
                warnings=page.warnings,
            )
    check_body(text, name="The entry's text")
    return ArticleDraft(
        title=title,
        body=text,
        url=link,
        outlet=outlet,
        byline=byline,
        published_at=published_at,
        warnings=warnings,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per line, markup and scripts dropped."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types for hopeless markup; keep the raw text
        return fragment.strip()
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _feed_failed(feed: Feed, error: str, *, keep_cache: bool = True) -> FeedPollResult:
    fields = [] if keep_cache else ["etag", "modified"]
    if not keep_cache:
        feed.etag = feed.modified = ""
    _feed_polled(feed, error=error, fields=fields)
    return FeedPollResult(error=error)


def _feed_polled(feed: Feed, *, error: str, fields: list[str] | None = None) -> None:
    feed.last_polled_at = timezone.now()
    feed.last_error = error
    feed.save(update_fields=["last_polled_at", "last_error", *(fields or [])])
