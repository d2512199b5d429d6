"""Storage faults for real (issue 14): a full disk (a small tmpfs), a read-only file system, a locked,
truncated or garbled store. Each gives one clear message naming the file, the cause and the fix, no
traceback; what was committed stays, and a re-run stores what the fault left out.

Mounting needs root (CI runs as root); without it those tests skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from synthetic import make_corpus

from devzone.ingest import IngestStopped, ingest_paths
from devzone.store import Store, StoreDamagedError, StoreError, _rollback

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, store: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEVZONE_STORE": str(store), "DEVZONE_LOCK_TIMEOUT": "1"}
    return subprocess.run([sys.executable, "-m", "devzone", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=timeout)


def _mount(target: Path, options: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip() or 'not root'})")


@pytest.fixture
def mounts():
    mounted: list[Path] = []

    def mount(target: Path, options: str) -> Path:
        _mount(target, options)
        mounted.append(target)
        return target

    yield mount
    for m in reversed(mounted):
        subprocess.run(["umount", "-l", str(m)], capture_output=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(120, folder, seed=11)
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)  # a bad file in the batch
    return folder


def _no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout, r.stderr


def test_disk_full_keeps_what_was_committed_and_a_rerun_stores_the_rest(base_store, corpus, tmp_path, mounts):
    disk = mounts(tmp_path / "small", f"size={base_store.stat().st_size + 256 * 1024}")
    store = disk / "devzone.duckdb"
    shutil.copy(base_store, store)
    before = Store(store).counts()

    r = run("ingest", "--no-seeds", str(corpus), store=store)
    assert r.returncode == 1
    _no_traceback(r)
    assert "the disk is full" in r.stderr and str(store) in r.stderr and "To fix" in r.stderr
    assert "not stored: " in r.stderr and "run the same command again" in r.stderr
    assert Store(store).counts()["documents"] >= before["documents"]  # nothing committed was lost
    assert "every table read back: OK" in run("info", store=store).stdout

    roomy = tmp_path / "roomy.duckdb"  # the user frees space: the same command stores the rest
    shutil.copy(store, roomy)
    r = run("ingest", "--no-seeds", str(corpus), store=roomy)
    _no_traceback(r)
    assert "zz_binary.txt" in r.stderr and "binary" in r.stderr  # the bad-file report
    assert Store(roomy).counts()["documents"] == before["documents"] + 120


def test_disk_full_in_the_library_names_the_batch_not_stored(base_store, corpus, tmp_path, mounts):
    disk = mounts(tmp_path / "small", f"size={base_store.stat().st_size + 256 * 1024}")
    shutil.copy(base_store, disk / "devzone.duckdb")
    store = Store(disk / "devzone.duckdb")
    with pytest.raises(IngestStopped) as e:
        ingest_paths(store, [corpus])
    stop = e.value
    assert stop.not_stored and all(f.endswith((".txt", ".html")) for f in stop.not_stored)
    assert "disk is full" in str(stop.cause) and isinstance(stop.cause, StoreError)


def test_read_only_file_system(base_store, corpus, tmp_path, mounts):
    disk = mounts(tmp_path / "ro", "size=16m")
    store = disk / "devzone.duckdb"
    shutil.copy(base_store, store)
    if subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot remount read-only")
    r = run("ingest", "--no-seeds", str(corpus), store=store)
    assert r.returncode == 1
    _no_traceback(r)
    assert "cannot be written" in r.stderr and str(store) in r.stderr and "writable" in r.stderr
    # reading still works
    r = run("export", "--out", str(tmp_path / "out"), store=store)
    assert r.returncode == 0 and (tmp_path / "out" / "targets.csv").exists()


def test_locked_store_is_named_with_its_holder(store_path, corpus):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); "
                               "print('ok', flush=True); time.sleep(60)", str(store_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        r = run("ingest", "--no-seeds", str(corpus), store=store_path)
        assert r.returncode == 1
        _no_traceback(r)
        assert "locked by another process" in r.stderr and str(store_path) in r.stderr
    finally:
        holder.kill()
        holder.wait()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbled_head(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(os.urandom(4096) + data[4096:])


def _garbled_blocks(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(12288, len(data) - 4096, 65536):  # a stretch of every 64 KB after the headers
        data[start:start + 2048] = os.urandom(2048)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncated, _garbled_head, _garbled_blocks])
@pytest.mark.parametrize("command", [["info"], ["export", "--out", "OUT"], ["ingest", "--no-seeds", "CORPUS"]])
def test_a_damaged_store_is_reported_with_the_fix(store_path, corpus, tmp_path, damage, command):
    damage(store_path)
    args = [str(tmp_path / "out") if a == "OUT" else str(corpus) if a == "CORPUS" else a for a in command]
    r = run(*args, store=store_path)
    assert r.returncode == 1
    _no_traceback(r)
    assert str(store_path) in r.stderr and "damaged" in r.stderr and "mv " in r.stderr, r.stderr


def test_check_reads_every_table(store_path):
    counts = Store(store_path).check()
    assert set(counts) == {"documents", "targets", "industries", "enterprises"} and counts["documents"] > 0
    _garbled_blocks(store_path)
    with pytest.raises(StoreDamagedError):
        Store(store_path).check()


def test_rollback_after_a_failed_commit_is_silent():
    """After a COMMIT that failed there is no transaction: the ROLLBACK that follows must not raise
    "cannot rollback - no transaction is active" over the real cause (it used to)."""
    con = duckdb.connect(":memory:")
    con.execute("BEGIN TRANSACTION")
    con.execute("COMMIT")
    with pytest.raises(duckdb.TransactionException):
        con.execute("ROLLBACK")
    _rollback(con)
