from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse

from articles.models import Article
from articles.tokens import api_token_create, api_token_revoke
from tests.factories import ArticleFactory, QuoteFactory

BODY = (
    "The harbour board voted on Tuesday to dredge the east channel.\n\n"
    '"Ships have waited too long for this," said board chair Mira Okafor.'
)
CREATE_URL = "/api/articles/"


@pytest.fixture
def key(db: None) -> str:
    user = get_user_model().objects.create_user("cms-bot", password="unused-pw")
    return api_token_create(name="Newsroom CMS", user=user)[1]


def post(client: Client, payload: Any, key: str | None, **extra: Any) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    data = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    content_type = extra.pop("content_type", "application/json")
    return client.post(CREATE_URL, data, content_type=content_type, headers=headers, **extra)


def test_create_returns_id_and_status_url(client: Client, key: str) -> None:
    payload = {
        "title": "Channel to be dredged",
        "body": BODY,
        "url": "https://harbour.example.org/dredging",
        "outlet": "Harbour Gazette",
        "byline": "Tomas Lind",
        "published_at": "2026-11-27T08:15:00+01:00",
    }
    response = post(client, payload, key)
    assert response.status_code == 201
    data = response.json()
    article = Article.objects.get()
    assert data == {
        "id": article.pk,
        "status": "pending",
        "status_url": f"http://testserver/api/articles/{article.pk}/",
        "created": True,
    }
    assert response["Location"] == data["status_url"]
    assert article.body == BODY
    assert article.source == Article.Source.API
    assert article.outlet == "Harbour Gazette"
    assert article.published_at.isoformat() == "2026-11-27T07:15:00+00:00"


def test_status_url_reports_the_article(client: Client, key: str) -> None:
    status_url = post(client, {"body": BODY, "title": "Dredging"}, key).json()["status_url"]
    response = client.get(status_url, headers={"Authorization": f"Token {key}"})
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Dredging"
    assert data["status"] == "pending"
    assert data["error"] == ""
    assert data["attempts"] == 0
    assert data["quotes"] == []
    assert {"id", "url", "created_at", "updated_at"} <= data.keys()


@pytest.mark.parametrize(
    "second",
    [
        {"body": BODY},
        {"body": BODY.replace("\n\n", "\n   ")},  # same text, other whitespace
        {"body": "Corrected copy of the dredging story.", "url": "https://harbour.example.org/d"},
    ],
)
def test_duplicate_names_the_existing_article(
    client: Client, key: str, second: dict[str, str]
) -> None:
    first = post(client, {"body": BODY, "url": "https://harbour.example.org/d"}, key).json()
    response = post(client, second, key)
    assert response.status_code == 200
    data = response.json()
    assert data["created"] is False
    assert data["id"] == data["duplicate_of"] == first["id"]
    assert data["status_url"] == first["status_url"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("header", "revoke"),
    [
        (None, False),
        ("Bearer not-a-real-key", False),
        ("Basic Y21zOnB3", False),
        ("Bearer {key}", True),
    ],
)
def test_create_refuses_missing_bad_or_revoked_token(
    client: Client, key: str, header: str | None, revoke: bool
) -> None:
    if revoke:
        from articles.models import ApiToken

        api_token_revoke(token=ApiToken.objects.get())
    headers = {"Authorization": header.format(key=key)} if header else {}
    response = client.post(
        CREATE_URL, json.dumps({"body": BODY}), content_type="application/json", headers=headers
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "token" in response.json()["error"]
    assert not Article.objects.exists()


def test_status_needs_a_token(client: Client, key: str) -> None:
    article = ArticleFactory()
    assert client.get(f"/api/articles/{article.pk}/").status_code == 401


def test_status_of_unknown_article_is_json_404(client: Client, key: str) -> None:
    response = client.get("/api/articles/999999/", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 404
    assert response.json() == {"error": "No article with id 999999."}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ('{"body": "unfinished', "not valid JSON"),
        (" ", "not valid JSON"),
        (b"\xff\xfe{\x00", "not valid"),
        ('["a list", "not an object"]', "must be a JSON object"),
        ({"title": "No body"}, "'body' is required"),
        ({"body": None}, "'body' is required"),
        ({"body": ["para one", "para two"]}, "must be strings: body"),
        ({"body": BODY, "title": 42}, "must be strings: title"),
        ({"body": BODY, "headline": "x"}, "Unknown field(s): headline"),
        ({"body": BODY, "published_at": "last Tuesday"}, "ISO 8601"),
        ({"body": BODY, "url": "not a url at all"}, "url: Enter a valid URL"),
        ({"body": BODY, "outlet": "x" * 201}, "outlet"),
        ({"body": "   \n\t "}, "The article body is empty."),
        ({"body": "A\x00B"}, "Null characters"),
        ('{"body": "half a pair \\ud800 here"}', "'body' holds an invalid character at 12"),
    ],
)
def test_bad_input_gets_400_with_a_clear_error(
    client: Client, key: str, payload: Any, message: str
) -> None:
    response = post(client, payload, key)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not Article.objects.exists()


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_non_json_content_type_gets_415(client: Client, key: str, content_type: str) -> None:
    response = post(client, json.dumps({"body": BODY}), key, content_type=content_type)
    assert response.status_code == 415
    assert "application/json" in response.json()["error"]


