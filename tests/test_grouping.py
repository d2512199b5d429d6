"""比较单位: the comparison pages compare zones, or the county-level places, cities or provinces they lie in
(富阳区, 嵊州市, 金华市, 平湖市 …), switched in the sidebar and kept in the URL."""

from __future__ import annotations

import pandas as pd
import pytest
from apptest_pages import chart_specs, fresh_caches, run_page, table_with  # noqa: F401 (fresh_caches: autouse fixture)

from devzone.store import Store
from devzone_app import charts, data, tables
from devzone_app.labels import LABELS


def trace_names(spec: dict) -> set[str]:
    return {tr.get("name") or "" for tr in spec["data"]}




@pytest.fixture
def places(store_path) -> pd.DataFrame:
    """Each stored zone with the place, city and province its articles give."""
    store = Store(store_path)
    try:
        docs = store.tables()["documents"]
    finally:
        store.close()
    out = data.zone_places(docs)
    assert out["place"].nunique() > 1 and (out["place"] != "").all(), "the seeds name several places"
    return out


def test_zone_places_takes_what_most_articles_say():
    docs = pd.DataFrame({"zone": ["甲开发区", "甲开发区", "甲开发区", "乙园区", ""],
                         "place": ["富阳区", "富阳区", "", None, "平湖市"],
                         "city": ["杭州市", "杭州市", "杭州市", "", "嘉兴市"],
                         "province": ["浙江省"] * 3 + ["", "浙江省"]})
    out = data.zone_places(docs).set_index("zone")
    assert out.loc["甲开发区"].tolist() == ["富阳区", "杭州市", "浙江省"]
    assert out.loc["乙园区"].tolist() == ["", "", ""]  # nothing known: the zone is compared under its name
    assert data.zone_group_names(out.reset_index(), "place") == {"甲开发区": "富阳区"}


@pytest.mark.parametrize("by", ["place", "city"])
def test_the_overview_compares_places_and_names_their_zones(store_path, places, by):
    at = run_page("pages/1_overview.py", {"by": by})
    assert at.sidebar.radio(key="by").value == by
    label = LABELS[f"group_{by}"][0]
    table = table_with(at, label)
    assert set(table[label]) == set(places[by]) and len(table) == places[by].nunique()  # 富阳区, 嵊州市 …
    for _, row in table.iterrows():  # each place lists the zones in it
        assert set(row["所含开发区"].split("、")) == set(places.loc[places[by] == row[label], "zone"])
    assert at.metric[0].label == LABELS[f"n_{by}"][0] and int(at.metric[0].value) == places[by].nunique()


def test_the_indicator_charts_compare_places_and_the_url_keeps_the_switch(store_path, places):
    at = run_page("pages/2_targets.py")
    at.sidebar.radio(key="by").set_value("place").run()
    assert at.query_params["by"] in ("place", ["place"])
    specs = chart_specs(at)
    names = {n for spec in specs for n in trace_names(spec)}
    assert names and names <= set(places["place"])  # one trace per place: 富阳区, 嵊州市 …
    names_of = data.group_names("place")  # a place takes the colour of its first stored zone
    colors = charts.zone_color_map(names_of.get(z, z) for z in data.zones_in_store_order())
    for spec in specs:
        assert spec["layout"]["xaxis"]["title"]["text"] == LABELS["group_place"][0]
        for tr in spec["data"]:
            assert tr["marker"]["color"] == colors[tr["name"]]  # a place keeps one colour
    figures = table_with(at, "编号")
    assert set(figures[LABELS["group_place"][0]]) <= set(places["place"])
    assert "按指标对比:每个县(市、区)的目标与完成" in [h.value for h in at.subheader]
    at.sidebar.radio(key="by").set_value("zone").run()
    assert "by" not in at.query_params
    assert {n for spec in chart_specs(at) for n in trace_names(spec)} <= {tables.short_zone(z) for z in places["zone"]}


def test_keywords_and_industries_compare_provinces_and_cities(store_path, places):
    at = run_page("pages/5_keywords.py", {"by": "province"})
    assert set(table_with(at, "关键词")[LABELS["group_province"][0]]) == set(places["province"])
    at = run_page("pages/3_industries.py", {"by": "city"})
    heat = chart_specs(at)[-1]["data"][0]  # industries at least two cities pursue
    assert set(heat["y"]) <= set(places["city"])
