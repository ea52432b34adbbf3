"""Articles as they arrived: the body is stored verbatim and never rewritten."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class ArticleQuerySet(models.QuerySet["Article"]):
    def pending(self) -> ArticleQuerySet:
        """Articles waiting for attribution."""
        return self.filter(status=Article.Status.PENDING)

    def failed(self) -> ArticleQuerySet:
        """Articles whose attribution failed."""
        return self.filter(status=Article.Status.FAILED)

    def stale(self, *, before: datetime) -> ArticleQuerySet:
        """Articles a worker claimed before ``before`` and never finished (it likely died)."""
        return self.filter(status=Article.Status.PROCESSING, claimed_at__lt=before)

    def newest_first(self) -> ArticleQuerySet:
        """Most recently published (or received) first."""
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-created_at")


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Source(models.TextChoices):
        FORM = "form", "Paste form"
        UPLOAD = "upload", "File upload"
        URL = "url", "URL fetch"
        FEED = "feed", "RSS/Atom feed"
        BULK = "bulk", "Bulk import"
        API = "api", "API"
        DEMO = "demo", "Demo data"

    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(help_text="The article text exactly as received.")
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the normalised body, for deduplication."
    )
    source = models.CharField(max_length=10, choices=Source, default=Source.FORM)
    warnings = models.JSONField(
        default=list, blank=True, help_text="Notes from ingestion, e.g. how the text was decoded."
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="Attribution runs started.")
    claimed_at = models.DateTimeField(
        null=True, blank=True, help_text="When a worker took the article for processing."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content_hash"),
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="article_unique_url_when_present"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "processing", "done", "failed"]),
                name="article_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="article_status_idx")]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("quotes:article", args=[self.pk])


class Feed(models.Model):
    """An RSS or Atom feed polled for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="Outlet to record on entries.")
    is_active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True)
    modified = models.CharField(max_length=100, blank=True, help_text="Last-Modified header.")
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """One feed entry seen, so that each entry is ingested once."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(max_length=2000, help_text="The entry's id, or its link.")
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feed_entry_unique_guid")
        ]
        verbose_name_plural = "feed entries"

    def __str__(self) -> str:
        return self.guid


class ApiToken(models.Model):
    """A bearer token for the CMS push API. Only a hash of the key is stored."""

    name = models.CharField(max_length=200, help_text="Who uses it, e.g. the CMS's name.")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(
        max_length=12, help_text="The key's first characters, to tell keys apart."
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
