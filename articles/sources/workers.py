"""Attribution for bulk import, in this process or in a pool of worker processes.

Worker processes are started with "spawn" (a clean interpreter, safe whatever threads the
parent runs), so this module (like the package's ``__init__``) imports Django lazily: a
new process unpickles these functions before ``worker_init`` has set Django up.
``worker_init`` receives the parent's DATABASES so a worker writes to the same database,
including a test database whose name exists only in the parent's settings.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

logger = logging.getLogger(__name__)


def worker_init(databases: dict[str, Any], settings_module: str) -> None:
    """Set Django up with the parent's databases and load the spaCy model, once per process."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django
    from django.conf import settings

    settings.DATABASES = databases
    django.setup()
    from quotes.attribution import get_nlp

    get_nlp(settings.SPACY_MODEL)


def attribute_chunk(article_ids: Sequence[int], batch_size: int = 50) -> tuple[int, int]:
    """Attribute these pending articles with one ``nlp.pipe`` pass; return (done, failed).

    Each article goes through the background task's claim and bookkeeping, so one that
    fails is marked failed (and retryable) while the rest are stored. If the batch parse
    itself fails, the articles are processed one by one instead.
    """
    from django.conf import settings

    from articles.models import Article
    from articles.tasks import article_process
    from quotes.attribution import extract_many, get_nlp

    articles = list(Article.objects.filter(pk__in=article_ids).only("pk", "body"))
    try:
        found = list(
            extract_many(
                [a.body for a in articles],
                nlp=get_nlp(settings.SPACY_MODEL),
                batch_size=batch_size,
            )
        )
    except Exception:  # one bad text must not cost the batch: fall back to one at a time
        logger.exception("Batch attribution failed; processing %d articles singly", len(articles))
        found = [None] * len(articles)
    done = failed = 0
    for article, quotations in zip(articles, found, strict=True):
        status = article_process(article_id=article.pk, quotations=quotations)
        if status == Article.Status.DONE:
            done += 1
        elif status == Article.Status.FAILED:
            failed += 1
    return done, failed
