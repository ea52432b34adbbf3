"""The background attribution task, run by Django's Tasks API.

A worker claims an article (pending, failed, or held too long by a worker that died),
runs the attribution engine on it and stores the quotes, then marks it done; any error
marks it failed with the error, ready for a retry. The claim is a single conditional
UPDATE, so two workers never process the same article at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from articles.models import Article
from quotes.attribution import Quotation
from quotes.services import article_attribute

logger = logging.getLogger(__name__)


def _stale_before() -> datetime:
    return timezone.now() - timedelta(seconds=settings.QUOTEDESK_PROCESSING_TIMEOUT)


def article_claim(*, article_id: int, force: bool = False) -> bool:
    """Mark the article as processing if it is free to process; say whether we got it.

    An article is free when pending or failed, or when its worker claimed it longer ago
    than QUOTEDESK_PROCESSING_TIMEOUT (that worker died). ``force`` also takes done ones.
    """
    free = Q(status__in=[Article.Status.PENDING, Article.Status.FAILED]) | Q(
        status=Article.Status.PROCESSING, claimed_at__lt=_stale_before()
    )
    if force:
        free |= Q(status=Article.Status.DONE)
    claimed = (
        Article.objects.filter(free, pk=article_id).update(
            status=Article.Status.PROCESSING,
            claimed_at=timezone.now(),
            attempts=F("attempts") + 1,
            error="",
            updated_at=timezone.now(),
        )
        == 1
    )
    return claimed


def article_process(
    *, article_id: int, force: bool = False, quotations: Sequence[Quotation] | None = None
) -> str:
    """Claim, attribute and finish one article; return its final status.

    ``quotations`` lets a caller that already ran the engine in a batch (bulk import,
    reattribute) store its results through the same claim and bookkeeping.
    """
    if not article_claim(article_id=article_id, force=force):
        return "skipped"
    article = Article.objects.get(pk=article_id)
    try:
        article_attribute(article=article, quotations=quotations)
    except Exception as exc:  # any failure must leave the article retryable, not stuck
        logger.exception("Attribution failed for article %s", article_id)
        Article.objects.filter(pk=article_id).update(
            status=Article.Status.FAILED,
            error=f"{type(exc).__name__}: {exc}"[:2000],
            updated_at=timezone.now(),
        )
        return Article.Status.FAILED
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.DONE, updated_at=timezone.now()
    )
    return Article.Status.DONE


def articles_requeue_stale() -> int:
    """Enqueue again the articles whose worker died mid-article; return how many."""
    stale = list(Article.objects.stale(before=_stale_before()).values_list("pk", flat=True))
    for article_id in stale:
        attribute_article.enqueue(article_id)
    return len(stale)


@task()
def attribute_article(article_id: int) -> str:
    """Attribute one article's quotes in the background."""
    status = article_process(article_id=article_id)
    articles_requeue_stale()
    return status
