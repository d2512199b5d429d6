"""目标对比 Targets: comparable figures by category and zone (same unit only) and a table of all figures."""

import plotly.express as px
import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("targets")
st.caption(ui.t("f_kind") + ": " + ui.t(filters.kind) + " — " + ("切换在左侧「类型」" if ui.lang() == "zh"
                                                               else "switch it under Kind on the left"))
df = ui.filtered(filters, "targets")

if df.empty:
    ui.no_data()
    st.stop()

st.subheader(ui.t("chart_by_cat"))
groups = ui.comparable_groups(df)
if not groups:
    ui.no_data()
else:
    tabs = st.tabs([label for label, _ in groups])
    for tab, (label, g) in zip(tabs, groups, strict=True):
        with tab:
            full = ui.aggregate_figures(g)
            agg = ui.chart_slice(full)
            if len(agg) < len(full):
                st.caption(ui.t("chart_capped", zones=agg["zone"].nunique(), zones_total=full["zone"].nunique(),
                                metrics=agg["metric"].nunique(), metrics_total=full["metric"].nunique()))
            agg["kind"] = agg["kind"].map(lambda k: ui.t(k) if k in ui.KINDS else k)
            fig = px.bar(agg, x="metric", y="value_norm", color="zone", pattern_shape="kind", barmode="group",
                         hover_data=["figure", "year", "n"],
                         labels={"metric": ui.col_label("metric"), "value_norm": label,
                                 "zone": ui.col_label("zone"), "kind": ui.col_label("kind")},
                         title=label)
            fig.update_layout(legend_title_text=ui.col_label("zone"), height=420)
            st.plotly_chart(fig, key=f"chart_{label}")

st.subheader(ui.t("all_figures"))
cols = ["zone", "kind", "metric", "value", "unit", "comparator", "year", "category", "sentence", "file", "fact_id"]
table = df[cols].copy()
table["kind"] = table["kind"].replace({k: ui.t(k) for k in ui.KINDS})
table["source_link"] = ui.source_urls(df["file"], df["fact_id"])
ui.show_table(table, ui.csv_name("targets", filters), "targets",
              column_config={"source_link": st.column_config.LinkColumn(display_text=ui.t("open_source"))})

st.subheader(ui.t("pick_figure"))
picked = df.head(ui.MAX_ROWS_SHOWN)  # the figures the table shows
options = picked["fact_id"].tolist()
labels = {r["fact_id"]: f"{ui.short_zone(ui.text(r['zone']))} · {ui.text(r['metric'])} {ui.fmt_num(r['value'])}"
          f"{ui.text(r['unit'])} · {ui.text(r['sentence'])[:40]}" for r in picked.to_dict("records")}
fact = st.selectbox(ui.t("pick_figure"), options, format_func=lambda i: labels.get(i, i), key="pick_fact",
                    label_visibility="collapsed")
if fact:
    row = df[df["fact_id"] == fact].iloc[0]
    ui.link_to_source(row["file"], fact)
