from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_content_hash_is_unique() -> None:
    first = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(body=first.body + " ", content_hash=first.content_hash)


def test_url_is_unique_when_present() -> None:
    ArticleFactory(url="https://news.example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example.org/a")


def test_many_articles_may_have_no_url() -> None:
    ArticleFactory(url="")
    ArticleFactory(url="")
    assert Article.objects.filter(url="").count() == 2


def test_status_must_be_a_known_value() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(status="lost")
