from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest

from articles.models import ApiToken, Article, Feed, FeedEntry
from articles.sources.feed import feed_poll
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


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "outlet", "is_active", "last_polled_at", "last_error"]
    list_filter = ["is_active"]
    search_fields = ["url", "title", "outlet"]
    readonly_fields = ["etag", "modified", "last_polled_at", "last_error", "created_at"]
    actions = ["poll"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.action(description="Poll the selected feeds now")
    def poll(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        for feed in queryset:
            result = feed_poll(feed)
            if result.error:
                self.message_user(request, f"{feed}: {result.error}", messages.ERROR)
            else:
                self.message_user(
                    request,
                    f"{feed}: {result.created} new, {result.duplicates} duplicates, "
                    f"{result.failed} failed.",
                )


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ["guid", "feed", "article", "error", "created_at"]
    list_filter = ["feed"]
    search_fields = ["guid"]
    list_select_related = ["feed", "article"]
    readonly_fields = ["feed", "guid", "article", "error", "created_at"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Lists tokens and lets an admin revoke them; `manage.py create_api_token` makes them."""

    list_display = ["name", "prefix", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix"]
    readonly_fields = ["name", "prefix", "key_hash", "user", "created_at", "last_used_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the key is shown once, by the command that creates it
