"""The small layer between the Streamlit pages and the devzone library.

Cached loaders that query the store with the sidebar's filters (their cache keys hold the store file's
modification time, so a newly stored article shows up on the next rerun), the shared sidebar of filters
(bound to the URL query string so a view can be shared), the CSV builder, the zh/en label table and
HTML-escaping helpers. Pages stay thin: ``filters = devzone_ui.sidebar()`` then read
``filtered(filters, table)`` and draw.
"""

from __future__ import annotations

import hashlib
import html
import math
import os
import re
import threading
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from devzone.pipeline import excel_safe
from devzone.store import default_store_path, open_store

# ------------------------------------------------------------------ labels (zh / en)

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("开发区对比", "Development zone comparison"),
    "overview": ("总览", "Overview"),
    "targets": ("目标对比", "Targets"),
    "industries": ("产业对比", "Industries"),
    "enterprises": ("企业与项目", "Enterprises"),
    "keywords": ("关键词", "Keywords"),
    "sources": ("原文", "Sources"),
    "add": ("导入", "Add article"),
    "filters": ("筛选", "Filters"),
    "english": ("English", "English"),
    "f_zone": ("开发区", "Zones"),
    "f_ind": ("产业(标准名)", "Industries (canonical)"),
    "f_raw": ("产业(原文名称)", "Industries (raw names)"),
    "f_tcat": ("指标类别", "Figure category"),
    "f_icat": ("产业类别", "Industry category"),
    "f_kind": ("类型", "Kind"),
    "f_year": ("年份", "Year"),
    "all": ("全部", "All"),
    "target": ("目标", "Target"),
    "achievement": ("已完成", "Achievement"),
    "download": ("下载 CSV", "Download CSV"),
    "chart_capped": ("图中为数字最多的 {zones} 个开发区(共 {zones_total} 个)和它们最常报告的 {metrics} 个指标"
                     "(共 {metrics_total} 个);在左侧选择开发区可比较其他开发区,全部数字见下表。",
                     "The chart shows the {zones} zones with the most figures (of {zones_total}) and the {metrics} "
                     "metrics they report most (of {metrics_total}); pick zones on the left to compare others, "
                     "the table has every figure."),
    "keywords_capped": ("关键词取自每个开发区最近的 {n} 篇文章(共用 {used} 篇,现有 {total} 篇)。",
                        "Keywords come from each zone's {n} most recent articles ({used} used of {total})."),
    "investment_capped": ("图中为每个开发区投资额最大的 {n} 个企业或项目(共 {total} 个),全部见下表。",
                          "The chart shows each zone's {n} largest investments ({total} in all); the table has "
                          "them all."),
    "rows_capped": ("共 {total} 行,表中显示前 {shown} 行;下载的 CSV 包含全部行。可在左侧缩小筛选范围。",
                    "{total} rows; the table shows the first {shown}, the CSV download has them all. "
                    "Narrow the filters on the left to see fewer."),
    "no_data": ("当前筛选条件下没有数据。请在左侧调整筛选条件,或在「导入」页添加文章。",
                "No data for the current filters. Adjust the filters on the left or add an article."),
    "zones_n": ("开发区数", "Zones"),
    "articles_n": ("文章数", "Articles"),
    "targets_n": ("目标数", "Targets"),
    "achievements_n": ("成绩数", "Achievements"),
    "industries_n": ("产业数", "Industries"),
    "enterprises_n": ("企业/项目数", "Enterprises"),
    "headline": ("投资目标", "Headline investment target"),
    "top_industries": ("主要产业", "Top industries"),
    "city": ("城市", "City"),
    "level": ("级别", "Level"),
    "date": ("文章日期", "Article date"),
    "compare_table": ("对比表", "Comparison table"),
    "chart_by_cat": ("按类别与开发区对比(同一单位)", "By category and zone (same unit only)"),
    "all_figures": ("全部数字", "All figures"),
    "open_source": ("查看原文", "Open source"),
    "pick_figure": ("选择一个数字查看原文", "Pick a figure to read its source"),
    "heatmap": ("开发区 × 产业 热力图", "Zone × industry heatmap"),
    "per_category": ("各类别产业数", "Industries per category"),
    "overlap": ("产业同质化(Jaccard 相似度)", "Industry overlap (Jaccard)"),
    "raw_names": ("每格背后的原文名称", "Raw names behind each cell"),
    "investment_chart": ("投资额(同一单位)", "Investment (same unit only)"),
    "top_terms": ("高频关键词(TF-IDF)", "Top terms (TF-IDF)"),
    "distinctive": ("特色关键词", "Distinctive terms"),
    "article": ("文章", "Article"),
    "facts_in_article": ("本文提取的数字", "Figures extracted from this article"),
    "industries_in_article": ("本文提取的产业", "Industries extracted from this article"),
    "selected_fact": ("选中的数字", "Selected figure"),
    "paste": ("粘贴文章文本", "Paste the article text"),
    "upload": ("或上传 .txt / .html 文件", "or upload a .txt / .html file"),
    "file_name": ("文件名(可选)", "File name (optional)"),
    "preview": ("预览提取结果", "Preview extraction"),
    "save": ("保存到数据库", "Save to the store"),
    "saved": ("已保存:{zone},现已出现在所有页面。", "Saved: {zone}. It now appears on every page."),
    "duplicate": ("这篇文章已经在数据库中,未重复添加。", "This article is already in the store; nothing was added."),
    "need_input": ("请粘贴文本或上传文件。", "Paste some text or upload a file."),
    "bad_article": ("无法读取该文章:", "Cannot read this article: "),
    "zone_detected": ("识别的开发区", "Detected zone"),
    "unknown_zone_hint": ("(不在名录中,按文中名称识别)", "(not in the gazetteer; named from the text)"),
    "no_body": ("找不到这篇文章的正文。", "No text found for this article."),
}

