"""Zone comparison on a tiny hand-made industries table."""

from __future__ import annotations

import pandas as pd
import pytest

from devzone.compare import (
    category_counts,
    jaccard,
    most_similar_pairs,
    overlap_matrix,
    shared_industries,
    zone_industry_matrix,
)


@pytest.fixture
def table() -> pd.DataFrame:
    rows = [
        ("a1", "甲区", "生物医药", "生物医药", "生物"),
        ("a2", "甲区", "生物医药产业", "生物医药", "生物"),
        ("a1", "甲区", "新材料", "新材料", "新材料"),
        ("a1", "甲区", "智能装备", "智能装备", "高端装备制造"),
        ("b1", "乙区", "新材料", "新材料", "新材料"),
        ("b1", "乙区", "生物医药", "生物医药", "生物"),
        ("c1", "丙区", "纺织", "纺织", "传统产业"),
    ]
    return pd.DataFrame(rows, columns=["file", "zone", "industry", "canonical", "category"])


def test_zone_industry_matrix_binary_and_counts(table):
    m = zone_industry_matrix(table)
    assert list(m.columns) == sorted(["生物医药", "新材料", "智能装备", "纺织"])
    assert m.loc["甲区", "生物医药"] == 1 and m.loc["丙区", "生物医药"] == 0
    counts = zone_industry_matrix(table, binary=False)
    assert counts.loc["甲区", "生物医药"] == 2


def test_overlap_matrix_jaccard(table):
    o = overlap_matrix(table)
    assert o.loc["甲区", "乙区"] == pytest.approx(2 / 3)
    assert o.loc["乙区", "甲区"] == pytest.approx(2 / 3)
    assert o.loc["甲区", "丙区"] == 0.0
    assert o.loc["丙区", "丙区"] == 1.0


def test_overlap_matrix_filtered_zones(table):
    o = overlap_matrix(table, zones=["甲区", "乙区"])
    assert list(o.index) == ["乙区", "甲区"] or list(o.index) == sorted(["甲区", "乙区"])
    assert o.shape == (2, 2)


def test_category_counts(table):
    c = category_counts(table)
    assert c.loc["甲区", "生物"] == 1  # two rows, one canonical industry
    assert c.loc["甲区", "高端装备制造"] == 1
    assert c.loc["丙区", "传统产业"] == 1


def test_shared_industries(table):
    assert shared_industries("甲区", "乙区", table) == ["新材料", "生物医药"]
    assert shared_industries({"光伏", "储能"}, ["储能", "氢能"]) == ["储能"]


def test_jaccard_and_pairs(table):
    assert jaccard(set(), set()) == 0.0
    pairs = most_similar_pairs(table)
    assert tuple(pairs.loc[0, ["zone_a", "zone_b"]]) in {("乙区", "甲区"), ("甲区", "乙区")}
    assert pairs.loc[0, "jaccard"] == pytest.approx(2 / 3)


def test_missing_canonical_falls_back_to_industry():
    t = pd.DataFrame({"zone": ["甲区", "乙区"], "industry": ["光伏", "光伏"]})
    assert overlap_matrix(t).loc["甲区", "乙区"] == 1.0
