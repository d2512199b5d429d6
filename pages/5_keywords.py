"""关键词 Keywords: jieba TF-IDF top terms per zone side by side, and each zone's distinctive terms."""

import plotly.express as px
import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("keywords")
counts, used, available = ui.keyword_counts(filters)

if not counts:
    ui.no_data()
    st.stop()
if used < available:
    st.caption(ui.t("keywords_capped", n=ui.KEYWORD_ARTICLES_PER_ZONE, used=f"{used:,}", total=f"{available:,}"))

k = st.slider("k", 5, 40, 15, key="kw_k")
tabs = st.tabs([ui.t("top_terms"), ui.t("distinctive")])
for tab, name, frame in ((tabs[0], "top_terms", ui.top_terms(counts, k)),
                         (tabs[1], "distinctive", ui.distinctive_terms(counts, k))):
    with tab:
        if frame.empty:
            ui.no_data()
            continue
        zones = sorted(frame["zone"].unique())
        per_row = 4
        for start in range(0, len(zones), per_row):
            cols = st.columns(per_row)
            for col, zone in zip(cols, zones[start:start + per_row], strict=False):
                z = frame[frame["zone"] == zone].sort_values("weight")
                fig = px.bar(z, x="weight", y="term", orientation="h", title=ui.short_zone(zone),
                             labels={"weight": ui.col_label("weight"), "term": ""})
                fig.update_layout(height=max(260, 22 * len(z) + 80), margin={"l": 0, "r": 0, "t": 40, "b": 0})
                col.plotly_chart(fig, key=f"{name}_{zone}")
        ui.show_table(frame, ui.csv_name(f"keywords_{name}", filters), name)
