"""A jieba tokenizer that knows zone names, industries and companies (data/userdict.txt)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg

from devzone.gazetteer import load_gazetteer

USER_DICT = Path(__file__).resolve().parent.parent / "data" / "userdict.txt"

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """A jieba Tokenizer loaded once with the user dictionary and every gazetteer zone name (tag nt)."""
    tk = jieba.Tokenizer()
    tk.initialize()
    if USER_DICT.exists():
        with USER_DICT.open("rb") as f:  # jieba leaves a file it opened from a path unclosed
            tk.load_userdict(f)
    for z in load_gazetteer():
        for name in (z.canonical, *z.aliases, z.common_name):
            if name:
                tk.add_word(name, freq=20000, tag="nt")
    return tk


@lru_cache(maxsize=1)
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """A POS tokenizer over tokenizer(); cut with HMM=False for speed."""
    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=16384)  # short phrases (list items, name prefixes) recur across a corpus
def pos_tags(phrase: str) -> tuple[jieba.posseg.pair, ...]:
    """POS-tagged words of a short phrase (no HMM), cached: callers must not modify the pairs."""
    return tuple(pos_tokenizer().cut(phrase, HMM=False))


def cut(text: str) -> list[str]:
    """Segment text into words (no HMM: new-word guessing splits numbers and names oddly)."""
    return tokenizer().lcut(text, HMM=False)
