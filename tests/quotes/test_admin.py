from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:articles_article_changelist",
    "admin:quotes_quote_changelist",
    "admin:quotes_speaker_changelist",
    "admin:articles_article_change",
    "admin:quotes_quote_change",
    "admin:quotes_speaker_change",
    "admin:quotes_quote_history",
]


def _url(name: str, quote) -> str:  # noqa: ANN001 - a factory-built Quote
    if name.endswith("article_change"):
        return reverse(name, args=[quote.article.pk])
    if name.endswith("speaker_change"):
        return reverse(name, args=[quote.speaker.pk])
    if name.endswith(("quote_change", "quote_history")):
        return reverse(name, args=[quote.pk])
    return reverse(name)


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_pages_render_for_staff(client: Client, name: str) -> None:
    quote = QuoteFactory()
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "pw"))
    response = client.get(_url(name, quote))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_pages_refuse_anonymous_users(client: Client, name: str) -> None:
    response = client.get(_url(name, QuoteFactory()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_article_body_is_read_only_in_admin(client: Client) -> None:
    quote = QuoteFactory()
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "pw"))
    response = client.get(reverse("admin:articles_article_change", args=[quote.article.pk]))
    assert b'name="body"' not in response.content
    assert escape(quote.article.body).encode() in response.content


def test_speaker_autocomplete_on_quote_form(client: Client) -> None:
    quote = QuoteFactory()
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "pw"))
    response = client.get(reverse("admin:quotes_quote_change", args=[quote.pk]))
    assert b"admin-autocomplete" in response.content
