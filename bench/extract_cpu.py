"""CPU time of extraction over a fixed workload, steadier than wall time on a shared machine.

    python bench/extract_cpu.py [--n 60] [--reps 5] [--profile 30] [--code DIR]

Workload: the seeds, every article under tests/fixtures/ and N synthetic articles (bench/make_corpus.py,
seed 7; the first 60 are the quick throughput bench's). After a warm-up extraction, each repetition
extracts every article from its bytes (`extract_bytes`, as the throughput bench does) and bare `jieba.lcut`
runs over the cleaned bodies, both timed with `time.process_time` (CPU time of this process, not the wall
clock other processes stretch); the best of each is reported with their ratio. --profile N prints the
N functions with the most own time under cProfile (one more pass). --code DIR extracts with the devzone
package of another tree (e.g. `git archive main devzone data | tar -x -C DIR`), to compare two versions in
alternating runs on the same workload.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
if "--code" in sys.argv:  # before anything imports devzone
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve()))


def workload(n: int, seed: int) -> list[tuple[str, bytes]]:
    from make_corpus import make_corpus

    from devzone.text import ARTICLE_SUFFIXES

    paths = sorted((ROOT / "seeds").iterdir())
    paths += sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
    with tempfile.TemporaryDirectory() as tmp:
        paths += make_corpus(n, tmp, seed=seed)
        return [(p.name, p.read_bytes()) for p in paths]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=60, help="synthetic articles (default 60)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, help="print the N functions with the most own time")
    ap.add_argument("--code", help="a tree whose devzone package to time instead of this one")
    args = ap.parse_args(argv)

    import jieba
    from timing import alternating_best

    from devzone.pipeline import extract_bytes

    docs = workload(args.n, args.seed)
    import devzone

    print(f"code: {Path(devzone.__file__).resolve().parent.parent}")
    jieba.setLogLevel(60)
    jieba.initialize()
    for name, data in docs:  # warm-up pass
        extract_bytes(data, name)
    best_extract, best_jieba, bodies = alternating_best(docs, extract_bytes, jieba.lcut, rounds=args.reps,
                                                        clock=time.process_time)
    chars = sum(len(b) for b in bodies)
    print(f"articles: {len(docs)}, clean text: {chars} chars")
    print(f"cpu extract={best_extract:.3f}s jieba={best_jieba:.3f}s cpu_ratio={best_jieba / best_extract:.2f}")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for name, data in docs:
            extract_bytes(data, name)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
