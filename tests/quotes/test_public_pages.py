"""Readers' pages: the article with its quotes highlighted, and quote permalinks."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from quotes.models import Quote
from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db

BODY = 'Harbour reopens.\n\n"Boats can sail again," harbour master Ivo Lenz said.\n'


def _quote(**fields: object) -> Quote:
    article = ArticleFactory(body=BODY)
    start = BODY.index("Boats")
    end = BODY.index(',"') + 1
    return QuoteFactory(article=article, start=start, end=end, **fields)


def test_article_page_highlights_its_quotes(client: Client) -> None:
    quote = _quote()
    page = client.get(reverse("quotes:article", args=[quote.article.pk])).content.decode()
    assert (
        f'<a href="{reverse("quotes:detail", args=[quote.pk])}">Boats can sail again,</a>' in page
    )


def test_quote_whose_place_was_lost_is_not_highlighted(client: Client) -> None:
    quote = _quote(anchor_lost=True)
    page = client.get(reverse("quotes:article", args=[quote.article.pk])).content.decode()
    assert "<mark" not in page
    assert "not in the current text" in page
    detail = client.get(reverse("quotes:detail", args=[quote.pk])).content.decode()
    assert "harbour master" not in detail  # no context taken from the wrong place


def test_permalink_shows_the_quote_in_context(client: Client) -> None:
    quote = _quote()
    page = client.get(reverse("quotes:detail", args=[quote.pk])).content.decode()
    assert "<mark>Boats can sail again,</mark>" in page
    assert "harbour master Ivo Lenz said." in page


def test_rejected_quotes_are_not_public(client: Client) -> None:
    quote = _quote(status=Quote.Status.REJECTED)
    assert client.get(reverse("quotes:detail", args=[quote.pk])).status_code == 404
    page = client.get(reverse("quotes:article", args=[quote.article.pk])).content.decode()
    assert "<mark" not in page


def test_article_text_is_escaped(client: Client) -> None:
    article = ArticleFactory(body='<script>alert(1)</script> "Hi," Ana said.')
    page = client.get(reverse("quotes:article", args=[article.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
