"""The engine keeps its measured quality on the two dev sets (a floor, not a target).

The floors sit just under the end-to-end F1 measured when they were set, so a change that
makes attribution worse fails here. The gold files live outside the repository in
``../shared/eval``; without them the test skips, unless ``QUOTEDESK_REQUIRE_SHARED=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes.attribution.evaluation import evaluate_files

pytestmark = pytest.mark.model

EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
FLOORS = {"dev.jsonl": 0.89, "real-dev.jsonl": 0.885}  # measured 0.904 and 0.895


@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_end_to_end_floor(nlp, name: str, floor: float) -> None:
    path = EVAL_DIR / name
    if not path.is_file():
        message = f"gold file {path} not found (the shared eval data sits next to the repo)"
        if os.environ.get("QUOTEDESK_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    ((_, report),) = evaluate_files([path])
    assert report.headline >= floor, f"{name}: end-to-end F1 {report.headline:.3f} < {floor}"
    assert report.quotes.detection.f1 >= 0.95
