from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Feed, FeedEntry
from articles.sources.feed import FeedPollResult, _header, feed_poll, html_to_text
from tests.articles.conftest import LocalServer

pytestmark = pytest.mark.django_db

LONG = (
    "The harbour authority approved the new ferry terminal on Thursday after two years of "
    "planning, public meetings and a lengthy environmental review of the inner basin. "
)
FULL_STORY = (
    f"<p>{LONG * 4}</p><p>&quot;This is a good day for the island,&quot; said councillor "
    "Tove Lind, who chaired the planning committee.</p>"
)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Island Gazette</title><link>{base}/</link><description>News</description>
<item>
  <title>Ferry terminal approved</title>
  <link>{base}/terminal</link>
  <guid isPermaLink="false">gazette-101</guid>
  <pubDate>Thu, 05 Nov 2026 09:30:00 GMT</pubDate>
  <author>desk@gazette.example (Nils Aas)</author>
  <description>Short summary.</description>
  <content:encoded><![CDATA[{full}]]></content:encoded>
</item>
<item>
  <title>Lighthouse keeper retires</title>
  <link>{base}/lighthouse</link>
  <guid>{base}/lighthouse</guid>
  <description>&lt;p&gt;After forty years the keeper hands over the keys.&lt;/p&gt;</description>
</item>
<item>
  <title>Broken link</title>
  <link>{base}/missing</link>
  <description></description>
</item>
</channel></rss>"""

LIGHTHOUSE_PAGE = """<html><head><title>Lighthouse keeper retires</title></head><body><article>
<p>After forty years at the point, keeper Edvin Strand handed over the keys on Sunday to
the coastal administration, which will run the light remotely from now on.</p>
<p>"The sea was my only colleague, and a good one," Strand said as he locked the door.</p>
</article></body></html>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Courier</title>
  <id>urn:uuid:valley-courier</id>
  <updated>2026-11-20T12:00:00Z</updated>
  <entry>
    <title>Dam plan approved</title>
    <id>urn:uuid:dam-plan</id>
    <link href="https://courier.example.org/dam"/>
    <updated>2026-11-20T11:00:00Z</updated>
    <author><name>Rosa Lind</name></author>
    <content type="html">{full}</content>
  </entry>
