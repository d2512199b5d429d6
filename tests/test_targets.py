"""extract_targets: kind, year, one row per fact, and the seed F1 through the CLI and the scorer."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone import targets
from devzone.targets import (
    BACK_REFERENCES_CSV,
    KIND_CUES_CSV,
    KIND_MARKERS_CSV,
    extract_targets,
    reference_year,
)
from devzone.text import Article, clean_text

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path("/work/shared/eval/score.py")
GOLD = Path("/work/shared/eval/seed-gold")


def article(body: str, date: str = "2022-02-10") -> Article:
    return Article(file="t.txt", body=body, publish_date=date)


def facts(body: str, date: str = "2022-02-10") -> list[tuple[str, str, str, str]]:
    """(kind, value, unit, comparator) of every row."""
    return [(r["kind"], r["value"], r["unit"], r["comparator"]) for r in extract_targets(article(body, date))]


def kinds_of(body: str, figure: str, date: str) -> list[str]:
    """The kind of each row whose value and unit read `figure` (e.g. "12家")."""
    return [r["kind"] for r in extract_targets(article(body, date)) if r["value"] + r["unit"] == figure]


def test_last_year_results_and_this_year_aims_in_one_sentence():
    rows = extract_targets(article("去年,园区新增规上企业18家,实现工业产值86.5亿元;今年力争新增规上企业25家以上。"))
    got = [(r["kind"], r["value"], r["unit"], r["comparator"], r["year"]) for r in rows]
    assert got == [("achievement", "18", "家", "=", "2021"), ("achievement", "86.5", "亿元", "=", "2021"),
                   ("target", "25", "家", ">=", "2022")]


def test_plan_words_make_targets():
    got = facts("新的一年,我们计划招引亿元以上项目12个,确保完成固定资产投资超60亿元。")
    assert got == [("target", "12", "个", "="), ("target", "60", "亿元", ">")]


def test_a_past_year_makes_an_achievement():
    rows = extract_targets(article("2021年,园区实现营业收入320亿元,同比增长12.5%。"))
    assert [(r["kind"], r["value"], r["unit"], r["year"]) for r in rows] == [
        ("achievement", "320", "亿元", "2021"), ("achievement", "12.5", "%", "2021")]


def test_a_deadline_year_sets_the_year_of_a_target():
    rows = extract_targets(article("到2025年,园区高新技术企业达到200家。"))
    assert [(r["kind"], r["value"], r["year"]) for r in rows] == [("target", "200", "2025")]


def test_change_from_a_to_b():
    got = facts("今年将推动研发投入强度从2.1%提高到3%。")
    assert got == [("achievement", "2.1", "%", "="), ("target", "3", "%", "=")]


def test_each_of_a_list_is_a_fact():
    rows = extract_targets(article("全年推动重点项目签约、开工、竣工各10个。"))
    assert [(r["kind"], r["value"], r["unit"]) for r in rows] == [("target", "10", "个")] * 3
    assert [r["metric"] for r in rows] == ["推动重点项目签约", "推动重点项目开工", "推动重点项目竣工"]


@pytest.mark.parametrize(("body", "metrics"), [
    # a figure stated once for a 、-list (均达, or a place in a ranking) is each item's
    ("2021年,高技术制造业、先进制造业增加值占比均达70%。", ["高技术制造业增加值占比", "先进制造业增加值占比"]),
    ("2023年,进出口总额、实际利用外资总量全市第一。", ["进出口总额全市排名", "实际利用外资总量全市排名"]),
    ("2023年,项目签约数及投资额均居全市第一。", ["项目签约数全市排名", "投资额全市排名"]),
    ("2023年,税收和产值均同比增长10%。", ["税收增长率", "产值增长率"]),
    # one subject: one fact
    ("2021年,先进制造业增加值占比达70%。", ["先进制造业增加值占比"]),
    ("2021年,先进制造业增加值同比增长11.7%。", ["先进制造业增加值增长率"]),
    ("2023年,园区经济总量居全省第一。", ["经济总量全省排名"]),
])
def test_a_figure_shared_by_a_list_is_a_fact_of_each_item(body, metrics):
    assert [r["metric"] for r in extract_targets(article(body, "2024-01-10"))] == metrics


def test_an_estimate_hands_no_kind_to_the_next_paragraph():
    body = ("累计引进项目75宗,预计总产值1851.4亿元。\n"
            "交通路网更加畅通。优化调整7条公交路线,覆盖率达100%。")
    rows = extract_targets(article(body, "2022-01-20"))
    assert [(r["value"], r["kind"]) for r in rows if r["unit"] in ("条", "%")] == [
        ("7", "achievement"), ("100", "achievement")]


def test_a_total_and_its_parts_are_facts():
    got = facts("今年计划实施重点项目60个,其中产业项目35个、基础设施项目25个。")
    assert [v for _, v, _, _ in got] == ["60", "35", "25"]
    assert {k for k, _, _, _ in got} == {"target"}


def test_a_lead_that_repeats_the_body_is_one_fact():
    body = ("去年引进外资企业9家,到位外资1.6亿美元。\n"
            "回顾过去一年,园区成绩喜人。去年,园区共引进外资企业9家,实际到位外资1.6亿美元,创历史新高。")
    got = facts(body)
    assert got == [("achievement", "9", "家", "="), ("achievement", "1.6", "亿美元", "=")]


def _back_reference_rows() -> list[dict]:
    with open(BACK_REFERENCES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _back_reference_rows(), ids=lambda r: r["reference"])
def test_back_references_table(row):
    """Every row of data/back_references.csv: in its positive example the marked figure, stated before, is counted
    again and gives no second row; in its negative example (the words absent) it is a fact of its own."""
    assert row["source"].strip()
    for example, rows in ((row["positive"], 1), (row["negative"], 2)):
        body, figure = _marked(example)
        got = [r for r in extract_targets(article(body, "2022-06-20")) if r["value"] + r["unit"] == figure]
        assert len(got) == rows, (row["reference"], example, got)


def test_same_value_for_different_things_in_different_sentences_stays():
    got = facts("今年力争新增上市企业3家。同时计划建成人才公寓3栋。")
    assert got == [("target", "3", "家", "="), ("target", "3", "栋", "=")]


def test_present_state_and_part_year_figures_are_achievements():
    rows = extract_targets(article("园区现有企业800余家。上半年完成税收4.2亿元,占全年目标的55%。",
                                   "2022-07-15"))
    assert [(r["kind"], r["value"], r["unit"], r["year"]) for r in rows] == [
        ("achievement", "800", "家", "2022"),
        ("achievement", "4.2", "亿元", "2022"), ("achievement", "55", "%", "2022")]
    assert rows[0]["comparator"] == ">" and rows[0]["approx"] is False  # 800余家: more than 800 (CONTRACT.md)


def test_the_zones_own_extent_is_a_standing_result():
    # labelled as results in eight batches (总面积50.51平方公里 devset11, 规划面积50平方公里 devset25, 總面積110平方公里
    # devset26, 控制性规划总面积240平方公里 devset6); a plan word before it makes an extent to be reached an aim
    got = facts("园区规划面积12平方公里,辖区面积为30平方公里,今年将新增建设用地面积800亩。")
    assert got == [("achievement", "12", "平方公里", "="), ("achievement", "30", "平方公里", "="),
                   ("target", "800", "亩", "=")]
    assert facts("园区力争2025年规划面积扩大到20平方公里。") == [("target", "20", "平方公里", "=")]


def test_the_zones_make_up_population_and_extent_are_figures_of_it():
    # labels: 常驻人口12万人 (devset6), 现有人口32万人 and 地区人口10万人 (devset19) are figures of the zone; so is
    # its make-up, 下辖3个行政村和8个社区 (devset36, devset48, devset60, devset75: labelled, unlabelled in no batch)
    assert facts("开发区下辖2个街道、18个行政村,总人口9.5万人,总面积64平方公里,去年新增企业40家。") == [
        ("achievement", "2", "个", "="), ("achievement", "18", "个", "="), ("achievement", "9.5", "万人", "="),
        ("achievement", "64", "平方公里", "="), ("achievement", "40", "家", "=")]
    assert facts("到2025年,新区常住人口达到50万人。") == [("target", "50", "万人", "=")]


def test_a_money_milestone_is_named_by_what_passed_it():
    # 突破“千亿”大关 (devset18), 迈入“千亿俱乐部” (devset21), 突破2000亿大关 (devset16): 亿元, quotes and milestone no name
    rows = extract_targets(article("2021年,园区规模工业总产值首次突破“千亿”大关,地区生产总值首次突破2000亿大关。",
                                   "2022-01-10"))
    assert [(r["kind"], r["value"], r["unit"], r["comparator"], r["metric"]) for r in rows] == [
        ("achievement", "1000", "亿元", ">", "规模工业总产值"), ("achievement", "2000", "亿元", ">", "地区生产总值")]


def test_progress_against_the_years_plan_is_an_achievement():
    assert facts("截至6月底,已完成投资31亿元,占年度计划的52%。", "2022-07-05") == [
        ("achievement", "31", "亿元", "="), ("achievement", "52", "%", "=")]


def test_a_plan_after_a_semicolon_does_not_reach_back():
    body = "去年园区营收90亿元。全区完成税收7.6亿元,增长9%;今年目标为增长12%。"
    assert facts(body) == [("achievement", "90", "亿元", "="), ("achievement", "7.6", "亿元", "="),
                           ("achievement", "9", "%", "="), ("target", "12", "%", "=")]


def test_months_so_far_are_results():
    assert facts("今年1月至10月,园区完成工业总产值288亿元,同比增长9.5%。", "2022-11-20") == [
        ("achievement", "288", "亿元", "="), ("achievement", "9.5", "%", "=")]


def test_a_span_of_past_years_reports_results_and_its_estimated_rate_follows_them():
    body = ("五年来,园区新落户项目90多个。2019年至2021年,园区分别实现营收80亿元、95亿元、120亿元,"
            "预计年均增长22%;分别完成投资30亿元、35亿元、41亿元,预计年均增长17%。")
    got = facts(body, "")
    assert {k for k, _, _, _ in got} == {"achievement"}
    assert [v for _, v, _, _ in got] == ["90", "80", "95", "120", "22", "30", "35", "41", "17"]


def test_an_estimate_of_a_year_that_is_over_is_an_achievement():
    body = "2021年,园区预计完成工业产值420亿元,税收18亿元。2022年,园区力争工业产值突破480亿元。"
    assert facts(body, "2021-12-20") == [
        ("achievement", "420", "亿元", "="), ("achievement", "18", "亿元", "="), ("target", "480", "亿元", ">")]
    # the same estimate in the year's own spring is an aim
    assert facts("今年预计完成工业产值420亿元。", "2021-04-02") == [("target", "420", "亿元", "=")]
    # an estimate of last year's result in a new-year report
    assert facts("2021年园区预计实现营收300亿元。", "2022-01-10") == [("achievement", "300", "亿元", "=")]
    # a December article speaking of next year still aims
    assert facts("明年预计新增企业40家。", "2021-12-20") == [("target", "40", "家", "=")]


def test_a_growth_rate_shares_the_kind_of_its_figure():
    body = "今年1-9月,园区完成营收65亿元,增长12%,高于全市3个百分点;全年力争营收增长15%。"
    assert facts(body, "2022-10-10") == [
        ("achievement", "65", "亿元", "="), ("achievement", "12", "%", "="),
        ("achievement", "3", "个百分点", "="), ("target", "15", "%", "=")]


def test_the_base_of_a_target_rate_does_not_make_it_a_result():
    assert facts("今年力争税收18亿元,同比增长12%;园区计划完成投资90亿元,比上年增长8%。") == [
        ("target", "18", "亿元", "="), ("target", "12", "%", "="),
        ("target", "90", "亿元", "="), ("target", "8", "%", "=")]


def test_things_about_to_start_are_counted_now():
    got = facts("目前,园区在建和即将开工项目15个,总投资52亿元。")
    assert {k for k, _, _, _ in got} == {"achievement"}


def test_a_review_paragraph_keeps_reporting_through_weak_plan_words():
    body = "去年,园区各项工作取得明显成效。加快推进道路建设,全年新增绿化5万平方米。"
    assert facts(body, "2022-03-01") == [("achievement", "5", "万平方米", "=")]


def test_parallel_items_of_a_paragraph_with_the_same_figure_are_two_facts():
    body = "在装备制造产业上,力争形成50亿级产业规模。在食品加工产业上,力争形成50亿级产业规模。"
    got = facts(body)
    assert got == [("target", "50", "亿", "=")] * 2


def test_a_rank_is_an_upper_bound_not_a_head_count():
    rows = extract_targets(article("力争综合考评进入全省前10位。"))
    assert [(r["kind"], r["value"], r["unit"], r["comparator"]) for r in rows] == [("target", "10", "位", "<=")]
    assert rows[0]["category"] != "人才"


def test_non_figures_make_no_rows():
    assert facts("实施“九大工程”,打造两个街区,推进“1330”行动2.0,建设5G基站,2023年1月召开会议。") == []


def test_sentence_is_the_source_sentence():
    body = "园区概况。\n今年,园区将新增国家高新技术企业20家,引进博士15名。"
    rows = extract_targets(article(body))
    assert {r["sentence"] for r in rows} == {"今年,园区将新增国家高新技术企业20家,引进博士15名。"}
    assert [r["metric"] for r in rows] == ["新增国家高新技术企业", "引进博士"]


def test_category_and_group():
    rows = extract_targets(article("今年力争研发经费投入5亿元,完成固定资产投资80亿元,盘活低效用地1200亩。"))
    assert [(r["category"], r["group"]) for r in rows] == [
        ("研发/创新", "科技创新"), ("投资", "发展质量"), ("土地/空间", "绿色发展")]
    assert rows[0]["value_norm"] == "500000000" and rows[0]["unit_norm"] == "元"


def test_reference_year_of_a_late_repost():
    body = ("2019年的园区交出了高分答卷。\n“2020年依然是园区打基础的一年。”主任说。\n"
            "去年,园区引进项目30个。今年将引进项目40个。")
    a = article(body, "2023-05-01")
    assert reference_year(a) == 2020
    rows = extract_targets(a)
    assert [(r["kind"], r["value"], r["year"]) for r in rows] == [("achievement", "30", "2019"), ("target", "40", "2020")]


def test_reference_year_is_the_publish_year_normally():
    assert reference_year(article("2021年园区引进项目30个。今年将引进项目40个。", "2022-01-20")) == 2022


def test_traditional_page_gives_simplified_rows():
    page = "園區工作要點\n開發區今年力爭引進億元以上項目２０個,新增高新技術企業１５家以上。\n去年完成固定資產投資超過１２０億元。"
    a = clean_text(page, "trad.txt")
    a.publish_date = "2022-03-01"
    rows = extract_targets(a)
    assert [(r["kind"], r["value"], r["unit"], r["comparator"]) for r in rows] == [
        ("target", "20", "个", "="), ("target", "15", "家", ">="), ("achievement", "120", "亿元", ">")]
    assert all(not re.search(r"[億項個]", r["sentence"]) for r in rows)


def test_no_publish_date_and_no_year_leaves_year_empty():
    rows = extract_targets(article("力争引进项目50个。", ""))
    assert [(r["kind"], r["value"], r["year"]) for r in rows] == [("target", "50", "")]


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="scorer or seed gold not available")
def test_seed_targets_and_achievements_f1(tmp_path):
    out = tmp_path / "pred"
    subprocess.run([sys.executable, "-m", "devzone", "extract", "--out", str(out), str(ROOT / "seeds")],
                   check=True, capture_output=True, cwd=ROOT)
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(out)],
                         capture_output=True, text=True, check=True)
    scores = dict(re.findall(r"(\w+)_f1=([\d.]+)", res.stdout))
    assert float(scores["targets"]) >= 0.90, res.stdout
    assert float(scores["achievements"]) >= 0.85, res.stdout
    provenance = re.findall(r"provenance=([\d.]+)", res.stdout)
    assert provenance and all(float(p) == 1.0 for p in provenance[:2]), res.stdout
    rows = _read(out / "targets.csv")
    assert {r["kind"] for r in rows} == {"target", "achievement"}
    assert all(r["sentence"] and r["metric"] for r in rows)


def test_a_submitted_project_list_is_part_of_the_plan():
    got = facts("省级重点项目,已申报项目18个,总投资96亿元,2022年计划投资30亿元。")
    assert got == [("target", "18", "个", "="), ("target", "96", "亿元", "="), ("target", "30", "亿元", "=")]


def test_an_estimate_of_a_closed_year_with_jiang_is_a_result():
    rows = extract_targets(article("据统计,2021年园区工业产值预计将达到520亿元,同比增长15.5%。", "2022-01-08"))
    assert [(r["kind"], r["value"], r["year"]) for r in rows] == [
        ("achievement", "520", "2021"), ("achievement", "15.5", "2021")]


def test_an_earlier_rate_base_does_not_turn_later_aims_into_results():
    got = facts("今年力争实现营业收入50亿元,同比增长20%;税收3亿元,同比增长25%。")
    assert [k for k, *_ in got] == ["target"] * 4


@pytest.mark.parametrize("body", [
    "该园区是全省首批设立的5个化工园区之一。",
    "管委会领导与园区45位企业家欢聚一堂,共话发展。",
    "会上表彰了20家年度纳税先进企业。",
    "会议在管委会设1个主会场,各街道设分会场。",
])
def test_peer_classes_and_meeting_counts_are_not_zone_figures(body):
    assert facts(body) == []


def test_the_class_a_rank_is_taken_in_is_no_figure_but_the_place_is():
    # CONTRACT.md (前N位): the zone's place in a ranking is its figure; the size of the ranked class is not
    assert facts("园区在全国230家国家级经开区中综合排名第21位。", date="2022-06-20") == [("achievement", "21", "位", "=")]


def test_a_peer_class_word_elsewhere_keeps_real_counts():
    assert facts("今年力争引进企业30家,其中世界500强企业2家。") == [
        ("target", "30", "家", "="), ("target", "2", "家", "=")]


def test_an_undated_year_turn_page_looks_back_on_the_year_it_names():
    body = "岁末年初,喜讯频传。2023年园区生产总值预计增长7%左右,完成工业投资210亿元。新的一年,园区将再接再厉。"
    a = Article(file="t.txt", body=body, publish_date="")
    assert reference_year(a) == 2024
    assert [(r["kind"], r["value"], r["year"]) for r in extract_targets(a)] == [
        ("achievement", "7", "2023"), ("achievement", "210", "2023")]


def test_an_undated_new_year_page_that_plans_the_year_it_names_keeps_it():
    body = "新的一年,园区将推动2023年规上企业入园率提升至60%。"
    assert reference_year(Article(file="t.txt", body=body, publish_date="")) == 2023


def test_a_goal_reached_is_a_result_but_a_goal_pursued_is_an_aim():
    assert facts("园区在建的40个项目全部按期达到年度目标。") == [("achievement", "40", "个", "=")]
    assert facts("为了实现这样的目标,园区今年谋划了项目15个。")[0][0] == "target"


def test_a_year_with_elapsed_months_reports_on_them():
    rows = extract_targets(article("2022年1—4月园区完成工业投资12亿元,同比增长9%。", "2022-05-20"))
    assert [(r["kind"], r["value"], r["year"]) for r in rows] == [
        ("achievement", "12", "2022"), ("achievement", "9", "2022")]


def test_a_breakdown_does_not_lend_its_markers_to_the_total():
    got = facts("今年以来,园区招商成效明显。新签约项目8个,总投资30亿元,其中一个项目达产后预计年产值50亿元。",
                "2022-07-01")
    assert [k for k, *_ in got][:2] == ["achievement", "achievement"]


def test_a_plan_period_speaks_like_its_end_year():
    assert facts("“十三五”期间,园区引进项目260个。", "2022-03-01") == [("achievement", "260", "个", "=")]
    assert facts("“十四五”末,园区工业总产值达到800亿元。", "2022-03-01") == [("target", "800", "亿元", "=")]
    assert facts("“十四五”以来,园区引进项目80个。", "2023-03-01") == [("achievement", "80", "个", "=")]


def test_what_a_plan_builds_on_already_exists():
    got = facts("今年园区将深化招商,依托3个省级创新平台,力争引进项目20个。")
    assert got == [("achievement", "3", "个", "="), ("target", "20", "个", "=")]


def test_a_lone_rate_base_still_tells_of_results():
    got = facts("园区实现营业收入86亿元,同比增长12%,税收4.5亿元。\n新的一年,力争计划引进项目30个。", "2022-02-10")
    assert [k for k, *_ in got] == ["achievement"] * 3 + ["target"]


def test_an_undated_review_of_a_year_reports_results():
    body = ("2019年,临江高新区实现规上工业产值312.6亿元,同比增长9.4%。\n"
            "2019年园区新签约亿元以上项目18个,完成工业投资46亿元。\n"
            "园区将继续优化营商环境。")
    a = article(body, date="")
    assert reference_year(a) == 2020
    kinds = {(r["value"], r["kind"], r["year"]) for r in extract_targets(a)}
    assert ("312.6", "achievement", "2019") in kinds and ("18", "achievement", "2019") in kinds


def test_an_undated_plan_for_a_year_stays_a_target():
    a = article("2024年,临江高新区力争实现规上工业产值350亿元,新签约项目20个。", date="")
    assert reference_year(a) == 2024
    assert {r["kind"] for r in extract_targets(a)} == {"target"}


def test_a_signing_that_took_place_is_a_result_but_a_planned_one_is_a_target():
    got = facts("5月8日,在临江开发区项目集中签约活动上,总投资45.6亿元的12个项目成功落地并完成签约。")
    assert {(k, v, u) for k, v, u, _ in got} == {("achievement", "45.6", "亿元"), ("achievement", "12", "个")}
    got = facts("今年,临江开发区计划签约项目30个,洽谈项目60个。")
    assert {k for k, *_ in got} == {"target"}


def test_a_plan_heading_frames_the_figures_below_it():
    body = "2025年主要目标\n实现地区生产总值增长7%以上;规上工业增加值增长10%左右。"
    assert {r["kind"] for r in extract_targets(article(body, date="2025-02-20"))} == {"target"}


def test_a_review_heading_frames_the_figures_below_it():
    body = "2024年工作回顾\n全年新签约项目36个,完成固定资产投资88亿元。"
    assert {r["kind"] for r in extract_targets(article(body, date="2024-11-20"))} == {"achievement"}


def test_result_verbs_without_plan_words_report_results():
    rows = extract_targets(article("今年以来,园区建成投产项目21个,到账外资2.3亿美元。", date="2024-10-08"))
    assert [(r["value"], r["kind"]) for r in rows] == [("21", "achievement"), ("2.3", "achievement")]


def test_an_estimate_for_elapsed_months_is_a_result():
    rows = extract_targets(article("1-10月,园区预计完成工业投资56.3亿元,增长8.1%。", date="2024-11-05"))
    assert [(r["value"], r["kind"]) for r in rows] == [("56.3", "achievement"), ("8.1", "achievement")]


@pytest.mark.parametrize(("body", "kind"), [
    # a paragraph on a year that is over, then 预计 without a time of its own: that year's estimated result
    ("2024年,园区经济发展呈现蓬勃态势。预计实现地区生产总值增长6.5%,居民人均可支配收入增长7%。", "achievement"),
    ("2025年,园区经济将稳步发展。预计实现地区生产总值增长6.5%,居民人均可支配收入增长7%。", "target"),
    ("园区经济发展呈现蓬勃态势。预计实现地区生产总值增长6.5%,居民人均可支配收入增长7%。", "target"),
])
def test_an_estimate_after_a_closed_year_is_its_result(body, kind):
    assert {r["kind"] for r in extract_targets(article(body, date="2025-01-02"))} == {kind}


def _cue_rows() -> list[dict]:
    with open(KIND_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _marked(example: str) -> tuple[str, str]:
    """The body of an example (\\n for a line break) and the figure it marks with [ ]."""
    body = example.replace("\\n", "\n")
    figure = re.search(r"\[(.+?)\]", body).group(1)
    return body.replace("[", "").replace("]", ""), figure


@pytest.mark.parametrize("row", _cue_rows(), ids=lambda r: r["cue"])
def test_kind_cues_table(row):
    """Every row of data/kind_cues.csv: its positive example gives the marked figure the row's kind (no row
    for ``none``; an empty year, the article's, or that of the page's date and none without one, when the row says
    so); its negative example gives the same figure the other
    kind (a row of either kind for ``none``)."""
    other = {"target": "achievement", "achievement": "target", "none": "any"}[row["kind"]]
    for example, kind in ((row["positive"], row["kind"]), (row["negative"], other)):
        body, figure = _marked(example)
        got = [r for r in extract_targets(article(body, "2022-06-20")) if r["value"] + r["unit"] == figure]
        if kind == "none":  # not a fact of the zone: no row
            assert not got, (row["cue"], example, got)
            continue
        assert got and kind in ("any", got[0]["kind"]), (row["cue"], example, got)
        if example is row["positive"] and row["year"] == "empty":
            assert got[0]["year"] == ""
        if example is row["positive"] and row["year"] == "news":  # the article's own year
            assert got[0]["year"] == "2022"
        if example is row["positive"] and row["year"] == "shown":  # the year of the page's date, none without one
            assert got[0]["year"] == "2022"
            undated = [r for r in extract_targets(Article(file="t.txt", body=body)) if r["value"] + r["unit"] == figure]
            assert undated and undated[0]["year"] == "", (row["cue"], undated)


@pytest.mark.parametrize(("example", "year"), [
    # what a project described in the news will build has no year; a plan's task to build it has the plan's
    ("其中,绿芯公园总投资约1.6亿元,将落实海绵城市理念,建设公园约33400平方米、清水河绿地约[2260平方米]。", ""),
    ("加快实施好当家产业园项目,投资10亿元,建设总部研发大楼、标准厂房[10万平米]。", "2022"),
])
def test_what_a_project_will_build_has_no_year_unless_planned(example, year):
    body, figure = _marked(example)
    got = [r for r in extract_targets(article(body, "2022-02-10")) if r["value"] + r["unit"] == figure]
    assert got and got[0]["kind"] == "target" and got[0]["year"] == year, got


@pytest.mark.parametrize(("body", "kind"), [
    # a lead on the year so far opens a report: its year-end estimate is a result
    ("今年以来,园区经济稳中向好,现将有关情况报告如下。\n预计全年实现地区生产总值685亿元,增长8.5%。", "achievement"),
    ("园区经济稳中向好,现将有关打算报告如下。\n预计全年实现地区生产总值685亿元,增长8.5%。", "target"),
])
def test_a_report_on_the_year_so_far_estimates_results(body, kind):
    assert {r["kind"] for r in extract_targets(article(body, date="2022-11-20"))} == {kind}


@pytest.mark.parametrize(("body", "kind"), [
    # a paragraph without any marker goes on with the paragraph before it
    ("去年,园区实现产值100亿元,增长8%。\n新建学校7所,新增学位1万个。", "achievement"),
    ("今年,园区力争产值100亿元,增长8%。\n新建学校7所,新增学位1万个。", "target"),
])
def test_a_paragraph_without_markers_goes_on_with_the_one_before(body, kind):
    rows = extract_targets(article(body, date="2022-03-01"))
    assert {r["kind"] for r in rows if r["unit"] in ("所", "万个")} == {kind}


@pytest.mark.parametrize(("date", "body", "figure", "kind"), [
    # _kind_before: only a paragraph of aims hands an aim on to the next paragraph's unmarked figures
    # a plan word closing a paragraph of results (将进一步…) looks at no figure: the next paragraph still reports
    ("2024-01-10", "参与此次签约的15个项目涵盖新能源等领域,将进一步集聚发展动能。\n6月份,园区共新引进产业项目48个。", "48个", "achievement"),
    ("2024-01-10", "今年,园区力争签约项目15个,将进一步集聚发展动能。\n园区共新引进产业项目48个。", "48个", "target"),
    # nor a plan word in a paragraph without figures (努力在…方面狠下功夫): the paragraphs before it decide, and a plan
    # paragraph without figures opening the page opens a list of aims (targets.section_kind)
    ("2024-01-10", "今年1-6月,园区实现规上工业增加值39.5亿元,同比增长35.8%。\n园区努力在创新主体培育方面狠下功夫。\n"
     "同时,精准推荐53家数字化改革支撑企业。", "53家", "achievement"),
    ("2024-01-10", "2024年,园区将重点抓好以下工作。\n新引进产业项目48个。", "48个", "target"),
    # a figure no plan word reaches stands before them: a profile or an event report opening a page that plans later
    # on reports (targets.section_kind; the page's overall tone, 今年…力争 here, made it an aim)
    ("2024-01-10", "全区规划陆域面积353平方公里,海域面积350平方公里。\n今年,园区力争引进项目20个,计划投资50亿元。",
     "353平方公里", "achievement"),
    ("2024-01-10", "经统计,全区春节期间加班生产的企业有30家。\n今年,园区力争引进项目20个,计划投资50亿元。", "30家",
     "achievement"),
    ("2024-01-10", "今年,园区力争引进项目20个,计划投资50亿元。\n全区规划陆域面积353平方公里。", "20个", "target"),
    # kind_markers plan_as_noun: a land quota's name (规划建设用地) and counted plans (三规划(总规、控规…)) mark no aim
    ("2022-06-20", "去年,园区新增规划建设用地规模1万余亩,规划新建道路3条。", "1万亩", "achievement"),
    ("2022-06-20", "去年,园区新增规划建设用地规模1万余亩,规划新建道路3条。", "3条", "target"),
    ("2022-06-20", "园区新建道路2.4千米,“三规划(总规、控规、产规)”全部完成。", "2.4千米", "achievement"),
    ("2022-06-20", "园区新建道路2.4千米,规划(总规、控规)全部完成。", "2.4千米", "target"),
    # kind_markers plan_as_noun (tgt24): a planned area named (规划区, 规划核心区) marks no aim
    ("2022-06-20", "园区位于城市规划区内,建成和在建50平方公里。", "50平方公里", "achievement"),
    ("2022-06-20", "园区位于城市规划开发区内,建成和在建50平方公里。", "50平方公里", "target"),
    # kind_markers programme_plan: a plan or programme drawn up (行动计划, 投资计划, 合作计划…) marks no aim
    # (tgt24: a quoted programme's name, “万人计划”, too)
    ("2022-06-20", "园区新增省“万人计划”人才12人。", "12人", "achievement"),
    ("2022-06-20", "园区计划新增省级人才12人。", "12人", "target"),
    ("2022-06-20", "2021年,园区出台制造业高质量发展行动计划及若干措施,新增规上企业12家。", "12家", "achievement"),
    ("2022-06-20", "2021年,园区制定全年项目投资计划,完成固定资产投资264亿元。", "264亿元", "achievement"),
    ("2022-06-20", "2021年,园区成为中欧环境管理合作计划试验区,引进外资企业25家。", "25家", "achievement"),
    # 计划 as a verb, or a plan's own figure, still aims
    ("2022-06-20", "2021年,园区计划新增规上企业12家。", "12家", "target"),
    ("2022-06-20", "园区年度项目投资计划为264亿元。", "264亿元", "target"),
    # kind_markers change_to_past_year: a change told up to a year that is over names no deadline
    ("2022-06-20", "外贸进出口额从2019年的86.71亿元增长到2021年的146.37亿元,年均增长30%。", "146.37亿元", "achievement"),
    ("2022-06-20", "工业总产值从2018年的66.21亿元稳步增长至2021年的168.07亿元。", "168.07亿元", "achievement"),
    # up to a year to come it is an aim
    ("2022-06-20", "外贸进出口额从2021年的86.71亿元增长到2025年的146.37亿元。", "146.37亿元", "target"),
    # kind_markers change_from_year: a change told from a named year up to the page's own year reports how far it came
    ("2020-06-20", "地区生产总值从2015年的94.42亿元到2020年的161.7亿元,年均增长9.1%。", "161.7亿元", "achievement"),
    ("2020-06-20", "地区生产总值从2015年的94.42亿元到2020年的161.7亿元,年均增长9.1%。", "94.42亿元", "achievement"),
    ("2020-06-20", "地区生产总值到2020年达到161.7亿元,年均增长9.1%。", "161.7亿元", "target"),
    # kind_cues review_estimate: the metric may stand between 预计 and its verb; a period there is no elapsed one
    ("2017-10-20", "1~9月份,园区经济总体呈现出“平稳有进,趋势向好”的运行态势,实现生产总值增长11%,预计固定资产投资完成520亿元,"
     "工业投资完成164.77亿元。", "164.77亿元", "achievement"),
    ("2017-06-20", "1至5月,园区运行平稳。预计上半年完成工业生产总值6.69亿元。", "6.69亿元", "target"),
    # kind_cues estimate_against_last_year: an estimate measured against last year, its verb left out
    ("2023-01-20", "2022年,园区砥砺前行。\n预计地区生产总值同比增长3.5%左右,固定资产投资居全市第一。", "3.5%", "achievement"),
    ("2023-01-20", "2022年,园区砥砺前行。\n力争地区生产总值同比增长3.5%左右,固定资产投资居全市第一。", "3.5%", "target"),
    # kind_markers planned_total_investment: 计划总投资 is a project's size, told right after its name
    ("2022-06-20", "新材料产业园项目计划总投资4.83亿元,总建筑面积15万平方米,主要包括标准化厂房。", "15万平方米", "achievement"),
    # a plan word of its own still aims: 计划引进 (not 计划总投资), 年度计划投资
    ("2022-06-20", "研发生产总部项目计划引进企业20家,计划总投资10亿美元。", "10亿美元", "target"),
    # kind_markers effort / level: an effort verb sizing what it works on is read as the paragraphs before read
    ("2024-10-10", "今年以来,园区顺利完成了一季度主要经济指标既定目标。\n园区积极推动二期南扩区域4.12平方公里开发建设,"
     "促进产业落户。", "4.12平方公里", "achievement"),
    ("2024-01-10", "今年,园区力争新签约项目15个。\n园区积极推动二期南扩区域4.12平方公里开发建设。", "4.12平方公里", "target"),
    ("2024-10-10", "今年先后签约重大项目22个,总投资168亿元。\n加快建设总投资526亿元的40个重点工程,壮大集群实力。", "526亿元",
     "achievement"),
    # with nothing before it, an effort verb still looks ahead; a level it drives at is an aim whatever came before
    ("2024-10-10", "园区加快建设总投资526亿元的40个重点工程,壮大集群实力。", "526亿元", "target"),
    ("2022-06-20", "2021年,园区完成规上工业总产值258.3亿元。\n当前,园区正全速推进一批重大项目,推动两大产业集群规模突破500亿元。",
     "500亿元", "target"),
    # kind_markers planned_and_built: 规划建设 is an effort verb, read as its context reads
    ("2022-01-20", "在过去一年,园区深入开展攻坚行动。节能环保产业取得突破,高标准规划建设20平方公里产业园区,引进项目23个。",
     "20平方公里", "achievement"),
    ("2022-01-20", "新的一年,园区高标准规划建设20平方公里产业园区,引进项目23个。", "20平方公里", "target"),
    # kind_markers planned_total_investment: 计划投资 / 计划总投资额 of a project or a signed firm is its size, and the
    # projects it sizes were signed; a zone's plan to invest (计划投资…建设) and a year's share still aim
    ("2024-05-10", "该项目计划投资超50亿元,建成后将推动新型电力系统技术研发与产业应用。", "50亿元", "achievement"),
    ("2024-03-10", "截至2月底,计划总投资额超183亿元的4个项目相继签约落户。", "4个", "achievement"),
    ("2024-05-10", "园区计划投资5亿元建设道路。", "5亿元", "target"),
    ("2024-05-10", "市级重点项目13个,总投资101亿元,年度计划投资16.8亿元。", "16.8亿元", "target"),
    # kind_markers as_of_year: a state as of a date is no deadline, even in the page's own year
    ("2023-12-20", "截至2023年底,产业园入园企业总计326家,其中规上企业188家。", "326家", "achievement"),
    ("2023-01-20", "到2023年底,产业园入园企业总计326家,其中规上企业188家。", "326家", "target"),
    # kind_markers year_end_estimate: an estimate of the year's result before the year is over
    ("2022-10-20", "截至10月底,稀土产业产值410亿元,预计年底达到1100亿元以上。", "1100亿元", "achievement"),
    ("2011-11-20", "合同利用外资17886万美元,同比增长100.9%......预计到今年底,全年地区生产总值370亿元。", "100.9%", "achievement"),
    ("2022-10-20", "另有3家企业正在洽谈之中,预计今年年底进园企业将达到12家,引进资金1亿元。", "1亿元", "achievement"),
    ("2022-10-20", "预计上半年完成工业生产总值6.69亿元。", "6.69亿元", "target"),
    # a deadline already passed (到2022年 on a page of 2024) tells what was reached by then; a span of years (2012至
    # 2023年) names no deadline at all
    ("2024-03-01", "全区进出口额由2021年的180亿元增至2022年的300亿元,再到2023年的420亿元。2024年1-2月,进出口额增长5%。",
     "420亿元", "achievement"),
    ("2024-03-01", "全区进出口额由2023年的180亿元增至2024年的300亿元,再到2025年的420亿元。", "420亿元", "target"),
    ("2023-05-01", "2012至2023年,园区地区生产总值年均增长10.5%。", "10.5%", "achievement"),
    ("2023-05-01", "2012年至今,园区地区生产总值年均增长10.5%,至2025年达到300亿元。", "300亿元", "target"),
])
def test_kind_markers_decide_the_kind_of_a_figure(date, body, figure, kind):
    assert kinds_of(body, figure, date) == [kind]


@pytest.mark.parametrize(("body", "figure", "kind", "year"), [
    # kind_cues capacity_per_year: a project's yearly capacity is what it will yield, its product named or not
    ("该项目总投资达1.08亿元,用地45亩,可年产饲料12万吨。", "12万吨", "target", ""),
    ("项目投产后,年产面粉生产设备8000台、大型面粉生产线50条。", "8000台", "target", ""),
    ("该项目于2021年开工,主要生产年产10万吨活性石灰。", "10万吨", "target", ""),
    # a year's output is no capacity
    ("去年,园区企业去年产粮食12万吨,增长5%。", "12万吨", "achievement", "2021"),
])
def test_a_projects_capacity_is_a_target_with_its_product_named(body, figure, kind, year):
    rows = extract_targets(article(body, date="2022-06-20"))
    assert [(r["kind"], r["year"]) for r in rows if r["value"] + r["unit"] == figure] == [(kind, year)], rows


@pytest.mark.parametrize(("body", "figure", "kept"), [
    # kind_cues size_class: an amount or tonnage naming a class of berths, projects or firms is no figure
    ("近期还将建设十个5万-10万吨级的码头集群。", "10万吨", False),
    ("今年,园区码头年吞吐量将达10万吨。", "10万吨", True),
    ("力争年内在100亿元或10亿美元以上大项目上取得突破。", "100亿元", False),
    ("力争年内引进100亿元的大项目,取得突破。", "100亿元", True),
    ("培育一批产值超5亿元、税收超1000万元的龙头企业。", "5亿元", False),
    ("今年,园区将引进投资10亿元的龙头企业。", "10亿元", True),  # a named firm's investment
])
def test_a_size_class_is_no_figure(body, figure, kept):
    rows = extract_targets(article(body, date="2022-06-20"))
    assert any(r["value"] + r["unit"] == figure for r in rows) == kept, rows


def _marker_rows() -> list[dict]:
    with open(KIND_MARKERS_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _marker_rows(), ids=lambda r: r["marker"])
def test_kind_markers_table(row):
    """Every row of data/kind_markers.csv: its positive example gives the marked figure the kind the row says
    (``gives``), its negative example (the row's pattern absent) the other kind."""
    other = {"target": "achievement", "achievement": "target"}[row["gives"]]
    for example, kind in ((row["positive"], row["gives"]), (row["negative"], other)):
        body, figure = _marked(example)
        got = [r for r in extract_targets(article(body, "2022-06-20")) if r["value"] + r["unit"] == figure]
        assert got and got[0]["kind"] == kind, (row["marker"], example, got)


@pytest.mark.parametrize(("body", "kind"), [
    # a plan word in a sentence of results hands no aim on to the results told after it in its paragraph
    ("去年,园区新增企业20家,将进一步壮大产业集群。全区新增项目8个。", "achievement"),
    # nor one in a sentence without figures after them
    ("园区新增企业20家。园区将以科学规划为先导。全区新增项目8个。", "achievement"),
    # a plan sentence without figures opening the paragraph opens a list of aims; a sentence of aims hands them on
    ("今年,园区将重点抓好项目建设。全区新开工项目8个。", "target"),
    ("今年,园区力争新增企业20家。全区新开工项目8个。", "target"),
])
def test_a_plan_word_hands_an_aim_on_only_from_a_sentence_of_aims(body, kind):
    assert kinds_of(body, "8个", "2024-03-01") == [kind]


_RESULTS_2022 = "2022年,园区新增企业20家,同比增长15%,完成投资50亿元,累计引进项目120个。\n"
_RESULTS_OCTOBER = "截至10月底,园区新增企业20家,同比增长15%,完成投资50亿元,累计引进项目120个。\n"
_AIMS_2022 = "今年,园区力争新增企业20家,同比增长15%。\n"


@pytest.mark.parametrize(("body", "date", "figure", "kind_year"), [
    # on a page of results (targets.report_page: its own markers decide four in five figures as results) a softer plan
    # word handed on (要 in a slogan) reads as a result …
    (_RESULTS_2022 + "回首这一年,园区把握“经济要稳住、发展要安全”的要求。全区实现生产总值223亿元,增长5.1%。",
     "2023-01-20", "223亿元", ("achievement", "2022")),
    # … where nothing reports it still hands an aim on, and a firm aim word (kind_markers firm_aim) does on any page
    ("回首这一年,园区把握“经济要稳住、发展要安全”的要求。全区实现生产总值223亿元,增长5.1%。",
     "2023-01-20", "223亿元", ("target", "2023")),
    (_RESULTS_2022 + "回首这一年,园区确保“经济稳住、发展安全”。全区实现生产总值223亿元,增长5.1%。",
     "2023-01-20", "223亿元", ("target", "2023")),
    # an estimate of the year on a progress report is a result (CONTRACT.md), on a page of aims an aim
    (_RESULTS_OCTOBER + "预计全年,可完成技工贸总收入760亿元。", "2022-11-14", "760亿元", ("achievement", "2022")),
    (_AIMS_2022 + "预计全年,可完成技工贸总收入760亿元。", "2022-11-14", "760亿元", ("target", "2022")),
    # a project pool with the year's planned investment written after its count: results reported, or aims
    (_RESULTS_OCTOBER + "市级重点项目13个,总投资101亿元,年度计划投资16.8亿元,现已完成投资6亿元。", "2022-11-14", "13个",
     ("achievement", "2022")),
    (_AIMS_2022 + "市级重点项目13个,总投资101亿元,年度计划投资16.8亿元。", "2022-03-14", "13个", ("target", "2022")),
])
def test_a_soft_aim_on_a_page_of_results_is_a_result(body, date, figure, kind_year):
    rows = extract_targets(article(body, date))
    assert [(r["kind"], r["year"]) for r in rows if r["value"] + r["unit"] == figure] == [kind_year], rows


@pytest.mark.parametrize(("body", "kind"), [
    # the page's own year (kind_markers own_year) dates an aim only where its statement plans
    ("2024年,全区新增城镇就业人数10474人,失业人员实现再就业3258人。", "achievement"),
    ("今年是开发区建设38周年,从最初的9.6平方公里到如今辖区面积484平方公里。", "achievement"),
    ("2024年,全区力争新增城镇就业人数10474人,失业人员实现再就业3258人。", "target"),
    ("今年,园区共谋划重点项目10474个,总投资3258亿元。", "target"),
])
def test_the_pages_own_year_dates_an_aim_only_where_its_statement_plans(body, kind):
    rows = extract_targets(article(body, date="2024-05-20"))
    assert {r["kind"] for r in rows if r["value"] in ("10474", "9.6")} == {kind}


@pytest.mark.parametrize(("body", "figure", "kind"), [
    # an undated page reporting on its own year (dates.reports_own_year) reads that year as over: its estimates are
    # results (CONTRACT.md: a year-end estimate in a review) …
    ("2019年,园区预计实现规上工业产值320亿元,增长8%;新区预计完成固定资产投资95亿元。", "95亿元", "achievement"),
    ("园区2019年经济运行情况\n2019年,园区预计实现规上工业产值320亿元。\n年内新开工重点项目29个。", "29个",
     "achievement"),
    # … unless the page plans that year (2019年,园区将…; 力争), or the statement does (年内安排: the year's plan)
    ("2019年,园区将着力培育新动能,预计实现规上工业产值320亿元,增长8%。", "320亿元", "target"),
    ("2019年,园区力争实现规上工业产值320亿元,增长8%;新区预计完成固定资产投资95亿元。", "95亿元", "target"),
    ("园区2019年经济运行情况\n2019年,园区预计实现规上工业产值320亿元。\n年内安排重点项目29个。", "29个", "target"),
])
def test_an_undated_page_on_its_own_year_reads_it_as_over(body, figure, kind):
    rows = extract_targets(Article(file="t.txt", body=body))
    assert [r["kind"] for r in rows if r["value"] + r["unit"] == figure] == [kind], rows


@pytest.mark.parametrize(("body", "kind"), [
    # a goal the year's work was oriented toward names no figure: the results reported after it stay results
    ("2018年,开发区围绕市委确定的重点工作目标,狠抓落实。全年地区生产总值完成113亿元,增长5.5%。", "achievement"),
    ("今年以来,园区锚定高质量发展目标,积极推动产业升级。全年规上工业产值完成113亿元,增长5.5%。", "achievement"),
    # … also when the goal is named by a long list of aims
    ("开发区设立四年来,围绕建设现代产业集聚区、现代化新城区、改革开放先行区、生态建设示范区这一目标,"
     "加快崛起。全区财政收入四年时间增长了11亿元,增长5.5%。", "achievement"),
    # a goal stated with its figure still looks ahead
    ("2019年,开发区的目标是地区生产总值完成113亿元,增长5.5%。", "target"),
])
def test_a_goal_the_work_is_oriented_toward_is_no_plan_marker(body, kind):
    rows = extract_targets(article(body, date="2019-02-15"))
    assert {r["kind"] for r in rows if r["unit"] == "亿元"} == {kind}


@pytest.mark.parametrize(("body", "kind"), [
    ("今年前三季度,园区累计完成规上工业总产值2210亿元,同比增长4.3%。", "achievement"),
    ("今年,园区力争完成规上工业总产值2210亿元,同比增长4.3%。", "target"),
])
def test_this_years_elapsed_quarters_report_results(body, kind):
    rows = extract_targets(article(body, date="2023-10-20"))
    assert {r["kind"] for r in rows} == {kind}


@pytest.mark.parametrize(("body", "kind"), [
    # a preliminary year-end estimate against last year, on a page whose date leaves the year open (kind_cues
    # estimate_against_last_year)
    ("刚刚过去的一年,经开区各项事业齐头并进。\n初步预计,全年全区生产总值完成734亿元,同比增长10%左右。", "achievement"),
    # an estimate of a half-year still to come, told in May, looks ahead
    ("1至5月,园区工业生产总值完成5.88亿元。\n预计上半年完成6.69亿元,同比增长15.92%。", "target"),
])
def test_an_estimate_against_last_year(body, kind):
    rows = extract_targets(article(body, date=""))
    assert {r["kind"] for r in rows if r["value"] in ("734", "10", "6.69", "15.92")} == {kind}


@pytest.mark.parametrize(("body", "kind"), [
    # kind_markers signed_planned_investment: companies' planned investments told with the signing that took place
    ("A公司拟投资50亿元;B公司拟投资30亿元……1月份,新区成功签约项目56个,总投资达700亿元。", "achievement"),
    ("A公司拟投资50亿元;B公司拟投资30亿元,新区力争年内签约项目56个。", "target"),
])
def test_planned_investments_of_a_signing(body, kind):
    rows = extract_targets(article(body, date="2016-01-26"))
    assert {r["kind"] for r in rows if r["value"] in ("50", "30")} == {kind}


@pytest.mark.parametrize(("body", "kind"), [
    # kind_markers year_against_last_year: an undated statistics bulletin of the year its title names
    ("2023年国民经济和社会发展统计公报\n2023年,全区实现财政总收入44.81亿元,同口径增长15.8%。", "achievement"),
    ("2023年国民经济和社会发展计划\n2023年,全区力争实现财政总收入44.81亿元,同口径增长15.8%。", "target"),
])
def test_a_year_measured_against_the_year_before(body, kind):
    assert {r["kind"] for r in extract_targets(article(body, date=""))} == {kind}


@pytest.mark.parametrize(("body", "value", "kind"), [
    # a sentence without any strong marker opening a paragraph goes on with the paragraphs before it, before its
    # weak words (实施, 全年) are read: a review's 实施…项目86个 reports them
    ("2023年,园区完成投资100亿元,同比增长10%。\n实施市重大项目86个,开工率100%。", "86", "achievement"),
    ("2024年,园区力争完成投资100亿元。\n实施市重大项目86个,开工率100%。", "86", "target"),
    # … but a verb pushing for something (推动, 推进, 加快) still makes it an aim
    ("2021年,园区完成产值258亿元,同比增长14.5%。\n当前,园区推动产业集群规模突破500亿元。", "500", "target"),
    # … and a weak result word of its own (实现, 完成) still reports
    ("2024年,园区力争完成投资100亿元。\n全区实现营业收入5.9亿元。", "5.9", "achievement"),
])
def test_a_paragraph_of_weak_words_goes_on_with_the_paragraphs_before(body, value, kind):
    rows = extract_targets(article(body, date="2024-04-29"))
    assert [r["kind"] for r in rows if r["value"] == value] == [kind]


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a headline's figure the body does not state is a fact, a result unless the headline marks an aim
    ("9.3%!工业经济“向上生长”", "回首2023年,园区工业经济稳中有进。", [("achievement", "9.3", "%")]),
    ("力争高新技术企业总数突破170家", "去年,园区新增高新技术企业30家。",
     [("achievement", "30", "家"), ("target", "170", "家")]),
    # a headline repeating the body, rounded or with its unit cut short, is the same fact (CONTRACT.md)
    ("合同投资额402亿元", "22个重大项目集中签约,合同总投资额402.4亿元。", [("achievement", "22", "个"), ("achievement", "402.4", "亿元")]),
    ("上半年实现地区生产总值1689.5亿", "今年上半年,园区实现地区生产总值1689.5亿元。", [("achievement", "1689.5", "亿元")]),
])
def test_figures_of_the_headline(title, body, expected):
    rows = extract_targets(Article(file="t.txt", body=body, title=title, publish_date="2022-08-10"))
    assert [(r["kind"], r["value"], r["unit"]) for r in rows] == expected


