from __future__ import annotations

import pytest

from quotes.attribution.types import Kind, Quotation
from quotes.models import Quote, Speaker
from quotes.services import article_attribute, speaker_link, speaker_name_key
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = '"We will build it," Ana Ruiz said. "Soon," she added.'


def _quotation(start: int, end: int, speaker: str | None, confidence: float = 0.9) -> Quotation:
    return Quotation(
        start=start,
        end=end,
        text=BODY[start:end],
        kind=Kind.DIRECT,
        cue="said",
        speaker=speaker,
        mention=speaker,
        confidence=confidence,
        evidence="test",
    )


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ana Ruiz", "ana ruiz"),
        ("  ANA   RUIZ ", "ana ruiz"),
        ("Dr. Ana Ruíz", "ana ruiz"),
        ("Mr Smith", "smith"),
        ("O'Neill", "o neill"),
        ("Jean-Luc Picard", "jean-luc picard"),
    ],
)
def test_speaker_name_key_folds_case_accents_and_titles(name: str, key: str) -> None:
    assert speaker_name_key(name) == key


def test_speaker_link_reuses_same_normalised_name() -> None:
    first = speaker_link(name="Ana Ruiz")
    second = speaker_link(name="Dr. ANA RUÍZ")
    assert first.pk == second.pk
    assert Speaker.objects.count() == 1


def test_speaker_slugs_stay_unique() -> None:
    a = speaker_link(name="Ana Ruiz")
    b = speaker_link(name="Ana-Ruiz")
    assert a.slug != b.slug


def test_article_attribute_stores_quotes_with_speakers() -> None:
    article = ArticleFactory(body=BODY)
    stored = article_attribute(article=article, quotations=[_quotation(1, 18, "Ana Ruiz")])
    assert [(q.text, q.speaker.name, q.cue) for q in stored] == [
        ("We will build it,", "Ana Ruiz", "said")
    ]


def test_article_attribute_keeps_editor_decisions_and_refreshes_the_rest() -> None:
    article = ArticleFactory(body=BODY)
    first, second = article_attribute(
        article=article,
        quotations=[_quotation(1, 18, "Ana Ruiz"), _quotation(36, 41, "Ana Ruiz")],
    )
    first.status = Quote.Status.VERIFIED
    first.save()
    # The engine now gets the first quote's speaker wrong and no longer finds the second.
    article_attribute(article=article, quotations=[_quotation(1, 18, "Somebody Else")])
    first.refresh_from_db()
    assert first.speaker.name == "Ana Ruiz"
    assert first.status == Quote.Status.VERIFIED
    assert not Quote.objects.filter(pk=second.pk).exists()


def test_article_attribute_updates_unreviewed_quotes_in_place() -> None:
    article = ArticleFactory(body=BODY)
    (quote,) = article_attribute(article=article, quotations=[_quotation(1, 18, None, 0.3)])
    (again,) = article_attribute(article=article, quotations=[_quotation(1, 18, "Ana Ruiz")])
    assert again.pk == quote.pk
    assert again.speaker.name == "Ana Ruiz"
    assert again.confidence == 0.9


def test_article_attribute_links_each_name_once(django_assert_max_num_queries) -> None:
    article = ArticleFactory(body=BODY)
    quotations = [_quotation(1, 18, "Ana Ruiz"), _quotation(36, 41, "Ana Ruiz")]
    article_attribute(article=article, quotations=quotations)  # creates the speaker
    Quote.objects.all().delete()
    # savepoint pair, the locking read, 1 speaker lookup, 2 inserts and their 2 history rows;
    # looking the name up once per quote would make it 9
    with django_assert_max_num_queries(8):
        article_attribute(article=article, quotations=quotations)
