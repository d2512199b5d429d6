"""Articles into the store: extract (here or on worker processes) and hand the records to the store.

The store (`devzone.store`) persists only; this module runs the extraction that fills it: building a new
store from seeds/ (`open_store`), ingesting files and folders, an uploaded article (`add_bytes`),
re-extracting every stored article after a rule change (`rebuild`) and loading the Parquet parts a Dask
run wrote (`load_parquet`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from devzone import pipeline
from devzone.distributed import parallel_map, prepare_records
from devzone.pipeline import ArticleFacts, iter_article_paths
from devzone.schema import DOC_COLUMNS, ROOT, TABLE_COLUMNS, ArticleRecord, rules_fingerprint
from devzone.store import BATCH_ARTICLES, BATCH_SECONDS, FACT_TABLES, Store, StoreError
from devzone.terms import term_counts
from devzone.text import ArticleError, clean_text

SEEDS_DIR = ROOT / "seeds"


def open_store(path: str | Path | None = None, seeds_dir: str | Path | None = SEEDS_DIR, **kwargs) -> Store:
    """Open the store, building it from seeds/ when it is empty (and counting the content words of articles
    stored before the store kept them)."""
    store = Store(path, **kwargs)
    if not store.read_only and store.count() == 0 and seeds_dir and Path(seeds_dir).exists():
        ingest_paths(store, [seeds_dir], origin="seed")
    if not store.read_only:
        fill_missing_terms(store)
    return store


def _count_terms(body: str) -> dict[str, int]:
    return dict(term_counts(body))


def fill_missing_terms(store: Store, workers: int = 1) -> int:
    """Count the content words of the stored articles that have no counts yet (stored before schema v5, or
    loaded from Parquet parts). Returns how many articles were counted."""
    missing = store.articles_without_terms()
    if missing:
        counts = parallel_map(_count_terms, [body for _, body in missing], workers)
        store.add_terms([(h, term, n) for (h, _), c in zip(missing, counts, strict=True) for term, n in c.items()])
    return len(missing)


def add_bytes(store: Store, data: bytes, file: str, origin: str = "user") -> tuple[ArticleFacts, bool]:
    """Clean, extract and store an uploaded or pasted article. Returns (facts, newly_added)."""
    facts = pipeline.extract_bytes(data, file)
    return facts, store.add_facts(facts, origin)


class IngestStopped(StoreError):
    """An ingest stopped because the store could not be written (disk full, read-only, damaged). Everything
    committed before stays; `not_stored` names the articles of the failed batch and `unread` counts the files
    not reached, so a re-run stores them; `errors` are the bad files met so far, `added`/`dupes` the counts."""

    def __init__(self, cause: StoreError, not_stored: list[str], unread: int, errors: list[ArticleError],
                 added: int, dupes: int):
        super().__init__(str(cause))
        self.cause, self.not_stored, self.unread = cause, not_stored, unread
        self.errors, self.added, self.dupes = errors, added, dupes


def ingest_paths(store: Store, paths: Iterable[str | Path], origin: str = "user", *, workers: int = 1,
                 progress: Callable[[str, str], None] | None = None) -> tuple[int, int, list[ArticleError]]:
    """Ingest files and folders. Returns (added, already_stored, errors); errors never stop the batch.

    Articles are committed in batches (each article whole), so an interrupted ingest keeps every article it
    reported as stored, and running it again adds only the rest. `workers` > 1 extracts in that many
    processes (writing stays in this one). `progress(status, file)` is called per file with status
    "added", "stored" (already there) or "error". A store that cannot be written stops the ingest with
    IngestStopped (the articles committed so far stay).
    """
    added = dupes = 0
    errors: list[ArticleError] = []
    files: list[Path] = []
    for item in iter_article_paths(paths):
        if isinstance(item, ArticleError):
            errors.append(item)
            if progress:
                progress("error", item.file)
        else:
            files.append(item)
    known = store.stored_hashes()
    rules = rules_fingerprint()
    pending: list[tuple[str, ArticleRecord]] = []
    first_pending = 0.0

    def report(status: str, file: str) -> None:
        nonlocal added, dupes
        added += status == "added"
        dupes += status == "stored"
        if progress:
            progress(status, file)

    seen = 0  # files taken from the extraction so far

    def flush() -> None:
        try:
            statuses = store.write_records([rec for _, rec in pending], origin, rules)
        except StoreError as e:
            raise IngestStopped(e, [file for file, _ in pending], len(files) - seen, errors, added, dupes) from e
        for (file, rec), is_new in zip(pending, statuses, strict=True):
            known.add(rec.content_hash)
            report("added" if is_new else "stored", file)  # reported only once committed
        pending.clear()

    for file, result in prepare_records(files, known, workers=workers):
        seen += 1
        if isinstance(result, ArticleError):
            errors.append(result)
            report("error", file)
        elif result is None:
            report("stored", file)
        else:
            if not pending:
                first_pending = time.monotonic()
            pending.append((file, result))
            if len(pending) >= BATCH_ARTICLES or time.monotonic() - first_pending >= BATCH_SECONDS:
                flush()
    if pending:
        flush()
    return added, dupes, errors


def reextract(file: str, raw_text: str, encoding: str = "") -> ArticleFacts:
    """Clean stored raw text again and run the extractors (as parse_article does for bytes)."""
    html = Path(file).suffix.lower() in (".html", ".htm") or None
    article = clean_text(raw_text, file, html=html, encoding=encoding or "")
    if not article.body.strip():
        raise ArticleError(file, "no article text left after removing page furniture")
    return pipeline.extract_facts(article)


def _reextract_job(job: tuple[str, str, str, str]) -> ArticleRecord | ArticleError:
    _, file, raw, enc = job
    try:
        return reextract(file, raw or "", enc or "").record()
    except ArticleError as e:
        return e
    except Exception as e:  # a bug in one extractor must not lose the batch
        return ArticleError(file, f"extraction failed: {type(e).__name__}: {e}")


def rebuild(store: Store, *, workers: int = 1) -> tuple[int, list[ArticleError]]:
    """Re-extract every stored article from its raw text (after a rule change).

    Articles keep their origin and the time they were added, so user articles survive. The swap is one
    transaction: a rebuild that is interrupted leaves the previous rows. An article that no longer
    cleans to any text keeps its old rows. Returns (articles rebuilt, errors).
    """
    docs = store.raw_articles()
    jobs = [(h, file, raw, enc) for h, file, raw, enc, _, _ in docs]
    meta = {h: (origin, added_at) for h, _, _, _, origin, added_at in docs}
    rebuilt: list[tuple[str, ArticleRecord]] = []
    errors: list[ArticleError] = []
    for old_hash, result in zip((j[0] for j in jobs), parallel_map(_reextract_job, jobs, workers), strict=True):
        if isinstance(result, ArticleError):
            errors.append(result)
        else:
            rebuilt.append((old_hash, result))
    return store.replace_articles(rebuilt, meta, rules_fingerprint()), errors


def load_parquet(store: Store, directory: str | Path, origin: str = "user") -> tuple[int, int]:
    """Load tables written by `devzone.distributed` (DIR/parquet/<table>/part-*.parquet, or DIR/<table>/...).

    Each part is one transaction; articles already stored (same content hash) are skipped, so loading
    twice adds nothing. Returns (added, already_stored).
    """
    base = Path(directory)
    if (base / "parquet").is_dir():
        base = base / "parquet"
    parts = sorted((base / "documents").glob("part-*.parquet"))
    if not parts:
        raise StoreError(f"{directory}: no Parquet parts under documents/ (expected "
                         "DIR/parquet/documents/part-*.parquet)")
    added = dupes = 0
    rules = rules_fingerprint()
    doc_cols = ", ".join(f'"{c}"' for c in ["content_hash", *DOC_COLUMNS])
    with store.connect() as con:
        for part in parts:
            siblings = {name: base / name / part.name for name in FACT_TABLES}
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("""CREATE OR REPLACE TEMP TABLE _new AS
                    SELECT * FROM read_parquet(?) p
                    WHERE content_hash NOT IN (SELECT content_hash FROM documents)
                    QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY file) = 1""", [str(part)])
                n_new = con.execute("SELECT count(*) FROM _new").fetchone()[0]
                n_all = con.execute("SELECT count(*) FROM read_parquet(?)", [str(part)]).fetchone()[0]
                con.execute(f"""INSERT INTO documents ({doc_cols}, origin, raw_text, body, rules)
                    SELECT {doc_cols}, ?, raw_text, body, ? FROM _new""", [origin, rules])
                for name, path in siblings.items():
                    if not path.exists():
                        continue
                    fcols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[name])
                    con.execute(f"""INSERT INTO {name} (content_hash, seq, {fcols})
                        SELECT p.content_hash, CAST(p.seq AS INTEGER), {', '.join(f'p."{c}"' for c in TABLE_COLUMNS[name])}
                        FROM read_parquet(?) p SEMI JOIN _new n
                          ON p.content_hash = n.content_hash AND p.file = n.file""", [str(path)])
                con.execute("DROP TABLE _new")
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            added += n_new
            dupes += n_all - n_new
    fill_missing_terms(store)
    return added, dupes


__all__ = ["SEEDS_DIR", "add_bytes", "fill_missing_terms", "ingest_paths", "load_parquet", "open_store", "rebuild",
           "reextract"]
