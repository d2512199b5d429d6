"""AppTest tests of the dashboard pages: filters change tables and chart data, escaping, adding articles.

Every page calls devzone_app.sidebar.sidebar() itself, so running a page file exercises the real sidebar.
Expectations come from what the store returns (the extractors are changing), never hard-coded figures.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from apptest_pages import chart_specs, run_page
from streamlit.testing.v1 import AppTest

from devzone.ingest import add_bytes
from devzone.store import Store
from devzone.text import MAX_BYTES
from devzone_app import charts, data, render, tables
from devzone_app.labels import COLUMN_LABELS, LABELS, display_frame

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))
TIMEOUT = 120



def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The first dataframe on the page holding this (displayed, zh) column."""
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with column {column!r}: {[list(d.value.columns) for d in at.dataframe]}")



def trace_names(spec: dict) -> set[str]:
    return {tr.get("name") or "" for tr in spec["data"]}


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test has its own store file; drop cached tables of earlier tests."""
    data.clear_caches()
    yield
    data.clear_caches()


def busiest(series: pd.Series) -> str:
    return series.value_counts().index[0]


def test_a_fresh_install_builds_its_store_from_seeds_before_the_first_view(tmp_path, monkeypatch):
    path = tmp_path / "fresh" / "devzone.duckdb"
    monkeypatch.setenv("DEVZONE_STORE", str(path))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.run()  # the command line ingests seeds/ in its own process, the bar follows it
    assert not at.exception, [e.message for e in at.exception]
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".html", ".htm"))
    stored = Store(path).query("SELECT file, origin FROM documents ORDER BY file")
    assert list(stored["file"]) == seeds and set(stored["origin"]) == {"seed"}
    assert set(table_with(at, "开发区")["开发区"]) == set(Store(path).facets()["zones"])  # the overview drew them


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(store_path, page):
    at = run_page(page)
    assert at.sidebar.multiselect, "the shared sidebar is drawn by every page"


def test_overview_has_one_card_per_zone(store_path, store_tables):
    at = run_page("pages/1_overview.py")
    zones = set(store_tables["documents"]["zone"])
    table = table_with(at, "开发区")
    assert set(table["开发区"]) == zones
    zone = sorted(zones)[0]
    at.multiselect(key="zone").set_value([zone]).run()
    assert set(table_with(at, "开发区")["开发区"]) == {zone}


def test_zone_filter_changes_targets_table_and_charts(store_path, store_tables):
    tg = store_tables["targets"]
    assert len(tg), "fixture store has figures"
    zone = busiest(tg["zone"])
    at = run_page("pages/2_targets.py")
    before = table_with(at, "编号")
    assert len(before) == len(tg)
    assert trace_names(chart_specs(at)[0])  # a chart with zone traces

    at.multiselect(key="zone").set_value([zone]).run()
    assert not at.exception
    after = table_with(at, "编号")
    assert set(after["开发区"]) == {zone}
    assert len(after) == (tg["zone"] == zone).sum() < len(before)
    for spec in chart_specs(at):
        assert trace_names(spec) == {tables.short_zone(zone)}, trace_names(spec)  # one trace per zone


def test_kind_toggle(store_path, store_tables):
    tg = store_tables["targets"]
    at = run_page("pages/2_targets.py")
    for kind in ("target", "achievement"):
        at.radio(key="kind").set_value(kind).run()
        want = (tg["kind"] == kind).sum()
        if want == 0:
            assert at.info  # friendly hint, no error
            continue
        shown = table_with(at, "编号")
        assert set(shown["类型"]) == {LABELS[kind][0]}
        assert len(shown) == want


def test_filters_come_from_the_url(store_path, store_tables):
    tg = store_tables["targets"]
    zone = busiest(tg["zone"])
    at = run_page("pages/2_targets.py", {"zone": zone, "kind": "target"})
    assert at.multiselect(key="zone").value == [zone]
    shown = table_with(at, "编号")
    assert len(shown) == ((tg["zone"] == zone) & (tg["kind"] == "target")).sum()


def test_industry_filter_changes_heatmap_and_names(store_path, store_tables):
    ind = store_tables["industries"]
    canon = ind["canonical"].fillna(ind["industry"])
    name = busiest(canon)
    at = run_page("pages/3_industries.py")
    before = table_with(at, "提及次数")
    heat_before = chart_specs(at)[-1]["data"][0]  # industries of two zones or more
    at.multiselect(key="ind").set_value([name]).run()
    assert not at.exception
    after = table_with(at, "提及次数")
    assert set(after["标准产业"]) == {name}
    assert len(after) < len(before)
    assert after["提及次数"].sum() == (canon == name).sum()
    heat = chart_specs(at)[-1]["data"][0]
    assert list(heat["x"]) == [name] and len(heat["x"]) < len(heat_before["x"])
    assert set(heat["y"]) == {tables.short_zone(z) for z in ind.loc[canon == name, "zone"]}

    zone = busiest(ind.loc[canon == name, "zone"])
    at.multiselect(key="zone").set_value([zone]).run()
    assert set(table_with(at, "提及次数")["开发区"]) == {zone}


def test_empty_selection_shows_hint(store_path, store_tables):
    at = run_page("pages/2_targets.py")
    years = sorted(set(store_tables["targets"]["year"].dropna().astype(str)))
    at.multiselect(key="year").set_value([years[0]]).run()
    at.radio(key="kind").set_value("achievement").run()
    at.multiselect(key="tcat").set_value([]).run()
    assert not at.exception
    # filter to a zone with no enterprises matching a made-up industry: enterprises page says so kindly
    at = run_page("pages/4_enterprises.py")
    opts = at.multiselect(key="ind").options
    ent = store_tables["enterprises"]
    for o in opts:
        if not ent["industry"].fillna("").str.contains(o, regex=False).any():
            at.multiselect(key="ind").set_value([o]).run()
            assert not at.exception
            assert at.info and not at.dataframe
            break


def test_sources_page_escapes_article_html(store_path):
    article = ("富阳经济技术开发区今年计划完成投资50亿元。\n"
               "<script>alert('xss')</script><img src=x onerror=alert(1)>新引进项目12个。\n").encode()
    add_bytes(Store(store_path), article, "xss_test.txt")
    at = run_page("pages/6_sources.py", {"file": "xss_test.txt"})
    html = "\n".join(m.value for m in at.markdown)
    assert "alert(" in html  # the article is shown ...
    assert "<script>" not in html and "<img" not in html  # ... but never as markup
    assert "&lt;script&gt;" in html and "&lt;img" in html


def test_sources_page_highlights_selected_fact(store_path, store_tables):
    tg = store_tables["targets"]
    ids = [data.fact_id(r) for r in tg.to_dict("records")]
    row = tg.iloc[0]
    at = run_page("pages/6_sources.py", {"file": row["file"], "fact": ids[0]})
    html = "\n".join(m.value for m in at.markdown)
    assert f'id="fact-{ids[0]}"' in html
    assert '<mark class="sel"' in html
    assert at.selectbox(key="src_file").value == row["file"]


def test_the_selected_figure_says_its_comparator_year_period_and_indicator(store_path, store_tables):
    """'超100亿元 … 全年' is shown as >100亿元 (目标, 2023 全年) · 固定资产投资 · 总量, not as 100亿元 (目标, 2023)."""
    tg = store_tables["targets"]
    rows = tg[(tg["indicator"] == "固定资产投资") & (tg["comparator"] == ">") & (tg["period"] == "全年")]
    assert len(rows), "a seed states 固定资产投资超100亿元 for the whole year"
    row = rows.iloc[0]
    at = run_page("pages/6_sources.py", {"file": row["file"], "fact": data.fact_id(row)})
    box = next(m.value for m in at.markdown if "dz-selected" in m.value)
    value = render.fmt_num(row["value"])
    assert f"&gt;{value}{row['unit']}" in box and f"{row['year']} 全年" in box and "固定资产投资 · 总量" in box


def test_highlight_html_escapes_everything():
    body = "甲<script>x</script>乙 50亿元 & 丙"
    out = render.highlight_html(body, [(body.index("50"), body.index("50") + 4, "fig", 'a"b')])
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out
    assert '<mark class="fig" id="a&quot;b">50亿元</mark>' in out


def test_add_page_stores_once(store_path, store_tables):
    n_before = len(store_tables["documents"])
    text = ("XX高新区2024年工作要点\n发布时间:2024-02-01\n"
            "XX高新区今年力争完成固定资产投资80亿元,新引进亿元以上项目15个,重点发展生物医药和新材料产业。\n")
    at = run_page("pages/7_add.py")
    at.text_area(key="add_text").input(text).run()
    at.button(key="add_save").click().run()
    assert not at.exception
    assert at.success, [e.value for e in at.error]
    docs = Store(store_path).tables()["documents"]
    assert len(docs) == n_before + 1

    at.button(key="add_save").click().run()
    assert not at.success and at.info
    assert LABELS["duplicate"][0] in [i.value for i in at.info]
    assert len(Store(store_path).tables()["documents"]) == n_before + 1

    new_zone = (set(docs["zone"]) - set(store_tables["documents"]["zone"])) or set(docs["zone"])
    at2 = run_page("pages/1_overview.py")
    assert new_zone & set(table_with(at2, "开发区")["开发区"])


def test_an_added_article_is_compared_at_once_with_the_zones_picked(store_path, store_tables):
    """Add an article while comparing zones: its preview names what it found in words (no store columns or
    codes), and one link opens 指标对比 with its zone beside the picked ones, on its indicators."""
    picked = "嵊州经济开发区"
    text = ("云溪高新区2023年工作要点\n发布时间:2023-02-01\n"
            "今年,云溪高新区力争完成固定资产投资80亿元以上,新引进亿元以上项目15个,重点发展生物医药和新材料产业。\n")
    at = run_page("pages/7_add.py", {"zone": picked})
    at.text_area(key="add_text").input(text).run()
    at.button(key="add_save").click().run()
    assert at.success, [e.value for e in at.error]
    headings = " ".join(m.value for m in at.markdown)
    assert f"**{LABELS['targets'][0]}**" not in headings and "提取的数字" in headings  # figures, not a page's name
    for df in at.dataframe:
        assert not {"文件", "标准值", "标准单位", "已映射", "指标组"} & set(df.value.columns), df.value.columns
    figures = next(df.value for df in at.dataframe if "标准指标" in df.value.columns)
    assert ">=" not in set(figures["比较"]) and "≥" in set(figures["比较"])
    at.button(key="add_compare").click().run()  # a page link's zones lost to those picked in the session
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["zone"] == [picked, "云溪高新区"] and "固定资产投资" in at.session_state["indicator"]
    query = {k: at.session_state[k] for k in ("zone", "indicator")}
    at = run_page("pages/2_targets.py", query)  # where the button leads
    bars = [s for s in chart_specs(at) if s["data"] and s["data"][0].get("type") == "bar"]
    panel = next(s for s in bars if s["layout"]["title"]["text"].startswith("固定资产投资 · 总量"))
    assert {tr["name"] for tr in panel["data"]} == {tables.short_zone(picked), tables.short_zone("云溪高新区")}


def test_two_zones_of_one_city_are_two_bars_under_their_whole_names(store_path):
    """湘潭经开区 and 湘潭高新区 are both 湘潭 for short: compared side by side, each keeps its whole name and its own
    slot (under one short name plotly drew the two zones' bars into one slot, with two legend entries alike)."""
    zones = ["湘潭经济技术开发区", "湘潭高新技术产业开发区"]
    for zone, value in zip(zones, (120, 90), strict=True):
        at = run_page("pages/7_add.py")
        at.text_area(key="add_text").input(
            f"{zone}2023年工作要点\n发布时间:2023-02-01\n今年,{zone}力争完成固定资产投资{value}亿元。\n").run()
        at.button(key="add_save").click().run()
        assert at.success, [e.value for e in at.error]
    at = run_page("pages/2_targets.py", {"zone": zones, "indicator": ["固定资产投资"]})
    bars = [s for s in chart_specs(at) if s["data"] and s["data"][0].get("type") == "bar"]
    panel = next(s for s in bars if s["layout"]["title"]["text"].startswith("固定资产投资 · 总量"))
    assert sorted(tr["name"] for tr in panel["data"]) == sorted(zones)
    assert len({tr["x"][0][0] for tr in panel["data"]}) == 2  # a slot each
    assert tables.short_names([*zones, "富阳经济技术开发区"])["富阳经济技术开发区"] == "富阳"  # a name alone stays short


def test_the_uploader_is_explained_in_chinese(store_path):
    """Streamlit draws the uploader's own words in English (Upload, 10MB per file): its label says them in
    Chinese, with the limit of devzone.text.MAX_BYTES."""
    at = run_page("pages/7_add.py")
    label = at.get("file_uploader")[0].proto.label
    assert "上传" in label and "Upload" in label and f"{MAX_BYTES // 1_000_000} MB" in label, label


def test_add_page_shows_library_error(store_path):
    at = run_page("pages/7_add.py")
    at.text_area(key="add_text").input("   \n  ").run()
    at.button(key="add_save").click().run()
    assert at.warning  # nothing to add
    at.text_area(key="add_text").input("\x00\x01\x02 binary").run()
    at.button(key="add_save").click().run()
    assert not at.exception
    assert at.error and LABELS["bad_article"][0] in at.error[0].value
    # in Chinese, the reason reads Chinese; the library's message stays as the detail
    assert "二进制" in at.error[0].value and "control bytes" in at.error[0].value, at.error[0].value


def test_csv_builder_matches_filtered_frame(store_path, store_tables):
    tg = store_tables["targets"]
    zone = busiest(tg["zone"])
    f = data.Filters(zones=[zone], kind="target")
    frames = data.filtered_tables(f)
    shown = display_frame(frames["targets"][["zone", "kind", "metric", "value", "sentence"]])
    raw = tables.csv_bytes(shown)
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert list(back.columns) == list(shown.columns) == ["开发区", "类型", "指标", "数值", "原句"]
    assert len(back) == len(shown) == ((tg["zone"] == zone) & (tg["kind"] == "target")).sum()
    assert set(back["开发区"]) == {zone}
    name = tables.csv_name("targets", f)
    assert name.startswith("targets_") and name.endswith("_target.csv") and tables.short_zone(zone) in name
    assert tables.csv_name("targets", data.Filters(zones=["富阳经济技术开发区", "金华经济技术开发区"], kind="target")) \
        == "targets_富阳-金华_target.csv"


def test_long_tables_are_capped_but_the_csv_keeps_every_row(store_path, store_tables, monkeypatch):
    monkeypatch.setattr(tables, "MAX_ROWS_SHOWN", 3)
    at = run_page("pages/2_targets.py")
    table = table_with(at, "原句")
    assert len(table) == 3
    n = len(store_tables["targets"])
    assert any(f"{n:,}" in c.value for c in at.caption), [c.value for c in at.caption]
    assert len(at.selectbox(key="pick_fact").options) == 3  # the picker offers the figures shown
    full = data.filtered(data.Filters(), "targets")
    assert len(full) == n  # what the CSV download is built from


def test_an_article_stored_elsewhere_shows_up_on_the_next_rerun(store_path, store_tables):
    at = run_page("pages/1_overview.py")
    before = set(table_with(at, "开发区")["开发区"])
    # another process (the ingest command) adds an article while the dashboard is open
    add_bytes(Store(store_path), "南浔经济技术开发区今年力争完成工业投资60亿元,新引进项目20个。\n".encode(),
                                "ingested_elsewhere.txt")
    at.run()
    after = set(table_with(at, "开发区")["开发区"])
    assert len(after - before) == 1 and any("南浔" in z for z in after - before)


def test_charts_of_many_zones_show_the_busiest_and_say_so(store_path, store_tables, monkeypatch):
    at = run_page("pages/2_targets.py")
    zones_charted = {n for spec in chart_specs(at) for n in trace_names(spec)}
    assert len(zones_charted) >= 2, "the fixture charts several zones"
    assert not any("个开发区(共" in c.value for c in at.caption)

    monkeypatch.setattr(charts, "MAX_ZONES_CHARTED", 1)
    at = run_page("pages/2_targets.py")
    for spec in chart_specs(at):
        assert len(trace_names(spec)) == 1
    assert any("个开发区(共" in c.value for c in at.caption)
    assert len(table_with(at, "编号")) == len(store_tables["targets"])  # the table still has every figure


def test_the_overview_draws_cards_of_the_zones_most_written_about_and_says_so(store_path, store_tables, monkeypatch):
    """98 zone cards were a wall of ten screens: the overview draws the busiest zones' cards, says how many it
    leaves out, and its table keeps every zone."""
    docs = store_tables["documents"]
    at = run_page("pages/1_overview.py")
    assert len(at.get("html")) == docs["zone"].nunique() and not any("卡片" in c.value for c in at.caption)
    monkeypatch.setattr(charts, "MAX_ZONE_CARDS", 2)
    at = run_page("pages/1_overview.py")
    cards = [h.proto.body for h in at.get("html")]
    assert len(cards) == 2
    busiest = docs["zone"].value_counts()
    assert all(z in " ".join(cards) for z in busiest.index[:1])  # the zone with the most articles has its card
    assert any("卡片为文章最多的 2 个开发区" in c.value for c in at.caption)
    assert set(table_with(at, "开发区")["开发区"]) == set(docs["zone"])


def test_keywords_chart_the_zones_with_the_most_words_and_say_so(store_path, store_tables, monkeypatch):
    monkeypatch.setattr(charts, "MAX_ZONES_CHARTED", 1)
    at = run_page("pages/5_keywords.py")
    zones = {tables.short_zone(z) for z in store_tables["documents"]["zone"]}
    panels = [s for s in chart_specs(at) if s["layout"].get("title", {}).get("text") in zones]
    assert len(panels) == 2  # one zone, on each of the two tabs
    assert any("用词最多" in c.value for c in at.caption)
    assert len(set(at.dataframe[0].value["开发区"])) == len(zones)  # the table keeps every zone


def test_keywords_count_every_article_a_zone_stored_including_a_new_one(store_path, store_tables):
    zone = busiest(store_tables["documents"]["zone"])
    add_bytes(Store(store_path), (f"{zone}新闻\n发布时间:2026-11-01\n{zone}今年重点发展氢能装备,"
                                + "氢能装备产业园开工建设。" * 20 + "\n").encode(), "newer.txt")
    at = run_page("pages/5_keywords.py")
    assert not any("最近的" in c.value for c in at.caption)  # no article left out
    # the words of the article just stored were counted when it was stored: among the zone's terms
    distinctive = at.dataframe[1].value  # the second tab: terms frequent in one zone, rare in the others
    assert "氢能" in set(distinctive[distinctive["开发区"] == zone]["关键词"]), distinctive


def test_a_zone_named_with_or_without_its_city_is_one_zone_under_its_common_name(store_path):
    """The catalogue's 鄂州葛店经济技术开发区 and the text's 葛店经济技术开发区 are one zone: one card and row under
    the common name, its official name on the card and in the table, one filter option selecting both articles."""
    for file, name in (("gd1.txt", "葛店经济技术开发区"), ("gd2.txt", "鄂州葛店经济技术开发区")):
        add_bytes(Store(store_path), (f"{name}召开项目推进会\n发布时间:2026-11-0{file[2]}\n"
                                      f"{name}今年计划开工项目45个,力争完成固定资产投资100亿元。\n").encode(), file)
    at = run_page("pages/1_overview.py")
    table = table_with(at, "开发区")
    row = table[table["开发区"] == "葛店经济技术开发区"]
    assert len(row) == 1 and row["文章数"].iloc[0] == 2 and row["正式名称"].iloc[0] == "鄂州葛店经济技术开发区"
    assert "鄂州葛店经济技术开发区" not in set(table["开发区"])
    cards = [h.proto.body for h in at.get("html") if "葛店" in h.proto.body]
    assert len(cards) == 1 and "正式名称: 鄂州葛店经济技术开发区" in cards[0], cards
    at.multiselect(key="zone").set_value(["葛店经济技术开发区"]).run()
    assert set(table_with(at, "开发区")["开发区"]) == {"葛店经济技术开发区"}
    targets = run_page("pages/2_targets.py", {"zone": "葛店经济技术开发区"})
    shown = table_with(targets, "编号")
    assert set(shown["开发区"]) == {"葛店经济技术开发区"} and set(shown["文件"]) == {"gd1.txt", "gd2.txt"}


FIELD_NAMES = set(COLUMN_LABELS)


def _chart_texts(spec: dict) -> list[str]:
    """Axis and legend titles, and the hover templates, of one chart."""
    layout = spec.get("layout", {})
    out = [((layout.get(k) or {}).get("title") or {}).get("text") or ""
           for k in layout if k.startswith(("xaxis", "yaxis", "legend", "coloraxis"))]
    out += [tr.get("hovertemplate") or "" for tr in spec["data"]]
    return out


@pytest.mark.parametrize("page", PAGES)
def test_the_english_toggle_leaves_no_field_names(store_path, page):
    at = run_page(page, {"lang_en": "true"})
    for df in at.dataframe:
        assert not set(df.value.columns) & FIELD_NAMES, list(df.value.columns)
    for spec in chart_specs(at):
        for text in _chart_texts(spec):
            assert not any(text == f or re.search(rf"(^|<br>){f}=", text) for f in FIELD_NAMES), text
    assert not any(h.value in FIELD_NAMES for h in [*at.header, *at.subheader, *at.title])


def test_a_zone_has_one_colour_on_every_chart(store_path, store_tables):
    colors = charts.zone_colors()
    by_name = {**colors, **{tables.short_zone(z): c for z, c in colors.items()}}
    seen = {}
    for page in ("pages/2_targets.py", "pages/4_enterprises.py", "pages/5_keywords.py", "pages/8_progress.py"):
        at = run_page(page)
        for spec in chart_specs(at):
            for tr in spec["data"]:
                name = (tr.get("name") or (spec["layout"].get("title") or {}).get("text") or "").split(",")[0]
                color = (tr.get("marker") or {}).get("color")
                if name in by_name and isinstance(color, str):
                    assert color == by_name[name], (page, name, color)
                    seen.setdefault(name, set()).add(page)
    assert len(seen) >= 2 and max(len(p) for p in seen.values()) >= 2, seen  # zones seen on several pages


def test_csv_has_numbers_as_numbers_and_file_and_sentence_instead_of_a_link(store_path, store_tables):
    frame = data.filtered(data.Filters(), "targets")
    shown = display_frame(frame[["zone", "metric", "value", "unit", "year", "sentence", "file"]]
                          .assign(source_link=tables.source_urls(frame["file"], frame["fact_id"])))
    raw = tables.csv_bytes(shown)
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == ["开发区", "指标", "数值", "单位", "年份", "原句", "文件"]  # no 原文 link
    whole = frame["value"].dropna()
    whole = whole[whole == whole.round()]
    assert len(whole), "the fixture has whole-number figures"
    assert not back["数值"].str.fullmatch(r"-?\d+\.0").any()
    assert set(back["数值"]) >= {str(int(v)) for v in whole}
    assert set(back["文件"]) == set(frame["file"]) and set(back["原句"]) == set(frame["sentence"])


def test_overview_shows_the_comparison_columns(store_path, store_tables):
    at = run_page("pages/1_overview.py")
    table = table_with(at, "开发区")
    assert list(table.columns) == ["开发区", "正式名称", "城市", "级别", "日期", "文章数", "目标数", "已完成数", "产业数",
                                   "企业/项目数", "投资目标", "主要产业"]
    assert [m.label for m in at.metric] == ["开发区数", "文章数", "目标数", "产业数"]
    assert int(at.metric[0].value) == store_tables["documents"]["zone"].nunique()


def test_keywords_one_panel_per_zone_in_its_colour_on_one_scale(store_path, store_tables):
    at = run_page("pages/5_keywords.py")
    assert at.slider(key="kw_k").label == LABELS["top_k"][0]
    colors = charts.zone_colors()
    zones = sorted(set(store_tables["documents"]["zone"]))
    specs = chart_specs(at)
    top = [s for s in specs if s["layout"]["title"]["text"] in {tables.short_zone(z) for z in zones}]
    assert len(top) == 2 * len(zones)  # top terms and distinctive terms, one panel per zone each
    ranges = {tuple(s["layout"]["xaxis"]["range"]) for s in top[:len(zones)]}
    assert len(ranges) == 1  # the panels of a tab share one x scale
    for spec in top:
        zone = next(z for z in zones if tables.short_zone(z) == spec["layout"]["title"]["text"])
        assert len(spec["data"]) == 1 and spec["data"][0]["marker"]["color"] == colors[zone]
        assert spec["layout"]["xaxis"]["title"]["text"] == "权重"


def test_a_zone_stored_later_changes_no_other_zones_colour(store_path, store_tables):
    before = charts.zone_colors()
    add_bytes(Store(store_path), "南浔经济技术开发区今年力争完成工业投资60亿元,新引进项目20个。\n".encode(),
              "later_zone.txt")
    after = charts.zone_colors()  # the store changed: the cache key holds its modification time
    assert {z: after[z] for z in before} == before
    (new,) = set(after) - set(before)
    assert after[new] not in before.values()


def test_an_enterprise_without_investment_shows_a_dash_and_its_csv_cell_stays_empty(store_path):
    at = run_page("pages/4_enterprises.py")
    table = next(d for d in at.dataframe if "别名" in d.value.columns)  # enterprises and projects
    invested = table.value["投资额"]
    assert invested.isna().any() and pd.api.types.is_numeric_dtype(invested)  # numbers, some missing
    assert table.proto.placeholder == tables.MISSING  # what an empty cell reads: "—", not "None"
    back = pd.read_csv(io.BytesIO(tables.csv_bytes(table.value)), encoding="utf-8-sig", keep_default_na=False)
    cells = set(back["投资额"].astype(str))
    assert "" in cells and not cells & {"None", "nan", "NaN", tables.MISSING}
    assert all(c == "" or float(c) == float(c) for c in cells)  # numbers in the CSV, missing left empty


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_timeline_axis_shows_dates_never_times_of_day(store_path, lang):
    at = run_page("pages/8_progress.py", {"lang_en": "true"} if lang == "en" else {})
    spec = next(s for s in chart_specs(at) if (s["layout"].get("xaxis") or {}).get("type") == "date")
    axis = spec["layout"]["xaxis"]
    # ticks say a year or a month (a tick every month, quarter or year), never an hour or a millisecond
    assert axis["tickformat"] in {LABELS["date_year"][lang == "en"], LABELS["date_month"][lang == "en"]}
    assert not re.search(r"%[HIMSLfpX]", axis["tickformat"] + axis["hoverformat"])
    assert re.fullmatch(r"M(1|3|12)", str(axis["dtick"]))
    lo, hi = (pd.Timestamp(v) for v in axis["range"])
    assert (hi - lo).days >= 59  # one article's date is a month on each side, not a zoom into its day


def test_keywords_page_shows_no_counted_things_or_name_fragments(store_path):
    at = run_page("pages/5_keywords.py")
    terms = set(table_with(at, "关键词")["关键词"])
    assert terms and not terms & {"四次", "十五届", "富国"}, terms & {"四次", "十五届", "富国"}
    assert not [w for w in terms if re.fullmatch(r"第?[一二三四五六七八九十百千]+[次届个家项批]", w)]
    shown = table_with(at, "关键词")
    pieces = [(z, w) for z, w in zip(shown["开发区"], shown["关键词"], strict=True) if w in z]
    assert not pieces, pieces  # no piece of the zone's own name (平湖园's 江长三角科技城平湖园)


def test_the_overlap_heatmap_leaves_its_diagonal_blank_never_null(store_path):
    at = run_page("pages/3_industries.py")
    heat = next(s for s in chart_specs(at) if s["data"][0].get("type") == "heatmap")["data"][0]
    cells = [v for row in heat["text"] for v in row]
    assert None not in cells and "null" not in cells  # plotly writes a missing cell text as "null"
    assert sum(v == "" for v in cells) == len(heat["y"])  # the diagonal: a zone with itself


def test_progress_page_says_no_target_has_a_result_yet_rather_than_no_data(store_path):
    at = run_page("pages/8_progress.py")
    infos = [i.value for i in at.info]
    if not any(d for d in at.dataframe if "完成率" in d.value.columns):  # the seeds: no target meets its result
        assert LABELS["no_progress"][0] in infos
    assert LABELS["no_data"][0] not in infos  # the filters select targets: there is data
