"""Extraction throughput against bare jieba on the same clean text.

    python bench/extract_throughput.py [--quick] [--n 400] [--seed 7]

Times, in one run and on the same articles (a synthetic corpus from bench/make_corpus.py plus seeds/):
  - the whole extraction, bytes -> facts (decode, clean, zone, targets, industries, enterprises),
  - bare `jieba.lcut` over the cleaned bodies,
(best of three alternating rounds each), then splits the extraction time by stage so it is clear where the time goes. Speeds are in characters of
cleaned text per second. The LAST line is `chars/s=… jieba_chars/s=… ratio=…` (ratio = extraction / jieba;
goal ≥ 0.5). --quick uses fewer articles and finishes in well under 40 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a small corpus (finishes in < 40 s)")
    ap.add_argument("--n", type=int, default=None, help="synthetic articles (default 400, quick 60)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    n = args.n or (60 if args.quick else 400)

    import jieba
    from make_corpus import make_corpus
    from timing import alternating_best

    from devzone import pipeline
    from devzone.pipeline import extract_bytes
    from devzone.text import parse_article
    from devzone.zones import detect_zone

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(n, tmp, seed=args.seed) + sorted((ROOT / "seeds").iterdir())
        docs = [(p.name, p.read_bytes()) for p in paths]

    # warm up: dictionaries, lexicons, regex caches of both sides
    jieba.setLogLevel(60)
    jieba.initialize()
    extract_bytes(docs[0][1], docs[0][0])
    jieba.lcut(parse_article(docs[0][1], docs[0][0]).body)

    # three alternating rounds, best of each: both sides see the same machine load (it is shared)
    t_extract, t_jieba, bodies = alternating_best(docs, extract_bytes, jieba.lcut, rounds=3)
    chars = sum(len(b) for b in bodies)

    # where the time goes: each stage on its own, same articles
    stages = {"decode+clean": 0.0, "zone": 0.0, "targets": 0.0, "industries": 0.0, "enterprises": 0.0}
    for name, data in docs:
        t = time.perf_counter()
        article = parse_article(data, name)
        stages["decode+clean"] += time.perf_counter() - t
        t = time.perf_counter()
        detect_zone(article.title, article.body)
        stages["zone"] += time.perf_counter() - t
        for stage, func in (("targets", pipeline.extract_targets), ("industries", pipeline.extract_industries),
                            ("enterprises", pipeline.extract_enterprises)):
            t = time.perf_counter()
            func(article)
            stages[stage] += time.perf_counter() - t
    total = sum(stages.values())

    n_html = sum(name.endswith((".html", ".htm")) for name, _ in docs)
    print(f"articles: {len(docs)} ({n_html} HTML), clean text: {chars} chars, "
          f"{sum(len(d) for _, d in docs) / 1e6:.1f} MB raw")
    print(f"whole extraction: {t_extract:.2f} s ({t_extract / len(docs) * 1000:.1f} ms/article); "
          f"bare jieba.lcut: {t_jieba:.2f} s")
    print("time by stage (second pass):")
    for stage, secs in stages.items():
        print(f"  {stage:<13} {secs:7.2f} s  {secs / total * 100:5.1f} %  {chars / secs if secs else 0:12,.0f} chars/s")
    rate, jrate = chars / t_extract, chars / t_jieba
    print(f"chars/s={rate:.0f} jieba_chars/s={jrate:.0f} ratio={rate / jrate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
