"""目标与完成 Progress: each target beside the results reported for the same zone, indicator and year in any
article, with the share of the target reached; and a zone's timeline of articles and their figures."""

from dataclasses import replace
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from devzone import compare
from devzone_app import charts, data, render, tables
from devzone_app.labels import KINDS, figure_label, group_label, name_label, period_label, t
from devzone_app.sidebar import sidebar

KIND_SYMBOLS = {"target": "diamond-open", "achievement": "circle"}
# The share axis ends at twice the target: a result many times its target is most often another scope's figure
# or a target matched wrongly (one project's sum against a zone's total; 2,195 % on ~110 real articles), and an
# axis to it squashed every other bar. Such a bar is cut at the axis' end, cross-hatched, its share written on it.
SHARE_AXIS_CAP = 2.0
BEYOND_AXIS_PATTERN = "x"
BEYOND_AXIS_FLAG = "⚠"


class ProgressParts(NamedTuple):
    charted: pd.DataFrame  # the targets with a share drawn, the latest years first
    reached_n: int  # targets with a share
    with_result: pd.DataFrame  # the table's rows: targets with a result of their year
    without_result: pd.DataFrame  # targets without one (the expander)


@st.cache_resource(show_spinner=False, max_entries=8)
def progress_parts(_prog: pd.DataFrame, key: tuple, charted_n: int) -> ProgressParts:
    """What the page shows of compare.progress, split once per store version and filters (`key`): picking
    and sorting 266,000 targets on every rerun took ~0.3 s at 10,000 articles."""
    reached = _prog[_prog["share"].notna()]
    charted = reached.sort_values("year", ascending=False, kind="stable").head(charted_n)
    cols = ["zone", "indicator", "measure", "year", "target_text", "target_file", "achievement_text",
            "achievement_file", "share", "met"]
    shown = _prog[cols].rename(columns={"target_text": "target", "achievement_text": "achievement"})
    has_result = _prog["achievement"].notna()
    without = shown[~has_result].drop(columns=["achievement", "achievement_file", "share", "met"])
    return ProgressParts(charted, len(reached), shown[has_result], without)


def share_label(indicator: str, measure: str, year: str, target_period: str, achievement_period: str) -> str:
    """A bar's name: '固定资产投资 · 总量 · 2023', and when the result covers less of the year than the target
    '(已完成: 上半年)', so a first quarter's 9 % of a year's target is not read as a shortfall."""
    name = " · ".join(x for x in (name_label(indicator), name_label(measure), year) if x)
    partial = achievement_period and compare.period_months(achievement_period) < compare.period_months(target_period)
    return name + (f" ({t('achievement')}: {period_label(achievement_period)})" if partial else "")


def share_text(share: float) -> str:
    """A share as its bar says it: '56%', and past the axis' end flagged: '⚠ 2,195%'."""
    return f"{BEYOND_AXIS_FLAG} {share:,.0%}" if share > SHARE_AXIS_CAP else f"{share:,.0%}"


def row_labels(labels: list[str], targets: list[str]) -> list[str]:
    """A zone's bar labels, escaped, each once: two targets of one indicator and year (a zone's total and one
    project's sum) drew their bars over each other in one row; such a label says its target ('… · 2025 · 10亿元'),
    and the same target twice its order too."""
    seen: dict[str, int] = {}
    repeated = {x for x in labels if labels.count(x) > 1}
    out = []
    for label, target in zip(labels, targets, strict=True):
        name = f"{label} · {figure_label(target)}" if label in repeated else label
        seen[name] = seen.get(name, 0) + 1
        out.append(render.esc(name if seen[name] == 1 else f"{name} ({seen[name]})"))
    return out


