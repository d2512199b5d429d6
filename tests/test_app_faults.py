"""The dashboard under hostile conditions (issue 14): a damaged store gives one friendly message with the
file and the fix on any page; an upload is read and extracted outside the lock every session shares, and a
duplicate is recognised by its hash before any extraction."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from devzone_app import adding, data, render

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("临江高新区2024年工作要点\n发布时间:2024-02-01\n"
           "今年临江高新区力争实现工业产值120亿元,引进亿元以上项目15个,重点发展生物医药、新材料产业。\n").encode()


@pytest.fixture(autouse=True)
def _fresh_caches():
    data.clear_caches()
    yield
    data.clear_caches()


def _garble(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(os.urandom(4096) + raw[4096:])


@pytest.mark.parametrize("page", [None, "pages/2_targets.py", "pages/7_add.py"])
def test_a_damaged_store_shows_one_friendly_error(base_store, tmp_path, monkeypatch, page):
    store = tmp_path / "devzone.duckdb"
    shutil.copy(base_store, store)
    _garble(store)
    monkeypatch.setenv("DEVZONE_STORE", str(store))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and render.md_esc(str(store)) in errors[0]
    assert "damaged" in errors[0] and "mv " in errors[0]


def test_an_upload_is_extracted_outside_the_shared_lock(store_path, monkeypatch):
    real = adding.extract_facts
    seen = []

    def extract(article, **kw):
        seen.append(data.STORE_LOCK.locked())
        return real(article, **kw)

    monkeypatch.setattr(adding, "extract_facts", extract)
    steps = []
    facts, added = adding.add_article(ARTICLE, "upload.txt", lambda key, done: steps.append(key))
    assert added and facts.targets and seen == [False]
    assert steps[0] == "step_reading" and "step_extracting" in steps and steps[-1] == "step_saving"


def test_a_duplicate_is_recognised_before_extraction(store_path, monkeypatch):
    adding.add_article(ARTICLE, "first.txt")

    def must_not_run(article, **kw):
        raise AssertionError("a stored article was extracted again")

    monkeypatch.setattr(adding, "extract_facts", must_not_run)
    assert adding.add_article(ARTICLE, "again.txt") == (None, False)
