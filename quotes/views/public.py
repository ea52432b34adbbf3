"""Pages for readers: who said what."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article
from quotes.models import Quote


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The latest articles, each with its quotes in reading order."""
    quotes = (
        Quote.objects.public()
        .exclude(kind=Quote.Kind.INDIRECT)
        .select_related("speaker")
        .order_by("start")
    )
    articles = Article.objects.newest_first().prefetch_related(
        Prefetch("quotes", queryset=quotes, to_attr="public_quotes")
    )[:20]
    return render(request, "quotes/home.html", {"articles": articles})


@require_GET
def quote_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A quote's permalink, shown in the context of its article."""
    quote = get_object_or_404(Quote.objects.public().select_related("speaker", "article"), pk=pk)
    body = quote.article.body
    context = {"quote": quote, "before": "", "after": ""}
    if not quote.anchor_lost:
        context["before"] = body[max(0, quote.start - 400) : quote.start]
        context["after"] = body[quote.end : quote.end + 400]
    return render(request, "quotes/quote_detail.html", context)


def _highlight(body: str, quotes: list[Quote]) -> list[tuple[str, Quote | None]]:
    """Split the body into plain runs and quoted runs, outer quotes winning overlaps."""
    segments: list[tuple[str, Quote | None]] = []
    cursor = 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.start < cursor:
            continue
        segments.append((body[cursor : quote.start], None))
        segments.append((body[quote.start : quote.end], quote))
        cursor = quote.end
    segments.append((body[cursor:], None))
    return [(text, quote) for text, quote in segments if text]


@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An article as received, its quotations highlighted."""
    article = get_object_or_404(Article, pk=pk)
    quotes = list(Quote.objects.public().in_article(article).select_related("speaker"))
    # A quote whose place was lost in a text correction cannot be highlighted truthfully.
    direct = [q for q in quotes if q.kind != Quote.Kind.INDIRECT and not q.anchor_lost]
    context = {"article": article, "quotes": quotes, "segments": _highlight(article.body, direct)}
    return render(request, "quotes/article_detail.html", context)
