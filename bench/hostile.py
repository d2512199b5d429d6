"""Hostile and huge inputs: extraction speed per crafted case against bare jieba on the same text.

    python bench/hostile.py [--only NAME ...] [--scale 1.0] [--list]

Each case is one article built here (the cases of issue 14 and more): a figure or an industry phrase
repeated thousands of times, a line with no punctuation, a realistic article near the 10 MB limit, deep
HTML, long 、-lists, Chinese numerals that overflow a float... For each case the article's bytes go through
the whole extraction (decode, clean, zone, targets, industries, enterprises: `extract_bytes`) in a child
process, then `jieba.lcut` runs over the same decoded text. Printed per case: input bytes, characters,
seconds, chars/s of the extraction, chars/s of jieba and their ratio, the figures/industries found, and
the outcome (ok, or the refusal's message, e.g. the per-article time budget). Goal: no ratio below 0.25,
no case over 10 s. --scale shrinks every case (0.1 for a quick look).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HEAD = "富阳经济技术开发区2024年工作要点\n发布时间:2024-02-01\n"
LIMIT = 10_000_000 - 4096  # just under the size limit of one article (devzone.text.MAX_BYTES)


def _repeat(unit: str, total_chars: int) -> str:
    return unit * max(1, total_chars // len(unit))


def _realistic(total_bytes: int) -> str:
    """A long article made of varied genre sentences (the benchmark's synthetic templates), no two alike."""
    from make_corpus import load_zones, make_article

    rng = random.Random(7)
    zones = load_zones()
    parts: list[str] = []
    size = 0
    serial = 0
    budget = total_bytes - len(HEAD.encode("utf-8"))
    while True:  # whole synthetic bodies while they fit under total_bytes (the limit must not refuse the case)
        _, text = make_article(rng, zones, serial)
        body = "\n".join(line for line in text.split("\n")[3:] if len(line) > 20)
        if size + len(body.encode("utf-8")) + 1 > budget:
            break
        parts.append(body)
        size += len(body.encode("utf-8")) + 1
        serial += 1
    return HEAD + "\n".join(parts)


def cases(scale: float) -> dict[str, Callable[[], bytes]]:
    """name -> builder of the case's bytes (built in the child, so a big case costs the parent nothing)."""
    kb = lambda n: int(n * 1024 * scale)  # noqa: E731
    chars = lambda n_bytes: n_bytes // 3  # noqa: E731  (CJK is 3 bytes in UTF-8)
    u = lambda s: (HEAD + s).encode("utf-8")  # noqa: E731
    return {
        # the cases of issue 14
        "pct-30KB": lambda: u("今年力争增长" + _repeat("12.5%", kb(30)) + "。"),
        "yiyuan-x8000": lambda: u("今年力争实现" + "100亿元" * max(1, int(8000 * scale)) + "。"),
        "industry-phrase": lambda: u(_repeat("生物医药等产业", chars(kb(300)))),
        "output-phrase": lambda: u(_repeat("工业产值100亿元", chars(kb(300)))),
        "realistic-9.9MB": lambda: _realistic(int(LIMIT * scale)).encode("utf-8"),
        "no-punct-5MB": lambda: u(_repeat("开发区重点发展生物医药新材料产业园区建设项目投资", chars(int(5 * 1024 * 1024 * scale)))),
        "yiwan-x80": lambda: u("今年实现产值" + "一万" * 80 + "亿元。"),
        # our own
        "pct-sentences-1MB": lambda: u(_repeat("增长12.5%。", chars(kb(1024)))),
        "yuji-x": lambda: u(_repeat("预计2023年增长5%,", chars(kb(300)))),
        "list-dunhao-1MB": lambda: u("重点发展" + _repeat("生物医药、", chars(kb(1024))) + "等产业。"),
        "cong-tisheng": lambda: u(_repeat("从10亿元提升到20亿元", chars(kb(300)))),
        "enterprise-list": lambda: u("引进" + _repeat("华鼎科技有限公司、", chars(kb(300))) + "等龙头企业。"),
        "one-para-1MB": lambda: u(_repeat("今年力争实现工业产值100亿元,同比增长12%,引进项目5个。", chars(kb(1024)))),
        "short-lines-5MB": lambda: u(_repeat("开发区\n", chars(int(5 * 1024 * 1024 * scale)))),
        "repeated-paras": lambda: u(_repeat("今年力争实现工业产值100亿元,引进项目5个,重点发展生物医药产业。\n",
                                            chars(kb(2048)))),
        "deep-html-1MB": lambda: ("<html><body>" + "<div>" * int(20000 * scale) + "开发区今年力争实现产值100亿元。"
                                  + "</div>" * int(20000 * scale) + "</body></html>").encode("utf-8"),
        "digits-1MB": lambda: u(_repeat("1234567890", kb(1024))),
        "ascii-words": lambda: ("The zone will grow output by 12.5% to 100 million yuan. " * 2000).encode("utf-8"),
        "huge-numeral": lambda: u("产值" + "9" * 5000 + "亿元,投资" + "1" + "0" * 400 + "万元。"),
        "nul-late": lambda: u(_repeat("今年力争实现工业产值100亿元。", 3000)) + b"\x00" + u("引进项目5个。"),
    }


def _run_case(name: str, scale: float, queue) -> None:
    import jieba

    from devzone.pipeline import extract_bytes, warm_up
    from devzone.text import ArticleError, decode_bytes

    jieba.setLogLevel(60)
    jieba.initialize()
    warm_up()
    data = cases(scale)[name]()
    try:
        text, _ = decode_bytes(data, name)
    except ArticleError:
        text = data.decode("utf-8", errors="replace")
    t0 = time.perf_counter()
    try:
        facts = extract_bytes(data, name + (".html" if name.startswith("deep-html") else ".txt"))
        outcome = f"ok targets={len(facts.targets)} industries={len(facts.industries)} enterprises={len(facts.enterprises)}"
    except ArticleError as e:
        outcome = f"refused: {e.reason}"
    except Exception as e:  # the bench reports a crash, it does not hide it
        outcome = f"CRASH {type(e).__name__}: {e}"
    seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    jieba.lcut(text)
    jieba_seconds = time.perf_counter() - t0
    queue.put((len(data), len(text), seconds, jieba_seconds, outcome))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="case names (default: all)")
    ap.add_argument("--scale", type=float, default=1.0, help="shrink every case (0.1: a quick look)")
    ap.add_argument("--timeout", type=float, default=300.0, help="give up on a case after this many seconds")
    ap.add_argument("--list", action="store_true", help="list the case names and exit")
    args = ap.parse_args(argv)
    names = list(cases(args.scale))
    if args.list:
        print("\n".join(names))
        return 0
    ctx = mp.get_context("spawn")
    worst = float("inf")
    slowest = 0.0
    print(f"{'case':<20}{'bytes':>11}{'chars':>10}{'s':>8}{'chars/s':>11}{'jieba/s':>11}{'ratio':>7}  outcome")
    for name in args.only or names:
        queue = ctx.Queue()
        proc = ctx.Process(target=_run_case, args=(name, args.scale, queue))
        t0 = time.perf_counter()
        proc.start()
        proc.join(args.timeout)
        if proc.is_alive():
            proc.kill()
            proc.join()
            print(f"{name:<20}{'':>11}{'':>10}{time.perf_counter() - t0:>8.1f}  TIMEOUT", flush=True)
            worst, slowest = 0.0, max(slowest, args.timeout)
            continue
        try:
            n_bytes, n_chars, s, js, outcome = queue.get(timeout=5)
        except Exception:  # the child died before reporting
            print(f"{name:<20}  CHILD DIED (exit code {proc.exitcode})", flush=True)
            worst = 0.0
            continue
        speed, jspeed = n_chars / max(s, 1e-9), n_chars / max(js, 1e-9)
        ratio = speed / jspeed
        worst, slowest = min(worst, ratio), max(slowest, s)
        print(f"{name:<20}{n_bytes:>11}{n_chars:>10}{s:>8.2f}{speed:>11.0f}{jspeed:>11.0f}{ratio:>7.2f}  {outcome}",
              flush=True)
    print(f"worst_ratio={worst:.2f} slowest_s={slowest:.1f} goal: ratio >= 0.25, seconds <= 10")
    return 0 if worst >= 0.25 and slowest <= 10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
