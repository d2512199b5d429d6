"""Check that two versions of the code extract byte-identical tables (for speed work that must not change output).

    python bench/same_output.py [--ref main] [--n 150] [--seed 7] [--keep DIR]

Extracts the seeds, every labelled set under tests/fixtures/ and N synthetic articles (bench/make_corpus.py,
the bench's generator) with the code of git revision --ref (exported with `git archive` into a temporary
folder) and with the working tree, each in its own process, and compares the CSV tables they write
(documents, targets, industries, enterprises, and the list of refused files) byte for byte. The reference
output is cached under the system's temp folder by the revision's commit id, so a second check of the same
revision (and the same input sets) only extracts the working tree. Exit code 0 when every file is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# run inside the code tree under test: extract every input set into its own folder of CSVs
_DRIVER = r"""
import sys
from pathlib import Path
code, out, sets = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
sys.path.insert(0, code)
from devzone.pipeline import extract_paths, write_tables
for item in sets:
    name, path = item.split("=", 1)
    tables, errors = extract_paths([path])
    write_tables(tables, out / name)
    (out / name / "errors.txt").write_text("".join(f"{e.file}: {e.reason}\n" for e in errors), encoding="utf-8")
"""


def input_sets(corpus_dir: Path) -> list[str]:
    """name=path pairs: seeds, each fixture folder, the synthetic corpus."""
    sets = [f"seeds={ROOT / 'seeds'}"]
    sets += [f"{d.name}={d}" for d in sorted((ROOT / "tests" / "fixtures").iterdir()) if d.is_dir()]
    sets.append(f"synthetic={corpus_dir}")
    return sets


def export_revision(rev: str, dest: Path) -> None:
    """The tree of revision `rev` (its devzone/ and data/) into dest."""
    blob = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "devzone", "data"], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(dest, filter="data")


def extract_with(code: Path, out: Path, sets: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", _DRIVER, str(code), str(out), *sets], check=True, cwd=code)


def compare(ref: Path, new: Path) -> list[str]:
    """Relative paths of the files that differ or exist on one side only."""
    ref_files = {p.relative_to(ref) for p in ref.rglob("*") if p.is_file()}
    new_files = {p.relative_to(new) for p in new.rglob("*") if p.is_file()}
    diffs = sorted(str(p) + " (one side only)" for p in ref_files ^ new_files)
    diffs += sorted(str(p) for p in ref_files & new_files if not filecmp.cmp(ref / p, new / p, shallow=False))
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--n", type=int, default=150, help="synthetic articles (default 150)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="write the working tree's tables here (default: a temporary folder)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import make_corpus

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", args.ref], check=True, capture_output=True,
                            text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="devzone-same-output-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        make_corpus(args.n, corpus, seed=args.seed)
        sets = input_sets(corpus)
        # the cache is keyed by the input sets too: a fixture folder added since gets a new reference
        names = hashlib.sha1(" ".join(item.split("=", 1)[0] for item in sets).encode()).hexdigest()[:8]
        cache = Path(tempfile.gettempdir()) / f"devzone-same-output-{commit[:12]}-n{args.n}-s{args.seed}-{names}"
        if not (cache / "done").exists():
            code = work / "ref-code"
            export_revision(commit, code)
            extract_with(code, cache, sets)
            (cache / "done").write_text(commit)
        new = Path(args.keep) if args.keep else work / "new"
        extract_with(ROOT, new, sets)
        ref_out = cache
        diffs = [d for d in compare(ref_out, new) if d != "done (one side only)"]
    n_files = sum(1 for p in cache.rglob("*.csv"))
    if diffs:
        print(f"DIFFERENT from {args.ref} ({commit[:8]}): " + ", ".join(diffs))
        return 1
    print(f"identical to {args.ref} ({commit[:8]}): {n_files} tables over {len(sets)} input sets "
          f"(seeds, {len(sets) - 2} fixture folders, {args.n} synthetic articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
