"""Load the demo articles, attribute their quotes and create the demo editor (idempotent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand
from django.utils.dateparse import parse_datetime

from articles.models import Article
from articles.services import article_ingest
from articles.tasks import article_process

DEMO_FILE = Path(__file__).resolve().parents[3] / "articles" / "demo" / "articles.json"
DEMO_EDITOR = "editor"
DEMO_PASSWORD = "quotedesk-demo"


class Command(BaseCommand):
    help = "Load the demo articles and the demo editor account. Safe to run repeatedly."

    def handle(self, *args: Any, **options: Any) -> None:
        records = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        created = 0
        for record in records:
            result = article_ingest(
                body=record["body"],
                title=record["title"],
                url=record["url"],
                outlet=record["outlet"],
                byline=record["byline"],
                published_at=parse_datetime(record["published_at"]),
                source=Article.Source.DEMO,
                enqueue=False,  # attributed here and now, so the first page shows quotes
            )
            created += result.created
            if result.article.status != Article.Status.DONE:
                article_process(article_id=result.article.pk)
        self.stdout.write(f"Demo articles: {created} new, {len(records) - created} already there.")
        self._ensure_editor()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo editor login: username {DEMO_EDITOR!r}, password {DEMO_PASSWORD!r}"
            )
        )

    def _ensure_editor(self) -> None:
        user, made = get_user_model().objects.get_or_create(
            username=DEMO_EDITOR, defaults={"is_staff": True}
        )
        if made:
            user.set_password(DEMO_PASSWORD)
            user.save()
        perms = Permission.objects.filter(content_type__app_label__in=["articles", "quotes"])
        user.user_permissions.add(*perms)
