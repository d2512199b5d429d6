"""Named enterprises and key projects (placeholder until the extractor lands)."""

from __future__ import annotations

from devzone.text import Article


def extract_enterprises(article: Article) -> list[dict]:
    """Named enterprises and key projects, as dicts with name, role, industry, sentence."""
    return []