COLUMN_LABELS: dict[str, str] = {
    "zone": "开发区", "file": "文件", "kind": "类型", "metric": "指标", "value": "数值", "unit": "单位",
    "comparator": "比较", "year": "年份", "sentence": "原句", "value_norm": "标准值", "unit_norm": "标准单位",
    "category": "类别", "group": "指标组", "industry": "产业", "canonical": "标准产业", "mapped": "已映射",
    "name": "名称", "role": "角色", "investment": "投资额", "investment_unit": "投资单位", "city": "城市",
    "province": "省份", "level": "级别", "publish_date": "日期", "title": "标题", "source_link": "原文",
    "raw_names": "原文名称", "mentions": "提及次数", "term": "关键词", "weight": "权重", "fact_id": "编号",
    "articles_n": "文章数", "targets_n": "目标数", "achievements_n": "成绩数", "industries_n": "产业数",
    "enterprises_n": "企业/项目数", "headline": "投资目标", "top_industries": "主要产业",
    "count": "次数", "other_count": "其他开发区次数", "rank": "排名",
}

KINDS = ("target", "achievement")


def lang() -> str:
    """zh or en: the sidebar toggle, or before it is drawn (navigation titles) the URL's lang_en."""
    if "lang_en" in st.session_state:
        return "en" if st.session_state["lang_en"] else "zh"
    try:
        return "en" if str(st.query_params.get("lang_en", "")).lower() in ("true", "1") else "zh"
    except Exception:
        return "zh"


def t(key: str, **kw) -> str:
    """The label for key in the current language."""
    zh, en = LABELS.get(key, (key, key))
    text = en if lang() == "en" else zh
    return text.format(**kw) if kw else text


def col_label(col: str) -> str:
    return COLUMN_LABELS.get(col, col) if lang() == "zh" else col


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Rename columns to the labels of the current language (what is shown is what is downloaded)."""
    return df.rename(columns={c: col_label(c) for c in df.columns})


# ------------------------------------------------------------------ escaping

def esc(text) -> str:
    """HTML-escape anything for an unsafe_allow_html render; None/NaN become ''."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return html.escape(str(text), quote=True)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_esc(text) -> str:
    """Escape text for st.markdown (no unsafe HTML): markdown syntax characters are backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def highlight_html(body: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The body as safe HTML with <mark> around spans (start, end, css_class, element_id).

    Every piece of text is html.escape'd separately, so nothing from the article can become markup.
    Overlapping spans: the earlier (then longer) one wins.
    """
    spans = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(body)), key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[str] = []
    pos = 0
    for start, end, cls, el_id in spans:
        if start < pos:
            continue
        out.append(esc(body[pos:start]))
        id_attr = f' id="{esc(el_id)}"' if el_id else ""
        out.append(f'<mark class="{esc(cls)}"{id_attr}>{esc(body[start:end])}</mark>')
        pos = end
    out.append(esc(body[pos:]))
    paragraphs = "".join(out).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


# ------------------------------------------------------------------ store and cached loaders

_STORE_LOCK = threading.Lock()


@st.cache_resource(show_spinner=False)
def _store(path: str):
    return open_store(path)


def store_path() -> str:
    return str(default_store_path())


def get_store():
    return _store(store_path())


def _text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return ""
    return str(v)


def fact_id(row: dict | pd.Series) -> str:
    """The short stable id of one stored figure (carried in the URL as ?fact=...): the store computes the
    same in SQL (devzone.store.FACT_ID_SQL) from the article's hash and the row's position."""
    return hashlib.md5(f"{_text(row.get('content_hash'))}:{int(row.get('seq'))}".encode()).hexdigest()[:10]


def _texts(series: pd.Series) -> pd.Series:
    """A column as plain text, missing values as '' (the vectorised form of _text)."""
    if isinstance(series.dtype, pd.StringDtype):
        return series.fillna("")  # already text (the store's columns): no copy into Python objects
    return series.astype("string").fillna("").astype(object)


