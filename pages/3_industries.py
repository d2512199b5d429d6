"""产业对比 Industries: zone × industry heatmap, industries per category, overlap (同质化) and raw names."""

import pandas as pd
import plotly.express as px
import streamlit as st

from devzone import compare
from devzone_app import data, render, tables
from devzone_app.labels import col_label, lang, t, texts
from devzone_app.sidebar import sidebar


def industries_per_category(ind: pd.DataFrame) -> pd.DataFrame:
    """Distinct canonical industries per zone and category (for stacked bars)."""
    d = ind.assign(zone=ind["zone"].pipe(texts), canonical=ind["canonical"].pipe(texts),
                   category=ind["category"].pipe(texts).replace("", "其他" if lang() == "zh" else "other"))
    d = d[d["canonical"] != ""]
    out = d.groupby(["zone", "category"], as_index=False)["canonical"].nunique()
    return out.rename(columns={"canonical": "industries_n"})


def raw_names_table(ind: pd.DataFrame) -> pd.DataFrame:
    """zone × canonical industry: mentions and the raw names behind the cell."""
    d = ind.assign(zone=ind["zone"].pipe(texts), canonical=ind["canonical"].pipe(texts),
                   industry=ind["industry"].pipe(texts), category=ind["category"].pipe(texts))
    out = d.groupby(["zone", "canonical"], as_index=False).agg(
        category=("category", lambda s: "、".join(sorted({x for x in s if x}))),
        mentions=("industry", "size"),
        raw_names=("industry", lambda s: "、".join(sorted({x for x in s if x}))))
    return out.sort_values(["zone", "mentions"], ascending=[True, False]).reset_index(drop=True)


filters = sidebar()
render.page_header("industries")
ind = data.filtered(filters, "industries")

if ind.empty:
    tables.no_data()
    st.stop()

st.subheader(t("heatmap"))
matrix = compare.zone_industry_matrix(ind, binary=False)
if matrix.empty:
    tables.no_data()
else:
    fig = px.imshow(matrix, text_auto=True, aspect="auto", color_continuous_scale="Blues",
                    labels={"x": col_label("canonical"), "y": col_label("zone"),
                            "color": col_label("articles_n")})
    fig.update_layout(height=max(300, 60 + 40 * len(matrix)))
    st.plotly_chart(fig, key="heatmap")

st.subheader(t("per_category"))
per_cat = industries_per_category(ind)
fig = px.bar(per_cat, x="zone", y="industries_n", color="category", barmode="stack",
             labels={"zone": col_label("zone"), "industries_n": col_label("industries_n"),
                     "category": col_label("category")})
st.plotly_chart(fig, key="per_category")

st.subheader(t("overlap"))
overlap = compare.overlap_matrix(ind)
if len(overlap) < 2:
    st.info("至少需要两个开发区才能比较同质化。" if lang() == "zh" else "Overlap needs at least two zones.")
else:
    fig = px.imshow(overlap.round(2), text_auto=True, zmin=0, zmax=1, aspect="auto",
                    color_continuous_scale="Reds", labels={"color": "Jaccard"})
    fig.update_layout(height=max(300, 60 + 40 * len(overlap)))
    st.plotly_chart(fig, key="overlap")
    tables.show_table(overlap.round(3).reset_index(names="zone"), tables.csv_name("overlap", filters), "overlap")

st.subheader(t("raw_names"))
tables.show_table(raw_names_table(ind), tables.csv_name("industries", filters), "industries")
