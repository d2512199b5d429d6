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
from devzone_app.labels import KINDS, col_label, group_label, name_label, t, text
from devzone_app.sidebar import keep_in_url, sidebar, url_state

MAX_PANELS = 12  # indicators drawn when none is picked: those most zones report
# A panel's figure per zone and kind, reduced in SQL (the latest of each, with the count behind it)
PANEL_KEYS = ("indicator", "measure", "unit_norm", "zone", "kind")
PANEL_COLUMNS = 2
TARGET_PATTERN = "/"  # a target is hatched, a result solid


def panel_title(indicator: str, measure: str, unit: str) -> str:
    """'固定资产投资 · 总量 (亿元)', in the reader's language."""
    parts = [name_label(indicator), name_label(measure)]
    return " · ".join(p for p in parts if p) + f" ({unit})"


def wrapped(label: str, width: int = 6) -> str:
    """A zone name as an axis label (escaped: plotly reads <b>, <br>) in lines of `width` characters, so it
    reads level."""
    size = math.ceil(len(label) / math.ceil(len(label) / width)) if label else width  # lines of even length
    return "<br>".join(render.esc(label[i:i + size]) for i in range(0, len(label), size))


def panel_figure(panel: pd.DataFrame, colors: dict[str, str], unit: str, title: str) -> go.Figure:
    """One trace per zone: its target and its result side by side (x = zone › kind), hatched target."""
    fig = go.Figure()
    for zone, g in panel.groupby("zone", sort=True):
        g = g.set_index("kind").reindex([k for k in KINDS if k in set(g["kind"])]).reset_index()
        label = render.esc(tables.short_zone(zone))  # plotly reads <b>, <br> in labels: article text is shown as text
        fig.add_bar(
            name=label, x=[[wrapped(tables.short_zone(zone))] * len(g), [t(k) for k in g["kind"]]], y=g["value"],
            marker={"color": colors.get(zone), "pattern": {"shape": [TARGET_PATTERN if k == "target" else ""
                                                                    for k in g["kind"]]}},
            text=[compare.format_figure(v, unit, c if k == "target" else "") for v, c, k in
                  zip(g["value"], g["comparator"], g["kind"], strict=True)],
            textposition="outside", cliponaxis=False,
            customdata=list(zip([t(k) for k in g["kind"]], g["year"], g["period"], map(render.esc, g["metric"]),
                                g["n"], strict=True)),
            hovertemplate=(f"<b>{render.esc(zone)}</b> · %{{customdata[0]}}<br>%{{y:,~f}} {render.esc(unit)}"
                           f"<br>{t('year_period')}: %{{customdata[1]}} %{{customdata[2]}}"
                           f"<br>{t('metric_as_written')}: %{{customdata[3]}}"
                           f"<br>{t('figures_n')}: %{{customdata[4]}}<extra></extra>"))
    # the legend in a row under the title: at the side it took half a narrow panel's width
    fig.update_layout(title={"text": title, "y": 0.98, "yanchor": "top"}, barmode="group", height=400,
                      showlegend=True, margin={"t": 90, "b": 40},
                      legend={"title": {"text": group_label()}, "orientation": "h", "x": 0, "xanchor": "left",
                              "y": 1.0, "yanchor": "bottom"})
    fig.update_yaxes(title_text=f"{col_label('value')}({unit})", tickformat=",~f", ticksuffix=f" {unit}",
                     rangemode="tozero", exponentformat="none", separatethousands=True)
    fig.update_xaxes(title_text=group_label(), tickangle=0)  # labels read level (wrapped), never slanted
    return fig


filters = sidebar()
render.page_header("targets")
targets = data.filtered(filters, "targets")
if targets.empty:
    tables.no_data()
    st.stop()

latest_rows = data.latest_figures(filters, PANEL_KEYS)
figures = compare.indicator_figures(latest_rows)
counts = figures.groupby("indicator")["zone"].nunique().sort_values(ascending=False, kind="stable")
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
    if not picked and len(counts) > MAX_PANELS:
        st.caption(t("panels_capped", n=MAX_PANELS, total=len(counts)))
    shown = figures[figures["indicator"].isin(chosen)]
    cells = compare.indicator_cells(latest_rows, chosen)

    st.subheader(t("indicator_table"))
    matrix = compare.indicator_matrix(cells, panel_title, t("target"), t("achievement"))
    tables.show_table(matrix, tables.csv_name("indicators", filters), "indicators")

    st.subheader(t("indicator_panels"))
    st.caption(t("pattern_note"))
    latest = compare.latest_figures(shown)
    colors = charts.zone_colors()
    zone_counts = latest["zone"].value_counts()
    top_zones = zone_counts.index[:charts.MAX_ZONES_CHARTED]
    if len(zone_counts) > len(top_zones):
        st.caption(t("zones_capped", zones=len(top_zones), zones_total=len(zone_counts)))
    order = {name: i for i, name in enumerate(chosen)}
    charted = latest[latest["zone"].isin(top_zones)]
    panels = sorted(charted.groupby(["indicator", "measure", "unit"], sort=False),
                    key=lambda item: (order.get(item[0][0], len(order)), item[0]))
    grid = st.columns(PANEL_COLUMNS)
    for i, ((indicator, measure, unit), panel) in enumerate(panels):
        with grid[i % PANEL_COLUMNS]:
            fig = panel_figure(panel, colors, unit, panel_title(indicator, measure, unit))
            st.plotly_chart(fig, key=f"panel_{indicator}_{measure}_{unit}")

st.subheader(t("unmapped"))
# only the figures without an indicator go through the comparisons' column clean-up
unmapped = compare.unmapped_figures(targets[targets["indicator"].isna()
                                            | targets["indicator"].isin(["", compare.UNMAPPED])])
tables.show_table(unmapped, tables.csv_name("unmapped", filters), "unmapped",
                  column_config={"sentence": st.column_config.TextColumn(width="large")})

st.subheader(t("all_figures"))
cols = ["zone", "kind", "metric", "value", "unit", "comparator", "year", "category", "sentence", "file", "fact_id"]
table = targets[cols]
with st.container(key="all_figures"):  # a stable handle for the browser test
    tables.show_table(table, tables.csv_name("targets", filters), "targets")

st.subheader(t("pick_figure"))
picked_rows = targets.head(tables.MAX_ROWS_SHOWN)  # the figures the table shows
labels = {r["fact_id"]: f"{tables.short_zone(text(r['zone']))} · {text(r['metric'])} {render.fmt_num(r['value'])}"
          f"{text(r['unit'])} · {text(r['sentence'])[:40]}" for r in picked_rows.to_dict("records")}
fact = st.selectbox(t("pick_figure"), picked_rows["fact_id"].tolist(), format_func=lambda i: labels.get(i, i),
                    key="pick_fact", label_visibility="collapsed")
if fact:
    row = targets[targets["fact_id"] == fact].iloc[0]
    tables.link_to_source(row["file"], fact)
