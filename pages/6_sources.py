"""原文 Sources: a cleaned article with every extracted figure and industry highlighted.

Reached from other pages with ?file=...&fact=... (the figure's sentence is highlighted and quoted on top).
All article text is html.escape'd piece by piece before the unsafe_allow_html render (it comes from the web).
"""

import json
import re

import pandas as pd
import streamlit as st
from streamlit.components.v1 import html as component_html

from devzone import compare
from devzone_app import data, render, tables
from devzone_app.labels import KINDS, figure_label, name_label, period_label, t, text
from devzone_app.sidebar import sidebar

SOURCE_CSS = """<style>
.dz-article p { line-height: 1.9; margin: 0 0 0.6em 0; }
.dz-article mark.fig { background: #fff3a3; padding: 0 2px; border-radius: 3px; }
.dz-article mark.ind { background: #c9f0d3; padding: 0 2px; border-radius: 3px; }
.dz-article mark.sel { background: #ffb870; padding: 0 2px; border-radius: 3px; outline: 2px solid #e8590c; }
.dz-selected { border-left: 4px solid #e8590c; background: #fff4e6; padding: 0.6em 0.9em; margin: 0.5em 0 1em 0; }
</style>"""


def _number_forms(value) -> list[str]:
    s = render.fmt_num(value)
    if not s or s == "nan":
        return []
    forms = [s]
    try:
        f = float(value)
        if f >= 10000 and f % 10000 == 0:
            forms.append(f"{f / 10000:g}万")
        if f >= 1e8 and f % 1e8 == 0:
            forms.append(f"{f / 1e8:g}亿")
    except (TypeError, ValueError):
        pass
    return forms


def source_spans(body: str, targets: pd.DataFrame, industries: pd.DataFrame,
                 selected_fact: str = "") -> list[tuple[int, int, str, str]]:
    """Spans of the body to <mark>: each figure (its number inside its sentence), each industry name,
    and the whole sentence of the selected figure."""
    spans: list[tuple[int, int, str, str]] = []
    for r in targets.to_dict("records"):
        sent = text(r.get("sentence"))
        start = body.find(sent) if sent else -1
        if start < 0:
            continue
        if selected_fact and r.get("fact_id") == selected_fact:
            spans.append((start, start + len(sent), "sel", f"fact-{selected_fact}"))
            continue
        unit = text(r.get("unit"))
        for form in _number_forms(r.get("value")):
            # the number as a whole (not the "1" of "2021"), with its unit when the text has it
            m = (re.search(rf"(?<![\d.]){re.escape(form)}(?:\.0+)?{re.escape(unit)}", sent) if unit else None) \
                or re.search(rf"(?<![\d.]){re.escape(form)}(?:\.0+)?(?![\d.]*\d)", sent)
            if m:
                spans.append((start + m.start(), start + m.end(), "fig", ""))
                break
    for name in sorted({text(v) for v in industries.get("industry", pd.Series(dtype=str))} - {""}, key=len,
                       reverse=True):
        for m in re.finditer(re.escape(name), body):
            spans.append((m.start(), m.end(), "ind", ""))
    return spans


def fact_when(row: pd.Series) -> str:
    """'2023 全年': the year and period a figure is of, in the reader's language."""
    return " ".join(x for x in (text(row.get("year")), period_label(row.get("period"))) if x)


def fact_indicator(row: pd.Series) -> str:
    """' · 固定资产投资 · 总量': the canonical indicator and measure a figure is compared under (none if unmapped)."""
    indicator = text(row.get("indicator"))
    if not indicator or indicator == compare.UNMAPPED:
        return ""
    return "".join(f" · {name_label(x)}" for x in (indicator, text(row.get("measure"))) if x)


