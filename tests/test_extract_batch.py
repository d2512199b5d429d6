"""`python -m devzone extract` on a folder of good and bad files: each bad file named, the rest go on."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_extract(out: Path, *paths: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "devzone", "extract", "--out", str(out), *map(str, paths)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_mixed_folder_reports_each_bad_file_and_keeps_the_good_ones(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next((ROOT / "seeds").glob("003_*.txt")), src / "jinhua.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (src / "gbk.txt").write_bytes("曾都经济开发区2024年工作要点\n今年力争引进项目30个。\n".encode("gbk"))
    with open(src / "huge.txt", "wb") as f:  # 50 MB, sparse
        f.truncate(50 * 1024 * 1024)
    (src / "notes.md").write_text("not an article", encoding="utf-8")

    r = run_extract(tmp_path / "out", src, tmp_path / "missing.txt")
    assert r.returncode == 1
    err = r.stderr
    assert "empty.txt: file is empty" in err
    assert "image.html:" in err and "binary" in err
    assert "huge.txt:" in err and "bytes" in err
    assert "missing.txt: no such file" in err
    assert "notes.md" not in err  # not an article type: skipped, not an error
    docs = read_csv(tmp_path / "out" / "documents.csv")
    assert sorted(d["file"] for d in docs) == ["gbk.txt", "jinhua.txt"]
    zones = {d["file"]: d for d in docs}
    assert zones["jinhua.txt"]["zone"] == "金华经济技术开发区"
    assert zones["gbk.txt"]["zone"] == "曾都经济开发区" and zones["gbk.txt"]["zone_known"] == "False"


def test_all_good_exits_zero_and_writes_every_table(tmp_path):
    r = run_extract(tmp_path / "out", ROOT / "seeds")
    assert r.returncode == 0, r.stderr
    for name in ("documents", "targets", "industries", "enterprises"):
        assert (tmp_path / "out" / f"{name}.csv").exists()
    docs = read_csv(tmp_path / "out" / "documents.csv")
    assert len(docs) == 5
    assert {"file", "zone", "publish_date", "title"} <= set(docs[0])
