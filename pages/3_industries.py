"""产业对比 Industries: zone × industry heatmap, industries per category, overlap (同质化) and raw names."""

import plotly.express as px
import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("industries")
ind = ui.filtered(filters, "industries")

if ind.empty:
    ui.no_data()
    st.stop()

st.subheader(ui.t("heatmap"))
matrix = ui.zone_industry_matrix(ind)
if matrix.empty:
    ui.no_data()
else:
    fig = px.imshow(matrix, text_auto=True, aspect="auto", color_continuous_scale="Blues",
                    labels={"x": ui.col_label("canonical"), "y": ui.col_label("zone"),
                            "color": ui.col_label("articles_n")})
    fig.update_layout(height=max(300, 60 + 40 * len(matrix)))
    st.plotly_chart(fig, key="heatmap")

st.subheader(ui.t("per_category"))
per_cat = ui.industries_per_category(ind)
fig = px.bar(per_cat, x="zone", y="industries_n", color="category", barmode="stack",
             labels={"zone": ui.col_label("zone"), "industries_n": ui.col_label("industries_n"),
                     "category": ui.col_label("category")})
st.plotly_chart(fig, key="per_category")

st.subheader(ui.t("overlap"))
overlap = ui.overlap_matrix(ind)
if len(overlap) < 2:
    st.info("至少需要两个开发区才能比较同质化。" if ui.lang() == "zh" else "Overlap needs at least two zones.")
else:
    fig = px.imshow(overlap.round(2), text_auto=True, zmin=0, zmax=1, aspect="auto",
                    color_continuous_scale="Reds", labels={"color": "Jaccard"})
    fig.update_layout(height=max(300, 60 + 40 * len(overlap)))
    st.plotly_chart(fig, key="overlap")
    ui.show_table(overlap.round(3).reset_index(names="zone"), ui.csv_name("overlap", filters), "overlap")

st.subheader(ui.t("raw_names"))
ui.show_table(ui.raw_names_table(ind), ui.csv_name("industries", filters), "industries")