def scroll_to(element_id: str) -> None:
    """Scroll the page to an element (the selected figure's sentence) once it is drawn."""
    target = json.dumps(element_id)
    component_html(f"""<script>
      let n = 0;
      const t = setInterval(() => {{
        const el = window.parent.document.getElementById({target});
        if (el) {{ el.scrollIntoView({{block: "center"}}); clearInterval(t); }}
        if (++n > 40) clearInterval(t);
      }}, 150);
    </script>""", height=0)


filters = sidebar()
render.page_header("sources")
docs = data.filtered(filters, "documents")
qp_file = st.query_params.get("file", "")
qp_fact = st.query_params.get("fact", "")
if qp_file and qp_file not in set(docs["file"]):  # a shared link to an article outside the filters
    docs = pd.concat([data.file_tables(qp_file)["documents"], docs])

if docs.empty:
    tables.no_data()
    st.stop()

files = list(dict.fromkeys(docs["file"]))
labels = {r["file"]: f"{tables.short_zone(text(r['zone']))} · {text(r['title'])[:40]} · {r['file']}"
          for r in docs.to_dict("records")}


def _on_pick() -> None:
    st.query_params["file"] = st.session_state["src_file"]
    if "fact" in st.query_params:
        del st.query_params["fact"]


if "src_file" not in st.session_state or (qp_file and st.session_state.get("src_file") != qp_file
                                          and qp_file in files):
    st.session_state["src_file"] = qp_file if qp_file in files else files[0]
file = st.selectbox(t("article"), files, format_func=lambda f: labels.get(f, f), key="src_file",
                    on_change=_on_pick)
if file != qp_file:  # the reader picked another article: the figure of the link is not in it
    qp_fact = ""

article = data.file_tables(file)
doc = article["documents"].iloc[0]
body = data.article_text(file)
tg, ind = article["targets"], article["industries"]

meta = " · ".join(render.esc(x) for x in (doc["zone"], doc["city"], name_label(doc["level"]), doc["publish_date"],
                                          doc["source"] if "source" in doc else "") if text(x))
st.markdown(f"<h3>{render.esc(doc['title'])}</h3><div style='color:#666'>{meta}</div>", unsafe_allow_html=True)

selected = tg[tg["fact_id"] == qp_fact] if qp_fact else tg.iloc[0:0]
if not selected.empty:
    row = selected.iloc[0]
    st.markdown(
        f"<div class='dz-selected'><b>{render.esc(t('selected_fact'))}:</b> {render.esc(row['metric'])} "
        f"<b>{render.esc(figure_label(compare.format_figure(row['value'], text(row['unit']), text(row['comparator']))))}"
        f"</b> ({render.esc(t(row['kind']) if row['kind'] in KINDS else row['kind'])}"
        f"{', ' + render.esc(fact_when(row)) if fact_when(row) else ''}){render.esc(fact_indicator(row))}"
        f"<br>“{render.esc(row['sentence'])}”</div>", unsafe_allow_html=True)

st.markdown(SOURCE_CSS, unsafe_allow_html=True)
if not body:
    st.info(t("no_body"))
else:
    spans = source_spans(body, tg, ind, selected_fact=qp_fact)
    with st.container(border=True):
        st.markdown(f"<div class='dz-article'>{render.highlight_html(body, spans)}</div>", unsafe_allow_html=True)
    if not selected.empty:
        scroll_to(f"fact-{qp_fact}")

with st.expander(t("facts_in_article") + f" ({len(tg)})", expanded=False):
    tables.show_table(tg[["kind", "indicator", "measure", "metric", "value", "unit", "comparator", "year", "period",
                          "category", "sentence"]],
                      tables.csv_name("targets", None, tables.short_zone(text(doc["zone"])), file.rsplit(".", 1)[0]),
                      "src_targets")
with st.expander(t("industries_in_article") + f" ({len(ind)})", expanded=False):
    tables.show_table(ind[["industry", "canonical", "category", "sentence"]],
                      tables.csv_name("industries", None, tables.short_zone(text(doc["zone"])),
                                      file.rsplit(".", 1)[0]),
                      "src_industries")
