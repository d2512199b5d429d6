"""Keyword tables: tokenizing, TF-IDF top terms, distinctive terms."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from devzone.keywords import KEYWORD_STOPS_CSV, distinctive_terms, stop_rules, top_terms, without_own_names
from devzone.terms import term_counts, tokenize, zone_term_counts


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


def test_zone_term_counts_sum_the_articles_of_a_zone():
    counts = zone_term_counts(docs()).set_index(["zone", "term"])["count"]
    assert counts["甲区", "光伏"] == 3 and counts["乙区", "纺织"] == 2
    assert dict(term_counts(docs()["body"][0]))["光伏"] == 2


def test_top_terms_per_zone():
    t = top_terms(zone_term_counts(docs()), k=3)
    assert set(t.columns) >= {"zone", "term", "count", "tfidf", "rank"}
    first = t[t["rank"] == 1].set_index("zone")["term"]
    assert first["甲区"] == "光伏" and first["乙区"] == "纺织"
    assert t.groupby("zone").size().max() <= 3


def test_distinctive_terms():
    d = distinctive_terms(zone_term_counts(docs()), k=5, min_count=2)
    assert list(d[d["zone"] == "甲区"]["term"])[:1] == ["光伏"]
    assert "光伏" not in set(d[d["zone"] == "乙区"]["term"])
    assert (d["score"] > 0).all()


def test_no_counts_no_terms():
    empty = pd.DataFrame(columns=["zone", "term", "count"])
    assert top_terms(empty).empty and distinctive_terms(empty).empty


def _stop_rows() -> list[dict]:
    with open(KEYWORD_STOPS_CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _stop_rows(), ids=lambda r: r["rule"])
def test_keyword_stop_rule(row):
    """Each row of data/keyword_stops.csv: its term is a word of its rejected example without the rule and
    is dropped with it; the kept example keeps its term."""
    rule = next(r for r in stop_rules() if r.rule == row["rule"])
    others = tuple(r for r in stop_rules() if r is not rule)
    assert row["rejected_term"] in tokenize(row["rejected_example"], rules=others)
    assert row["rejected_term"] not in tokenize(row["rejected_example"], rules=(rule,))
    assert row["kept_term"] in tokenize(row["kept_example"], rules=(rule,))
    assert row["source"].strip()


def test_keyword_stop_rules_drop_the_seeds_noise():
    words = tokenize("“关键之年。”富国权表示,为贯彻落实市委十五届四次全体(扩大)会议精神,在富国权的规划中,"
                     "园区引进项目十五个,重点发展数字经济。")
    assert not {"富国", "十五届", "四次", "十五个"} & set(words)
    assert {"数字经济", "贯彻落实"} <= set(words)


def test_pieces_of_a_zones_own_names_are_no_keywords():
    counts = pd.DataFrame({"zone": ["张江长三角科技城平湖园"] * 3 + ["富阳区"] * 3,
                           "term": ["江长三角科技城平湖园", "平湖", "集成电路", "富阳", "富阳经济", "新材料"],
                           "count": [9, 4, 3, 5, 2, 1]})
    # the second group goes by its zone's name too (a place compared with the zones in it)
    out = without_own_names(counts, {"富阳区": ["富阳经济技术开发区"]})
    assert out.values.tolist() == [["张江长三角科技城平湖园", "集成电路", 3], ["富阳区", "新材料", 1]]
    # a term is dropped only for the zone whose name holds it: 平湖 is a keyword of another zone
    other = pd.DataFrame({"zone": ["嘉兴港区"], "term": ["平湖"], "count": [3]})
    assert len(without_own_names(other, {})) == 1
