"""Indirect speech (placeholder until the rule lands)."""

from __future__ import annotations

from .context import Article, Draft


def find(article: Article) -> list[Draft]:
    return []
