"""企业与项目 Enterprises: named enterprises and key projects per zone with their investment figures."""

import pandas as pd
import plotly.express as px
import streamlit as st

from devzone_app import charts, data, render, tables
from devzone_app.labels import col_label, t, texts
from devzone_app.sidebar import sidebar


def investment_by_zone(ent: pd.DataFrame) -> pd.DataFrame:
    """Numeric investments per zone and enterprise, kept apart by unit (never adds 亿元 to 万元)."""
    d = ent.assign(investment=pd.to_numeric(ent["investment"].pipe(texts).str.replace(",", ""), errors="coerce"),
                   investment_unit=ent["investment_unit"].pipe(texts), zone=ent["zone"].pipe(texts),
                   name=ent["name"].pipe(texts))
    d = d[d["investment"].notna() & (d["investment_unit"] != "")]
    return d.groupby(["zone", "name", "investment_unit"], as_index=False)["investment"].max()


ENTERPRISES_CHARTED_PER_ZONE = 5


def investment_chart_slice(inv: pd.DataFrame) -> pd.DataFrame:
    """The bars worth drawing: the charts.MAX_ZONES_CHARTED zones with the most named investments, each with its
    ENTERPRISES_CHARTED_PER_ZONE largest per unit (one colour per enterprise: thousands compare nothing)."""
    if inv["zone"].nunique() > charts.MAX_ZONES_CHARTED:
        zones = inv["zone"].value_counts().head(charts.MAX_ZONES_CHARTED).index
        inv = inv[inv["zone"].isin(zones)]
    inv = inv.sort_values("investment", ascending=False)
    return inv.groupby(["zone", "investment_unit"], sort=False).head(ENTERPRISES_CHARTED_PER_ZONE
                                                                     ).reset_index(drop=True)


filters = sidebar()
render.page_header("enterprises")
ent = data.filtered(filters, "enterprises")

if ent.empty:
    tables.no_data()
    st.stop()

full = investment_by_zone(ent)
inv = investment_chart_slice(full) if not full.empty else full
if not inv.empty:
    st.subheader(t("investment_chart"))
    if len(inv) < len(full):
        st.caption(t("investment_capped", n=ENTERPRISES_CHARTED_PER_ZONE, total=f"{len(full):,}"))
    fig = px.bar(inv, x="zone", y="investment", color="name", facet_col="investment_unit",
                 labels={"zone": col_label("zone"), "investment": col_label("investment"),
                         "name": col_label("name"), "investment_unit": col_label("investment_unit")})
    fig.update_yaxes(matches=None)
    st.plotly_chart(fig, key="investment")

cols = ["zone", "name", "role", "industry", "investment", "investment_unit", "sentence", "file"]
tables.show_table(ent[cols], tables.csv_name("enterprises", filters), "enterprises",
              column_config={"sentence": st.column_config.TextColumn(width="large")})
