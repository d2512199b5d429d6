"""AppTest of the comparison pages as a reader sees them: 指标对比 panels (one trace per zone, the unit on
the axis, never an SI suffix), the zone × indicator table, 目标与完成 with its share of target reached,
同质化 by category or industry, and enterprises with places refused and aliases merged.

Expectations are computed with devzone.compare from what the store holds (the extractors change), except
the progress share, which comes from the two test articles in tests/fixtures/progress/ (written for this
test: a plan and a half-year review of one fictional zone).
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from apptest_pages import chart_specs as charts
from apptest_pages import fresh_caches, table_with  # noqa: F401 (fresh_caches: autouse fixture)
from apptest_pages import run_page as run_app_page
from streamlit.testing.v1 import AppTest

from devzone import compare
from devzone.ingest import ingest_paths
from devzone.store import Store
from devzone_app import charts as devzone_charts
from devzone_app import tables
from devzone_app.labels import LABELS, display_names

ROOT = Path(__file__).resolve().parent.parent
PROGRESS_ARTICLES = ROOT / "tests" / "fixtures" / "progress"
FICTIONAL_ZONE = "青岚经济开发区"


def run_page(page: str, query: dict | None = None) -> AppTest:
    return run_app_page(f"pages/{page}", query)




def title(spec: dict) -> str:
    t = spec["layout"].get("title", {})
    return t.get("text", "") if isinstance(t, dict) else str(t)


def axis_title(axis: dict) -> str:
    t = axis.get("title", {})
    return t.get("text", "") if isinstance(t, dict) else str(t)



@pytest.fixture
def progress_store(base_store, tmp_path, monkeypatch) -> Path:
    """The seeds plus the two test articles of one zone (a plan, then its half-year review)."""
    path = tmp_path / "devzone.duckdb"
    shutil.copy(base_store, path)
    store = Store(path)
    try:
        ingest_paths(store, [PROGRESS_ARTICLES])
    finally:
        store.close()
    monkeypatch.setenv("DEVZONE_STORE", str(path))
    return path


def stored(path: Path) -> dict[str, pd.DataFrame]:
    store = Store(path)
    try:
        return store.tables()
    finally:
        store.close()


# ------------------------------------------------------------------ 指标对比

def test_indicator_panels_one_trace_per_zone_in_the_indicators_unit(store_path, store_tables):
    at = run_page("2_targets.py")
    latest = compare.latest_figures(compare.indicator_figures(store_tables["targets"]))
    assert len(latest), "the seeds have mapped figures"
    specs = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert specs, "one panel per indicator is drawn"
    zh = {name: names[0] for name, names in display_names().items()}
    panels = {f"{zh.get(i, i)} · {zh[m]} ({u})" if m else f"{zh.get(i, i)} ({u})": (u, g)
              for (i, m, u), g in latest.groupby(["indicator", "measure", "unit"])}
    for spec in specs:
        unit, panel = panels[title(spec)]
        zones = set(panel["zone"])
        names = [tr["name"] for tr in spec["data"]]
        assert len(names) == len(set(names)) == len(zones), (title(spec), names, zones)  # one trace per zone
        y = spec["layout"]["yaxis"]
        assert axis_title(y) == f"数值({unit})" and y["ticksuffix"].strip() == unit  # 亿元, 个, % …
        assert spec["layout"]["xaxis"].get("tickangle") == 0  # zone and kind labels read level
        assert y["tickformat"] == ",~f" and y.get("exponentformat") == "none"  # never 5B / 3M
    amounts = [s for s in specs if "(亿元)" in title(s)]
    assert amounts and all("增速" not in title(s) for s in amounts)  # an amount never shares a growth axis


def test_indicator_table_and_unmapped_list(store_path, store_tables):
    at = run_page("2_targets.py")
    table = table_with(at, "开发区")
    cells = compare.indicator_cells(store_tables["targets"])
    assert set(table["开发区"]) == set(cells["zone"])
    texts = " ".join(str(v) for v in table.drop(columns=["开发区"]).to_numpy().ravel())
    assert "目标" in texts
    unmapped = compare.unmapped_figures(store_tables["targets"])
    listed = table_with(at, "原句")  # the first table with sentences: the unmapped figures
    assert len(listed) == len(unmapped) and set(listed["指标"]) == set(unmapped["metric"])


def test_picked_indicator_is_kept_in_the_url(store_path, store_tables):
    figures = compare.indicator_figures(store_tables["targets"])
    indicator = figures["indicator"].value_counts().index[0]
    at = run_page("2_targets.py", {"indicator": indicator})
    assert at.multiselect(key="indicator").value == [indicator]
    assert at.query_params["indicator"] == [indicator] or at.query_params["indicator"] == indicator
    bars = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert bars and all(title(s).startswith(indicator + " ·") for s in bars)


def test_each_bar_says_the_year_and_period_it_is_of(store_path, store_tables):
    """Bars of 2019 and 2023, of a first quarter and a whole year stand in one panel: each says which under it."""
    at = run_page("2_targets.py")
    latest = compare.latest_figures(compare.indicator_figures(store_tables["targets"]))
    dated = latest[latest["year"] != ""]
    assert len(dated), "the seeds have dated mapped figures"
    labels = [(tr["x"][0][i], sub) for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"
              for tr in s["data"] for i, sub in enumerate(tr["x"][1])]
    assert labels and all(sub.split("<br>")[0] in ("目标", "已完成") for _, sub in labels)
    shown = " ".join(sub for _, sub in labels)
    for rec in dated.to_dict("records"):
        assert " ".join(x for x in (rec["year"], rec["period"]) if x) in shown, rec


def test_without_a_pick_the_page_draws_the_panels_most_zones_report_and_says_so(store_path, store_tables):
    """12 indicators made 34 panels (an indicator in 亿元, 亿美元, %, …) on real articles, most of one bar: the
    page draws the 12 panels most zones report and says how to see the others."""
    latest = compare.latest_figures(compare.indicator_figures(store_tables["targets"]))
    zones = latest.groupby(["indicator", "measure", "unit"])["zone"].nunique()
    assert len(zones) > 12 > (zones >= 2).sum(), "the seeds have more panels than are drawn"
    at = run_page("2_targets.py")
    bars = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert len(bars) == 12
    drawn = {title(s) for s in bars}
    zh = {name: names[0] for name, names in display_names().items()}
    for (indicator, measure, unit), n in zones.items():
        if n >= 2:  # every panel comparing two zones or more is drawn
            assert f"{zh.get(indicator, indicator)} · {zh[measure]} ({unit})" in drawn
    assert any("12 张图" in c.value for c in at.caption)


def test_a_picked_zone_without_the_indicator_is_named_not_left_out_silently(store_path, store_tables):
    tg = store_tables["targets"]
    has = set(tg.loc[tg["indicator"] == "固定资产投资", "zone"])
    lacks = sorted(set(tg["zone"]) - has)
    assert has and lacks, "the seeds have zones with and without 固定资产投资"
    at = run_page("2_targets.py", {"zone": [*sorted(has), lacks[0]], "indicator": "固定资产投资"})
    bars = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert bars and lacks[0] not in {tr["name"] for s in bars for tr in s["data"]}
    assert any(lacks[0] in c.value and "没有数字" in c.value for c in at.caption)


def test_all_figures_carry_indicator_measure_period_and_a_link_and_follow_the_picked_indicator(store_path,
                                                                                                 store_tables):
    tg = store_tables["targets"]
    at = run_page("2_targets.py")
    table = table_with(at, "编号")  # the table of every figure
    assert {"标准指标", "口径", "年份", "时段", "原句", "原文"} <= set(table.columns)
    assert len(table) == len(tg)
    assert ">=" not in set(table["比较"]) and "≥" in set(table["比较"])  # a sign, not a code
    assert table["原文"].str.startswith("sources?").all() and table["原文"].str.contains("fact=").all()
    at = run_page("2_targets.py", {"indicator": "固定资产投资"})
    table = table_with(at, "编号")
    assert len(table) == (tg["indicator"] == "固定资产投资").sum() and set(table["标准指标"]) == {"固定资产投资"}
    assert not any(s.value == LABELS["unmapped"][0] for s in at.subheader)  # none of the picked indicator's


def test_the_csv_of_every_figure_says_indicator_measure_and_period_in_excel(store_path, store_tables):
    at = run_page("2_targets.py", {"indicator": "固定资产投资"})
    shown = table_with(at, "编号")
    back = pd.read_csv(io.BytesIO(tables.csv_bytes(shown)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert tables.csv_bytes(shown).startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    assert {"标准指标", "口径", "时段"} <= set(back.columns) and "原文" not in back.columns
    assert set(back["标准指标"]) == {"固定资产投资"} and set(back["口径"]) <= {"总量", "增速"}


# ------------------------------------------------------------------ 目标与完成

def test_progress_page_shows_share_of_target_reached(progress_store):
    tables = stored(progress_store)
    assert FICTIONAL_ZONE in set(tables["documents"]["zone"])
    at = run_page("8_progress.py")
    table = table_with(at, "完成率")
    row = table[(table["开发区"] == FICTIONAL_ZONE) & (table["标准指标"] == "固定资产投资") & (table["口径"] == "总量")]
    assert len(row) == 1
    assert row["完成率"].iloc[0] == pytest.approx(0.56)  # 56亿元 of ≥100亿元 by the half-year review
    assert row["目标"].iloc[0].startswith("≥100亿元") and row["已完成"].iloc[0].startswith("56亿元")
    share_chart = next(s for s in charts(at) if s["data"] and s["data"][0].get("orientation") == "h")
    names = [tr["name"] for tr in share_chart["data"]]
    assert len(names) == len(set(names))  # one trace per zone
    assert share_chart["layout"]["xaxis"]["ticksuffix"].strip() == "%"


def test_a_share_reached_by_half_a_year_says_so_on_its_bar(progress_store):
    """56亿元 by the half-year review (1-6月) of a year's ≥100亿元: the bar says the result is of 1-6月 (56 % is
    on track, not a shortfall)."""
    at = run_page("8_progress.py")
    share_chart = next(s for s in charts(at) if s["data"] and s["data"][0].get("orientation") == "h")
    bars = {y for tr in share_chart["data"] for y in tr["y"][1]}  # rows (zone, bar)
    assert "固定资产投资 · 总量 · 2023 (已完成: 1-6月)" in bars, bars


def test_progress_chart_draws_the_latest_targets_and_says_how_many_it_leaves_out(progress_store, monkeypatch):
    monkeypatch.setattr(devzone_charts, "MAX_BARS_CHARTED", 1)
    at = run_page("8_progress.py")
    share_chart = next(s for s in charts(at) if s["data"] and s["data"][0].get("orientation") == "h")
    assert sum(len(tr["y"][1]) for tr in share_chart["data"]) == 1
    assert any("有完成数据的目标" in c.value for c in at.caption)
    assert len(table_with(at, "完成率")) > 1  # the table keeps every target with a result


def test_progress_timeline_lists_a_zones_articles_by_date(progress_store):
    at = run_page("8_progress.py", {"timeline_zone": FICTIONAL_ZONE})
    timeline = table_with(at, "数字")
    assert list(timeline["文件"]) == ["plan.txt", "review.txt"]  # the plan first, then the review
    assert (timeline["目标数"] > 0).tolist() == [True, False]


def test_the_timeline_draws_one_marker_per_spot_and_counts_the_figures_behind_it(store_path, store_tables):
    docs, tg = store_tables["documents"], store_tables["targets"]
    zone = "富阳经济技术开发区"
    points = compare.timeline_points(docs[docs["zone"] == zone], tg[tg["zone"] == zone])
    assert points.duplicated(["publish_date", "kind", "label", "measure"]).any(), "the seed has figures at one spot"
    at = run_page("8_progress.py", {"timeline_zone": zone})
    spec = next(s for s in charts(at) if (s["layout"].get("xaxis") or {}).get("type") == "date")
    behind = 0
    for trace in spec["data"]:
        spots = list(zip(trace["x"], trace["y"], strict=True))
        assert len(spots) == len(set(spots)), "two markers drawn over each other"
        for hover in trace["hovertext"]:
            more = re.search(r"另有 (\d+) 个数字", hover)
            behind += 1 + (int(more.group(1)) if more else 0)
    assert behind == len(points)  # every figure is behind a marker, counted once


# ------------------------------------------------------------------ 同质化

@pytest.mark.parametrize("level", ["category", "canonical"])
def test_overlap_counts_are_whole_numbers_and_hover_names_industries(store_path, store_tables, level):
    at = run_page("3_industries.py", {"overlap_by": level})
    heat = next(s for s in charts(at) if s["data"][0].get("type") == "heatmap")
    z = heat["data"][0]["z"]
    pairs = compare.zone_overlap(store_tables["industries"], by=level)
    grid = compare.overlap_grid(pairs)
    expected = grid.to_numpy().tolist()
    assert all(z[i][j] == (None if i == j else expected[i][j]) for i in range(len(z)) for j in range(len(z)))
    assert all(float(v).is_integer() for row in z for v in row if v is not None)
    own = [f"{tables.short_zone(zone)} ({grid.loc[zone, zone]})" for zone in grid.index]
    assert heat["data"][0]["y"] == own  # a zone's own count beside its name, not on the colour scale
    assert heat["data"][0]["colorbar"]["tickformat"] == "d"
    shared = pairs[(pairs["zone_a"] != pairs["zone_b"]) & (pairs["shared_n"] > 0)].iloc[0]
    hover = " ".join(str(c) for row in heat["data"][0]["customdata"] for c in row)
    assert shared["shared"][0] in hover


def test_shared_industries_heatmap_and_industry_pick(store_path, store_tables):
    matrix, rest = compare.shared_industry_matrix(store_tables["industries"])
    industry = matrix.columns[0]
    at = run_page("3_industries.py", {"industry_pick": industry})
    heats = [s for s in charts(at) if s["data"][0].get("type") == "heatmap"]
    assert list(heats[-1]["data"][0]["x"]) == list(matrix.columns)
    pursuing = table_with(at, "原句")
    assert set(pursuing["开发区"]) == set(compare.zones_pursuing(store_tables["industries"], industry)["zone"])
    assert len(pursuing) >= 2


def test_filtering_an_industry_answers_which_zones_pursue_it_first(store_path, store_tables):
    """'Which zones pursue 新能源?': with an industry in the sidebar the page opens on the zones pursuing it, not
    on a zone × zone overlap of that one industry (every cell 1)."""
    ind = store_tables["industries"]
    canon = ind["canonical"].fillna(ind["industry"])
    zones_per = ind.assign(canonical=canon).groupby("canonical")["zone"].nunique()
    industry = zones_per.sort_values(ascending=False).index[0]
    assert zones_per[industry] >= 2, "the seeds have an industry of several zones"
    at = run_page("3_industries.py", {"ind": industry})
    assert at.subheader[0].value == LABELS["pick_industry"][0]
    assert at.selectbox(key="industry_pick").value == industry
    first = at.dataframe[0].value
    assert set(first["开发区"]) == set(compare.zones_pursuing(ind, industry)["zone"]) and "原句" in first.columns
    assert at.expander[0].label == LABELS["overlap"][0]  # the overlap waits, folded


# ------------------------------------------------------------------ enterprises

def test_enterprises_refuse_places_and_merge_aliases(store_path):
    at = run_page("4_enterprises.py")
    table = table_with(at, "别名")
    names = set(table["名称"])
    assert not {"智能岛", "陆港小镇"} & names
    assert "润泽" not in names
    row = table[table["名称"] == "长三角·平湖润泽国际信息港"]
    assert len(row) == 1 and "润泽" in row["别名"].iloc[0]


def test_investment_chart_one_trace_per_zone_in_yi(store_path, store_tables):
    entities = compare.enterprise_entities(store_tables["enterprises"])
    invested = entities[entities["investment"].notna()]
    at = run_page("4_enterprises.py")
    bars = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert len(bars) == invested["investment_unit"].nunique()
    spec = bars[0]
    assert {tr["name"] for tr in spec["data"]} and len(spec["data"]) == invested["zone"].nunique()
    assert "亿元" in axis_title(spec["layout"]["xaxis"])
    assert spec["layout"].get("barmode") != "stack"


def test_english_toggle_translates_panels_and_keeps_raw_indicators_in_the_url(store_path, store_tables):
    figures = compare.indicator_figures(store_tables["targets"])
    indicator = figures["indicator"].value_counts().index[0]
    at = run_page("2_targets.py", {"lang_en": "true", "indicator": indicator})
    english = display_names()[indicator][1] if indicator in display_names() else indicator
    bars = [s for s in charts(at) if s["data"] and s["data"][0].get("type") == "bar"]
    assert bars and all(title(s).startswith(english + " ·") for s in bars)
    measures_en = {names[1] for names in display_names().values()}
    assert all(title(s).split(" · ")[1].rsplit(" (", 1)[0] in measures_en for s in bars)
    assert at.multiselect(key="indicator").value == [indicator]  # the URL holds the raw name, not a label
