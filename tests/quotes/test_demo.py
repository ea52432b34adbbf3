from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from articles.models import Article
from quotes.management.commands.load_demo import DEMO_EDITOR, DEMO_PASSWORD
from quotes.models import Quote, Speaker

pytestmark = [pytest.mark.django_db, pytest.mark.model]


def test_load_demo_is_idempotent(client: Client) -> None:
    call_command("load_demo")
    counts = (Article.objects.count(), Quote.objects.count(), Speaker.objects.count())
    call_command("load_demo")
    assert (Article.objects.count(), Quote.objects.count(), Speaker.objects.count()) == counts
    assert counts[0] == 4
    assert counts[1] > 0
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}


def test_demo_editor_can_log_in_to_admin(client: Client) -> None:
    call_command("load_demo")
    user = authenticate(username=DEMO_EDITOR, password=DEMO_PASSWORD)
    assert user is not None and user.is_staff
    client.force_login(user)
    assert client.get(reverse("admin:quotes_quote_changelist")).status_code == 200


def test_home_page_lists_demo_articles_and_quotes(client: Client) -> None:
    call_command("load_demo")
    response = client.get(reverse("quotes:home"))
    assert response.status_code == 200
    for article in Article.objects.all():
        assert article.title in response.content.decode()
    quote = Quote.objects.exclude(kind="indirect").first()
    assert quote.text in response.content.decode()
