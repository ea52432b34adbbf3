"""Editing an article's text carries reviewed quotes across, and flags what it cannot place."""

from __future__ import annotations

import pytest

from articles.models import Article
from articles.services import ArticleRejected, article_update_body
from quotes.models import Quote
from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db

OLD = (
    "Dam repairs finished early\n\n"
    '"The crews worked through every weekend," engineer Sol Varga said on Monday.\n\n'
    '"We will monitor the spillway for a year," Varga added.\n'
)


def _reviewed(article: Article, text: str, status: str = "verified") -> Quote:
    start = article.body.index(text)
    return QuoteFactory(
        article=article, start=start, end=start + len(text), text=text, status=status
    )


@pytest.fixture(autouse=True)
def no_attribution(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about anchoring, not the engine: skip the re-run after the edit."""
    monkeypatch.setattr("articles.services.article_enqueue", lambda *, article: None)


@pytest.mark.parametrize(
    ("new_body", "expected_text"),
    [
        # exact text, moved by an insertion before it
        (
            OLD.replace("Dam repairs", "UPDATED: Dam repairs"),
            "The crews worked through every weekend,",
        ),
        # approximate: one word corrected inside the quote
        (
            OLD.replace("every weekend", "every single weekend"),
            "The crews worked through every single weekend,",
        ),
    ],
)
def test_reviewed_quote_follows_its_text(new_body: str, expected_text: str) -> None:
    article = ArticleFactory(body=OLD)
    quote = _reviewed(article, "The crews worked through every weekend,")
    lost = article_update_body(article=article, body=new_body)
    quote.refresh_from_db()
    assert lost == []
    assert new_body[quote.start : quote.end] == quote.text == expected_text
    assert quote.status == "verified" and not quote.anchor_lost


def test_exact_match_nearest_the_old_place_wins() -> None:
    body = 'Intro.\n\n"Yes," she said.\n\n"Yes," he said.\n'
    article = ArticleFactory(body=body)
    second = body.rindex("Yes,")
    quote = QuoteFactory(article=article, start=second, end=second + 4, text="Yes,")
    quote.status = "verified"
    quote.save()
    article_update_body(article=article, body="New intro line.\n\n" + body)
    quote.refresh_from_db()
    assert quote.start == second + len("New intro line.\n\n")


def test_quote_that_cannot_be_placed_is_flagged_not_dropped() -> None:
    article = ArticleFactory(body=OLD)
    quote = _reviewed(article, "We will monitor the spillway for a year,", status="corrected")
    new_body = OLD.replace("We will monitor the spillway for a year", "Inspections continue")
    lost = article_update_body(article=article, body=new_body)
    quote.refresh_from_db()
    assert lost == [quote]
    assert quote.anchor_lost and quote.status == "corrected"
    assert quote.text == "We will monitor the spillway for a year,"


def test_unreviewed_quotes_are_dropped_for_the_engine_to_find_again() -> None:
    article = ArticleFactory(body=OLD)
    unreviewed = _reviewed(article, "The crews worked", status="unreviewed")
    article_update_body(article=article, body=OLD + "\nMore.\n")
    assert not Quote.objects.filter(pk=unreviewed.pk).exists()
    article.refresh_from_db()
    assert article.status == "pending" and article.body.endswith("More.\n")


@pytest.mark.parametrize(("body", "message"), [("", "empty"), ("  ", "empty")])
def test_bad_new_body_changes_nothing(body: str, message: str) -> None:
    article = ArticleFactory(body=OLD)
    with pytest.raises(ArticleRejected, match=message):
        article_update_body(article=article, body=body)
    article.refresh_from_db()
    assert article.body == OLD


def test_new_body_identical_to_another_article_is_refused() -> None:
    other = ArticleFactory(body="Another story entirely.")
    article = ArticleFactory(body=OLD)
    with pytest.raises(ArticleRejected, match=f"article {other.pk}"):
        article_update_body(article=article, body="Another  story entirely.")


def test_saving_the_same_text_changes_nothing() -> None:
    article = ArticleFactory(body=OLD, status="done")
    unreviewed = _reviewed(article, "The crews worked", status="unreviewed")
    assert article_update_body(article=article, body=OLD) == []
    article.refresh_from_db()
    assert article.status == "done"
    assert Quote.objects.filter(pk=unreviewed.pk).exists()
