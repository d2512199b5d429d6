"""The shared sidebar: language toggle and filters, every widget bound to the URL query string."""

from __future__ import annotations

import streamlit as st

from devzone_app.data import Filters, facets
from devzone_app.labels import GROUPINGS, KINDS, name_label, t
from devzone_app.navigation import ensure_navigation, page_links


def sidebar() -> Filters:
    """The shared sidebar: every page calls it first. Widgets are bound to the URL query string."""
    ensure_navigation()
    with st.sidebar:
        page_links()  # before any query: the way around the app shows first
    options = facets()
    with st.sidebar:
        st.toggle(t("english"), key="lang_en", bind="query-params")
        # the radio's labels depend on the language, so its URL value is managed here as the raw grouping
        url_state("by", list(GROUPINGS), "zone")
        by = st.radio(t("group_by"), GROUPINGS, key="by", horizontal=True, format_func=lambda g: t(f"group_{g}"),
                      persist_state="session")
        keep_in_url("by", by if by != "zone" else None)
        st.header(t("filters"))
        zones = st.multiselect(t("f_zone"), options["zones"], key="zone", bind="query-params",
                               placeholder=t("all"))
        canonical = st.multiselect(t("f_ind"), options["canonical"], key="ind", bind="query-params",
                                   placeholder=t("all"))
        raw = st.multiselect(t("f_raw"), options["industries"], key="raw", bind="query-params",
                             placeholder=t("all"))
        icat = translated_multiselect("f_icat", options["industry_categories"], "icat")
        tcat = translated_multiselect("f_tcat", options["categories"], "tcat")
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
        years = st.multiselect(t("f_year"), options["years"], key="year", bind="query-params",
                               placeholder=t("all"))
    return Filters(zones=list(zones), canonical=list(canonical), raw=list(raw), target_category=list(tcat),
                   industry_category=list(icat), kind=kind or "all", years=list(years), by=by or "zone")


def translated_multiselect(label: str, options: list[str], key: str) -> list[str]:
    """A multiselect of categories shown in the reader's language (data/display_names.csv) whose URL keeps
    the stored values, so a shared link works in either language."""
    url_state(key, options, [])
    picked = st.multiselect(t(label), options, key=key, placeholder=t("all"), format_func=name_label,
                            persist_state="session")
    keep_in_url(key, picked)
    return list(picked)


def url_state(key: str, options: list[str], default: str | list[str]) -> None:
    """Seed the widget `key` from the URL's raw option values before the widget is drawn (then call
    keep_in_url with its value). A widget bound with bind="query-params" *and* a format_func reads and
    writes the URL as its shown labels, which change with the language toggle; a widget whose options are
    shown translated keeps the raw values in the URL this way instead. default: a list for a multiselect."""
    current = st.session_state.get(key)
    if isinstance(default, list):
        if current is None or not set(current) <= set(options):
            st.session_state[key] = [v for v in st.query_params.get_all(key) if v in options]
    elif current not in options:  # first view, or the filters removed the choice
        value = st.query_params.get(key, default)
        st.session_state[key] = value if value in options else default


def keep_in_url(key: str, value: str | list[str] | None) -> None:
    """Write a widget's raw value to the URL (nothing chosen: the key leaves the URL)."""
    if value:
        st.query_params[key] = value
    elif key in st.query_params:
        del st.query_params[key]