def share_figure(prog: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Share of each target reached: one trace per zone, one bar per indicator × year in a row of its own under
    its zone's name (bars grouped side by side were one slot per zone thin, too thin to carry their share), 100 %
    marked; the axis ends at SHARE_AXIS_CAP, a bar beyond it is cut there, cross-hatched, its true share on it."""
    fig = go.Figure()
    short = tables.short_names(prog["zone"])
    for zone, g in prog.groupby("zone", sort=True):
        labels = row_labels([share_label(*row) for row in zip(g["indicator"], g["measure"], g["year"],
                                                               g["target_period"], g["achievement_period"], strict=True)],
                            g["target_text"].tolist())
        beyond = (g["share"] > SHARE_AXIS_CAP).tolist()
        name = render.esc(short[zone])
        fig.add_bar(name=name, y=[[name] * len(labels), labels], x=g["share"].clip(upper=SHARE_AXIS_CAP) * 100,
                    orientation="h",
                    marker={"color": colors.get(zone),
                            "pattern": {"shape": [BEYOND_AXIS_PATTERN if b else "" for b in beyond],
                                        "fillmode": "overlay", "fgcolor": "white"}},
                    text=[share_text(s) for s in g["share"]],
                    textposition=["inside" if b else "outside" for b in beyond], insidetextanchor="end",
                    cliponaxis=False,
                    customdata=[(render.esc(figure_label(a)), render.esc(figure_label(b)), share_text(s), label)
                                for a, b, s, label in zip(g["target_text"], g["achievement_text"], g["share"], labels,
                                                          strict=True)],
                    hovertemplate=(f"<b>{render.esc(zone)}</b> %{{customdata[3]}}<br>{t('target')}: %{{customdata[0]}}"
                                   f"<br>{t('achievement')}: %{{customdata[1]}}<br>{t('share')}: %{{customdata[2]}}"
                                   "<extra></extra>"))
    fig.add_vline(x=100, line_dash="dash", line_color="#888")
    fig.update_layout(barmode="overlay", height=max(200, 90 + 30 * len(prog)), legend_title_text=group_label(),
                      showlegend=True, margin={"t": 20, "b": 40})
    top = max(120.0, min(float(prog["share"].max()), SHARE_AXIS_CAP) * 100 * 1.15)
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


def timeline_markers(points: pd.DataFrame) -> pd.DataFrame:
    """One marker per article date, kind and row: figures at one spot would be drawn over each other (a zone's
    articles can hold thousands of figures). `hover` holds the first figure and how many more are there."""
    spot = ["publish_date", "kind", "row"]
    more = points.groupby(spot, sort=False)["figure"].transform("size") - 1
    out = points.assign(more=more).drop_duplicates(spot)
    figures = out["figure"].astype("string")
    figures = figures.map({f: render.esc(figure_label(f)) for f in figures.unique()})  # per text, not per marker
    hover = figures.astype("string") + "<br>" + out["file"].astype("string").map(render.esc)
    before, _, after = t("more_figures").partition("{n}")  # filled in per marker, vectorised
    return out.assign(hover=hover.where(out["more"] == 0,
                                        hover + "<br>" + before + out["more"].astype("string") + after))


def timeline_figure(points: pd.DataFrame, color: str) -> go.Figure:
    """A zone's figures at their article's date: one trace per kind (target hollow, result solid), one marker
    per spot (timeline_markers)."""
    markers = timeline_markers(points)
    fig = go.Figure()
    for kind in KINDS:
        g = markers[markers["kind"] == kind]
        if g.empty:
            continue
        fig.add_scatter(name=t(kind), x=g["publish_date"].tolist(), y=g["row"].tolist(), mode="markers",
                        marker={"symbol": KIND_SYMBOLS[kind], "size": 12, "color": color},
                        hovertext=g["hover"].tolist(),
                        hovertemplate="%{x}<br><b>%{y}</b> %{hovertext}<extra></extra>")
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
parts = progress_parts(prog, (data.store_path(), data.store_stamp(data.store_path()), repr(both)),
                       charts.MAX_BARS_CHARTED)
colors = charts.chart_colors(parts.charted["zone"])  # none two alike in the share chart

st.subheader(t("progress_table"))
if prog.empty:
    st.info(t("no_progress"))
else:
    if parts.reached_n > len(parts.charted):
        st.caption(t("shares_capped", n=len(parts.charted), total=f"{parts.reached_n:,}"))
    if len(parts.charted):
        beyond_n = int((parts.charted["share"] > SHARE_AXIS_CAP).sum())
        if beyond_n:  # said, so a cut bar is not read as twice its target
            st.caption(t("shares_beyond_axis", n=beyond_n, cap=f"{SHARE_AXIS_CAP:.0%}", flag=BEYOND_AXIS_FLAG))
        st.plotly_chart(share_figure(parts.charted, colors), key="progress_share")
    if len(parts.with_result):
        tables.show_table(parts.with_result, tables.csv_name("progress", filters), "progress", column_config={
            "share": st.column_config.ProgressColumn(format="percent", min_value=0.0, max_value=1.0)})
    else:  # targets, but none with a result of its year: say that, not "no data for the filters"
        st.info(t("no_progress"))
    with st.expander(t("targets_without_result", n=len(parts.without_result))):
        tables.show_table(parts.without_result, tables.csv_name("targets_without_result", filters), "no_result")

st.subheader(t("timeline"))
zones = sorted(set(documents["zone"].dropna()) - {""})
zone = st.selectbox(group_label(), zones, key="timeline_zone", bind="query-params") if zones else None
if zone:
    points, articles = data.timeline(both, zone)
    row_names = {pair: f"{name_label(pair[0])} · {name_label(pair[1])}" if pair[1] else name_label(pair[0])
                 for pair in set(zip(points["label"], points["measure"], strict=True))}  # per name, not per point
    points = points.assign(row=[row_names[pair] for pair in zip(points["label"], points["measure"], strict=True)])
    if len(points):
        st.plotly_chart(timeline_figure(points, colors.get(zone) or charts.zone_colors().get(zone, charts.ZONE_PALETTE[0])), key="timeline")
    tables.show_table(articles, tables.csv_name("timeline", None, tables.short_zone(zone)),
                      "timeline", column_config={"figures": st.column_config.TextColumn(width="large")})
