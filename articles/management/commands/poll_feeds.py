"""Poll RSS/Atom feeds for new articles: `poll_feeds`, `poll_feeds --feed 3`, `--add URL`."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.models import Feed
from articles.sources import SourceError
from articles.sources.feed import feed_add, feed_poll


class Command(BaseCommand):
    help = "Poll the active feeds (or the ones named) and ingest each new entry once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--feed", type=int, action="append", metavar="ID", help="Poll only this feed."
        )
        parser.add_argument(
            "--add", metavar="URL", help="Register this feed URL first (then poll it)."
        )
        parser.add_argument("--outlet", default="", help="With --add: the outlet to record.")

    def handle(self, *args: Any, **options: Any) -> None:
        feeds = Feed.objects.filter(is_active=True)
        if options["add"]:
            try:
                feed = feed_add(url=options["add"], outlet=options["outlet"])
            except SourceError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"Feed {feed.pk}: {feed.url}")
            feeds = Feed.objects.filter(pk=feed.pk)
        elif options["feed"]:
            feeds = Feed.objects.filter(pk__in=options["feed"])
            missing = set(options["feed"]) - set(feeds.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No feed with id {', '.join(map(str, sorted(missing)))}.")
        failed = 0
        for feed in feeds:
            result = feed_poll(feed)
            if result.error:
                failed += 1
                self.stderr.write(f"{feed}: {result.error}")
                continue
            self.stdout.write(
                f"{feed}: {result.created} new, {result.duplicates} duplicates, "
                f"{result.failed} failed, {result.seen} seen before."
            )
        if failed:
            raise CommandError(f"{failed} feed(s) could not be read.")
