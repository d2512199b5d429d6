"""AppTest of what a reader notices once the store holds many zones and real articles' figures: no two zones
of a chart in one colour, a zone in one colour on every page, a share far beyond its target flagged instead of
squashing every other bar, the headline target with its comparator, keywords that tell zones apart.

The articles are written here (fictional sentences of real zones' names, so the gazetteer places them);
expectations come from what the store returns.
"""

from __future__ import annotations

import base64
import csv
import re
from pathlib import Path

import numpy as np
import pytest
from apptest_pages import chart_specs, fresh_caches, run_page, table_with  # noqa: F401 (fresh_caches: autouse)

from devzone import keywords
from devzone.ingest import add_bytes, ingest_paths
from devzone.store import Store
from devzone_app import charts, data, tables

ROOT = Path(__file__).resolve().parent.parent
MANY = 24  # more zones than the palette has colours


def gazetteer_names(n: int, skip: set[str]) -> list[str]:
    """n canonical zone names of data/zones.csv not in `skip`."""
    with open(ROOT / "data" / "zones.csv", encoding="utf-8", newline="") as f:
        names = [r["canonical"] for r in csv.DictReader(f) if r["canonical"] not in skip]
    return names[:n]


@pytest.fixture
def many_zones(store_path, store_tables) -> tuple[list[str], set[str]]:
    """The seeds plus one article each of MANY more zones, each planning its fixed-asset investment: every zone
    in the order first stored, and the zones added."""
    added = gazetteer_names(MANY, set(store_tables["documents"]["zone"]))
    store = Store(store_path)
    try:
        for i, name in enumerate(added):
            add_bytes(store, (f"{name}2023年工作要点\n发布时间:2023-02-{i % 27 + 1:02d}\n"
                              f"2023年,{name}力争完成固定资产投资{50 + i}亿元以上,重点发展新材料产业。\n").encode(),
                      f"zone_{i:02d}.txt")
    finally:
        store.close()
    data.clear_caches()
    return data.zones_in_store_order(), set(added)


def panel_colors(at) -> dict[str, set[str]]:
    """The colours each zone's bars have on the page's charts, by short zone name."""
    out: dict[str, set[str]] = {}
    for spec in chart_specs(at):
        for tr in spec["data"]:
            color = (tr.get("marker") or {}).get("color")
            if isinstance(color, str):
                out.setdefault(tr.get("name") or "", set()).add(color)
    return out


def test_two_zones_of_one_chart_never_share_a_colour_past_the_palette(many_zones):
    """The 1st and the 21st zone stored were both #1F77B4 (a palette of 20 repeats): drawn together now the
    later one takes a colour no zone of the chart has, the earlier keeps its own on every page."""
    order, added = many_zones  # two zones added here (each with a target) 20 apart in the store's order
    first, later = next((z, order[i + len(charts.ZONE_PALETTE)]) for i, z in enumerate(order)
                        if z in added and order[i + len(charts.ZONE_PALETTE)] in added)
    both = run_page("pages/2_targets.py", {"zone": [first, later], "kind": "target"})
    drawn = panel_colors(both)
    a, b = drawn[tables.short_zone(first)], drawn[tables.short_zone(later)]
    assert len(a) == 1 and len(b) == 1 and a != b, drawn  # one colour each, not the same one
    alone = run_page("pages/2_targets.py", {"zone": first, "kind": "target"})
    assert panel_colors(alone)[tables.short_zone(first)] == a  # the earlier zone's colour whatever is beside it
    cards = run_page("pages/1_overview.py", {"zone": [first, later]})
    for zone, color in ((first, a), (later, b)):  # the card of each zone in the colour of its bars
        card = next(h.proto.body for h in cards.get("html") if f">{zone}<" in h.proto.body)
        assert f"border-left:6px solid {next(iter(color))}" in card


def test_every_zone_of_a_chart_has_a_colour_of_its_own(many_zones):
    """All of the many zones charted at once (the indicator panels draw the 12 busiest): no colour twice."""
    at = run_page("pages/2_targets.py", {"kind": "target"})
    drawn = panel_colors(at)
    assert len(drawn) >= 12
    colors = [c for cs in drawn.values() for c in cs]
    assert len(colors) == len(set(colors)), drawn


def test_the_colour_of_a_chart_keeps_the_zones_families_apart():
    """Pure: 25 zones in one chart (more than 20 families): the first 20 in 20 families, the rest in shades
    of their own; zones stored first keep their colour."""
    order = [f"区{i:02d}" for i in range(45)]
    own = charts.zone_color_map(order)
    drawn = charts.chart_color_map(order[:5] + order[20:40], order)
    assert len(set(drawn.values())) == len(drawn) == 25
    assert all(drawn[z] == own[z] for z in order[:5])
    assert len(set(own.values())) == len(own)  # each stored zone its own colour
    assert re.fullmatch(r"#[0-9A-F]{6}", charts.shade("#1f77b4", 7))


