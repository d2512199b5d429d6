"""Extraction on several processes (multiprocessing) or on a Dask cluster.

- `parallel_map` / `extract_paths_parallel`: a process pool on this machine, results in input order.
- `dask_extract`: sends chunks of articles (their bytes, so workers need no shared disk) to a Dask
  cluster (`scheduler` address, or a LocalCluster), writes each chunk's rows as Parquet parts under
  OUT/parquet/<table>/part-NNNNN.parquet and returns the same tables as the local extraction.
  `devzone.ingest.load_parquet(store, OUT)` loads those parts into the store. Workers must be able to import devzone
  (same code and requirements on every worker).
"""

from __future__ import annotations

import csv
import gc
import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from devzone.pipeline import extract_facts, facts_to_tables, iter_article_paths, warm_up
from devzone.schema import TABLE_COLUMNS, content_hash, excel_safe_cell
from devzone.text import ArticleError, load_article, parse_article, read_article_bytes

FACT_TABLES = ("targets", "industries", "enterprises")


# ---------------------------------------------------------------- errors across processes

@dataclass
class _Err:
    """ArticleError does not survive pickling (its constructor takes two arguments): ship this instead."""

    file: str
    reason: str

    def error(self) -> ArticleError:
        return ArticleError(self.file, self.reason)


def _safe_call(func: Callable, item):
    try:
        result = func(item)
    except ArticleError as e:
        return _Err(e.file, e.reason)
    except Exception as e:  # a bug in one extractor must not lose the batch
        name = Path(item).name if isinstance(item, str | Path) else str(item)[:80]
        return _Err(name, f"extraction failed: {type(e).__name__}: {e}")
    if isinstance(result, ArticleError):
        return _Err(result.file, result.reason)
    return result


def _unwrap(result):
    return result.error() if isinstance(result, _Err) else result


_INIT_STATE: dict = {}


def _init_worker(state: dict) -> None:
    _INIT_STATE.clear()
    _INIT_STATE.update(state)


def parallel_map(func: Callable, items: Iterable, workers: int = 1, chunksize: int = 4,
                 state: dict | None = None) -> Iterator:
    """func over items, in order, on `workers` processes (1 = here). ArticleErrors come back as values;
    other exceptions become ArticleErrors. `state` is made available to func as _INIT_STATE."""
    if workers <= 1:
        _init_worker(state or {})
        for item in items:
            yield _unwrap(_safe_call(func, item))
        return
    fork = os.name == "posix"
    ctx = mp.get_context("fork" if fork else "spawn")
    if fork:
        # load jieba's dictionaries and the lexicons once, here: the forked workers share those pages
        # instead of each building its own copy (~180 MB per process); frozen, the collector leaves them be
        warm_up()
        gc.freeze()
    it = iter(items)
    chunks = iter(lambda: list(itertools.islice(it, chunksize)), [])
    with ctx.Pool(workers, initializer=_init_worker, initargs=(state or {},)) as pool:
        if fork:
            gc.unfreeze()  # the workers keep theirs frozen; this process goes back to normal
        # at most 4 chunks per worker in flight: a slow consumer (the store writer) does not pile up results
        pending = deque(pool.apply_async(_run_chunk, (func, c)) for c in itertools.islice(chunks, workers * 4))
        while pending:
            results = pending.popleft().get()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.apply_async(_run_chunk, (func, nxt)))
            for result in results:
                yield _unwrap(result)


def _run_chunk(func: Callable, chunk: list) -> list:
    return [_safe_call(func, item) for item in chunk]


# ---------------------------------------------------------------- records for the store

def _prepare_one(path: str):
    article = load_article(path)
    if content_hash(article.body) in _INIT_STATE.get("known", ()):
        return None
    return extract_facts(article).record()


def prepare_records(files: list[Path], known: set[str], workers: int = 1) -> Iterator[tuple[str, object]]:
    """(file name, ArticleRecord | ArticleError | None) per file, in order; None = already stored."""
    results = parallel_map(_prepare_one, [str(f) for f in files], workers, state={"known": frozenset(known)})
    for f, result in zip(files, results, strict=True):
        yield f.name, result


# ---------------------------------------------------------------- extraction only (no store)

