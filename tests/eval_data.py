"""Where tests find the shared evaluation data (``../shared/eval`` beside the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def shared_eval_file(name: str) -> Path:
    """A file of ../shared/eval, or a skip (a failure in CI) when the folder is absent."""
    path = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / name
    if not path.is_file():
        message = f"{path} not found: the shared evaluation data sits beside the repository"
        if os.environ.get("QUOTEDESK_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path
