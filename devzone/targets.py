"""Numeric targets and achievements of a zone (placeholder until the extractor lands)."""

from __future__ import annotations

from devzone.text import Article


def extract_targets(article: Article) -> list[dict]:
    """Every numeric fact of the article as dicts with kind, metric, value, unit, comparator, year, sentence."""
    return []