@dataclass
class RowFacts:
    """An article's rows without its text: what facts_to_tables needs, light enough to keep 10,000 of."""

    doc: dict
    targets: list[dict] = field(default_factory=list)
    industries: list[dict] = field(default_factory=list)
    enterprises: list[dict] = field(default_factory=list)

    def document_row(self) -> dict:
        return self.doc


def _extract_rows(path: str) -> RowFacts:
    f = extract_facts(load_article(path))
    return RowFacts(f.document_row(), f.targets, f.industries, f.enterprises)


def extract_paths_parallel(paths: Iterable[str | Path], workers: int = 1):
    """Like pipeline.extract_paths, on `workers` processes; same tables, same order."""
    files, errors = [], []
    for item in iter_article_paths(paths):
        (errors if isinstance(item, ArticleError) else files).append(item)
    rows = []
    for result in parallel_map(_extract_rows, [str(f) for f in files], workers, chunksize=8):
        (errors if isinstance(result, ArticleError) else rows).append(result)
    return facts_to_tables(rows), errors


# ---------------------------------------------------------------- Parquet

def _s(v):
    if v is None or (isinstance(v, float) and v != v):
        return None
    return str(v)


def _schema(table: str) -> pa.Schema:
    if table == "documents":
        cols = ["content_hash"] + [c for c in TABLE_COLUMNS["documents"] if c != "content_hash"]
        return pa.schema([(c, pa.string()) for c in cols] + [("raw_text", pa.string()), ("body", pa.string())])
    return pa.schema([("content_hash", pa.string()), ("seq", pa.int32())]
                     + [(c, pa.string()) for c in TABLE_COLUMNS[table]])


def records_to_arrow(records: list) -> dict[str, pa.Table]:
    """ArticleRecords -> one Arrow table per contract table, every value as text (as the store keeps it)."""
    out = {}
    schema = _schema("documents")
    docs = {c: [] for c in schema.names}
    for r in records:
        docs["content_hash"].append(r.content_hash)
        for c in schema.names[1:-2]:
            docs[c].append(_s(r.document.get(c)))
        docs["raw_text"].append(r.raw_text)
        docs["body"].append(r.body)
    out["documents"] = pa.table(docs, schema=schema)
    for name in FACT_TABLES:
        schema = _schema(name)
        cols = {c: [] for c in schema.names}
        for r in records:
            for i, row in enumerate(r.rows.get(name, [])):
                cols["content_hash"].append(r.content_hash)
                cols["seq"].append(i)
                for c in TABLE_COLUMNS[name]:
                    cols[c].append(_s(row.get(c)))
        out[name] = pa.table(cols, schema=schema)
    return out


def write_parquet_part(records: list, parquet_dir: str | Path, index: int) -> None:
    base = Path(parquet_dir)
    for name, table in records_to_arrow(records).items():
        (base / name).mkdir(parents=True, exist_ok=True)
        tmp = base / name / f".part-{index:05d}.parquet.tmp"
        pq.write_table(table, tmp)
        tmp.replace(base / name / f"part-{index:05d}.parquet")  # a part is complete or absent


# ---------------------------------------------------------------- Dask

def _dask_chunk(payload: list[tuple[str, bytes | str]]) -> tuple[list, list[tuple[str, str]]]:
    """Worker side: (file, bytes) pairs (or (file, error reason) strings) -> (records, errors)."""
    records, errors = [], []
    for file, data in payload:
        if isinstance(data, str):
            errors.append((file, data))
            continue
        try:
            records.append(extract_facts(parse_article(data, file)).record())
        except ArticleError as e:
            errors.append((e.file, e.reason))
        except Exception as e:  # a bug in one extractor must not lose the batch
            errors.append((file, f"extraction failed: {type(e).__name__}: {e}"))
    return records, errors


def _read_payload(path: Path) -> tuple[str, bytes | str]:
    """(file name, bytes) to ship to a worker, or (file name, reason) when the file cannot be an article."""
    try:
        return path.name, read_article_bytes(path)
    except ArticleError as e:
        return path.name, e.reason