def test_json_with_charset_is_accepted(client: Client, key: str) -> None:
    response = post(client, {"body": BODY}, key, content_type="application/json; charset=utf-8")
    assert response.status_code == 201


def test_body_over_the_article_limit_gets_413(
    client: Client, key: str, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 1_000
    response = post(client, {"body": "Long story. " * 100}, key)
    assert response.status_code == 413
    assert "the limit is 1,000 bytes" in response.json()["error"]
    assert not Article.objects.exists()


def test_request_over_the_upload_limit_gets_413(
    client: Client, key: str, settings: pytest.FixtureRequest
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    response = post(client, {"body": "Long story. " * 100}, key)
    assert response.status_code == 413
    assert "limit of 1,000 bytes" in response.json()["error"]


def test_get_on_create_url_is_not_allowed(client: Client, key: str) -> None:
    response = client.get(CREATE_URL, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 405


def test_status_lists_quotes_when_done_but_not_rejected_ones(client: Client, key: str) -> None:
    article = ArticleFactory(status=Article.Status.DONE, body=BODY)
    kept = QuoteFactory(article=article, start=66, end=100, mention="board chair Mira Okafor")
    QuoteFactory(article=article, start=0, end=10, status="rejected")
    data = client.get(
        reverse("articles_api:status", args=[article.pk]),
        headers={"Authorization": f"Bearer {key}"},
    ).json()
    assert data["status"] == "done"
    assert data["quotes"] == [
        {
            "id": kept.pk,
            "start": 66,
            "end": 100,
            "text": BODY[66:100],
            "kind": "direct",
            "speaker": kept.speaker.name,
            "mention": "board chair Mira Okafor",
            "cue": "",
            "confidence": 0.8,
            "status": "unreviewed",
        }
    ]


@pytest.mark.model
def test_pushed_article_is_attributed_in_the_background(
    client: Client, key: str, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        created = post(client, {"body": BODY}, key).json()
    assert len(callbacks) == 1
    data = client.get(created["status_url"], headers={"Authorization": f"Bearer {key}"}).json()
    assert data["status"] == "done"
    assert data["attempts"] == 1
    [quote] = data["quotes"]
    assert quote["text"] == "Ships have waited too long for this,"
    assert quote["speaker"] == "Mira Okafor"


@pytest.mark.django_db(transaction=True)
def test_identical_pushes_at_the_same_moment_make_one_article(
    settings: pytest.FixtureRequest,
) -> None:
    if connection.vendor == "sqlite":
        # Its shared-cache in-memory test database fails a waiting writer ("table is locked")
        # instead of letting it wait, so the race can only be run on PostgreSQL.
        pytest.skip("needs a database server that lets concurrent writers wait")
    # Attribution is not what is under test; a dummy backend keeps the threads quick.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    user = get_user_model().objects.create_user("cms-bot", password="unused-pw")
    key = api_token_create(name="CMS", user=user)[1]
    threads_count = 4
    barrier = threading.Barrier(threads_count)
    responses: list[Any] = []

    def push() -> None:
        try:
            barrier.wait()
            responses.append(post(Client(), {"body": BODY, "url": "https://h.example.org/1"}, key))
        finally:
            connection.close()

    threads = [threading.Thread(target=push) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status_code for r in responses) == [200] * (threads_count - 1) + [201]
    article = Article.objects.get()
    assert {r.json()["id"] for r in responses} == {article.pk}
