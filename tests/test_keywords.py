"""Keyword tables: tokenizing, TF-IDF top terms, distinctive terms."""

from __future__ import annotations

import pandas as pd

from devzone.keywords import distinctive_terms, tokenize, top_terms


def docs() -> pd.DataFrame:
    return pd.DataFrame({
        "zone": ["甲区", "甲区", "乙区"],
        "body": ["园区大力发展光伏产业,光伏组件产量增长20%。", "光伏企业集聚,储能项目落地。",
                 "乙区聚焦纺织服装,纺织企业转型升级,纺织印染提升。"],
    })


def test_tokenize_drops_numbers_single_chars_and_stopwords():
    words = tokenize("园区大力发展光伏产业,2023年增长20%的")
    assert "光伏" in words
    assert not any(w.isdigit() or len(w) < 2 for w in words)
    assert "的" not in words and "大力" not in words


def test_top_terms_per_zone():
    t = top_terms(docs(), k=3)
    assert set(t.columns) >= {"zone", "term", "count", "tfidf", "rank"}
    first = t[t["rank"] == 1].set_index("zone")["term"]
    assert first["甲区"] == "光伏" and first["乙区"] == "纺织"
    assert t.groupby("zone").size().max() <= 3


def test_distinctive_terms():
    d = distinctive_terms(docs(), k=5, min_count=2)
    assert list(d[d["zone"] == "甲区"]["term"])[:1] == ["光伏"]
    assert "光伏" not in set(d[d["zone"] == "乙区"]["term"])
    assert (d["score"] > 0).all()
