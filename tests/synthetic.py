"""Synthetic articles for store and CLI tests, from bench/make_corpus.py (bench/ is not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(n: int, out: Path, seed: int = 1) -> list[Path]:
    """Write n synthetic articles of the genre into out; returns their paths."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.make_corpus(n, out, seed=seed)
