"""Linking the engine's names to Speakers across articles."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from quotes.models import Quote, Speaker
from quotes.services import speaker_alias_add, speaker_link, speaker_merge
from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("existing", "name", "links_to"),
    [
        (["Dana Whitfield"], "Dana Whitfield", "Dana Whitfield"),
        (["Dana Whitfield"], "DANA WHITFIELD", "Dana Whitfield"),
        (["José Álvarez"], "Jose Alvarez", "José Álvarez"),
        (["Dana Whitfield"], "Dr. Dana Whitfield", "Dana Whitfield"),
        (["Dana Whitfield"], "Whitfield", "Dana Whitfield"),  # one full name with that surname
        (["Dana Whitfield", "Rob Whitfield"], "Whitfield", None),  # ambiguous: a new speaker
        (["Dana Whitfield"], "Rob Whitfield", None),  # a different full name
        (["Dana Whitfield"], "Whitfields", None),
    ],
)
def test_link_rules(existing: list[str], name: str, links_to: str | None) -> None:
    for full in existing:
        speaker_link(name=full)
    before = Speaker.objects.count()
    speaker = speaker_link(name=name)
    if links_to is None:
        assert Speaker.objects.count() == before + 1
        assert speaker.name == name
    else:
        assert Speaker.objects.count() == before
        assert speaker.name == links_to


def test_alias_steers_later_linking() -> None:
    bureau = speaker_link(name="National Weather Bureau")
    speaker_alias_add(speaker=bureau, name="the NWB")
    assert speaker_link(name="The NWB") == bureau
    assert Speaker.objects.count() == 1


def test_alias_cannot_take_another_speakers_name() -> None:
    one, other = speaker_link(name="Ana Ruiz"), speaker_link(name="Ana Ruis")
    with pytest.raises(ValueError, match="merge them instead"):
        speaker_alias_add(speaker=one, name="ana ruis")
    assert other.pk


def test_merge_moves_quotes_and_steers_later_linking() -> None:
    misspelt = speaker_link(name="Ana Ruis")
    right = speaker_link(name="Ana Ruiz")
    quote = QuoteFactory(speaker=misspelt)
    misspelt_pk = misspelt.pk
    speaker_merge(source=misspelt, target=right)
    quote.refresh_from_db()
    assert quote.speaker == right
    assert not Speaker.objects.filter(pk=misspelt_pk).exists()
    assert speaker_link(name="Ana Ruis") == right
    newest, previous = quote.history.all()[:2]  # the move is in the audit history
    assert (previous.speaker_id, newest.speaker_id) == (misspelt_pk, right.pk)


def test_merge_into_itself_is_refused() -> None:
    speaker = speaker_link(name="Ana Ruiz")
    with pytest.raises(ValueError):
        speaker_merge(source=speaker, target=speaker)


def test_lost_race_returns_the_winners_row(monkeypatch: pytest.MonkeyPatch) -> None:
    winner = speaker_link(name="Ana Ruiz")
    # The loser looked before the winner committed, so it saw no speaker.
    monkeypatch.setattr("quotes.services._find_speaker", lambda key: None)
    assert speaker_link(name="ana ruiz") == winner
    assert Speaker.objects.count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrency needs PostgreSQL")
def test_concurrent_links_make_one_speaker() -> None:
    barrier = threading.Barrier(6)
    results: list[int] = []

    def link() -> None:
        barrier.wait()
        try:
            results.append(speaker_link(name="Marguerite Osei").pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=link) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and len(set(results)) == 1
    assert Speaker.objects.filter(name_key="marguerite osei").count() == 1
    assert Quote.objects.count() == 0