def test_facts_of_two_paragraphs_sharing_only_generic_words_are_not_one_repeated():
    """dedupe: 实施市重大项目…开工率100% and 开工省级重点项目…投资完成率100% share 项目/重点 only: two facts; a lead
    repeating its body (新开工重点项目12个 twice) is still one."""
    rows = extract_targets(article("2023年,实施市重大项目86个,开工率100%。\n2023年,开工省级重点项目14个,投资完成率100%。",
                                   "2023-12-20"))
    assert [r["value"] for r in rows if r["unit"] == "%"] == ["100", "100"]
    rows = extract_targets(article("2023年园区新开工重点项目12个。\n今年以来,园区新开工重点项目12个,总投资30亿元。",
                                   "2023-12-20"))
    assert [r["value"] for r in rows if r["unit"] == "个"] == ["12"]
    # two rates sharing only the rate word (增长, 长率) are two facts (devset12, 15, 18, 42, 44, 59, 69)
    rows = extract_targets(article("2023年,规模以上工业增加值同比增长13.2%。\n2023年,一般公共预算收入148亿元,同比增长13.2%。",
                                   "2023-12-20"))
    assert [r["value"] for r in rows if r["unit"] == "%"] == ["13.2", "13.2"]
    # while a headline's rate of the same indicator (data/indicators.csv: GDP = 地区生产总值) is the body's, told again
    rows = extract_targets(article("二季度GDP同比增长4.6%。\n二季度,园区实现地区生产总值120亿元,同比增长4.6%。", "2023-07-20"))
    assert [r["value"] for r in rows if r["unit"] == "%"] == ["4.6"]


