"""原文 Sources: a cleaned article with every extracted figure and industry highlighted.

Reached from other pages with ?file=...&fact=... (the figure's sentence is highlighted and quoted on top).
All article text is html.escape'd piece by piece before the unsafe_allow_html render (it comes from the web).
"""

import pandas as pd
import streamlit as st

import devzone_ui as ui

filters = ui.sidebar()
ui.page_header("sources")
docs = ui.filtered(filters, "documents")
qp_file = st.query_params.get("file", "")
qp_fact = st.query_params.get("fact", "")
if qp_file and qp_file not in set(docs["file"]):  # a shared link to an article outside the filters
    docs = pd.concat([ui.file_tables(qp_file)["documents"], docs])

if docs.empty:
    ui.no_data()
    st.stop()

files = list(dict.fromkeys(docs["file"]))
labels = {r["file"]: f"{ui.short_zone(ui.text(r['zone']))} · {ui.text(r['title'])[:40]} · {r['file']}"
          for r in docs.to_dict("records")}


def _on_pick() -> None:
    st.query_params["file"] = st.session_state["src_file"]
    if "fact" in st.query_params:
        del st.query_params["fact"]


if "src_file" not in st.session_state or (qp_file and st.session_state.get("src_file") != qp_file
                                          and qp_file in files):
    st.session_state["src_file"] = qp_file if qp_file in files else files[0]
file = st.selectbox(ui.t("article"), files, format_func=lambda f: labels.get(f, f), key="src_file",
                    on_change=_on_pick)
if file != qp_file:  # the reader picked another article: the figure of the link is not in it
    qp_fact = ""

article = ui.file_tables(file)
doc = article["documents"].iloc[0]
body = ui.article_text(file)
tg, ind = article["targets"], article["industries"]

meta = " · ".join(ui.esc(x) for x in (doc["zone"], doc["city"], doc["level"], doc["publish_date"], doc["source"]
                                      if "source" in doc else "") if ui.text(x))
st.markdown(f"<h3>{ui.esc(doc['title'])}</h3><div style='color:#666'>{meta}</div>", unsafe_allow_html=True)

selected = tg[tg["fact_id"] == qp_fact] if qp_fact else tg.iloc[0:0]
if not selected.empty:
    row = selected.iloc[0]
    st.markdown(
        f"<div class='dz-selected'><b>{ui.esc(ui.t('selected_fact'))}:</b> {ui.esc(row['metric'])} "
        f"<b>{ui.esc(ui.fmt_num(row['value']))}{ui.esc(row['unit'])}</b> "
        f"({ui.esc(ui.t(row['kind']) if row['kind'] in ui.KINDS else row['kind'])}"
        f"{', ' + ui.esc(row['year']) if ui.text(row['year']) else ''})<br>“{ui.esc(row['sentence'])}”</div>",
        unsafe_allow_html=True)

st.markdown(ui.SOURCE_CSS, unsafe_allow_html=True)
if not body:
    st.info(ui.t("no_body"))
else:
    spans = ui.source_spans(body, tg, ind, selected_fact=qp_fact)
    with st.container(border=True):
        st.markdown(f"<div class='dz-article'>{ui.highlight_html(body, spans)}</div>", unsafe_allow_html=True)
    if not selected.empty:
        ui.scroll_to(f"fact-{qp_fact}")

with st.expander(ui.t("facts_in_article") + f" ({len(tg)})", expanded=False):
    ui.show_table(tg[["kind", "metric", "value", "unit", "comparator", "year", "category", "sentence"]],
                  ui.csv_name("targets", None, ui.short_zone(ui.text(doc["zone"])), file.rsplit(".", 1)[0]),
                  "src_targets")
with st.expander(ui.t("industries_in_article") + f" ({len(ind)})", expanded=False):
    ui.show_table(ind[["industry", "canonical", "category", "sentence"]],
                  ui.csv_name("industries", None, ui.short_zone(ui.text(doc["zone"])), file.rsplit(".", 1)[0]),
                  "src_industries")
