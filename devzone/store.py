"""The embedded DuckDB store: articles (raw and clean text) and their fact tables.

One article is identified by the hash of its cleaned text, so adding the same article twice
keeps one copy. An article's rows are written in the same transaction as its document row: all or
none, so a process killed in the middle of a batch loses nothing it had committed (an ingest commits
the articles extracted so far every two seconds (or 100 articles) and reports them as added only then).

DuckDB lets one process write a file at a time, and the dashboard reads the same file. The store
therefore holds no connection between operations: each read opens a short-lived (read-only when
possible) connection, and a long ingest holds the file only while it commits a batch, so readers get in.
When the file stays locked longer than `lock_timeout`, a `StoreLockedError` names the file and the
process holding it ($DEVZONE_LOCK_TIMEOUT seconds, default 10).

The store persists only: extraction that fills it (seeds, ingest, rebuild, Parquet loads) is `devzone.ingest`.

Schema versions (table `meta`, key `schema_version`):
  1  documents (content_hash, contract columns, origin, added_at, raw_text, body) and the three fact tables
  2  + documents.rules (fingerprint of the extraction rules that produced the rows), + seq on fact tables
     (row order inside the article)
  3  + targets.indicator and targets.measure (canonical indicator, amount/count/growth/share/…); old rows
     count as stale until `rebuild`
  4  + the columns the extraction tables gained since (documents.place, reference_date, date_source;
     targets.period): added empty, filled by a rebuild (the rows count as stale)
  5  + terms (content_hash, term, n): each article's content words and their counts, written with the
     article, so the keyword tables are one aggregation; an older store's articles get theirs from
     `devzone.ingest.fill_missing_terms` (run by every command line that opens the store)
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import duckdb
import pandas as pd

from devzone.schema import DOC_COLUMNS, ROOT, TABLE_COLUMNS, ArticleRecord, excel_safe, rules_fingerprint

DEFAULT_STORE = ROOT / "data" / "devzone.duckdb"
SCHEMA_VERSION = 6
WRITER_MEMORY = "256MB"  # DuckDB buffer limit while ingesting: keeps a long ingest's memory flat
# An ingest commits what it has extracted every BATCH_SECONDS (or BATCH_ARTICLES articles): one
# transaction per article made the writing process, not extraction, the bottleneck.
BATCH_ARTICLES = 100
# A stored fact's short stable id (article hash + row position), e.g. for links to its source sentence.
FACT_ID_SQL = "left(md5(t.content_hash || ':' || t.seq), 10)"
# An industry's taxonomy name, or its name as written when it has none (the dashboard's 产业(标准名)).
_CANONICAL_SQL = "coalesce(nullif({t}canonical, ''), {t}industry)"
BATCH_SECONDS = 2.0

FACT_TABLES = ("targets", "industries", "enterprises")
_FACT_TABLES = FACT_TABLES  # old name
CONTRACT_TABLES = ("documents", "targets", "industries", "enterprises")
# documents columns after content_hash, in table order (v2)
DOC_EXTRA = ["origin", "added_at", "raw_text", "body", "rules"]


class HasRecord(Protocol):
    """What the store needs of extracted facts (pipeline.ArticleFacts): the article as it is stored."""

    def record(self) -> ArticleRecord: ...


class StoreError(RuntimeError):
    """The store cannot be used; the message says which file and what to do."""


class StoreLockedError(StoreError):
    """Another process holds the store file."""


class StoreDamagedError(StoreError):
    """The store file cannot be read back: truncated, garbled, or missing its tables."""


# What a failed read or write of the store file means, by the words of the error (DuckDB's or the OS's):
# (words, cause, what to do). The first row whose words appear decides.
_FAULTS = (
    (("no space left", "disk full", "disk quota"), "the disk is full",
     "free space on that disk (or set DEVZONE_STORE to a file on another disk) and run the command again"),
    (("read-only file system", "permission denied", "read only", "readonly", "cannot open file"),
     "the store file or its folder cannot be written (read-only or no permission)",
     "make the file and its folder writable, or set DEVZONE_STORE to a file in a writable folder"),
    (("not a valid duckdb", "corrupt", "checksum", "serialization", "internal error", "fatal error",
      "does not exist", "invalidated", "unexpected end", "could not read", "failed to read", "truncated",
      "invalid", "wal"),
     "the store file is damaged (truncated or garbled)",
     "move it aside (mv {path} {path}.damaged); the next `python -m devzone ingest` or dashboard start builds a "
     "new store from seeds/, then ingest your own articles again"),
)


def store_fault(path: Path, exc: BaseException) -> StoreError:
    """One clear StoreError for a failed store operation: the file, the cause and what to do."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = f"{type(exc).__name__} {exc}".lower()
    for words, cause, fix in _FAULTS:
        if any(w in low for w in words):
            cls = StoreDamagedError if cause.startswith("the store file is damaged") else StoreError
            return cls(f"{path}: {cause} ({detail}). To fix: {fix.format(path=path)}.")
    return StoreError(f"{path}: the store could not be used ({detail}). If this persists, move the file aside "
                      f"(mv {path} {path}.damaged) and build a new one with `python -m devzone ingest`.")


