"""Real `db_worker` processes against PostgreSQL: parallel work, and a worker killed mid-article.

These need a database that other processes can reach, so they run on PostgreSQL only
(on SQLite the test database lives in memory).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from articles.services import article_ingest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.model,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="worker processes need PostgreSQL"
    ),
]

ARTICLE = (
    "Ferry service {n} resumes\n\n"
    '"We are back on the water," harbour master Ines Kolar said on day {n}. '
    '"Passengers can book again," she added.\n'
)


@pytest.fixture
def database_backend(settings: pytest.FixtureRequest) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _worker_env(**extra: str) -> dict[str, str]:
    db = connection.settings_dict
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    url = f"postgres://{db['USER'] or 'postgres'}@{host}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "TASKS_BACKEND": "database", **extra}


@pytest.fixture
def start_worker() -> Iterator:
    workers: list[subprocess.Popen] = []

    def start(**env: str) -> subprocess.Popen:
        worker = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--no-reload",
            ],
            cwd=ROOT,
            env=_worker_env(**env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if os.environ.get("CI") else None,
        )
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()


def _wait_for(predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("timed out waiting")


def test_two_workers_process_articles_in_parallel(database_backend: None, start_worker) -> None:
    articles = [
        article_ingest(body=ARTICLE.format(n=n), title=f"Ferry {n}").article for n in range(12)
    ]
    first, second = start_worker(), start_worker()
    _wait_for(lambda: not Article.objects.filter(status__in=["pending", "processing"]).exists())
    assert list(Article.objects.exclude(status="done").values_list("error", flat=True)) == []
    worker_ids = DBTaskResult.objects.values_list("worker_ids", flat=True)
    assert all(a.attempts == 1 for a in Article.objects.all())  # nobody did the same one twice
    assert len({w for ids in worker_ids for w in ids}) == 2  # both took a share
    for article in articles:
        assert article.quotes.count() == 2
        assert article.quotes.filter(speaker__name="Ines Kolar").exists()
    assert first.poll() is None and second.poll() is None


def test_killed_worker_leaves_article_retryable(database_backend: None, start_worker) -> None:
    paragraph = ARTICLE.format(n=1) + "The council met. " * 200 + "\n\n"
    big = article_ingest(body=paragraph * 15, title="Long").article
    worker = start_worker()
    _wait_for(lambda: Article.objects.get(pk=big.pk).status == "processing", timeout=60)
    worker.kill()  # SIGKILL: no chance to clean up
    worker.wait()
    big.refresh_from_db()
    assert big.status == "processing"

    # The next worker treats the dead worker's claim as expired once the timeout passes
    # and finishes the article, triggered by any further task.
    time.sleep(1.5)
    start_worker(QUOTEDESK_PROCESSING_TIMEOUT="1")
    article_ingest(body=ARTICLE.format(n=2), title="Short")
    _wait_for(lambda: Article.objects.get(pk=big.pk).status == "done")
    big.refresh_from_db()
    assert big.attempts == 2
    assert big.quotes.exists()
