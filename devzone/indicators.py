"""Canonical indicators: what a figure measures, comparable across zones and articles.

``data/indicators.csv`` lists the indicators these articles report (地区生产总值, 工业投资, 实到外资 …), each
with the wordings that name it (工业投入 = 工业投资, 实际利用外资 = 实到外资), the unit families its amount
may carry (money, count, land …) and a source.  ``classify`` reads a fact's metric name and unit into

* ``measure``: ``amount`` (money, area …), ``count`` (个, 家, 名 …), ``growth`` (增长15%, 增长2倍),
  ``share`` (占比25%, 完成率160%), ``difference`` (提高3个百分点) or ``rank`` (排名第5位);
* ``indicator``: the row of the table whose wording ends last in the metric's subject (the head noun
  of a Chinese noun phrase comes last: 引进数字经济项目总投资 is a 项目投资额), longest on a tie, and whose
  unit family admits the unit when the measure is an amount or a count; ``unmapped`` when none does.

A growth rate is matched on the subject it grows (固定资产投资增长率 → 固定资产投资 / growth), a share on
what it divides (高新技术产业增加值占规上工业增加值比重 → 高新技术产业增加值 / share), so a figure and
its rate share the indicator and never the measure.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from devzone.patterns import guarded

INDICATORS_CSV = Path(__file__).resolve().parent.parent / "data" / "indicators.csv"
UNMAPPED = "unmapped"
AMOUNT, COUNT, GROWTH, SHARE, DIFFERENCE, RANK = "amount", "count", "growth", "share", "difference", "rank"
MEASURES = (AMOUNT, COUNT, GROWTH, SHARE, DIFFERENCE, RANK)

# Wordings read the same before matching (规模以上 = 规上; 全社会固定资产投资 = 固定资产投资).
_FOLD = [(re.compile(p), r) for p, r in (
    (r"规模以上|规模(?=工业|企业)", "规上"), (r"全社会|社会(?=固定)", ""), (r"[的“”\"'《》\s]", ""))]
_WILDCARD = r"[^,;。、]{0,8}?"  # `*` in a synonym: a few words between its parts (引进*项目)
GROWTH_WORDS_CSV = Path(__file__).resolve().parent.parent / "data" / "growth_words.csv"


@lru_cache(maxsize=1)
def load_growth_words() -> tuple[tuple[str, bool], ...]:
    """(word pattern, names a rate) rows of data/growth_words.csv, in file order (a word before any word it
    begins with: 增长率 before 增长).  Every word makes a % figure's measure growth here; those naming a rate
    are also the rate words of a metric in devzone/targets.py (增速, 增幅 …; 翻番 is none)."""
    with open(GROWTH_WORDS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple((r["word"], r["names_rate"] == "yes") for r in csv.DictReader(f))


def growth_words(rates_only: bool = False) -> str:
    """The words of data/growth_words.csv as one alternation (rates_only: only those naming a rate)."""
    return "|".join(w for w, rate in load_growth_words() if rate or not rates_only)


_GROWTH_WORDS = guarded(re.compile(rf"(?:同比|年均|比上年|较上年|分别)?(?:{growth_words()})"))
_SHARE_WORDS = re.compile(r"占|比重|比例|占比|率|贡献度|覆盖|达标")
_RANK_WORDS = re.compile(r"排名|排位|位列|位居|名列|居|第|前")
_RANK_UNITS = {"位", "名", "强"}


@dataclass(frozen=True)
class Indicator:
    """One row of data/indicators.csv."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    unit_families: frozenset[str]
    group: str
    synonyms: tuple[str, ...] = ()  # the wordings as written in the table (patterns holds them folded)