</feed>"""


def _rss(server: LocalServer) -> Feed:
    base = server.url("")
    server.add("/lighthouse", LIGHTHOUSE_PAGE)
    server.add(
        "/rss",
        RSS.format(base=base, full=FULL_STORY),
        content_type="application/rss+xml",
        headers={"ETag": '"rss-v1"'},
    )
    return Feed.objects.create(url=server.url("/rss"))


def test_rss_entries_are_ingested_once_across_polls(local_server: LocalServer) -> None:
    feed = _rss(local_server)
    first = feed_poll(feed)
    assert (first.created, first.duplicates, first.failed, first.seen) == (2, 0, 1, 0)
    terminal = Article.objects.get(title="Ferry terminal approved")
    assert terminal.source == Article.Source.FEED
    assert terminal.url == local_server.url("/terminal")
    assert terminal.outlet == "Island Gazette"
    assert terminal.published_at == datetime(2026, 11, 5, 9, 30, tzinfo=UTC)
    assert '"This is a good day for the island," said councillor Tove Lind' in terminal.body
    assert "<p>" not in terminal.body
    # a short summary: the full article is fetched from the entry's link
    lighthouse = Article.objects.get(title="Lighthouse keeper retires")
    assert '"The sea was my only colleague, and a good one," Strand said' in lighthouse.body
    broken = FeedEntry.objects.get(guid=local_server.url("/missing"))
    assert broken.article is None
    assert "HTTP 404" in broken.error
    feed.refresh_from_db()
    assert (feed.title, feed.etag, feed.last_error) == ("Island Gazette", '"rss-v1"', "")
    assert feed.last_polled_at is not None

    second = feed_poll(feed)  # the broken entry is tried again; the others are skipped
    assert (second.created, second.duplicates, second.failed, second.seen) == (0, 0, 1, 2)
    assert Article.objects.count() == 2
    feed_requests = [headers for path, headers in local_server.requests if path == "/rss"]
    assert feed_requests[-1]["If-None-Match"] == '"rss-v1"'


def test_entry_that_failed_is_stored_once_its_page_works(local_server: LocalServer) -> None:
    feed = _rss(local_server)
    assert feed_poll(feed).failed == 1
    local_server.add("/missing", LIGHTHOUSE_PAGE.replace("Edvin Strand", "Ada Vik"))
    third = feed_poll(feed)
    assert (third.created, third.failed, third.seen) == (1, 0, 2)
    entry = FeedEntry.objects.get(guid=local_server.url("/missing"))
    assert entry.error == "" and entry.article is not None
    assert FeedEntry.objects.count() == 3


def test_not_modified_feed_costs_nothing(local_server: LocalServer) -> None:
    local_server.add("/rss", "", status=304)
    feed = Feed.objects.create(url=local_server.url("/rss"), etag='"v9"', modified="x")
    assert feed_poll(feed) == FeedPollResult()
    feed.refresh_from_db()
    assert (feed.etag, feed.last_error) == ('"v9"', "")


def test_atom_feed(local_server: LocalServer) -> None:
    url = local_server.add(
        "/atom",
        ATOM.format(full=FULL_STORY.replace("<", "&lt;")),
        content_type="application/atom+xml",
    )
    feed = Feed.objects.create(url=url, outlet="The Courier")
    result = feed_poll(feed)
    assert result.created == 1
    article = Article.objects.get()
    assert (article.title, article.byline, article.outlet) == (
        "Dam plan approved",
        "Rosa Lind",
        "The Courier",
    )
    assert article.url == "https://courier.example.org/dam"
    assert FeedEntry.objects.get().guid == "urn:uuid:dam-plan"


def test_entry_already_stored_from_elsewhere_counts_as_duplicate(
    local_server: LocalServer,
) -> None:
    url = local_server.add(
        "/atom",
        ATOM.format(full=FULL_STORY.replace("<", "&lt;")),
        content_type="application/atom+xml",
    )
    Article.objects.create(
        body="Elsewhere.", url="https://courier.example.org/dam", content_hash="x"
    )
    result = feed_poll(Feed.objects.create(url=url))
    assert (result.created, result.duplicates) == (0, 1)
    assert FeedEntry.objects.get().article.body == "Elsewhere."


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><body><h1>Welcome to our site</h1></body></html>", "text/html"),
        ("this is not xml at all", "text/plain"),
        ('{"items": []}', "application/json"),
    ],
)
def test_something_that_is_not_a_feed_is_recorded_not_raised(
    local_server: LocalServer, body: str, content_type: str
) -> None:
    url = local_server.add("/feed", body, content_type=content_type)
    feed = Feed.objects.create(url=url, etag='"old"')
    result = feed_poll(feed)
    assert "did not return an RSS or Atom feed" in result.error
    feed.refresh_from_db()
    assert feed.last_error == result.error
    assert feed.etag == ""
    assert not Article.objects.exists()


def test_unreachable_feed_is_recorded(
    local_server: LocalServer, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_ALLOW_PRIVATE_URLS = False
    feed = Feed.objects.create(url=local_server.url("/rss"))
    result = feed_poll(feed)
    assert "private or reserved address" in result.error
    feed.refresh_from_db()
    assert "private or reserved address" in feed.last_error


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two <b>bold</b>.</p>", "One.\nTwo bold."),
        ("Line<br>break", "Line\nbreak"),
        ("<p>Kept</p><script>alert(1)</script><style>p{}</style>", "Kept"),
        ("No markup &amp; all", "No markup &amp; all"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_poll_feeds_command_adds_and_polls(local_server: LocalServer) -> None:
    _rss(local_server)
    Feed.objects.all().delete()
    out = io.StringIO()
    call_command("poll_feeds", "--add", local_server.url("/rss"), "--outlet", "Gazette", stdout=out)
    feed = Feed.objects.get()
    assert feed.outlet == "Gazette"
    assert "2 new, 0 duplicates, 1 failed, 0 seen before." in out.getvalue()
    out = io.StringIO()
    call_command("poll_feeds", stdout=out)
    assert "0 new, 0 duplicates, 1 failed, 2 seen before." in out.getvalue()


def test_poll_feeds_command_errors(local_server: LocalServer) -> None:
    with pytest.raises(CommandError, match="No feed with id 999"):
        call_command("poll_feeds", "--feed", "999")
    with pytest.raises(CommandError, match="Only http:// and https://"):
        call_command("poll_feeds", "--add", "ftp://feeds.example.org/rss")
    local_server.add("/bad", "<html></html>")
    Feed.objects.create(url=local_server.url("/bad"))
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 feed"):
        call_command("poll_feeds", stdout=io.StringIO(), stderr=err)
    assert "did not return an RSS or Atom feed" in err.getvalue()


@pytest.mark.parametrize(
    ("headers", "name", "value"),
    [
        ({"Content-type": "application/rss+xml"}, "content-type", "application/rss+xml"),
        ({"etag": '"v2"'}, "etag", '"v2"'),
        ({"ETag": '"v3"'}, "etag", '"v3"'),
        ({"Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"}, "etag", ""),
    ],
)
def test_response_headers_are_read_whatever_their_case(
    headers: dict[str, str], name: str, value: str
) -> None:
    assert _header(headers, name) == value
