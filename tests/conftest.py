"""Shared fixtures for the dashboard tests: a temporary store built from seeds/ via DEVZONE_STORE.

The extractors are still being written, so the fact tables of the seed articles may be sparse. The
fixture adds a few labelled test facts per seed article (real sentences of that article, marked
origin "test") so every page has rows to filter; tests build expectations from what the store returns.
"""

from __future__ import annotations

import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

from devzone.pipeline import TABLE_COLUMNS
from devzone.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent

_INDUSTRIES = [("生物医药", "生物医药产业", "战略性新兴产业"), ("智能装备", "智能装备制造", "先进制造业"),
               ("新材料", "新材料产业", "战略性新兴产业"), ("数字经济", "数字经济", "数字经济"),
               ("光电通信", "光电通信", "先进制造业")]


def _number_sentences(body: str) -> list[str]:
    sents = [s.strip() for s in re.split(r"(?<=[。!?;])|\n", body) if s and s.strip()]
    return [s for s in sents if re.search(r"\d", s) and 8 <= len(s) <= 200]


@contextmanager
def _connection(store: Store):
    """A writable DuckDB connection of the store (short-lived if the store offers connect())."""
    if hasattr(store, "connect"):
        with store.connect() as con:
            yield con
    else:
        yield store.con


def _insert(con, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    cols = ["content_hash", *TABLE_COLUMNS[table]]
    existing = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
    df = pd.DataFrame([{c: (None if r.get(c) is None else str(r.get(c))) for c in cols} for r in rows])[cols]
    if "seq" in existing:  # keep the fixture rows after the extracted ones of the same article
        df["seq"] = range(100_000, 100_000 + len(df))
    con.register("_fixture_rows", df)
    names = ", ".join(f'"{c}"' for c in df.columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _fixture_rows")
    con.unregister("_fixture_rows")


def add_fixture_facts(store: Store) -> None:
    """A few facts per seed article, built from the article's own sentences."""
    with _connection(store) as con:
        docs = con.execute("SELECT content_hash, file, zone, body FROM documents ORDER BY file").fetchall()
    targets, industries, enterprises = [], [], []
    for i, (h, file, zone, body) in enumerate(docs):
        sents = _number_sentences(body or "") or [(body or "x")[:60]]
        for j, sent in enumerate(sents[:4]):
            m = re.search(r"\d+(?:\.\d+)?(?![\d.]|年)", sent)
            value = float(m.group()) if m else 1.0
            money = j % 2 == 0
            targets.append({
                "content_hash": h, "file": file, "zone": zone,
                "kind": "target" if j < 3 else "achievement",
                "metric": "固定资产投资" if money else "重点项目", "value": value,
                "unit": "亿元" if money else "个", "comparator": "达到" if j else "以上",
                "year": str(2021 + (i + j) % 3), "sentence": sent,
                "value_norm": value, "unit_norm": "亿元" if money else "个",
                "category": "投资" if money else "项目", "group": "固定资产投资" if money else "重点项目"})
        for k in range(3):
            canon, raw, cat = _INDUSTRIES[(i + k) % len(_INDUSTRIES)]
            industries.append({"content_hash": h, "file": file, "zone": zone, "industry": raw,
                               "sentence": sents[0], "canonical": canon, "category": cat, "mapped": "True"})
        canon, raw, _ = _INDUSTRIES[i % len(_INDUSTRIES)]
        enterprises.append({"content_hash": h, "file": file, "zone": zone, "name": f"测试企业{i}号",
                            "role": "重点项目", "industry": raw, "investment": str(10 + i),
                            "investment_unit": "亿元", "sentence": sents[0]})
    with _connection(store) as con:
        _insert(con, "targets", targets)
        _insert(con, "industries", industries)
        _insert(con, "enterprises", enterprises)


@pytest.fixture(scope="session")
def base_store(tmp_path_factory) -> Path:
    """A store file built once from seeds/ plus fixture facts (closed, so other processes can open it)."""
    path = tmp_path_factory.mktemp("store") / "devzone.duckdb"
    store = open_store(path)
    add_fixture_facts(store)
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
