"""Command line: `python -m devzone extract --out DIR PATH...` and store commands."""

from __future__ import annotations

import argparse
import sys

from devzone.pipeline import extract_paths, write_tables


def _report_errors(errors) -> None:
    for e in errors:
        print(f"error: {e.file}: {e.reason}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    tables, errors = extract_paths(args.paths)
    _report_errors(errors)
    write_tables(tables, args.out)
    n_docs = len(tables["documents"])
    print(f"extracted {n_docs} article(s): {len(tables['targets'])} figures, "
          f"{len(tables['industries'])} industries -> {args.out}"
          + (f"; {len(errors)} file(s) failed" if errors else ""))
    return 1 if errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="devzone", description="Extract and compare development-zone facts.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract articles into contract CSV tables")
    p.add_argument("--out", required=True, help="folder for documents.csv, targets.csv, industries.csv, ...")
    p.add_argument("paths", nargs="+", help="article files (.txt/.html) or folders of them")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
