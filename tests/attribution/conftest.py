"""Shared fixtures for the attribution rule tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotes.attribution import extract_quotations, get_nlp
from quotes.attribution.types import Quotation


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real pipeline, loaded once for the whole session."""
    return get_nlp()


@pytest.fixture(scope="session")
def quotes_of(nlp: Language):  # noqa: ANN201 - returns a helper
    """``quotes_of(text)`` -> the direct and partial quotations of a text."""

    def run(text: str) -> list[Quotation]:
        return [q for q in extract_quotations(text, nlp=nlp) if q.kind != "indirect"]

    return run
