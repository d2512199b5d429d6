"""Time from `streamlit run dashboard.py` to zone data on screen, in headless Chromium.

    python bench/startup.py                 # a fresh store: built from seeds/ at start-up
    python bench/startup.py --store PATH    # an existing store file
    python bench/startup.py --runs 3

Starts the server at t=0 and a browser next to it, opens the overview as soon as the port answers, and
records: port open, first navigation drawn (and every navigation label seen while loading: file names must
never show), progress indicator seen, and the first zone name of the store inside the page (zone data on
screen). Goal: zone data within 5 s of `streamlit run`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ZONE_WORDS = ("开发区", "高新区", "园区")  # a zone card's name holds one of these


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def one_run(store: Path | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="devzone-startup-") as tmp:
        return _run_in(Path(tmp), store)


def _run_in(work: Path, store: Path | None) -> dict:
    store_file = store or work / "devzone.duckdb"
    port = _free_port()
    env = {**os.environ, "DEVZONE_STORE": str(store_file), "PYTHONUNBUFFERED": "1"}
    log = open(work / "streamlit.log", "w+")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless",
                                 "true", "--server.port", str(port)], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        res: dict = {"fresh_store": store is None}
        try:
            while not _port_open(port):
                if proc.poll() is not None or time.perf_counter() - t0 > 120:
                    raise RuntimeError("streamlit did not start")
                time.sleep(0.05)
            res["port_open_s"] = round(time.perf_counter() - t0, 2)
            page.goto(f"http://localhost:{port}/", wait_until="commit")
            nav_seen: set[str] = set()
            while time.perf_counter() - t0 < 120:
                state = page.evaluate("""() => ({
                    nav: Array.from(document.querySelectorAll('[data-testid=stSidebarNav] a, '
                        + '[data-testid=stSidebar] [data-testid=stPageLink] a')).map(a => a.innerText.trim()),
                    progress: !!document.querySelector('[data-testid=stProgress], [data-testid=stSpinner]'),
                    cards: Array.from(document.querySelectorAll('[data-testid=stMain] .zone-card'))
                        .map(e => e.innerText.split('\\n')[0])})""")
                now = round(time.perf_counter() - t0, 2)
                if state["nav"] and "nav_s" not in res:
                    res["nav_s"] = now
                nav_seen.update(state["nav"])
                if state["progress"] and "progress_s" not in res:
                    res["progress_s"] = now
                if any(w in c for c in state["cards"] for w in ZONE_WORDS):
                    res["zone_data_s"] = now
                    break
                time.sleep(0.05)
            res["nav_labels_seen"] = sorted(nav_seen)
        finally:
            browser.close()
            proc.terminate()
            proc.wait(10)
            log.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="an existing store file (default: a fresh one, built at start-up)")
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    runs = [one_run(args.store) for _ in range(args.runs)]
    for r in runs:
        print(json.dumps(r, ensure_ascii=False))
    times = [r["zone_data_s"] for r in runs if "zone_data_s" in r]
    if times:
        print(f"zone data on screen: median {statistics.median(times):.2f} s over {len(times)} run(s) "
              f"(goal < 5 s; cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
