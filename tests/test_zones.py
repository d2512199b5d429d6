"""Zone detection from the gazetteer, with place and free-text fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from devzone.text import load_article
from devzone.zones import UNKNOWN_ZONE, detect_zone, load_gazetteer, zone_names_in_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("prefix,zone,level", [
    ("000", "富阳经济技术开发区", "国家级"),
    ("001", "富阳经济技术开发区", "国家级"),  # a district meeting about Fuyang's industries: placed by name
    ("002", "嵊州经济开发区", "省级"),
    ("003", "金华经济技术开发区", "国家级"),
    ("004", "平湖经济技术开发区", "国家级"),
])
def test_seed_zones(prefix, zone, level):
    a = load_article(next(SEEDS.glob(f"{prefix}_*.txt")))
    m = detect_zone(a.title, a.body)
    assert (m.zone, m.level, m.known) == (zone, level, True)


def test_gazetteer_knows_the_four_seed_zones_and_their_aliases():
    names = {z.canonical: z for z in load_gazetteer()}
    for zone, alias in [("富阳经济技术开发区", "富阳经开区"), ("富阳经济技术开发区", "银湖科技城"),
                        ("嵊州经济开发区", "嵊州开发区(高新园区)"), ("金华经济技术开发区", "金华开发区"),
                        ("平湖经济技术开发区", "张江长三角科技城平湖园"), ("平湖经济技术开发区", "新埭镇")]:
        assert alias in names[zone].aliases
    assert len(names) >= 40
    assert {z.province for z in names.values()} == {"浙江"}


def test_alias_in_title_wins():
    m = detect_zone("金华开发区2024年工作要点", "开发区将加快建设。富阳有关部门来访。")
    assert m.zone == "金华经济技术开发区" and m.method == "alias" and m.mention == "金华开发区"


def test_unknown_zone_gets_a_name_from_the_text_and_a_flag():
    m = detect_zone("对话一把手", "临江高新区今年将引进项目30个。临江高新区聚焦生物医药。")
    assert m.zone == "临江高新区"
    assert m.known is False and m.method == "text"


def test_no_zone_at_all_is_not_dropped():
    m = detect_zone("", "今年引进项目30个。")
    assert m.zone == UNKNOWN_ZONE and m.known is False


def test_zone_names_in_text_trims_leading_words():
    names = zone_names_in_text("位于合肥经济技术开发区的企业;争创国家级开发区")
    assert "合肥经济技术开发区" in names
    assert not any(n.startswith("位于") for n in names)


@pytest.mark.parametrize("text,name", [
    ("本报讯 记者日前从崇阳县经济开发区获悉,园区新增企业。", "崇阳县经济开发区"),
    ("专访薛城经济开发区党工委书记", "薛城经济开发区"),
    ("位于合肥经济技术开发区的企业", "合肥经济技术开发区"),
])
def test_unknown_zone_names_lose_reporters_words(text, name):
    assert name in zone_names_in_text(text)


def test_no_name_from_verbs_before_a_generic_zone_word():
    assert not zone_names_in_text("记者从区经济开发区获悉,也是深化开发区改革的一年,加速建设国家级高新区")


def test_site_header_names_the_zone_when_the_body_does_not():
    m = detect_zone("高新区2024年工作规划", "今年力争引进项目20个。", header="临江高新技术产业开发区(城东街道)")
    assert m.zone == "临江高新技术产业开发区" and m.known is False
