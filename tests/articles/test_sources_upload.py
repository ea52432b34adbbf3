from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from articles.models import Article
from articles.sources import ArticleDraft, SourceError, draft_ingest
from articles.sources.upload import headline, parse_upload

TXT = 'Harbour bridge to close for repairs\n\n"It will be quiet for a while," said Ola Dahl.\n'
HTML = """<!doctype html><html><head>
<title>Orchard growers brace for frost | Fjord Ledger</title>
<meta name="author" content="Signe Vik">
<meta property="og:site_name" content="Fjord Ledger">
<meta property="article:published_time" content="2026-04-09T06:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Orchard growers brace for frost</h1>
<p>Apple growers in the upper valley spent the night lighting candles between the rows as
temperatures fell below freezing for the third time this spring.</p>
<p>"One more night like this and the blossom is gone," said grower Arne Lien, who has
farmed the slope above the river for thirty years.</p>
<p>The regional agriculture office said it would assess the damage next week.</p>
</article><footer>Contact us. Subscribe.</footer></body></html>"""


@pytest.mark.parametrize("filename", ["notes.txt", "NOTES.TXT", "draft.md"])
def test_text_files_keep_the_body_verbatim(filename: str) -> None:
    [draft] = parse_upload(filename, TXT.encode("utf-8"))
    assert draft.body == TXT
    assert draft.title == "Harbour bridge to close for repairs"
    assert draft.warnings == ()


@pytest.mark.parametrize(
    ("text", "markdown", "title"),
    [
        ("# Ferry fares rise\n\nBody.", True, "Ferry fares rise"),
        ("\n\n  Ferry fares rise  \nBody.", False, "Ferry fares rise"),
        ("The ferry fares rose on Monday.\nMore.", False, ""),  # a sentence, not a headline
        ('"We are ready," she said.\nMore.', False, ""),
        ("x" * 250 + "\nMore.", False, ""),
    ],
)
def test_headline_is_the_first_line_only_when_it_reads_like_one(
    text: str, markdown: bool, title: str
) -> None:
    assert headline(text, markdown=markdown) == title


def test_text_file_in_windows_1252_is_kept_with_a_warning() -> None:
    [draft] = parse_upload("old.txt", "Kaffe på kaia i kveld.".encode("cp1252"))
    assert draft.body == "Kaffe på kaia i kveld."
    assert "offset 7" in draft.warnings[0]


def test_html_upload_extracts_the_article_and_its_metadata() -> None:
    [draft] = parse_upload("frost.html", HTML.encode("utf-8"))
    assert "lighting candles between the rows" in draft.body
    assert '"One more night like this and the blossom is gone,"' in draft.body
    assert "Subscribe" not in draft.body
    assert "News" not in draft.body
    assert draft.byline == "Signe Vik"
    assert draft.outlet == "Fjord Ledger"
    assert draft.published_at == datetime(2026, 4, 9, tzinfo=UTC)
    assert "Orchard growers brace for frost" in draft.title


def test_html_without_article_text_is_refused() -> None:
    with pytest.raises(SourceError, match="no article text"):
        parse_upload(
            "empty.htm",
            b"<html><head><title>Hi</title></head><body><script>x=1</script></body></html>",
        )


def test_json_object_and_list() -> None:
    one = {"title": "Dam vote", "text": "The dam vote passed.", "author": "Kari Nes"}
    [draft] = parse_upload("one.json", json.dumps(one).encode())
    assert (draft.title, draft.body, draft.byline) == (
        "Dam vote",
        "The dam vote passed.",
        "Kari Nes",
    )
    many = [
        {"body": "First story.", "url": "https://news.example.org/1", "outlet": "Ledger"},
        {"body": "Second story.", "published_at": "2026-05-01T08:00:00+02:00"},
    ]
    drafts = parse_upload("many.json", json.dumps(many).encode())
    assert [d.body for d in drafts] == ["First story.", "Second story."]
    assert drafts[0].url == "https://news.example.org/1"
    assert drafts[1].published_at == datetime(2026, 5, 1, 6, tzinfo=UTC)


def test_jsonl_upload() -> None:
    data = b'{"body": "One."}\n\n{"body": "Two.", "date": "Tue, 03 Nov 2026 10:00:00 GMT"}\n'
    drafts = parse_upload("feed.jsonl", data)
    assert [d.body for d in drafts] == ["One.", "Two."]
    assert drafts[1].published_at == datetime(2026, 11, 3, 10, tzinfo=UTC)


def test_unreadable_date_is_left_out_with_a_warning() -> None:
    [draft] = parse_upload("a.json", b'{"body": "Text.", "published_at": "last Tuesday"}')
    assert draft.published_at is None
    assert "last Tuesday" in draft.warnings[0]


def test_json_upload_with_bad_records_is_refused_naming_each_by_number() -> None:
    data = b'{"body": "Good."}\n{"body": \n["a list"]\n{"title": "no body"}\n{"body": ""}\n'
    with pytest.raises(SourceError) as error:
        parse_upload("mixed.jsonl", data)
    message = str(error.value)
    assert "4 of its 5 articles" in message
    for part in [
        "line 2: not valid JSON",
        "line 3: expected an article object",
        'line 4: it has no "body"',
        "line 5: the article body is empty",
    ]:
        assert part in message


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("scan.pdf", b"%PDF-1.4", "“scan.pdf” cannot be read: .pdf files are not accepted"),
        ("README", b"text", "files without an extension are not accepted"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n", "looks like a binary file (a PNG image)"),
        ("blank.txt", b"  \n\t\n", "“blank.txt” is empty"),
        ("broken.json", b'{"body": "x"', "not valid JSON"),
        ("number.json", b"42", "holds a number"),
        ("none.json", b"[]", "no articles"),
        ("nul.json", b'{"body": "a\\u0000b"}', "NUL characters"),
    ],
)
def test_unusable_uploads_get_a_clear_message(filename: str, data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=None) as error:
        parse_upload(filename, data)
    assert message in str(error.value)


def test_oversized_text_is_refused(settings: pytest.FixtureRequest) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 50
    with pytest.raises(SourceError, match="is 60 bytes; the limit is 50 bytes"):
        parse_upload("long.txt", b"x" * 60)


@pytest.mark.django_db
def test_draft_ingest_stores_the_draft_and_fits_long_metadata() -> None:
    draft = ArticleDraft(
        title="T" * 600,
        body="Body text.",
        url="https://news.example.org/" + "a" * 2100,
        outlet="Ledger\nWeekly",
        warnings=("decoded as Windows-1252",),
    )
    result = draft_ingest(draft, source=Article.Source.UPLOAD, enqueue=False)
    article = Article.objects.get(pk=result.article.pk)
    assert result.created
    assert article.body == "Body text."
    assert len(article.title) == 500
    assert article.outlet == "Ledger Weekly"
    assert article.url == ""
    assert article.source == Article.Source.UPLOAD
    assert article.warnings[0] == "decoded as Windows-1252"
    assert "too long to store" in article.warnings[1]
    assert not draft_ingest(draft, source=Article.Source.UPLOAD, enqueue=False).created
