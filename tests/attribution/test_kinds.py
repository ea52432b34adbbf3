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
        ('"We lost," Ana Petrov went on, "and it hurt."', "direct"),
        ('"We lost" wrote Ana Petrov "and we deserved it."', "direct"),
        ('Ana Petrov said, in a radio interview, "we lost."', "direct"),
        # a comma with no reporting verb: the writer's sentence runs on into the quote
        ('The coach, in the words of one rival, "never learned to lose."', "partial"),
        # a headline's label and its lifted fragment
        ('Mayor: "Stay inside"\n\nThe storm reached the coast at noon.', "partial"),
        ('"Stay inside"\n\nThe storm reached the coast at noon.', "direct"),
        # "warning" here is a noun, not a reporting verb
        ('Ana Petrov called the late warning "a disgrace to the club."', "partial"),
    ],
)
def test_kind(quotes_of, text: str, kind: str) -> None:
    assert quotes_of(text)[-1].kind == kind