def test_facts_of_two_paragraphs_sharing_only_generic_pieces_and_a_count_referring_back():
    """签约项目5个 and 此次活动共有开工项目5个 share 项目 only: two facts; 所有23个项目 refers back to the 23 counted
    before: one."""
    rows = extract_targets(article("2022年,共外出招商17批次,签约项目5个。\n2022年,此次活动共有开工项目5个,总投资60亿元。",
                                   "2022-03-10"))
    assert [r["value"] for r in rows if r["unit"] == "个"] == ["5", "5"]
    rows = extract_targets(article("今年开发区的迎展行动包括23个项目。\n开发区制定了所有23个项目的一项目一方案。", "2021-03-10"))
    assert [r["value"] for r in rows if r["unit"] == "个"] == ["23"]


@pytest.mark.parametrize(("body", "kind"), [
    # kind_markers cumulative_aim: a running total a deadline aims at is an aim, whatever its 累计
    ("到2027年,园区将建成协同发展示范区,累计承接项目投资超过1000亿元。", "target"),
    ("该项目计划五年累计落地5.5万台模组,商业化落地2万台无人车,产值收入共计超1000亿元。", "target"),
    # … but 截至 a year is no deadline, nor the planned cost of projects a plan: the running total is a result
    ("截至2018年年底,园区累计完成固定资产投资1000亿元。", "achievement"),
    ("2021年新签约项目81个,计划总投资488亿元,累计完成投资1000亿元。", "achievement"),
])
def test_a_running_total_aimed_at(body, kind):
    rows = extract_targets(article(body, date="2022-03-01"))
    assert [r["kind"] for r in rows if r["value"] == "1000"] == [kind]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="和及与会项目,a", max_size=20))
