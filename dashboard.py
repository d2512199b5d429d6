"""Streamlit entry point: builds the store on a fresh install (with a progress bar), then navigates to the
pages in pages/ (each page draws the shared sidebar, page links included, itself)."""

import streamlit as st

from devzone.store import StoreError
from devzone_app import data, navigation, render
from devzone_app.labels import t

st.set_page_config(page_title=t("app_title"), page_icon=":material/factory:", layout="wide")
try:
    data.ensure_store()
    page = st.navigation(navigation.pages(), position="hidden")
    st.set_page_config(page_title=f"{page.title} · {t('app_title')}")  # the browser tab names the page
    page.run()
except StoreError as e:  # disk full, read-only, locked, damaged: one message with the file and the fix, any page
    st.error(t("store_problem") + render.md_esc(str(e)))
