"""Command line: `python -m devzone extract --out DIR PATH...` and store commands.

    python -m devzone extract --out DIR PATH...      contract CSVs straight from articles
    python -m devzone ingest PATH...                 add articles to the store (built from seeds/ first)
    python -m devzone export --out DIR               contract CSVs from the store
    python -m devzone rebuild                        re-extract every stored article from its raw text
    python -m devzone info                           store path, schema, row counts

The store is $DEVZONE_STORE (else data/devzone.duckdb); `--store PATH` overrides both. Errors name the file
and the reason on stderr; the exit code is 1 when anything failed, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from devzone import ingest
from devzone.distributed import dask_extract, extract_to_csv
from devzone.pipeline import extract_paths, write_tables
from devzone.store import StoreError


def _report_errors(errors) -> None:
    for e in errors:
        print(f"error: {e.file}: {e.reason}", file=sys.stderr)


def _store_path(args: argparse.Namespace):
    return Path(args.store) if getattr(args, "store", None) else None


def cmd_extract(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        tables, errors = dask_extract(args.paths, args.out, scheduler=args.scheduler, n_workers=args.workers or 2,
                                      processes=not args.threads)
    elif args.workers:  # a process pool (1 = here), rows streamed to the CSVs: memory stays flat
        counts, errors = extract_to_csv(args.paths, args.out, args.workers)
        _report_errors(errors)
        print(f"extracted {counts['documents']} article(s): {counts['targets']} figures, "
              f"{counts['industries']} industries -> {args.out}"
              + (f"; {len(errors)} file(s) failed" if errors else ""))
        return 1 if errors else 0
    else:
        tables, errors = extract_paths(args.paths)
    _report_errors(errors)
    write_tables(tables, args.out)
    n_docs = len(tables["documents"])
    print(f"extracted {n_docs} article(s): {len(tables['targets'])} figures, "
          f"{len(tables['industries'])} industries -> {args.out}"
          + (f"; {len(errors)} file(s) failed" if errors else ""))
    return 1 if errors else 0


def _open(args: argparse.Namespace, seeds: bool = True):
    return ingest.open_store(_store_path(args), seeds_dir=ingest.SEEDS_DIR if seeds else None)


def cmd_ingest(args: argparse.Namespace) -> int:
    store = _open(args, seeds=not args.no_seeds)

    def progress(status: str, file: str) -> None:
        if args.verbose:
            print(f"{status} {file}", flush=True)

    if args.engine == "dask":
        with tempfile.TemporaryDirectory(prefix="devzone-parquet-") as tmp:
            out = args.parquet_dir or tmp
            _, errors = dask_extract(args.paths, out, scheduler=args.scheduler, n_workers=args.workers or 2,
                                     processes=not args.threads)
            added, dupes = ingest.load_parquet(store, out, origin=args.origin)
    else:
        try:
            added, dupes, errors = ingest.ingest_paths(store, args.paths, origin=args.origin,
                                                      workers=args.workers or 1, progress=progress)
        except ingest.IngestStopped as stop:
            _report_errors(stop.errors)
            for file in stop.not_stored:
                print(f"not stored: {file}", file=sys.stderr)
            print(f"error: {stop.cause}", file=sys.stderr)
            print(f"ingest stopped: {stop.added} new article(s) stored before the fault are kept; "
                  f"{len(stop.not_stored)} article(s) not stored"
                  + (f" and {stop.unread} file(s) not read" if stop.unread else "")
                  + "; run the same command again once fixed to store them", file=sys.stderr)
            return 1
    _report_errors(errors)
    print(f"ingested into {store.path}: {added} new article(s), {dupes} already stored"
          + (f"; {len(errors)} file(s) failed" if errors else ""))
    return 1 if errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args)
    written = store.export(args.out)
    counts = store.counts()
    print(f"exported {counts['documents']} article(s), {counts['targets']} figures, {counts['industries']} "
          f"industries, {counts['enterprises']} enterprises from {store.path} -> "
          + ", ".join(str(p) for p in written))
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    store = _open(args)
    n, errors = ingest.rebuild(store, workers=args.workers or 1)
    for e in errors:
        print(f"error: {e.file}: {e.reason} (kept its previous rows)", file=sys.stderr)
    print(f"rebuilt {n} article(s) in {store.path}" + (f"; {len(errors)} failed" if errors else ""))
    return 1 if errors else 0


def cmd_info(args: argparse.Namespace) -> int:
    store = _open(args)
    size = store.path.stat().st_size if store.path.exists() else 0
    print(f"store: {store.path} ({size / 1e6:.1f} MB), schema v{store.schema_version()}")
    counts = store.check()  # reads every table: a damaged store is reported here (StoreDamagedError)
    for name, n in counts.items():
        print(f"  {name}: {n}")
    print("  every table read back: OK")
    stale = store.stale_count()
    if stale:
        print(f"  {stale} article(s) were extracted by older rules: run `python -m devzone rebuild`")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="devzone", description="Extract and compare development-zone facts.")
    sub = parser.add_subparsers(dest="command", required=True)

    def store_opt(p):
        p.add_argument("--store", help="store file (default: $DEVZONE_STORE or data/devzone.duckdb)")

    def engine_opts(p):
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local (this machine, --workers processes) or dask (a Dask cluster)")
        p.add_argument("--workers", type=int, default=None,
                       help="local: extract on N processes (extract streams rows to the CSVs); "
                            "dask: LocalCluster workers (default 2)")
        p.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
        p.add_argument("--threads", action="store_true", help="dask LocalCluster: thread workers, not processes")

    p = sub.add_parser("extract", help="extract articles into contract CSV tables")
    p.add_argument("--out", required=True, help="folder for documents.csv, targets.csv, industries.csv, ...")
    p.add_argument("paths", nargs="+", help="article files (.txt/.html) or folders of them")
    engine_opts(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="add articles to the store (one transaction per article)")
    p.add_argument("paths", nargs="+", help="article files (.txt/.html) or folders of them")
    p.add_argument("--origin", default="user", help="label kept with each article (default: user)")
    p.add_argument("--no-seeds", action="store_true", help="do not load seeds/ into a new, empty store")
    p.add_argument("--parquet-dir", help="dask: keep the Parquet parts in this folder")
    p.add_argument("-v", "--verbose", action="store_true", help="print one line per file")
    store_opt(p)
    engine_opts(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="write the contract CSVs from the store")
    p.add_argument("--out", required=True, help="folder for documents.csv, targets.csv, industries.csv, ...")
    store_opt(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("rebuild", help="re-extract every stored article from its raw text")
    p.add_argument("--workers", type=int, default=None, help="extraction processes (default 1)")
    store_opt(p)
    p.set_defaults(func=cmd_rebuild)

    p = sub.add_parser("info", help="store path, schema version and row counts")
    store_opt(p)
    p.set_defaults(func=cmd_info)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: articles already reported as stored are kept", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"error: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return 1
