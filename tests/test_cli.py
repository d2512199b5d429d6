"""`python -m devzone` as a user runs it: real subprocesses, real files, a real kill in the middle of an ingest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from synthetic import make_corpus

from devzone.pipeline import extract_file
from devzone.schema import TABLE_COLUMNS
from devzone.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args: str, store: Path | None = None, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if store is not None:
        env["DEVZONE_STORE"] = str(store)
    return subprocess.run([sys.executable, "-m", "devzone", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=600, **kw)


def test_extract_still_writes_the_contract_csvs(tmp_path):
    r = run("extract", "--out", str(tmp_path / "out"), str(SEEDS))
    assert r.returncode == 0, r.stderr
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert sorted(docs["file"]) == sorted(p.name for p in SEEDS.iterdir())
    for name in ("targets", "industries"):
        df = pd.read_csv(tmp_path / "out" / f"{name}.csv", encoding="utf-8-sig", dtype=str)
        assert set(TABLE_COLUMNS[name]) <= set(df.columns)


def test_ingest_reports_bad_files_by_name_and_keeps_the_good_ones(tmp_path):
    folder = tmp_path / "in"
    good = make_corpus(2, folder, seed=4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(bytes(range(256)) * 20)
    store = tmp_path / "s.duckdb"
    r = run("ingest", "--no-seeds", str(folder), str(tmp_path / "missing"), store=store)
    assert r.returncode == 1
    assert "error: empty.txt: file is empty" in r.stderr
    assert "picture.txt" in r.stderr and "binary" in r.stderr
    assert f"error: {tmp_path / 'missing'}: no such file or folder" in r.stderr
    assert "2 new article(s)" in r.stdout and "3 file(s) failed" in r.stdout
    assert sorted(Store(store).tables()["documents"]["file"]) == sorted(p.name for p in good)
    # everything fine -> exit 0, and nothing is added twice
    r = run("ingest", str(good[0]), store=store)
    assert r.returncode == 0, r.stderr
    assert "0 new article(s), 1 already stored" in r.stdout


def test_export_and_rebuild_from_the_store(tmp_path):
    store = tmp_path / "s.duckdb"
    user = make_corpus(3, tmp_path / "mine", seed=8)
    r = run("ingest", str(tmp_path / "mine"), store=store)  # a new store starts from seeds/
    assert r.returncode == 0, r.stderr
    r = run("export", "--out", str(tmp_path / "out"), store=store)
    assert r.returncode == 0, r.stderr
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert len(docs) == 5 + 3
    assert sorted(docs.loc[docs["origin"] == "user", "file"]) == sorted(p.name for p in user)
    before = {p.name: p.read_text(encoding="utf-8-sig") for p in (tmp_path / "out").iterdir()}
    r = run("rebuild", store=store)
    assert r.returncode == 0, r.stderr
    assert "rebuilt 8 article(s)" in r.stdout
    run("export", "--out", str(tmp_path / "out2"), store=store)
    after = {p.name: p.read_text(encoding="utf-8-sig") for p in (tmp_path / "out2").iterdir()}
    assert after == before  # same rules: same tables, user articles kept
    r = run("info", store=store)
    assert r.returncode == 0 and "documents: 8" in r.stdout


def test_store_problems_name_the_file(tmp_path):
    bad = tmp_path / "notastore.duckdb"
    bad.write_text("hello", encoding="utf-8")
    r = run("export", "--out", str(tmp_path / "out"), store=bad)
    assert r.returncode == 1 and str(bad) in r.stderr and "Traceback" not in r.stderr


def _stored_rows(store: Store, content_hash: str, table: str) -> list[tuple]:
    cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[table])
    df = store.query(f"SELECT content_hash, seq, {cols} FROM {table} WHERE content_hash = ? ORDER BY seq",
                     [content_hash])
    return [tuple(None if pd.isna(v) else v for v in row) for row in df.itertuples(index=False)]


def test_killing_an_ingest_loses_nothing_committed(tmp_path):
    folder = tmp_path / "corpus"
    paths = {p.name: p for p in make_corpus(120, folder, seed=21)}
    store_path = tmp_path / "s.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DEVZONE_STORE": str(store_path)}
    proc = subprocess.Popen([sys.executable, "-m", "devzone", "ingest", "-v", "--no-seeds", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    reported = []
    try:
        for line in proc.stdout:
            if line.startswith("added "):
                reported.append(line.split(" ", 1)[1].strip())
            if len(reported) >= 25:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(reported) == 25

    fresh = {name: extract_file(p).record() for name, p in paths.items()}
    store = Store(store_path)
    docs = store.tables()["documents"]
    stored = set(docs["file"])
    assert set(reported) <= stored, "an article reported as stored was lost"
    assert len(stored) < len(paths), "the ingest finished before it was killed"
    # every stored article has all of its rows: the same as a fresh extraction of its file
    for file, h in zip(docs["file"], docs["content_hash"], strict=True):
        rec = fresh[file]
        assert rec.content_hash == h
        for table in ("targets", "industries", "enterprises"):
            assert _stored_rows(store, h, table) == rec.fact_values(table), (file, table)

    r = run("ingest", "--no-seeds", str(folder), store=store_path)
    assert r.returncode == 0, r.stderr
    assert f"{len(paths) - len(stored)} new article(s), {len(stored)} already stored" in r.stdout
    tables = store.tables()
    assert len(tables["documents"]) == len(paths)
    assert tables["documents"]["content_hash"].is_unique
    for table in ("targets", "industries", "enterprises"):
        assert len(tables[table]) == sum(len(rec.fact_values(table)) for rec in fresh.values()), table


@pytest.mark.parametrize("workers", ["2"])
def test_ingest_on_several_processes_stores_the_same(tmp_path, workers):
    folder = tmp_path / "corpus"
    make_corpus(12, folder, seed=2)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run("ingest", "--no-seeds", str(folder), store=one).returncode == 0
    r = run("ingest", "--no-seeds", "--workers", workers, str(folder), store=two)
    assert r.returncode == 0, r.stderr
    run("export", "--out", str(tmp_path / "e1"), store=one)
    run("export", "--out", str(tmp_path / "e2"), store=two)
    for name in ("documents", "targets", "industries", "enterprises"):
        assert (tmp_path / "e1" / f"{name}.csv").read_text() == (tmp_path / "e2" / f"{name}.csv").read_text()
