"""The English toggle: every page walked in English shows no Chinese outside data values.

Data values stay as the articles write them: zone, place and city names, metrics as written, units,
industry and enterprise names, sentences, titles, file names, keyword terms. Everything the app itself
says (titles, headers, tabs, captions, widget labels and options, column names, chart titles, axes,
legends and hovers, categories) must be English.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

from devzone.store import Store
from devzone_app import data
from devzone_app.tables import short_zone

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# proto fields holding data or machinery, never a label: table cells, chart specs (walked apart), ids
SKIPPED_FIELDS = {"data", "spec", "id", "form_id", "default", "value", "raw_values", "css", "theme",
                  "arrow_data", "styler", "columns", "editing_mode", "query_string"}
# keys of a plotly spec whose strings are data (article values and keyword terms), not labels
DATA_ARRAYS = {"x", "y", "z", "text", "customdata", "ids", "labels", "values", "categoryarray"}
DATA_COLUMNS = {"documents": ("zone", "title", "file", "place", "city", "province", "source", "author",
                              "interviewee", "post"),
                "targets": ("zone", "metric", "unit", "unit_norm", "sentence", "file"),
                "industries": ("zone", "industry", "canonical", "sentence", "file"),
                "enterprises": ("zone", "name", "industry", "investment_unit", "sentence", "file")}


@pytest.fixture(autouse=True)
def _fresh_caches():
    data.clear_caches()
    yield
    data.clear_caches()


def data_values(store_path: Path) -> list[str]:
    """Every text the articles give (longest first), with the forms the pages make of them."""
    store = Store(store_path)
    try:
        tables = store.tables()
        bodies = [store.article_text(f) or "" for f in tables["documents"]["file"]]
    finally:
        store.close()
    values: set[str] = set()
    for name, cols in DATA_COLUMNS.items():
        for col in cols:
            if col in tables[name]:
                values |= {str(v) for v in tables[name][col].dropna() if str(v).strip()}
    values |= {short_zone(v) for v in tables["documents"]["zone"].dropna()}
    values |= {s[:40] for s in tables["targets"]["sentence"].dropna()}  # the figure picker's labels
    values |= {s[:40] for s in tables["documents"]["title"].dropna()}  # the article picker's labels
    values |= {p for b in bodies for p in b.split("\n") if p.strip()}  # the sources page's paragraphs
    return sorted(values, key=len, reverse=True)


def proto_strings(msg: Message) -> list[str]:
    out = []
    for field, value in msg.ListFields():
        if field.name in SKIPPED_FIELDS:
            continue
        items = list(value) if field.is_repeated else [value]
        for item in items:
            if isinstance(item, Message):
                out += proto_strings(item)
            elif isinstance(item, str):
                out.append(item)
    return out


def spec_strings(node, key: str = "") -> list[str]:
    if key in DATA_ARRAYS:
        return []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in spec_strings(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in spec_strings(v, key)]
    return [node] if isinstance(node, str) else []


def shown_strings(at: AppTest) -> list[str]:
    out = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message):
            out += proto_strings(proto)
        if type(node).__name__ in ("Dataframe",):
            out += [str(c) for c in node.value.columns]  # column names
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        out += spec_strings(spec)
        out += [tr.get("name") or "" for tr in spec["data"]]
    return out


def untranslated(strings: list[str], values: list[str]) -> set[str]:
    """The strings that still hold Chinese once every data value is taken out of them."""
    found = set()
    for s in strings:
        if not CJK.search(s):
            continue
        rest = re.sub(r"</?(mark|b|i|span)\b[^>]*>", "", s)  # inline markup inside a sentence
        rest = html.unescape(re.sub(r"%\{[^}]*\}|<[^>]+>", "\n", rest))
        for v in values:
            if v in rest:
                rest = rest.replace(v, " ")
                if not CJK.search(rest):
                    break
        if CJK.search(rest):
            found.add(s if len(s) < 200 else s[:200] + "…")
    return found


@pytest.mark.parametrize(("page", "by"), [(p, "zone") for p in PAGES]
                         + [("pages/1_overview.py", "place"), ("pages/2_targets.py", "city")])
def test_every_page_in_english_shows_no_chinese_but_data(store_path, page, by):
    values = data_values(store_path)
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.query_params["lang_en"] = "true"
    if by != "zone":
        at.query_params["by"] = by
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.sidebar.toggle(key="lang_en").value is True
    found = untranslated(shown_strings(at), values)
    assert not found, "untranslated:\n" + "\n".join(sorted(found))


def test_category_filters_read_in_english_and_keep_stored_values_in_the_url(store_path):
    at = AppTest.from_file(str(ROOT / "pages/2_targets.py"), default_timeout=120)
    at.query_params.update({"lang_en": "true", "tcat": "投资"})
    at.run()
    box = at.sidebar.multiselect(key="tcat")
    assert box.value == ["投资"] and "Investment" in box.options
    assert not [o for o in box.options if CJK.search(o)]  # every category reads in English
    figures = next(d.value for d in at.dataframe if "Figure id" in d.value.columns)
    assert set(figures["Category"]) == {"Investment"}
    assert at.query_params["tcat"] in ("投资", ["投资"])  # a shared link works in either language
    icat = at.sidebar.multiselect(key="icat")
    assert icat.options and not [o for o in icat.options if CJK.search(o)]


def test_a_figures_period_reads_in_english(store_path):
    at = AppTest.from_file(str(ROOT / "pages/2_targets.py"), default_timeout=120)
    at.query_params["lang_en"] = "true"
    at.run()
    matrix = next(d.value for d in at.dataframe if "Zone" in d.value.columns)  # zone × indicator
    cells = " ".join(str(v) for v in matrix.drop(columns=["Zone"]).to_numpy().ravel())
    assert "(2021 full year)" in cells and "全年" not in cells  # the seeds' figures of a whole year
    hovers = [row[2] for c in at.get("plotly_chart") for tr in json.loads(c.proto.spec)["data"]
              for row in tr.get("customdata") or []]
    assert "full year" in hovers and "全年" not in hovers


def test_units_read_english_in_charts_and_tables(store_path):
    """Units are the app's words, not the articles': in English 亿元 reads '100 million yuan' on the axes, bars
    and tables (data/display_names.csv, kind unit), a unit the table lacks stays as written."""
    at = AppTest.from_file(str(ROOT / "pages/2_targets.py"), default_timeout=120)
    at.query_params["lang_en"] = "true"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert specs
    axis_titles = [s["layout"]["yaxis"]["title"]["text"] for s in specs]
    bar_texts = [x for s in specs for tr in s["data"] for x in tr.get("text") or []]
    assert any("100 million yuan" in a for a in axis_titles) or any("units" in a for a in axis_titles), axis_titles
    assert not [a for a in axis_titles if CJK.search(a)], axis_titles
    assert bar_texts and not [x for x in bar_texts if CJK.search(x)], bar_texts
    figures = next(d.value for d in at.dataframe if "Sentence" in d.value.columns and "Unit" in d.value.columns)
    assert not [u for u in figures["Unit"].dropna().unique() if CJK.search(str(u))], figures["Unit"].unique()
