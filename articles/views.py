"""Pages for editors: add articles (paste, upload, URL fetch) and follow their processing."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import dateformat
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from articles.forms import ArticleForm, CorrectionForm, FetchForm, UploadForm
from articles.models import Article
from articles.services import (
    ArticleRejected,
    IngestResult,
    article_ingest,
    article_retry,
    article_update_body,
)
from articles.sources import SourceError, draft_ingest
from articles.sources.upload import parse_upload
from articles.sources.url import fetch_url

PAGE_SIZE = 50
# The three forms share one page, so their element ids need telling apart (names need not).
PASTE_ID, UPLOAD_ID, FETCH_ID = "paste_%s", "upload_%s", "fetch_%s"


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send anonymous visitors to log in; refuse logged-in users who are not staff (403)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_active and request.user.is_staff):
            raise PermissionDenied("Only editors can add articles.")
        return view(request, *args, **kwargs)

    return wrapped


def _render_add(request: HttpRequest, status: int = 200, **bound: Form) -> HttpResponse:
    """The "Add articles" page; a bound form (with the editor's input and errors) wins."""
    context = {
        "paste_form": bound.get("paste_form") or ArticleForm(auto_id=PASTE_ID),
        "upload_form": bound.get("upload_form") or UploadForm(auto_id=UPLOAD_ID),
        "fetch_form": bound.get("fetch_form") or FetchForm(auto_id=FETCH_ID),
        "active": next(iter(bound), "paste_form"),
        "max_bytes": settings.QUOTEDESK_MAX_ARTICLE_BYTES,
    }
    return render(request, "articles/article_add.html", context, status=status)


def _article_link(article: Article) -> str:
    return format_html('<a href="{}">{}</a>', article.get_absolute_url(), article)


def _report_duplicate(request: HttpRequest, article: Article, what: str = "This article") -> None:
    messages.warning(
        request,
        format_html(
            "{} is already in Quotedesk as {} (added {}); nothing new was stored.",
            what,
            _article_link(article),
            dateformat.format(localtime(article.created_at), "j M Y"),
        ),
    )


def _report_created(request: HttpRequest, result: IngestResult) -> None:
    link = _article_link(result.article)
    messages.success(
        request, format_html("Added {}. Its quotes are being attributed in the background.", link)
    )
    for warning in result.article.warnings:
        messages.warning(request, format_html("{}: {}", link, warning))


@require_GET
@staff_required
def article_add(request: HttpRequest) -> HttpResponse:
    """The "Add articles" page: paste, upload or fetch."""
    return _render_add(request)


@require_POST
@staff_required
def article_paste(request: HttpRequest) -> HttpResponse:
    """Store a pasted article; on any problem show the form again with the text kept."""
    form = ArticleForm(request.POST, auto_id=PASTE_ID)
    if not form.is_valid():
        return _render_add(request, status=400, paste_form=form)
    try:
        result = article_ingest(**form.cleaned_data, source=Article.Source.FORM)
    except ArticleRejected as exc:
        form.add_error("body", str(exc))
        return _render_add(request, status=400, paste_form=form)
    if not result.created:
        _report_duplicate(request, result.article)
        return _render_add(request, paste_form=form)
    _report_created(request, result)
    return redirect(result.article)


def _file_too_big(upload: UploadedFile) -> str | None:
    limit = settings.QUOTEDESK_MAX_ARTICLE_BYTES
    if upload.size is not None and upload.size > limit:
        return (
            f"“{upload.name}” is {upload.size:,} bytes; the limit is {limit:,} bytes. "
            "Split it, or ask an administrator to run the bulk import."
        )
    return None


@require_POST
@staff_required
def article_upload(request: HttpRequest) -> HttpResponse:
    """Store the articles in one or more uploaded files, each on its own.

    One new article goes straight to its page; anything else comes back as a summary,
    with every file's problem named, and nothing that did work is lost.
    """
    form = UploadForm(request.POST, request.FILES, auto_id=UPLOAD_ID)
    if not form.is_valid():
        return _render_add(request, status=400, upload_form=form)
    created: list[IngestResult] = []
    duplicates: list[IngestResult] = []
    problems: list[str] = []
    for upload in form.cleaned_data["files"]:
        too_big = _file_too_big(upload)
        if too_big:
            problems.append(too_big)
            continue
        try:
            drafts = parse_upload(upload.name, upload.read())
        except SourceError as exc:
            # Most messages name the file; say which file when one does not.
            shown = f"“{upload.name}”"
            problems.append(str(exc) if shown in str(exc) else f"{shown}: {exc}")
            continue
        for number, draft in enumerate(drafts, start=1):
            where = f"“{upload.name}”" + (f" (article {number})" if len(drafts) > 1 else "")
            try:
                result = draft_ingest(draft, source=Article.Source.UPLOAD)
            except ArticleRejected as exc:
                problems.append(f"{where}: {exc}")
                continue
            (created if result.created else duplicates).append(result)
            if not result.created:
                _report_duplicate(request, result.article, what=where)
    if not created:
        for problem in problems:
            form.add_error("files", problem)
        return _render_add(request, status=400 if problems else 200, upload_form=form)
    for result in created:
        _report_created(request, result)
    for problem in problems:
        messages.error(request, problem)
    if len(created) == 1 and not duplicates and not problems:
        return redirect(created[0].article)
    return redirect("articles:list")


@require_POST
@staff_required
def article_fetch(request: HttpRequest) -> HttpResponse:
    """Fetch an article from its URL and store it; problems come back on the form."""
    form = FetchForm(request.POST, auto_id=FETCH_ID)
    if not form.is_valid():
        return _render_add(request, status=400, fetch_form=form)
    # A URL already stored needs no fetch (the page may have changed, or be down, since).
    known = Article.objects.filter(url=form.cleaned_data["url"]).first()
    if known is not None:
        _report_duplicate(request, known)
        return _render_add(request, fetch_form=form)
    try:
        draft = fetch_url(form.cleaned_data["url"])
        result = draft_ingest(draft, source=Article.Source.URL)
    except (SourceError, ArticleRejected) as exc:
        form.add_error("url", str(exc))
        return _render_add(request, status=400, fetch_form=form)
    if not result.created:
        _report_duplicate(request, result.article)
        return _render_add(request, fetch_form=form)
    _report_created(request, result)
    return redirect(result.article)


@require_GET
@staff_required
def article_list(request: HttpRequest) -> HttpResponse:
    """Recently received articles with where their processing stands, newest first."""
    articles = Article.objects.order_by("-created_at").defer("body")
    status = request.GET.get("status", "")
    if status in Article.Status.values:
        articles = articles.filter(status=status)
    else:
        status = ""
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "status": status, "statuses": Article.Status.choices}
    return render(request, "articles/article_list.html", context)


