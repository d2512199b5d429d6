"""产业对比 Industries: 同质化 by 战略性新兴产业 category or by canonical industry (a switch), the industries
at least two zones pursue, and every zone that pursues a picked industry."""

import math

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from devzone import compare
from devzone_app import data, render, tables
from devzone_app.labels import group_label, t, texts
from devzone_app.sidebar import keep_in_url, sidebar, url_state

OVERLAP_LEVELS = ("category", "canonical")
MAX_HOVER_ITEMS = 12  # a hover of more names than this is cut (the table under the chart has them all)


def integer_colorbar(zmax: int) -> dict:
    """A colour bar of whole numbers only (no 0.5 / 1.5 ticks)."""
    return {"tickmode": "linear", "tick0": 0, "dtick": max(1, math.ceil(zmax / 5)), "tickformat": "d"}


def overlap_figure(counts: pd.DataFrame, detail: pd.DataFrame, unit: str) -> go.Figure:
    """Zone × zone: how many categories/industries both pursue; the hover names them. The diagonal (a
    zone's own count) is left blank and written beside the zone's name, so it does not set the colours."""
    short = tables.short_names(counts.index)
    names = [render.esc(short[z]) for z in counts.index]  # plotly reads <b> in labels
    own = [int(counts.iat[i, i]) for i in range(len(names))]
    rows = [f"{n} ({k})" for n, k in zip(names, own, strict=True)]
    z = [[None if i == j else int(v) for j, v in enumerate(row)] for i, row in enumerate(counts.to_numpy().tolist())]
    hover = [["<br>".join(render.esc(x) for x in items[:MAX_HOVER_ITEMS])
              + ("<br>…" if len(items) > MAX_HOVER_ITEMS else "") for items in row] for row in detail.values]
    zmax = max([v for row in z for v in row if v is not None] or [1])
    fig = go.Figure(go.Heatmap(
        # the diagonal's cells are blank (plotly writes a missing text as "null")
        z=z, x=names, y=rows, text=[["" if v is None else str(v) for v in row] for row in z], texttemplate="%{text}",
        customdata=hover, colorscale="Reds", zmin=0,
        zmax=max(zmax, 1), xgap=2, ygap=2, colorbar={"title": {"text": unit}, **integer_colorbar(zmax)},
        hovertemplate="<b>%{y} · %{x}</b>: %{z}<br>%{customdata}<extra></extra>"))
    fig.update_layout(height=max(260, 110 + 48 * len(names)), margin={"t": 20, "b": 40})
    fig.update_xaxes(title_text=group_label(), side="bottom")
    fig.update_yaxes(title_text=t("overlap_own"), autorange="reversed")
    return fig


def shared_figure(matrix: pd.DataFrame) -> go.Figure:
    """Zone × industry (named by ≥ 2 zones): articles naming it, whole numbers, labels read level."""
    short = tables.short_names(matrix.index)
    labels = [render.esc(short[z]) for z in matrix.index]  # plotly reads <b> in labels
    zmax = int(matrix.values.max()) if matrix.size else 1
    fig = go.Figure(go.Heatmap(
        z=matrix.values.tolist(), x=[render.esc(c) for c in matrix.columns], y=labels, text=matrix.values.tolist(), texttemplate="%{text}",
        colorscale="Blues", zmin=0, zmax=max(zmax, 1), xgap=2, ygap=2,
        colorbar={"title": {"text": t("articles_n")}, **integer_colorbar(zmax)},
        hovertemplate=f"<b>%{{y}}</b> · %{{x}}<br>{t('articles_n')}: %{{z}}<extra></extra>"))
    fig.update_layout(height=max(240, 130 + 44 * len(labels)), margin={"t": 20, "b": 40})
    fig.update_xaxes(title_text=t("f_ind"), tickangle=-30 if matrix.shape[1] > 8 else 0)
    fig.update_yaxes(title_text=group_label(), autorange="reversed")
    return fig


def pursuing_section(ind: pd.DataFrame) -> None:
    """Pick an industry (the most pursued first), see every zone pursuing it with a sentence of each."""
    st.subheader(t("pick_industry"))
    names = ind["canonical"].pipe(texts)
    zones_per = ind.assign(canonical=names).groupby("canonical")["zone"].nunique()
    options = sorted((n for n in zones_per.index if n), key=lambda n: (-zones_per[n], n))
    url_state("industry_pick", options, options[0] if options else "")
    industry = st.selectbox(t("pick_industry"), options, key="industry_pick",
                            format_func=lambda n: f"{n} ({zones_per[n]})", label_visibility="collapsed")
    keep_in_url("industry_pick", industry)
    if industry:
        tables.show_table(compare.zones_pursuing(ind, industry), tables.csv_name("zones", filters, industry),
                          "pursuing", column_config={"sentence": st.column_config.TextColumn(width="large")})


def overlap_section(ind: pd.DataFrame) -> None:
    """同质化: zone × zone counts of shared categories or industries, and the pairs table."""
    url_state("overlap_by", list(OVERLAP_LEVELS), "category")
    level = st.segmented_control(t("overlap_by"), OVERLAP_LEVELS, format_func=lambda x: t(f"by_{x}"),
                                 key="overlap_by") or "category"
    keep_in_url("overlap_by", level)
    pairs = compare.zone_overlap(ind, by=level)
    if pairs["zone_a"].nunique() < 2:
        st.info(t("overlap_needs_two"))
        return
    st.caption(t(f"overlap_note_{level}"))
    st.plotly_chart(overlap_figure(compare.overlap_grid(pairs), compare.overlap_grid(pairs, "detail"),
                                   t(f"shared_{level}")), key="overlap")
    listed = pairs[pairs["zone_a"] < pairs["zone_b"]].assign(
        shared=lambda d: d["detail"].map("; ".join)).drop(columns=["detail"])
    tables.show_table(listed, tables.csv_name("overlap", filters, level), "overlap")


filters = sidebar()
render.page_header("industries")
ind = data.filtered(filters, "industries")
if ind.empty:
    tables.no_data()
    st.stop()

if filters.any_industry():
    # "which zones pursue 新能源": the answer first; overlap within the picked industries says little (each pair
    # shares the one picked), so it waits in an expander
    pursuing_section(ind)
    with st.expander(t("overlap")):
        overlap_section(ind)
else:
    st.subheader(t("overlap"))
    overlap_section(ind)

st.subheader(t("shared_heatmap"))
matrix, rest = compare.shared_industry_matrix(ind)
if matrix.empty:
    st.info(t("no_shared_industry"))
else:
    st.plotly_chart(shared_figure(matrix), key="heatmap")
with st.expander(t("single_zone_industries", n=rest["canonical"].nunique())):
    tables.show_table(rest, tables.csv_name("industries_one_zone", filters), "rest")

if not filters.any_industry():
    pursuing_section(ind)

st.subheader(t("raw_names"))
names = ind["canonical"].pipe(texts)
raw = ind.assign(zone=ind["zone"].pipe(texts), canonical=names, industry=ind["industry"].pipe(texts),
                 category=ind["category"].pipe(texts))
raw = raw.groupby(["zone", "canonical"], as_index=False).agg(
    category=("category", lambda s: "、".join(sorted({x for x in s if x}))), mentions=("industry", "size"),
    raw_names=("industry", lambda s: "、".join(sorted({x for x in s if x}))))
tables.show_table(raw.sort_values(["zone", "mentions"], ascending=[True, False]),
                  tables.csv_name("industries", filters), "industries")
