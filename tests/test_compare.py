"""Zone comparison on a tiny hand-made industries table."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from devzone import compare
from devzone.compare import (
    UNMAPPED,
    UNPLACED,
    category_counts,
    enterprise_entities,
    format_figure,
    indicator_cells,
    indicator_figures,
    indicator_matrix,
    investment_per_zone,
    jaccard,
    most_similar_pairs,
    overlap_grid,
    overlap_matrix,
    period_months,
    place_groups,
    progress,
    shared_industries,
    shared_industry_matrix,
    timeline_points,
    unit_factor,
    unmapped_figures,
    with_indicators,
    zone_industry_matrix,
    zone_overlap,
    zone_timeline,
    zones_by_place,
    zones_pursuing,
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


# ------------------------------------------------------------------ figures by indicator, progress

def figure(zone, kind, indicator, measure, value, unit, year, period="", comparator="=", file="a.txt",
           metric="", publish_date=""):
    """One targets row as the store gives it (value_norm / unit_norm from data/units.csv)."""
    base, factor = unit_factor(unit)
    return {"file": file, "zone": zone, "kind": kind, "metric": metric or indicator, "value": value,
            "unit": unit, "comparator": comparator, "year": year, "value_norm": value * factor,
            "unit_norm": base, "indicator": indicator, "measure": measure, "period": period,
            "publish_date": publish_date, "sentence": f"{metric or indicator}{value}{unit}"}


@pytest.fixture
def figures() -> pd.DataFrame:
    return pd.DataFrame([
        figure("甲区", "target", "固定资产投资", "amount", 100, "亿元", 2023, "全年", ">=", "plan.txt",
               publish_date="2023-02-01"),
        figure("甲区", "achievement", "固定资产投资", "amount", 560000, "万元", 2023, "上半年", file="review.txt",
               metric="完成固定资产投资", publish_date="2023-07-20"),
        figure("甲区", "achievement", "固定资产投资", "amount", 82, "亿元", 2022, "全年", file="plan.txt",
               publish_date="2023-02-01"),
        figure("甲区", "achievement", "固定资产投资", "growth", 12, "%", 2023, "上半年", file="review.txt"),
        figure("乙区", "target", "固定资产投资", "amount", 80, "亿元", 2023, file="b.txt"),
        figure("乙区", "target", "固定资产投资", "growth", 10, "%", 2023, comparator=">=", file="b.txt"),
        figure("乙区", "target", "unmapped", "", 84, "个", 2021, file="b.txt", metric="全力加快工业项目"),
        figure("乙区", "target", "", "", 3, "亿元", 2021, file="b.txt", metric="研发经费投入"),
    ])


def test_unit_factor_reads_prefixes_from_the_units_table():
    assert unit_factor("亿元") == ("元", 1e8)
    assert unit_factor("万平方米") == ("平方米", 1e4)
    assert unit_factor("%") == ("%", 1.0)
    assert unit_factor("斤两") is None


@pytest.mark.parametrize(("period", "months"), [("全年", 12), ("上半年", 6), ("1-9月", 9), ("截至9月底", 9),
                                                ("一季度", 3), ("", 12), ("十四五", 12)])
def test_period_months(period, months):
    assert period_months(period) == months


def test_format_figure():
    assert format_figure(100.0, "亿元", ">=", "2023", "全年") == "≥100亿元 (2023 全年)"
    assert format_figure(2.18890, "亿元") == "2.1889亿元"
    assert format_figure(float("nan"), "亿元") == ""


def test_missing_indicator_columns_mean_unmapped(figures):
    bare = figures.drop(columns=["indicator", "measure", "period", "publish_date"])
    assert set(with_indicators(bare)["indicator"]) == {UNMAPPED}
    assert indicator_figures(bare).empty
    assert len(unmapped_figures(bare)) == len(bare)


def test_unmapped_figures_are_listed_not_charted(figures):
    listed = unmapped_figures(figures)
    assert set(listed["metric"]) == {"全力加快工业项目", "研发经费投入"}
    assert not {"全力加快工业项目", "研发经费投入"} & set(indicator_figures(figures)["metric"])


def test_an_amount_never_shares_a_panel_with_a_growth_rate(figures):
    f = indicator_figures(figures)
    panels = f.groupby(["indicator", "measure", "unit"]).size()
    assert list(panels.index) == [("固定资产投资", "amount", "亿元"), ("固定资产投资", "growth", "%")]


def test_values_are_drawn_in_the_panels_unit(figures):
    f = indicator_figures(figures)
    review = f[(f["file"] == "review.txt") & (f["measure"] == "amount")].iloc[0]
    assert (review["value"], review["unit"]) == (pytest.approx(56.0), "亿元")
    assert (review["value_stated"], review["unit_stated"]) == (560000, "万元")


def test_indicator_cells_take_the_latest_figure(figures):
    cells = indicator_cells(figures).set_index(["zone", "measure"])
    a = cells.loc[("甲区", "amount")]
    assert a["target_text"] == "≥100亿元 (2023 全年)"
    assert a["achievement_text"] == "56亿元 (2023 上半年)"  # 2023 beats the 2022 full year
    b = cells.loc[("乙区", "amount")]
    assert b["target_text"] == "80亿元 (2023)" and b["achievement_text"] == ""


def test_indicator_matrix_one_row_per_zone(figures):
    wide = indicator_matrix(indicator_cells(figures), lambda i, m, u: f"{i} {m} ({u})")
    assert sorted(wide["zone"]) == ["乙区", "甲区"]
    assert set(wide.columns) == {"zone", "固定资产投资 amount (亿元)", "固定资产投资 growth (%)"}
    row = wide.set_index("zone").loc["甲区", "固定资产投资 amount (亿元)"]
    assert row == "目标 ≥100亿元 (2023 全年); 完成 56亿元 (2023 上半年)"


def test_progress_share_of_target_reached(figures):
    p = progress(figures)
    row = p[(p["zone"] == "甲区") & (p["measure"] == "amount")]
    assert len(row) == 1  # the 2022 achievement is another year's
    row = row.iloc[0]
    assert row["achievement"] == pytest.approx(56.0) and row["unit"] == "亿元"
    assert row["share"] == pytest.approx(0.56)
    assert not row["met"]
    assert row["target_file"] == "plan.txt" and row["achievement_file"] == "review.txt"
    assert (row["target_text"], row["achievement_text"]) == ("≥100亿元 (全年)", "56亿元 (上半年)")
    alone = p[(p["zone"] == "乙区") & (p["measure"] == "amount")].iloc[0]
    assert pd.isna(alone["achievement"]) and pd.isna(alone["share"])


def test_progress_takes_the_latest_report_of_the_year_and_counts_the_reports(figures):
    q3 = figure("甲区", "achievement", "固定资产投资", "amount", 80, "亿元", 2023, "1-9月", file="q3.txt",
                publish_date="2023-10-20")
    p = progress(pd.concat([figures, pd.DataFrame([q3])], ignore_index=True))
    row = p[(p["zone"] == "甲区") & (p["measure"] == "amount")]
    assert len(row) == 1  # one row per target, not one per report
    assert row["achievement"].iloc[0] == pytest.approx(80.0) and row["achievements_n"].iloc[0] == 2
    assert row["share"].iloc[0] == pytest.approx(0.8) and row["achievement_file"].iloc[0] == "q3.txt"


def test_progress_without_mapped_targets_is_empty_with_its_columns(figures):
    p = progress(figures.drop(columns=["indicator"]))
    assert p.empty and {"share", "target_text", "achievement_text"} <= set(p.columns)


def test_progress_rates_are_met_not_shared():
    df = pd.DataFrame([figure("甲区", "target", "规上工业增加值", "growth", 10, "%", 2023, comparator=">="),
                       figure("甲区", "achievement", "规上工业增加值", "growth", 12.5, "%", 2023, file="r.txt"),
                       figure("甲区", "target", "亩均税收", "rank", 3, "位", 2023, comparator="<="),
                       figure("甲区", "achievement", "亩均税收", "rank", 5, "位", 2023, file="r.txt")])
    p = progress(df).set_index("indicator")
    assert pd.isna(p.loc["规上工业增加值", "share"]) and bool(p.loc["规上工业增加值", "met"])
    assert not bool(p.loc["亩均税收", "met"])  # 5th is not within the first 3


def test_progress_repeated_target_counts_once(figures):
    again = figure("甲区", "target", "固定资产投资", "amount", 100, "亿元", 2023, "全年", ">=", "review.txt",
                   publish_date="2023-07-20")
    p = progress(pd.concat([figures, pd.DataFrame([again])], ignore_index=True))
    assert len(p[(p["zone"] == "甲区") & (p["measure"] == "amount")]) == 1


@pytest.mark.parametrize("row", compare.load_part_scopes(), ids=lambda r: r.cue)
def test_part_scope_cue_finds_its_positive_not_its_negative(row):
    """Each row of data/progress_scopes.csv: its pattern finds the part-scope metric, not the zone total."""
    assert re.search(row.pattern, row.positive), row.positive
    assert not re.search(row.pattern, row.negative), row.negative
    assert re.search(compare.part_scope_pattern(), row.positive)


def year_target_and_half_year_report(target: tuple, report: tuple) -> pd.DataFrame:
    """One zone's full-year target and a half-year result from another article, each (indicator, measure, value,
    unit, metric)."""
    ti, tm, tv, tu, tmetric = target
    ri, rm, rv, ru, rmetric = report
    return pd.DataFrame([figure("甲区", "target", ti, tm, tv, tu, 2023, "全年", metric=tmetric),
                         figure("甲区", "achievement", ri, rm, rv, ru, 2023, "上半年", file="r.txt", metric=rmetric)])


@pytest.mark.parametrize(("target", "report"), [
    # the zone's year plan and its own half-year review
    (("固定资产投资", "amount", 100, "亿元", "全社会固定资产投资"), ("固定资产投资", "amount", 56, "亿元", "固定资产投资")),
    (("地区生产总值", "amount", 3800, "亿元", "地区生产总值"), ("地区生产总值", "amount", 4012.1, "亿元", "GDP")),
    (("企业数", "count", 50, "家", "新增规上企业"), ("企业数", "count", 42, "家", "新增规上企业")),
])
def test_progress_pairs_the_same_figure(target, report):
    row = progress(year_target_and_half_year_report(target, report)).iloc[0]
    assert row["achievement"] == pytest.approx(report[2]) and row["share"] == pytest.approx(report[2] / target[2])
    assert row["achievement_period"] == "上半年"


@pytest.mark.parametrize(("target", "report"), [
    # a batch of projects started on one day is no progress towards the year's investment target
    (("固定资产投资", "amount", 100, "亿元", "固定资产投资"), ("固定资产投资", "amount", 226, "亿元", "集中开工项目总投资")),
    # one project's yearly investment against a project list's total
    (("项目投资额", "amount", 27, "亿元", "年度投资"), ("项目投资额", "amount", 226, "亿元", "总投资")),
    # one enterprise's output is not the zone's
    (("工业总产值", "amount", 500, "亿元", "工业总产值"), ("工业总产值", "amount", 80, "亿元", "远航集团产值")),
    # a phase of one development
    (("供地", "amount", 1000, "亩", "供地"), ("供地", "amount", 520, "亩", "电池项目一期占地")),
    # a count is not an amount, a growth rate not an amount, another zone or year not this one
    (("企业数", "count", 50, "家", "新增企业"), ("企业数", "amount", 50, "亿元", "新增企业")),
    (("固定资产投资", "amount", 100, "亿元", "固定资产投资"), ("固定资产投资", "growth", 12, "%", "固定资产投资增长率")),
    # an unmapped figure is never progress
    (("unmapped", "amount", 100, "亿元", "研发经费投入"), ("unmapped", "amount", 40, "亿元", "研发经费投入")),
])
def test_progress_does_not_pair_another_figure(target, report):
    p = progress(year_target_and_half_year_report(target, report))
    assert p.empty or p["achievement"].isna().all()


@pytest.mark.parametrize(("indicator", "target_metric", "report_metric", "same"), [
    ("工业总产值", "工业总产值年任务", "工业总产值", True),
    ("地区生产总值", "GDP增长率", "地区生产总值增长率", True),
    ("工业总产值", "向年度工业产值", "工业总产值", True),
    ("企业数", "内资企业", "新入驻企业", False),
    ("产业规模", "新一代信息技术产业全年产值", "新能源汽车和智能网联汽车完成产值", False),
    ("实到内资", "实际利用内资", "到位内资", True),  # one figure in data/indicators.csv's synonyms
])
def test_same_metric(indicator, target_metric, report_metric, same):
    assert compare.same_metric(indicator, target_metric, report_metric) is same


def test_progress_leaves_the_report_of_another_figure_of_the_indicator_unpaired():
    df = pd.DataFrame([figure("甲区", "target", "企业数", "count", 842, "家", 2023, metric="内资企业"),
                       figure("甲区", "achievement", "企业数", "count", 36, "家", 2023, file="r.txt",
                              metric="新入驻企业")])
    row = progress(df).iloc[0]
    assert pd.isna(row["achievement"]) and pd.isna(row["share"]) and row["achievements_n"] == 0
    assert row["achievement_text"] == "" and row["achievement_file"] == ""


def test_a_project_target_stays_listed_without_a_result():
    df = pd.DataFrame([figure("甲区", "target", "项目投资额", "amount", 27, "亿元", 2023, "全年", metric="年度投资"),
                       figure("甲区", "achievement", "项目投资额", "amount", 226, "亿元", 2023, file="r.txt",
                              metric="总投资")])
    p = progress(df)
    assert len(p) == 1 and pd.isna(p["achievement"].iloc[0]) and p["target_text"].iloc[0] == "27亿元 (全年)"


def test_a_project_report_does_not_hide_the_zones_own(figures):
    """The latest report of a year is chosen among whole-zone figures: a later project batch does not stand in."""
    batch = figure("甲区", "achievement", "固定资产投资", "amount", 300, "亿元", 2023, "全年", file="batch.txt",
                   metric="重点项目总投资", publish_date="2023-12-01")
    p = progress(pd.concat([figures, pd.DataFrame([batch])], ignore_index=True))
    row = p[(p["zone"] == "甲区") & (p["measure"] == "amount")].iloc[0]
    assert row["achievement_file"] == "review.txt" and row["share"] == pytest.approx(0.56)


def test_zone_timeline_orders_articles_by_date(figures):
    docs = pd.DataFrame({"file": ["review.txt", "plan.txt", "b.txt"], "zone": ["甲区", "甲区", "乙区"],
                         "publish_date": ["2023-07-20", "2023-02-01", ""], "title": ["回顾", "计划", "乙"]})
    tl = zone_timeline(docs, figures)
    assert list(tl["file"]) == ["plan.txt", "review.txt", "b.txt"]  # undated last
    review = tl.set_index("file").loc["review.txt"]
    assert (review["targets_n"], review["achievements_n"]) == (0, 2)
    assert "完成固定资产投资 560000万元 (2023 上半年)" in review["figures"]
    points = timeline_points(docs, figures)
    assert set(points["file"]) == {"plan.txt", "review.txt"}
    assert set(points.loc[points["file"] == "review.txt", "measure"]) == {"amount", "growth"}


# ------------------------------------------------------------------ 同质化

def test_zone_overlap_by_category_names_the_industries(table):
    pairs = zone_overlap(table, by="category").set_index(["zone_a", "zone_b"])
    assert pairs.loc[("甲区", "乙区"), "shared_n"] == 2
    assert pairs.loc[("甲区", "乙区"), "shared"] == ["新材料", "生物"]
    assert "生物 (甲区: 生物医药; 乙区: 生物医药)" in pairs.loc[("甲区", "乙区"), "detail"]
    assert pairs.loc[("甲区", "甲区"), "shared_n"] == 3
    grid = overlap_grid(zone_overlap(table, by="canonical"))
    assert grid.loc["甲区", "丙区"] == 0 and grid.loc["甲区", "乙区"] == 2
    assert str(grid.dtypes.iloc[0]).startswith("int")


def test_zone_overlap_by_category_sees_what_fine_names_miss():
    t = pd.DataFrame({"zone": ["甲区", "乙区"], "industry": ["集成电路", "大数据"],
                      "canonical": ["集成电路", "大数据"], "category": ["新一代信息技术", "新一代信息技术"]})
    assert overlap_grid(zone_overlap(t, by="canonical")).loc["甲区", "乙区"] == 0
    assert overlap_grid(zone_overlap(t, by="category")).loc["甲区", "乙区"] == 1


def test_unclassified_industries_share_no_category():
    t = pd.DataFrame({"zone": ["甲区", "乙区"], "industry": ["某新业态", "另一业态"],
                      "canonical": ["某新业态", "另一业态"], "category": ["", None]})
    assert zone_overlap(t, by="category").empty  # not one shared "其他"
    assert overlap_grid(zone_overlap(t, by="canonical")).loc["甲区", "乙区"] == 0


def test_shared_industry_matrix_keeps_industries_of_two_zones(table):
    matrix, rest = shared_industry_matrix(table)
    assert list(matrix.columns) == ["新材料", "生物医药"]
    assert matrix.loc["甲区", "生物医药"] == 2  # two articles
    assert set(rest["canonical"]) == {"智能装备", "纺织"}


def test_zones_pursuing_an_industry(table):
    z = zones_pursuing(table, "生物医药")
    assert list(z["zone"]) == ["甲区", "乙区"]
    assert z.loc[0, "raw_names"] == "生物医药、生物医药产业"


# ------------------------------------------------------------------ enterprises

def test_enterprise_entities_merge_aliases_and_compare_in_yi():
    ent = pd.DataFrame({
        "file": ["a.txt", "a.txt", "a.txt", "b.txt", "c.txt"],
        "zone": ["平湖", "平湖", "平湖", "平湖", "金华"],
        "name": ["长三角·平湖润泽国际信息港", "润泽", "唯酷", "唯酷", "蓝海动力电池项目"],
        "role": ["重点项目", "重点项目", "重点项目", "项目", "签约项目"],
        "industry": ["", "", "", "", ""],
        "investment": ["130", "", "", "", "35000"],
        "investment_unit": ["亿", "", "", "", "万元"],
        "sentence": ["s1", "s2", "s3", "s4", "s5"]})
    e = enterprise_entities(ent)
    assert len(e) == 3
    runze = e[e["name"] == "长三角·平湖润泽国际信息港"].iloc[0]
    assert runze["aliases"] == "润泽" and runze["investment"] == 130 and runze["investment_unit"] == "亿元"
    assert e[e["name"] == "唯酷"].iloc[0]["articles_n"] == 2
    blue = e[e["name"] == "蓝海动力电池项目"].iloc[0]
    assert (blue["investment"], blue["investment_unit"]) == (pytest.approx(3.5), "亿元")
    per_zone = investment_per_zone(e).set_index("zone")
    assert per_zone.loc["平湖", "projects_n"] == 1 and per_zone.loc["金华", "total"] == pytest.approx(3.5)


@pytest.fixture
def placed_documents() -> pd.DataFrame:
    rows = [  # file, zone, place, city, province
        ("a1", "富阳经济技术开发区", "富阳区", "杭州市", "浙江省"),
        ("a2", "富阳经济技术开发区", "富阳区", "杭州市", "浙江省"),
        ("a3", "银湖科技城", "富阳区", "杭州市", "浙江省"),
        ("a4", "嵊州经济开发区", "嵊州市", "绍兴市", "浙江省"),
        ("a5", "嵊州经济开发区", "", "", ""),  # one article the detector left unplaced
        ("a6", "芜湖经济技术开发区", "", "芜湖市", "安徽省"),  # a city's own zone: no county-level place
        ("a7", "未识别开发区", "", "", ""),
    ]
    return pd.DataFrame(rows, columns=["file", "zone", "place", "city", "province"])


def test_zones_by_place_groups_each_zone_once_by_its_documents_place(placed_documents):
    t = zones_by_place(placed_documents, "place")
    assert list(t.columns) == ["group", "zone", "place", "city", "province", "articles"]
    assert list(zip(t["group"], t["zone"], t["articles"], strict=True)) == [
        ("富阳区", "富阳经济技术开发区", 2), ("富阳区", "银湖科技城", 1), ("嵊州市", "嵊州经济开发区", 2),
        ("芜湖市", "芜湖经济技术开发区", 1), (UNPLACED, "未识别开发区", 1)]
    assert place_groups(placed_documents, "city") == {
        "杭州市": ["富阳经济技术开发区", "银湖科技城"], "绍兴市": ["嵊州经济开发区"], "芜湖市": ["芜湖经济技术开发区"],
        UNPLACED: ["未识别开发区"]}
    assert list(place_groups(placed_documents, "province")) == ["安徽省", "浙江省", UNPLACED]


def test_zones_by_place_without_place_columns_or_rows():
    docs = pd.DataFrame({"file": ["a"], "zone": ["甲区"]})
    assert list(zones_by_place(docs)["group"]) == [UNPLACED]
    assert zones_by_place(docs.iloc[:0]).empty
    with pytest.raises(ValueError):
        zones_by_place(docs, "county")


def test_figures_formatted_by_column_read_as_format_figure_writes_them():
    rows = [(100.0, "亿元", ">=", "2023", "全年"), (2.1889, "亿元", "", "", ""), (float("nan"), "亿元", ">", "2023", ""),
            (3.30000001, "%", None, "", "上半年"), (1e20, "元", "<", "2024", ""), (-2.0, "个", "=", "", "1-9月")]
    values, units, comparators, years, periods = (pd.Series(col) for col in zip(*rows, strict=True))
    expected = [format_figure(v, u, c, y, p) for v, u, c, y, p in rows]
    assert compare._texts(values, units, comparators, periods, years) == expected
    assert compare._texts(values, units, comparators, periods) == [format_figure(v, u, c, "", p)
                                                                    for v, u, c, _, p in rows]