# ------------------------------------------------------------------ 目标与完成: a share far beyond its target

OUTLIER_ZONE = "碧溪经济开发区"  # fictional, as the articles below
OUTLIER_ARTICLES = (
    ("outlier_plan.txt", f"{OUTLIER_ZONE}2023年工作计划\n发布时间:2023-02-12\n(测试用虚构文章。)\n"
                         f"2023年,{OUTLIER_ZONE}全年力争完成固定资产投资10亿元以上,重点发展新材料产业。\n"),
    ("outlier_review.txt", f"{OUTLIER_ZONE}2023年工作总结\n发布时间:2024-01-20\n(测试用虚构文章。)\n"
                           f"2023年,{OUTLIER_ZONE}全年完成固定资产投资219.5亿元,同比增长8%。\n"),
    ("outlier_budget.txt", f"{OUTLIER_ZONE}2023年预算报告\n发布时间:2023-03-02\n(测试用虚构文章。)\n"
                           f"2023年,{OUTLIER_ZONE}全年力争完成固定资产投资300亿元。\n"),
)


@pytest.fixture
def outlier_store(store_path) -> Path:
    """The seeds, the plan and half-year review of tests/fixtures/progress/ (56 % of ≥100亿元), and a zone whose
    result is 2,195 % of its target."""
    store = Store(store_path)
    try:
        ingest_paths(store, [ROOT / "tests" / "fixtures" / "progress"])
        for file, body in OUTLIER_ARTICLES:
            add_bytes(store, body.encode(), file)
    finally:
        store.close()
    return store_path


def plotted(values) -> list:
    """A trace's values as plotly writes them: a list, or a typed array ({"dtype", "bdata"} in base64)."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def share_chart(at) -> dict:
    return next(s for s in chart_specs(at) if s["data"] and s["data"][0].get("orientation") == "h")


def test_one_share_far_beyond_its_target_squashes_no_other_bar(outlier_store):
    """2,195 % set the axis to 2,500 %, so 56 % was a sliver: the axis ends near twice the target, the outlier's
    bar is cut there, flagged, its true share written on it and in its hover, and a caption says so."""
    at = run_page("pages/8_progress.py")
    table = table_with(at, "完成率")
    fai = table[(table["标准指标"] == "固定资产投资") & (table["口径"] == "总量")]
    shares = dict(zip(fai["开发区"], fai["完成率"], strict=True))
    assert shares[OUTLIER_ZONE] == pytest.approx(21.95) and shares["青岚经济开发区"] == pytest.approx(0.56)
    chart = share_chart(at)
    top = chart["layout"]["xaxis"]["range"][1]
    assert 100 < top <= 250, top  # not 2,500 %
    bars = {(tr["name"], y): (x, text, custom[2]) for tr in chart["data"]
            for y, x, text, custom in zip(tr["y"][1], plotted(tr["x"]), tr["text"], tr["customdata"], strict=True)}
    (x, text, hover), = [v for (name, _), v in bars.items() if name == tables.short_zone(OUTLIER_ZONE)
                         and "2,195%" in v[1]]
    assert x <= top and text.startswith("⚠") and "2,195%" in hover
    fai = next(v for (name, y), v in bars.items() if name == "青岚" and y.startswith("固定资产投资 · 总量"))
    assert fai[0] == pytest.approx(56) and fai[1] == "56%"  # the other bars as they were, on a readable scale
    assert any("超过 200%" in c.value for c in at.caption), [c.value for c in at.caption]
    for tr in chart["data"]:  # two targets of one indicator and year (≥10亿元, 300亿元): a row each, not one over
        rows = list(zip(tr["y"][0], tr["y"][1], strict=True))  # the other
        assert len(rows) == len(set(rows)), rows
    mine = next(tr["y"][1] for tr in chart["data"] if tr["name"] == tables.short_zone(OUTLIER_ZONE))
    assert len(mine) == 2 and any("300亿元" in y for y in mine), mine


# ------------------------------------------------------------------ 总览: the headline target as the text states it

def test_the_headline_target_keeps_its_comparator_as_every_page_writes_it(outlier_store):
    """青岚's plan: 全年力争完成固定资产投资100亿元以上. The card and the table said 100亿元 (at most? at least?); now
    ≥100亿元, the figure written as the progress page writes the same target."""
    overview = run_page("pages/1_overview.py")
    table = table_with(overview, "投资目标")
    head = table.loc[table["开发区"] == "青岚经济开发区", "投资目标"].iloc[0]
    assert "≥100亿元" in head and "(2023" in head, head
    card = next(h.proto.body for h in overview.get("html") if ">青岚经济开发区<" in h.proto.body)
    assert f"<b>{head}</b>" in card
    progress = table_with(run_page("pages/8_progress.py"), "完成率")
    target = progress.loc[(progress["开发区"] == "青岚经济开发区") & (progress["标准指标"] == "固定资产投资")
                          & (progress["口径"] == "总量"), "目标"].iloc[0]
    assert target.split(" (")[0] in head  # ≥100亿元 on both pages
    english = table_with(run_page("pages/1_overview.py", {"lang_en": "true"}), "Headline investment target")
    assert any("≥100" in h for h in english["Headline investment target"])


# ------------------------------------------------------------------ 关键词: words that tell zones apart

GENRE_WORDS = {"发展", "建设", "企业", "项目", "推进", "实现", "产业", "投资", "经济", "招商", "全市", "百分点", "签约",
               "开工", "高新区"}
ZONE_TRADES = {"平湖经济技术开发区": "光伏", "嵊州经济开发区": "纺织印染", "富阳经济技术开发区": "氢能"}


@pytest.fixture
def genre_store(store_path) -> Path:
    """Three zones writing the genre's words more often than their trade, and one article whose counts were kept
    before the genre's stop words were table rows (发展 counted 500 times, as a store built then holds it)."""
    store = Store(store_path)
    try:
        for zone, trade in ZONE_TRADES.items():
            add_bytes(store, (f"{zone}推进项目建设\n发布时间:2024-03-0{len(trade)}\n"
                              + f"{zone}推进{trade}产业发展,产业投资实现增长,经济运行高于全市3个百分点,集中签约开工项目。" * 6
                              + f"{trade}企业加快建设。\n").encode(), f"genre_{trade}.txt")
        with store.connect() as con:
            (content_hash,) = con.execute("SELECT content_hash FROM documents WHERE file = 'genre_光伏.txt'").fetchone()
            con.execute("INSERT INTO terms VALUES (?, '发展', 500)", [content_hash])
    finally:
        store.close()
    return store_path