def test_words_after_the_last_joiner_as_split_says(s):
    """The words of a metric after its last joiner (和, 及, 与 but not 与会), found by rfind, are the last
    piece of splitting at the joiners."""
    assert targets._after_last_joiner(s) == targets._JOINER.split(s)[-1]


@pytest.mark.parametrize("body", [
    # kind_cues ranked_among: the size of the class a rank is taken in is no figure of the zone, whatever the rank verb
    "进出口总额在全国[148个]综保区中分别列第57位、第12位。",
    "多项指标增速在[19个]国家级新区中晋位提升。",
    "在全省[13个]产业园区中位于第三。",
    # kind_cues assessed_class: the field of a ranking or assessment without 在…中 (devset3, 15, 18, 21, 24)
    "出口在全国[159个]综保区出口排名第48位,取得较大突破。",
    "综合发展水平排名全国[217个]国家级经开区第15位、稳居西部第一。",
    "本次综合考评围绕6大类共计51项指标,对全省[99个]开发区进行全面科学考评。",
])
def test_the_class_a_rank_is_taken_in(body):
    text, figure = _marked(body)
    assert not [r for r in extract_targets(article(text, "2022-06-20")) if r["value"] + r["unit"] == figure]


def test_parks_of_the_zone_are_counted_when_no_ranking_takes_them_in():
    # labelled: 7个子园区 (devset13), 14个特色园区 (devset16), 2个工业园区 (devset24)
    got = [(r["value"], r["unit"]) for r in extract_targets(article(
        "园区已建成7个子园区,在三大领域相得益彰。", "2022-06-20"))]
    assert ("7", "个") in got