@require_POST
@staff_required
def article_retry_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a failed article's attribution again."""
    article = get_object_or_404(Article, pk=pk)
    if article.status == Article.Status.FAILED:
        article_retry(article=article)
        messages.success(request, format_html("Queued {} again.", _article_link(article)))
    else:
        state = article.get_status_display().lower()
        messages.info(
            request,
            format_html(
                "{} is {}; only failed articles are retried.", _article_link(article), state
            ),
        )
    return redirect("articles:list")


@require_http_methods(["GET", "POST"])
@staff_required
def article_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct an article's text; reviewed quotes are carried across, attribution re-runs."""
    article = get_object_or_404(Article, pk=pk)
    if request.method == "GET":
        form = CorrectionForm(initial={"body": article.body, "base_hash": article.content_hash})
        return render(request, "articles/article_correct.html", {"article": article, "form": form})
    form = CorrectionForm(request.POST)
    if form.is_valid():
        try:
            lost = article_update_body(
                article=article,
                body=form.cleaned_data["body"],
                expected_hash=form.cleaned_data["base_hash"],
            )
        except ArticleRejected as exc:
            form.add_error("body", str(exc))
        else:
            messages.success(request, "The text was corrected; quotes are being attributed again.")
            if lost:
                messages.warning(
                    request,
                    f"{len(lost)} reviewed quote(s) could not be found in the new text and are "
                    "flagged for review.",
                )
            return redirect(article)
    context = {"article": article, "form": form}
    return render(request, "articles/article_correct.html", context, status=400)
