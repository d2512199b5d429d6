"""Scale run: extraction on 1 and 2 processes, the store, and the dashboard's query latency.

    python bench/scale.py [--n 10000] [--workdir out/scale] [--doc docs/PERFORMANCE.md]

1. writes a synthetic corpus of N articles (bench/make_corpus.py, seed 7) unless WORKDIR/corpus has it;
2. times `python -m devzone extract --workers 1` and `--workers 2` over it (wall time, peak memory of the
   whole process tree as PSS and as summed RSS, sampled every 0.2 s);
3. times `python -m devzone ingest --workers 2` into a fresh store WORKDIR/store.duckdb; reports its size;
4. times the dashboard's queries (its own loaders, caches cleared; each opens its own connection) and the
   store's other queries: median and max of 15 runs;
5. times each dashboard page (AppTest): first view, rerun, one zone selected;
6. writes the figures, the machine and the command into --doc (skip with --doc '').
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines()
                          if x.startswith("MemTotal")).split()[1])
    except (OSError, StopIteration):
        mem_kb = 0
    import duckdb
    import pandas

    return {"nproc": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1), "cpu": cpu or platform.processor(),
            "python": platform.python_version(), "duckdb": duckdb.__version__, "pandas": pandas.__version__,
            "os": platform.platform()}


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """Run cmd; wall time and the peak memory of its process tree, sampled every 0.2 s, two ways: the sum
    of the processes' PSS (shared pages - the forked workers' common dictionaries - counted once: the
    memory the run takes from the machine) and the sum of their RSS (shared pages counted in every process)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_pss = peak_rss = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            pss = rss = 0
            for p in [root, *root.children(recursive=True)]:
                try:
                    info = p.memory_full_info()
                    pss += info.pss
                    rss += info.rss
                except psutil.Error:
                    pass
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"wall_s": round(wall, 1), "peak_mb": round(peak_pss / 1e6), "peak_rss_mb": round(peak_rss / 1e6),
            "stdout": out.strip().splitlines()[-1:], "errors": err.count("error:")}


def latency(store_path: Path) -> list[dict]:
    """Median and max of 15 runs of each query the dashboard makes (its own loaders, cache cleared before
    each run, so every run reads the store), and of the store's other query functions."""
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    os.environ["DEVZONE_STORE"] = str(store_path)
    from devzone.store import Store
    from devzone_app import data as app_data

    store = Store(store_path)
    facets = store.facets()
    zones = facets["zones"][:3]
    years = facets["years"][-2:]
    cats = facets["categories"][:2]
    some_file = store.query("SELECT file FROM documents LIMIT 1")["file"].iloc[0]

    def page_data(f: app_data.Filters, table: str):
        def run():
            app_data.load_filtered.clear()
            return app_data.filtered(f, table)
        return run

    def sidebar():
        app_data.load_facets.clear()
        return app_data.load_facets(str(store_path), 0)

    queries = [
        ("dashboard: sidebar options", sidebar),
        ("dashboard: targets, 1 zone", page_data(app_data.Filters(zones=zones[:1]), "targets")),
        ("dashboard: targets, 3 zones", page_data(app_data.Filters(zones=zones), "targets")),
        ("dashboard: targets, 3 zones + target + last 2 years",
         page_data(app_data.Filters(zones=zones, kind="target", years=years), "targets")),
        ("dashboard: targets, 2 categories", page_data(app_data.Filters(target_category=cats), "targets")),
        ("dashboard: industries, 3 zones", page_data(app_data.Filters(zones=zones), "industries")),
        ("dashboard: industries, 1 category",
         page_data(app_data.Filters(industry_category=facets["industry_categories"][:1]), "industries")),
        ("dashboard: enterprises, 3 zones", page_data(app_data.Filters(zones=zones), "enterprises")),
        ("dashboard: one article (sources page)", lambda: (app_data.load_file_tables.clear(),
                                                           app_data.file_tables(some_file))[1]),
        ("dashboard: targets, no filter (first view)", page_data(app_data.Filters(), "targets")),
        ("dashboard: industries, no filter (first view)", page_data(app_data.Filters(), "industries")),
        ("store: zone_summary()", lambda: store.zone_summary()),
        ("store: filter_targets(zones=3) with zone info, sorted", lambda: store.filter_targets(zones=zones)),
        ("store: tables() — everything", lambda: store.tables()),
    ]
    out = []
    for name, q in queries:
        q()  # warm the OS file cache
        times, rows = [], 0
        for _ in range(15):
            t = time.perf_counter()
            result = q()
            times.append((time.perf_counter() - t) * 1000)
        if hasattr(result, "__len__"):
            rows = len(result) if not isinstance(result, dict) else sum(len(v) for v in result.values())
        out.append({"query": name, "median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1),
                    "rows": rows})
    return out


