"""The zone gazetteer (data/zones.csv): one row per known zone with its aliases, place, the public list it
comes from and, where the official name puts its city first, the common name it is shown under.

Read by the zone detector (`devzone.zones`) and by the tokenizer (`devzone.lexicon`, which knows every
zone name as one word); it imports nothing of devzone, so neither of them depends on the other through it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER = DATA_DIR / "zones.csv"


@dataclass(frozen=True)
class Zone:
    """One gazetteer row."""

    canonical: str
    aliases: tuple[str, ...]
    place: str  # county-level place (富阳区, 嵊州市) or the city when the zone is the city's (金华市)
    city: str
    province: str
    level: str
    type: str
    source: str = ""
    # the official name without the city the catalogue puts first, where the rest starts with a place below
    # the city (鄂州|葛店经济技术开发区: 葛店镇), and the place that shows it (devzone.zones.write_common_names)
    common_name: str = ""
    common_name_source: str = ""

    @property
    def name(self) -> str:
        """The name the zone is shown and grouped under: its common name, else its official (canonical) one."""
        return self.common_name or self.canonical


@lru_cache(maxsize=4)
def load_gazetteer(path: str | Path = GAZETTEER) -> tuple[Zone, ...]:
    """Read the gazetteer CSV (canonical, aliases separated by |, place, city, province, level, type, source,
    common_name, common_name_source)."""
    zones = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            zones.append(Zone(row["canonical"].strip(), aliases, *((row.get(c) or "").strip() for c in (
                "place", "city", "province", "level", "type", "source", "common_name", "common_name_source"))))
    return tuple(zones)


__all__ = ["DATA_DIR", "GAZETTEER", "Zone", "load_gazetteer"]