_QUERY_BUGS = (duckdb.BinderException, duckdb.ParserException, duckdb.ConversionException,
               duckdb.InvalidInputException, duckdb.ConstraintException, duckdb.NotImplementedException,
               duckdb.OutOfRangeException, duckdb.TypeMismatchException, duckdb.ProgrammingError)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open: after a failed COMMIT there is none, and its error (the
    real cause: disk full, read-only) must not be masked by "cannot rollback"."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def default_store_path() -> Path:
    """The store file: $DEVZONE_STORE if set, else data/devzone.duckdb."""
    return Path(os.environ.get("DEVZONE_STORE") or DEFAULT_STORE)


class Store:
    """A DuckDB file holding documents, targets, industries and enterprises."""

    def __init__(self, path: str | Path | None = None, *, lock_timeout: float | None = None,
                 read_only: bool = False):
        self.path = Path(path) if path else default_store_path()
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("DEVZONE_LOCK_TIMEOUT") or 10.0)
        self.lock_timeout = lock_timeout
        self.read_only = read_only
        if self.path.exists():
            with self.connect(read_only=True) as con:
                version = self._version(con)
            if version == SCHEMA_VERSION:
                return
            self._check_not_newer(version)
        elif read_only:
            raise StoreError(f"{self.path}: no such store file")
        if read_only:
            raise StoreError(f"{self.path}: store has schema v{version}, needs upgrading to v{SCHEMA_VERSION}; "
                             "open it once without read_only")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.connect() as con:
            self._create_or_migrate(con)

    # ------------------------------------------------------------ connections
    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.ConnectionException as e:
                # this process already holds a connection with the other mode: use that mode
                if "different configuration" in str(e) and read_only:
                    read_only = False
                    continue
                raise StoreError(f"{self.path}: cannot open the store: {e}") from e
            except duckdb.IOException as e:
                msg = str(e)
                if "lock" not in msg.lower():
                    raise store_fault(self.path, e) from e
                if time.monotonic() >= deadline:
                    holder = msg.split("Conflicting lock is held in", 1)[-1].split(". See also")[0].strip()
                    raise StoreLockedError(
                        f"{self.path}: the store is locked by another process ({holder}) for over "
                        f"{self.lock_timeout:g} s. Wait for that ingest/rebuild to finish, stop it, or set "
                        f"DEVZONE_STORE to another file.") from e
                time.sleep(delay)
                delay = min(delay * 2, 0.04)
            except duckdb.Error as e:
                raise store_fault(self.path, e) from e

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection; closed (and the file released) on exit. A fault of the file (disk full,
        read-only, damaged) comes out as one StoreError naming the file, the cause and the fix."""
        con = self._open(read_only or self.read_only)
        try:
            yield con
        except _QUERY_BUGS:
            raise  # a wrong query is a bug of devzone, not a fault of the file
        except (duckdb.Error, OSError) as e:
            raise store_fault(self.path, e) from e
        finally:
            try:
                con.close()
            except duckdb.Error:
                pass

    def close(self) -> None:
        """Nothing to release: connections live only for one operation (kept for old callers)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ schema
    @staticmethod
    def _version(con) -> int:
        has_meta = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
        if not has_meta:
            has_docs = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'").fetchone()[0]
            return 1 if has_docs else 0
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _check_not_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this store has schema v{version}, written by a newer devzone; this devzone reads "
                f"up to v{SCHEMA_VERSION}. Update devzone (git pull && pip install -r requirements.txt), or "
                f"set DEVZONE_STORE to another file, or delete {self.path.name} to rebuild it from seeds/ "
                "(articles you added would be lost: export them first with the newer devzone).")

    def _create_or_migrate(self, con) -> None:
        version = self._version(con)
        self._check_not_newer(version)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            if version == 0:
                doc_cols = ", ".join(f'"{c}" VARCHAR' for c in DOC_COLUMNS)
                con.execute(f"""CREATE TABLE documents (content_hash VARCHAR PRIMARY KEY, {doc_cols},
                    origin VARCHAR, added_at TIMESTAMP DEFAULT current_timestamp, raw_text VARCHAR,
                    body VARCHAR, rules VARCHAR)""")
                for name in FACT_TABLES:
                    cols = ", ".join(f'"{col}" VARCHAR' for col in TABLE_COLUMNS[name])
                    con.execute(f"CREATE TABLE {name} (content_hash VARCHAR, {cols}, seq INTEGER)")
            if 0 < version < 2:
                _migrate_v1_to_v2(con)
            if 0 < version < 3:
                _migrate_v2_to_v3(con)
            if 0 < version < 6:  # v4: place, dates, period; v6: zone_official
                _add_missing_columns(con)
            con.execute("CREATE TABLE IF NOT EXISTS terms (content_hash VARCHAR, term VARCHAR, n INTEGER)")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except Exception:
            _rollback(con)
            raise

    def schema_version(self) -> int:
        with self.connect(read_only=True) as con:
            return self._version(con)

    # ------------------------------------------------------------ writing
    @staticmethod
    def _write_records(con, recs: list[ArticleRecord], origin: str, rules: str) -> list[bool]:
        """Insert articles and their rows in one transaction: each article lands whole or not at all.
        Returns, per record, False when that article was already stored (or came earlier in recs)."""
        hashes = [r.content_hash for r in recs]
        con.execute("BEGIN TRANSACTION")
        try:
            stored = {row[0] for row in con.execute(
                "SELECT content_hash FROM documents WHERE list_contains(?::VARCHAR[], content_hash)",
                [hashes]).fetchall()}
            new: list[ArticleRecord] = []
            status = []
            for rec in recs:
                is_new = rec.content_hash not in stored
                stored.add(rec.content_hash)
                status.append(is_new)
                if is_new:
                    new.append(rec)
            if new:
                _insert_documents(con, new, [origin] * len(new), rules)
                _insert_facts(con, new)
            con.execute("COMMIT")
        except Exception:
            _rollback(con)
            raise
        return status

    @staticmethod
    def _write_record(con, rec: ArticleRecord, origin: str, rules: str) -> bool:
        """Insert one article and its rows in one transaction. False when already stored."""
        return Store._write_records(con, [rec], origin, rules)[0]

    def has(self, content_hash: str) -> bool:
        with self.connect(read_only=True) as con:
            return con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash]).fetchone() is not None

    def stored_hashes(self) -> set[str]:
        with self.connect(read_only=True) as con:
            return {r[0] for r in con.execute("SELECT content_hash FROM documents").fetchall()}

    def add_facts(self, facts: HasRecord, origin: str = "user") -> bool:
        """Store one article and its facts (pipeline.ArticleFacts) in one transaction. False when the article
        is already stored."""
        return self.add_record(facts.record(), origin)

    def add_record(self, rec: ArticleRecord, origin: str = "user") -> bool:
        with self.connect() as con:
            return self._write_record(con, rec, origin, rules_fingerprint())

    def write_records(self, recs: list[ArticleRecord], origin: str, rules: str | None = None) -> list[bool]:
        """Store a batch of articles in one connection and one transaction (each article whole); the file is
        free between batches. Returns, per record, False when that article was already stored."""
        with self.connect() as con:
            con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")  # DuckDB's cache, not ours
            return self._write_records(con, recs, origin, rules or rules_fingerprint())

    def raw_articles(self) -> list[tuple]:
        """(content_hash, file, raw_text, encoding, origin, added_at) of every stored article, oldest first."""
        with self.connect(read_only=True) as con:
            return con.execute("SELECT content_hash, file, raw_text, encoding, origin, added_at FROM documents "
                               "ORDER BY added_at, file").fetchall()

    def replace_articles(self, rebuilt: list[tuple[str, ArticleRecord]], meta: dict[str, tuple], rules: str) -> int:
        """Swap stored articles (old content hash, new record) in one transaction: the old rows go, the new
        ones keep the old article's (origin, added_at) from meta. Returns the number of articles written."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                # (typed: an empty list would make a numeric column the DELETE cannot compare with text)
                old = pd.DataFrame({"content_hash": pd.Series([h for h, _ in rebuilt], dtype="string")})
                con.register("_old", old)
                for name in (*FACT_TABLES, "terms", "documents"):
                    con.execute(f"DELETE FROM {name} WHERE content_hash IN (SELECT content_hash FROM _old)")
                con.unregister("_old")
                seen = {r[0] for r in con.execute("SELECT content_hash FROM documents").fetchall()}
                keep: list[tuple[str, ArticleRecord]] = []
                for old_hash, rec in rebuilt:
                    if rec.content_hash not in seen:
                        seen.add(rec.content_hash)
                        keep.append((old_hash, rec))
                if keep:
                    recs = [rec for _, rec in keep]
                    _insert_documents(con, recs, [meta[h][0] for h, _ in keep], rules, [meta[h][1] for h, _ in keep])
                    _insert_facts(con, recs)
                n = len(keep)
                con.execute("COMMIT")
            except Exception:
                _rollback(con)
                raise
            con.execute("CHECKPOINT")
        return n

    # ------------------------------------------------------------ reading
    def check(self) -> dict[str, int]:
        """Read every row and column of every table (so a damaged file fails here, with StoreDamagedError,
        not halfway through a later command); returns the row count per contract table."""
        counts: dict[str, int] = {}
        with self.connect(read_only=True) as con:
            for name in ("meta", *CONTRACT_TABLES):
                cols = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
                sums = ", ".join(f'sum(length(CAST("{c}" AS VARCHAR)))' for c in cols)
                n = con.execute(f"SELECT count(*), {sums} FROM {name}").fetchone()[0]
                if name != "meta":
                    counts[name] = n
        return counts

    def count(self) -> int:
        with self.connect(read_only=True) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]

    def counts(self) -> dict[str, int]:
        with self.connect(read_only=True) as con:
            return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in CONTRACT_TABLES}

    def stale_count(self) -> int:
        """Articles extracted with other rules than the current code (rebuild to refresh them)."""
        with self.connect(read_only=True) as con:
            return con.execute("SELECT count(*) FROM documents WHERE rules IS DISTINCT FROM ?",
                               [rules_fingerprint()]).fetchone()[0]

    def _documents_sql(self) -> str:
        doc_cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS["documents"])
        return f"SELECT {doc_cols}, origin, added_at FROM documents ORDER BY file, content_hash"

    def _facts_sql(self, name: str) -> str:
        cols = ", ".join(f't."{c}"' for c in TABLE_COLUMNS[name])
        return (f"SELECT {cols}, t.content_hash, t.seq, {FACT_ID_SQL} AS fact_id "
                f"FROM {name} t JOIN documents d USING (content_hash) "
                f"ORDER BY d.file, t.content_hash, t.seq")

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables as DataFrames in the contract's columns (plus content_hash; documents also origin)."""
        out = {}
        with self.connect(read_only=True) as con:
            out["documents"] = con.execute(self._documents_sql()).df()
            for name in FACT_TABLES:
                out[name] = con.execute(self._facts_sql(name)).df()
        for col in ("value", "value_norm"):
            out["targets"][col] = pd.to_numeric(out["targets"][col], errors="coerce")
        return out

    def export(self, out_dir: str | Path) -> list[Path]:
        """Write the contract CSVs (documents, targets, industries, enterprises) from the store, as text."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        with self.connect(read_only=True) as con:
            for name in CONTRACT_TABLES:
                if name == "documents":
                    df = con.execute(self._documents_sql()).df().drop(columns=["added_at"])
                else:
                    df = con.execute(self._facts_sql(name)).df().drop(columns=["content_hash", "seq", "fact_id"])
                path = out / f"{name}.csv"
                excel_safe(df).to_csv(path, index=False, encoding="utf-8-sig")
                written.append(path)
        return written

    def article_text(self, file: str) -> str:
        """The cleaned body of a stored article, by file name (or content hash)."""
        with self.connect(read_only=True) as con:
            row = con.execute("SELECT body FROM documents WHERE file = ? OR content_hash = ? "
                              "ORDER BY added_at DESC LIMIT 1", [file, file]).fetchone()
        return row[0] if row else ""

    # ------------------------------------------------------------ dashboard queries
    def query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """Run a read-only SQL query on the store. Text columns come back as pandas strings (missing = NaN);
        going through Arrow is ~4x faster than DuckDB's .df() on large results."""
        with self.connect(read_only=True) as con:
            rel = con.sql(sql, params=params) if params else con.sql(sql)
            return rel.to_arrow_table().to_pandas()

    @staticmethod
    def _where(filters: list[tuple[str, object]]) -> tuple[str, list]:
        """' WHERE …' for (SQL expression, values) pairs: None = no filter, a list = any of its values."""
        where, params = [], []
        for expr, values in filters:
            if values is None:
                continue
            if isinstance(values, str | int):
                values = [values]
            where.append(f"list_contains(?::VARCHAR[], {expr})")
            params.append([str(v) for v in values])
        return (" WHERE " + " AND ".join(where) if where else ""), params

    def filter_documents(self, zones=None, files=None) -> pd.DataFrame:
        """Documents (contract columns, origin, added_at) of the given zones and/or files, as stored."""
        doc_cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS["documents"])
        where, params = self._where([("zone", zones), ("file", files)])
        return self.query(f"SELECT {doc_cols}, origin, added_at FROM documents{where}", params)

    def filter_targets(self, zones=None, categories=None, kinds=None, years=None, metrics=None,
                       provinces=None, levels=None, files=None, limit: int | None = None,
                       zone_info: bool = True) -> pd.DataFrame:
        """Targets and achievements matching every given filter (None = no filter) with the fact's id;
        `value` and `value_norm` are numbers, `year` an integer (or missing). With zone_info, also the zone's
        province, city and level, ordered by zone, file and position; without it (the dashboard: no join,
        no sort, several times faster on large stores) in the order the articles were stored."""
        where, params = self._where([("t.zone", zones), ("t.category", categories), ("t.kind", kinds),
                                     ("t.year", years), ("t.metric", metrics), ("t.file", files)]
                                    + self._zone_info_filters(zone_info, provinces, levels))
        cols = ", ".join(f't."{c}"' for c in TABLE_COLUMNS["targets"]
                         if c not in ("value", "value_norm", "year"))
        sql = (f"SELECT {cols}, TRY_CAST(t.value AS DOUBLE) AS value, TRY_CAST(t.value_norm AS DOUBLE) AS value_norm, "
               f"TRY_CAST(t.year AS INTEGER) AS year, t.content_hash, t.seq, {FACT_ID_SQL} AS fact_id"
               + self._zone_info_sql(zone_info, "targets t", "t") + where
               + (" ORDER BY t.zone, d.file, t.seq" if zone_info else "") + (f" LIMIT {int(limit)}" if limit else ""))
        return self.query(sql, params)

    # A figure's grouping keys as the comparisons read them (devzone.compare.with_indicators): text missing = '',
    # a unit without a base is its own base, a value without a normalised value is its own.
    _FIGURE_KEYS = {
        "zone": "coalesce(t.zone, '')", "kind": "coalesce(t.kind, '')", "indicator": "coalesce(t.indicator, '')",
        "measure": "coalesce(t.measure, '')", "unit_norm": "coalesce(nullif(t.unit_norm, ''), t.unit, '')",
        "unit": "coalesce(t.unit, '')", "year": "TRY_CAST(t.year AS INTEGER)", "period": "coalesce(t.period, '')",
        "value_norm": "coalesce(TRY_CAST(t.value_norm AS DOUBLE), TRY_CAST(t.value AS DOUBLE))"}

    def latest_figures(self, by: Sequence[str], period_months: Callable[[str], int], zones=None, kinds=None,
                       categories=None, years=None, columns: Sequence[str] | None = None,
                       exclude: str | None = None) -> pd.DataFrame:
        """Figures with a canonical indicator, one per group of `by` (names of _FIGURE_KEYS): the latest by year,
        then the longer part of it (`period_months(period)`: 全年 12, 上半年 6), then the later article, then the
        larger value; with `n`, the figures of its group, and the article's `publish_date`. The reduction the
        comparisons make (compare.latest_figures, compare.progress), done in SQL over every stored figure so
        that a page receives thousands of rows, not hundreds of thousands. `columns`: only these of the targets
        table (publish_date and n always come). `exclude`: a regular expression; figures whose metric or
        indicator it finds are left out before the reduction (compare.part_scope_pattern: a project's figure
        must not stand for its group)."""
        where, params = self._where([("t.zone", zones), ("t.kind", kinds), ("t.category", categories),
                                     ("t.year", years)])
        mapped = ("coalesce(t.indicator, '') NOT IN ('', 'unmapped') AND coalesce(t.zone, '') <> '' "
                  f"AND {self._FIGURE_KEYS['value_norm']} IS NOT NULL")
        if exclude:
            mapped += (" AND NOT regexp_matches(coalesce(t.metric, ''), ?)"
                       " AND NOT regexp_matches(coalesce(t.indicator, ''), ?)")
            params = [*params, exclude, exclude]
        where = f"{where} AND {mapped}" if where else f" WHERE {mapped}"
        with self.connect(read_only=True) as con:
            periods = [r[0] for r in con.execute("SELECT DISTINCT coalesce(period, '') FROM targets").fetchall()]
        months = [int(period_months(p)) for p in periods]
        groups = ", ".join(self._FIGURE_KEYS[k] for k in by)
        wanted = set(columns) if columns is not None else {*TABLE_COLUMNS["targets"], "content_hash", "seq", "fact_id"}
        numbers = {"value": "TRY_CAST(t.value AS DOUBLE) AS value",
                   "value_norm": "TRY_CAST(t.value_norm AS DOUBLE) AS value_norm",
                   "year": "TRY_CAST(t.year AS INTEGER) AS year", "content_hash": "t.content_hash", "seq": "t.seq",
                   "fact_id": f"{FACT_ID_SQL} AS fact_id"}
        cols = ", ".join([f't."{c}"' for c in TABLE_COLUMNS["targets"] if c in wanted and c not in numbers]
                         + [sql for c, sql in numbers.items() if c in wanted])
        # arg_max per group, not a window: a window sorts every figure (seconds at 700,000 figures)
        latest = (f"(coalesce(TRY_CAST(t.year AS INTEGER), -1), coalesce(m.months, 12), "
                  f"coalesce(d.publish_date, ''), {self._FIGURE_KEYS['value_norm']}, -t.seq)")
        sql = f"""
            WITH months AS (SELECT unnest(?::VARCHAR[]) AS period, unnest(?::INTEGER[]) AS months),
            best AS (SELECT arg_max(t.rowid, {latest}) AS rid, count(*) AS n
                     FROM targets t JOIN documents d ON d.content_hash = t.content_hash
                          LEFT JOIN months m ON m.period = coalesce(t.period, ''){where}
                     GROUP BY {groups})
            SELECT {cols}, coalesce(d.publish_date, '') AS publish_date, best.n
            FROM best JOIN targets t ON t.rowid = best.rid JOIN documents d ON d.content_hash = t.content_hash"""
        return self.query(sql, [periods, months, *params])

    @staticmethod
    def _zone_info_filters(zone_info: bool, provinces, levels) -> list[tuple[str, object]]:
        if not zone_info and (provinces is not None or levels is not None):
            raise ValueError("filtering by province or level needs zone_info=True")
        return [("d.province", provinces), ("d.level", levels)]

    @staticmethod
    def _zone_info_sql(zone_info: bool, table: str, alias: str) -> str:
        if zone_info:
            return f", d.city, d.province, d.level FROM {table} JOIN documents d ON d.content_hash = {alias}.content_hash"
        return f" FROM {table}"

    def filter_industries(self, zones=None, categories=None, provinces=None, levels=None, canonical=None,
                          names=None, files=None, zone_info: bool = True) -> pd.DataFrame:
        """Industries matching every given filter (see filter_targets for zone_info). `canonical` matches the
        taxonomy name (the name as written when unmapped), `names` the name as written."""
        where, params = self._where([("i.zone", zones), ("i.category", categories),
                                     (_CANONICAL_SQL.format(t="i."), canonical),
                                     ("i.industry", names), ("i.file", files)]
                                    + self._zone_info_filters(zone_info, provinces, levels))
        cols = ", ".join(f'i."{c}"' for c in TABLE_COLUMNS["industries"])
        sql = (f"SELECT {cols}, i.content_hash" + self._zone_info_sql(zone_info, "industries i", "i") + where
               + (" ORDER BY i.zone, d.file, i.seq" if zone_info else ""))
        return self.query(sql, params)

    def filter_enterprises(self, zones=None, files=None) -> pd.DataFrame:
        """Enterprises and projects of the given zones and/or files, in the order they were stored."""
        where, params = self._where([("e.zone", zones), ("e.file", files)])
        cols = ", ".join(f'e."{c}"' for c in TABLE_COLUMNS["enterprises"])
        return self.query(f"SELECT {cols}, e.content_hash FROM enterprises e" + where, params)

    def zone_summary(self, zones=None) -> pd.DataFrame:
        """One row per zone: articles, targets, achievements, industries (distinct), enterprises."""
        where, params = "", []
        if zones is not None:
            where = "WHERE list_contains(?::VARCHAR[], zone)"
            params = [[str(z) for z in ([zones] if isinstance(zones, str) else zones)]]
        sql = f"""
            WITH d AS (SELECT zone, any_value(province) AS province, any_value(city) AS city,
                              any_value(level) AS level, count(*) AS articles FROM documents GROUP BY zone),
                 t AS (SELECT zone, count(*) FILTER (WHERE kind = 'target') AS targets,
                              count(*) FILTER (WHERE kind = 'achievement') AS achievements FROM targets GROUP BY zone),
                 i AS (SELECT zone, count(DISTINCT coalesce(canonical, industry)) AS industries FROM industries GROUP BY zone),
                 e AS (SELECT zone, count(DISTINCT name) AS enterprises FROM enterprises GROUP BY zone)
            SELECT d.zone, d.province, d.city, d.level, d.articles, coalesce(t.targets, 0) AS targets,
                   coalesce(t.achievements, 0) AS achievements, coalesce(i.industries, 0) AS industries,
                   coalesce(e.enterprises, 0) AS enterprises
            FROM d LEFT JOIN t USING (zone) LEFT JOIN i USING (zone) LEFT JOIN e USING (zone)
            {where} ORDER BY d.articles DESC, d.zone"""
        return self.query(sql, params)

    # Zones compared under another name (their place, city or province): a mapping table joined on the zone.
    _GROUPS_CTE = "g AS (SELECT unnest(?::VARCHAR[]) AS zone, unnest(?::VARCHAR[]) AS grp)"

    @staticmethod
    def _group_params(groups: Mapping[str, str] | None) -> list[list[str]]:
        pairs = sorted((groups or {}).items())
        return [[z for z, _ in pairs], [g for _, g in pairs]]

    def zone_target_summary(self, zones=None, kinds=None, categories=None, years=None,
                            groups: Mapping[str, str] | None = None, headline_metric: str = "",
                            headline_category: str = "", headline_unit: str = "") -> pd.DataFrame:
        """Per zone (or per group name of `groups`: zone -> place, city …): targets_n and achievements_n of the
        figures matching the filters, and the headline: the largest target (by normalised value; on a tie the
        first in the order tables() and the export list rows: by file, then position) whose metric matches the
        regex `headline_metric` or category `headline_category` and whose unit (normalised or as written) matches
        `headline_unit`, as headline_metric, headline_value (the value as written), headline_unit, headline_year,
        headline_comparator (≥ of 100亿元以上, '' when none) and headline_period. Counted in SQL over every stored
        figure."""
        where, params = self._where([("t.zone", zones), ("t.kind", kinds), ("t.category", categories),
                                     ("t.year", years)])
        size = self._FIGURE_KEYS["value_norm"]
        sql = f"""
            WITH {self._GROUPS_CTE},
            f AS (SELECT coalesce(g.grp, t.zone, '') AS zone, t.kind, t.metric, TRY_CAST(t.value AS DOUBLE) AS value,
                         t.unit, TRY_CAST(t.year AS INTEGER) AS year, coalesce(t.comparator, '') AS comparator,
                         coalesce(t.period, '') AS period, {size} AS size,
                         {{'size': -({size}), 'file': d.file, 'hash': t.content_hash, 'seq': t.seq}} AS rank,
                         (regexp_matches(coalesce(t.metric, ''), ?) OR regexp_matches(coalesce(t.category, ''), ?))
                         AND (regexp_matches(coalesce(t.unit_norm, ''), ?) OR regexp_matches(coalesce(t.unit, ''), ?))
                         AS headline
                  FROM targets t JOIN documents d ON d.content_hash = t.content_hash
                  LEFT JOIN g ON g.zone = t.zone{where}),
            s AS (SELECT zone, count(*) FILTER (WHERE kind = 'target') AS targets_n,
                         count(*) FILTER (WHERE kind = 'achievement') AS achievements_n,
                         -- the smallest rank: the largest size, then the listed order (structs compare field by field)
                         arg_min({{'metric': metric, 'value': value, 'unit': unit, 'year': year,
                                   'comparator': comparator, 'period': period}}, rank)
                             FILTER (WHERE kind = 'target' AND headline AND size IS NOT NULL) AS h
                  FROM f WHERE zone <> '' GROUP BY zone)
            SELECT zone, targets_n, achievements_n, h.metric AS headline_metric, h.value AS headline_value,
                   h.unit AS headline_unit, h.year AS headline_year, h.comparator AS headline_comparator,
                   h.period AS headline_period FROM s ORDER BY zone"""
        patterns = [p or "$^" for p in (headline_metric, headline_category, headline_unit, headline_unit)]
        return self.query(sql, [*self._group_params(groups), *patterns, *params])

    def zone_industry_summary(self, zones=None, categories=None, canonical=None, names=None,
                              groups: Mapping[str, str] | None = None, top_n: int = 3) -> pd.DataFrame:
        """Per zone (or group name, see zone_target_summary): industries_n, the distinct industries (taxonomy
        name, else the name as written) of the rows matching the filters, and top_industries, the `top_n`
        named most often (on a tie, the first in the order tables() and the export list rows: by file, then
        position), as a list. Counted in SQL."""
        where, params = self._where([("i.zone", zones), ("i.category", categories),
                                     (_CANONICAL_SQL.format(t="i."), canonical), ("i.industry", names)])
        sql = f"""
            WITH {self._GROUPS_CTE},
            f AS (SELECT coalesce(g.grp, i.zone, '') AS zone, coalesce({_CANONICAL_SQL.format(t="i.")}, '') AS name,
                         {{'file': d.file, 'hash': i.content_hash, 'seq': i.seq}} AS listed
                  FROM industries i JOIN documents d ON d.content_hash = i.content_hash
                  LEFT JOIN g ON g.zone = i.zone{where}),
            -- first: where the name is first listed (structs compare field by field; no window sorting every row)
            c AS (SELECT zone, name, count(*) AS n, min(listed) AS first FROM f WHERE zone <> '' AND name <> ''
                  GROUP BY zone, name)
            SELECT zone, count(*) AS industries_n, list(name ORDER BY n DESC, first)[1:{int(top_n)}] AS top_industries
            FROM c GROUP BY zone ORDER BY zone"""
        return self.query(sql, [*self._group_params(groups), *params])

    def zone_term_counts(self, zones=None) -> pd.DataFrame:
        """Content-word counts per zone, summed over its articles in SQL: columns zone, term, count (the input
        of devzone.keywords)."""
        where, params = self._where([("d.zone", zones)])
        where = (where + " AND" if where else " WHERE") + " coalesce(d.zone, '') <> ''"
        return self.query("SELECT d.zone, t.term, CAST(sum(t.n) AS BIGINT) AS count FROM terms t "
                          f"JOIN documents d USING (content_hash){where} GROUP BY d.zone, t.term", params)

    def articles_without_terms(self) -> list[tuple[str, str]]:
        """(content_hash, body) of the articles whose content words are not counted yet (stored before v5)."""
        with self.connect(read_only=True) as con:
            return con.execute("SELECT content_hash, body FROM documents d WHERE coalesce(trim(body), '') <> '' "
                               "AND NOT EXISTS (SELECT 1 FROM terms t WHERE t.content_hash = d.content_hash)"
                               ).fetchall()

    def add_terms(self, values: list[tuple[str, str, int]]) -> None:
        """Store (content_hash, term, n) rows of articles already stored, in one transaction."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                _insert_terms(con, values)
                con.execute("COMMIT")
            except Exception:
                _rollback(con)
                raise

    def facets(self) -> dict[str, list[str]]:
        """Distinct values for the dashboard's filter widgets."""
        out = {}
        with self.connect(read_only=True) as con:
            for key, sql in (("zones", "SELECT DISTINCT zone FROM documents"),
                             ("provinces", "SELECT DISTINCT province FROM documents"),
                             ("levels", "SELECT DISTINCT level FROM documents"),
                             ("kinds", "SELECT DISTINCT kind FROM targets"),
                             ("categories", "SELECT DISTINCT category FROM targets"),
                             ("years", "SELECT DISTINCT year FROM targets"),
                             ("canonical", f"SELECT DISTINCT {_CANONICAL_SQL.format(t='')} FROM industries"),
                             ("industries", "SELECT DISTINCT industry FROM industries"),
                             ("industry_categories", "SELECT DISTINCT category FROM industries")):
                out[key] = sorted(r[0] for r in con.execute(sql).fetchall() if r[0] not in (None, ""))
        return out


