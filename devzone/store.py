"""The embedded DuckDB store: articles (raw and clean text) and their fact tables.

One article is identified by the hash of its cleaned text, so adding the same article twice
keeps one copy. Each article's rows are written in one transaction: all or none.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

from devzone.pipeline import TABLE_COLUMNS, ArticleFacts, extract_bytes, extract_facts, iter_article_paths
from devzone.text import MAX_BYTES, ArticleError, clean_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORE = ROOT / "data" / "devzone.duckdb"
SEEDS_DIR = ROOT / "seeds"
SCHEMA_VERSION = 1

_FACT_TABLES = ("targets", "industries", "enterprises")


def default_store_path() -> Path:
    """The store file: $DEVZONE_STORE if set, else data/devzone.duckdb."""
    return Path(os.environ.get("DEVZONE_STORE", DEFAULT_STORE))


class Store:
    """A DuckDB file holding documents, targets, industries and enterprises."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        self._create_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ schema
    def _create_schema(self) -> None:
        c = self.con
        c.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = c.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row and int(row[0]) > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path} was written by a newer devzone (schema {row[0]} > {SCHEMA_VERSION}); "
                               "upgrade devzone or delete the file to rebuild it from seeds/")
        doc_cols = ", ".join(f'"{c}" VARCHAR' for c in TABLE_COLUMNS["documents"] if c != "content_hash")
        c.execute(f"""CREATE TABLE IF NOT EXISTS documents (
            content_hash VARCHAR PRIMARY KEY, {doc_cols},
            origin VARCHAR, added_at TIMESTAMP DEFAULT current_timestamp, raw_text VARCHAR, body VARCHAR)""")
        for name in _FACT_TABLES:
            cols = ", ".join(f'"{col}" VARCHAR' for col in TABLE_COLUMNS[name])
            c.execute(f"CREATE TABLE IF NOT EXISTS {name} (content_hash VARCHAR, {cols})")
        c.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    # ------------------------------------------------------------ writing
    def has(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash]).fetchone() is not None

    def add_facts(self, facts: ArticleFacts, origin: str = "user") -> bool:
        """Store one article and its facts in one transaction. False when the article is already stored."""
        if self.has(facts.content_hash):
            return False
        doc = facts.document_row()
        self.con.execute("BEGIN TRANSACTION")
        try:
            cols = [c for c in TABLE_COLUMNS["documents"]]
            values = [None if doc.get(c) is None else str(doc.get(c)) for c in cols]
            self.con.execute(
                f"INSERT INTO documents ({', '.join(cols)}, origin, raw_text, body) VALUES "
                f"({', '.join('?' for _ in cols)}, ?, ?, ?)",
                values + [origin, facts.article.raw_text, facts.article.body])
            for name, rows in (("targets", facts.targets), ("industries", facts.industries),
                               ("enterprises", facts.enterprises)):
                if not rows:
                    continue
                cols = TABLE_COLUMNS[name]
                df = pd.DataFrame([{c: (None if r.get(c) is None else str(r.get(c))) for c in cols} for r in rows])
                df.insert(0, "content_hash", facts.content_hash)
                self.con.register("_rows", df)
                self.con.execute(f"INSERT INTO {name} SELECT * FROM _rows")
                self.con.unregister("_rows")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return True

    def add_bytes(self, data: bytes, file: str, origin: str = "user") -> tuple[ArticleFacts, bool]:
        """Clean, extract and store an uploaded or pasted article. Returns (facts, newly_added)."""
        facts = extract_bytes(data, file)
        return facts, self.add_facts(facts, origin)

    def ingest_paths(self, paths: Iterable[str | Path], origin: str = "user") -> tuple[int, int, list[ArticleError]]:
        """Ingest files and folders. Returns (added, already_stored, errors); errors never stop the batch."""
        added = dupes = 0
        errors: list[ArticleError] = []
        for item in iter_article_paths(paths):
            if isinstance(item, ArticleError):
                errors.append(item)
                continue
            try:
                if item.stat().st_size > MAX_BYTES:
                    raise ArticleError(item.name, f"file is over the {MAX_BYTES // 1_000_000} MB limit for one article")
                _, new = self.add_bytes(item.read_bytes(), item.name, origin)
            except ArticleError as e:
                errors.append(e)
                continue
            added += new
            dupes += not new
        return added, dupes, errors

    def rebuild(self) -> int:
        """Re-extract every stored article from its raw text (after a rule change). User articles are kept."""
        docs = self.con.execute("SELECT content_hash, file, raw_text, encoding, origin FROM documents").fetchall()
        n = 0
        for old_hash, file, raw, enc, origin in docs:
            facts = extract_facts(clean_text(raw, file, html=file.lower().endswith((".html", ".htm")) or None,
                                             encoding=enc or ""))
            self.con.execute("BEGIN TRANSACTION")
            try:
                for name in (*_FACT_TABLES, "documents"):
                    self.con.execute(f"DELETE FROM {name} WHERE content_hash = ?", [old_hash])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
            n += self.add_facts(facts, origin)
        return n

    # ------------------------------------------------------------ reading
    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables as DataFrames in the contract's columns (plus content_hash, origin)."""
        out = {}
        doc_cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS["documents"])
        out["documents"] = self.con.execute(
            f"SELECT {doc_cols}, origin, added_at FROM documents ORDER BY added_at, file").df()
        for name in _FACT_TABLES:
            cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[name])
            out[name] = self.con.execute(f"SELECT {cols}, content_hash FROM {name}").df()
        out["targets"]["value"] = pd.to_numeric(out["targets"]["value"], errors="coerce")
        out["targets"]["value_norm"] = pd.to_numeric(out["targets"]["value_norm"], errors="coerce")
        return out

    def article_text(self, file: str) -> str:
        """The cleaned body of a stored article, by file name."""
        row = self.con.execute("SELECT body FROM documents WHERE file = ? ORDER BY added_at DESC LIMIT 1",
                               [file]).fetchone()
        return row[0] if row else ""


def open_store(path: str | Path | None = None, seeds_dir: str | Path | None = SEEDS_DIR) -> Store:
    """Open the store, building it from seeds/ when it is empty."""
    store = Store(path)
    if store.count() == 0 and seeds_dir and Path(seeds_dir).exists():
        store.ingest_paths([seeds_dir], origin="seed")
    return store
