"""The navigation: every page opens at its own URL path, and the root opens the first page."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from streamlit.navigation import page as st_page

from devzone_app import navigation

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def registered(monkeypatch) -> list:
    """navigation.pages() as dashboard.py registers them (st.Page needs the entry script's folder)."""
    ctx = SimpleNamespace(pages_manager=SimpleNamespace(main_script_parent=ROOT))
    monkeypatch.setattr(st_page, "get_script_run_ctx", lambda: ctx)
    return navigation.pages()


def test_every_page_opens_at_its_own_path(registered):
    # a default page is served at / only: /overview would show Streamlit's "Page not found"
    served = {p.url_path for p in registered}
    assert {spec.url_path for spec in navigation.PAGES} <= served


def test_the_root_opens_the_first_page_and_links_lead_to_its_path(registered):
    (root,) = [p for p in registered if p.url_path == ""]
    first = navigation.PAGES[0]
    assert root.visibility == "hidden" and Path(root._page) == (ROOT / first.script).resolve()
    # st.page_link(script) takes the first page registered with the script: the one at /overview
    same_script = [p for p in registered if Path(p._page) == (ROOT / first.script).resolve()]
    assert same_script[0].url_path == first.url_path
