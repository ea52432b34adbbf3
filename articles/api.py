"""The JSON API a CMS pushes articles to: ``POST /api/articles/``, ``GET /api/articles/<id>/``.

Requests authenticate with ``Authorization: Bearer <key>`` (or ``Token <key>``), a key from
``manage.py create_api_token``. Every error is a JSON object ``{"error": "..."}`` with a
4xx status, and the submission is never half-stored.

POST takes a JSON object: ``body`` (required) and optionally ``title``, ``url``,
``outlet``, ``byline`` and ``published_at`` (ISO 8601), all strings or null; any other
key is refused. A new article answers 201 ``{id, status, status_url, created: true}``;
one already stored (same URL or same normalised text) answers 200 with
``created: false`` and ``duplicate_of``. 401 no or bad token, 415 not JSON, 400 bad JSON
or fields or an empty body, 413 a body over the article size limit.

GET answers ``{id, title, url, status, error, attempts, created_at, updated_at, quotes}``.
``status`` is pending, processing, done or failed; ``quotes`` is filled only when done,
in reading order, and leaves out quotes an editor rejected (as the public pages do);
each carries its review ``status`` (unreviewed, verified or corrected).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from articles.forms import ArticleForm
from articles.models import Article
from articles.services import ArticleRejected, IngestResult, article_ingest
from articles.tokens import api_token_authenticate
from quotes.models import Quote

FIELDS = ("title", "body", "url", "outlet", "byline", "published_at")
AUTH_SCHEMES = ("bearer", "token")


def _error(message: str, status: int, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def _key_from(request: HttpRequest) -> str:
    scheme, _, key = request.headers.get("Authorization", "").strip().partition(" ")
    return key.strip() if scheme.lower() in AUTH_SCHEMES else ""


def token_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse requests without a live API token (401 with a WWW-Authenticate challenge)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        token = api_token_authenticate(key=_key_from(request))
        if token is None:
            response = _error(
                "Authentication required: send 'Authorization: Bearer <key>' with a valid,"
                " unrevoked API token.",
                401,
            )
            response["WWW-Authenticate"] = 'Bearer realm="quotedesk"'
            return response
        request.api_token = token  # type: ignore[attr-defined]
        request.user = token.user
        return view(request, *args, **kwargs)

    return wrapped


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


def _parse_payload(request: HttpRequest) -> dict[str, Any] | JsonResponse:
    """The request's JSON object, or the error response that explains what is wrong."""
    if not _is_json(request.content_type or ""):
        return _error("Send the article as JSON with 'Content-Type: application/json'.", 415)
    try:
        raw = request.body
    except RequestDataTooBig:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return _error(f"The request is larger than the limit of {limit:,} bytes.", 413)
    try:
        payload = json.loads(raw)
    except UnicodeDecodeError:
        return _error("The request body is not valid UTF-8.", 400)
    except json.JSONDecodeError as exc:
        return _error(f"The request body is not valid JSON: {exc}.", 400)
    if not isinstance(payload, dict):
        return _error("The request body must be a JSON object.", 400)
    unknown = sorted(set(payload) - set(FIELDS))
    if unknown:
        return _error(f"Unknown field(s): {', '.join(unknown)}. Allowed: {', '.join(FIELDS)}.", 400)
    wrong = [name for name, value in payload.items() if not isinstance(value, str | None)]
    if wrong:
        return _error(f"Field(s) must be strings: {', '.join(sorted(wrong))}.", 400)
    if "body" not in payload or payload["body"] is None:
        return _error("The field 'body' is required.", 400)
    for name, value in payload.items():
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError as exc:  # JSON can spell half a surrogate pair: "\ud800"
            return _error(f"The field '{name}' holds an invalid character at {exc.start}.", 400)
    return payload


def _status_url(request: HttpRequest, article: Article) -> str:
    return request.build_absolute_uri(reverse("articles_api:status", args=[article.pk]))


def _ingest_response(request: HttpRequest, result: IngestResult) -> JsonResponse:
    article = result.article
    data: dict[str, Any] = {
        "id": article.pk,
        "status": article.status,
        "status_url": _status_url(request, article),
        "created": result.created,
    }
    if not result.created:
        data["duplicate_of"] = article.pk
    response = JsonResponse(data, status=201 if result.created else 200)
    if result.created:
        response["Location"] = data["status_url"]
    return response


@csrf_exempt  # token authentication, no cookies: CSRF cannot apply
@require_POST
@token_required
def article_create(request: HttpRequest) -> HttpResponse:
    """Store a pushed article (or name the one already stored) and queue its attribution."""
    payload = _parse_payload(request)
    if isinstance(payload, JsonResponse):
        return payload
    form = ArticleForm(data={name: value or "" for name, value in payload.items()})
    if not form.is_valid():
        fields = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
        summary = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in fields.items())
        return _error(f"Invalid article: {summary}", 400, fields=fields)
    data = form.cleaned_data
    try:
        result = article_ingest(**data, source=Article.Source.API)
    except ArticleRejected as exc:
        too_big = len(data["body"].encode("utf-8")) > settings.QUOTEDESK_MAX_ARTICLE_BYTES
        return _error(str(exc), 413 if too_big else 400)
    return _ingest_response(request, result)


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.pk,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker.name if quote.speaker else None,
        "mention": quote.mention,
        "cue": quote.cue,
        "confidence": quote.confidence,
        "status": quote.status,
    }


@require_GET
@token_required
def article_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Where an article's attribution stands; once done, its quotes (rejected ones left out)."""
    article = Article.objects.filter(pk=pk).first()
    if article is None:
        return _error(f"No article with id {pk}.", 404)
    quotes: list[dict[str, Any]] = []
    if article.status == Article.Status.DONE:
        found = Quote.objects.public().in_article(article).select_related("speaker")
        quotes = [_quote_json(quote) for quote in found]
    return JsonResponse(
        {
            "id": article.pk,
            "title": article.title,
            "url": article.url,
            "status": article.status,
            "error": article.error,
            "attempts": article.attempts,
            "created_at": article.created_at,
            "updated_at": article.updated_at,
            "quotes": quotes,
        }
    )
