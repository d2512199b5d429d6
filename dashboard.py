"""Streamlit entry point: navigation over the pages in pages/ (each page draws the shared sidebar itself)."""

import streamlit as st

from devzone_app.labels import t

st.set_page_config(page_title="开发区对比 · devzone", page_icon=":material/factory:", layout="wide")

PAGES = [
    st.Page("pages/1_overview.py", title=t("overview"), icon=":material/dashboard:", url_path="overview", default=True),
    st.Page("pages/2_targets.py", title=t("targets"), icon=":material/flag:", url_path="targets"),
    st.Page("pages/3_industries.py", title=t("industries"), icon=":material/factory:", url_path="industries"),
    st.Page("pages/4_enterprises.py", title=t("enterprises"), icon=":material/business:", url_path="enterprises"),
    st.Page("pages/5_keywords.py", title=t("keywords"), icon=":material/tag:", url_path="keywords"),
    st.Page("pages/6_sources.py", title=t("sources"), icon=":material/description:", url_path="sources"),
    st.Page("pages/7_add.py", title=t("add"), icon=":material/add_circle:", url_path="add"),
]

st.navigation(PAGES, position="sidebar").run()