def _insert_documents(con, recs: list[ArticleRecord], origins: list[str], rules: str,
                      added_at: list | None = None) -> None:
    """The document rows of the articles (with raw and clean text), one INSERT; added_at defaults to now."""
    cols = ["content_hash", *DOC_COLUMNS, "origin", "raw_text", "body", "rules"]
    values = [list(col) for col in zip(*(rec.document_values() + [origin, rec.raw_text, rec.body, rules]
                                         for rec, origin in zip(recs, origins, strict=True)), strict=True)]
    casts = ["VARCHAR"] * len(cols)
    if added_at is not None:
        cols, values, casts = [*cols, "added_at"], [*values, added_at], [*casts, "TIMESTAMP"]
    col_sql = ", ".join(f'"{c}"' for c in cols)
    con.execute(f"INSERT INTO documents ({col_sql}) SELECT " + ", ".join(f"unnest(?::{t}[])" for t in casts), values)


def _insert_facts(con, recs: list[ArticleRecord]) -> None:
    """All fact rows and term counts of the articles, one INSERT per table (lists unnested: far faster than
    executemany)."""
    for name in FACT_TABLES:
        values = [row for rec in recs for row in rec.fact_values(name)]
        if not values:
            continue
        fcols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[name])
        columns = [list(col) for col in zip(*values, strict=True)]
        casts = ["VARCHAR", "INTEGER"] + ["VARCHAR"] * len(TABLE_COLUMNS[name])
        con.execute(f"INSERT INTO {name} (content_hash, seq, {fcols}) SELECT "
                    + ", ".join(f"unnest(?::{t}[])" for t in casts), columns)
    _insert_terms(con, [row for rec in recs for row in rec.term_values()])


