"""Articles as they arrived: the body is stored verbatim and never rewritten."""

from __future__ import annotations

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

    def newest_first(self) -> ArticleQuerySet:
        """Most recently published (or received) first."""
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-created_at")


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(help_text="The article text exactly as received.")
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the normalised body, for deduplication."
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    error = models.TextField(blank=True)
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
