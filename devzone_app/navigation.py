"""The one place the dashboard touches Streamlit internals, and why.

Streamlit starts in its legacy "pages/ folder" mode whenever a pages/ folder sits next to the entry script
(PagesManager.uses_pages_directory, set when the server starts) and leaves it only when st.navigation runs.
No public API or config option turns that mode off before the first run, and the project keeps its pages
in pages/. tests/test_streamlit_internals.py fails when Streamlit changes what this relies on.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_navigation() -> None:
    """Make a deep link on a freshly started server go through dashboard.py's st.navigation.

    Streamlit starts in its legacy "pages/ folder" mode whenever a pages/ folder exists and only leaves
    it when st.navigation runs. A first request for /sources would run pages/6_sources.py on its own
    (no wide layout, legacy navigation) and never switch. Leave that mode and rerun through the entry
    script instead.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