@pytest.mark.parametrize(("body", "value", "kind"), [
    # an estimate (预计, kind_markers estimate_reach) speaks of its own statement: the results after its semicolon
    # stay results (devset25 dev_474) …
    ("园区限上商品销售额完成598亿元;营利性服务业收入预计95亿元左右;固定资产投资完成42.5亿元,增长0.2%。", "42.5",
     "achievement"),
    # … as do the figures before it (devset23 dev_449) and those of the next sentence (devset27 dev_496) …
    ("集成电路产业集聚各类企业118家,产业链拓宽升级,预计全年产值增长97%。", "118", "achievement"),
    ("今年以来,园区新签约项目12个,其中工业制造业类10个,计划总投资18.44亿元,预计总产值51.32亿元。"
     "同时还在跟进有意向投资项目60余个。", "60", "achievement"),
    # … whereas 力争 still reaches past a semicolon
    ("园区限上商品销售额完成598亿元;营利性服务业收入力争95亿元;固定资产投资完成42.5亿元,增长0.2%。", "42.5",
     "target"),
])
def test_an_estimate_speaks_of_its_own_statement(body, value, kind):
    rows = extract_targets(article(body, date="2024-10-20"))
    assert [r["kind"] for r in rows if r["value"] == value] == [kind]


@pytest.mark.parametrize(("body", "value", "kind"), [
    # weak aim words of other clauses only (投资建设的, 实施启动) mark no aim: the plain statement reports
    # (devset19 dev_365, devset26 dev_482)
    ("天津临港经济区招商引资突破2000亿元,共174个项目落户临港,其中有9个项目是世界500强企业投资建设的。", "174",
     "achievement"),
    ("这一年,我们实施各类亿元以上项目90个,省市重点项目33个,总投资441亿元。", "33", "achievement"),
    # an effort verb of the figure's own clause still looks ahead (着力培育, devset24 dev_457)
    ("“七大产业板块”即:以引进龙头企业为支撑,着力培育有色金属、光电子等4个产值超200亿的主导产业集群。", "4", "target"),
])
def test_weak_aim_words_of_other_clauses_mark_no_aim(body, value, kind):
    rows = extract_targets(article(body, date="2024-10-20"))
    assert [r["kind"] for r in rows if r["value"] == value] == [kind]


