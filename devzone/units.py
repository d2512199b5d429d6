"""Units of measure (data/units.csv: base unit, factor, kind) and numbers printed as a reader writes them.

Read by the extractors (numbers.py) and by the comparisons the dashboard draws (compare.py); it imports
nothing heavy, so the dashboard's read path stays light.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

UNITS_CSV = Path(__file__).resolve().parent.parent / "data" / "units.csv"


@dataclass(frozen=True)
class UnitInfo:
    """A unit from data/units.csv: its base unit, the factor to it and its kind (money, count …)."""

    name: str
    base: str
    factor: float
    kind: str


def format_number(x: float) -> str:
    """Print a number without a trailing ``.0`` or float noise (``3.3`` not ``3.3000000000000003``)."""
    if not math.isfinite(x):
        return str(x)
    if x == int(x) and abs(x) < 1e18:
        return str(int(x))
    return f"{x:.10g}"


@lru_cache(maxsize=1)
def load_units() -> dict[str, UnitInfo]:
    """Units by name from data/units.csv."""
    units: dict[str, UnitInfo] = {}
    with open(UNITS_CSV, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            units[row["unit"]] = UnitInfo(row["unit"], row["base"], float(row["factor"]), row["kind"])
    return units
