"""Direct or partial: the punctuation and capitals before the mark decide."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We are ready," Ana Petrov said.', "direct"),
        ('Ana Petrov said: "We are ready."', "direct"),
        ('Ana Petrov said, "We are ready."', "direct"),
        ('Ana Petrov said "We are ready."', "direct"),
        ('Ana Petrov called the deal "a small miracle."', "partial"),
        ('Ana Petrov said the team was "ready for anything."', "partial"),
    ],
)
def test_kind(quotes_of, text: str, kind: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.kind == kind
