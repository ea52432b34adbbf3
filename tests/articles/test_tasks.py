"""The background attribution task: claims, failures, retries and dead workers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from articles.services import article_retry
from articles.tasks import article_claim, article_process, attribute_article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace the engine call with a recorder, so these tests need no model."""
    calls: list[int] = []
    monkeypatch.setattr(
        "articles.tasks.article_attribute",
        lambda *, article, quotations=None: calls.append(article.pk),
    )
    return calls


def _article(status: str, claimed_minutes_ago: float | None = None) -> Article:
    claimed = None
    if claimed_minutes_ago is not None:
        claimed = timezone.now() - timedelta(minutes=claimed_minutes_ago)
    return ArticleFactory(status=status, claimed_at=claimed)


@pytest.mark.parametrize(
    ("status", "claimed_minutes_ago", "force", "claimed"),
    [
        ("pending", None, False, True),
        ("failed", 30, False, True),
        ("processing", 1, False, False),  # a live worker has it
        ("processing", 30, False, True),  # its worker died (timeout is 10 minutes)
        ("done", 30, False, False),
        ("done", 30, True, True),
    ],
)
def test_claim(status: str, claimed_minutes_ago: float | None, force: bool, claimed: bool) -> None:
    article = _article(status, claimed_minutes_ago)
    assert article_claim(article_id=article.pk, force=force) is claimed
    article.refresh_from_db()
    if claimed:
        assert article.status == "processing"
        assert article.attempts == 1
        assert timezone.now() - article.claimed_at < timedelta(seconds=5)
    else:
        assert article.status == status


def test_process_marks_done(no_engine: list[int]) -> None:
    article = _article("pending")
    assert article_process(article_id=article.pk) == "done"
    article.refresh_from_db()
    assert (article.status, no_engine) == ("done", [article.pk])


def test_failure_marks_failed_with_error_and_retry_succeeds(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks
) -> None:
    article = _article("pending")

    def broken(*, article: Article, quotations: object = None) -> None:
        raise RuntimeError("model exploded")

    monkeypatch.setattr("articles.tasks.article_attribute", broken)
    assert article_process(article_id=article.pk) == "failed"
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "RuntimeError: model exploded"

    monkeypatch.setattr("articles.tasks.article_attribute", lambda **kwargs: None)
    with django_capture_on_commit_callbacks(execute=True):
        article_retry(article=article)
    article.refresh_from_db()
    assert (article.status, article.error, article.attempts) == ("done", "", 2)


def test_task_also_recovers_articles_of_dead_workers(no_engine: list[int]) -> None:
    stuck = _article("processing", claimed_minutes_ago=60)
    fresh = _article("pending")
    attribute_article.enqueue(fresh.pk)  # the immediate backend runs it now
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert (fresh.status, stuck.status) == ("done", "done")
    assert sorted(no_engine) == sorted([fresh.pk, stuck.pk])


def test_second_run_of_a_done_article_is_skipped(no_engine: list[int]) -> None:
    article = _article("pending")
    article_process(article_id=article.pk)
    assert article_process(article_id=article.pk) == "skipped"
    assert no_engine == [article.pk]
