"""CPU time of two versions of extraction in ONE process, interleaved article by article (for a loaded machine).

    python bench/extract_ab.py [--ref main | --ref-tree DIR] [--n 60] [--reps 7] [--quick] [--passes]

The reference version (git revision --ref, exported with `git archive`, or the devzone/ and data/ of
--ref-tree) is imported as the package `devzone_ref` next to the working tree's `devzone`; each article is
extracted from its bytes (`extract_bytes`) by both, in alternating order, then split by bare `jieba.lcut`,
each timed with `time.process_time`, `--reps` times. Reported: the sum over articles of each one's best
time per version (load from other processes only ever adds time), the saving, and jieba's CPU time over
the same bodies divided by each (the CPU-time counterpart of extract_throughput.py's ratio). Workload as
bench/extract_cpu.py (seeds, tests/fixtures, N synthetic articles); --quick: the throughput bench's own
articles only (the N synthetic ones and the seeds).
--passes: time whole passes instead (each round: every article by one version, then by the other, then jieba,
the versions' order alternating), and report the median over rounds of each pass's time.  The sum of per-article
bests leaves out any cost that falls on some article in every round (the cyclic garbage collector's passes);
a whole pass, as extract_throughput.py times it, counts them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

_IMPORTS = re.compile(r"\bdevzone(?=\.|\s+import\b|$)", re.M)  # devzone.x, from devzone import, import devzone


def install_reference(source: Path, dest: Path) -> None:
    """Copy source's devzone/ as dest/devzone_ref (its imports renamed) and its data/ beside it."""
    (dest / "devzone_ref").mkdir(parents=True)
    for py in (source / "devzone").glob("*.py"):
        (dest / "devzone_ref" / py.name).write_text(_IMPORTS.sub("devzone_ref", py.read_text("utf-8")), "utf-8")
    subprocess.run(["cp", "-r", str(source / "data"), str(dest / "data")], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--ref-tree", help="a folder holding the reference's devzone/ and data/ (instead of --ref)")
    ap.add_argument("--n", type=int, default=60, help="synthetic articles (default 60)")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="only the throughput bench's articles")
    ap.add_argument("--passes", action="store_true", help="time whole passes (median over rounds)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="devzone-ab-") as tmp:
        work = Path(tmp)
        if args.ref_tree:
            source, label = Path(args.ref_tree), args.ref_tree
        else:
            blob = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "devzone", "data"], check=True,
                                  capture_output=True).stdout
            with tarfile.open(fileobj=BytesIO(blob)) as tar:
                tar.extractall(work / "src", filter="data")
            source, label = work / "src", args.ref
        install_reference(source, work / "ref")
        sys.path.insert(0, str(work / "ref"))

        import jieba
        from devzone_ref.pipeline import extract_bytes as ref_extract
        from extract_cpu import workload

        from devzone.pipeline import extract_bytes as new_extract

        docs = workload(args.n, 7)
        if args.quick:
            seeds = {p.name for p in (ROOT / "seeds").iterdir()}
            docs = docs[-args.n:] + [d for d in docs if d[0] in seeds] if args.n else [d for d in docs if d[0] in seeds]
        bodies = [new_extract(data, name).article.body for name, data in docs]  # warm-up of both
        for name, data in docs:
            ref_extract(data, name)
        clock = time.process_time
        if args.passes:
            return _passes(docs, bodies, ref_extract, new_extract, jieba.lcut, args.reps, label)
        best = {k: [float("inf")] * len(docs) for k in ("ref", "new", "jieba")}
        for r in range(args.reps):
            for i, (name, data) in enumerate(docs):
                pair = [("ref", ref_extract), ("new", new_extract)]
                for key, extract in pair if (r + i) % 2 == 0 else pair[::-1]:
                    t = clock()
                    extract(data, name)
                    best[key][i] = min(best[key][i], clock() - t)
                t = clock()
                jieba.lcut(bodies[i])
                best["jieba"][i] = min(best["jieba"][i], clock() - t)
    ref, new, jb = (sum(best[k]) for k in ("ref", "new", "jieba"))
    print(f"articles: {len(docs)}, {args.reps} rounds; CPU time, sum of each article's best: "
          f"{label} {ref:.3f} s, working tree {new:.3f} s ({(1 - new / ref) * 100:+.1f} % saved); "
          f"jieba {jb:.3f} s: cpu_ratio {jb / ref:.2f} -> {jb / new:.2f}")
    return 0


def _passes(docs: list[tuple[str, bytes]], bodies: list[str], ref_extract: Callable[[bytes, str], object],
            new_extract: Callable[[bytes, str], object], segment: Callable[[str], object], reps: int,
            label: str) -> int:
    """Whole passes over docs by each version and by jieba, `reps` rounds; medians over rounds."""
    clock = time.process_time
    times: dict[str, list[float]] = {"ref": [], "new": [], "jieba": []}
    for r in range(reps):
        pair = [("ref", ref_extract), ("new", new_extract)]
        for key, extract in pair if r % 2 == 0 else pair[::-1]:
            t = clock()
            for name, data in docs:
                extract(data, name)
            times[key].append(clock() - t)
        t = clock()
        for body in bodies:
            segment(body)
        times["jieba"].append(clock() - t)
    ref, new, jb = (statistics.median(times[k]) for k in ("ref", "new", "jieba"))
    saved = statistics.median(1 - n / r for r, n in zip(times["ref"], times["new"], strict=True))
    print(f"articles: {len(docs)}, {reps} rounds of whole passes; CPU time, median pass: {label} {ref:.3f} s, "
          f"working tree {new:.3f} s (median of the rounds' savings {saved * 100:+.1f} %); jieba {jb:.3f} s: "
          f"cpu_ratio {jb / ref:.2f} -> {jb / new:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
