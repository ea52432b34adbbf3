from __future__ import annotations

import pytest

from articles.models import Article
from articles.services import ArticleRejected, article_ingest, content_hash

pytestmark = pytest.mark.django_db

BODY = 'Council approves budget.\n\n"It is done," Mayor Lena Ortiz said.'


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("one two", "one  two", True),
        ("one two\n", "  one\ntwo", True),
        ("caf\u00e9", "cafe\u0301", True),  # composed and decomposed é
        ("one two", "one three", False),
        ("Case", "case", False),
    ],
)
def test_content_hash_normalises_whitespace_and_unicode(a: str, b: str, same: bool) -> None:
    assert (content_hash(a) == content_hash(b)) is same


def test_ingest_stores_body_verbatim() -> None:
    body = "  Line one\r\n\r\nLine two with “curly” marks  \n"
    result = article_ingest(body=body, title=" Title ")
    article = Article.objects.get(pk=result.article.pk)
    assert result.created
    assert article.body == body
    assert article.title == "Title"
    assert article.status == Article.Status.PENDING


def test_ingest_same_text_twice_returns_existing_article() -> None:
    first = article_ingest(body=BODY)
    second = article_ingest(body=BODY.replace("\n\n", "\n"))
    assert not second.created
    assert second.article.pk == first.article.pk
    assert Article.objects.count() == 1


def test_ingest_same_url_returns_existing_article() -> None:
    first = article_ingest(body=BODY, url="https://news.example.org/budget")
    second = article_ingest(body=BODY + " Updated.", url="https://news.example.org/budget")
    assert not second.created
    assert second.article.pk == first.article.pk


@pytest.mark.parametrize("body", ["", "   \n\t  "])
def test_ingest_rejects_empty_body(body: str) -> None:
    with pytest.raises(ArticleRejected, match="empty"):
        article_ingest(body=body)
    assert not Article.objects.exists()


def test_ingest_rejects_body_over_the_size_cap(settings: pytest.FixtureRequest) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 100
    with pytest.raises(ArticleRejected, match="limit is 100 bytes"):
        article_ingest(body="é" * 51)
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"body": "Broken \ud800 text"},
            "article body contains an invalid character at position 7",
        ),
        ({"body": "Binary\x00junk"}, "article body contains NUL characters"),
        (
            {"body": "Fine text.", "title": "Bad \udfff title"},
            "title contains an invalid character",
        ),
    ],
)
def test_ingest_rejects_text_that_cannot_be_stored(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ArticleRejected, match=message):
        article_ingest(**fields)
    assert not Article.objects.exists()
