"""指标对比 Indicators: each canonical indicator across zones — the latest target beside the latest result.

One panel per indicator × measure × unit (an amount never shares an axis with a growth rate), one bar pair
per zone in its fixed colour, values in the indicator's unit as Chinese readers write it (亿元, 万平方米, %).
Figures without a canonical indicator are listed apart, never summed. The indicators shown are chosen in
the sidebar and kept in the URL.
"""

import math

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from devzone import compare
from devzone_app import charts, data, render, tables
from devzone_app.labels import (
    KINDS,
    col_label,
    figure_label,
    group_label,
    lang,
    name_label,
    period_label,
    t,
    texts,
    unit_label,
)
from devzone_app.sidebar import keep_in_url, sidebar, url_state

# Charts drawn when no indicator is picked: the panels (indicator × measure × unit) most zones report, of the
# indicators most zones report (12 indicators made 34 panels on 109 real articles, most of one bar each)
MAX_PANELS = 12
# A panel's figure per zone and kind, reduced in SQL (the latest of each, with the count behind it)
PANEL_KEYS = ("indicator", "measure", "unit_norm", "zone", "kind")
PANEL_COLUMNS = 2
TARGET_PATTERN = "/"  # a target is hatched, a result solid


def panel_title(indicator: str, measure: str, unit: str) -> str:
    """'固定资产投资 · 总量 (亿元)', in the reader's language."""
    parts = [name_label(indicator), name_label(measure)]
    return " · ".join(p for p in parts if p) + f" ({unit_label(unit)})"


def wrapped(label: str, width: int = 6) -> str:
    """A zone name as an axis label (escaped: plotly reads <b>, <br>) in lines of `width` characters, so it
    reads level."""
    size = math.ceil(len(label) / math.ceil(len(label) / width)) if label else width  # lines of even length
    return "<br>".join(render.esc(label[i:i + size]) for i in range(0, len(label), size))


def kind_label(rec: dict) -> str:
    """A bar's label under it: its kind and the year and period it is of ('目标<br>2023 全年'), so a first
    quarter is never read as a year, nor 2019 as 2023."""
    when = " ".join(x for x in (str(rec.get("year") or ""), period_label(rec.get("period"))) if x)
    return t(rec["kind"]) + (f"<br>{render.esc(when)}" if when else "")


def panel_figure(panel: pd.DataFrame, colors: dict[str, str], unit: str, title: str) -> go.Figure:
    """One trace per zone: its target and its result side by side (x = zone › kind), hatched target."""
    fig = go.Figure()
    # a panel holds at most a target and a result per zone: plain records, not a pandas group per zone
    # (a frame's group, re-indexed by kind, cost ~2 ms per zone and panel: a second over 12 × 12)
    rows: dict[str, dict[str, dict]] = {}
    for rec in panel[["zone", "kind", "value", "comparator", "year", "period", "metric", "n"]].to_dict("records"):
        rows.setdefault(rec["zone"], {})[rec["kind"]] = rec
    short = tables.short_names(rows)
    for zone in sorted(rows):
        g = [rows[zone][k] for k in KINDS if k in rows[zone]]
        kinds = [r["kind"] for r in g]
        label = render.esc(short[zone])  # plotly reads <b>, <br> in labels: article text is shown as text
        fig.add_bar(
            name=label, x=[[wrapped(short[zone])] * len(g), [kind_label(r) for r in g]],
            y=[r["value"] for r in g],
            marker={"color": colors.get(zone), "pattern": {"shape": [TARGET_PATTERN if k == "target" else ""
                                                                    for k in kinds]}},
            text=[figure_label(compare.format_figure(r["value"], unit, r["comparator"] if r["kind"] == "target" else ""))
                  for r in g],
            textposition="outside", cliponaxis=False,
            customdata=[(t(r["kind"]), r["year"], period_label(r["period"]), render.esc(r["metric"]), r["n"])
                        for r in g],
            hovertemplate=(f"<b>{render.esc(zone)}</b> · %{{customdata[0]}}<br>%{{y:,~f}} {render.esc(unit_label(unit))}"
                           f"<br>{t('year_period')}: %{{customdata[1]}} %{{customdata[2]}}"
                           f"<br>{t('metric_as_written')}: %{{customdata[3]}}"
                           f"<br>{t('figures_n')}: %{{customdata[4]}}<extra></extra>"))
    # the legend in a row under the title: at the side it took half a narrow panel's width
    fig.update_layout(title={"text": title, "y": 0.98, "yanchor": "top"}, barmode="group", height=400,
                      showlegend=True, margin={"t": 90, "b": 40},
                      legend={"title": {"text": group_label()}, "orientation": "h", "x": 0, "xanchor": "left",
                              "y": 1.0, "yanchor": "bottom"})
    # in English the unit is words ("100 million yuan"): in the axis title, not after every tick
    fig.update_yaxes(title_text=f"{col_label('value')}({unit})" if lang() == "zh" else
                     f"{col_label('value')} ({unit_label(unit)})", tickformat=",~f",
                     ticksuffix=f" {unit}" if unit_label(unit) == unit else "",
                     rangemode="tozero", exponentformat="none", separatethousands=True)
    fig.update_xaxes(title_text=group_label(), tickangle=0)  # labels read level (wrapped), never slanted
    return fig


