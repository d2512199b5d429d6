"""Named enterprises and key projects: roles, names kept whole, generic words refused, investment."""

from __future__ import annotations

from devzone.enterprises import extract_enterprises, is_valid_name
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
