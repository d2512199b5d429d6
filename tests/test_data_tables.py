"""Every table in data/ is a readable CSV: each row has exactly its header's fields, so a sentence or a source
holding a comma is quoted instead of silently spilling into the next column."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
TABLES = sorted(DATA.glob("*.csv"))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_row_has_its_headers_fields(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    width = len(rows[0])
    spilled = [(n, len(r)) for n, r in enumerate(rows[1:], start=2) if r and len(r) != width]
    assert not spilled, f"{path.name}: rows (line, fields) not {width} wide: {spilled[:5]}"
    # and a spreadsheet user's reader agrees
    assert len(pd.read_csv(path, dtype=str, keep_default_na=False)) == sum(1 for r in rows[1:] if r)


def test_the_check_would_catch_an_unquoted_comma(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("word,example,counterexample\n开发区,园区新增企业12家,比上年增长5%。,全省开发区\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="not 3 wide"):
        test_every_row_has_its_headers_fields(bad)
