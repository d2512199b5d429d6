"""The store behind the dashboard and its cached queries, narrowed by the sidebar's filters.

Cache keys hold the store file's modification time, so an article stored by this dashboard or by an ingest
elsewhere shows up on the next rerun. Frames are shared between reruns: pages treat them as read-only.

This is the read path: it needs the store (DuckDB, pandas) and nothing of the extraction (jieba, cn2an,
OpenCC), so the first page draws without loading it. A fresh install's store is built from seeds/ by the
command line in a separate process; extracting an uploaded article is `devzone_app.adding`, used by the
import page only.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field, replace

import pandas as pd
import streamlit as st

from devzone import compare, keywords
from devzone.schema import ROOT
from devzone.store import Store, StoreError, default_store_path
from devzone_app.labels import GROUPINGS, KINDS, t, text, texts

STORE_LOCK = threading.Lock()


SEEDS_DIR = ROOT / "seeds"


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    return Store(path)


_READY: set[str] = set()  # store files known to hold articles (checked once per server)


def ensure_store() -> None:
    """Build the store from seeds/ before the first view of a fresh install, behind a progress bar.

    dashboard.py calls it before any page draws; once a store file holds articles it costs one count."""
    path = store_path()
    if path in _READY:
        return
    with STORE_LOCK:
        if Store(path).count() == 0 and SEEDS_DIR.exists():
            build_from_seeds(path)
        _READY.add(path)


def build_from_seeds(path: str) -> None:
    """Ingest seeds/ into the store with the command line (`python -m devzone ingest`) in a separate process:
    the extraction stack loads there, not in the dashboard. The bar advances with each article stored."""
    n_files = sum(1 for f in SEEDS_DIR.rglob("*") if f.suffix.lower() in (".txt", ".html", ".htm"))
    bar = st.progress(0.0, text=t("building_store"))
    cmd = [sys.executable, "-m", "devzone", "ingest", "--store", path, "--origin", "seed", "--no-seeds",
           "--verbose", str(SEEDS_DIR)]
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        done = 0
        for line in proc.stdout:
            if line.split(" ", 1)[0] in ("added", "stored", "error"):
                done += 1
                bar.progress(min(done / max(n_files, 1), 1.0), text=f"{t('building_store')} {done}/{n_files}")
        failure = proc.stderr.read().strip()
    if proc.returncode not in (0, 1):  # 1: some seed file failed, the others are stored
        raise StoreError(f"{path}: building the store from {SEEDS_DIR} failed: {failure.splitlines()[-1:]}")
    bar.empty()


def store_path() -> str:
    return str(default_store_path())


def get_store():
    return _store(store_path())


def fact_id(row: dict | pd.Series) -> str:
    """The short stable id of one stored figure (carried in the URL as ?fact=...): the store computes the
    same in SQL (devzone.store.FACT_ID_SQL) from the article's hash and the row's position."""
    return hashlib.md5(f"{text(row.get('content_hash'))}:{int(row.get('seq'))}".encode()).hexdigest()[:10]


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
    "documents": ["file", "zone", "zone_official", "publish_date", "title", "city", "province", "level", "zone_type",
                  "zone_known", "origin"],
    "targets": ["file", "zone", "kind", "metric", "value", "unit", "comparator", "year", "period", "sentence", "value_norm",
                "unit_norm", "category", "group", "indicator", "measure", "fact_id"],
    "industries": ["file", "zone", "industry", "sentence", "canonical", "category", "mapped"],
    "enterprises": ["file", "zone", "name", "role", "industry", "investment", "investment_unit", "sentence"],
}


def _prepare_one(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """A store frame with the columns the pages rely on guaranteed present and typed (vectorised: at
    10,000 articles a frame holds hundreds of thousands of rows)."""
    # a shallow copy (copy-on-write keeps the caller's frame intact); text stays pandas strings, not Python
    # objects (converting 700,000 years to objects cost a second)
    df = _ensure(df.copy(deep=False), _COLUMNS[table])
    if table == "targets":
        df["value"] = pd.to_numeric(df["value"], errors="coerce")
        df["value_norm"] = pd.to_numeric(df["value_norm"], errors="coerce")
        years = pd.to_numeric(df["year"], errors="coerce").astype("Int64")
        df["year"] = years.astype("string").fillna("")
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
    with STORE_LOCK:
        return _store(path).article_text(file) or ""


def article_text(file: str) -> str:
    path = store_path()
    with st.spinner(t("loading")):
        return load_article_text(path, file, store_stamp(path))


def clear_caches() -> None:
    load_filtered.clear()
    load_latest_figures.clear()
    load_progress.clear()
    load_unmapped.clear()
    load_facets.clear()
    load_file_tables.clear()
    load_article_text.clear()
    load_keyword_counts.clear()
    load_zone_order.clear()
    load_zone_places.clear()
    load_grouped.clear()
    load_zone_figures.clear()
    load_timeline.clear()


@st.cache_resource(show_spinner=False, max_entries=8)
def load_keyword_counts(path: str, stamp: int, zones: tuple[str, ...]) -> pd.DataFrame:
    """Content-word counts per zone (zone, term, count) over every article of the zones (all when none),
    summed in SQL from the counts the store keeps per article."""
    with STORE_LOCK:
        counts = _store(path).zone_term_counts(list(zones) or None)
    counts = keywords.without_stop_terms(counts, keywords.stop_term_patterns())  # stop words added since stored
    return keywords.without_own_names(counts, {})  # pieces of the zone's own name


def keyword_counts(f: Filters) -> pd.DataFrame:
    """Term counts (zone, term, count) per zone, or per place, city, province (the sidebar's 比较单位), without
    the pieces of the zone's own names (keywords.without_own_names)."""
    path = store_path()
    with st.spinner(t("loading_keywords"), show_time=True):
        counts = load_keyword_counts(path, store_stamp(path), tuple(sorted(f.zones)))
    if f.by == "zone" or counts.empty:
        return counts
    names = group_names(f.by)
    grouped = counts.assign(zone=counts["zone"].map(lambda z: names.get(z, z)))
    members: dict[str, list[str]] = {}
    for zone, group in names.items():
        members.setdefault(group, []).append(zone)
    summed = grouped.groupby(["zone", "term"], as_index=False, sort=False)["count"].sum()
    return keywords.without_own_names(summed, members)  # a place's name and its zones' names


@dataclass
class Filters:
    zones: list[str] = field(default_factory=list)
    canonical: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    target_category: list[str] = field(default_factory=list)
    industry_category: list[str] = field(default_factory=list)
    kind: str = "all"  # all | target | achievement
    years: list[str] = field(default_factory=list)
    by: str = "zone"  # what the pages compare: zone | place | city | province (labels.GROUPINGS)

    def any_industry(self) -> bool:
        return bool(self.canonical or self.raw)


FILTER_KEYS = ("zone", "ind", "raw", "tcat", "icat", "kind", "year", "by")


def _isin(series: pd.Series, values: list[str]) -> pd.Series:
    return series.pipe(texts).isin(set(values))


def filter_enterprises(df: pd.DataFrame, f: Filters, industries: pd.DataFrame | None = None) -> pd.DataFrame:
    """Zone filter; with an industry filter, keep enterprises whose industry matches a selected name."""
    if f.zones:
        df = df[_isin(df["zone"], f.zones)]
    if f.any_industry():
        names = set(f.canonical) | set(f.raw)
        if industries is not None and len(industries):
            sel = industries[_isin(industries["canonical"], f.canonical) | _isin(industries["industry"], f.raw)]
            names |= {text(v) for v in sel["industry"]} | {text(v) for v in sel["canonical"]}
        names.discard("")
        df = df[df["industry"].map(lambda v: bool(text(v)) and any(n in text(v) or text(v) in n
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
    with STORE_LOCK:
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


@st.cache_resource(show_spinner=False, max_entries=16)
def load_latest_figures(path: str, stamp: int, key: tuple, by: tuple[str, ...],
                        kinds: tuple[str, ...] | None, columns: tuple[str, ...] | None = None,
                        exclude: str | None = None) -> pd.DataFrame:
    """Mapped figures narrowed by the filters, one per group of `by`, the latest, with `n` (Store.latest_figures;
    `exclude` leaves out the figures whose metric or indicator it finds)."""
    f = Filters(**{k: list(v) if isinstance(v, tuple) else v for k, v in key})
    if kinds is None:
        kinds = (f.kind,) if f.kind in KINDS else None
    with STORE_LOCK:
        df = _store(path).latest_figures(list(by), compare.period_months, zones=f.zones or None,
                                         kinds=list(kinds) if kinds else None,
                                         categories=f.target_category or None, years=f.years or None,
                                         columns=columns, exclude=exclude)
    if f.by in GROUPINGS and f.by != "zone":  # compared by place, city or province: the zone column names it
        names = zone_group_names(load_zone_places(path, stamp), f.by)
        df = df.assign(zone=df["zone"].map(lambda z: names.get(z, z)))
    return df


def latest_figures(f: Filters, by: tuple[str, ...], kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The latest mapped figure of each group of `by` (zone, kind, indicator, measure, unit_norm, year …) as the
    filters select them (kinds: these instead of the sidebar's), reduced in SQL and cached per filter
    combination: the comparisons then work on thousands of rows, not every stored figure."""
    path = store_path()
    with st.spinner(t("loading"), show_time=True):
        return load_latest_figures(path, store_stamp(path), _filters_key(f), by, kinds)


@st.cache_resource(show_spinner=False, max_entries=8)
def load_progress(path: str, stamp: int, key: tuple) -> pd.DataFrame:
    """compare.progress_pairs of the filtered figures: every distinct target beside the latest report of its
    zone × indicator × measure × year, both reduced in SQL (the sidebar's kind does not apply)."""
    reads = compare.PROGRESS_READS  # not the sentences: a third of the query at 266,000 targets
    # a project's or an enterprise's report is no zone's total: left out before the latest of a group is chosen
    parts = compare.part_scope_pattern()
    targets = load_latest_figures(path, stamp, key, compare.PROGRESS_TARGET_KEYS, ("target",), reads)
    reports = load_latest_figures(path, stamp, key, compare.PROGRESS_REPORT_KEYS, ("achievement",), reads, parts)
    if dict(key).get("by", "zone") != "zone":  # several zones in one place: reduce their figures again
        return compare.progress(pd.concat([targets, reports], ignore_index=True))
    return compare.progress_pairs(targets, reports)


def progress(f: Filters) -> pd.DataFrame:
    """Targets against results (compare.progress) as the filters select them, cached per filter combination:
    a rerun does not join hundreds of thousands of targets again."""
    path = store_path()
    with st.spinner(t("loading"), show_time=True):
        return load_progress(path, store_stamp(path), _filters_key(f))


@st.cache_resource(show_spinner=False, max_entries=16)
def load_timeline(path: str, stamp: int, key: tuple, by: str, zone: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One zone's (or place's, city's, province's) timeline: its figures at their article's date
    (compare.timeline_points) and its articles by date (compare.zone_timeline), from its rows only."""
    f = Filters(**{k: list(v) if isinstance(v, tuple) else v for k, v in key})
    names = zone_group_names(load_zone_places(path, stamp), by)
    zones = [z for z, g in names.items() if g == zone] or [zone]  # a place: the zones in it
    one = _filters_key(replace(f, zones=sorted(zones), by="zone"))
    docs = load_filtered(path, stamp, one, "documents")
    figures = load_filtered(path, stamp, one, "targets")
    if names:
        docs, figures = docs.assign(zone=zone), figures.assign(zone=zone)
    return compare.timeline_points(docs, figures), compare.zone_timeline(docs, figures)


def timeline(f: Filters, zone: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures at their article's date, articles by date) of one zone as the filters select them, cached per
    zone and filter combination: a rerun does not rebuild them."""
    path = store_path()
    with st.spinner(t("loading"), show_time=True):
        return load_timeline(path, store_stamp(path), _filters_key(replace(f, by="zone")), f.by, zone)


def _filters_key(f: Filters) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in vars(f).items()))


def filtered(f: Filters, table: str) -> pd.DataFrame:
    """One table (documents, targets, industries, enterprises) as the filters select it, queried from the
    store and cached per filter combination: a page loads only the tables it draws. Compared by place, city
    or province (f.by), the zone column holds that name instead, so every page groups by it."""
    path = store_path()
    key = _filters_key(replace(f, by="zone"))
    with st.spinner(t("loading"), show_time=True):
        if f.by in GROUPINGS and f.by != "zone":
            return load_grouped(path, store_stamp(path), key, table, f.by)
        return load_filtered(path, store_stamp(path), key, table)


@dataclass(frozen=True)
class Headline:
    """Which target makes a zone's headline (the largest one): regexes on its metric or category, and on its
    unit (normalised or as written)."""
    metric: str
    category: str
    unit: str


@st.cache_resource(show_spinner=False, max_entries=16)
def load_zone_figures(path: str, stamp: int, key: tuple, by: str, headline: Headline, top_n: int) -> pd.DataFrame:
    """Per zone (or place, city, province): counts of figures and industries, the headline target and the top
    industries, computed in SQL (Store.zone_target_summary, Store.zone_industry_summary) over every stored row
    the filters select; zones without figures or industries have 0 and missing values."""
    f = Filters(**{k: list(v) if isinstance(v, tuple) else v for k, v in key})
    groups = zone_group_names(load_zone_places(path, stamp), by) or None
    with STORE_LOCK:
        store = _store(path)
        figures = store.zone_target_summary(
            zones=f.zones or None, kinds=[f.kind] if f.kind in KINDS else None,
            categories=f.target_category or None, years=f.years or None, groups=groups,
            headline_metric=headline.metric, headline_category=headline.category, headline_unit=headline.unit)
        industries = store.zone_industry_summary(zones=f.zones or None, categories=f.industry_category or None,
                                                 canonical=f.canonical or None, names=f.raw or None,
                                                 groups=groups, top_n=top_n)
    out = figures.merge(industries, on="zone", how="outer")
    for col in ("targets_n", "achievements_n", "industries_n"):
        out[col] = out[col].fillna(0).astype(int)
    out["top_industries"] = [[str(n) for n in top] if top is not None and not isinstance(top, float) else []
                             for top in out["top_industries"]]
    return out


def zone_figures(f: Filters, headline: Headline, top_n: int = 3) -> pd.DataFrame:
    """load_zone_figures for the sidebar's filters, compared by its 比较单位, cached per filter combination."""
    path = store_path()
    with st.spinner(t("loading"), show_time=True):
        return load_zone_figures(path, store_stamp(path), _filters_key(replace(f, by="zone")), f.by, headline,
                                 top_n)


@st.cache_resource(show_spinner=False, max_entries=16)
def load_unmapped(path: str, stamp: int, key: tuple, by: str) -> pd.DataFrame:
    """compare.unmapped_figures of the filtered figures, cached: picking 20,000 of 700,000 rows took ~2 s on
    every rerun."""
    grouped = by in GROUPINGS and by != "zone"
    targets = load_grouped(path, stamp, key, "targets", by) if grouped else load_filtered(path, stamp, key, "targets")
    return compare.unmapped_figures(targets[targets["indicator"].isna()
                                            | targets["indicator"].isin(["", compare.UNMAPPED])])


def unmapped_figures(f: Filters) -> pd.DataFrame:
    """The filtered figures without a canonical indicator (compare.unmapped_figures), cached per filters."""
    path = store_path()
    with st.spinner(t("loading"), show_time=True):
        return load_unmapped(path, store_stamp(path), _filters_key(replace(f, by="zone")), f.by)


@st.cache_resource(show_spinner=False, max_entries=16)
def load_grouped(path: str, stamp: int, key: tuple, table: str, by: str) -> pd.DataFrame:
    """load_filtered with each zone replaced by its place, city or province (shared like load_filtered)."""
    df = load_filtered(path, stamp, key, table)
    names = zone_group_names(load_zone_places(path, stamp), by)
    zones = df["zone"].pipe(texts)
    return df.assign(zone=zones.map(names).where(lambda g: g.notna(), zones))


@st.cache_data(show_spinner=False, max_entries=4)
def load_zone_places(path: str, stamp: int) -> pd.DataFrame:
    """Every stored zone with its county-level place, city and province (devzone.compare.zones_by_place)."""
    with STORE_LOCK:
        docs = _store(path).query("SELECT zone, file, place, city, province FROM documents "
                                  "WHERE coalesce(zone, '') <> ''")
    return zone_places(docs)


def zone_places(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per zone: zone, place, city, province, each the value most of its documents give; place is
    the city when no document names a county-level place (a city's own zone), '' when nothing is known."""
    return compare.zones_by_place(documents, "place")[["zone", "place", "city", "province"]].assign(
        place=lambda d: d["place"].where(d["place"] != "", d["city"]))


def zone_group_names(places: pd.DataFrame, by: str) -> dict[str, str]:
    """zone -> its place, city or province; a zone whose articles name none keeps its own name."""
    if by == "zone" or by not in places:
        return {}
    return {z: g for z, g in zip(places["zone"], places[by], strict=True) if g}


def group_names(by: str) -> dict[str, str]:
    """zone -> the name it is compared under (zone_group_names over the store's zones)."""
    path = store_path()
    return zone_group_names(load_zone_places(path, store_stamp(path)), by)


def filtered_tables(f: Filters) -> dict[str, pd.DataFrame]:
    """All four tables as the filters select them."""
    return {name: filtered(f, name) for name in ("documents", "targets", "industries", "enterprises")}


@st.cache_data(show_spinner=False, max_entries=64)
def load_file_tables(path: str, stamp: int, file: str) -> dict[str, pd.DataFrame]:
    """The four tables restricted to one article file (the sources page)."""
    with STORE_LOCK:
        store = _store(path)
        tables = {"documents": store.filter_documents(files=[file]),
                  "targets": store.filter_targets(files=[file], zone_info=False),
                  "industries": store.filter_industries(files=[file], zone_info=False),
                  "enterprises": store.filter_enterprises(files=[file])}
    return _prepare(tables)


def file_tables(file: str) -> dict[str, pd.DataFrame]:
    path = store_path()
    with st.spinner(t("loading")):
        return load_file_tables(path, store_stamp(path), file)


@st.cache_data(show_spinner=False, max_entries=4)
def load_facets(path: str, stamp: int) -> dict[str, list[str]]:
    """Distinct values for the sidebar's widgets."""
    with STORE_LOCK:
        return _store(path).facets()


def facets() -> dict[str, list[str]]:
    """Distinct values of the filtered columns (the sidebar's options), cached per store version."""
    path = store_path()
    with st.spinner(t("loading")):
        return load_facets(path, store_stamp(path))


@st.cache_data(show_spinner=False, max_entries=4)
def load_zone_order(path: str, stamp: int) -> list[str]:
    """Every stored zone, in the order its first article was stored (seeds first, in file order)."""
    with STORE_LOCK:
        df = _store(path).query("SELECT zone, min(added_at) AS first, min(file) AS file FROM documents "
                                "WHERE coalesce(zone, '') <> '' GROUP BY zone ORDER BY first, file, zone")
    return df["zone"].astype(str).tolist()


def zones_in_store_order() -> list[str]:
    path = store_path()
    return load_zone_order(path, store_stamp(path))


def zone_order(df: pd.DataFrame) -> list[str]:
    return sorted({text(z) for z in df["zone"]} - {""})
