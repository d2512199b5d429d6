"""总览 Overview: one card per zone and a short comparison table."""

import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("overview")
data = ui.filtered_tables(filters)
summary = ui.zone_summary(data)

if summary.empty:
    ui.no_data()
    st.stop()

c1, c2, c3, c4 = st.columns(4)
c1.metric(ui.t("zones_n"), len(summary))
c2.metric(ui.t("articles_n"), int(summary["articles_n"].sum()))
c3.metric(ui.t("targets_n"), int(summary["targets_n"].sum()))
c4.metric(ui.t("industries_n"), int(summary["industries_n"].sum()))

PER_ROW = 4
records = summary.to_dict("records")
for start in range(0, len(records), PER_ROW):
    cols = st.columns(PER_ROW)
    for col, rec in zip(cols, records[start:start + PER_ROW], strict=False):
        with col.container(border=True):
            st.html(ui.zone_card_html(rec))

st.subheader(ui.t("compare_table"))
ui.show_table(summary, ui.csv_name("overview", filters), "overview")