@pytest.mark.parametrize("body, figures", [
    # what a built project will yield, listed on after a third comma or a 、, is a target of no year (devset12
    # dev_209, devset23 dev_448, devset4 dev_57) …
    ("该项目建成后将具备年产2万吨的能力,预计可实现年销售额50亿元,利税6亿元,创造就业岗位5000余个。",
     {"50亿元": ("target", ""), "6亿元": ("target", ""), "5000个": ("target", "")}),
    ("项目投产后,年产面粉生产设备8000台、大型面粉生产线50条。", {"8000台": ("target", ""), "50条": ("target", "")}),
    # … but a breakdown (其中…) or a year after the yield starts figures of their own (devset20 dev_384, devset21 dev_408)
    ("该项目建成后预计年销售收入200亿元,其中2020年实施一期,计划用地1319亩。", {"1319亩": ("target", "2020")}),
    ("参加集中投产企业共14家,达产后年新增产值80.9亿元,其中年产值新增亿元以上企业8家。", {"8家": ("target", "2022")}),
])
def test_a_yield_once_built_runs_on_through_its_list(body, figures):
    got = {r["value"] + r["unit"]: (r["kind"], r["year"]) for r in extract_targets(article(body, "2022-06-20"))}
    assert {k: got.get(k) for k in figures} == figures