def dask_extract(paths: Iterable[str | Path], out_dir: str | Path, *, scheduler: str | None = None,
                 n_workers: int = 2, processes: bool = True, chunk_size: int = 50):
    """Extract on Dask. Writes OUT/parquet/<table>/part-*.parquet; returns (tables, errors) like
    pipeline.extract_paths (same rows, same order)."""
    # dask is imported only when a Dask run is asked for: it takes seconds to load and most runs never need it
    from dask.distributed import Client, LocalCluster, as_completed

    files, errors = [], []
    for item in iter_article_paths(paths):
        (errors if isinstance(item, ArticleError) else files).append(item)
    parquet_dir = Path(out_dir) / "parquet"
    for name in ("documents", *FACT_TABLES):  # stale parts from an earlier run would be loaded too
        for old in (parquet_dir / name).glob("part-*.parquet") if (parquet_dir / name).is_dir() else []:
            old.unlink()
    chunks = [files[i:i + chunk_size] for i in range(0, len(files), chunk_size)]
    slots: list = [None] * len(chunks)

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = {}
        for i, chunk in enumerate(chunks):
            fut = client.submit(_dask_chunk, [_read_payload(p) for p in chunk], key=f"devzone-chunk-{i}-{os.getpid()}")
            futures[fut] = i
        for fut, (records, errs) in as_completed(futures, with_results=True):
            i = futures[fut]
            write_parquet_part(records, parquet_dir, i)
            slots[i] = ([RowFacts(r.document, *(r.rows.get(n, []) for n in FACT_TABLES)) for r in records],
                        [ArticleError(f, reason) for f, reason in errs])
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    rows = []
    for got, errs in slots:
        rows.extend(got)
        errors.extend(errs)
    if not chunks:  # still leave an (empty) readable part so the store can load the folder
        write_parquet_part([], parquet_dir, 0)
    return facts_to_tables(rows), errors


# ---------------------------------------------------------------- streaming CSV (memory does not grow with N)

def _csv_cells(path: str) -> dict[str, tuple[tuple[str, ...], list[list[str]]]]:
    """An article's rows as CSV cells, per table: (columns, rows of text). Formatting in the worker keeps
    the writing process light: with dicts, it was the bottleneck of a 2-process run."""
    f = extract_facts(load_article(path))
    out = {}
    for name, rows in (("documents", [f.document_row()]), ("targets", f.targets), ("industries", f.industries),
                       ("enterprises", f.enterprises)):
        cols = list(TABLE_COLUMNS[name])
        for r in rows:
            cols += [k for k in r if k not in cols]
        out[name] = (tuple(cols), [["" if (v := _s(r.get(c))) is None else excel_safe_cell(v) for c in cols]
                                   for r in rows])
    return out


def extract_to_csv(paths: Iterable[str | Path], out_dir: str | Path, workers: int = 1) -> tuple[dict[str, int], list[ArticleError]]:
    """Extract on `workers` processes and append rows to the contract CSVs as they come, so memory stays flat.

    Columns are the contract's plus any extra keys the extractors returned in the first article with rows
    in each table. Cells are written as text (str of the extracted value), as the store keeps them.
    Returns (row counts, errors).
    """
    files, errors = [], []
    for item in iter_article_paths(paths):
        (errors if isinstance(item, ArticleError) else files).append(item)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = ("documents", *FACT_TABLES)
    handles = {n: open(out / f"{n}.csv", "w", encoding="utf-8-sig", newline="") for n in names}
    writers = {n: csv.writer(h, lineterminator="\n") for n, h in handles.items()}
    columns: dict[str, tuple[str, ...]] = {}
    counts = dict.fromkeys(names, 0)
    try:
        for result in parallel_map(_csv_cells, [str(f) for f in files], workers, chunksize=8):
            if isinstance(result, ArticleError):
                errors.append(result)
                continue
            for n in names:
                cols, rows = result[n]
                if not rows:
                    continue
                if n not in columns:
                    columns[n] = cols
                    writers[n].writerow(cols)
                if cols != columns[n]:  # an article whose rows carry other keys: the header's columns
                    where = {c: i for i, c in enumerate(cols)}
                    rows = [[r[where[c]] if c in where else "" for c in columns[n]] for r in rows]
                writers[n].writerows(rows)
                counts[n] += len(rows)
        for n in names:
            if n not in columns:
                writers[n].writerow(TABLE_COLUMNS[n])
    finally:
        for h in handles.values():
            h.close()
    return counts, errors
