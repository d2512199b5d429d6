"""Industries a zone develops (placeholder until the extractor lands)."""

from __future__ import annotations

from devzone.text import Article


def extract_industries(article: Article) -> list[dict]:
    """Every industry the article says the zone develops, as dicts with industry, sentence."""
    return []
