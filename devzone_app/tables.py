"""Tables with a CSV download of exactly what is shown, CSV file names, and links to the sources page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import quote_plus, urlencode

import pandas as pd
import streamlit as st

from devzone.schema import excel_safe
from devzone_app.data import FILTER_KEYS, Filters
from devzone_app.labels import KINDS, col_label, display_frame, t, text, texts
from devzone_app.render import md_esc

# Columns that only make sense inside the app (a relative link to the sources page): a CSV has the
# article's file and the sentence instead.
APP_ONLY_COLUMNS = ("source_link",)


def _plain_number(v) -> str | None:
    """A float as a reader writes it: 23 (not 23.0), 3.5, 15000000000 (not 1.5e+10); missing stays missing."""
    if pd.isna(v):
        return None
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e18 else f"{v:.15g}"


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """What a CSV holds of a shown frame: no in-app columns, numbers as numbers (23, not 23.0)."""
    out = df.drop(columns=[c for c in df.columns if c in APP_ONLY_COLUMNS or c in
                           {col_label(a) for a in APP_ONLY_COLUMNS}])
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col].dtype):
            values = out[col]
            if values.dropna().map(float.is_integer).all():
                out[col] = values.astype("Int64")  # whole numbers: written without a decimal point
            else:
                out[col] = values.map(_plain_number).astype(object)  # as text: 23 and 3.5 in one column
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV of the frame as shown (labels of the current language), UTF-8 with BOM so Excel opens Chinese
    correctly; in-app links left out, whole numbers written as integers (csv_frame), text cells that Excel
    would run as formulas neutralised (excel_safe)."""
    return excel_safe(csv_frame(df)).to_csv(index=False).encode("utf-8-sig")


_ZONE_SUFFIX = re.compile(r"(经济技术开发区|高新技术产业开发区|高新技术产业园区|经济开发区|高新园区|高新区|经开区|"
                          r"开发区|产业园区|工业园区|园区)$")


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def short_zone(zone: str) -> str:
    """富阳 for 富阳经济技术开发区: the zone's name without its type word."""
    return _ZONE_SUFFIX.sub("", zone) or zone


def short_names(zones: Iterable[str]) -> dict[str, str]:
    """Each zone's short name among the zones shown together; zones whose short names are alike (湘潭经开区 and
    湘潭高新区 are both 湘潭) keep their whole names, or one chart would draw two zones under one name and slot."""
    short = {z: short_zone(z) for z in dict.fromkeys(zones)}
    alike = Counter(short.values())
    return {z: s if alike[s] == 1 else z for z, s in short.items()}


def csv_name(table: str, f: Filters | None = None, *extra: str) -> str:
    """A file name saying what it holds, e.g. targets_富阳-金华_target.csv."""
    parts = [table]
    if f is not None:
        parts.append("-".join(short_zone(z) for z in f.zones[:6]) + ("-etc" if len(f.zones) > 6 else "")
                     if f.zones else "all")
        if f.kind in KINDS and table == "targets":
            parts.append(f.kind)
        inds = [*f.canonical, *f.raw]
        if inds:
            parts.append("-".join(inds[:3]))
        if f.years and table == "targets":
            parts.append("-".join(f.years[:3]))
    parts.extend(e for e in extra if e)
    name = "_".join(parts)
    return _UNSAFE_NAME.sub("-", name)[:150] + ".csv"


MAX_ROWS_SHOWN = 5000
MISSING = "—"  # what an empty cell shows (Streamlit's own placeholder reads "None"); the CSV keeps it empty


def show_table(df: pd.DataFrame, name: str, key: str, column_config: dict | None = None) -> pd.DataFrame:
    """Show a table (labels of the current language) with a CSV download of exactly what is shown."""
    total = len(df)
    # a browser table of hundreds of thousands of rows freezes the page; the CSV still has every row, labelled
    # only when the reader clicks (labelling 700,000 rows took seconds on every view)
    shown = display_frame(df.head(MAX_ROWS_SHOWN).reset_index(drop=True))
    if shown.empty:
        st.info(t("no_data"))
        return shown
    cfg = {col_label(k): v for k, v in (column_config or {}).items()}
    if total > MAX_ROWS_SHOWN:
        st.caption(t("rows_capped", shown=f"{MAX_ROWS_SHOWN:,}", total=f"{total:,}"))
    st.dataframe(shown, hide_index=True, column_config=cfg or None, key=f"df_{key}", placeholder=MISSING)
    # the CSV is built when the reader clicks, not on every view (labelling 700,000 rows took seconds, and even
    # 5,000 shown rows cost a tenth of a second per table and rerun)
    if total > MAX_ROWS_SHOWN:
        data = lambda: csv_bytes(display_frame(df.reset_index(drop=True)))  # noqa: E731
    else:
        data = lambda: csv_bytes(shown)  # noqa: E731
    st.download_button(t("download"), data, file_name=name, mime="text/csv", key=f"dl_{key}",
                       on_click="ignore")
    return shown


def no_data() -> None:
    st.info(t("no_data"))


def source_params(file: str, fact: str = "") -> dict[str, str | list[str]]:
    """Query parameters of the Sources page at one figure, keeping the current filters of the URL."""
    params: dict[str, str | list[str]] = {}
    try:
        for key in (*FILTER_KEYS, "lang_en"):
            values = st.query_params.get_all(key)
            if values:
                params[key] = values if len(values) > 1 else values[0]
    except Exception:
        pass
    params["file"] = text(file)
    if fact:
        params["fact"] = fact
    return params


def source_urls(files: pd.Series, facts: pd.Series) -> list[str]:
    """A relative link to the Sources page at each row's figure (the current filters kept), built from one
    encoding of the filters: a table may hold hundreds of thousands of figures."""
    base = urlencode({k: v for k, v in source_params("").items() if k != "file"}, doseq=True)
    prefix = "sources?" + (base + "&" if base else "") + "file="
    files, facts = texts(files).astype("string"), texts(facts).astype("string")
    quoted = files.map({f: quote_plus(f) for f in files.unique()}).astype("string")
    links = (prefix + quoted).where(facts == "", prefix + quoted + "&fact=" + facts)  # vectorised: many rows
    return links.astype(object).tolist()


def link_to_page(page: str, label: str, params: dict[str, str | list[str]], icon: str) -> None:
    """A link to another page with these query parameters: st.page_link inside the app, a plain link when the
    page runs alone (not registered, e.g. in AppTest)."""
    try:
        st.page_link(page, label=label, icon=icon, query_params=params)
    except Exception:
        path = page.rsplit("_", 1)[-1].removesuffix(".py")  # pages/2_targets.py -> targets
        st.markdown(f"[{md_esc(label)}]({path}?{urlencode(params, doseq=True)})")


def link_to_source(file: str, fact: str = "", label: str | None = None) -> None:
    """A link to the Sources page at one figure."""
    link_to_page("pages/6_sources.py", label or t("open_source"), source_params(file, fact), ":material/description:")