def page_times(store_path: Path) -> list[dict]:
    """Script time of each dashboard page (streamlit AppTest, the real page files): the first run on a fresh
    process (empty caches), a rerun (caches warm) and a run filtered to one zone."""
    code = r"""
import glob, json, logging, os, sys, time
logging.disable(logging.WARNING)
from streamlit.testing.v1 import AppTest
from devzone.store import Store
zone = Store(os.environ["DEVZONE_STORE"]).zone_summary()["zone"].iloc[0]
out = []
for page in sorted(p for p in glob.glob(sys.argv[1] + "/pages/*.py") if not p.endswith("7_add.py")):
    at = AppTest.from_file(page, default_timeout=600)
    t = time.perf_counter(); at.run(); first = time.perf_counter() - t
    t = time.perf_counter(); at.run(); rerun = time.perf_counter() - t
    one = AppTest.from_file(page, default_timeout=600)
    one.query_params["zone"] = zone
    t = time.perf_counter(); one.run(); zone_s = time.perf_counter() - t
    out.append({"page": os.path.basename(page), "first_s": round(first, 2), "rerun_s": round(rerun, 2),
                "one_zone_s": round(zone_s, 2), "errors": bool(at.exception or one.exception)})
print(json.dumps(out))
"""
    r = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "DEVZONE_STORE": str(store_path)})
    if r.returncode:
        raise SystemExit(f"page timing failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def write_doc(doc: Path, res: dict) -> None:
    m = res["machine"]
    lines = [
        "# Performance",
        "",
        f"Measured {res['date']} with `{res['command']}` (the scale run) and "
        f"`python bench/extract_throughput.py` (throughput against jieba).",
        "",
        f"Machine: {m['nproc']} cores (`nproc`), {m['ram_gb']} GB RAM, {m['cpu']}; Python {m['python']}, "
        f"DuckDB {m['duckdb']}, pandas {m['pandas']}; {m['os']}. Nothing else ran during the measurements.",
        "",
        f"## Scale: {res['n']:,} synthetic articles ({res['corpus_mb']} MB, `bench/make_corpus.py`, seed 7)",
        "",
        "| step | wall time | peak memory (PSS, process tree) | same, RSS summed | articles/s |",
        "|---|---|---|---|---|",
    ]
    for key, label in (("extract_1", "extract, 1 process (`extract --workers 1`)"),
                       ("extract_2", "extract, 2 processes (`extract --workers 2`)"),
                       ("ingest_2", "ingest into the store, 2 extraction processes")):
        r = res[key]
        lines.append(f"| {label} | {r['wall_s']} s | {r['peak_mb']} MB | {r.get('peak_rss_mb', '–')} MB | "
                     f"{res['n'] / r['wall_s']:.0f} |")
    speedup = res["extract_1"]["wall_s"] / res["extract_2"]["wall_s"]
    lines += [
        "",
        f"2 processes are {speedup:.2f}× faster than 1. Peak memory goal < 1 GB: "
        f"{'met' if max(res[k]['peak_mb'] for k in ('extract_1', 'extract_2', 'ingest_2')) < 1000 else 'NOT met'}.",
        "",
        f"Store: {res['store_mb']} MB on disk for {res['counts']['documents']:,} documents, "
        f"{res['counts']['targets']:,} targets, {res['counts']['industries']:,} industries, "
        f"{res['counts']['enterprises']:,} enterprises (raw and clean text of every article included).",
        "",
        "## Dashboard query latency (store above; each call opens and closes its own connection)",
        "",
        "| query | median | max of 15 | rows |",
        "|---|---|---|---|",
    ]
    for q in res["latency"]:
        lines.append(f"| `{q['query']}` | {q['median_ms']} ms | {q['max_ms']} ms | {q['rows']:,} |")
    filtered = [q for q in res["latency"] if q["query"].startswith("dashboard:") and "no filter" not in q["query"]]
    worst = max(filtered, key=lambda q: q["max_ms"])
    lines += ["", f"Goal < 300 ms for the dashboard's filter queries: worst case {worst['max_ms']} ms "
              f"(`{worst['query']}`) — {'met' if worst['max_ms'] < 300 else 'NOT met'}."]
    if res.get("pages"):
        lines += ["", "## Dashboard pages (store above; script time of each page, `streamlit.testing` AppTest)", "",
                  "| page | first view, empty caches | rerun | one zone selected |", "|---|---|---|---|"]
        for p in res["pages"]:
            lines.append(f"| `{p['page']}` | {p['first_s']} s | {p['rerun_s']} s | {p['one_zone_s']} s |")
    if res.get("throughput"):
        lines += ["", "## Extraction throughput against jieba (`python bench/extract_throughput.py`)", "", "```",
                  *res["throughput"], "```"]
    if doc.exists():
        old = doc.read_text(encoding="utf-8")
        marker = "\n## Notes"
        if marker in old:
            lines += ["", old[old.index(marker) + 1:].rstrip()]
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--workdir", default=str(ROOT / "out" / "scale"))
    ap.add_argument("--doc", default=str(ROOT / "docs" / "PERFORMANCE.md"))
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--only-store", action="store_true",
                    help="re-measure only ingest, store and latency; keep the other figures of WORKDIR/scale.json")
    ap.add_argument("--only-pages", action="store_true",
                    help="re-measure only the dashboard pages against WORKDIR/store.duckdb; keep the other figures")
    ap.add_argument("--only-extract", action="store_true",
                    help="re-measure only the extraction steps; keep the other figures of WORKDIR/scale.json")
    args = ap.parse_args(argv)

    from make_corpus import make_corpus

    work = Path(args.workdir)
    corpus = work / f"corpus-{args.n}"
    if not corpus.is_dir() or sum(1 for _ in corpus.iterdir()) != args.n:
        shutil.rmtree(corpus, ignore_errors=True)
        make_corpus(args.n, corpus, seed=7)
    res: dict = {"n": args.n, "machine": machine(), "date": date.today().isoformat(),
                 "command": "python bench/scale.py" + (f" --n {args.n}" if args.n != 10000 else ""),
                 "corpus_mb": round(sum(p.stat().st_size for p in corpus.iterdir()) / 1e6, 1)}
    py = sys.executable
    if args.only_pages:
        prior = work / "scale.json"
        res = {**json.loads(prior.read_text(encoding="utf-8")), "machine": res["machine"], "date": res["date"]}
        res["pages"] = page_times(work / "store.duckdb")
        print(res["pages"], flush=True)
        (work / "scale.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.doc:
            write_doc(Path(args.doc), res)
        return 0
    if args.only_extract or args.only_store:
        prior = work / "scale.json"
        old = json.loads(prior.read_text(encoding="utf-8")) if prior.exists() else {}
        res = {**old, **{k: res[k] for k in ("machine", "date", "corpus_mb")}}
    for w in (1, 2) if not args.only_store else ():
        res[f"extract_{w}"] = measure([py, "-m", "devzone", "extract", "--workers", str(w), "--out",
                                       str(work / f"csv-{w}"), str(corpus)])
        print(f"extract, {w} process(es): {res[f'extract_{w}']}", flush=True)
    if args.only_extract:
        (work / "scale.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.doc:
            write_doc(Path(args.doc), res)
        return 0
    store = work / "store.duckdb"
    for f in (store, store.with_name(store.name + ".wal")):
        f.unlink(missing_ok=True)
    res["ingest_2"] = measure([py, "-m", "devzone", "ingest", "--no-seeds", "--workers", "2", str(corpus)],
                              env={"DEVZONE_STORE": str(store)})
    print(f"ingest, 2 processes: {res['ingest_2']}", flush=True)
    from devzone.store import Store

    s = Store(store)
    res["counts"] = s.counts()
    res["store_mb"] = round(sum(f.stat().st_size for f in work.glob("store.duckdb*")) / 1e6, 1)
    res["latency"] = latency(store)
    for q in res["latency"]:
        print(q, flush=True)
    res["pages"] = page_times(store)
    print(res["pages"], flush=True)
    if not args.skip_throughput:
        r = subprocess.run([py, str(ROOT / "bench" / "extract_throughput.py")], capture_output=True, text=True,
                           cwd=ROOT)
        res["throughput"] = r.stdout.strip().splitlines()
        print("\n".join(res["throughput"]), flush=True)
    (work / "scale.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.doc:
        write_doc(Path(args.doc), res)
        print(f"wrote {args.doc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
