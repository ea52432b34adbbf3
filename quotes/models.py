"""Who said what: speakers and their quotes, with an audit history of every change."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from articles.models import Article


class SpeakerQuerySet(models.QuerySet["Speaker"]):
    def with_quote_counts(self) -> SpeakerQuerySet:
        """Annotate each speaker with the number of quotes not rejected."""
        return self.annotate(
            quote_count=models.Count("quotes", filter=~Q(quotes__status="rejected"))
        )


class Speaker(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    name_key = models.CharField(
        max_length=200,
        unique=True,
        help_text="The name folded for matching: no case, accents, titles or punctuation.",
    )
    surname_key = models.CharField(
        max_length=100, db_index=True, help_text="The last word of name_key, for bare surnames."
    )
    description = models.CharField(max_length=300, blank=True, help_text="Role or title.")
    wikidata_id = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="speaker_name_not_empty"),
            models.CheckConstraint(condition=~Q(name_key=""), name="speaker_name_key_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class SpeakerAlias(models.Model):
    """Another name for a speaker; linking treats it like the speaker's own name."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.name


class QuoteQuerySet(models.QuerySet["Quote"]):
    def unreviewed(self) -> QuoteQuerySet:
        """Quotes no editor has decided on yet."""
        return self.filter(status=Quote.Status.UNREVIEWED)

    def reviewed(self) -> QuoteQuerySet:
        """Quotes an editor verified, corrected or rejected."""
        return self.exclude(status=Quote.Status.UNREVIEWED)

    def public(self) -> QuoteQuerySet:
        """Quotes readers may see: everything but rejected ones."""
        return self.exclude(status=Quote.Status.REJECTED)

    def by_speaker(self, speaker: Speaker) -> QuoteQuerySet:
        """Quotes attributed to one speaker."""
        return self.filter(speaker=speaker)

    def in_article(self, article: Article) -> QuoteQuerySet:
        """Quotes of one article, in reading order."""
        return self.filter(article=article).order_by("start")

    def worst_first(self) -> QuoteQuerySet:
        """Least confident first, so editors see the likeliest mistakes first."""
        return self.order_by("confidence", "article_id", "start")


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        PARTIAL = "partial", "Partial"
        INDIRECT = "indirect", "Indirect"

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        VERIFIED = "verified", "Verified"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"

    class Origin(models.TextChoices):
        ENGINE = "engine", "Found by the engine"
        EDITOR = "editor", "Added by an editor"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    start = models.PositiveIntegerField(help_text="Offset of the quoted content in the body.")
    end = models.PositiveIntegerField(help_text="Offset just past the quoted content.")
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.DIRECT)
    cue = models.CharField(max_length=200, blank=True, help_text='e.g. "said", "told reporters"')
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, null=True, blank=True, related_name="quotes"
    )
    mention = models.CharField(
        max_length=300, blank=True, help_text='The words that named the speaker, e.g. "he".'
    )
    confidence = models.FloatField(default=0.0)
    evidence = models.CharField(max_length=200, blank=True, help_text="The rule that decided.")
    candidates = models.JSONField(
        default=list, blank=True, help_text="Other speakers the engine weighed, with scores."
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.ENGINE)
    anchor_lost = models.BooleanField(
        default=False,
        help_text="The article's text changed and this quote could not be found in it again.",
    )
    status = models.CharField(max_length=12, choices=Status, default=Status.UNREVIEWED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=models.F("end")),
                name="quote_start_before_end",
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="quote_unique_span_per_article"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="quote_confidence_in_unit_range",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["unreviewed", "verified", "corrected", "rejected"]),
                name="quote_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["direct", "partial", "indirect"]), name="quote_kind_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "confidence"], name="quote_review_queue_idx"),
        ]

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"“{excerpt}” — {self.speaker or 'unnamed'}"

    def get_absolute_url(self) -> str:
        return reverse("quotes:detail", args=[self.pk])
