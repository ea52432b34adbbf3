from __future__ import annotations

from django.contrib import admin
from django.db import models

from articles.models import Article
from config.pagination import EstimatedCountPaginator


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "status", "published_at", "created_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "outlet", "byline"]
    date_hierarchy = "created_at"
    # The body is the verbatim record of what arrived; editors correct quotes, not articles.
    readonly_fields = ["body", "content_hash", "status", "error", "created_at", "updated_at"]
    fields = [
        "title",
        "url",
        "outlet",
        "byline",
        "published_at",
        "body",
        "status",
        "error",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    paginator = EstimatedCountPaginator
    show_full_result_count = False