def _ensure(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    for c in cols:
        if c not in df.columns:
            df[c] = pd.Series([None] * len(df), dtype="object")
    return df


def store_stamp(path: str) -> int:
    """Changes whenever the store file is written (by this dashboard or by an ingest elsewhere): part of
    every cache key, so a new article shows up on the next rerun."""
    stamp = 0
    for p in (path, path + ".wal"):
        try:
            stamp += os.stat(p).st_mtime_ns
        except OSError:
            pass
    return stamp


_COLUMNS = {
    "documents": ["file", "zone", "publish_date", "title", "city", "province", "level", "zone_type", "zone_known",
                  "origin"],
    "targets": ["file", "zone", "kind", "metric", "value", "unit", "comparator", "year", "sentence", "value_norm",
                "unit_norm", "category", "group", "fact_id"],
    "industries": ["file", "zone", "industry", "sentence", "canonical", "category", "mapped"],
    "enterprises": ["file", "zone", "name", "role", "industry", "investment", "investment_unit", "sentence"],
}


def _prepare_one(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """A store frame with the columns the pages rely on guaranteed present and typed (vectorised: at
    10,000 articles a frame holds hundreds of thousands of rows)."""
    df = _ensure(df.copy(), _COLUMNS[table])
    if table == "targets":
        df["value"] = pd.to_numeric(df["value"], errors="coerce")
        df["value_norm"] = pd.to_numeric(df["value_norm"], errors="coerce")
        years = pd.to_numeric(df["year"], errors="coerce").astype("Int64")
        df["year"] = years.astype("string").fillna("").astype(object)
    if table == "industries":
        canonical = df["canonical"].astype("string").fillna("")
        df["canonical"] = canonical.where(canonical != "", df["industry"].astype("string").fillna(""))
    if table in ("targets", "industries", "enterprises"):
        df["category"] = df["category"].astype("string").fillna("") if "category" in df else ""
    return df


def _prepare(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: _prepare_one(name, df) for name, df in tables.items()}


@st.cache_data(show_spinner=False)
def load_article_text(path: str, file: str, stamp: int = 0) -> str:
    with _STORE_LOCK:
        return _store(path).article_text(file) or ""


def article_text(file: str) -> str:
    path = store_path()
    return load_article_text(path, file, store_stamp(path))


def add_article(data: bytes, file: str):
    """Store an article (library does decoding, size limit, extraction). Returns (facts, added).

    Caches are cleared when something new was stored, so it shows up on every page.
    Raises the library's ArticleError for input that is not an article.
    """
    with _STORE_LOCK:
        facts, added = get_store().add_bytes(data, file, origin="user")
    if added:
        clear_caches()
    return facts, added


def clear_caches() -> None:
    load_filtered.clear()
    load_facets.clear()
    load_file_tables.clear()
    load_article_text.clear()
    load_keyword_counts.clear()


KEYWORD_ARTICLES_PER_ZONE = 30


@st.cache_resource(show_spinner=False, max_entries=8)
def load_keyword_counts(path: str, stamp: int, zones: tuple[str, ...], per_zone: int) -> tuple[dict, int, int]:
    """Term counts per zone over each zone's `per_zone` most recent articles (tokenising every article of
    a large store takes minutes), with the number of articles used and available."""
    from devzone import keywords

    zone_filter = "AND list_contains(?::VARCHAR[], zone)" if zones else ""
    params = [list(zones)] if zones else []
    with _STORE_LOCK:
        df = _store(path).query(
            f"""SELECT zone, body, count(*) OVER () AS available FROM documents
                WHERE coalesce(trim(body), '') <> '' AND coalesce(zone, '') <> '' {zone_filter}
                QUALIFY row_number() OVER (PARTITION BY zone ORDER BY publish_date DESC NULLS LAST,
                                                                  added_at DESC) <= {int(per_zone)}""",
            params)
    if df.empty:
        return {}, 0, 0
    return keywords.zone_term_counts(df, "zone"), len(df), int(df["available"].iloc[0])


def keyword_counts(f: Filters) -> tuple[dict, int, int]:
    path = store_path()
    return load_keyword_counts(path, store_stamp(path), tuple(sorted(f.zones)), KEYWORD_ARTICLES_PER_ZONE)


# ------------------------------------------------------------------ filters

@dataclass
class Filters:
    zones: list[str] = field(default_factory=list)
    canonical: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    target_category: list[str] = field(default_factory=list)
    industry_category: list[str] = field(default_factory=list)
    kind: str = "all"  # all | target | achievement
    years: list[str] = field(default_factory=list)

    def any_industry(self) -> bool:
        return bool(self.canonical or self.raw)


FILTER_KEYS = ("zone", "ind", "raw", "tcat", "icat", "kind", "year")


def _ensure_navigation() -> None:
    """Make a deep link on a freshly started server go through dashboard.py's st.navigation.

    Streamlit starts in its legacy "pages/ folder" mode whenever a pages/ folder exists and only leaves
    it when st.navigation runs. A first request for /sources would run pages/6_sources.py on its own
    (no wide layout, legacy navigation) and never switch. Leave that mode and rerun through the entry
    script instead.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # pragma: no cover - internal module moved
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def sidebar() -> Filters:
    """The shared sidebar: every page calls it first. Widgets are bound to the URL query string."""
    _ensure_navigation()
    path = store_path()
    facets = load_facets(path, store_stamp(path))
    with st.sidebar:
        st.toggle(t("english"), key="lang_en", bind="query-params")
        st.header(t("filters"))
        zones = st.multiselect(t("f_zone"), facets["zones"], key="zone", bind="query-params",
                               placeholder=t("all"))
        canonical = st.multiselect(t("f_ind"), facets["canonical"], key="ind", bind="query-params",
                                   placeholder=t("all"))
        raw = st.multiselect(t("f_raw"), facets["industries"], key="raw", bind="query-params",
                             placeholder=t("all"))
        icat = st.multiselect(t("f_icat"), facets["industry_categories"], key="icat", bind="query-params",
                              placeholder=t("all"))
        tcat = st.multiselect(t("f_tcat"), facets["categories"], key="tcat", bind="query-params",
                              placeholder=t("all"))
        # the radio's label depends on the language, so its URL value is managed here as the raw kind
        if "kind" not in st.session_state:
            url_kind = st.query_params.get("kind", "all")
            st.session_state["kind"] = url_kind if url_kind in ("all", *KINDS) else "all"
        kind = st.radio(t("f_kind"), ["all", *KINDS], key="kind", horizontal=True, format_func=t,
                        persist_state="session")
        if kind in KINDS:
            st.query_params["kind"] = kind
        elif "kind" in st.query_params:
            del st.query_params["kind"]
        years = st.multiselect(t("f_year"), facets["years"], key="year", bind="query-params",
                               placeholder=t("all"))
    return Filters(zones=list(zones), canonical=list(canonical), raw=list(raw), target_category=list(tcat),
                   industry_category=list(icat), kind=kind or "all", years=list(years))


def _isin(series: pd.Series, values: list[str]) -> pd.Series:
    return series.pipe(_texts).isin(set(values))


def filter_enterprises(df: pd.DataFrame, f: Filters, industries: pd.DataFrame | None = None) -> pd.DataFrame:
    """Zone filter; with an industry filter, keep enterprises whose industry matches a selected name."""
    if f.zones:
        df = df[_isin(df["zone"], f.zones)]
    if f.any_industry():
        names = set(f.canonical) | set(f.raw)
        if industries is not None and len(industries):
            sel = industries[_isin(industries["canonical"], f.canonical) | _isin(industries["industry"], f.raw)]
            names |= {_text(v) for v in sel["industry"]} | {_text(v) for v in sel["canonical"]}
        names.discard("")
        df = df[df["industry"].map(lambda v: bool(_text(v)) and any(n in _text(v) or _text(v) in n
                                                                        for n in names))]
    return df


# Filtered frames are cached as resources (shared, not copied): pickling a copy per rerun cost seconds at
# 10,000 articles. Pages treat them as read-only (pandas copy-on-write protects what they derive).
@st.cache_resource(show_spinner=False, max_entries=16)
def load_filtered(path: str, stamp: int, key: tuple, table: str) -> pd.DataFrame:
    """One table narrowed by the filters in SQL (key: Filters as sorted (name, value) pairs)."""
    f = Filters(**{k: list(v) if isinstance(v, tuple) else v for k, v in key})
    zones = f.zones or None
    if table == "enterprises" and f.any_industry():
        # enterprises carry an industry name as written: match it against the selected industries
        ents = load_filtered(path, stamp, _filters_key(Filters(zones=f.zones)), "enterprises")
        return filter_enterprises(ents, f, load_filtered(path, stamp, key, "industries"))
    with _STORE_LOCK:
        store = _store(path)
        if table == "documents":
            df = store.filter_documents(zones=zones)
        elif table == "targets":
            df = store.filter_targets(zones=zones, kinds=[f.kind] if f.kind in KINDS else None,
                                      categories=f.target_category or None, years=f.years or None,
                                      zone_info=False)
        elif table == "industries":
            df = store.filter_industries(zones=zones, canonical=f.canonical or None, names=f.raw or None,
                                         categories=f.industry_category or None, zone_info=False)
        else:
            df = store.filter_enterprises(zones=zones)
    return _prepare_one(table, df)


def _filters_key(f: Filters) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in vars(f).items()))


def filtered(f: Filters, table: str) -> pd.DataFrame:
    """One table (documents, targets, industries, enterprises) as the filters select it, queried from the
    store and cached per filter combination: a page loads only the tables it draws."""
    path = store_path()
    return load_filtered(path, store_stamp(path), _filters_key(f), table)


def filtered_tables(f: Filters) -> dict[str, pd.DataFrame]:
    """All four tables as the filters select them."""
    return {name: filtered(f, name) for name in ("documents", "targets", "industries", "enterprises")}


@st.cache_data(show_spinner=False, max_entries=64)
def load_file_tables(path: str, stamp: int, file: str) -> dict[str, pd.DataFrame]:
    """The four tables restricted to one article file (the sources page)."""
    with _STORE_LOCK:
        store = _store(path)
        tables = {"documents": store.filter_documents(files=[file]),
                  "targets": store.filter_targets(files=[file], zone_info=False),
                  "industries": store.filter_industries(files=[file], zone_info=False),
                  "enterprises": store.filter_enterprises(files=[file])}
    return _prepare(tables)


def file_tables(file: str) -> dict[str, pd.DataFrame]:
    path = store_path()
    return load_file_tables(path, store_stamp(path), file)


@st.cache_data(show_spinner=False, max_entries=4)
def load_facets(path: str, stamp: int) -> dict[str, list[str]]:
    """Distinct values for the sidebar's widgets."""
    with _STORE_LOCK:
        return _store(path).facets()


# ------------------------------------------------------------------ CSV and tables

def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV of exactly the frame given, UTF-8 with BOM so Excel opens Chinese correctly."""
    return excel_safe(df).to_csv(index=False).encode("utf-8-sig")


_ZONE_SUFFIX = re.compile(r"(经济技术开发区|高新技术产业开发区|高新技术产业园区|经济开发区|高新园区|高新区|经开区|"
                          r"开发区|产业园区|工业园区|园区)$")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def short_zone(zone: str) -> str:
    return _ZONE_SUFFIX.sub("", zone) or zone


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


def show_table(df: pd.DataFrame, name: str, key: str, column_config: dict | None = None) -> pd.DataFrame:
    """Show a table (labels of the current language) with a CSV download of exactly what is shown."""
    shown = display_frame(df.reset_index(drop=True))
    if shown.empty:
        st.info(t("no_data"))
        return shown
    cfg = {col_label(k): v for k, v in (column_config or {}).items()}
    if len(shown) > MAX_ROWS_SHOWN:
        # a browser table of hundreds of thousands of rows freezes the page; the CSV still has every row
        st.caption(t("rows_capped", shown=f"{MAX_ROWS_SHOWN:,}", total=f"{len(shown):,}"))
        st.dataframe(shown.head(MAX_ROWS_SHOWN), hide_index=True, column_config=cfg or None, key=f"df_{key}")
        data = lambda: csv_bytes(shown)  # noqa: E731 - built only when the reader clicks
    else:
        st.dataframe(shown, hide_index=True, column_config=cfg or None, key=f"df_{key}")
        data = csv_bytes(shown)
    st.download_button(t("download"), data, file_name=name, mime="text/csv", key=f"dl_{key}",
                       on_click="ignore")
    return shown


def no_data() -> None:
    st.info(t("no_data"))


# ------------------------------------------------------------------ library adapters (compare / keywords)

def zone_industry_matrix(ind: pd.DataFrame) -> pd.DataFrame:
    """zone × canonical industry: number of articles naming it."""
    from devzone import compare

    return compare.zone_industry_matrix(ind, binary=False)


def overlap_matrix(ind: pd.DataFrame) -> pd.DataFrame:
    """Pairwise Jaccard similarity of the zones' canonical industry sets (the 同质化 view)."""
    from devzone import compare

    return compare.overlap_matrix(ind)


def top_terms(counts: dict, k: int = 20) -> pd.DataFrame:
    """TF-IDF top terms per zone: columns zone, term, weight."""
    from devzone import keywords

    return _with_weight(keywords.top_terms_from_counts(counts, by="zone", k=k))


def distinctive_terms(counts: dict, k: int = 20) -> pd.DataFrame:
    """Terms frequent in one zone relative to the others: columns zone, term, weight."""
    from devzone import keywords

    return _with_weight(keywords.distinctive_terms_from_counts(counts, by="zone", k=k))


def _with_weight(out: pd.DataFrame) -> pd.DataFrame:
    """The library's frames name the score tfidf or score: expose it as weight (first after term)."""
    if "weight" not in out:
        score = next((c for c in ("tfidf", "score", "count") if c in out), None)
        out = out.rename(columns={score: "weight"}) if score else out.assign(weight=0.0)
    out["weight"] = pd.to_numeric(out["weight"], errors="coerce").round(4)
    first = ["zone", "term", "weight"]
    return out[first + [c for c in out.columns if c not in first]]


# ------------------------------------------------------------------ small shared bits

def page_header(key: str) -> None:
    st.title(t(key))


def zone_order(df: pd.DataFrame) -> list[str]:
    return sorted({_text(z) for z in df["zone"]} - {""})


def text(v) -> str:
    return _text(v)


# ------------------------------------------------------------------ overview helpers

def _investment_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """Targets (not achievements) about investment stated in 元."""
    tg = targets[targets["kind"].pipe(_texts) == "target"]
    inv = tg[tg["metric"].pipe(_texts).str.contains("投资|投入|投产|项目", regex=True)
             | tg["category"].pipe(_texts).str.contains("投资", regex=False)]
    return inv[inv["unit_norm"].pipe(_texts).str.contains("元") | inv["unit"].pipe(_texts).str.contains("元")]


def headline_investment(targets: pd.DataFrame) -> str:
    """The largest investment target of a zone, as text ("200 亿元 (2025)"), or ''."""
    if targets.empty:
        return ""
    inv = _investment_targets(targets)
    if inv.empty:
        return ""
    key = inv["value_norm"].where(inv["value_norm"].notna(), inv["value"])
    row = inv.loc[key.astype(float).idxmax()]
    value, unit = row["value"], _text(row["unit"])
    num = f"{value:g}" if isinstance(value, (int, float)) and not pd.isna(value) else _text(value)
    year = f" ({_text(row['year'])})" if _text(row["year"]) else ""
    return f"{_text(row['metric'])} {num}{unit}{year}".strip()


def zone_summary(data: dict[str, pd.DataFrame], top_n: int = 3) -> pd.DataFrame:
    """One row per zone: city, level, latest article date, counts, headline investment, top industries."""
    docs, tg, ind, ent = data["documents"], data["targets"], data["industries"], data["enterprises"]
    cols = ["zone", "city", "level", "publish_date", "articles_n", "targets_n", "achievements_n",
            "industries_n", "enterprises_n", "headline", "top_industries"]
    def by_zone(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
        # one partition of the table (a boolean mask per zone costs a pass over every row per zone)
        return {z: g for z, g in df.groupby(df["zone"].pipe(_texts), sort=False)} if len(df) else {}

    empty = {name: frame.iloc[0:0] for name, frame in data.items()}
    docs_z, ind_z, ent_z = by_zone(docs), by_zone(ind), by_zone(ent)
    counts = tg.groupby([tg["zone"].pipe(_texts), tg["kind"].pipe(_texts)]).size() if len(tg) else pd.Series()
    # only investment targets can make a headline: narrow the largest table before splitting it
    inv_z = by_zone(_investment_targets(tg)) if len(tg) else {}
    rows = []
    for zone in sorted(set(docs_z) - {""}):
        d = docs_z[zone]
        zi = ind_z.get(zone, empty["industries"])
        ze = ent_z.get(zone, empty["enterprises"])
        top = zi["canonical"].pipe(_texts).value_counts()
        top = [n for n in top.index if n][:top_n]
        dates = sorted(_text(v) for v in d["publish_date"] if _text(v))
        rows.append({
            "zone": zone,
            "city": next((_text(v) for v in d["city"] if _text(v)), ""),
            "level": next((_text(v) for v in d["level"] if _text(v)), ""),
            "publish_date": dates[-1] if dates else "",
            "articles_n": len(d),
            "targets_n": int(counts.get((zone, "target"), 0)),
            "achievements_n": int(counts.get((zone, "achievement"), 0)),
            "industries_n": int(zi["canonical"].pipe(_texts).replace("", pd.NA).dropna().nunique()),
            "enterprises_n": len(ze),
            "headline": headline_investment(inv_z.get(zone, empty["targets"])),
            "top_industries": "、".join(top),
        })
    return pd.DataFrame(rows, columns=cols)


def zone_card_html(rec: dict) -> str:
    """A zone card as escaped HTML."""
    meta = " · ".join(esc(x) for x in (rec.get("city"), rec.get("level"), rec.get("publish_date")) if _text(x))
    lines = [
        f'<div class="zone-card"><div style="font-size:1.15rem;font-weight:700">{esc(rec["zone"])}</div>',
        f'<div style="color:#666;font-size:0.85rem">{meta}</div>',
        '<div style="margin-top:0.4rem">'
        f'{esc(t("articles_n"))}: <b>{esc(rec["articles_n"])}</b> · '
        f'{esc(t("targets_n"))}: <b>{esc(rec["targets_n"])}</b> · '
        f'{esc(t("achievements_n"))}: <b>{esc(rec["achievements_n"])}</b></div>',
    ]
    if _text(rec.get("headline")):
        lines.append(f'<div>{esc(t("headline"))}: <b>{esc(rec["headline"])}</b></div>')
    if _text(rec.get("top_industries")):
        lines.append(f'<div>{esc(t("top_industries"))}: {esc(rec["top_industries"])}</div>')
    lines.append("</div>")
    return "".join(lines)


# ------------------------------------------------------------------ targets helpers

def fmt_num(v) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return _text(v)
    return "" if math.isnan(f) else f"{f:g}"


def comparable_groups(df: pd.DataFrame, limit: int = 8) -> list[tuple[str, pd.DataFrame]]:
    """Figures split by (category, unit_norm): only figures of the same normalised unit share a chart."""
    # only the columns a chart reads: each group is a copy, and the sentences are most of a row
    d = df.loc[df["value_norm"].notna() & (df["unit_norm"].pipe(_texts) != ""),
               ["zone", "kind", "metric", "group", "year", "value_norm", "unit_norm", "category"]]
    if d.empty:
        return []
    keys = d["category"].pipe(_texts).replace("", "其他" if lang() == "zh" else "other")
    out = []
    for (cat, unit), g in d.groupby([keys, d["unit_norm"].pipe(_texts)], sort=False):
        out.append((f"{cat} · {unit}", g))
    out.sort(key=lambda x: (-len(x[1]), x[0]))
    return out[:limit]


def aggregate_figures(g: pd.DataFrame) -> pd.DataFrame:
    """One bar per zone × metric × kind: the largest figure (repeated mentions are not added up)."""
    metric = g["group"].pipe(_texts).where(g["group"].pipe(_texts) != "", g["metric"].pipe(_texts))
    d = g.assign(metric=metric, zone=g["zone"].pipe(_texts), kind=g["kind"].pipe(_texts), year=g["year"].pipe(_texts))
    d = d.assign(figure=g["metric"].pipe(_texts))
    keys = ["zone", "metric", "kind"]
    agg = d.groupby(keys, as_index=False).agg(
        value_norm=("value_norm", "max"), n=("value_norm", "size"),
        year=("year", lambda s: "、".join(sorted({y for y in s if y}))))
    # name the figure behind each bar, so a reader knows which of the group's figures is drawn
    top = d.sort_values("value_norm", ascending=False).drop_duplicates(keys)[[*keys, "figure"]]
    agg = agg.merge(top, on=keys, how="left")
    return agg.sort_values(["metric", "zone"]).reset_index(drop=True)


MAX_METRICS_CHARTED = 15
MAX_ZONES_CHARTED = 12


def chart_slice(agg: pd.DataFrame) -> pd.DataFrame:
    """The bars worth drawing: at most MAX_ZONES_CHARTED zones (those with the most figures) and
    MAX_METRICS_CHARTED metrics (those most of these zones report; ties: most mentions). A chart of 58
    zones' hundreds of metrics compares nothing; the filters pick other zones, the table has every figure."""
    if agg["zone"].nunique() > MAX_ZONES_CHARTED:
        zones = agg.groupby("zone")["n"].sum().sort_values(ascending=False).head(MAX_ZONES_CHARTED).index
        agg = agg[agg["zone"].isin(zones)]
    if agg["metric"].nunique() > MAX_METRICS_CHARTED:
        rank = agg.groupby("metric").agg(zones=("zone", "nunique"), n=("n", "sum"))
        keep = rank.sort_values(["zones", "n"], ascending=False).head(MAX_METRICS_CHARTED).index
        agg = agg[agg["metric"].isin(keep)]
    return agg.reset_index(drop=True)


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
    params["file"] = _text(file)
    if fact:
        params["fact"] = fact
    return params


def source_urls(files: pd.Series, facts: pd.Series) -> list[str]:
    """source_url for every row, built from one encoding of the current filters (a table may hold
    hundreds of thousands of figures)."""
    from urllib.parse import quote_plus, urlencode

    base = urlencode({k: v for k, v in source_params("").items() if k != "file"}, doseq=True)
    prefix = "sources?" + (base + "&" if base else "") + "file="
    files, facts = _texts(files).astype("string"), _texts(facts).astype("string")
    quoted = files.map({f: quote_plus(f) for f in files.unique()}).astype("string")
    links = (prefix + quoted).where(facts == "", prefix + quoted + "&fact=" + facts)  # vectorised: many rows
    return links.astype(object).tolist()


def source_url(file: str, fact: str = "") -> str:
    """Relative link to the Sources page at one figure (filters of the current URL kept)."""
    from urllib.parse import urlencode

    return "sources?" + urlencode(source_params(file, fact), doseq=True)


def link_to_source(file: str, fact: str = "", label: str | None = None) -> None:
    """A link to the Sources page: st.page_link inside the app, a plain link when the page runs alone."""
    label = label or t("open_source")
    try:
        st.page_link("pages/6_sources.py", label=label, icon=":material/description:", query_params=source_params(file, fact))
    except Exception:  # page not registered (the page is run on its own, e.g. in AppTest)
        st.markdown(f"[{md_esc(label)}]({source_url(file, fact)})")


# ------------------------------------------------------------------ industries / enterprises helpers

def industries_per_category(ind: pd.DataFrame) -> pd.DataFrame:
    """Distinct canonical industries per zone and category (for stacked bars)."""
    d = ind.assign(zone=ind["zone"].pipe(_texts), canonical=ind["canonical"].pipe(_texts),
                   category=ind["category"].pipe(_texts).replace("", "其他" if lang() == "zh" else "other"))
    d = d[d["canonical"] != ""]
    out = d.groupby(["zone", "category"], as_index=False)["canonical"].nunique()
    return out.rename(columns={"canonical": "industries_n"})


def raw_names_table(ind: pd.DataFrame) -> pd.DataFrame:
    """zone × canonical industry: mentions and the raw names behind the cell."""
    d = ind.assign(zone=ind["zone"].pipe(_texts), canonical=ind["canonical"].pipe(_texts),
                   industry=ind["industry"].pipe(_texts), category=ind["category"].pipe(_texts))
    out = d.groupby(["zone", "canonical"], as_index=False).agg(
        category=("category", lambda s: "、".join(sorted({x for x in s if x}))),
        mentions=("industry", "size"),
        raw_names=("industry", lambda s: "、".join(sorted({x for x in s if x}))))
    return out.sort_values(["zone", "mentions"], ascending=[True, False]).reset_index(drop=True)


def investment_by_zone(ent: pd.DataFrame) -> pd.DataFrame:
    """Numeric investments per zone and enterprise, kept apart by unit (never adds 亿元 to 万元)."""
    d = ent.assign(investment=pd.to_numeric(ent["investment"].pipe(_texts).str.replace(",", ""), errors="coerce"),
                   investment_unit=ent["investment_unit"].pipe(_texts), zone=ent["zone"].pipe(_texts),
                   name=ent["name"].pipe(_texts))
    d = d[d["investment"].notna() & (d["investment_unit"] != "")]
    return d.groupby(["zone", "name", "investment_unit"], as_index=False)["investment"].max()


ENTERPRISES_CHARTED_PER_ZONE = 5


def investment_chart_slice(inv: pd.DataFrame) -> pd.DataFrame:
    """The bars worth drawing: the MAX_ZONES_CHARTED zones with the most named investments, each with its
    ENTERPRISES_CHARTED_PER_ZONE largest per unit (one colour per enterprise: thousands compare nothing)."""
    if inv["zone"].nunique() > MAX_ZONES_CHARTED:
        zones = inv["zone"].value_counts().head(MAX_ZONES_CHARTED).index
        inv = inv[inv["zone"].isin(zones)]
    inv = inv.sort_values("investment", ascending=False)
    return inv.groupby(["zone", "investment_unit"], sort=False).head(ENTERPRISES_CHARTED_PER_ZONE
                                                                     ).reset_index(drop=True)


# ------------------------------------------------------------------ sources helpers

SOURCE_CSS = """<style>
.dz-article p { line-height: 1.9; margin: 0 0 0.6em 0; }
.dz-article mark.fig { background: #fff3a3; padding: 0 2px; border-radius: 3px; }
.dz-article mark.ind { background: #c9f0d3; padding: 0 2px; border-radius: 3px; }
.dz-article mark.sel { background: #ffb870; padding: 0 2px; border-radius: 3px; outline: 2px solid #e8590c; }
.dz-selected { border-left: 4px solid #e8590c; background: #fff4e6; padding: 0.6em 0.9em; margin: 0.5em 0 1em 0; }
</style>"""


def _number_forms(value) -> list[str]:
    s = fmt_num(value)
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
        sent = _text(r.get("sentence"))
        start = body.find(sent) if sent else -1
        if start < 0:
            continue
        if selected_fact and r.get("fact_id") == selected_fact:
            spans.append((start, start + len(sent), "sel", f"fact-{selected_fact}"))
            continue
        unit = _text(r.get("unit"))
        for form in _number_forms(r.get("value")):
            # the number as a whole (not the "1" of "2021"), with its unit when the text has it
            m = (re.search(rf"(?<![\d.]){re.escape(form)}(?:\.0+)?{re.escape(unit)}", sent) if unit else None) \
                or re.search(rf"(?<![\d.]){re.escape(form)}(?:\.0+)?(?![\d.]*\d)", sent)
            if m:
                spans.append((start + m.start(), start + m.end(), "fig", ""))
                break
    for name in sorted({_text(v) for v in industries.get("industry", pd.Series(dtype=str))} - {""}, key=len,
                       reverse=True):
        for m in re.finditer(re.escape(name), body):
            spans.append((m.start(), m.end(), "ind", ""))
    return spans


def scroll_to(element_id: str) -> None:
    """Scroll the page to an element (the selected figure's sentence) once it is drawn."""
    import json

    from streamlit.components.v1 import html as component_html

    target = json.dumps(element_id)
    component_html(f"""<script>
      let n = 0;
      const t = setInterval(() => {{
        const el = window.parent.document.getElementById({target});
        if (el) {{ el.scrollIntoView({{block: "center"}}); clearInterval(t); }}
        if (++n > 40) clearInterval(t);
      }}, 150);
    </script>""", height=0)
