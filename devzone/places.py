"""China's administrative divisions (province, city, county), from jionlp's location dictionary
(data/divisions.csv is written from it by write_divisions).

Used to place a zone the gazetteer lacks (大冶湖高新技术开发区 -> 大冶市, 黄石市, 湖北省) and to write the
gazetteer's places in full (富阳 -> 富阳区).  jionlp ships the dictionary (2020s divisions, with short
names: 富阳 for 富阳区); nothing is downloaded.  Its own parse_location is not used for names because it
reads 海西三明 as Qinghai's 海西州 and cuts 大冶湖 into 大冶 + 湖; the lookup here is a longest-match over
the same table with the ambiguity rules below.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

with contextlib.redirect_stdout(io.StringIO()):  # jionlp and jiojio print banners on import
    import jionlp

DIVISIONS_CSV = Path(__file__).resolve().parent.parent / "data" / "divisions.csv"
PROVINCE, CITY, COUNTY = "province", "city", "county"
# Short names that are ordinary words in the genre (市中区 -> 市中, 新区, 城区, 郊区): matched only in full.
_GENERIC_SHORT_NAMES = frozenset({"市中", "城中", "城区", "郊区", "矿区", "新区", "河东", "河西", "江北", "江南",
                                  "城东", "城西", "城南", "城北", "开发", "高新", "经开", "中心", "长江", "东部",
                                  "西部", "南部", "北部", "白云", "和平", "新城", "城关", "海港"})
_ZONE_WORD = re.compile(r"园区|开发区|新区|工业园|高新|经开|保税|试验区")


@dataclass(frozen=True)
class Division:
    """One administrative division with its parents, in full names."""

    name: str  # full name: 富阳区, 黄石市, 湖北省
    level: str  # province | city | county
    city: str = ""
    province: str = ""


@dataclass(frozen=True)
class Place:
    """Where a zone is: the county-level place (or the city when the zone is the city's), city, province."""

    place: str = ""
    city: str = ""
    province: str = ""


def _class(chars: set[str]) -> str:
    """The members of a regex character class matching exactly chars."""
    return "".join(map(re.escape, sorted(chars)))


class Names:
    """Literal names found in text, longest first and without overlaps (a regex alternation of thousands of
    names is slow to compile and to run): a scan that looks up the names starting with each character."""

    def __init__(self, names: Iterable[str]):
        self._by_pair: dict[str, list[str]] = {}  # first two characters -> those names, longest first
        for n in sorted(set(names), key=len, reverse=True):
            if n:
                self._by_pair.setdefault(n[:2], []).append(n)
        # the next position where some name can start, found by re in one step (not character by character):
        # the first character of a longer name followed by a second character of one, or a one-character name
        # (most characters that start a name are common, 新/中/金…: the next one must fit too)
        firsts = {n[0] for n in self._by_pair if len(n) == 2}
        seconds = {n[1] for n in self._by_pair if len(n) == 2}
        singles = {n for n in self._by_pair if len(n) == 1}
        alternatives = ([f"[{_class(firsts)}](?=[{_class(seconds)}])"] if firsts else []) + (
            [f"[{_class(singles)}]"] if singles else [])
        self._next_head = re.compile("|".join(alternatives) or "(?!)")

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each name in text[start:end], leftmost first, the longest at a position."""
        end = len(text) if end is None else end
        i = start
        while i < end:
            head = self._next_head.search(text, i, end)
            if head is None:
                return
            i = head.start()
            # names of two or more characters share the text's next two; a one-character name comes last
            for n in (*self._by_pair.get(text[i:i + 2], ()), *self._by_pair.get(text[i], ())):
                if text.startswith(n, i) and i + len(n) <= end:
                    yield i, i + len(n), n
                    i += len(n)
                    break
            else:
                i += 1

    def search(self, text: str) -> tuple[int, int, str] | None:
        return next(self.finditer(text), None)


def _aliases(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def division_rows() -> list[dict[str, str]]:
    """The province, city and county rows of jionlp's location dictionary, as data/divisions.csv holds them
    (reading the dictionary takes seconds: it lists every town and village; the CSV loads at once)."""
    rows = []
    source = f"民政部县级以上行政区划 (jionlp {jionlp.__version__} china_location.txt)"
    for prov, pv in jionlp.china_location_loader().items():
        municipal = prov in pv  # 上海市 holds a city 上海市: a municipality is its own city
        rows.append({"name": prov, "level": PROVINCE, "city": prov if municipal else "", "province": prov,
                     "short": "|".join(_aliases(pv["_alias"])), "source": source})
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            if city != prov:  # 上海市 is both: its city row repeats the province
                rows.append({"name": city, "level": CITY, "city": city, "province": prov,
                             "short": "|".join(_aliases(cv["_alias"])), "source": source})
            for county, kv in cv.items():
                if not county.startswith("_"):
                    rows.append({"name": county, "level": COUNTY, "city": city, "province": prov,
                                 "short": "|".join(_aliases(kv["_alias"])), "source": source})
    return rows


def towns() -> dict[str, tuple[tuple[str, str], ...]]:
    """A city's full name -> (name, county) of each township-level unit in it (乡镇, 街道, and the zones the
    statistics list at that level: 葛店开发区), from jionlp's location dictionary (reads it: seconds; used
    when the gazetteer's common names are written, not when articles are read)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for pv in jionlp.china_location_loader(detail=True).values():
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            for county, kv in cv.items():
                if not county.startswith("_"):
                    found.setdefault(city, []).extend((t, county) for t in kv if not t.startswith("_"))
    return {city: tuple(ts) for city, ts in found.items()}


