"""Streamlit entry point: builds the store on a fresh install (with a progress bar), then navigates to the
pages in pages/ (each page draws the shared sidebar, page links included, itself)."""

import streamlit as st

from devzone_app import data, navigation

st.set_page_config(page_title="开发区对比 · devzone", page_icon=":material/factory:", layout="wide")
data.ensure_store()
st.navigation(navigation.pages(), position="hidden").run()
