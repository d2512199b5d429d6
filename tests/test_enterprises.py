"""Named enterprises and key projects: roles, names kept whole, generic words refused, investment."""

from __future__ import annotations

import csv

import pytest

from devzone.compare import alias_groups
from devzone.enterprises import (
    CUES_CSV,
    extract_enterprises,
    is_valid_name,
    non_enterprise_kind,
)
from devzone.text import Article


def rows(text: str) -> list[dict]:
    return extract_enterprises(Article(file="t.txt", body=text))


def test_leading_enterprises_and_projects_with_industry():
    out = rows("依托远航集团、星河电子等龙头企业和东岭研究所产业化项目、青石光学等重点项目,加快发展光电通信产业集群。")
    got = {(r["name"], r["role"]) for r in out}
    assert got == {("远航集团", "龙头企业"), ("星河电子", "龙头企业"), ("东岭研究所", "重点项目"),
                   ("青石光学", "重点项目")}
    assert {r["industry"] for r in out} == {"光电通信"}


def test_chain_leader():
    out = rows("聚焦华为等“链主”企业,精准绘制招商图谱。")
    assert [(r["name"], r["role"]) for r in out] == [("华为", "链主")]


def test_signed_project_with_investment():
    out = rows("2月3日,园区成功签约投资35亿元的“蓝海动力电池项目”,实现签约即开工。")
    assert len(out) == 1
    r = out[0]
    assert (r["name"], r["role"], r["investment"], r["investment_unit"]) == ("蓝海动力电池项目", "签约项目", "35", "亿元")


def test_rely_on_single_project():
    out = rows("依托云峰半导体项目,加快发展集成电路产业群落。")
    assert [(r["name"], r["industry"]) for r in out] == [("云峰半导体", "集成电路")]


def test_batch_of_projects_drops_generic_and_industry_words():
    out = rows("推动大数据、美妆、青禾科技、远山制药等8个在建项目竣工投产。")
    assert [r["name"] for r in out] == ["青禾科技", "远山制药"]


def test_no_names_from_generic_phrases():
    text = ("实行重大项目领导分包责任制。加力提速重大项目。全年招引亿元以上项目20个。"
            "加快落地现有项目、谋深整体链条、招引头部企业。实施3个省级重点项目、29个市级重点项目。")
    assert rows(text) == []


def test_is_valid_name():
    assert is_valid_name("富春机电")
    for bad in ("实现", "对每个", "上市公司", "生物医药", "循环经济产业园", "一批", "20个"):
        assert not is_valid_name(bad), bad


def _cue_rows() -> list[dict]:
    with open(CUES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _cue_rows(), ids=lambda r: r["cue"])
def test_places_and_organisations_are_not_enterprises(row):
    """Each cue of data/enterprise_cues.csv: its rejected name is not listed, a name holding the cue
    elsewhere (or a plain company) still is."""
    assert row["kind"] in {"place", "organisation"} and row["source"]
    rejected = [r["name"] for r in rows(row["rejected_example"] + "。")]
    assert row["rejected_name"] not in rejected and rejected, rejected  # the rest of the list is kept
    assert non_enterprise_kind(row["rejected_name"]) == row["kind"]
    kept = [r["name"] for r in rows(row["kept_example"] + "。")]
    assert row["kept_name"] in kept, kept


def test_seed_places_are_not_enterprises():
    out = rows("加快海塘新区教育、医疗、商超等建设,新建智能岛、陆港小镇等项目,实现湖海塘以东区块整体配套到位。")
    assert out == []


def test_alias_groups_map_a_short_name_to_the_fullest():
    groups = alias_groups(["润泽", "长三角·平湖润泽国际信息港", "晶台", "晶台半导体显示项目", "唯酷", "盯盯拍"])
    assert groups["润泽"] == "长三角·平湖润泽国际信息港"
    assert groups["晶台"] == "晶台半导体显示项目"
    assert groups["唯酷"] == "唯酷" and groups["盯盯拍"] == "盯盯拍"
    assert alias_groups(["华", "华为"])["华"] == "华"  # one character is no alias
