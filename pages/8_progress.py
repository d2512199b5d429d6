"""目标与完成 Progress: each target beside the results reported for the same zone, indicator and year in any
article, with the share of the target reached; and a zone's timeline of articles and their figures."""

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from devzone import compare
from devzone_app import charts, data, render, tables
from devzone_app.labels import KINDS, group_label, name_label, t
from devzone_app.sidebar import sidebar

KIND_SYMBOLS = {"target": "diamond-open", "achievement": "circle"}


def share_figure(prog: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Share of each target reached: one trace per zone, one bar per indicator × year, 100 % marked."""
    fig = go.Figure()
    for zone, g in prog.groupby("zone", sort=True):
        labels = [render.esc(" · ".join(x for x in (name_label(i), name_label(m), y) if x)) for i, m, y in
                  zip(g["indicator"], g["measure"], g["year"], strict=True)]
        fig.add_bar(name=render.esc(tables.short_zone(zone)), y=labels, x=g["share"] * 100, orientation="h",
                    marker_color=colors.get(zone),
                    text=[f"{s:.0%}" for s in g["share"]], textposition="outside", cliponaxis=False,
                    customdata=list(zip(map(render.esc, g["target_text"]), map(render.esc, g["achievement_text"]),
                                        strict=True)),
                    hovertemplate=(f"<b>{render.esc(zone)}</b> %{{y}}<br>{t('target')}: %{{customdata[0]}}"
                                   f"<br>{t('achievement')}: %{{customdata[1]}}<br>{t('share')}: %{{x:.0f}} %"
                                   "<extra></extra>"))
    fig.add_vline(x=100, line_dash="dash", line_color="#888")
    fig.update_layout(barmode="group", height=max(200, 90 + 30 * len(prog)), legend_title_text=group_label(),
                      showlegend=True, margin={"t": 20, "b": 40})
    top = max(120.0, float(prog["share"].max()) * 100 * 1.15)
    fig.update_xaxes(title_text=t("share_axis"), ticksuffix=" %", tickformat=",~f", range=[0, top])
    fig.update_yaxes(title_text=t("f_indicator"), autorange="reversed")
    return fig


def date_axis(dates: pd.Series) -> dict:
    """A date axis of calendar dates only: ticks per year when the articles span more than three years,
    else per month (or quarter), padded by a month on each side. Left to itself plotly zooms in on one date
    or two close ones down to the millisecond ("23:59:59.999")."""
    days = pd.to_datetime(dates, errors="coerce").dropna()
    start, end = days.min() - pd.DateOffset(months=1), days.max() + pd.DateOffset(months=1)
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 36:
        dtick, fmt = "M12", t("date_year")
    else:
        dtick, fmt = ("M3" if months > 12 else "M1"), t("date_month")
    return {"type": "date", "range": [start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")], "dtick": dtick,
            "tickformat": fmt, "hoverformat": t("date_day")}


def timeline_figure(points: pd.DataFrame, color: str) -> go.Figure:
    """A zone's figures at their article's date: one trace per kind (target hollow, result solid)."""
    fig = go.Figure()
    for kind in KINDS:
        g = points[points["kind"] == kind]
        if g.empty:
            continue
        fig.add_scatter(name=t(kind), x=g["publish_date"], y=g["row"], mode="markers",
                        marker={"symbol": KIND_SYMBOLS[kind], "size": 12, "color": color},
                        customdata=list(zip(map(render.esc, g["figure"]), map(render.esc, g["file"]), strict=True)),
                        hovertemplate="%{x}<br><b>%{y}</b> %{customdata[0]}<br>%{customdata[1]}<extra></extra>")
    fig.update_layout(height=max(200, 110 + 30 * points["row"].nunique()), legend_title_text=t("f_kind"),
                      showlegend=True, margin={"t": 20, "b": 40})  # no title: plotly's top margin stood empty
    fig.update_xaxes(title_text=t("date"), **date_axis(points["publish_date"]))
    fig.update_yaxes(title_text=t("f_indicator"), type="category", categoryorder="category descending")
    return fig


filters = sidebar()
render.page_header("progress")
# a target and its result are both needed here, whatever kind the sidebar selects
both = replace(filters, kind="all")
documents = data.filtered(both, "documents")
if documents.empty:
    tables.no_data()
    st.stop()

prog = data.progress(both)  # every distinct target beside the latest report of its zone, indicator and year
colors = charts.zone_colors()

st.subheader(t("progress_table"))
if prog.empty:
    st.info(t("no_progress"))
else:
    reached = prog[prog["share"].notna()]
    if len(reached) > charts.MAX_BARS_CHARTED:
        st.caption(t("shares_capped", n=charts.MAX_BARS_CHARTED, total=f"{len(reached):,}"))
        reached = reached.sort_values("year", ascending=False, kind="stable").head(charts.MAX_BARS_CHARTED)
    if len(reached):
        st.plotly_chart(share_figure(reached, colors), key="progress_share")
    cols = ["zone", "indicator", "measure", "year", "target_text", "target_file", "achievement_text",
            "achievement_file", "share", "met"]
    shown = prog[cols].rename(columns={"target_text": "target", "achievement_text": "achievement"})
    has_result = prog["achievement"].notna()
    if has_result.any():
        tables.show_table(shown[has_result], tables.csv_name("progress", filters), "progress", column_config={
            "share": st.column_config.ProgressColumn(format="percent", min_value=0.0, max_value=1.0)})
    else:  # targets, but none with a result of its year: say that, not "no data for the filters"
        st.info(t("no_progress"))
    with st.expander(t("targets_without_result", n=int((~has_result).sum()))):
        tables.show_table(shown[~has_result].drop(columns=["achievement", "achievement_file", "share", "met"]),
                          tables.csv_name("targets_without_result", filters), "no_result")

st.subheader(t("timeline"))
zones = sorted(set(documents["zone"].dropna()) - {""})
zone = st.selectbox(group_label(), zones, key="timeline_zone", bind="query-params") if zones else None
if zone:
    docs = documents[documents["zone"] == zone]
    tg = data.filtered(replace(both, zones=[zone]), "targets")  # one zone's figures, not every stored one
    points = compare.timeline_points(docs, tg)
    points["row"] = [f"{name_label(label)} · {name_label(m)}" if m else name_label(label)
                     for label, m in zip(points["label"], points["measure"], strict=True)]
    if len(points):
        st.plotly_chart(timeline_figure(points, colors.get(zone, "#1F77B4")), key="timeline")
    tables.show_table(compare.zone_timeline(docs, tg), tables.csv_name("timeline", None, tables.short_zone(zone)),
                      "timeline", column_config={"figures": st.column_config.TextColumn(width="large")})
