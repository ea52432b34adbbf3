"""Run the attribution engine again over stored articles, keeping every editor decision."""

from __future__ import annotations

from itertools import islice
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.models import Article
from articles.tasks import article_process
from quotes.attribution import extract_many, get_nlp


class Command(BaseCommand):
    help = (
        "Re-run attribution. Quotes an editor verified, corrected, rejected or added are "
        "never changed; unreviewed ones are updated, added or removed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every article")
        which.add_argument("--article", type=int, action="append", help="one article id")
        which.add_argument(
            "--unfinished",
            action="store_true",
            help="articles pending, failed, or stuck with a worker that died",
        )
        parser.add_argument("--batch-size", type=int, default=32)

    def handle(self, *args: Any, **options: Any) -> None:
        articles = Article.objects.order_by("pk")
        if options["article"]:
            articles = articles.filter(pk__in=options["article"])
            missing = set(options["article"]) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif options["unfinished"]:
            articles = articles.exclude(status=Article.Status.DONE)
        nlp = get_nlp(settings.SPACY_MODEL)
        outcomes: dict[str, int] = {}
        rows = articles.only("pk", "body").iterator(chunk_size=options["batch_size"])
        while batch := list(islice(rows, options["batch_size"])):
            results = extract_many([a.body for a in batch], nlp=nlp, batch_size=len(batch))
            for article, quotations in zip(batch, results, strict=True):
                status = article_process(article_id=article.pk, force=True, quotations=quotations)
                outcomes[status] = outcomes.get(status, 0) + 1
        summary = ", ".join(f"{count} {status}" for status, count in sorted(outcomes.items()))
        self.stdout.write(f"Reattributed: {summary or 'nothing to do'}.")