def _insert_terms(con, values: list[tuple[str, str, int]]) -> None:
    """(content_hash, term, n) rows into terms, one INSERT."""
    if values:
        columns = [list(col) for col in zip(*values, strict=True)]
        con.execute("INSERT INTO terms SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[])",
                    columns)


def _migrate_v1_to_v2(con) -> None:
    """v1 -> v2: documents.rules (unknown for old rows, so they count as stale) and seq on fact tables."""
    con.execute("ALTER TABLE documents ADD COLUMN rules VARCHAR")
    for name in FACT_TABLES:
        con.execute(f"ALTER TABLE {name} ADD COLUMN seq INTEGER")
        con.execute(f"""UPDATE {name} SET seq = r.seq FROM (
                SELECT rowid AS rid, row_number() OVER (PARTITION BY content_hash ORDER BY rowid) - 1 AS seq
                FROM {name}) r WHERE {name}.rowid = r.rid""")


def _migrate_v2_to_v3(con) -> None:
    """v2 -> v3: targets.indicator and targets.measure, empty until the rows are re-extracted."""
    for col in ("indicator", "measure"):
        con.execute(f'ALTER TABLE targets ADD COLUMN IF NOT EXISTS "{col}" VARCHAR')
    con.execute("UPDATE documents SET rules = NULL")  # their rows lack the new columns: stale


def _add_missing_columns(con) -> None:
    """v3 -> v4, v5 -> v6: every column of the extraction tables the stored tables lack, added empty."""
    for name, cols in TABLE_COLUMNS.items():
        have = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]).fetchall()}
        for col in cols:
            if col not in have:
                con.execute(f'ALTER TABLE {name} ADD COLUMN "{col}" VARCHAR')
    con.execute("UPDATE documents SET rules = NULL")  # their rows lack the new columns: re-extract them


__all__ = ["DEFAULT_STORE", "SCHEMA_VERSION", "Store", "StoreError", "StoreLockedError", "default_store_path"]
