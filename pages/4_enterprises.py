"""企业与项目 Enterprises: named enterprises and key projects per zone (aliases merged), and their investment
in one unit (亿元), one bar per project, comparable across zones."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from devzone import compare
from devzone_app import charts, data, render, tables
from devzone_app.labels import col_label, group_label, t, unit_label
from devzone_app.sidebar import sidebar

PROJECTS_CHARTED_PER_ZONE = 8


def investment_figure(inv: pd.DataFrame, unit: str, colors: dict[str, str]) -> go.Figure:
    """One horizontal bar per project, one trace per zone (its fixed colour), largest first."""
    fig = go.Figure()
    inv = inv.sort_values("investment", ascending=True)
    short = tables.short_names(inv["zone"])
    for zone, g in inv.groupby("zone", sort=True):
        # (plotly reads <b>, <br> in labels and hovers: names from articles are escaped to show as written)
        fig.add_bar(name=render.esc(short[zone]), y=g["name"].map(render.esc), x=g["investment"],
                    orientation="h",
                    marker_color=colors.get(zone), text=[f"{v:,.4g} {unit_label(unit)}" for v in g["investment"]],
                    textposition="outside", cliponaxis=False, customdata=g["aliases"].map(render.esc),
                    hovertemplate=(f"<b>%{{y}}</b> ({render.esc(zone)})<br>%{{x:,~f}} {render.esc(unit_label(unit))}"
                                   f"<br>{t('aliases')}: %{{customdata}}<extra></extra>"))
    fig.update_layout(height=max(200, 90 + 30 * len(inv)), legend_title_text=group_label(), showlegend=True,
                      margin={"t": 20, "b": 40},
                      yaxis={"categoryorder": "array", "categoryarray": list(inv["name"])})
    fig.update_xaxes(title_text=f"{col_label('investment')} ({unit_label(unit)})", tickformat=",~f",
                     ticksuffix=f" {unit}" if unit_label(unit) == unit else "",  # English: in the title only
                     range=[0, float(inv["investment"].max()) * 1.2])
    fig.update_yaxes(title_text=t("project"))
    return fig


filters = sidebar()
render.page_header("enterprises")
ent = data.filtered(filters, "enterprises")
if ent.empty:
    tables.no_data()
    st.stop()

entities = compare.enterprise_entities(ent)
per_zone = compare.investment_per_zone(entities)
if len(per_zone):
    st.subheader(t("investment_chart"))
    invested = entities[entities["investment"].notna() & (entities["investment_unit"] != "")]
    colors = charts.chart_colors(invested["zone"])  # one colour per zone in each unit's chart, none two alike
    for unit, g in invested.groupby("investment_unit", sort=True):
        top = g.sort_values("investment", ascending=False).groupby("zone").head(PROJECTS_CHARTED_PER_ZONE)
        if len(top) < len(g):
            st.caption(t("investment_capped", n=PROJECTS_CHARTED_PER_ZONE, total=f"{len(g):,}"))
        st.plotly_chart(investment_figure(top, unit, colors), key=f"investment_{unit}")
    st.caption(t("investment_note"))
    tables.show_table(per_zone, tables.csv_name("investment", filters), "investment_per_zone")

st.subheader(t("enterprises_table"))
tables.show_table(entities, tables.csv_name("enterprises", filters), "enterprises",
                  column_config={"sentence": st.column_config.TextColumn(width="large")})
