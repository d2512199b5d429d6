"""The dashboard's pages and the way between them, and the one place it touches Streamlit internals.

Navigation: dashboard.py registers PAGES with st.navigation (hidden) and every page's sidebar draws them as
st.page_link with titles in the reader's language. Streamlit's own sidebar navigation is switched off in
.streamlit/config.toml (client.showSidebarNavigation = false) so that the legacy "pages/ folder" mode of a
freshly started server never shows the page files' names.

The workaround: Streamlit starts in that legacy mode whenever a pages/ folder sits next to the entry script
(PagesManager.uses_pages_directory, set when the server starts) and leaves it only when st.navigation runs.
No public API or config option turns the mode off before the first run, and the project keeps its pages in
pages/. tests/test_streamlit_internals.py fails when Streamlit changes what ensure_navigation relies on.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from devzone_app.labels import t


@dataclass(frozen=True)
class PageSpec:
    script: str  # relative to the entry script
    label: str  # key of its title in devzone_app.labels.LABELS
    icon: str
    url_path: str


PAGES = (
    PageSpec("pages/1_overview.py", "overview", ":material/dashboard:", "overview"),
    PageSpec("pages/2_targets.py", "targets", ":material/flag:", "targets"),
    PageSpec("pages/8_progress.py", "progress", ":material/trending_up:", "progress"),
    PageSpec("pages/3_industries.py", "industries", ":material/factory:", "industries"),
    PageSpec("pages/4_enterprises.py", "enterprises", ":material/business:", "enterprises"),
    PageSpec("pages/5_keywords.py", "keywords", ":material/tag:", "keywords"),
    PageSpec("pages/6_sources.py", "sources", ":material/description:", "sources"),
    PageSpec("pages/7_add.py", "add", ":material/add_circle:", "add"),
)


# The URL path of the root's hidden twin of the first page (never shown: Streamlit serves a default page at /).
HOME_URL_PATH = "home"


def pages() -> list[st.Page]:
    """The st.Page of every page, titled in the current language (the browser tab shows the title).

    Streamlit serves its default page at / only: a default overview would leave /overview (a link, a
    bookmark, the sidebar) on "Page not found". So every page keeps its own path, and the root runs the
    first page's script as a hidden default page of its own. The listed page comes first, so st.page_link
    to the script leads to /overview."""
    listed = [st.Page(p.script, title=t(p.label), icon=p.icon, url_path=p.url_path) for p in PAGES]
    first = PAGES[0]
    root = st.Page(first.script, title=t(first.label), icon=first.icon, url_path=HOME_URL_PATH, default=True,
                   visibility="hidden")
    return [*listed, root]


def page_links() -> None:
    """The navigation in the sidebar: one link per page. Nothing when a page runs on its own (AppTest)."""
    for p in PAGES:
        try:
            st.page_link(p.script, label=t(p.label), icon=p.icon)
        except Exception:  # page not registered: the page file was run without dashboard.py
            return


def ensure_navigation() -> None:
    """Make a deep link on a freshly started server go through dashboard.py's st.navigation.

    A first request for /sources runs pages/6_sources.py on its own in the legacy mode (no wide layout,
    no navigation) and never switches: leave that mode and rerun through the entry script instead.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