# What the page derives from the latest figures, cached per store version and filters (`key`): each rerun
# recomputed it from 5,571 figures at 10,000 articles (~0.5 s).
@st.cache_resource(show_spinner=False, max_entries=8)
def indicator_figures(_latest_rows: pd.DataFrame, key: tuple) -> tuple[pd.DataFrame, pd.Series]:
    """compare.indicator_figures of the latest figures and how many zones report each indicator (most first)."""
    figures = compare.indicator_figures(_latest_rows)
    counts = figures.groupby("indicator")["zone"].nunique().sort_values(ascending=False, kind="stable")
    return figures, counts


@st.cache_resource(show_spinner=False, max_entries=16)
def chosen_figures(_figures: pd.DataFrame, _latest_rows: pd.DataFrame, key: tuple,
                   chosen: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """For the chosen indicators: the latest figure per panel × zone × kind, the zone × panel cells and how many
    figures each zone has among them (most first)."""
    latest = compare.latest_figures(_figures[_figures["indicator"].isin(chosen)])
    return latest, compare.indicator_cells(_latest_rows, list(chosen)), latest["zone"].value_counts()


def figure_labels(rows: pd.DataFrame) -> list[str]:
    """'富阳 · 工业投资 60亿元 · the sentence's first 40 characters' for each figure, built by column (a row at a
    time, 5,000 figures took 0.1 s per rerun)."""
    zones = rows["zone"].pipe(texts)
    values = rows["value"]
    parts = [zones.map(tables.short_names(zones.unique())), " · ", rows["metric"].pipe(texts), " ",
             values.map({v: render.fmt_num(v) for v in values.dropna().unique()}).fillna(""),
             rows["unit"].pipe(texts), " · ", rows["sentence"].pipe(texts).str[:40]]
    out = pd.Series("", index=rows.index, dtype=object)
    for part in parts:
        out = out + (part.astype(object) if isinstance(part, pd.Series) else part)
    return out.tolist()


filters = sidebar()
render.page_header("targets")
targets = data.filtered(filters, "targets")
if targets.empty:
    tables.no_data()
    st.stop()

latest_rows = data.latest_figures(filters, PANEL_KEYS)
view_key = (data.store_path(), data.store_stamp(data.store_path()), repr(filters))
figures, counts = indicator_figures(latest_rows, view_key)
options = sorted(counts.index)
with st.sidebar:
    url_state("indicator", options, [])
    picked = st.multiselect(t("f_indicator"), options, key="indicator", placeholder=t("all"),
                            format_func=name_label)
    keep_in_url("indicator", picked)

if figures.empty:
    st.info(t("no_indicators"))
else:
    chosen = list(picked) or list(counts.index[:MAX_PANELS])
    latest, cells, zone_counts = chosen_figures(figures, latest_rows, view_key, tuple(chosen))

    st.subheader(t("indicator_table", what=group_label()))
    matrix = compare.indicator_matrix(cells, panel_title, t("target"), t("achievement"))
    tables.show_table(matrix, tables.csv_name("indicators", filters), "indicators")

    st.subheader(t("indicator_panels", what=group_label(), what_lower=group_label().lower()))
    st.caption(t("pattern_note"))
    top_zones = zone_counts.index[:charts.MAX_ZONES_CHARTED]
    colors = charts.chart_colors(top_zones)  # one colour per zone on every panel, none two alike
    if len(zone_counts) > len(top_zones):
        st.caption(t("zones_capped", zones=len(top_zones), zones_total=len(zone_counts)))
    order = {name: i for i, name in enumerate(chosen)}
    charted = latest[latest["zone"].isin(top_zones)]
    panels = sorted(charted.groupby(["indicator", "measure", "unit"], sort=False),
                    key=lambda item: (order.get(item[0][0], len(order)), item[0]))
    if not picked and (len(panels) > MAX_PANELS or len(counts) > MAX_PANELS):
        drawn = {key for key, _ in sorted(panels, key=lambda item: -item[1]["zone"].nunique())[:MAX_PANELS]}
        panels = [(key, panel) for key, panel in panels if key in drawn]  # in the indicators' order
        st.caption(t("panels_capped", n=len(panels), total=len(counts)))
    silent = [z for z in filters.zones if z not in set(latest["zone"])] if filters.by == "zone" else []
    if silent:  # zones the reader picked that report none of these indicators: said, not left out silently
        st.caption(t("zones_without_indicator", zones="、".join(silent)))
    grid = st.columns(PANEL_COLUMNS)
    for i, ((indicator, measure, unit), panel) in enumerate(panels):
        with grid[i % PANEL_COLUMNS]:
            fig = panel_figure(panel, colors, unit, panel_title(indicator, measure, unit))
            st.plotly_chart(fig, key=f"panel_{indicator}_{measure}_{unit}")

if picked:  # the figures of the picked indicators only: the unmapped ones are none of them
    targets = targets[targets["indicator"].isin(set(picked))]
    st.caption(t("figures_of_picked", indicators="、".join(name_label(i) for i in picked)))
else:
    st.subheader(t("unmapped"))
    unmapped = data.unmapped_figures(filters)
    tables.show_table(unmapped, tables.csv_name("unmapped", filters), "unmapped",
                      column_config={"sentence": st.column_config.TextColumn(width="large")})

st.subheader(t("all_figures"))
cols = ["zone", "kind", "indicator", "measure", "metric", "value", "unit", "comparator", "year", "period", "category",
        "sentence", "file", "fact_id"]
shown_n = min(len(targets), tables.MAX_ROWS_SHOWN)  # a link for each row the table shows (the CSV has none)
links = tables.source_urls(targets["file"].iloc[:shown_n], targets["fact_id"].iloc[:shown_n])
table = targets[cols].assign(source_link=pd.Series(links, index=targets.index[:shown_n], dtype=object))
table = table[[*cols[:-3], "source_link", *cols[-3:]]]  # the link before the sentence, which runs off the right
with st.container(key="all_figures"):  # a stable handle for the browser test
    tables.show_table(table, tables.csv_name("targets", filters, *picked[:3]), "targets", column_config={
        "source_link": st.column_config.LinkColumn(display_text=t("open_source"))})

st.subheader(t("pick_figure"))
picked_rows = targets.head(tables.MAX_ROWS_SHOWN)  # the figures the table shows
labels = dict(zip(picked_rows["fact_id"], figure_labels(picked_rows), strict=True))
fact = st.selectbox(t("pick_figure"), picked_rows["fact_id"].tolist(), format_func=lambda i: labels.get(i, i),
                    key="pick_fact", label_visibility="collapsed")
if fact:
    row = picked_rows[picked_rows["fact_id"] == fact].iloc[0]  # one of the options: not a pass over every figure
    tables.link_to_source(row["file"], fact)
