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
        ('"We lost," Ana Petrov said, "but we learned a lot."', "direct"),
    ],
)
def test_kind(quotes_of, text: str, kind: str) -> None:
    assert quotes_of(text)[-1].kind == kind