TOWNS_SOURCE = f"国家统计局统计用区划代码 (jionlp {jionlp.__version__} china_location.txt)"


def write_divisions(path: str | Path = DIVISIONS_CSV) -> None:
    """Write data/divisions.csv from jionlp's dictionary (run again when jionlp's version changes)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "level", "city", "province", "short", "source"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(division_rows())


@cache
def divisions() -> dict[str, tuple[Division, ...]]:
    """Every full and short name of a province, city or county -> the divisions it may mean."""
    found: dict[str, list[Division]] = {}
    with open(DIVISIONS_CSV, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            div = Division(row["name"], row["level"], row["city"], row["province"])
            for n in [div.name, *row["short"].split("|")]:
                if n != div.name and (n in _GENERIC_SHORT_NAMES or _ZONE_WORD.search(n)):
                    continue  # 河南濮阳工业园区's short name 工业园区 is any zone's word
                if len(n) >= 2:
                    bucket = found.setdefault(n, [])
                    if div not in bucket:
                        bucket.append(div)
    return {n: tuple(d) for n, d in found.items()}


@cache
def _division_names() -> Names:
    return Names(divisions())


def divisions_in(text: str) -> list[tuple[int, int, tuple[Division, ...]]]:
    """(start, end, candidates) of each administrative name in text, longest names first, no overlaps."""
    return [(s, e, divisions()[n]) for s, e, n in _division_names().finditer(text)]


def _fits(div: Division, parent: Division) -> bool:
    """True when parent is div's city or province (or div itself)."""
    return div == parent or parent.name in (div.city, div.province)


def _choose(candidates: tuple[Division, ...], named: list[Division], context: Counter) -> Division | None:
    """The one division a name means: the one whose parent the text names, else the one whose city or
    province the context names most, else None when that still leaves a tie."""
    if len(candidates) == 1:
        return candidates[0]
    fitting = [d for d in candidates if any(_fits(d, p) and p != d for p in named)]
    if len(fitting) == 1:
        return fitting[0]
    pool = fitting or list(candidates)
    scored = sorted(((context[d.city] + context[d.province], i) for i, d in enumerate(pool)), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return pool[scored[0][1]]
    # a city outranks a county of the same short name (吉林 the city, not a county elsewhere)
    cities = [d for d in pool if d.level != COUNTY]
    return cities[0] if len(cities) == 1 else None


def context_counts(text: str) -> Counter:
    """How often each division (by full name) is named in text: the tie-breaker for ambiguous names."""
    counts: Counter = Counter()
    for _, _, cands in divisions_in(text):
        for d in cands:
            counts[d.name] += 1
    return counts


def locate(name: str, context: Counter | None = None) -> Place:
    """Where a zone named name is: the most specific division in its name (the last one that is not a
    parent of an earlier one, in the first one's province), with its city and province; ties broken by context
    (see context_counts)."""
    context = context or Counter()
    found = divisions_in(name)
    if not found:
        return Place()
    named: list[Division] = [c for _, _, cands in found for c in cands]
    chosen = [d for d in (_choose(cands, named, context) for _, _, cands in found) if d is not None]
    if not chosen:
        return Place()
    # a place of another province after the first (嘉兴市|滨海新区, 天津's district) is part of the name, not where
    chosen = [d for d in chosen if d.province == chosen[0].province]
    best = max(chosen, key=lambda d: (d.level == COUNTY, d.level == CITY, chosen.index(d)))
    if best.level == PROVINCE:  # a municipality (重庆) is its own city; a province alone places nothing finer
        return Place(best.name, best.city, best.province) if best.city else Place("", "", best.province)
    if _ZONE_WORD.search(best.name):  # the dictionary lists some zones as counties (德州经济技术开发区)
        return Place(best.city, best.city, best.province)
    return Place(best.name, best.city, best.province)


def full_place(short: str, city: str = "", province: str = "") -> Place:
    """A gazetteer place written short (富阳, city 杭州) in full (富阳区, 杭州市, 浙江省)."""
    context = Counter()
    for n in (city, province):
        for d in divisions().get(n, ()):
            context[d.name] += 5
    return locate(short, context)
