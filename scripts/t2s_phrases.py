"""Write data/t2s_phrases.csv from the installed opencc: run `python scripts/t2s_phrases.py` when opencc's version
changes (tests/test_text.py fails until the table matches the installed opencc again).

The table lists every phrase OpenCC's t2s dictionaries change although t2s leaves each of its characters alone when
it stands by itself (回覆 -> 回复, 毛坏 -> 毛坯); devzone.text.to_simplified skips t2s on a page holding neither such a
phrase nor a character t2s converts.  A maintenance tool, so it lives outside the library.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devzone.text import T2S_PHRASES_CSV  # noqa: E402  (the checkout's library, not an installed copy)

T2S_DICTIONARIES = ("TSPhrases", "TSCharactersExt", "TSCharacters", "CJK_Compatibility_Ideographs")  # t2s.json's


def opencc_t2s_phrases() -> list[tuple[str, str]]:
    """(traditional, simplified) of every phrase t2s changes while none of its characters changes alone, read from the
    installed opencc's dictionaries with its own opencc_dict tool."""
    clib = Path(opencc.__file__).resolve().parent / "clib"
    entries: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in T2S_DICTIONARIES:
            out = Path(tmp) / f"{name}.txt"
            subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
                            "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
            for line in out.read_text("utf-8").splitlines():
                key, values = line.split("\t")
                entries.append((key, values.split(" ")[0]))  # t2s writes a key's first value
    changed = {k for k, v in entries if len(k) == 1 and v != k}
    return sorted({(k, v) for k, v in entries if len(k) > 1 and v != k and changed.isdisjoint(k)})


def write_t2s_phrases(path: str | Path = T2S_PHRASES_CSV) -> None:
    """Write the table with a source column naming the opencc version and dictionaries it was read from."""
    source = f"OpenCC {opencc.__version__} t2s dictionaries ({', '.join(T2S_DICTIONARIES)})"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["traditional", "simplified", "source"])
        w.writerows((k, v, source) for k, v in opencc_t2s_phrases())


if __name__ == "__main__":
    write_t2s_phrases()
    print(f"wrote {T2S_PHRASES_CSV}")
