"""Re-running the engine never changes or deletes what an editor decided."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict

from articles.models import Article
from articles.services import article_ingest
from articles.tasks import article_process
from quotes.models import Quote
from quotes.services import speaker_link

pytestmark = [pytest.mark.django_db, pytest.mark.model]

BODY = (
    "Library hours extended\n\n"
    '"We will open on Sundays from March," librarian Ines Kolar said.\n\n'
    '"Students asked for it," Kolar said. "They were right."\n\n'
    '"It costs almost nothing," councillor Piet Brandt said.\n'
)


def _snapshot(quote: Quote) -> dict:
    values = model_to_dict(quote)
    values.pop("updated_at", None)
    return values


@pytest.fixture
def decided() -> tuple[int, dict[str, Quote]]:
    article = article_ingest(body=BODY, enqueue=False).article
    article_process(article_id=article.pk)
    quotes = {q.text: q for q in Quote.objects.filter(article=article)}
    assert len(quotes) == 4, quotes
    verified = quotes["We will open on Sundays from March,"]
    verified.status = Quote.Status.VERIFIED
    corrected = quotes["Students asked for it,"]
    corrected.status = Quote.Status.CORRECTED
    corrected.speaker = speaker_link(name="Someone Editors Chose")
    rejected = quotes["They were right."]
    rejected.status = Quote.Status.REJECTED
    for quote in (verified, corrected, rejected):
        quote.save()
    added = Quote.objects.create(
        article=article,
        start=BODY.index("Library hours"),
        end=BODY.index("Library hours") + len("Library hours"),
        text="Library hours",
        origin=Quote.Origin.EDITOR,
        speaker=speaker_link(name="Piet Brandt"),
        confidence=1.0,
    )
    unreviewed = quotes["It costs almost nothing,"]
    return article.pk, {
        "verified": verified,
        "corrected": corrected,
        "rejected": rejected,
        "added": added,
        "unreviewed": unreviewed,
    }


def test_reattribute_keeps_every_editor_decision(decided) -> None:
    article_id, quotes = decided
    kept = {name: _snapshot(q) for name, q in quotes.items() if name != "unreviewed"}
    # Make the unreviewed quote stale, so we can see it refreshed.
    Quote.objects.filter(pk=quotes["unreviewed"].pk).update(confidence=0.01, cue="xx")
    out = io.StringIO()
    call_command("reattribute", article=[article_id], stdout=out)
    assert "1 done" in out.getvalue()
    for name, before in kept.items():
        assert _snapshot(Quote.objects.get(pk=quotes[name].pk)) == before, name
    refreshed = Quote.objects.get(pk=quotes["unreviewed"].pk)
    assert refreshed.cue == "said" and refreshed.confidence > 0.01


def test_reattribute_removes_unreviewed_quotes_no_longer_found(decided) -> None:
    article_id, quotes = decided
    ghost = Quote.objects.create(
        article_id=article_id, start=0, end=7, text="Library", confidence=0.3
    )
    call_command("reattribute", all=True, stdout=io.StringIO())
    assert not Quote.objects.filter(pk=ghost.pk).exists()
    assert Quote.objects.filter(pk=quotes["added"].pk).exists()


def test_reattribute_unknown_article_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="No article with id 999"):
        call_command("reattribute", article=[999])


def test_reattribute_unfinished_takes_pending_failed_and_stuck_articles() -> None:
    pending = article_ingest(body=BODY, enqueue=False).article
    failed = article_ingest(body=BODY + "\nMore.", enqueue=False).article
    Article.objects.filter(pk=failed.pk).update(status="failed", error="boom")
    done = article_ingest(body=BODY + "\nEven more.", enqueue=False).article
    Article.objects.filter(pk=done.pk).update(status="done")
    out = io.StringIO()
    call_command("reattribute", unfinished=True, stdout=out)
    assert "2 done" in out.getvalue()
    statuses = dict(Article.objects.values_list("pk", "status"))
    assert statuses == {pending.pk: "done", failed.pk: "done", done.pk: "done"}
    assert not Quote.objects.filter(article=done).exists()  # done ones were left alone
