"""Shared fixtures for the dashboard tests: a temporary store built from seeds/ via DEVZONE_STORE.

The store holds exactly what the real extractors make of the seed articles; tests build their
expectations from what the store returns.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from devzone.ingest import open_store
from devzone.store import Store

ROOT = Path(__file__).resolve().parent.parent

@pytest.fixture(scope="session")
def base_store(tmp_path_factory) -> Path:
    """A store file built once from seeds/ (closed, so other processes can open it)."""
    path = tmp_path_factory.mktemp("store") / "devzone.duckdb"
    store = open_store(path)
    store.close()
    return path


@pytest.fixture
def store_path(base_store, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the base store for one test, exported as DEVZONE_STORE."""
    path = tmp_path / "devzone.duckdb"
    shutil.copy(base_store, path)
    monkeypatch.setenv("DEVZONE_STORE", str(path))
    return path


@pytest.fixture
def store_tables(store_path) -> dict[str, pd.DataFrame]:
    """What the store holds, read before the app opens it."""
    store = Store(store_path)
    try:
        return store.tables()
    finally:
        store.close()
