"""关键词 Keywords: jieba TF-IDF top terms per zone side by side, and each zone's distinctive terms."""

import pandas as pd
import plotly.express as px
import streamlit as st

from devzone import keywords
from devzone_app import charts, data, render, tables
from devzone_app.labels import col_label, t
from devzone_app.sidebar import sidebar


def top_terms(counts: pd.DataFrame, k: int = 20) -> pd.DataFrame:
    """TF-IDF top terms per zone: columns zone, term, weight."""

    return _with_weight(keywords.top_terms(counts, by="zone", k=k))


def distinctive_terms(counts: pd.DataFrame, k: int = 20) -> pd.DataFrame:
    """Terms frequent in one zone relative to the others: columns zone, term, weight."""

    return _with_weight(keywords.distinctive_terms(counts, by="zone", k=k))


def _with_weight(out: pd.DataFrame) -> pd.DataFrame:
    """The library's frames name the score tfidf or score: expose it as weight (first after term)."""
    if "weight" not in out:
        score = next((c for c in ("tfidf", "score", "count") if c in out), None)
        out = out.rename(columns={score: "weight"}) if score else out.assign(weight=0.0)
    out["weight"] = pd.to_numeric(out["weight"], errors="coerce").round(4)
    first = ["zone", "term", "weight"]
    return out[first + [c for c in out.columns if c not in first]]


filters = sidebar()
render.page_header("keywords")
counts = data.keyword_counts(filters)  # every article of the selected zones, counted at ingest

if counts.empty:
    tables.no_data()
    st.stop()

k = st.slider(t("top_k"), 5, 40, 15, key="kw_k")
# one panel per zone for the zones with the most words (a hundred charts took seconds to draw)
words = counts.groupby("zone")["count"].sum().sort_values(ascending=False, kind="stable")
charted = set(words.index[:charts.MAX_ZONES_CHARTED])
colors = charts.chart_colors(charted)  # the panels side by side on both tabs: none two alike
if len(words) > len(charted):
    st.caption(t("keyword_zones_capped", zones=len(charted), zones_total=len(words)))
tabs = st.tabs([t("top_terms"), t("distinctive")])
for tab, name, frame in ((tabs[0], "top_terms", top_terms(counts, k)),
                         (tabs[1], "distinctive", distinctive_terms(counts, k))):
    with tab:
        if frame.empty:
            tables.no_data()
            continue
        zones = sorted(z for z in frame["zone"].unique() if z in charted)
        short = tables.short_names(zones)
        # one x scale for every zone's panel, to the largest weight drawn (a zone not drawn squashed every panel)
        top = float(frame.loc[frame["zone"].isin(zones), "weight"].max() or 1) * 1.05
        per_row = min(4, max(2, len(zones)))  # one zone's panel takes half the width, not a quarter
        for start in range(0, len(zones), per_row):
            cols = st.columns(per_row)
            for col, zone in zip(cols, zones[start:start + per_row], strict=False):
                z = frame[frame["zone"] == zone].sort_values("weight")
                fig = px.bar(z, x="weight", y="term", orientation="h", title=short[zone],
                             labels={"weight": col_label("weight"), "term": col_label("term")},
                             range_x=[0, top], color_discrete_sequence=[colors[zone]])
                charts.style(fig, x=col_label("weight"), y="", height=max(260, 22 * len(z) + 80))
                fig.update_layout(margin={"l": 0, "r": 0, "t": 40, "b": 0})
                col.plotly_chart(fig, key=f"{name}_{zone}")
        tables.show_table(frame, tables.csv_name(f"keywords_{name}", filters), name)
