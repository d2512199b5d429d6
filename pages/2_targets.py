"""目标对比 Targets: comparable figures by category and zone (same unit only) and a table of all figures."""

import pandas as pd
import plotly.express as px
import streamlit as st

from devzone_app import charts, data, render, tables
from devzone_app.labels import KINDS, col_label, lang, t, text, texts
from devzone_app.sidebar import sidebar


def comparable_groups(df: pd.DataFrame, limit: int = 8) -> list[tuple[str, pd.DataFrame]]:
    """Figures split by (category, unit_norm): only figures of the same normalised unit share a chart."""
    # only the columns a chart reads: each group is a copy, and the sentences are most of a row
    d = df.loc[df["value_norm"].notna() & (df["unit_norm"].pipe(texts) != ""),
               ["zone", "kind", "metric", "group", "year", "value_norm", "unit_norm", "category"]]
    if d.empty:
        return []
    keys = d["category"].pipe(texts).replace("", "其他" if lang() == "zh" else "other")
    out = []
    for (cat, unit), g in d.groupby([keys, d["unit_norm"].pipe(texts)], sort=False):
        out.append((f"{cat} · {unit}", g))
    out.sort(key=lambda x: (-len(x[1]), x[0]))
    return out[:limit]


def aggregate_figures(g: pd.DataFrame) -> pd.DataFrame:
    """One bar per zone × metric × kind: the largest figure (repeated mentions are not added up)."""
    metric = g["group"].pipe(texts).where(g["group"].pipe(texts) != "", g["metric"].pipe(texts))
    d = g.assign(metric=metric, zone=g["zone"].pipe(texts), kind=g["kind"].pipe(texts), year=g["year"].pipe(texts))
    d = d.assign(figure=g["metric"].pipe(texts))
    keys = ["zone", "metric", "kind"]
    agg = d.groupby(keys, as_index=False).agg(
        value_norm=("value_norm", "max"), n=("value_norm", "size"),
        year=("year", lambda s: "、".join(sorted({y for y in s if y}))))
    # name the figure behind each bar, so a reader knows which of the group's figures is drawn
    top = d.sort_values("value_norm", ascending=False).drop_duplicates(keys)[[*keys, "figure"]]
    agg = agg.merge(top, on=keys, how="left")
    return agg.sort_values(["metric", "zone"]).reset_index(drop=True)


MAX_METRICS_CHARTED = 15


def chart_slice(agg: pd.DataFrame) -> pd.DataFrame:
    """The bars worth drawing: at most charts.MAX_ZONES_CHARTED zones (those with the most figures) and
    MAX_METRICS_CHARTED metrics (those most of these zones report; ties: most mentions). A chart of 58
    zones' hundreds of metrics compares nothing; the filters pick other zones, the table has every figure."""
    if agg["zone"].nunique() > charts.MAX_ZONES_CHARTED:
        zones = agg.groupby("zone")["n"].sum().sort_values(ascending=False).head(charts.MAX_ZONES_CHARTED).index
        agg = agg[agg["zone"].isin(zones)]
    if agg["metric"].nunique() > MAX_METRICS_CHARTED:
        rank = agg.groupby("metric").agg(zones=("zone", "nunique"), n=("n", "sum"))
        keep = rank.sort_values(["zones", "n"], ascending=False).head(MAX_METRICS_CHARTED).index
        agg = agg[agg["metric"].isin(keep)]
    return agg.reset_index(drop=True)


filters = sidebar()
render.page_header("targets")
st.caption(t("f_kind") + ": " + t(filters.kind) + " — " + ("切换在左侧「类型」" if lang() == "zh"
                                                               else "switch it under Kind on the left"))
df = data.filtered(filters, "targets")

if df.empty:
    tables.no_data()
    st.stop()

st.subheader(t("chart_by_cat"))
groups = comparable_groups(df)
if not groups:
    tables.no_data()
else:
    tabs = st.tabs([label for label, _ in groups])
    for tab, (label, g) in zip(tabs, groups, strict=True):
        with tab:
            full = aggregate_figures(g)
            agg = chart_slice(full)
            if len(agg) < len(full):
                st.caption(t("chart_capped", zones=agg["zone"].nunique(), zones_total=full["zone"].nunique(),
                                metrics=agg["metric"].nunique(), metrics_total=full["metric"].nunique()))
            agg["kind"] = agg["kind"].map(lambda k: t(k) if k in KINDS else k)
            fig = px.bar(agg, x="metric", y="value_norm", color="zone", pattern_shape="kind", barmode="group",
                         hover_data=["figure", "year", "n"],
                         labels={"metric": col_label("metric"), "value_norm": label,
                                 "zone": col_label("zone"), "kind": col_label("kind")},
                         title=label)
            fig.update_layout(legend_title_text=col_label("zone"), height=420)
            st.plotly_chart(fig, key=f"chart_{label}")

st.subheader(t("all_figures"))
cols = ["zone", "kind", "metric", "value", "unit", "comparator", "year", "category", "sentence", "file", "fact_id"]
table = df[cols].copy()
table["kind"] = table["kind"].replace({k: t(k) for k in KINDS})
table["source_link"] = tables.source_urls(df["file"], df["fact_id"])
tables.show_table(table, tables.csv_name("targets", filters), "targets",
              column_config={"source_link": st.column_config.LinkColumn(display_text=t("open_source"))})

st.subheader(t("pick_figure"))
picked = df.head(tables.MAX_ROWS_SHOWN)  # the figures the table shows
options = picked["fact_id"].tolist()
labels = {r["fact_id"]: f"{tables.short_zone(text(r['zone']))} · {text(r['metric'])} {render.fmt_num(r['value'])}"
          f"{text(r['unit'])} · {text(r['sentence'])[:40]}" for r in picked.to_dict("records")}
fact = st.selectbox(t("pick_figure"), options, format_func=lambda i: labels.get(i, i), key="pick_fact",
                    label_visibility="collapsed")
if fact:
    row = df[df["fact_id"] == fact].iloc[0]
    tables.link_to_source(row["file"], fact)