def test_the_keywords_of_a_zone_are_words_that_tell_it_apart(genre_store):
    """The top terms of each zone were 产业, 投资, 经济, 发展 … (the genre's words, in every zone's articles): now
    no word of the table's genre rows is shown, on either tab, and each zone's trade is."""
    at = run_page("pages/5_keywords.py")
    for df in at.dataframe[:2]:  # top terms, distinctive terms
        terms = df.value
        for zone, trade in ZONE_TRADES.items():
            mine = terms.loc[terms["开发区"] == zone, "关键词"].tolist()
            assert trade in mine and not GENRE_WORDS & set(mine), (zone, mine)
    assert all(any(p.search(w) for p in keywords.stop_term_patterns()) for w in GENRE_WORDS)  # each a table row
    panels = [s for s in chart_specs(at) if s["layout"]["title"]["text"] == tables.short_zone("平湖经济技术开发区")]
    assert panels and not GENRE_WORDS & {y for s in panels for tr in s["data"] for y in tr["y"]}


def test_the_keyword_panels_are_scaled_to_the_zones_they_draw(many_zones):
    """A zone of one short article (not drawn: the panels are of the 12 zones with the most words) has the
    largest weights; the panels' shared scale ended at its weight and every drawn bar was a sliver."""
    store = Store(data.store_path())
    try:  # one word, written once: its weight is the largest of all
        add_bytes(store, "红柳湾经济开发区简讯\n发布时间:2024-05-06\n红柳湾经济开发区:枸杞。\n".encode(), "one_word.txt")
    finally:
        store.close()
    at = run_page("pages/5_keywords.py")
    table = at.dataframe[0].value  # top terms of every zone
    assert "枸杞" in set(table["关键词"])
    panels = chart_specs(at)[:charts.MAX_ZONES_CHARTED]  # the first tab's
    drawn = {s["layout"]["title"]["text"] for s in panels}
    weights = table[table["开发区"].map(tables.short_zone).isin(drawn)]["权重"]
    assert table["权重"].max() > weights.max()  # the largest weight is a zone not drawn
    (top,) = {s["layout"]["xaxis"]["range"][1] for s in panels}
    assert top == pytest.approx(weights.max() * 1.05, rel=1e-3)
