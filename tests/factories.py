"""Factories for the project's models (factory_boy)."""

from __future__ import annotations

import factory

from articles.models import Article
from articles.services import content_hash
from quotes.models import Quote, Speaker
from quotes.services import speaker_name_key


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f'Article number {n}. "We will build it," Ana Ruiz said.')
    content_hash = factory.LazyAttribute(lambda a: content_hash(a.body))


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker Number{n}")
    name_key = factory.LazyAttribute(lambda s: speaker_name_key(s.name))
    surname_key = factory.LazyAttribute(lambda s: s.name_key.rsplit(" ", 1)[-1])
    slug = factory.Sequence(lambda n: f"speaker-{n}")


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = 7
    text = factory.LazyAttribute(lambda q: q.article.body[q.start : q.end])
    speaker = factory.SubFactory(SpeakerFactory)
    confidence = 0.8
