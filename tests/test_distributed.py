"""Extraction on a Dask LocalCluster (2 workers) and on a process pool gives the same tables as the local run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from devzone.distributed import dask_extract, extract_paths_parallel
from devzone.ingest import ingest_paths, load_parquet, rebuild
from devzone.pipeline import extract_paths
from devzone.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = ("documents", "targets", "industries", "enterprises")


def make_corpus(n: int, out: Path, seed: int = 1) -> list[Path]:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.make_corpus(n, out, seed=seed)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(16, folder, seed=13)
    for p in SEEDS.iterdir():
        shutil.copy(p, folder / p.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_dask_extract_gives_the_local_tables(corpus, tmp_path):
    local, local_errors = extract_paths([corpus])
    tables, errors = dask_extract([corpus], tmp_path / "out", n_workers=2, processes=False, chunk_size=5)
    for name in TABLES:
        pd.testing.assert_frame_equal(tables[name], local[name], obj=name)
    assert [(e.file, e.reason) for e in errors] == [(e.file, e.reason) for e in local_errors]
    parts = sorted((tmp_path / "out" / "parquet" / "documents").glob("part-*.parquet"))
    assert len(parts) == 5  # 21 good files + 1 empty, in chunks of 5
    for name in TABLES:
        assert (tmp_path / "out" / "parquet" / name / "part-00000.parquet").exists()


def test_store_loads_the_dask_parquet_like_a_local_ingest(corpus, tmp_path):
    dask_extract([corpus], tmp_path / "out", n_workers=2, processes=False, chunk_size=4)
    loaded = Store(tmp_path / "dask.duckdb")
    assert load_parquet(loaded, tmp_path / "out") == (21, 0)
    assert load_parquet(loaded, tmp_path / "out") == (0, 21)  # loading twice adds nothing
    ingested = Store(tmp_path / "local.duckdb")
    added, dupes, errors = ingest_paths(ingested, [corpus])
    assert (added, dupes, [e.file for e in errors]) == (21, 0, ["empty.txt"])
    loaded.export(tmp_path / "e_dask")
    ingested.export(tmp_path / "e_local")
    for name in TABLES:
        a = (tmp_path / "e_dask" / f"{name}.csv").read_text(encoding="utf-8-sig")
        b = (tmp_path / "e_local" / f"{name}.csv").read_text(encoding="utf-8-sig")
        assert a == b, name
    # the raw text came along: a rebuild from the loaded store works and changes nothing
    assert rebuild(loaded) == (21, [])
    loaded.export(tmp_path / "e_rebuilt")
    for name in TABLES:
        assert (tmp_path / "e_rebuilt" / f"{name}.csv").read_text(encoding="utf-8-sig") == \
            (tmp_path / "e_local" / f"{name}.csv").read_text(encoding="utf-8-sig")


def test_process_pool_gives_the_local_tables(corpus):
    local, _ = extract_paths([corpus])
    tables, errors = extract_paths_parallel([corpus], workers=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(tables[name], local[name], obj=name)
    assert [e.file for e in errors] == ["empty.txt"]


def test_cli_engine_dask_matches_the_local_cli(corpus, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DEVZONE_STORE": str(tmp_path / "s.duckdb")}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "devzone", *args], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=600)

    r_local = run("extract", "--out", str(tmp_path / "local"), str(corpus))
    r_dask = run("extract", "--engine", "dask", "--workers", "2", "--out", str(tmp_path / "dask"), str(corpus))
    assert r_local.returncode == r_dask.returncode == 1  # the empty file
    assert "error: empty.txt: file is empty" in r_dask.stderr
    for name in ("documents", "targets", "industries", "enterprises"):
        assert (tmp_path / "dask" / f"{name}.csv").read_bytes() == (tmp_path / "local" / f"{name}.csv").read_bytes()
    assert list((tmp_path / "dask" / "parquet" / "targets").glob("part-*.parquet"))

    r = run("ingest", "--engine", "dask", "--threads", "--no-seeds", str(corpus))
    assert r.returncode == 1 and "21 new article(s)" in r.stdout, r.stdout + r.stderr
    assert Store(tmp_path / "s.duckdb").count() == 21


def test_streaming_extract_writes_the_same_csvs(corpus, tmp_path):
    from devzone.distributed import extract_to_csv
    from devzone.pipeline import write_tables

    local, _ = extract_paths([corpus])
    write_tables(local, tmp_path / "local")
    counts, errors = extract_to_csv([corpus], tmp_path / "stream", workers=2)
    assert counts["documents"] == 21 and [e.file for e in errors] == ["empty.txt"]
    for name in TABLES:
        assert (tmp_path / "stream" / f"{name}.csv").read_bytes() == (tmp_path / "local" / f"{name}.csv").read_bytes()
