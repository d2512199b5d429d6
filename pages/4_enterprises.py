"""企业与项目 Enterprises: named enterprises and key projects per zone with their investment figures."""

import plotly.express as px
import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("enterprises")
ent = ui.filtered(filters, "enterprises")

if ent.empty:
    ui.no_data()
    st.stop()

full = ui.investment_by_zone(ent)
inv = ui.investment_chart_slice(full) if not full.empty else full
if not inv.empty:
    st.subheader(ui.t("investment_chart"))
    if len(inv) < len(full):
        st.caption(ui.t("investment_capped", n=ui.ENTERPRISES_CHARTED_PER_ZONE, total=f"{len(full):,}"))
    fig = px.bar(inv, x="zone", y="investment", color="name", facet_col="investment_unit",
                 labels={"zone": ui.col_label("zone"), "investment": ui.col_label("investment"),
                         "name": ui.col_label("name"), "investment_unit": ui.col_label("investment_unit")})
    fig.update_yaxes(matches=None)
    st.plotly_chart(fig, key="investment")

cols = ["zone", "name", "role", "industry", "investment", "investment_unit", "sentence", "file"]
ui.show_table(ent[cols], ui.csv_name("enterprises", filters), "enterprises",
              column_config={"sentence": st.column_config.TextColumn(width="large")})