@lru_cache(maxsize=1)
def load_indicators() -> tuple[Indicator, ...]:
    """The rows of data/indicators.csv, in file order."""
    rows = []
    with open(INDICATORS_CSV, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            written = tuple(w for w in r["synonyms"].split("|") if w.strip())
            patterns = tuple(re.compile(_WILDCARD.join(re.escape(p) for p in fold(w).split("*"))) for w in written)
            rows.append(Indicator(r["indicator"], patterns, frozenset(r["unit_family"].split("|")), r["group"],
                                  written))
    return tuple(rows)


@lru_cache(maxsize=1)
def amount_words() -> re.Pattern[str]:
    """The wordings of the indicators measured in money (营业总收入, 固定资产投资 …), of three characters or more,
    as one pattern, longest first: what a clause names when a rate after it leaves its subject implicit."""
    words = {w for ind in load_indicators() if "money" in ind.unit_families
             for w in ind.synonyms if len(w) >= 3 and "*" not in w}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def fold(text: str) -> str:
    """The wording the table is matched on: 规模以上 → 规上, 全社会 dropped, no 的, quotes or spaces."""
    for pat, rep in _FOLD:
        text = pat.sub(rep, text)
    return text


def measure_of(metric: str, unit: str, unit_kind: str, rate: bool = False) -> str:
    """amount, count, growth, share, difference or rank of a figure with this metric and unit (rate: the
    figure was read as a rate of change of an earlier one)."""
    if unit == "个百分点":
        return DIFFERENCE
    if unit_kind == "multiple":
        return GROWTH
    if unit_kind == "rank":  # a place the number reading told apart (第5位, 前80强, 前进3位)
        return RANK
    if unit in ("%", "成"):  # 八成: a share in tenths
        if rate or (_GROWTH_WORDS.search(metric) and not re.search(r"占|比重|贡献率|贡献度", metric)):
            return GROWTH
        return SHARE
    if unit in _RANK_UNITS and _RANK_WORDS.search(metric):
        return RANK
    if unit_kind in ("count", "people"):
        return COUNT
    return AMOUNT


def _subject(metric: str, measure: str) -> str:
    """The part of the metric that names what is measured: before 占 for a share, without the rate words
    for a growth rate or a difference."""
    if measure == SHARE and "占" in metric:
        head = metric.split("占", 1)[0]
        return head or metric
    if measure in (GROWTH, DIFFERENCE):  # 电子信息产业占比提升: the share of 电子信息产业 rose
        return re.sub(r"(?:占比|比重)$", "", _GROWTH_WORDS.sub("", metric))
    return metric


@lru_cache(maxsize=8192)  # metric names recur across a corpus (项目, 固定资产投资增长 …)
def indicator_of(metric: str, unit_kind: str, measure: str) -> str:
    """The canonical indicator a metric names, or ``unmapped``; a share whose part names none (铜矿砂占进口总值比重)
    takes the indicator of the whole it divides."""
    found = _indicator_of(fold(_subject(metric, measure)), unit_kind, measure)
    if found == UNMAPPED and measure == SHARE and "占" in metric:
        return _indicator_of(fold(metric.split("占", 1)[1]), unit_kind, measure)
    return found


def _indicator_of(text: str, unit_kind: str, measure: str) -> str:
    """The row whose wording ends last in text (longest, then first in the file, on a tie), or ``unmapped``."""
    if not text:
        return UNMAPPED
    checks_unit = measure in (AMOUNT, COUNT)
    best: tuple[int, int, int] | None = None  # (end, length, -file order)
    best_name = UNMAPPED
    for order, ind in enumerate(load_indicators()):
        if checks_unit and unit_kind not in ind.unit_families:
            continue
        for pat in ind.patterns:
            for m in pat.finditer(text):
                key = (m.end(), m.end() - m.start(), -order)
                if best is None or key > best:
                    best, best_name = key, ind.name
    return best_name


@lru_cache(maxsize=8192)  # a metric wording with its unit: asked once per figure, like indicator_of
def classify(metric: str, unit: str, unit_kind: str, rate: bool = False) -> tuple[str, str]:
    """(indicator, measure) of a fact: see the module docstring."""
    measure = measure_of(metric, unit, unit_kind, rate)
    return indicator_of(metric, unit_kind, measure), measure