@pytest.mark.parametrize(("body", "kind"), [
    # a plan word closing its clause names a goal or a programme (kind_markers plan_as_object): no aim past its comma
    ("去年,园区落实城市合伙人计划,签约引进8个重大项目。", "achievement"),
    ("去年,园区外贸恢复超过预期,新开口企业达8个。", "achievement"),
    ("园区以打造一流园区为目标,抢抓新机遇,新增项目8个。", "achievement"),
    # a goal that opens a list still marks what follows it
    ("今年,园区确定了发展的具体目标,即新增项目8个。", "target"),
    ("今年园区主要预期目标为:新增项目8个。", "target"),
])
def test_a_plan_word_closing_its_clause_marks_no_aim_past_it(body, kind):
    assert kinds_of(body, "8个", "2024-03-01") == [kind]


@pytest.mark.parametrize(("body", "figure", "kind"), [
    # kind_cues capacity_in_operation: a project producing has its capacity; one still to produce will yield it
    ("园区年产1.2万吨夜草特色食品项目已投产。", "1.2万吨", "achievement"),
    ("占地1500亩的150MW光伏发电项目并网发电。", "150MW", "achievement"),
    ("园区年产1.2万吨夜草特色食品项目预计年底投产。", "1.2万吨", "target"),
    ("园区年产1.2万吨夜草特色食品项目投产后,年产值可达5亿元。", "1.2万吨", "target"),
    # kind_markers planned_project_pool: projects to be built, counted with those under way, are a present pool
    ("目前,园区在建、拟建项目24个,计划总投资55亿元。", "24个", "achievement"),
    # …a signing still to come is not
    ("本届博览会园区拟签约项目37个,引资总额370亿元。", "37个", "target"),
    # kind_markers plan_document: a plan drawn up hands no aim on; a plan with its verb still looks ahead
    ("园区作了详细的产业规划,其中,高峰园29.26平方公里,重点发展装备制造。", "29.26平方公里", "achievement"),
    ("园区规划高峰园29.26平方公里,重点发展装备制造。", "29.26平方公里", "target"),
])
def test_what_is_built_or_drawn_up_is_no_aim(body, figure, kind):
    assert kinds_of(body, figure, "2022-06-20") == [kind]
