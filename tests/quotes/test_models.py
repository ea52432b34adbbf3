from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from quotes.models import Quote
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("start", "end"), [(5, 5), (6, 5)])
def test_quote_start_must_be_before_end(start: int, end: int) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteFactory(start=start, end=end, text="x")


def test_quote_span_is_unique_per_article() -> None:
    quote = QuoteFactory(start=2, end=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteFactory(article=quote.article, start=2, end=9)
    QuoteFactory(article=quote.article, start=2, end=10)
    QuoteFactory(article=ArticleFactory(), start=2, end=9)
    assert Quote.objects.count() == 3


@pytest.mark.parametrize("confidence", [-0.1, 1.5])
def test_quote_confidence_must_be_in_unit_range(confidence: float) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteFactory(confidence=confidence)


@pytest.mark.parametrize(("field", "value"), [("status", "maybe"), ("kind", "rumour")])
def test_quote_status_and_kind_must_be_known(field: str, value: str) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteFactory(**{field: value})


def test_speaker_name_key_is_unique() -> None:
    SpeakerFactory(name="Ana Ruiz")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerFactory(name="ANA RUIZ")


def test_quote_changes_are_audited_with_before_and_after() -> None:
    quote = QuoteFactory(confidence=0.4)
    quote.status = Quote.Status.VERIFIED
    quote.save()
    newest, previous = quote.history.all()[:2]
    delta = newest.diff_against(previous)
    assert {change.field: (change.old, change.new) for change in delta.changes}["status"] == (
        "unreviewed",
        "verified",
    )


def test_queryset_filters_chain() -> None:
    speaker = SpeakerFactory()
    low = QuoteFactory(speaker=speaker, confidence=0.2, start=0, end=3)
    high = QuoteFactory(speaker=speaker, confidence=0.9, article=low.article, start=4, end=8)
    QuoteFactory(confidence=0.1, status=Quote.Status.VERIFIED)
    assert list(Quote.objects.unreviewed().by_speaker(speaker).worst_first()) == [low, high]
