"""Numeric targets and achievements of a zone.

Every figure that ``devzone.numbers.find_quantities`` finds in the article body becomes a fact:

* ``kind``: ``target`` (力争, 计划, 将, 今年, 到2022年 …) or ``achievement`` (去年, 已, 累计, 成功,
  a year before the article's reference year …), decided from the clause of the figure first,
  then the nearest marker in its sentence, then the paragraph, then the paragraphs before (section_kind: a
  figure no marker reaches is a result).
  The start of a change (从15%提升到25%) is an achievement, its end takes the clause's kind.
* ``year`` and ``period``: the year and span the figure is for (devzone.dates: the nearest time
  expression, the paragraph's year, the article's reference date and part-year frame).
* ``metric``: a short description of what is counted, taken from the words around the figure.
* ``category``/``group``: from data/metric_categories.csv (keyword -> category and the national
  ETDZ evaluation indicator group).

The same fact stated twice (a lead that repeats the body) is kept once.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from devzone.dates import (
    AVERAGE,
    PLAN_PERIOD_END,
    Frame,
    article_frame,
    base_spans,
    figure_period,
    figure_year,
    opens_change,
    paragraph_events,
    paragraph_years,
    phrases_of,
    reference_year,
    reports_own_year,
    year_closed,
)
from devzone.dates import TIME as _TIME
from devzone.dates import YEAR as _YEAR
from devzone.indicators import UNMAPPED, amount_words, classify, growth_words
from devzone.lexicon import pos_tags
from devzone.numbers import Quantity, find_quantities, format_number
from devzone.patterns import RuleIndex, guarded, guarded_each, quick, required_words
from devzone.text import Article, Deadline, split_sentences
from devzone.zones import OwnZone, is_own_zone_name, zone_words

CATEGORIES_CSV = Path(__file__).resolve().parent.parent / "data" / "metric_categories.csv"
TARGET, ACHIEVEMENT = "target", "achievement"

# Marker patterns open every alternative with a literal character and put lookbehinds after it
# (将(?<!即将), not (?<!即)将): re then jumps straight to the characters a match can start with,
# ~10x faster than trying every alternative at every position (bench/extract_throughput.py).
_TARGET_STRONG = re.compile(
    r"力争|争取(?!了)|计划(?![\u4e00-\u9fff]{0,3}的\d)|"
    r"目标(?<!占全年目标)(?<!占目标)(?<!完成全年目标)(?<!完成目标)(?![\u4e00-\u9fff]{0,3}的\d)|"
    r"预计|预期|确保|力求|努力|规划(?!面积)|拟|将(?<!即将)(?!近)|"
    r"要(?<![重需主只必首纲摘概]要)(?![求素点闻])|今年(?!以来|上半年|前\d|前[一二三四五六七八九十]|\d|一季度)|明年|新的一年|年内|"
    r"到(?<!\d年到)(?<!\d到)20\d\d年|至(?<!\d年至)(?<!\d至)20\d\d年|年底前")
_ACH_STRONG = guarded(re.compile(
    r"去年|上年|上一年|前年|过去|已经|已(?!知)|累计|成功|荣获|获(?!取)|截至|截止|以来|近年来|同比|"
    r"(?:[一二两三四五六七八九十\d]|多|几)年来|"
    r"比上年|较上年|此前|先后|现有|目前|拥有|上半年|前三季度|一季度|\d{1,2}月?(?:份)?[-—~至到]\d{1,2}月|"
    # a signing that took place (签约仪式上, 实现集中签约) is a result; 推动/计划签约, 新签约项目N个 may be aims
    r"签约仪式|(?:完成|成功|集中|正式)[^,;。]{0,6}?签约"))
_TARGET_WEAK = re.compile(r"全年|年底|加快|推动|推进|实施|打造|建设")
# 已提报项目42个, 已储备项目: projects put forward for a plan are a pipeline, not yet a result, so that
# 已 is left out of _ACH_STRONG above.
# (为了实现这样的目标 is a purpose, still looking ahead)
_GOAL_REACHED_BEFORE = guarded(re.compile(r"(?<!为了)(?<!为)(?<!以)(?:达到|达成|实现|完成)[^,;。]{0,4}$"))
# 围绕全年工作目标, 对标发展目标: a goal the work is oriented toward, no figure's aim
_GOAL_ORIENTED_BEFORE = re.compile(r"(?:围绕|紧扣|锚定|对标|瞄准|紧盯|聚焦|确定的|既定)[^,;。]{0,60}$")
_GOAL_ORIENTED_LEN = 4 + 60  # (a goal named by a 、-list of aims: 围绕建设A、B、C这一目标,)
# 2017年1—5月, 2017年上半年: a year followed by elapsed months reports on them
_ELAPSED_MONTHS_SOURCE = r"(?<!\d)1\s*(?:月份?)?\s*[-—~至到]\s*(?:[2-9]|1[01])\s*月|前三季度|1-\d{1,2}月"
_ELAPSED_MONTHS = guarded(re.compile(_ELAPSED_MONTHS_SOURCE))
_PART_YEAR_AFTER = re.compile(r"(?:\d{1,2}月?(?:份)?[-—~至到]\d{1,2}月|上半年|前三季度|一季度|前\d{1,2}个?月)")
# a five-year plan period (“十三五”末, 十四五期间) speaks like its end year (data/plan_periods.csv): done if that
# year is over
_PLAN_PERIOD = re.compile(r"(十[一二三四五]五)[”\"’']?(?:期间|时期|末|规划期)")
# 用好4个海外创新中心, 依托3个省级园区: what a plan builds on already exists (a present state, like 现有)
_USES_EXISTING = re.compile(r"(?:依托|用好|利用好|借助|发挥好)[^,;。]{0,12}$")
_USES_EXISTING_LEN = 3 + 12  # its longest match: searched only that far back
# Result verbs: with no plan word near them (力争, 计划, 将…) a figure that was 完成/签约/建成 is a result,
# as in a review's 全年签约项目80个 or 完成固定资产投资138亿元.  Weak: any plan word outranks them.
_ACH_WEAK = re.compile(r"了(?<![为除]了)(?!解)|完成|实现(?<!实实现)|建成|投产|在建|到账|到位|签约|增长|增速|提高")
# 预计 of a year already closed (2023年预计完成…, reported in Dec 2023 or later) is an estimate of a
# result, not an aim: such a figure is an achievement.  These decide the year 预计 speaks of.
_ESTIMATE = re.compile(r"预计")
# a rate word of data/growth_words.csv right before a figure (增长, 增速, 比增: 比上年增长 in Fujian and Jiangsu
# reports, 同比增, 增加 …) makes it a rate
_GROWTH_RATE_BEFORE = re.compile(rf"(?:{growth_words(rates_only=True)})(?:了|为|达到?了?|约)?$")

# the base a rate is measured against (同比, 比上年, 较2021年同期) says nothing of the rate's own kind:
# 今年力争营收200亿元,同比增长15% is a target rate
_RATE_BASE = re.compile(r"同比|(?:比|较)(?:上年|去年|上一年|20\d\d年)(?:同期)?")

METRIC_RULES_CSV = Path(__file__).resolve().parent.parent / "data" / "metric_rules.csv"


@lru_cache(maxsize=1)
def load_metric_rules() -> dict[str, re.Pattern[str]]:
    """The patterns of data/metric_rules.csv by rule name: wordings that decide how a figure's metric is named
    (each row with a positive and a negative example sentence and the metric each gives)."""
    with open(METRIC_RULES_CSV, encoding="utf-8-sig", newline="") as f:
        return {r["rule"]: re.compile(r["pattern"]) for r in csv.DictReader(f)}


# metric_rule(name): the pattern of one row of data/metric_rules.csv (asked ~10 times per figure: a lookup in C,
# no Python call; the table is read when this module loads, which uses some rows right below)
metric_rule: Callable[[str], re.Pattern[str]] = load_metric_rules().__getitem__


_CLAUSE_SPLIT = re.compile(r"[,;:]")
# a metric's words end at a dash too (成绩单——上半年生产总值: data/metric_rules.csv dash_bound) and at an
# ellipsis (5.15亿美元……2020年: ellipsis_bound)
_SUBCLAUSE_SPLIT = re.compile(rf"[,;:、()]|{metric_rule('dash_bound').pattern}|{metric_rule('ellipsis_bound').pattern}")
# 从2021年的13.8%, 由2017年的320家, 由2020年的不足200亿元: the start of a change
# (最初的9.6平方公里, 成立之初的54家: the start named by when it was)
_FROM_START = re.compile(r"(?:从|由)(?:\d{4}年|上年|去年|年初|最初|成立之初|建区之初|初期)?(?:的)?(?:不足|约|近)?$")
_CHANGE_TO_AFTER = re.compile(r"^(?:(?:提升|提高|增加|增长|扩大|上升|跃升|发展|下降|降低|减少|压减|缩小|增|升|降)(?:到|至))")
_CHANGE_TO = quick(re.compile(r"(?:(?:提升|提高|增加|增长|扩大|上升|跃升|发展|下降|降低|减少|压减|缩小)(?:到|至)|(?<![提上下])(?:增|升|降)(?:至|到))"
                        r"(?:\d{4}年(?:底|末)?(?:的)?)?$"))  # 从2018年的15亿元升至2022年的36亿元
# 由2017年的320家,提高到现在的443家: a change to the present (not a place in a ranking: 从年初第10名上升到现在的第2名)
_CHANGE_TO_NOW = re.compile(r"(?:提升|提高|增加|增长|扩大|上升|跃升|发展)(?:到|至)(?:现在|目前|如今)(?:的)?$")
_METRIC_LEAD = re.compile(
    r"^(?:(?:到|至)?20\d\d年(?:底|前)?|上半年|其中|从|今年|去年|全年|新的一年|届时|目前|当前|同时|另一方面|一方面|并且|并(?![购网联])|力争|争取|计划|确保|预计|目标是|目标|"
    r"将|要|共计|累计|实现了?|完成了?|达到|这些|分别|\s)+")
# a subject before a modal or result verb is not part of the metric: 开发区计划实施… -> 实施…
_METRIC_SUBJECT = re.compile(r"^[^,;]{0,10}?(?:计划|力争|争取|确保|将|要|成功|已经|已)(?=[\u4e00-\u9fff“])")
_MODAL_END = re.compile(r"(?:计划|力争|争取|确保|将|要|成功|已经|已)$")
_METRIC_INCLUDES = re.compile(r"^(?P<head>.*?)(?:包括|包含|涵盖|共有)$")
_INCLUDES_WORDS = ("包括", "包含", "涵盖", "共有", "\n")  # what a match of _METRIC_INCLUDES ends with ($: or a last \n)
_TASKS_ARE = re.compile(r"^.*?(?:的目标任务|任务)有")
_TAIL_WORDS = ("为", "达到", "达", "超过", "超", "突破", "约", "近", "的", "共", "是", "有", "逾", "不少于", "至少", "不超过",
               "从", "等", "各", "前", "将", "可", "也", "了", "均", "都", "已经", "已")
_METRIC_TAIL = guarded(re.compile(f"(?:{'|'.join(_TAIL_WORDS)})+$"))
_TAIL_CHARS = frozenset("".join(_TAIL_WORDS))
_AFTER_CUT = guarded(re.compile(r"[和与及(【。!?]|等|的[\u4e00-\u9fff]*?(?:工作|任务)|(?:提升|提高|增加|增长|上升|下降|降低)(?:到|至)"))
_JOINER = re.compile(r"[和及]|与(?!会)")
MAX_METRIC = 24


@dataclass
class Fact:
    """One numeric fact before it becomes a row."""

    kind: str
    metric: str
    quantity: Quantity
    year: int | None
    sentence: str
    where: tuple[int, int]  # (paragraph index, sentence index) for dedupe
    rate: bool = False  # a rate of change of the figure before it (增长15%)
    period: str = ""  # 全年, 上半年, 1-9月, 十四五 … ('' when the text states none)
    part: str = ""  # a part of the zone or another park whose figure it is (洋山特殊综保区), put before the metric
    basis: str = ""  # how its kind was decided (OWN, SOFT, HANDED: decide_kind), for report_page

    def row(self) -> dict:
        """The fact as a TARGET_COLUMNS row (without file and zone); the part named before the metric does not
        change what it measures (indicator, measure, category)."""
        q = self.quantity
        named, category, group, indicator, measure = _names_of(self.metric, q.unit, q.unit_kind, self.rate)
        return {
            "kind": self.kind, "metric": self.part + named, "value": q.value_text,
            "unit": q.unit,
            "comparator": q.comparator, "year": "" if self.year is None else str(self.year),
            "period": self.period,
            "sentence": self.sentence, "value_norm": format_number(q.value_norm), "unit_norm": q.unit_norm,
            "category": category, "group": group, "indicator": indicator, "measure": measure,
            "approx": q.approx,
        }


@lru_cache(maxsize=8192)  # a metric wording with its unit: the names a row gives it, looked up once
def _names_of(metric: str, unit: str, unit_kind: str, rate: bool) -> tuple[str, str, str, str, str]:
    """(named_rate, category, group, indicator, measure) of a fact's metric and unit."""
    return (named_rate(metric, unit), *categorize(metric, unit, unit_kind), *classify(metric, unit, unit_kind, rate))


# CONTRACT.md: 固定资产投资…同比增长14% → 固定资产投资增长率; 增长8.4倍 → 进出口值增长倍数
_RATE_NAME = {"%": "增长率", "倍": "增长倍数"}


RUNNING_TOTAL_UNITS = ("%", "个百分点")  # a rate, a share or a gap of rates: named without 累计


def named_rate(metric: str, unit: str) -> str:
    """A growth figure's metric named as the measure it is (…增长 → …增长率 for %, …增长倍数 for 倍, …下降 → …下降幅度
    for %); a rate, share
    or gap of a running total without its 累计 (metric_rules.csv rate_of_running_total)."""
    if unit in RUNNING_TOTAL_UNITS and "累计" in metric:
        bare = metric_rule("rate_of_running_total").sub("", metric)
        metric = bare if len(bare) >= MIN_SUBJECT else metric
    if unit == "%" and (fall := metric_rule("fall_rate").search(metric)) and fall.start() >= MIN_SUBJECT:
        return metric[:fall.start()] + "下降幅度"  # 同比下降1.8% -> 下降幅度, as 增长 -> 增长率 (metric_rules.csv fall_rate)
    name = _RATE_NAME.get(unit)
    metric = metric + "长" if metric.endswith("同比增") else metric  # 同比增11.4% (growth_words.csv 同比增): 同比增长
    if not (name and metric.endswith("增长")):
        return metric
    return re.sub(r"(?:同比|比上年|较上年)$", "", metric[:-2]) + name  # 同比 is the base, not the measure


# ---------------------------------------------------------------- kind

def _is_closed_year(y: int, ref: int | None, closed: bool) -> bool:
    return ref is not None and (y < ref or (closed and y == ref))


# 预计全年,…实现 / 预计可完成 on a year-end page: the estimate of the year just closing
_CLOSED_YEAR_ESTIMATE = re.compile(r"预计(?:全年|今年)|预计(?:可|能)?(?:完成|实现)")


def _estimate_told(text: str, found: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The markers (position-sorted) without each 将 that tells an estimate read as a result: a 预计 of a year that
    is over (_estimate_of_closed_year, kind_markers year_end_estimate) before it in its statement, no aim word
    between (据预计,今年经开区将完成…; 预计到今年底,海沧全年将实现…): the 将 is the estimate's, not an aim."""
    kept: list[tuple[int, str, bool]] = []
    estimate: int | None = None  # the position of the last strong 预计 read as a result, while no aim word followed it
    for f in found:
        at, kind, strong = f
        if strong and text.startswith("将", at) and estimate is not None \
                and not re.search(r"[;;。]", text[estimate:at]):
            continue
        if strong and kind == ACHIEVEMENT and text.startswith("预计", at):
            estimate = at
        elif strong and kind == TARGET:
            estimate = None
        kept.append(f)
    return kept


def _estimate_of_closed_year(text: str, pos: int, ref: int | None, closed: bool,
                             times: list[re.Match] | None = None) -> bool:
    """True when the 预计 at pos speaks of a year that is over: the nearest time expression before it
    in text (or right after it: 预计全年) is a past year, 去年, or the reference year of a year-end report.
    (times: the text's time expressions without durations and month-days, when the caller has them.)"""
    # 1~9月,…预计完成…: the estimate of months already elapsed, told before the official figures
    if _ELAPSED_MONTHS.search(text[max(0, pos - 40):pos]):
        return True
    if times is None:
        times = _plain_times(text)
    starts = _StartsView(times)
    if not bisect_right(starts, pos + 4):
        return closed and bool(_CLOSED_YEAR_ESTIMATE.match(text, pos, pos + 12))
    i = bisect_left(starts, pos) - 1
    m = times[i] if i >= 0 else times[0]
    if m.group("y"):
        return _is_closed_year(int(m.group("y")), ref, closed)
    if m.group("last") or m.group("prev2"):
        return True
    return bool(m.group("this")) and closed


def estimate_of_paragraph_year(sentence: str, q: Quantity, ref: int | None, closed: bool,
                               paragraph_year: int | None) -> bool:
    """True when a 预计 decides the figure q of a sentence that names no time before it, and its paragraph
    named a year that is over (2024年,园区…。预计实现地区生产总值增长6.5%): a year-end estimate of that
    year's result (CONTRACT.md), not an aim."""
    if paragraph_year is None or not _is_closed_year(paragraph_year, ref, closed):
        return False
    if _plain_times(sentence[:q.span_start]):
        return False
    before = [p for p, _, strong in _markers(sentence, ref, closed) if strong and p < q.span_start]
    return bool(before) and all(sentence.startswith("预计", p) for p in before)


def _plain_times(text: str) -> list[re.Match]:
    """The time expressions of text that name a year or a relative year (not durations, not month-days)."""
    return [m for m in _TIME.finditer(text) if not m.group("dur") and not m.group("md")]


class _StartsView:
    """The start positions of a list of matches, as a sequence bisect can search without copying."""

    def __init__(self, matches: list[re.Match]):
        self.matches = matches

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, i: int) -> int:
        return self.matches[i].start()


_GOAL_IN_GENERAL = re.compile(r"目标(?:任务)?[,;。]")
_YEAR_AT = re.compile(r"(20\d\d)年")
_ESTIMATED_RATE = re.compile(r"预计(?:年均|同比)?(?:增长|增速|增幅)")


@lru_cache(maxsize=4096)  # asked once per figure of a sentence, and again for its paragraph context
def _markers(text: str, ref: int | None, closed: bool = False) -> tuple[tuple[int, str, bool], ...]:
    """(position, kind, strong) of every kind marker in text, explicit years judged against ref
    (closed: the reference year is over, the article being a year-end report on it)."""
    found = []
    times: list[re.Match] | None = None
    for m in _TARGET_STRONG.finditer(text):
        kind = TARGET
        word, at = m.group(0), m.start()
        if word == "目标":
            if _GOAL_REACHED_BEFORE.search(text, max(0, at - 6), at):
                kind = ACHIEVEMENT  # 达到节点目标, 实现既定目标: a goal met is a result, not an aim
            if _GOAL_ORIENTED_BEFORE.search(text, max(0, at - _GOAL_ORIENTED_LEN), at) \
                    and _GOAL_IN_GENERAL.match(text, at, at + 5):
                continue  # 围绕…工作目标,…: what the work aims at in general, no figure's marker
        elif word == "预计":
            if _ESTIMATED_RATE.match(text, at, at + 8):
                found.append((at, TARGET, False))  # an estimated rate: it follows its figure (see facts_in_sentence)
                continue
            if times is None:
                times = _plain_times(text)  # once per text, not once per 预计
            if _estimate_of_closed_year(text, at, ref, closed, times):
                kind = ACHIEVEMENT
        elif word == "将":
            if text[max(0, at - 2):at] == "预计":
                continue  # 预计将达到: the 将 belongs to the estimate, which is judged on its own just before
        elif closed and word in ("今年", "年内"):
            kind = ACHIEVEMENT
        elif word[0] in "到至" and _is_closed_year(int(word[1:5]), ref, closed):
            kind = ACHIEVEMENT  # 再到2023年的770.4亿元 on a page of 2024: a deadline passed tells what was reached
        found.append((at, kind, True))
    found += [(m.start(), ACHIEVEMENT, True) for m in _ACH_STRONG.finditer(text)]
    found += [(m.start(), TARGET, False) for m in _TARGET_WEAK.finditer(text)]
    found += [(m.start(), ACHIEVEMENT, False) for m in _ACH_WEAK.finditer(text)]
    if ref is not None:
        for m in _PLAN_PERIOD.finditer(text):
            end = PLAN_PERIOD_END[m.group(1)]
            found.append((m.start(), ACHIEVEMENT if _is_closed_year(end, ref, closed) else TARGET, True))
        for m in _YEAR.finditer(text):
            y = int(m.group(1))
            if _PART_YEAR_AFTER.match(text, m.end()):
                continue  # 2017年1—5月: months already elapsed, the part-year marker decides
            past = _is_closed_year(y, ref, closed) or bool(m.group("since"))
            found.append((m.start(), ACHIEVEMENT if past else TARGET, True))
    # a marker word inside a masking row's match (项目N个,计划总投资…) marks nothing, nor one inside a table
    # marker's match (完成年度“四个一”目标: the 目标 of a goal met), which stands for its whole match
    table = _table_markers(text)
    mask_matches = list(_marker_masks().finditer(text))
    masks = [m.span() for m in mask_matches]
    masked = masks + [m.span() for m, _, _ in table]
    if masked:
        inside = {i for a, b in masked for i in range(a, b)}  # (the positions masked: a few words' worth)
        found = [f for f in found if f[0] not in inside]
    found += [(m.start(), kind, strong) for m, kind, strong in table]
    if ref is not None:  # a year right after a masked word (增长到2021年) is judged as any year is, once
        for mm in mask_matches:
            if y := _YEAR_AT.match(text, b := mm.end()):
                # a change told from a named year (kind_markers change_from_year) reached its end year: the page's
                # own year is over for it, as a closed one is
                told = bool(_change_from_year().match(text, mm.start()))
                found = [f for f in found if f[0] != b]  # (the year's reading as any year: replaced)
                found.append((b, ACHIEVEMENT if _is_closed_year(int(y.group(1)), ref, closed or told) else TARGET, True))
    read = _estimate_told(text, sorted(_own_year_read(text, ref, found)))
    return tuple(_closed_year_planned(text, ref, closed, read))


def _closed_year_planned(text: str, ref: int | None, closed: bool,
                         found: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The markers of text with the page's own year (今年, 年内, the reference year named) read as over on a page that
    reports on its year once over (closed) only where text does not plan: with another strong target marker or a
    ``year_plan`` word (年内安排29个重点项目, 力争在年内引进…, 2023年,园区将…) the year is still the aim's date."""
    if not closed or ref is None:
        return found
    own = {m.start() for m in _rows_of(OWN_YEAR).finditer(text)
           if (not m.group("y") or int(m.group("y")) == ref) and not text.startswith("以来", m.end())}
    own |= {m.start() for m in _WITHIN_YEAR.finditer(text)}
    closed_own = [f for f in found if f[0] in own and f[1] == ACHIEVEMENT and f[2]]
    if not closed_own or not (_rows_of(YEAR_PLAN).search(text)
                              or any(k == TARGET and strong and p not in own for p, k, strong in found)):
        return found
    return [(p, TARGET if (p, k, strong) in closed_own else k, strong) for p, k, strong in found]


_WITHIN_YEAR = re.compile(r"年内")


def _own_year_read(text: str, ref: int | None, found: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The markers of text with the page's own year (data/kind_markers.csv kind ``own_year``: 今年, the reference
    year named; not 年内, a deadline) read where it stands: an aim's date only where text also plans (another strong target
    marker, or a ``year_plan`` word: 谋划, 安排); elsewhere (2023年,全区新增城镇就业10474人; 今年是…建设38周年)
    it dates what the text reports and is no kind marker at all, so the figure is read as its context reads."""
    own = {m.start() for m in _rows_of(OWN_YEAR).finditer(text)
           if not m.group("y") or (ref is not None and int(m.group("y")) == ref)}
    dated = [f for f in found if f[0] in own and f[1] == TARGET and f[2]]
    if not dated or _rows_of(YEAR_PLAN).search(text) \
            or any(k == TARGET and strong and p not in own for p, k, strong in found):
        return found
    return [(p, k, strong) for p, k, strong in found if not (p in own and k == TARGET and strong)]


# ---------------------------------------------------------------- kind markers of data/kind_markers.csv

KIND_MARKERS_CSV = Path(__file__).resolve().parent.parent / "data" / "kind_markers.csv"


@lru_cache(maxsize=1)
def load_kind_markers() -> tuple[tuple[str, re.Pattern[str], str, bool], ...]:
    """(name, pattern, kind, strong) rows of data/kind_markers.csv: marker words read like 去年 or 力争 (kind
    target or achievement), or masks (kind ``none``) inside whose match no marker word counts."""
    with open(KIND_MARKERS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple((r["marker"], re.compile(r["pattern"]), r["kind"], r["strength"] == "strong")
                     for r in csv.DictReader(f))


@cache
def _marker_masks() -> re.Pattern[str]:
    masks = [p.pattern for _, p, kind, _ in load_kind_markers() if kind == NOT_A_FACT]
    return guarded(re.compile("|".join(f"(?:{m})" for m in masks) or r"(?!)"))


@cache
def _change_from_year() -> re.Pattern[str]:
    """The pattern of data/kind_markers.csv row change_from_year (从2015年的…到, followed by the end year)."""
    return next(p for name, p, _, _ in load_kind_markers() if name == "change_from_year")


@cache
def _marker_re() -> tuple[re.Pattern[str], tuple[tuple[str, bool], ...]]:
    rows = [(kind, strong) for _, _, kind, strong in load_kind_markers() if kind not in _NOT_MARKERS]
    # (each row guarded by its own first characters: most open with lookbehinds, tried at every candidate)
    alternatives = _marker_alternatives()
    return (guarded_each(alternatives) if alternatives else re.compile(r"(?!)")), tuple(rows)


def _marker_alternatives() -> list[str]:
    """The marker rows of data/kind_markers.csv (not masks nor breakdown words), row i as group m{i}."""
    rows = [p.pattern for _, p, kind, _ in load_kind_markers() if kind not in _NOT_MARKERS]
    return [f"(?P<m{i}>{p})" for i, p in enumerate(rows)]


@cache
def _rows_of(kind: str) -> re.Pattern[str]:
    """The rows of one kind of data/kind_markers.csv as one pattern (never matching when there are none)."""
    rows = [p.pattern for _, p, k, _ in load_kind_markers() if k == kind]
    return re.compile("|".join(f"(?:{p})" for p in rows) or r"(?!)")


@cache
def _breakdown_re() -> re.Pattern[str]:
    """The rows of kind ``part`` of data/kind_markers.csv as one pattern: words opening a breakdown of a total
    told before them (其中, 在这57个项目中); a group ``n`` holds the count of the total when the words name it."""
    rows = [p.pattern for _, p, kind, _ in load_kind_markers() if kind == PART]
    return guarded(re.compile("|".join(f"(?:{p})" for p in rows) or r"(?!)"))


def breakdowns(sentence: str) -> list[tuple[int, str | None]]:
    """Where each breakdown of sentence opens, with the count of its total when the words name it (57 of
    在这57个项目中), else None."""
    return [(m.end(), m.group("n") if "n" in m.re.groupindex and m.group("n") else None)
            for m in _breakdown_re().finditer(sentence)]


def _table_markers(text: str) -> list[tuple[re.Match, str, bool]]:
    """The markers of data/kind_markers.csv in text, as (match, kind, strong), one pass over the text."""
    pattern, rows = _marker_re()
    return [(m, *rows[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


_Clauses = tuple[list[int], list[int], list[int]]  # separator starts; each clause's start and end, in order


def _clauses(starts: list[int], ends: list[int], length: int) -> _Clauses:
    """The separators' starts, and the start and end of each clause they bound (the i-th clause ends at the
    i-th separator and starts where the one before it ends, or at 0)."""
    return starts, [0, *ends], [*starts, length]


def _spans(splitter: re.Pattern[str], sentence: str) -> _Clauses:
    """The separator matches in sentence, as clauses."""
    matches = list(splitter.finditer(sentence))
    return _clauses([m.start() for m in matches], [m.end() for m in matches], len(sentence))


# the sub-clause separators, of which the clause ones (, ; :) are the one-character matches: one scan gives both
_SEPARATOR_SCAN = quick(_SUBCLAUSE_SPLIT)
_CLAUSE_MARKS = frozenset(",;:")


@lru_cache(maxsize=16)  # the sentence being read: its figures ask for their clauses several times each
def _separators(sentence: str) -> tuple[_Clauses, _Clauses]:
    """The clauses between the clause separators (_CLAUSE_SPLIT) and between the sub-clause ones
    (_SUBCLAUSE_SPLIT) in sentence (a cache keyed by the sentence alone: a pattern's hash is computed anew at
    each call)."""
    matches = list(_SEPARATOR_SCAN.finditer(sentence))
    clause = [m.start() for m in matches if m.group() in _CLAUSE_MARKS]
    return (_clauses(clause, [i + 1 for i in clause], len(sentence)),
            _clauses([m.start() for m in matches], [m.end() for m in matches], len(sentence)))


def clause_bounds(sentence: str, pos: int, splitter: re.Pattern[str] = _CLAUSE_SPLIT) -> tuple[int, int]:
    """Start and end of the clause (between , ; : or the given one-character separators) holding pos."""
    if splitter is _CLAUSE_SPLIT:
        return _clause_at(sentence, pos)
    marks, opens, closes = _separators(sentence)[1] if splitter is _SUBCLAUSE_SPLIT else _spans(splitter, sentence)
    i = bisect_left(marks, pos)
    return opens[i], closes[i]


@lru_cache(maxsize=256)  # the sentence being read: each of its figures asks for its clause again and again
def _clause_at(sentence: str, pos: int) -> tuple[int, int]:
    marks, opens, closes = _separators(sentence)[0]
    i = bisect_left(marks, pos)
    return opens[i], closes[i]


class _KindIndex(NamedTuple):
    """A sentence's kind markers sorted by position, so each figure finds its own by bisection (the cost
    of a sentence stays linear in its figures, however many it holds).  (A named tuple: built once per
    sentence in one step, not field by field as a frozen dataclass is.)"""

    strong_pos: list[int]
    strong_kind: list[str]
    targets_before: list[int]  # targets_before[i]: TARGET markers among strong[:i]
    free_pos: list[int]  # strong markers outside any base of a rate (同比, 比上年)
    free_kind: list[str]
    all_pos: list[int]
    all_kind: list[str]
    segment_starts: list[int]  # a semicolon or 其中
    strong_reach: list[int]  # how far each strong marker decides figures after it (a local one: its next semicolon)
    free_reach: list[int]
    strong_back: list[bool]  # whether a strong marker may decide a figure before it (a local one may not)


_SEGMENT_START = re.compile(r";|其中")


@lru_cache(maxsize=16)  # the sentence being read
def _kind_index(sentence: str, ref: int | None, closed: bool) -> _KindIndex:
    marks = _markers(sentence, ref, closed)
    bases = [m.span() for m in _RATE_BASE.finditer(sentence)]
    base_starts = [a for a, _ in bases]
    local = {m.start() for m in _rows_of(LOCAL).finditer(sentence)}
    strong_pos: list[int] = []
    strong_kind: list[str] = []
    targets_before = [0]
    free_pos: list[int] = []
    free_kind: list[str] = []
    strong_reach: list[int] = []
    free_reach: list[int] = []
    strong_back: list[bool] = []
    n_targets = 0
    for p, k, st in marks:  # (one pass over the strong markers: every list below in marker order)
        if not st:
            continue
        strong_pos.append(p)
        strong_kind.append(k)
        n_targets += k == TARGET
        targets_before.append(n_targets)
        # a local marker reaches its next semicolon, any other the sentence's end
        reach = len(sentence)
        if p in local and (end := sentence.find(";", p)) >= 0:
            reach = end
        strong_reach.append(reach)
        strong_back.append(p not in local)
        if bases:
            i = bisect_right(base_starts, p) - 1
            if i >= 0 and p < bases[i][1]:
                continue  # inside a base of a rate (同比, 比上年): not free
        free_pos.append(p)
        free_kind.append(k)
        free_reach.append(reach)
    return _KindIndex(strong_pos, strong_kind, targets_before, free_pos, free_kind, [m[0] for m in marks],
                      [m[1] for m in marks], [m.start() for m in _SEGMENT_START.finditer(sentence)], strong_reach,
                      free_reach, strong_back)


@lru_cache(maxsize=64)  # figures of one clause share the answer
def _plan_verb_in(sentence: str, cs: int, ce: int) -> bool:
    """True when the clause sentence[cs:ce] holds an effort verb (data/kind_markers.csv, kind ``effort``)."""
    return bool(_rows_of(EFFORT).search(sentence, cs, ce))


def _drives_a_level(sentence: str, cs: int, q: Quantity) -> bool:
    """True when an effort verb before the figure q in its clause drives it as a level to reach (推动…规模突破500亿元:
    a ``level`` row of data/kind_markers.csv right before the figure), rather than naming the size of what the
    effort works on (加快建设总投资526亿元的40个重点工程, 积极推动4.12平方公里开发建设)."""
    effort = _rows_of(EFFORT).search(sentence, cs, q.start)  # (q.start: a comparator 突破, 超 is in the figure's span)
    return bool(effort and _rows_of(LEVEL).search(sentence[effort.end():q.start]))


# how a figure's kind was decided (Fact.basis): by a cue or a marker of its own sentence at or before it (OWN, the
# evidence report_page weighs); by a softer reading that yields to a page of results (SOFT: a plan word handed on or
# written after the figure, an estimate, weak words); by its total or rate's base, or a firm aim handed on (HANDED)
OWN, SOFT, HANDED = "own", "soft", "handed"


class KindRead(NamedTuple):
    """A figure's kind and how it was decided (OWN, SOFT or HANDED)."""

    kind: str
    basis: str


def _is_firm(text: str, pos: int) -> bool:
    """True when the marker at text[pos] is a firm aim word (data/kind_markers.csv kind ``firm``: 力争, 确保, 目标)."""
    return bool(_rows_of(FIRM).match(text, pos))


def _is_local(text: str, pos: int) -> bool:
    """True when the marker at text[pos] is a local one (data/kind_markers.csv kind ``local``: 预计)."""
    return bool(_rows_of(LOCAL).match(text, pos))


def decide_kind(sentence: str, q: Quantity, ref: int | None, earlier: Callable[[], str | None],
                fallback: Callable[[], str], closed: bool = False,
                previous: Callable[[], str | None] | None = None, report: bool = False) -> KindRead:
    """target or achievement for the figure q in sentence, with how it was decided.

    Order: a strong marker in the figure's clause (target wins a tie: 力争在去年基础上…); the
    nearest strong marker before the clause in the sentence; the nearest after it up to the next
    semicolon; the last strong marker earlier in the paragraph (`earlier()`: a review that opens with 去年
    goes on reporting: its 全年, 加快, 建设 are not aims; an aim only from a sentence of aims, _earlier_in_paragraph); the nearest strong marker after a semicolon
    (…156亿元,增长8.5%;今年目标为… looks ahead only from the semicolon on); the last strong marker of the
    paragraphs before (`previous()`: a review's next paragraph 实施市重大项目86个,… reports too) when the clause
    holds no weak result word (实现, 完成) and drives no level with an effort verb (推动…突破500亿元: data/kind_markers.csv
    rows effort and level; an effort on something the figure sizes, 加快建设总投资526亿元的40个重点工程, reads as the
    paragraphs before); an effort verb with a weak marker in the clause (推动重点项目签约); weak markers in the clause;
    an effort verb alone in the clause (着力培育…4个…集群); a result where the sentence holds only weak words of other
    clauses (…投资建设的); else `fallback()` (the paragraphs before, else section_kind: a result where no plan word
    reaches). A local marker (data/kind_markers.csv kind ``local``: 预计) decides only the figures after it up to its
    next semicolon.

    An aim decided softly (an estimate, a plan word after the figure, weak words; the callables hand theirs on) is a
    result on a page of results (`report`, report_page) unless a firm aim word (力争, 确保, 目标) decides it.
    """
    def soft(kind: str, firm: bool = False) -> KindRead:
        return KindRead(ACHIEVEMENT if report and kind == TARGET and not firm else kind, SOFT)

    cs, ce = clause_bounds(sentence, q.start)
    ix = _kind_index(sentence, ref, closed)
    a, b = bisect_left(ix.strong_pos, cs), bisect_left(ix.strong_pos, ce)
    if ix.targets_before[b] > ix.targets_before[a]:
        if any(ix.strong_back[a:b]):
            return KindRead(TARGET, OWN)
        return soft(TARGET)  # an estimate alone in the figure's own clause (预计全年…)
    if b > a or (q.unit_kind == "count"
                 and _USES_EXISTING.search(sentence, max(cs, q.span_start - _USES_EXISTING_LEN), q.span_start)):
        return KindRead(ACHIEVEMENT, OWN)
    # the base of an earlier rate (力争…同比增长40%;税收1.8亿元) speaks of that rate, so it yields to any
    # other strong marker before it; alone (…增长10%,税收3亿元) it still tells of reported results
    # (a local marker, 预计, decides no figure past its next semicolon, nor any before it)
    f = bisect_left(ix.free_pos, cs)
    while f and ix.free_reach[f - 1] < cs:
        f -= 1
    if f:
        if _is_local(sentence, ix.free_pos[f - 1]):
            return soft(ix.free_kind[f - 1])
        return KindRead(ix.free_kind[f - 1], OWN)
    while a and ix.strong_reach[a - 1] < cs:
        a -= 1
    if a:
        if not ix.strong_back[a - 1]:
            return soft(ix.strong_kind[a - 1])
        return KindRead(ix.strong_kind[a - 1], OWN)
    # a semicolon or a breakdown (…项目12个,…,其中某项目达产后预计…) starts words about other figures
    g = bisect_left(ix.segment_starts, ce)
    seg_end = ix.segment_starts[g] if g < len(ix.segment_starts) else len(sentence)
    while b < len(ix.strong_pos) and not ix.strong_back[b]:
        b += 1
    after = ix.strong_kind[b] if b < len(ix.strong_pos) else None
    if after is not None and ix.strong_pos[b] < seg_end:
        return soft(after, _is_firm(sentence, ix.strong_pos[b]))
    kind = earlier()
    if kind is not None:
        return KindRead(kind, SOFT if kind == TARGET else HANDED)
    if after is not None:
        return soft(after, _is_firm(sentence, ix.strong_pos[b]))
    wa, wb = bisect_left(ix.all_pos, cs), bisect_left(ix.all_pos, ce)
    if previous is not None and (wb == wa or ix.all_kind[wb - 1] == TARGET) and not _drives_a_level(sentence, cs, q):
        # a weak aim word (实施, 全年), an effort on something sized by the figure (加快建设总投资526亿元的…工程), or
        # none, is read as the paragraphs before read
        kind = previous()
        if kind is not None:
            return KindRead(kind, SOFT if kind == TARGET else HANDED)
    if wb > wa and _plan_verb_in(sentence, cs, ce):
        # 推动重点项目签约、开工: the result verbs are what is to be pushed for; on a page of results they report
        # what the effort achieved (推动基础设施投资完成50.4亿元) unless it drives the figure as a level to reach
        # (推动…规模突破500亿元)
        return soft(TARGET, _drives_a_level(sentence, cs, q))
    if wb > wa:
        return soft(ix.all_kind[wb - 1])
    if _plan_verb_in(sentence, cs, ce):
        # an effort verb alone in the figure's own clause (着力培育…4个…产业集群) looks ahead, on any page
        return KindRead(TARGET, HANDED)
    if ix.all_pos:
        # only weak words of other clauses (…投资建设的, 实施启动, 打造…基地): they name work, not an aim, so the
        # plain statement reports
        return KindRead(ACHIEVEMENT, HANDED)
    kind = fallback()
    return KindRead(kind, SOFT if kind == TARGET else HANDED)


@lru_cache(maxsize=4)  # the paragraph being read
def _strong_marks(text: str, ref: int | None, closed: bool) -> tuple[list[int], list[str]]:
    strong = [(p, k) for p, k, st in _markers(text, ref, closed) if st]
    return [p for p, _ in strong], [k for _, k in strong]


def _last_strong(text: str, end: int, ref: int | None, closed: bool) -> tuple[int | None, str | None]:
    """Where the last strong marker of text[:end] stands and its kind, a local one (预计: it speaks of its own
    statement) aside; (None, None) when there is none."""
    positions, kinds = _strong_marks(text, ref, closed)
    i = bisect_left(positions, end)
    while i and _is_local(text, positions[i - 1]):
        i -= 1
    return (positions[i - 1], kinds[i - 1]) if i else (None, None)


def last_strong_before(text: str, end: int, ref: int | None, closed: bool) -> str | None:
    """The kind of the last strong marker of text[:end] (the paragraph before a sentence), read from the
    markers of the whole text once per paragraph, a local one (预计: it speaks of its own statement) aside; None
    when there is none."""
    return _last_strong(text, end, ref, closed)[1]


def _handed_on(kind: str | None, text: str, at: int | None, report: bool) -> str | None:
    """kind, handed on by the strong marker at text[at]: a result instead of an aim on a page of results (report)
    unless that marker is a firm aim word (力争, 确保, 目标: data/kind_markers.csv kind ``firm``)."""
    if kind != TARGET or not report:
        return kind
    return kind if at is not None and _is_firm(text, at) else ACHIEVEMENT


def _earlier_in_paragraph(text: str, end: int, ref: int | None, closed: bool,
                          said: list[tuple[int, str | None]], report: bool = False) -> str | None:
    """The kind the paragraph before a sentence hands on to it (text[:end]: its heading's frame, a broken-off line,
    its sentences so far; said: where each of those sentences starts and the kind of its last figure): that of its
    last strong marker (last_strong_before), but an aim only when the marker's own sentence made its figures aims,
    as between paragraphs (_kind_before): a plan word in a sentence of results (…将高端装备…作为主攻方向) or in
    one without figures (…以科学规划为先导) hands no aim on to the results told after it. On a page of results
    (report) only a firm aim word hands an aim on (_handed_on)."""
    at, kind = _last_strong(text, end, ref, closed)
    if kind != TARGET or not said:
        return _handed_on(kind, text, at, report)
    j = bisect_right([start for start, _ in said], at) - 1
    if j < 0 or (said[j][1] is None and j == 0):
        # the heading's frame or a broken-off line before the paragraph's sentences; a plan sentence without figures
        # opening the paragraph opens a list of aims
        return _handed_on(kind, text, at, report)
    return said[j][1] if said[j][1] != TARGET else _handed_on(kind, text, at, report)


def _frame_of(text: str, ref: int | None, closed: bool, report: bool = False) -> str | None:
    """The kind a paragraph hands on to the paragraphs after it: that of its last strong marker, a local one
    aside (预计总产值…: an estimate qualifies its own figure, not what the next paragraph reports); on a page of
    results (report) an aim only from a firm aim word."""
    at, kind = _last_strong(text, len(text), ref, closed)
    return _handed_on(kind, text, at, report)


def is_change_start(sentence: str, q: Quantity, others: list[Quantity]) -> bool:
    """True for A in 从A提升到B (由A增加至B): the starting level, already reached."""
    if not opens_change(sentence, q.span_start):
        return False
    _, ce = clause_bounds(sentence, q.start)
    return any(o.start > q.end and o.end <= ce and _CHANGE_TO.search(sentence[q.end:o.span_start]) for o in others)


def change_start_year(sentence: str, q: Quantity, year: int | None) -> int | None:
    """The year of A in 由A增加至B: the starting year a change before it in its statement names (由2015年的571亿元
    提高到2020年的895亿元,市场主体由1.6万户增加至…: 2015), else the year before B's (year); a start naming its own
    year (由去年同期的24.53%, 从2021年的13.8%) keeps the year it was given."""
    for b, e in reversed(base_spans(sentence[:q.span_start])):
        if e == q.span_start:
            return year
        if sentence[b] in "从由" and not _STATEMENT_END.search(sentence, e, q.span_start):
            named = _YEAR.search(sentence, b, e)
            if named:
                return int(named.group(1))
            break
    return year - 1 if year is not None else None


_STATEMENT_END = re.compile(r"[;。]")
CHANGE_TO_CHARS = 10  # how far before a figure the words ending a change may start (增加至2020年的12.3万户)


# ---------------------------------------------------------------- metric

MAX_MODIFIER = 6
MAX_NOTE = 12  # the longest note in parentheses (不含农户, GDP) passed over between a figure's words
_EXAMPLES_VERB = re.compile(r"集聚|聚集|引进|引入|招引|落地|落户|紧盯|推进|签约|入驻|培育|拥有|实施|包括")
_MEASURE_NOUN_END = re.compile(r"(?:面积|总投资|投资额|规模)$")
# quotes around a name and a linking 的 are not part of what is measured (“迎展行动”项目, 在建项目的竣工投产)
# (a quoted code or programme name with digits or Latin letters keeps its quotes: 落地“152”项目, “5G+工业互联网”)
_NAME_QUOTES = guarded(re.compile(r"[“「\"](?![^”」\"]*[0-9A-Za-z])|(?<![0-9A-Za-z+])[”」\"]|的(?=[\u4e00-\u9fff])"))
# 任务大多占到全市…: an adverb and 到 between a share's subject and 占 are not part of the name
_SHARE_VERB = guarded(re.compile(r"(?:大多|大都|均|都|分别|已)?占到?"))


def _after_last_joiner(text: str) -> str:
    """text after its last match of _JOINER (its last piece when split there), found with rfind."""
    cut = max(text.rfind("和"), text.rfind("及"))
    j = text.rfind("与")
    while j > cut and text.startswith("会", j + 1):  # 与会 joins nothing
        j = text.rfind("与", 0, j)
    return text[max(cut, j) + 1:]


def _without_lead(text: str) -> str:
    """_METRIC_LEAD.sub("", text): the pattern opens with ^, so a match at the start is the only one (re.sub
    would try it at every position)."""
    m = _METRIC_LEAD.match(text)
    return text[m.end():] if m else text


def _without_tail(text: str) -> str:
    """_METRIC_TAIL.sub("", text), searched only in the run of its words' characters that ends the text (before
    a last newline, where $ matches too): no match can start before that run."""
    end = len(text) - text.endswith("\n")
    start = end
    while start and text[start - 1] in _TAIL_CHARS:
        start -= 1
    while start < end and metric_rule("tail_in_word").match(text, start):
        start += 1  # 此次签约: the 约 of 签约 ends a verb, it is no 约 (about) before a figure
    return text if start == end else text[:start] + _METRIC_TAIL.sub("", text[start:])


@cache
def _first_time_words() -> tuple[str, ...]:
    return required_words(metric_rule("first_time"))


def _without_first_time(text: str) -> str:
    """metric_rule("first_time").sub("", text), searched only when one of the words every match holds is in text."""
    words = _first_time_words()
    for w in words:
        if w in text:
            break
    else:
        if words:
            return text
    return metric_rule("first_time").sub("", text)


def _clean_before(before: str) -> str:
    """The words before a figure, without subject, modal verbs, lists of examples and comparators."""
    before = _without_first_time(before)  # 首次突破: when, not what
    # 软件和信息技术服务业, 上市及过会企业: a short first item joined to the rest is part of the name (metric_rules.csv
    # joined_name); else the words after the last joiner name the figure
    before = before if metric_rule("joined_name").match(before) else _after_last_joiner(before)
    m = _METRIC_INCLUDES.match(before) if before.endswith(_INCLUDES_WORDS) else None
    if m:  # 开发区的“迎展行动”包括23个项目 -> “迎展行动”项目
        before = m.group("head").split("的")[-1]
    if before.endswith("等"):  # 润泽、晶台、唯酷等12个优质项目: the names are examples, not the metric
        return ""
    planned = metric_rule("planned_investment").search(before)
    if planned:  # 年度计划投资35亿元: the projects' planned spending is what is measured, not a modal 计划
        lead = _METRIC_SUBJECT.sub("", before[:planned.start()])
        return (_without_tail(_without_lead(lead)) + planned.group(0)).strip()
    subject = _METRIC_SUBJECT.match(before)
    if subject and _without_tail(_without_lead(before[subject.end():])).strip():
        before = before[subject.end():]
    elif subject:  # 届时产能将达10GW: nothing but a verb of reaching after the modal: the words before it name the measure
        before = _MODAL_END.sub("", before[:subject.end()])
    if "任务有" in before:
        before = _TASKS_ARE.sub("", before)
    return _without_tail(_without_lead(before)).strip()


_BOUND_AFTER = re.compile(r"^(?:及以上|以上|以下|以内|左右|多|余)")
_PRODUCT_OF = re.compile(r"(?P<product>[\u4e00-\u9fffA-Za-z]{2,14}?)的")
_OWNER_NAME = re.compile(r"[^,;:。、的(【!?\d]{2,16}?(?:项目|工程|基地|产业园|厂房|生产线|工厂)+")
_UNCLOSED_NOTE = re.compile(r"\([^)]*$")


@lru_cache(maxsize=8192)  # a figure's words recur (同比增长, 总投资): a pair is cleaned once
def _clean_metric(before: str, after: str) -> str:
    """Join the words before and after a figure into a short metric."""
    before = _clean_before(before)
    if bound := _BOUND_AFTER.match(after):  # (opens with ^: re.sub would try it at every position)
        after = after[bound.end():]
    if after.startswith("的"):
        # …的大众一汽平台项目于今年2月底开工: the project, not what it did; 的润和催化剂项目: a 和 in its name
        owner = _OWNER_NAME.match(after, 1)
        noun = owner.group(0) if owner else _AFTER_CUT.split(after[1:], maxsplit=1)[0]
        head = _OWNER_HEAD.search(noun)
        noun = noun[:head.end()] if head else noun
        text = (noun[:16] + before) if noun else before
    else:
        noun = _AFTER_CUT.split(after, maxsplit=1)[0]
        # (no noun, the usual case: none of the three rules below can match nothing)
        event = metric_rule("event_after_noun").match(noun) if noun else None
        if event:  # 17个项目集中开工 -> 集中开工项目: the projects an event counts, named by the event
            noun = event.group("verb") + event.group("noun")
        elif noun and (award := metric_rule("award_after_noun").match(noun)):
            # 3家企业获评省级绿色工厂 -> 获评省级绿色工厂企业: the firms or projects counted by what they won
            own = award.group("noun")[-2:]
            noun = award.group("award") + ("" if award.group("award").endswith(own) else own)
        elif noun and (progress := metric_rule("progress_after_noun").search(noun)):
            noun = noun[:progress.start()]  # 6个医疗卫生项目稳步推进 -> 医疗卫生项目: how they go is no part of the name
        if noun and metric_rule("milestone_after").match(noun):
            noun = ""  # 突破400亿元大关: the milestone passed is not what is measured
        # 启动建设面积22万平方米创新CBD总部商务区: the measure belongs to the noun after the figure
        text = noun + before if noun and _MEASURE_NOUN_END.search(before) else before + noun
    text = _NAME_QUOTES.sub("", text)
    if "占" in text:  # (every match of _SHARE_VERB holds 占, of _UNCLOSED_NOTE an opening parenthesis)
        text = _SHARE_VERB.sub("占", text)
    text = text.strip(" \"'()。").removesuffix("的")
    if "(" in text:
        text = _UNCLOSED_NOTE.sub("", text) or text  # 地区生产总值(GDP)939.90亿元: a note cut off by the figure  # 43亿元目标任务的34.82%: 的 links the next figure
    return text[-MAX_METRIC:] if len(text) > MAX_METRIC else text


# 常州经开区预计完成地区生产总值, 1—5月完成工业投资: who reports and when is not what is measured
_REPORTER_VERB = re.compile(r"^[^,;]{0,14}?(?:预计)?(?:实现|完成)(?:了)?(?!率|情况)(?=[\u4e00-\u9fff“A-Z]{2})")
_PART_YEAR_LEAD = re.compile(r"^(?:当地)?(?:\d{1,2}(?:月份?)?\s*[-—~至到]\s*\d{1,2}月份?|(?:前三|一|二|三|四)季度|上半年|下半年|全年|全区|该区|园区)从?")
_VERB_TAIL = guarded(re.compile(r"(?:累计)?(?:预计)?(?:完成|实现|达到|达)$"))
MIN_SUBJECT = 2


_REPORTER_END = re.compile(r"(?:区|园|县|市|镇|城|港|年|月|季度|全年|预计)$")
MIN_OWN_NAME = 4


@lru_cache(maxsize=8192)  # metric wordings recur: asked again for each subject carried and each fact named
def _without_reporter(metric: str) -> str:
    """The metric without the reporting subject, period and verb around it (全区1—5月完成工业投资 → 工业投资);
    a subject that names what is measured stays (电子信息产业实现产值 → 电子信息产业产值)."""
    m = _REPORTER_VERB.match(metric)
    if m:
        rest = metric[m.end():]
        lead = re.sub(r"(?:预计)?(?:实现|完成)了?$", "", metric[:m.end()])
        # 规模以上服务业企业实现营业收入, 500万以上工业企业预计完成: the firms whose figure it is are no reporter
        # (metric_rules.csv population_subject), without what stands around them; a zone, a period or a short
        # name's lead are
        firms = metric_rule("population_subject").search(lead) if lead else None
        own = not firms and bool(lead) and not _REPORTER_END.search(lead) and len(rest) < MIN_OWN_NAME
        # 新一代信息技术产业实现产业增加值, 计算机与通信设备产业2021年实现产值: the industry is what is measured
        # (metric_rules.csv industry_subject), whatever the length of its measure; its year is not
        industry = metric_rule("industry_subject").search(lead) if lead and not own and not firms else None
        if firms:  # (集成电路规上企业: the words before them stay; 预计237家: a count of them does not, count_of_population)
            lead = lead[:firms.end("firms")]
            lead = lead[max((c.end() for c in metric_rule("count_of_population").finditer(lead)), default=0):]
        metric = (lead + rest if firms or own
                  else industry["industry"] + rest.removeprefix("产业") if industry else rest)
    named = _zone_lead().match(metric)
    if named and "占" in named.group(0):  # 占西宁开发区固投, 精矿占乌鲁木齐综保区进口总值: the zone is a share's whole
        named = None
    if named and len(metric) - named.end() >= MIN_OWN_NAME:
        metric = metric[named.end():]  # 乌鲁木齐综合保税区进出口额 -> 进出口额: the zone is not what is measured
    out = _PART_YEAR_LEAD.sub("", metric)
    # 此次活动共有开工项目, 目前共有规上工业企业, 截至目前共引进: the occasion, the moment and the tally are not
    # what is counted (metric_rules.csv lead_noise)
    bare = metric_rule("lead_noise").sub("", out)
    out = bare if len(bare) >= MIN_SUBJECT + 1 else out
    out = _VERB_TAIL.sub("", out)
    return out if len(out) >= MIN_SUBJECT else metric


@cache
def _zone_lead() -> re.Pattern[str]:
    """A zone's name (or a word standing for it) opening a metric: a place, then a zone word of
    data/zone_words.csv (经济技术开发区, 综保区, 新区 …), then 内/的."""
    words = sorted({w.word for w in zone_words() if w.role in ("suffix", "reference")}, key=len, reverse=True)
    return re.compile(rf"^(?:此次|本次|当地|全区)?[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(map(re.escape, words))})(?:内|的)?")


CAPACITY_KINDS = ("weight", "energy")
_CAPACITY_OWNER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,8}$")
_NOT_OWNER = re.compile(r"建设|推进|解决|完成|投资|以上|形成|实现|新增|引进|推动|加快|开工|签约|落地|其中|包括")


def _capacity_metric(before: str, after: str) -> str:
    """A project's capacity named by the product after its figure (4万吨电解铜箔 -> 电解铜箔项目产能; 鑫天合公司年产
    7万吨草酸 -> 鑫天合草酸项目年产能): the product is what the project makes, the capacity what is measured;
    a project named after it (年产10万吨催化新材料的润和催化剂项目) is the owner; 150万吨/年乙烯 is a yearly capacity
    (metric_rules.csv per_year_capacity)."""
    per_year = metric_rule("per_year_capacity").match(after)
    after = after[per_year.end():] if per_year else after
    word = "年产能" if per_year or re.search(r"年产(?:能)?$", before) else "产能"
    owned = _PRODUCT_OF.match(after)
    if owned and (project := _OWNER_NAME.match(after, owned.end())) and _OWNER_HEAD.search(project.group(0)):
        return f"{project.group(0)}{owned.group('product')}{word}"
    after = _AFTER_CUT.split(_NAME_QUOTES.sub("", _BOUND_AFTER.sub("", after)), maxsplit=1)[0]
    made = metric_rule("capacity_product").match(after)
    if not made:
        return ""
    owner = re.sub(r"(?:有限公司|公司)?(?:年产|年产能|产能)?$", "", _clean_before(before).split("的")[-1])
    owner = owner if _CAPACITY_OWNER.match(owner) and not _NOT_OWNER.search(owner) else ""
    head = made.group("head") or ""
    return f"{owner}{made.group('product')}{head}{'' if head.endswith(('项目', '工程')) else '项目'}{word}"


def _completion_name(before: str) -> str:
    """The name of a share of a plan or a completion rate, as its words state it (完成年计划的25.8% -> 完成年计划比例,
    目标完成率为27.43% -> 目标完成率), for the subject before it to be carried onto; '' for other words."""
    own = _without_tail(before.strip())
    if m := metric_rule("plan_completion").search(own):
        # 实际利用外资完成年度目标的100%: a subject the clause states before 完成 is the plan's (else carried)
        lead = _without_reporter(_clean_before(own[:m.start()])) if m.start() else ""
        name = m.group("verb") + m.group("plan") + "比例"
        return (lead if len(lead) >= MIN_SUBJECT and not _is_bare(lead) else "") + name
    return own if metric_rule("completion_rate").fullmatch(own) else ""


def metric_for(sentence: str, q: Quantity, others: list[Quantity]) -> str:
    """What is counted: the words around the figure in its sub-clause (split at , ; : 、)."""
    ss, se = clause_bounds(sentence, q.start, _SUBCLAUSE_SPLIT)
    start = ss
    for o in others:  # do not borrow words from a neighbouring figure
        if o.span_end <= q.span_start and o.span_end > start:
            start = o.span_end
    before = sentence[start:q.span_start]
    if start == ss and ss > 0 and sentence[ss - 1] == "、":  # 引进国家、省级以上人才项目10个: a list of modifiers
        ps, _ = clause_bounds(sentence, ss - 1, _SUBCLAUSE_SPLIT)
        modifier = sentence[ps:ss - 1]
        if 0 < len(modifier) <= MAX_MODIFIER and not any(o.span_end > ps and o.span_start < ss for o in others):
            before = modifier + "、" + before
    elif start == ss and ss > 0 and sentence[ss - 1] == ")" and (note := sentence.rfind("(", 0, ss - 1)) > 0:
        # 固定资产投资(不含农户)同比增长13.6%: a note in parentheses does not end the words naming the figure
        ps, _ = clause_bounds(sentence, note - 1, _SUBCLAUSE_SPLIT)
        # (only when the words after it name nothing: 南昌县(小蓝经开区)一般公共预算收入 is named after the note)
        if (ss - note <= MAX_NOTE and before.strip() and _is_bare(before)
                and not any(o.span_end > ps and o.span_start < ss for o in others)):
            before = sentence[ps:note] + before
    cs, _ = clause_bounds(sentence, q.start)
    first = max([cs] + [o.span_end for o in others if cs < o.span_end <= q.span_start])
    if "为" in before and (led := metric_rule("represented_by").search(sentence, first, q.span_start)):
        before = sentence[led.end():q.span_start]  # 以A、B等为代表的X实现产值 -> X实现产值: the examples are not X
    elif "等" in before and (listed := metric_rule("examples_before_noun").match(sentence[first:q.span_start])):
        before = (listed.group("verb") or "") + listed.group("noun")  # 新签约能斯特、晶益通等产业项目 -> 新签约产业项目
    elif metric_rule("examples_end").search(before):  # 核心区集聚润泽、晶台等12个优质项目: what holds the examples (等在内的208家)
        verbs = list(_EXAMPLES_VERB.finditer(sentence, cs, q.span_start))
        if verbs:
            before = sentence[cs:verbs[-1].end()].split("的")[-1]
    if _CHANGE_TO.search(before) or q.unit_kind != "rank" and _CHANGE_TO_NOW.search(before):  # 占比从15%提升到25%
        cs, _ = clause_bounds(sentence, q.start)
        starts = "从" if q.unit_kind == "rank" else "从由"  # (综合排名由全国第九升至第六: a ranking's 由 is its own)
        frm = max(sentence.rfind(c, cs, q.span_start) for c in starts)
        if (frm < 0 and q.unit_kind != "rank" and cs > 1 and sentence[cs - 1] == ","
                and _CHANGE_TO_AFTER.match(sentence[cs:q.span_start])):
            # 由2017年的320家,提高到现在的443家: the start stated in the clause before
            cs, _ = clause_bounds(sentence, cs - 2)
            frm = max(sentence.rfind(c, cs, q.span_start) for c in starts)
        if frm >= 0:
            before = sentence[cs:frm]
        else:  # 占比提高到43.7%: what rose, not the verb
            before = _CHANGE_TO_NOW.sub("", _CHANGE_TO.sub("", before))
    elif (frm := _FROM_START.search(before)):  # 从2021年的13.8%增至14%: the start of a change
        before = before[:frm.start()]
    end = se
    for o in others:
        if o.span_start >= q.span_end and o.span_start < end:
            end = o.span_start
    after = sentence[q.span_end:end]
    if _CHANGE_TO_AFTER.match(after):  # …13.8%增至14%: the change is no part of the start's name
        after = ""
    elif end < se and q.unit_kind == "count" and not metric_rule("event_after_noun").match(after) and (
            counted := metric_rule("count_before_measure").match(after)):
        after = counted.group("noun")  # 75个续建项目累计完成投资39.5亿元: the words after 项目 name the next figure
    if owned := _owned_before_name(sentence, q, others, before):
        return owned  # 总投资10亿元的三一重能(日照)风电智能制造基地项目 -> 三一重能(日照)风电智能制造基地项目总投资
    capacity = _capacity_metric(before, after) if q.unit_kind in CAPACITY_KINDS else ""
    if capacity:
        return capacity
    if q.unit == "%" and (named := _completion_name(before)):
        return named
    metric = _clean_metric(before, after)
    if not metric:  # the figure opens its sub-clause: borrow the clause head (…,其中城市轴线项目9个)
        cs, _ = clause_bounds(sentence, q.start)
        # …工业开票销售506亿元、639.4亿元: the head ends where the clause's first figure begins
        head_end = min((o.span_start for o in others if cs <= o.span_start < q.span_start), default=q.span_start)
        metric = _clean_metric(sentence[cs:head_end], after if head_end == q.span_start else "")
    metric = _without_reporter(metric)
    if q.unit_kind == "money" and metric_rule("bare_spend").fullmatch(sentence, cs, q.span_start) and (
            spent := _spent_on(sentence, q)):
        metric = spent + metric  # 计划投入1000万元,完善园区绿化、亮化 -> 园区绿化、亮化投入
    if q.unit_kind in ("area", "land") and metric_rule("area_of_place").search(metric):
        metric += "面积"  # 梅溪片区3平方公里 -> 梅溪片区面积: a place's extent is its area
    return _completed_investment(before, _cumulative(sentence, cs, q, metric))


_INVESTMENT_END = re.compile(r"投资额?$")


def _completed_investment(before: str, metric: str) -> str:
    """The metric with the 完成 of 完成投资 right before the figure (项目…完成投资46.3亿元 -> 项目完成投资: the statistics'
    measure of projects, data/metric_rules.csv completed_investment); other metrics as they are."""
    end = _INVESTMENT_END.search(metric)
    if not end or "完成" in metric or "投资" in metric[:end.start()] or not metric_rule("completed_investment").search(
            before):
        return metric
    return metric[:end.start()] + "完成" + end.group(0)


def _cumulative(sentence: str, cs: int, q: Quantity, metric: str) -> str:
    """The metric with the 累计 its clause states right before its words (累计引进项目48个 -> 累计引进项目): a total
    since a start is another measure than a year's (data/metric_rules.csv cumulative)."""
    if len(metric) < MIN_SUBJECT or metric.startswith("累计") or "累计" not in sentence[cs:q.span_start]:
        return metric
    for m in metric_rule("cumulative").finditer(sentence, cs, q.span_start):
        if sentence.startswith(metric[:MIN_SUBJECT], m.end()):
            return "累计" + metric
    return metric


_OWNED_MEASURE_END = quick(re.compile(r"(?:签约|协议)?(?:计划总投资|计划投资|一期投资|总投资额|总投资|投资总额|投资额|投资|总占地|占地面积|占地|用地面积|"
                                r"规划用地|用地|总建筑面积|建筑面积|年产值)$"))
_COUNTED_HEAD = re.compile(r"(?:项目|工程|企业)$")


def _owned_before_name(sentence: str, q: Quantity, others: list[Quantity], before: str) -> str:
    """A project's measure stated before the project's name (data/metric_rules.csv owner_after): the name, with
    any capacity figure it holds left out, then the measure; when 的 is followed by a count (总投资227亿元的116个
    重点项目), the counted projects as their own figure names them; '' when the words after 的 name no project."""
    measure = _OWNED_MEASURE_END.search(_without_tail(before.strip()))
    m = metric_rule("owner_after").match(sentence, q.span_end) if measure else None
    if not m or "、" in (m.group("owner") or "") and sentence.startswith("等", m.end()):
        return ""  # (A、B、C等一批项目: examples, not one name)
    if m.group("count"):
        counted = next((o for o in others if o.span_start <= m.start("count") <= o.start and o.unit_kind == "count"), None)
        owner = metric_for(sentence, counted, [o for o in others if o is not counted] + [q]) if counted else ""
        owner = owner if _COUNTED_HEAD.search(owner) else ""
    else:
        owner = metric_rule("owner_capacity").sub("", m.group("owner")).lstrip("0123456789.")
    owner = _NAME_QUOTES.sub("", owner)
    return owner + measure.group(0) if len(owner) >= MIN_SUBJECT else ""


_CLAUSE_AFTER = re.compile(r"(?:左右|以上|多|余)?[,,]")


def _spent_on(sentence: str, q: Quantity) -> str:
    """What money spent (投入1000万元) goes to, when the next clause says (…,完成园区污水处理厂提标升级工程), or ''."""
    comma = _CLAUSE_AFTER.match(sentence, q.span_end)
    m = metric_rule("spend_object").match(sentence, comma.end()) if comma else None
    return (m.group("object") or m.group("built")) if m else ""


# A、B增加值占比均达70%: the figure is each item's; an item without a measure takes the last item's
_SHARED_BY_ALL = re.compile(r"(?:均|都)(?:达到?|为|超过?|突破|保持|在|(?:同比)?(?P<verb>增长|提高|提升|下降))?$")
_RANK_WORDS = re.compile(r"(?:均|都)?(?:连续[^,;。]{0,3}年|稳居|位居|位列|名列|跃居|居|列)?(?:全[国省市区县]|第)")
_MEASURE_TAIL = re.compile(r"(?:增加值|总产值|产值|营业收入|营收|收入|投资|总额|总量|税收|占比|比重|增速|增幅|增长率)+$")


def _listed_subjects(sentence: str, q: Quantity, metric: str) -> list[str]:
    """A、B增加值占比均达70% -> [A增加值占比, B增加值占比]; A、B、C全市第一 -> [A全市排名, B…, C…];
    A和B均增长10% -> [A增长, B增长]: one metric per item when the figure is stated once for all of them
    (A、B均… and A及B均… name each item; a ranking without 均 only a 、-list)."""
    if q.unit_kind != "rank" and "均" not in sentence and "都" not in sentence:
        return []  # (every match of _SHARED_BY_ALL holds one)
    cs, _ = clause_bounds(sentence, q.start)
    before = sentence[cs:q.span_start]
    verb = ""
    if q.unit_kind == "rank":  # the rank's words (均居全市第) follow the last item: the metric's tail
        cut = _RANK_WORDS.search(before)
        if not cut:
            return []
        shared = bool(re.match(r"均|都", cut.group(0)))
        before = before[:cut.start()]
    else:
        found = _SHARED_BY_ALL.search(before)
        if not found:
            return []
        shared, before = True, before[:found.start()]
        verb = found.group("verb") or ""
    items = [_without_lead(x).strip() for x in re.split(r"、|及|和" if shared else "、", before)]
    if len(items) < 2 or not all(2 <= len(x) <= MAX_METRIC and not re.search(r"[\d,;]", x) for x in items):
        return []
    if q.unit_kind == "rank":
        at = metric.rfind(items[-1])
        if at < 0 or len(items[-1]) < MIN_SUBJECT:
            return []
        tail = metric[at + len(items[-1]):]
        return [x + tail for x in items]
    if verb:  # 税收和产值均增长10%: each item grew
        return [x + verb for x in items]
    tail = _MEASURE_TAIL.search(items[-1])
    return [x if not tail or _MEASURE_TAIL.search(x) else x + tail.group(0) for x in items]


def _shared_by_earlier(sentence: str, q: Quantity, metric: str, quantities: list[Quantity],
                       metrics: list[str]) -> list[str]:
    """A、B分别达到x、y,增长幅度均超10% -> [A增长幅度, B增长幅度]: a figure stated once for all (均/都) by a clause
    naming only a measure (data/metric_rules.csv shared_by_earlier) is that of each subject the figures before it
    name, back to the last ;/: (a rate's subject without its rate word); none when fewer than two."""
    if "均" not in sentence and "都" not in sentence:
        return []
    cs, _ = clause_bounds(sentence, q.start)
    own = metric_rule("shared_by_earlier").match(sentence, cs, q.span_start)
    if not own:
        return []
    start = max(sentence.rfind(c, 0, cs) for c in ";;::") + 1
    subjects: list[str] = []
    for o, m in zip(quantities, metrics, strict=True):
        base = _RATE_WORD.sub("", m).strip() if start <= o.start < cs else ""
        if len(base) >= MIN_SUBJECT and base not in subjects:
            subjects.append(base)
    if len(subjects) < 2:
        return []
    at = metric.find(own.group("measure"))
    tail = metric[at:] if at >= 0 else own.group("measure")
    return [x + tail for x in subjects]


def distributed_items(sentence: str, q: Quantity, metric: str = "") -> list[str]:
    """开工、投产各15个 -> [重大项目开工, 重大项目投产]: one metric per item sharing the figure (also
    A、B…均达x and A、B…全市第一, see _listed_subjects)."""
    if not sentence[max(0, q.span_start - 1):q.span_start] == "各":
        return _listed_subjects(sentence, q, metric) if metric else []
    cs, _ = clause_bounds(sentence, q.start)
    items = [x for x in sentence[cs:q.span_start - 1].split("、") if x.strip()]
    if len(items) < 2:
        return []
    first = _without_lead(items[0])
    out = [first]
    for item in items[1:]:
        item = item.strip()
        if len(item) < len(first):  # 重大项目开工、投产: the later items share the head of the first
            item = first[: len(first) - len(item)] + item
        out.append(item)
    return out


# ---------------------------------------------------------------- category

@lru_cache(maxsize=1)
def load_categories() -> list[tuple[str, str, str]]:
    """(keyword, category, group) rows of data/metric_categories.csv, in file order."""
    with open(CATEGORIES_CSV, encoding="utf-8-sig", newline="") as f:
        return [(r["keyword"], r["category"], r.get("group") or "") for r in csv.DictReader(f)]


_UNIT_KIND_CATEGORY = {"people": "人才", "land": "土地/空间", "area": "土地/空间", "money": "投资"}


@lru_cache(maxsize=8192)  # metrics recur (项目, 固定资产投资 …): the keyword scan is done once per wording
def categorize(metric: str, unit: str, unit_kind: str) -> tuple[str, str]:
    """(category, group) of a metric: a share (%, 占/比重) is 占比, an area 土地/空间; else the longest keyword that the
    metric contains (first in file order on a tie); else a guess from the unit; else 其他."""
    rows = load_categories()
    share = unit == "%" and re.search(r"占|比重|比例", metric)
    space = unit_kind in ("land", "area")
    best: tuple[str, str, str] | None = None
    for kw, cat, grp in rows:
        if kw in metric and (best is None or len(kw) > len(best[0])):
            best = (kw, cat, grp)
    if share:
        return "占比", best[2] if best else ""
    if space:
        return "土地/空间", best[2] if best else ""
    if best:
        return best[1], best[2]
    return _UNIT_KIND_CATEGORY.get(unit_kind, "其他"), ""


# ---------------------------------------------------------------- dedupe

def _common_substring(a: str, b: str, n: int = 2) -> bool:
    """True when a and b share a substring of n characters."""
    grams = {a[i:i + n] for i in range(len(a) - n + 1)}
    return any(b[i:i + n] in grams for i in range(len(b) - n + 1))


@lru_cache(maxsize=8192)  # metric wordings recur across an article's facts
def _pieces(metric: str) -> frozenset[str]:
    """The two-character pieces of a metric, without the generic ones (项目, 重点 …) when it has others: two
    metrics sharing only those (签约项目5个, 此次活动共有开工项目5个) are not one statement repeated."""
    pieces = frozenset(metric[i:i + 2] for i in range(len(metric) - 1))
    return pieces - _GENERIC_PIECES or pieces


# (and the pieces of a rate's own word: 一般公共预算收入增长率 and 规上工业增加值增长率 of one value are two facts)
_GENERIC_PIECES = frozenset({"项目", "企业", "重点", "重大", "园区", "全市", "全区", "全省", "全国", "新增", "实施",
                             "增长", "长率", "增速", "增幅", "同比", "比增"})
BACK_REFERENCES_CSV = Path(__file__).resolve().parent.parent / "data" / "back_references.csv"


@lru_cache(maxsize=1)
def _refers_back() -> re.Pattern[str]:
    """The rows of data/back_references.csv as one pattern ending where a figure begins: words before a figure
    already stated that count the same things again (所有23个项目, 本次集中开工的11个项目)."""
    with open(BACK_REFERENCES_CSV, encoding="utf-8-sig", newline="") as f:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in csv.DictReader(f)))


def refers_back(sentence: str, q: Quantity) -> bool:
    """True when the words of q's clause before it refer back to figures stated before (data/back_references.csv)."""
    cs, _ = clause_bounds(sentence, q.start)
    return bool(_refers_back().search(sentence, cs, q.span_start))


_SEVERAL = -1  # the facts of a key lie in more than one paragraph


def _repeat_keys(f: Fact) -> frozenset[str]:
    """What a fact's metric tells dedupe: its two-character pieces and, when it names an indicator of
    data/indicators.csv, that indicator (二季度GDP增长率 and 地区生产总值增长率 measure one thing); none when the
    metric says nothing of its own (missing, or generic pieces only: 增长率)."""
    m = f.metric
    pieces = _pieces(m) if m else frozenset()
    if pieces <= _GENERIC_PIECES:
        return frozenset()
    indicator = _names_of(m, f.quantity.unit, f.quantity.unit_kind, f.rate)[3]
    return pieces if indicator == UNMAPPED else pieces | {"=" + indicator}


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Keep the first of facts that repeat one another: same kind, value and unit, in a different
    paragraph (a lead that repeats the body, a page printing its body twice), with metrics sharing
    words (a common two-character piece, or a metric missing).  Facts of one paragraph are never merged:
    parallel items (电子信息…力争形成100亿级产业规模。 健康产业…力争形成100亿级产业规模) share value and
    wording but are distinct facts.  Kept facts are indexed by their metrics' two-character pieces, each
    piece noting the one paragraph its facts lie in (or _SEVERAL), so each fact is checked in time
    proportional to its metric, not to the facts kept before it."""
    kept: list[Fact] = []
    # per kind/value/unit: the paragraph of the kept facts ("" key), of those without a metric (None key)
    # and of those whose metric holds each two-character piece; _SEVERAL when they lie in several
    seen: dict[tuple[str, float, str, str], dict[str | None, int]] = {}
    stated: set[tuple[float, str]] = set()  # the values and units of the facts so far
    # (the first fact of a group is kept as (paragraph, metric) and its keys written out only when a second
    # one comes: most groups hold one fact)
    first: dict[tuple[str, float, str, str], tuple[int, frozenset[str]]] = {}
    for f in facts:
        # (a rate names its measure last: 开工率 and 投资完成率 of the same value are two facts)
        q, m = f.quantity, f.metric
        group = (f.kind, q.value, q.unit, m[-2:] if m.endswith("率") else "")
        p = f.where[0]
        if (q.value, q.unit) in stated and refers_back(f.sentence, q):
            continue  # 制定了所有23个项目的一项目一方案: the 23 projects counted before (whatever kind it was read as)
        stated.add((q.value, q.unit))
        where = seen.get(group)
        pieces = _repeat_keys(f)
        if where is None:
            if group not in first:  # the first fact of its kind, value and unit
                kept.append(f)
                first[group] = (p, pieces)
                continue
            p0, k0 = first.pop(group)
            where = seen[group] = dict.fromkeys(("", *k0) if k0 else ("", None), p0)
        # a key seen in another paragraph (or in several) is a repeat; an unseen key reads as p
        if pieces:
            dup = where.get(None, p) != p or any(where.get(g, p) != p for g in pieces)
        else:
            dup = where.get("", p) != p
        if not dup:
            kept.append(f)
            for key in ("", *pieces) if pieces else ("", None):
                where[key] = p if where.get(key, p) == p else _SEVERAL
    return kept


# ---------------------------------------------------------------- entry point

_LISTED_FIGURES_TAIL = guarded(re.compile(r"(?:\d+(?:\.\d+)?(?:%|个百分点)?\s*(?:、|和|及|与))+$"))
_LIST_SEPARATORS = ("、", "和", "及", "与", "\n")  # what _LISTED_FIGURES_TAIL's match ends with ($: or a last \n)
_RATE_QUALIFIERS = re.compile(r"(?:同比|年均|比上年|较上年|分别)")


def is_growth_rate(sentence: str, q: Quantity) -> bool:
    """增长15%, 提高3个百分点: a rate of change of a figure stated before it."""
    if q.unit not in ("%", "个百分点"):
        return False
    # 分别增长14.5%、19.6%: a later figure of a list shares the rate word of the first (a list's tail ends
    # with its separator: only then is it looked for)
    before = sentence[max(0, q.span_start - 40):q.span_start].rstrip()  # (同比增长 15.4%: a space before the figure)
    if before.endswith(_LIST_SEPARATORS):
        before = _LISTED_FIGURES_TAIL.sub("", before)
    tail = before[-8:]  # (同比增: a rate word holding its qualifier is read with it)
    return bool(_GROWTH_RATE_BEFORE.search(_RATE_QUALIFIERS.sub("", tail)) or _GROWTH_RATE_BEFORE.search(tail))




def _clause_has_own_marker(sentence: str, q: Quantity, ref: int | None, closed: bool) -> bool:
    """True when the figure's clause carries a strong kind marker other than a bare 预计 or the base
    of the rate (同比, 比上年)."""
    cs, ce = clause_bounds(sentence, q.start)
    clause = _RATE_BASE.sub(lambda m: " " * len(m.group(0)), sentence[cs:ce])
    return any(strong and not clause.startswith("预计", p) for p, _, strong in _markers(clause, ref, closed))


# ---------------------------------------------------------------- implicit subjects

_RATE_WORD = re.compile(growth_words(rates_only=True))  # data/growth_words.csv, the rows naming a rate
# what is left of a rate's metric once the rate word goes: the base, 分别, the verb, stray figures
_RATE_NOISE = guarded(re.compile(
    r"同比|分别|年均|两年平均|平均|均|(?:比|较)(?:上年|去年|上一年|20\d\d年)(?:同期)?|同期|预计|实现|"
    # the basis of a rate (按可比价计算, 同口径, 按可比口径分别增长 devset19 dev_364) is no subject
    r"按(?:可比|不变)价格?计算|同口径|按可比口径|可比价|"
    r"(?:了|为|达到?)(?=[\d.]|$)|[\d.%、,…]+"))
# 占地60亩、总投资5亿元的X项目, 总投资251亿元的18个重大项目: a project's measures before its name (one
# figure or a 、-list of them, then 的 and a count) belong to the project named after them
_OWNED_MEASURE = re.compile(r"^(?:总投资|投资总额|投资额|投资|完成投资额?|计划总投资|计划投资|一期投资|总占地|占地面积|占地|"
                            r"用地面积|用地|规划用地|总建筑面积|建筑面积|年产值|年产能)$")
_OWNER_HEAD = re.compile(r"(?:项目|工程|基地|产业园|园区|厂房|中心|生产线|工厂)+")
_OWNER_AFTER = re.compile(r"(?:、[^、,;:。的]{1,10}?\d[\d.]*[^、,;:。的\d]{0,8})*的(?:[\d一二三四五六七八九十]+个)?"
                          r"(?P<owner>[^,;:。、的\d]{2,20}?(?:项目|工程|基地|产业园|园区|厂房|中心|生产线|工厂))")


def _owner_after(sentence: str, q: Quantity) -> str:
    """The project a measure before its name belongs to (…5亿元的大众一汽平台项目 -> 大众一汽平台项目)."""
    m = _OWNER_AFTER.match(sentence, q.span_end)
    return _NAME_QUOTES.sub("", m.group("owner")) if m else ""


# 项目12个,总投资130亿元: the investment of the projects counted just before
_PROJECT_HEAD = re.compile(r"^(?:总投资额?|投资|投资金额|(?:年度)?计划(?:完成)?投资|计划总投资|投资额|投资总额|到位资金|合同投资额|协议资金额|完成投资额?|"
                           r"签约投资)$")
_PROJECT_SUBJECT = re.compile(r"(?:项目|工程)$")
_PROJECT_MEASURE = re.compile(r"(?:总投资额?|投资总额|投资金额|投资额|计划总投资|计划投资|总数)$")


def _rate_topic(sentence: str, q: Quantity) -> str:
    """The measure a clause before a rate's names when no figure of the sentence precedes the rate (1-8月,新片区第三产业
    营业总收入延续快速增长势头,同比增长61.3% -> 第三产业营业总收入), or ''."""
    cs, _ = clause_bounds(sentence, q.start)
    found = None
    for m in amount_words().finditer(sentence, 0, cs):
        found = m
    if found is None:
        return ""
    start = max(sentence.rfind(c, 0, found.start()) for c in ",;:。") + 1
    return _without_reporter(_clean_before(sentence[start:found.end()]))


def _project_of(subject: str) -> str:
    """The projects an earlier figure counted or measured (片区综合开发项目总投资 → 片区综合开发项目), or ''."""
    # 在建项目共计440个: the tally word (共计, 合计: metric_rules.csv filler_words) is no part of what is counted
    subject = _PROJECT_MEASURE.sub("", re.sub(r"占[^,;]*$", "", without_fillers(subject)))
    # 新注册石化产业链企业11家、总投资额11.4亿元: firms counted own the measures after them too
    return subject if _PROJECT_SUBJECT.search(subject) or metric_rule("counted_firms").search(subject) else ""


_THIS_PROJECT = re.compile(r"(?:该项目|本项目|项目)?")
_COMPANY_WORDS = re.compile(r"(?:股份|科技)?有限公司")


def _project_topic(sentence: str, q: Quantity) -> str:
    """The project a clause of the sentence before the figure's names as its topic (雄狮中国研发生产总部中心项目,
    落地长沙自贸临空区,总投资10亿美元; X项目开工建设,该项目总投资8亿元): data/metric_rules.csv project_topic."""
    cs, _ = clause_bounds(sentence, q.start)
    topic = ""
    start = 0
    for sep in _CLAUSE_SPLIT.finditer(sentence, 0, cs):
        m = metric_rule("project_topic").match(sentence, start, sep.start())
        if m:
            topic = m.group("name").split("的")[-1]
        start = sep.end()
    return _COMPANY_WORDS.sub("", topic)


_FIRST_PROJECT = re.compile(r"(?P<project>[\u4e00-\u9fff]{2,10}?项目)")
MAX_PROJECT_LOOKBACK = 3  # the figures before a project measure that may count or size its projects


def _counted_before(earlier: list[str]) -> str:
    """The projects or firms one of the last figures before counted or sized (项目86个,开工率100%,完成投资175亿元
    -> 项目), or ''."""
    for subject in reversed(earlier[-MAX_PROJECT_LOOKBACK:]):
        if project := _project_of(subject):
            return project
    return ""


def _projects_before(sentence: str, q: Quantity, earlier: list[str]) -> str:
    """The projects a measure after them belongs to: those an earlier figure of the sentence counted or sized
    (项目12个,总投资130亿元), else the first projects the sentence names (…集中投产的重大项目,…年产值…)."""
    if project := _counted_before(earlier):
        return project
    m = _FIRST_PROJECT.search(sentence, 0, q.span_start)
    return m.group("project").split("的")[-1] if m else ""
_PLAN_HEAD = re.compile(r"^(?:年任务|全年任务|年度任务|全年目标|年度目标|目标任务|目标|任务|年度计划|全年计划)(?:数)?的?$")
# 占全市数字经济总投资: the part named after the whole (占全市比重 names no part: the subject before it is carried)
_SHARE_OF_WHOLE = re.compile(r"^占(?P<whole>全国|全省|全市|全区|全县)(?!(?:的)?(?:比重|比例|份额)$)(?P<part>[\u4e00-\u9fffA-Za-z]{2,}?)"
                             r"(?:的?(?:比重|比例|份额))?$")
SHARE_UNITS = ("%", "成")  # a share is stated in per cent or in tenths (八成)
# 较2023年前进3位: a move in a ranking, named after the place it moves (…排名较2023年前进)
_RANK_MOVE = re.compile(r"(?:较|比)[^,;。]{0,10}?(?:提升|上升|前移|前进|跃升|提高|攀升|下降|下滑|后退|后移)了?$")


@lru_cache(maxsize=8192)  # asked several times per figure (carry_subjects, _named) on the same wordings
def _is_bare(metric: str) -> bool:
    """True when a metric names no subject: 增长, 同比增长, 较2020年分别增长63.5%、, an empty string."""
    return len(_RATE_NOISE.sub("", metric_rule("rate_qualifier").sub("", _RATE_WORD.sub("", metric)))) < MIN_SUBJECT


@lru_cache(maxsize=8192)  # a metric wording: asked per figure in carry_subjects and again in _named
def subject_of(metric: str) -> str:
    """What a metric measures, without its rate words (固定资产投资增长 → 固定资产投资); empty when none."""
    if _is_bare(metric):
        return ""
    m = _RATE_WORD.search(metric)
    head = metric[:m.start()] if m and len(_RATE_NOISE.sub("", metric[:m.start()])) >= MIN_SUBJECT else metric
    return _without_reporter(_RATE_NOISE.sub("", head))


def _rate_word(sentence: str, q: Quantity) -> str:
    """The rate word stated before the figure in its clause (增速, 增幅, 提升 …); 增长 by default."""
    cs, _ = clause_bounds(sentence, q.start)
    words = _RATE_WORD.findall(sentence, cs, q.span_start)
    return "增长" if not words or words[-1].endswith("比增") else words[-1]  # (比增, 同比增: 增长)


def _rate_qualifier(sentence: str, q: Quantity) -> str:
    """What kind of rate the figure's clause states, when not a plain one (两年平均增长, 较2019年同期增长, 年均增长:
    data/metric_rules.csv rate_qualifier); '' for 同比 and for none."""
    cs, _ = clause_bounds(sentence, q.start)
    found = metric_rule("rate_qualifier").findall(sentence, cs, q.span_start)
    return found[-1] if found else ""


def _respective_subject(sentence: str, q: Quantity, quantities: list[Quantity], earlier: list[str],
                        bare: bool) -> str:
    """The subject of one figure of a "respectively" list: A、B、C分别增长x、y、z (the list before 分别)
    or A…x、B…y,分别增长u、v (the subjects of the figures before it), matched by position."""
    cs, ce = clause_bounds(sentence, q.start)
    k = sentence.find("分别", cs, q.span_start)
    if k < 0:
        return ""
    group = [o for o in quantities if k < o.start < ce]
    if q not in group:
        return ""
    idx = group.index(q)
    listed = sentence[cs:k]
    names = re.split(r"[、和及与]", listed)
    if len(names) != len(group):  # 建筑及装潢材料、饮料和书报杂志类分别下降: only the last joiner ends the list
        names = listed.split("、")
        last = metric_rule("last_joiner").search(names[-1]) if len(names) < len(group) else None
        names[-1:] = [names[-1][:last.start()], names[-1][last.end():]] if last else names[-1:]
        items = [_without_reporter(_without_tail(_without_lead(x)).strip()) for x in names]
    else:
        items = [_without_reporter(_clean_before(x)) for x in names]
    # 一般公共服务、教育、社会保障和就业支出分别增长: the last item's head (支出) is every item's (metric_rules shared_head)
    head = metric_rule("shared_head").search(items[-1]) if len(items) == len(group) > 1 else None
    if head and head.start() > 0 and not any(head.group(0) in x for x in items[:-1]):
        items = [x + head.group(0) for x in items[:-1]] + items[-1:]
    if len(items) == len(group) and all(len(x) >= MIN_SUBJECT for x in items) and not re.search(r"[比较]", items[0]):
        return items[idx]
    if bare and len(earlier) >= len(group) and _is_bare(sentence[cs:k]):
        return earlier[len(earlier) - len(group) + idx]
    rate = _without_lead(sentence[cs:k])
    if len(earlier) >= len(group) and metric_rule("completion_rate").fullmatch(rate):
        # 8个省级重点项目、19个市级重点产业项目…,投资完成率分别为160%、121.8% -> 省级重点项目投资完成率, …
        return _OWN_VERB.sub("", earlier[len(earlier) - len(group) + idx]) + rate
    return ""


_OWN_VERB = re.compile(r"^(?:引进|新增|培育|招引|落地|落户|新开工|开工|新竣工|竣工|投产|实施|建成|打造|新建|完成|签约|推进|引育)")
HEAD_NOUN = 2  # 项目, 企业, 人才: the head of a counted noun phrase


def _part_of_total(sentence: str, q: Quantity, metric: str, totals: list[tuple[Quantity, str]]) -> str:
    """A 其中 part names what its total names: “迎展行动”包括23个项目,其中城市轴线项目9个 → 迎展行动城市轴线项目."""
    p = sentence.rfind("其中", 0, q.span_start)
    if p < 0 or q.unit_kind not in ("count", "people"):
        return metric
    whole = [(t, m) for t, m in totals if t.span_end <= p and t.unit_kind == q.unit_kind]
    if not whole:
        return metric
    total = whole[-1][1]
    modifier = _OWN_VERB.sub("", total[:-HEAD_NOUN])
    # a part that is a class of its own (超百亿元项目 of 超亿元项目, 500万元以上规模企业) names itself
    if (len(total) > HEAD_NOUN and total[-HEAD_NOUN:] == metric[-HEAD_NOUN:] and len(metric) > HEAD_NOUN
            and re.fullmatch(r"[\u4e00-\u9fff]+", modifier) and not re.search(r"\d|亿|万元|以上", modifier + metric)
            and not _common_substring(modifier, metric[:-HEAD_NOUN]) and not metric_rule("award_verb").match(metric)):
        return modifier + metric
    # 新签约亿元以上项目26个,其中50亿元1个 -> 新签约50亿元项目: a part of what was signed or brought in was too
    # (a size class takes the total's head noun; a named kind only a total newly signed or brought in: 新签约,
    # 新引进 — 签约项目…,其中外资项目45个 is labelled without the verb)
    verb = metric_rule("part_takes_verb").match(total)
    head = total[-HEAD_NOUN:] if re.search(r"(?:元|以上|以下|级)$", metric) else ""
    if (verb and (head or verb.group(0).startswith("新")) and len(metric) >= MIN_SUBJECT
            and not metric_rule("part_takes_verb").match(metric) and not _OWN_VERB.match(metric)):
        return verb.group(0) + metric + head
    return metric


def _elided_head(q: Quantity, metric: str, totals: list[tuple[Quantity, str]]) -> str:
    """A count whose words name no counted noun takes the head of the count before it in the sentence, in the same
    unit (集聚企业178家,投产126家 -> 投产企业; 开工项目46个,建成投产43个 -> 建成投产项目: metric_rules.csv
    counted_named, counted_head)."""
    if q.unit_kind != "count" or _is_bare(metric) or metric_rule("counted_named").search(metric):
        return metric  # (a bare count, 累计已拥有40家, is the figure before's: see carry_subjects)
    before = [m for t, m in totals if t.unit == q.unit]
    head = metric_rule("counted_head").search(before[-1]) if before else None
    return metric + head.group(0) if head else metric


def _shared_verb(sentence: str, q: Quantity, metric: str, totals: list[tuple[Quantity, str]]) -> str:
    """Parallel clauses share the verb of the first (data/metric_rules.csv shared_verb): 引进高新产业项目50个,高层次人才项目
    40个 → 引进高层次人才项目; so do 、-items (listed_verb): 新增省级专精特新企业7家、创新型中小企业15家 → 新增创新型中小企业."""
    if not totals or _OWN_VERB.match(metric) or len(metric) < MIN_SUBJECT or metric_rule("stock_of_previous").match(
            metric):  # (新增国家高企36家,总量突破100家: the stock of the objects before, not more of them)
        return metric
    prev_q, prev_metric = totals[-1]
    if prev_q.unit_kind != q.unit_kind:
        return metric
    cs, _ = clause_bounds(sentence, q.start)
    ps, pe = clause_bounds(sentence, prev_q.start)
    verb = metric_rule("shared_verb").match(prev_metric)
    if verb and pe == cs - 1 and sentence[pe] == "," and sentence[cs:q.span_start].startswith(metric[:HEAD_NOUN]):
        return verb.group(0) + metric
    verb = metric_rule("listed_verb").match(prev_metric)
    item, _ = clause_bounds(sentence, q.start, _SUBCLAUSE_SPLIT)  # (a 、-item right after the figure before)
    if (verb and ps == cs and item == prev_q.span_end + 1 and sentence[prev_q.span_end] == "、"
            and sentence[item:q.span_start].startswith(metric[:HEAD_NOUN])):
        return verb.group(0) + metric
    return metric


# 总量居全市第一, 综合排名由全国高新区第九升至第六: the verbs of a ranking are not what is ranked
_RANK_VERB = guarded(re.compile(r"连续[^,;。]{0,3}年|稳居|位居|位列|名列|跃居|排名|排位|上升至|升至|(?:上升|提升|跃升|前移)到|现在的?|居于?|(?<![系行排])列|均|由|获得了?|的?成绩"))
_RATE_FIRST = re.compile(r"^(?:增速|增幅|增长率|增长)")


def _rank_metric(metric: str, last: str, after_rate: bool = False) -> str:
    """A place in a ranking named as what is ranked and where: 总量居全市 → X总量全市排名 (X the figure before); a
    rate ranked after its figure (增长7.2%,增速居全市第2位) takes the figure's subject, and so does a place named by
    its area alone right after a rate (增长8.9%、全市第三 → X增速全市排名: metric_rules.csv rank_of_rate)."""
    # 在全省126家省级以上开发区综合考评中排名 -> 全省省级以上开发区综合考评排名 (metric_rules.csv rank_among)
    metric = metric_rule("rank_among").sub(lambda m: (m["area"] or "") + (m["group"] or m["field"] or ""), metric)
    # 跃升至第19位, 进入全国前十, 跻身全国50强: how the place was reached, not the ranking (metric_rules.csv rank_entry)
    name = _RANK_VERB.sub("", metric_rule("rank_entry").sub("", metric))
    # 总量居全市第一, 位居成都市第二, 数量居全国高新区第4: the ranking of the figure before (metric_rules.csv rank_of_previous)
    if last and after_rate and metric_rule("rank_of_rate").fullmatch(name):
        name = last + "增速" + name
    elif last and (_RATE_FIRST.match(name) or len(name) < MIN_SUBJECT + 1 or metric_rule("rank_of_previous").fullmatch(
            name)):
        name = last + name
    return name if name.endswith("排名") else name + "排名"


def _ranked_field(sentence: str, q: Quantity, name: str) -> str:
    """A place whose words name no ranking (全国排名, 排名) in the ranking an earlier clause of its sentence names
    (发布2023园区高质量发展百强榜单,宜昌高新区上榜,位列第89位 -> 园区高质量发展百强榜单排名; 在全国217家国家级经开区中
    位列第九,连续两年跻身全国前十 -> 国家级经开区全国排名: metric_rules.csv bare_rank, rank_field, rank_field_end); other
    names as they are."""
    if not metric_rule("bare_rank").fullmatch(name):
        return name
    fields = [m.group("field") for m in metric_rule("rank_field").finditer(sentence, 0, q.span_start)]
    field = metric_rule("rank_field_end").sub("", fields[-1]) if fields else ""
    return field + name if len(field) >= MIN_SUBJECT else name


# 高于全市2个百分点: a difference of rates, named after the rate it compares
_ABOVE = re.compile(r"(?:高于|高出|快于|低于|慢于|领先)(?:全[国省市区县]|全市平均|平均水平|平均)?")


_AREA_WORD = re.compile(r"全?[国省市区县]")


def _compared_area(sentence: str, q: Quantity, quantities: list[Quantity]) -> str:
    """The area a difference of rates compares with (比全省、全市分别高2、1.4个百分点 -> 全省, then 全市;
    分别高于省市平均增幅0.2个和0.8个百分点 -> 全省, then 全市), with its direction: 高于全省; '' when none."""
    cs, _ = clause_bounds(sentence, q.start)
    matches = list(metric_rule("rate_compared").finditer(sentence, cs, q.span_start))
    if not matches:
        return ""
    found = matches[-1]
    areas = found.group("areas") or found.group("areas2")
    names = ["全省", "全市"] if areas == "省市" else [  # 比全国、湖北、武汉: a province or city by its name; 国家: 全国
        "全" + a if len(a) == 1 else "全国" if a == "国家" else a for a in re.split(r"[、和及]", areas)]
    group = [o for o in quantities if o.unit == "个百分点" and found.end() <= o.start and o.span_start < q.span_end + 1
             and clause_bounds(sentence, o.start)[0] == cs]
    idx = group.index(q) if q in group else len(group) - 1
    said = found.group("dir") or found.group("dir2")
    direction = "低于" if said.startswith(("低", "慢")) else "领先" if said == "领先" else "高于"
    ss = clause_bounds(sentence, q.start, _SUBCLAUSE_SPLIT)[0]
    own = sentence[ss:q.span_start]
    # 高于全省2.5个百分点、全市1.3个百分点: the area before the figure (领先全国、全省、全市3.6、…: not the list's last)
    if ss >= found.end() and _AREA_WORD.fullmatch(own):
        return direction + (own if own.startswith("全") else "全" + own)
    return direction + (names[idx] if 0 <= idx < len(names) else names[-1]) if names else ""


_FIGURE_LIST = re.compile(r"[\d.、和]*")


def _compared_subject(sentence: str, q: Quantity) -> str | None:
    """When the figure is one of a list right after a comparison with areas (较全国、全省、全市分别高8.2、8.0、7.5个百分点),
    whatever words a 分别 split left it: the words naming the rate before the comparison in its clause (光谷经济增速比…
    -> 光谷经济), '' when there are none; None when the figure follows no such comparison."""
    cs, _ = clause_bounds(sentence, q.start)
    matches = list(metric_rule("rate_compared").finditer(sentence, cs, q.span_start))
    found = matches[-1] if matches else None
    if not found or _FIGURE_LIST.fullmatch(sentence, found.end(), q.span_start) is None:
        return None
    own = _RATE_NAME_END.sub("", _clean_before(sentence[cs:found.start()]))
    return own if len(own) >= MIN_SUBJECT else ""


_RATE_NAME_END = re.compile(r"(?:增速|增幅|增长率)(?:水平)?$")


_BUILT = re.compile(r"(?:建成|投产|达产|满产)后")
_BUILT_OWNER = re.compile(r"^(?P<owner>[^,;。]*?(?:建成|投产|达产|满产)+后)")  # X项目全部建成后年产值
_NEW_WORD = re.compile(r"^(?:全年)?(?:新增|新引进|新认定|新培育|新入库|引进|培育|认定)")


def _segment_topic(sentence: str, q: Quantity) -> str:
    """The sector a segment of a sentence (after a semicolon) opens with, when the figure's clause comes later
    in it: 第二产业支撑有力,全年实现增加值764亿元 -> 第二产业 (data/metric_rules.csv sector_topic)."""
    seg = sentence.rfind(";", 0, q.span_start) + 1
    cs, _ = clause_bounds(sentence, q.start)
    if cs <= seg:
        return ""
    m = metric_rule("sector_topic").match(sentence, seg, cs)
    return m.group("topic") if m else ""


@cache
def _carry_index() -> RuleIndex:
    """The patterns carry_subjects tries on a figure's metric wording, indexed by the words they need."""
    table = ("plan_completion", "completion_rate", "pull_of_subject", "share_opening", "measure_of_counted",
             "year_spend_of_counted", "yield_of_projects", "yield_follows", "stock_of_previous", "site_of_project",
             "bare_output")
    return RuleIndex({**{name: metric_rule(name) for name in table}, "owned_measure": _OWNED_MEASURE,
                      "project_head": _PROJECT_HEAD, "measure_tail": _MEASURE_TAIL, "plan_head": _PLAN_HEAD,
                      "share_of_whole": _SHARE_OF_WHOLE, "built_owner": _BUILT_OWNER})


@lru_cache(maxsize=8192)  # metric wordings recur
def _carry_rules(metric: str) -> frozenset[str]:
    """Names of the patterns of _carry_index that can match in metric (the others cannot: not tried)."""
    return _carry_index().candidates(metric)


def _site_owner(last: str) -> str:
    """The project a site stated right after the figure named last is of (data/metric_rules.csv site_of_project): the
    project whose investment that was (X项目总投资 -> X项目) or the projects it counted (新开工项目), or ''."""
    spent = _OWNED_MEASURE_END.search(last)
    owner = last[:spent.start()] if spent else last
    return owner if _COUNTED_HEAD.search(owner) else ""  # (批复投资20亿元,计划用地: no project named)


def _output_holder(sentence: str, q: Quantity, metric: str) -> tuple[str, bool]:
    """The firms or the industry whose output a figure is, as its clause names them before its verb and its metric
    keeps them (规模以上工业实现总产值208.2亿元 -> 规模以上工业: data/metric_rules.csv output_holder), or the firms it
    counts (重点临规企业15户: counted_firms, population_subject), and whether it is that count; '' when none."""
    if q.unit_kind == "count" and metric_rule("counted_firms").search(metric):
        # (qualified firms only: 新增国家级高新技术企业2家,实现工业总产值… is the zone's output, not theirs)
        firms = metric_rule("population_subject").search(metric)
        counted = firms["firms"] if firms and firms.end() == len(metric) else ""
        return (counted, True) if len(counted) >= MIN_OWN_NAME else ("", False)
    cs, _ = clause_bounds(sentence, q.start)
    m = metric_rule("output_holder").search(sentence, cs, q.span_start)
    said = m.group("holder") if m else ""
    for i in range(len(said) - MIN_OWN_NAME + 1):  # (全区规模以上企业: the words the metric keeps of them)
        if metric.startswith(said[i:]) and len(metric) > len(said) - i:
            return said[i:], False
    return "", False


def carry_subjects(sentence: str, quantities: list[Quantity], metrics: list[str], rates: list[bool]) -> list[str]:
    """Metric names that read alone: the subject a clause leaves implicit is carried from the figure
    it speaks of (固定资产投资…同比增长14% → 固定资产投资增长; 增长22.8%,达到28.8亿元 → the subject of
    the rate; A、B分别增长x、y → A增长, B增长; 项目12个,总投资130亿元 → 项目总投资); a share of the whole
    reads as one (占全市数字经济总投资 → 数字经济总投资占全市比重)."""
    out: list[str] = []
    earlier: list[str] = []  # subjects of the non-rate figures so far
    totals: list[tuple[Quantity, str]] = []  # non-rate figures and their metrics, for 其中 parts
    last = ""
    last_rank = ""  # the metric of the sentence's latest place in a ranking
    yield_owner = ""  # the owner of the statement's latest yield once built (X项目全部建成后), with where it ends
    yield_end = 0
    holder = ""  # the firms or industry whose output the sentence's latest figure is (规模以上工业实现总产值…)
    holder_end, holder_counts = 0, False  # where that figure ends; whether it counts the firms (their statement only)
    respective = "分别" in sentence  # (else no figure of it is one of a "respectively" list)
    after_rate = False  # the figure before is a growth rate of the subject last
    shared = ""  # the amount whose share the figure before is (…产值X亿元,占全市42.6%): a % rate after it grows it
    for q, metric, rate in zip(quantities, metrics, rates, strict=True):
        if shared and rate and q.unit == "%":
            last = shared  # (a gap of points after the share, 提高2个百分点, is the share's)
        move = _RANK_MOVE.search(metric) if q.unit_kind == "rank" else None
        # 从年初综合排名第10名上升到现在的第2名: a place without words of its own is the same ranking's
        same_ranking = q.unit_kind == "rank" and bool(last_rank) and _is_bare(_RANK_VERB.sub("", metric))
        metric = _part_of_total(sentence, q, metric, totals) if not rate else metric
        metric = _shared_verb(sentence, q, metric, totals) if not rate else metric
        metric = _elided_head(q, metric, totals) if not rate else metric
        chained, may = metric, _carry_rules(metric)  # the rules below that can match it (the others are skipped)
        resp = _respective_subject(sentence, q, quantities, earlier, _is_bare(metric)) if respective else ""
        completion = q.unit == "%" and bool("plan_completion" in may and metric_rule("plan_completion").fullmatch(metric)
                                            or "completion_rate" in may
                                            and metric_rule("completion_rate").fullmatch(metric))
        above = _ABOVE.search(metric) if q.unit == "个百分点" else None
        listed = _compared_subject(sentence, q) if q.unit == "个百分点" and "分别" in sentence else None
        compared = (_compared_area(sentence, q, quantities) if q.unit == "个百分点" and (listed or last)
                    and (_is_bare(metric_rule("rate_compared").sub("", metric).replace("比", ""))
                         or _AREA_WORD.fullmatch(metric) or listed is not None) else "")
        multiple = metric_rule("multiple_of").fullmatch(metric) if q.unit == "倍" else None
        owner = ((resp or _respective_subject(sentence, q, quantities, earlier, True) if respective else "") or last
                 if multiple else "")
        if multiple and owner:
            # 增长12.6%,是全国增速的2.6倍 -> X增速相当于全国倍数; 分别是“十一五”末的2.35倍和2.85倍 -> A, B相当于十一五末倍数
            metric = owner + ("增速" if multiple["rate"] or rate else "") + "相当于" + multiple["base"] + "倍数"
        elif compared:  # 增长8%,比全省、全市分别高2、1.4个百分点 -> X增速高于全省, X增速高于全市
            metric = (listed or last) + "增速" + compared
        elif q.unit == "个百分点" and last and metric_rule("rate_change_vs_period").match(metric):
            metric = last + ("" if metric.startswith(("增速", "增幅", "降幅")) else "增速") + metric  # 比1-9月回落
        elif above and last and (len(metric) - len(above.group(0)) < MIN_OWN_NAME
                               or metric.startswith(above.group(0)) and last in metric):
            metric = last + "增速" + above.group(0)  # …增长8%,高于全市2个百分点 -> X增速高于全市
        elif above and last and metric.startswith(above.group(0)) and not _is_bare(metric[above.end():]):
            metric = last + "增速" + metric  # …增长8.9%,高于GDP增幅2.2个百分点 -> X增速高于GDP增幅
        elif last and "pull_of_subject" in may and (pull := metric_rule("pull_of_subject").match(metric)) and len(owner := _MEASURE_TAIL.sub("", last)) >= (
                MIN_SUBJECT) and owner != last and "占" not in last:
            # 产值增长10.5%,拉动规上工业产值增长1.8个百分点 -> 装备制造业拉动规上工业产值增长: the pull is the part's whose
            # measure (产值, 增加值) was stated; a share or a bare measure before it names no part
            metric = owner + metric[pull.start("pull"):]
        elif resp:
            metric = resp + _rate_word(sentence, q) if rate else resp
        elif completion and last:
            # 完成年计划的25.8%, 目标完成率27.43% name the figure before; 开工率, 投资完成率 the projects counted
            counted = _counted_before(earlier) if not metric.startswith(("完成", "占", "目标")) else ""
            metric = (counted or last) + metric
        elif last and _is_bare(metric):
            metric = last + _rate_qualifier(sentence, q) + _rate_word(sentence, q) if rate else last
        elif rate and _is_bare(metric) and (topic := _rate_topic(sentence, q)):
            metric = topic + _rate_qualifier(sentence, q) + _rate_word(sentence, q)  # 第三产业营业总收入延续快速增长势头,同比增长61.3%
        elif last and "share_opening" in may and (share := metric_rule("share_opening").match(metric)) and not (
                (whole := _SHARE_OF_WHOLE.match(metric)) and len(whole["part"]) >= MIN_OWN_NAME and last.endswith(whole["part"])):
            # (a share after a share: 占全市比重从13.8%增至14% names the part of the first; 授权专利35件,占全区授权总数的
            # 41%: the figure before is the part of the whole named after 占; 招引数字经济总投资192亿元,占全市数字经济总投资的
            # 84.2%: a whole named as the part was is the part's own measure, read below)
            metric = last.split("占")[0] + metric[share.end() - 1:]  # …产值142.6亿元,占规上工业总产值比重达66%; 营收…,总量占全市
        elif "owned_measure" in may and _OWNED_MEASURE.match(metric) and (owner := _owner_after(sentence, q)):
            metric = owner + metric  # 总投资5亿元的X项目 -> X项目总投资
        elif "owned_measure" in may and (own := _THIS_PROJECT.match(metric)) and _OWNED_MEASURE.match(
                metric[own.end():]) and not ("yield_of_projects" in may and metric_rule("yield_of_projects").match(
                metric)) and (topic := _project_topic(sentence, q)):
            metric = topic + metric[own.end():]  # X项目,落地…,总投资10亿美元 -> X项目总投资
        elif ((counted := "measure_of_counted" in may and metric_rule("measure_of_counted").match(metric))
              or "project_head" in may and _PROJECT_HEAD.match(metric)
              or "year_spend_of_counted" in may and metric_rule("year_spend_of_counted").match(metric)) and (
                project := _counted_before(earlier)):
            # 签约项目11个,引资额32.24亿元 -> 签约项目引资额; 动工项目36个,…,预计总产值518亿元 -> 动工项目预计总产值
            expected = "预计" if counted and "预计" in sentence[clause_bounds(sentence, q.start)[0]:q.span_start] else ""
            metric = project + expected + metric
        elif "yield_of_projects" in may and (made := metric_rule("yield_of_projects").match(metric)) and (
                project := _projects_before(sentence, q, earlier)):
            # 项目全部达产后,年产值将超1200亿元 -> 重大项目达产后年产值: what the projects will yield
            built = _BUILT.findall(sentence, 0, q.span_start)
            expected = "预计" if "预计" in sentence[clause_bounds(sentence, q.start)[0]:q.span_start] else ""
            metric = project + (built[-1] if built else expected) + made.group("yield")
        elif yield_owner and "yield_follows" in may and (follows := metric_rule("yield_follows").match(metric)) and not _STATEMENT_END.search(
                sentence, yield_end, q.span_start):
            # 项目全部建成后年产值可达30亿元,上缴税收5000万元 -> X项目全部建成后上缴税收: the same projects' yield
            metric = yield_owner + follows.group("measure")
        elif "owned_measure" in may and (own := _THIS_PROJECT.match(metric)) and _OWNED_MEASURE.match(
                metric[own.end():]) and (topic := _sentence_project(sentence)):
            metric = topic + metric[own.end():]  # X项目是…之一,项目由…投资建设,总投资25亿元 -> X项目总投资
        elif last and "site_of_project" in may and metric_rule("site_of_project").match(metric) and (
                owner := _site_owner(last)):
            metric = owner + metric  # X项目总投资12亿元,占地面积160亩 -> X项目占地面积
        elif last and "stock_of_previous" in may and metric_rule("stock_of_previous").match(metric):
            metric = _NEW_WORD.sub("", last) + metric  # 新增国家高企36家,总量突破100家 -> 国家高企总量
        elif holder and not rate and "bare_output" in may and (bare := metric_rule("bare_output").fullmatch(metric)) and (
                not holder_counts or ";" not in sentence[holder_end:q.span_start]):
            metric = holder + bare.group("measure")  # 规模以上工业实现总产值…,实现营业收入222.8亿元 -> 规模以上工业营业收入
        elif "measure_tail" in may and _MEASURE_TAIL.fullmatch(metric) and (topic := _segment_topic(sentence, q)):
            metric = topic + metric  # 第二产业支撑有力,全年实现增加值764亿元 -> 第二产业增加值
        elif earlier and "plan_head" in may and _PLAN_HEAD.match(metric):
            # 实现工业总产值17.78亿元,完成年任务75亿元的23.7% → 工业总产值年任务, 工业总产值年任务完成比例
            metric = metric.rstrip("的")  # 完成全年43亿元目标任务的34.82%
            metric = earlier[-1] if earlier[-1].endswith(metric) else earlier[-1] + metric
            metric += "完成比例" if q.unit == "%" else ""
        if metric is not chained:
            may = _carry_rules(metric)
        m = _SHARE_OF_WHOLE.match(metric) if q.unit in SHARE_UNITS and "share_of_whole" in may else None
        if m:
            metric = f"{m.group('part')}占{m.group('whole')}比重"
        elif q.unit in SHARE_UNITS and "占" in metric and not rate and not re.search(r"(?:比重|比例|占比)$", metric):
            metric += "比" if metric.endswith("占") else "比重"  # 货邮量占六成 -> 货邮量占比
        if move and last_rank:
            metric = last_rank + move.group(0)  # 位列第62位,较2023年前进3位 -> …排名较2023年前进
        elif same_ranking:
            metric = last_rank
        elif q.unit_kind == "rank":
            metric = last_rank = _ranked_field(sentence, q, _rank_metric(metric, last, after_rate))
        # a contribution (…对经济增长贡献率56%) names no subject for the figures after it, nor does a place
        # in a ranking (…939.9亿元,总量居全市第二位,按不变价格计算增长4.5%: the rate is of the amount)
        # nor does a share of a plan or a completion rate (…完成年计划的25.8%,同比增长…: the rate is of the amount)
        completion = q.unit == "%" and bool("plan_completion" in may and metric_rule("plan_completion").search(metric)
                                            or "completion_rate" in may and metric_rule("completion_rate").search(metric))
        # nor does a multiple of another figure (…是全国增速的2.6倍: the subject stays the amount's)
        subject = subject_of(metric) if "贡献" not in metric and q.unit_kind != "rank" and not completion and not (
            multiple and owner) else ""
        # a share of the figure before (…产值47.3亿元,占规上工业产值的81.5%,同比增长34.7%): a % rate after it is the
        # amount's, not the share's
        shared = last if (q.unit in SHARE_UNITS and not rate and last and "占" in metric
                          and metric.startswith(last)) else ""
        if not rate:
            totals.append((q, metric))
            own, own_count = _output_holder(sentence, q, metric)
            if own:
                holder, holder_end, holder_counts = own, q.span_end, own_count
            elif not (holder and metric.startswith(holder)):
                holder = ""
        if "built_owner" in may and (owner_built := _BUILT_OWNER.match(metric)):
            yield_owner, yield_end = owner_built.group("owner"), q.span_end
        if subject:
            last = subject
            if not rate:
                earlier.append(subject)
        after_rate = (rate or q.unit == "个百分点") and bool(subject)  # (a gap of rates too: 高于全市4个百分点)
        out.append(metric)
    return out


# ---------------------------------------------------------------- kind cues of the contract (data/kind_cues.csv)

KIND_CUES_CSV = Path(__file__).resolve().parent.parent / "data" / "kind_cues.csv"
EMPTY_YEAR, SHOWN_YEAR = "empty", "shown"  # kind_cues.csv year: none unless the clause names one; the page's shown date's


NOT_A_FACT = "none"
PART = "part"  # kind_markers.csv: words opening a breakdown, whose parts take the kind of their total
EFFORT = "effort"  # kind_markers.csv: effort verbs (推动, 加快), aims where no context decides (decide_kind)
LEVEL = "level"  # kind_markers.csv: words before a figure that make it a level an effort verb drives at (突破, 达到)
# kind_markers.csv: marker words (read as _TARGET_STRONG reads them) whose reach is their own statement: the figures
# after them up to the next semicolon, none before them (预计: an estimate speaks of what follows it)
LOCAL = "local"
# kind_markers.csv: the page's own year (今年, 20XX年 of the reference year), an aim's date only where its text
# plans (a strong target marker or a year_plan word: 谋划, 安排), else no kind marker (_own_year_read)
OWN_YEAR = "own_year"
YEAR_PLAN = "year_plan"
# kind_markers.csv: aim words that hand an aim on even on a page of results (力争, 确保, 目标): a softer plan word (计划, 将,
# 要, 预计) handed on or written after the figure reads as the page reads (see report_page)
FIRM = "firm"
# kinds of rows that are no marker words themselves
_NOT_MARKERS = (NOT_A_FACT, PART, EFFORT, LEVEL, LOCAL, OWN_YEAR, YEAR_PLAN, FIRM)


@dataclass(frozen=True)
class KindCue:
    """A row of data/kind_cues.csv: where the pattern is looked for (``before``/``after`` the figure in its
    clause, its ``clause``, the sentence up to it (``lead``), its statement between semicolons (``statement``), its
    ``sentence``), what vetoes it (a match
    before the cue's end), what the article must be (``review``: it reports on elapsed months), the unit
    kinds it applies to (all when empty), and the kind (target, achievement, or ``none``: not a fact of
    the zone) and year (``keep``, ``empty``, ``shown``: the year of the date the page shows, none on an undated
    page, or ``news``: the year of the event an article reports, its own unless the text names one) it gives.  ``words``: pieces of text one of which every match
    of the pattern holds (from the pattern itself; empty when none can be told)."""

    cue: str
    scope: str
    pattern: re.Pattern[str]
    veto: re.Pattern[str] | None
    needs: str
    units: frozenset[str]
    kind: str
    year: str
    words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_kind_cues() -> tuple[KindCue, ...]:
    """The rows of data/kind_cues.csv, in file order (the first that applies decides)."""
    with open(KIND_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        rows = [(r, re.compile(r["pattern"])) for r in csv.DictReader(f)]
    # (a pattern or veto that re does not skip ahead on is guarded by its first characters: the same matches)
    return tuple(KindCue(r["cue"], r["scope"], quick(pattern), quick(re.compile(r["veto"])) if r["veto"] else None,
                         r["needs"], frozenset(filter(None, r["units"].split("|"))), r["kind"], r["year"],
                         required_words(pattern))
                 for r, pattern in rows)


# 今年以来,…现将有关情况报告如下: a lead that speaks of the year so far opens a report on it
_SO_FAR_LEAD = re.compile(r"(?:今年|年初|本年度)以来")
SO_FAR_LEAD_CHARS = 200


# (module level: jionlp compiles hundreds of patterns at start-up and evicts re's cache of inline ones)
_ELAPSED_MONTHS_TILDE_SOURCE = r"(?<!\d)1\s*[~～]\s*\d{1,2}\s*月"
# (1~9月) and _ELAPSED_MONTHS, in one scan of a body
_ELAPSED_MONTHS_ANY = guarded(re.compile(f"{_ELAPSED_MONTHS_SOURCE}|{_ELAPSED_MONTHS_TILDE_SOURCE}"))


def is_review(body: str) -> bool:
    """True when the article reports on months already elapsed (1—5月, 1~9月, 前三季度) or its lead on the
    year so far (今年以来…): a progress review."""
    return bool(_ELAPSED_MONTHS_ANY.search(body) or _SO_FAR_LEAD.search(body, 0, SO_FAR_LEAD_CHARS))


_NO_SPANS: tuple[list[int], list[int]] = ([], [])


@cache
def _cue_vocabulary() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern matching, at a position of a text, the longest required word of any kind cue starting
    there, and for each such word the required words it begins with (itself included): searched again from
    the character after each match, it finds every occurrence of every required word."""
    words = sorted({w for cue in load_kind_cues() for w in cue.words}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)"), {}
    return re.compile("|".join(map(re.escape, words))), {w: tuple(v for v in words if w.startswith(v)) for w in words}


@dataclass
class _CueWords:
    """Where the required words of the kind cues occur in one sentence (start positions per word, from one
    scan), the cues that can apply somewhere in it (no required word, or one present) in file order, each
    cue's word spans (start-sorted starts and ends, built when a figure first asks for that cue), and the
    answers of the cues whose scope is the whole sentence."""

    sentence: str
    at: dict[str, list[int]]
    candidates: tuple[int, ...]
    spans: dict[int, tuple[list[int], list[int]]]
    whole: dict[int, bool]
    # (review, unit kind) -> the candidates (index, cue) that can apply to such a figure, in file order
    fitting: dict[tuple[bool, str], tuple[tuple[int, KindCue], ...]] = field(default_factory=dict)

    def holds_word(self, i: int, cue: KindCue, offset: int, end: int) -> bool:
        """True when a required word of cue i lies wholly inside sentence[offset:end] (or it has none)."""
        if not cue.words:
            return True
        spans = self.spans.get(i)
        if spans is None:
            spans = self.spans[i] = self._find(cue.words)
        starts, ends = spans
        k = bisect_left(starts, offset)
        while k < len(starts) and starts[k] < end:
            if ends[k] <= end:
                return True
            k += 1
        return False

    def _find(self, words: tuple[str, ...]) -> tuple[list[int], list[int]]:
        found = sorted((i, i + len(w)) for w in words for i in self.at.get(w, ()))
        if not found:
            return _NO_SPANS
        return [a for a, _ in found], [b for _, b in found]


@lru_cache(maxsize=16)  # the sentence being read: each of its figures asks
def _cue_words(sentence: str) -> _CueWords:
    pattern, prefixes = _cue_vocabulary()
    at: dict[str, list[int]] = {}
    m = pattern.search(sentence)
    while m:
        for w in prefixes[m.group(0)]:
            at.setdefault(w, []).append(m.start())
        m = pattern.search(sentence, m.start() + 1)
    unbound, cues_of = _cues_by_word()
    candidates = tuple(sorted(unbound.union(*(cues_of[w] for w in at)))) if at else tuple(sorted(unbound))
    return _CueWords(sentence, at, candidates, {}, {})


@cache
def _cues_by_word() -> tuple[frozenset[int], dict[str, tuple[int, ...]]]:
    """The cues without required words, and for each required word the cues requiring it."""
    cues = load_kind_cues()
    unbound = frozenset(i for i, cue in enumerate(cues) if not cue.words)
    return unbound, {w: tuple(i for i, cue in enumerate(cues) if w in cue.words) for cue in cues for w in cue.words}


def _cue_applies(cue: KindCue, sentence: str, offset: int, end: int) -> bool:
    m = cue.pattern.search(sentence[offset:end])
    if not m:
        return False
    # a plan word before the cue governs it (推动…项目开工); one after it, or one before a semicolon
    # (…建成后将助力…;X项目总投资60亿元: an item of a list of its own), speaks of other things
    start = sentence.rfind(";", 0, offset + m.start()) + 1
    return not (cue.veto and cue.veto.search(sentence, start, offset + m.end()))


def kind_cue(sentence: str, q: Quantity, review: bool) -> KindCue | None:
    """The first cue of data/kind_cues.csv that applies to the figure q of sentence, if any.  A cue is
    searched for only where its required words occur in its scope, and a sentence-wide cue once per
    sentence: a figure costs time in proportion to the cues that could apply to it, not to the sentence."""
    words = _cue_words(sentence)
    fitting = words.fitting.get((review, q.unit_kind))
    if fitting is None:  # once per sentence and unit kind: the cues the article and the unit allow
        cues = load_kind_cues()
        fitting = words.fitting[review, q.unit_kind] = tuple(
            (i, cues[i]) for i in words.candidates
            if (review or cues[i].needs != "review") and (not cues[i].units or q.unit_kind in cues[i].units))
    if not fitting:
        return None
    cs, ce = clause_bounds(sentence, q.start)
    for i, cue in fitting:
        scope = cue.scope
        if scope == "sentence":  # (a candidate's required word lies in the sentence: no span to test)
            if i not in words.whole:
                words.whole[i] = _cue_applies(cue, sentence, 0, len(sentence))
            if words.whole[i]:
                return cue
            continue
        if scope == "before":
            offset, end = cs, q.span_start
        elif scope == "after":
            offset, end = q.span_end, max(ce, q.span_end)
        elif scope == "lead":
            offset, end = 0, q.span_start
        elif scope == "clause":
            offset, end = cs, ce
        elif scope == "statement":  # the figure's statement, between semicolons
            offset = sentence.rfind(";", 0, q.span_start) + 1
            end = sentence.find(";", q.span_end)
            end = len(sentence) if end < 0 else end
        else:
            raise KeyError(scope)  # (data/kind_cues.csv knows these six scopes only)
        if cue.words and not words.holds_word(i, cue, offset, end):
            continue
        if _cue_applies(cue, sentence, offset, end):
            return cue
    return None


def _neighbours(quantities: list[Quantity]) -> tuple[list[int], list[int], list[int], list[int]]:
    """Span ends and starts of the figures, each ascending with the figure indexes in that order."""
    by_end = sorted(range(len(quantities)), key=lambda i: quantities[i].span_end)
    by_start = sorted(range(len(quantities)), key=lambda i: quantities[i].span_start)
    return ([quantities[i].span_end for i in by_end], by_end, [quantities[i].span_start for i in by_start], by_start)


def facts_in_sentence(sentence: str, where: tuple[int, int], ref: int | None, earlier: Callable[[], str | None],
                      fallback: Callable[[], str], closed: bool = False, review: bool = False,
                      frame: Frame | None = None, paragraph_year: int | None = None,
                      paragraph_event: bool = False, total: Callable[[float | None], str | None] | None = None,
                      previous: Callable[[], str | None] | None = None, report: bool = False) -> list[Fact]:
    """Every fact stated in one sentence (earlier(): the kind of the last strong marker before it in its
    paragraph, asked only when the sentence itself does not decide; total(n): the kind of the total a breakdown
    opening the sentence refers to, the last earlier count n of the article, or with None the paragraph's last
    figure).

    The parts of a breakdown (其中…, 在这57个项目中…) take the kind of their total unless a cue or a strong marker
    of their own clause decides them (计划总投资…,其中有7个…项目: the parts of projects under way stay results).

    A growth rate (…9.09亿元,增长15%; …预计年均增长24.5%) is a fact alongside the figure it qualifies and
    shares its kind unless its own clause says otherwise (今年力争增长20%).
    Each figure looks only at its nearest neighbours (found by bisection), so a sentence crowded with
    figures costs time in proportion to them.
    """
    found = [(q, kind_cue(sentence, q, review)) for q in find_quantities(sentence)]
    found = [(q, cue) for q, cue in found if cue is None or cue.kind != NOT_A_FACT]
    if not found:
        return []  # (a sentence without figures: nothing below applies)
    quantities = [q for q, _ in found]
    cues = [cue for _, cue in found]
    ends, by_end, starts, by_start = _neighbours(quantities)
    changes: tuple[list[Quantity], list[int]] | None = None  # (found when a figure first opens a change: few do)
    facts: list[Fact] = []
    frame = frame or Frame(ref)
    last: tuple[str, int | None, str, str] | None = None
    opened = breakdowns(sentence) if total is not None else []
    # metric_for only needs the figures just before and after each one, and the first of its clause
    neighbours = []
    for q in quantities:
        i, j = bisect_right(ends, q.span_start), bisect_left(starts, q.span_end)
        k = bisect_left(starts, clause_bounds(sentence, q.start)[0])
        neighbours.append(([quantities[by_end[i - 1]]] if i else [])
                          + ([quantities[by_start[j]]] if j < len(starts) else [])
                          + ([quantities[by_start[k]]] if k < len(starts) and starts[k] < q.span_start else []))
    rates = [is_growth_rate(sentence, q) for q in quantities]
    metrics = carry_subjects(sentence, quantities, [metric_for(sentence, q, near)
                                                    for q, near in zip(quantities, neighbours, strict=True)], rates)
    for q, rate, metric, cue in zip(quantities, rates, metrics, cues, strict=True):
        basis = OWN
        if cue is None or (cue.kind == TARGET and cue.year == "keep"):  # else the cue decides kind and year
            kind, basis = decide_kind(sentence, q, ref, earlier, fallback, closed, previous, report)
            if kind == TARGET and estimate_of_paragraph_year(sentence, q, ref, closed, paragraph_year):
                kind = ACHIEVEMENT
            year = figure_year(sentence, q.start, q.end, kind == TARGET, frame, paragraph_year, paragraph_event)
        if cue is not None:
            kind, basis = cue.kind, OWN
            if cue.year in (EMPTY_YEAR, SHOWN_YEAR) and not _YEAR.search(
                    sentence, clause_bounds(sentence, q.start)[0], q.span_start):
                # a standing fact (a zone's extent) is of the year of the date the page shows, of none on an undated one
                year = frame.ref if cue.year == SHOWN_YEAR and frame.shown else None
            elif cue.year == "news":  # project news: the year of the event told, the article's unless named
                year = figure_year(sentence, q.start, q.end, kind == TARGET, frame, paragraph_year, paragraph_event,
                                   news=True)
            elif kind != TARGET or cue.year != "keep":
                year = figure_year(sentence, q.start, q.end, kind == TARGET, frame, paragraph_year, paragraph_event)
        if cue is None and opened and q.span_start >= opened[0][0] and not _own_strong_marker(sentence, q, ref, closed):
            whole = _kind_of_total(q, opened, facts, total)
            if whole is not None and whole != kind:
                kind, basis = whole, HANDED
                year = figure_year(sentence, q.start, q.end, kind == TARGET, frame, paragraph_year, paragraph_event)
        period = figure_period(sentence, q.start, q.end, frame, kind == TARGET)
        if rate:
            if last is not None and not _clause_has_own_marker(sentence, q, ref, closed):
                # an average (…达26.48亿元,年均增长10%) is of no one year, unless an aim's deadline dates it (到2015年…)
                kind, year, period, basis = last if period != AVERAGE else (last[0], figure_year(
                    sentence, q.start, q.end, last[0] == TARGET, frame, paragraph_year, paragraph_event), period,
                    last[3])
        else:
            last = (kind, year, period, basis)
        if opens_change(sentence, q.span_start):
            _, ce = clause_bounds(sentence, q.start)
            change_ends, change_starts = changes = changes or _change_ends(sentence, quantities)
            later = change_ends[bisect_right(change_starts, q.end):bisect_left(change_starts, ce)]
            if is_change_start(sentence, q, later):
                kind = ACHIEVEMENT
                year = change_start_year(sentence, q, year)
        for item in (distributed_items(sentence, q, metric)
                     or _shared_by_earlier(sentence, q, metric, quantities, metrics) or [metric]):
            facts.append(Fact(kind, _spend_named(without_fillers(item), q), q, year, sentence, where, rate, period,
                              basis=basis))
    return facts


def _spend_named(metric: str, q: Quantity) -> str:
    """A sum of money named only by the project it is of (2.5亿元的智能家居项目, X项目完成0.65亿元) named as that
    project's investment (data/metric_rules.csv project_spend); other metrics as they are."""
    return metric + "投资" if q.unit_kind == "money" and metric_rule("project_spend").search(metric) else metric


def _change_ends(sentence: str, quantities: list[Quantity]) -> tuple[list[Quantity], list[int]]:
    """The figures of sentence that end a change (…提升到25%, 增加至2020年的12.3万户), and their starts: a figure opening
    with 从/由 looks for one in its clause."""
    found = [o for o in quantities if o.span_start >= 3 and _CHANGE_TO.search(
        sentence, max(0, o.span_start - CHANGE_TO_CHARS), o.span_start)]
    return found, [o.start for o in found]


@lru_cache(maxsize=8192)  # metric wordings recur
def without_fillers(metric: str) -> str:
    """The metric without the words that say how a figure stands rather than what it measures (分别, 共计, a closing
    保持在, 该 before 项目: data/metric_rules.csv filler_words; 了, 仅, 人民币: stance_words; 还, 又, 再 opening it:
    additive_words; 共 before a verb: tally_word), unless nothing would be left."""
    bare = metric_rule("filler_words").sub("", metric)
    bare = metric_rule("filler_words").sub("", bare)  # (预计站上: a closing word before a closing word)
    bare = metric_rule("stance_words").sub("", bare)  # (部署了, 仅…就, 人民币)
    bare = metric_rule("additive_words").sub("", bare)  # 此外还, 又, 再: one more figure, not what it measures
    if "共" in bare:  # 六大先进制造业共实现产值, 智造新城共引进项目: the tally, not what is counted (tally_word)
        bare = metric_rule("tally_word").sub("", bare)
    return bare if len(bare) >= MIN_SUBJECT else metric


def _own_strong_marker(sentence: str, q: Quantity, ref: int | None, closed: bool) -> bool:
    """True when a strong kind marker lies in the figure's own clause."""
    cs, ce = clause_bounds(sentence, q.start)
    ix = _kind_index(sentence, ref, closed)
    return bisect_left(ix.strong_pos, ce) > bisect_left(ix.strong_pos, cs)


def _kind_of_total(q: Quantity, opened: list[tuple[int, str | None]], facts: list[Fact],
                   total: Callable[[float | None], str | None]) -> str | None:
    """The kind of the total whose breakdown holds q: the total the breakdown's words count (在这57个项目中),
    else the last figure before them in the sentence (not a rate), else the paragraph's last figure."""
    at, n = opened[bisect_right([p for p, _ in opened], q.span_start) - 1]
    if n is not None:
        return total(float(n))
    for f in reversed(facts):
        if not f.rate and f.quantity.span_end <= at:
            return f.kind
    return total(None)


def total_kind(facts: list[Fact], paragraph: int, n: float | None) -> str | None:
    """The kind of the last fact of paragraph (n None: not a rate), or of the article's last count of n (个)."""
    for f in reversed(facts):
        if n is None and f.where[0] == paragraph and not f.rate:
            return f.kind
        if n is not None and f.quantity.value == n and f.quantity.unit == "个":
            return f.kind
    return None


def is_heading(paragraph: str) -> bool:
    """A short line without sentence punctuation or figures of its own: a section heading."""
    p = paragraph.strip()
    return 2 <= len(p) <= 20 and not re.search(r"[,;。!?、]", p) and not find_quantities(p)


_PLAN_HEADING = re.compile(r"目标|任务|计划|要点|思路|打算|安排|展望")
_REVIEW_HEADING = re.compile(r"回顾|概况|成绩|成效|总结|完成情况|答卷|亮点")


def heading_frame(heading: str) -> str:
    """The frame a section heading sets for the paragraphs below it, as a marker word: "2024年目标任务"
    announces aims (计划), "去年工作回顾"/"建设概况" reports results (已经); other headings set none."""
    if _REVIEW_HEADING.search(heading):
        return "已经"
    if _PLAN_HEADING.search(heading):
        return "计划"
    return ""


_PROJECT_KEY = "project:"  # subjects' key for the project the paragraph's sentences last named
_PROJECT_PHASE = re.compile(r"^(?:该|本)?项目|^(?:[一二三四]期|(?:建成|投产|达产|满产)后(?:预计)?)")


def _project_measure(metric: str) -> str:
    """What a measure of "the project" measures (项目一期投资 -> 一期投资, 达产后年产值, 用地), or '' when the
    metric is no measure of a project."""
    rest = re.sub(r"^(?:该|本|这一|这个|整个)?项目", "", metric)
    core = _PROJECT_PHASE.sub("", rest)
    # (达产后,…,产值3亿元,税收2000万元: what the project will yield, as yield_follows names it)
    return rest if _OWNED_MEASURE.match(core) or metric_rule("yield_of_projects").match(core) or metric_rule(
        "yield_follows").match(core) else ""


_PROJECT_LEAD = re.compile(r"^(?:[^,;。]*?(?:作为|是)|[^,;。]*?(?<!正)在(?![建谈库产]))")
_OWN_PROJECT_OPENING = re.compile(r"^[^,;:。]*?[\u4e00-\u9fff]{2}项目")  # a paragraph opening with a project's name
_OCCASION_NAME = re.compile(r"举行|召开|仪式|活动|季度|20\d\d年")


def _sentence_project(sentence: str) -> str:
    """The project a sentence opens with as its subject (2021年12月初,晶盛机电第三代半导体新材料项目落户… ->
    晶盛机电第三代半导体新材料项目), or '' (data/metric_rules.csv paragraph_project)."""
    m = metric_rule("paragraph_project").match(sentence)
    # 此次签约的X项目是…, 在X项目施工现场: the project is what follows the last 的 and a place's 在
    name = _NAME_QUOTES.sub("", _PROJECT_LEAD.sub("", m.group("name").split("的")[-1])) if m else ""
    # (…公司作为项目…, 目前项目…: no name; X举行2024年度第二季度重大项目集中开工: an occasion's projects, no one project)
    name = metric_rule("lead_noise").sub("", name)
    return name if len(name) >= MIN_OWN_NAME and not _OCCASION_NAME.search(name) else ""


def _heading_project(heading: str) -> str:
    """The project a heading line names (福清市某食品有限公司食品储藏加工项目), or ''."""
    name = _COMPANY_WORDS.sub("", _NAME_QUOTES.sub("", heading.strip()))
    return name if name.endswith("项目") and len(name) >= MIN_OWN_NAME + 2 else ""


_OCCASION_KEY = "occasion:"  # subjects' key for the group signing or ground-breaking the paragraph last told of


def _occasion_classes(new: list[Fact], subjects: dict[str, str], sentence: str) -> None:
    """A class of projects counted or measured after the paragraph told of a group occasion (此次集中开工的项目…,其中产业
    项目4个) is a class of that occasion's projects: 集中开工产业项目 (data/metric_rules.csv occasion, occasion_class)."""
    occasion = subjects.get(_OCCASION_KEY, "")
    said = list(metric_rule("occasion").finditer(sentence))
    for f in new:
        while said and said[0].end() <= f.quantity.span_start:
            occasion = said.pop(0).group(0)
        if f.rate or not occasion:
            continue
        if metric_rule("occasion_class").match(f.metric):
            f.metric = occasion + f.metric
            continue
        cs, _ = clause_bounds(sentence, f.quantity.start)
        if metric_rule("occasion_ends").search(metric_rule("occasion").sub("", sentence[cs:f.quantity.span_start])):
            occasion = ""  # 集中签约活动,引进投资过亿元企业28家,其中…: what follows are parts of another total
    subjects[_OCCASION_KEY] = said[-1].group(0) if said else occasion


def _named(new: list[Fact], subjects: dict[str, str], sentence: str = "") -> list[Fact]:
    """Facts of a sentence whose metric names no subject (预计上半年完成6.69亿元) take the subject of the
    paragraph's figure before them (…工业生产总值预计完成5.88亿元。预计上半年完成6.69亿元).  subjects: the
    paragraph's latest subject per unit kind (and under "" the latest of any kind), updated here.
    A sentence opening with 项目 (项目一期投资33.6亿元, 用地400亩) measures the project an earlier sentence of the
    paragraph opened with."""
    project = subjects.get(_PROJECT_KEY, "")
    # 项目一期投资33.6亿元, 据了解,该项目总投资3亿元: the project the paragraph named (metric_rules.csv
    # project_back_reference)
    if project and metric_rule("project_back_reference").match(sentence):
        for f in new:
            if not f.rate and (measure := _project_measure(f.metric)):
                f.metric = project + measure
    _occasion_classes(new, subjects, sentence)
    if named := _sentence_project(sentence):
        subjects[_PROJECT_KEY] = named
    for f in new:
        if _is_bare(f.metric):
            # a rate grows the figure just before it; an amount or count names what an earlier one of its kind did
            subject = subjects.get("" if f.rate else f.quantity.unit_kind, "")
            if subject:
                f.metric = subject + (_RATE_WORD.findall(f.metric) or ["增长"])[-1] if f.rate else subject
        subject = "" if f.rate else subject_of(f.metric)
        if subject:
            subjects[f.quantity.unit_kind] = subjects[""] = subject
    return new


_BROKEN_LINE_END = re.compile(r"[,;:、,;:]\s*$")
MAX_CARRIED = 400


def extract_targets(article: Article, deadline: Deadline | None = None, own: OwnZone | None = None) -> list[dict]:
    """Every numeric fact of the article as dicts with kind, metric, value, unit, comparator, year,
    sentence, value_norm, unit_norm, category, group (and approx). deadline: checked per sentence; own: the
    article's zone (zones.own_zone), for a part of it or another park that is a figure's subject to be named
    (None: no such names)."""
    _markers.cache_clear()  # per article: a sentence's markers are asked once per figure
    _clause_part.cache_clear()  # (so are its clauses' part names)
    _clause_at.cache_clear()
    ref = reference_year(article)
    # (an undated page reporting on its own year reads its year as over, as a year-end report does)
    closed = year_closed(article, ref) or reports_own_year(article, ref)
    review = is_review(article.body)
    frame = article_frame(article, ref)
    facts = _read_body(article.body, ref, closed, review, frame, deadline)
    report = report_page(facts)
    if report and any(f.kind == TARGET and f.basis == SOFT for f in facts):
        facts = _read_body(article.body, ref, closed, review, frame, deadline, report)
    if article.title:
        facts += title_facts(article.title, article.body, facts, ref, closed, review, frame, report)
    facts = dedupe(facts)
    if own is not None:
        for f in facts:
            f.part = part_subject(f.sentence, f.quantity, f.metric, own)
    return [f.row() for f in facts]


REPORT_SHARE = 0.8  # the share of results among the figures a page's own markers decide that makes it a report


def report_page(facts: list[Fact]) -> bool:
    """True when the page reports results: at least REPORT_SHARE of the figures that a cue or a marker of their own
    sentence decides (basis OWN: 去年, 同比, 已, 1-9月 against 力争, 计划, 到2025年) are achievements. On such a page (a
    progress report, a year-end review, news of projects started) an aim read only softly — a plan word handed on
    from an earlier sentence or paragraph (…计划。——…全年完成投资107.5亿元), one written after the figure (…项目13个,
    总投资101亿元,年度计划投资…), an estimate (预计全年,可完成技工贸总收入760亿元), weak words — is a result too; a
    firm aim word (力争, 确保, 目标: kind_markers firm_aim) still hands its aim on."""
    own = [f.kind for f in facts if f.basis == OWN]
    return bool(own) and own.count(ACHIEVEMENT) >= REPORT_SHARE * len(own)


def _read_body(body: str, ref: int | None, closed: bool, review: bool, frame: Frame, deadline: Deadline | None,
               report: bool = False) -> list[Fact]:
    """The facts of an article's body, paragraph by paragraph (report: the page reports results, report_page)."""
    contexts: list[str] = []  # the paragraphs read so far (with their heading frames), for _kind_before
    figures: list[str | None] = []  # the kind of each such paragraph's last figure (None: none), for _kind_before
    memo: dict[int, str] = {}
    framed: dict[int, str | None] = {}
    facts: list[Fact] = []
    heading = ""
    project = ""  # the project the paragraphs before last named (a heading naming it, 该项目… in the next paragraph)
    carried = ""  # a line broken off mid-sentence (…1~8月,新增外资项目61个,) goes on in the next
    # a sentence met again (a page printing its body twice, a spammed line) is read once per context
    seen: set[str] = set()
    again: dict[tuple[str, str | None, int | None, bool], list[Fact]] = {}
    for p_idx, paragraph in enumerate(body.split("\n")):
        first_fact = len(facts)  # (the paragraph's facts are those appended from here on)
        sentences = split_sentences(paragraph)
        if is_heading(paragraph):
            heading = heading_frame(paragraph) or heading
        # what precedes each sentence (the heading's frame, a broken-off line, the paragraph so far): one
        # text per paragraph, whose markers are read once
        context = (heading + "。" if heading else "") + carried + "".join(sentences)
        offset = len(context) - sum(map(len, sentences))
        years_before = paragraph_years(sentences, ref)
        events_before = paragraph_events(sentences)
        # the paragraph's latest subjects, for sentences that leave theirs implicit; the project named before it unless
        # it opens naming a project of its own (华洲高端药项目建设…) without pointing back to it (该项目总投资…)
        subjects: dict[str, str] = {}
        if project and sentences and (metric_rule("project_back_reference").match(sentences[0])
                                      or not _OWN_PROJECT_OPENING.search(sentences[0])):
            subjects[_PROJECT_KEY] = project
        if is_heading(paragraph) and (named := _heading_project(paragraph)):
            subjects[_PROJECT_KEY] = named
        section = partial(section_kind, contexts, figures, len(contexts), ref, closed, report=report)
        fallback = partial(_kind_before, contexts, figures, len(contexts), ref, closed, section, memo, report)
        previous = partial(_kind_before, contexts, figures, len(contexts), ref, closed, _no_tone, framed, report)
        total = partial(total_kind, facts, p_idx)
        said: list[tuple[int, str | None]] = []  # (start in context, kind of its last figure) of each sentence read
        for s_idx, sentence in enumerate(sentences):
            if deadline is not None:
                deadline.check()
            before = len(facts)  # (the sentence's facts are those appended from here on: its own `where`)
            earlier = partial(_earlier_in_paragraph, context, offset, ref, closed, said, report)
            if sentence in seen:
                key = (sentence, earlier(), years_before[s_idx], events_before[s_idx])
                if key not in again:
                    again[key] = facts_in_sentence(sentence, (p_idx, s_idx), ref, earlier, fallback, closed, review,
                                                   frame, years_before[s_idx], events_before[s_idx], total,
                                                   previous, report)
                where = (p_idx, s_idx)
                facts.extend(_named([Fact(f.kind, f.metric, f.quantity, f.year, f.sentence, where, f.rate, f.period,
                                          basis=f.basis)
                                     for f in again[key]], subjects, sentence))
            else:
                seen.add(sentence)
                facts.extend(_named(facts_in_sentence(sentence, (p_idx, s_idx), ref, earlier, fallback, closed, review,
                                                      frame, years_before[s_idx], events_before[s_idx], total,
                                                      previous, report),
                                    subjects, sentence))
            said.append((offset, next((f.kind for f in reversed(facts[before:]) if not f.rate), None)))
            offset += len(sentence)
        project = subjects.get(_PROJECT_KEY, "")
        carried = (carried + paragraph)[-MAX_CARRIED:] if _BROKEN_LINE_END.search(paragraph) else ""
        if sentences:
            contexts.append(context)
            figures.append(next((f.kind for f in reversed(facts[first_fact:]) if not f.rate), None))
    return facts


@cache
def _part_lead() -> re.Pattern[str]:
    """The words a part's clause may open with before the part's name (此外, 今年以来, 1-8月, 上半年, 此次), any
    number of them: the period, event and clause-lead phrases of data/periods.csv (roles period, event, lead)."""
    return re.compile(f"(?:{phrases_of('period', 'event', 'lead')})*")


@cache
def _part_words() -> str:
    """The zone words of data/zone_words.csv that end a park's or part's name (a zone's: 综合保税区, 工业园; or
    a part's: 园区, 科技园, 片区), as alternatives, longest first."""
    words = sorted({w.word for w in zone_words() if w.role in ("suffix", "reference", "part")}, key=len, reverse=True)
    return "|".join(map(re.escape, words))


@cache
def _part_name() -> re.Pattern[str]:
    """A name opening a clause: a place, then a zone word (_part_words)."""
    return re.compile(rf"(?P<place>[\u4e00-\u9fffA-Z]{{2,10}}?)(?P<word>{_part_words()})")


@cache
def _part_word() -> re.Pattern[str]:
    """Any zone word ending a part's name (_part_words): a stretch holding none before a figure names no part."""
    return re.compile(_part_words())


@cache
def _not_place() -> re.Pattern[str]:
    """Words no place name holds: zone words (高新区园区 is the zone's own 园区), generic and break words of
    data/zone_words.csv (全市工业园区, 要求高新区), verbs (加快建设产业园)."""
    words = sorted({w.word for w in zone_words() if w.role not in ("part", "project")}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) + "|" + _NOT_OWNER.pattern + r"|[全各该本我]")


def _is_place(place: str) -> bool:
    """Could these words name a place or park (洋山特殊, 郑州新郑, 海洋生物, 格尔木)? No zone, generic or break word of
    data/zone_words.csv in them, and no verb, preposition, pronoun, locative, numeral, conjunction or particle
    (表明开发区, 记者在雅安经济开发区, 此次综保区, 高水平打造太湖科学城, 前两个月经开区)."""
    return not _not_place().search(place) and not any(t.flag[0] in _NOT_NAME_CLASSES for t in pos_tags(place))


_NOT_NAME_CLASSES = frozenset("vprfmcuz")  # jieba word classes (first letter) no name holds (z: 紧盯)
_PREDICATE_CLASSES = frozenset("vd")  # jieba word classes (first letter) opening a predicate: a verb, an adverb


def part_subject(sentence: str, q: Quantity, metric: str, own: OwnZone) -> str:
    """The park or part of a zone whose figure it is, when its name opens the figure's clause as the subject
    (data/metric_rules.csv part_subject), or opens an earlier clause of the same stretch (up to ; or 。) that
    reports a figure of its own as more than a list entry: 1-8月,洋山特殊综保区完成固定资产投资28.7亿元,同比增长80.8%
    -> 洋山特殊综保区 for both figures. '' for the article's own zone under any of its names
    (zones.is_own_zone_name), for a name that only qualifies a project's name (南宁综合保税区六连路工程项目), for one
    item of a list of parks (南川工业园区、东川工业园区…分别) and for a project's capacity (the project's own)."""
    if q.unit_kind in CAPACITY_KINDS:
        return ""
    end = q.span_start
    first = _first_part_word(sentence)
    if first < 0 or first >= end:
        return ""  # (no zone word starts before the figure: most sentences hold none at all)
    # after the stretch's end before the figure (;。!?), or 0; then after each , ; : up to the figure
    seg = max(sentence.rfind(";", 0, end), sentence.rfind("。", 0, end), sentence.rfind("!", 0, end),
              sentence.rfind("?", 0, end)) + 1
    if not _part_word().search(sentence, seg, end):
        return ""  # (a part's name ends in a zone word before the figure: most stretches hold none)
    marks, opens, _ = _separators(sentence)[0]
    starts = [seg, *opens[bisect_left(marks, seg) + 1:bisect_left(marks, end) + 1]]
    found = ""
    for i, cs in enumerate(starts):
        named = _clause_part(sentence, cs)
        if not named or named.end() > q.span_start:
            continue
        follow = metric_rule("part_subject").match(sentence, named.end(), q.span_start)
        own_clause = i == len(starts) - 1
        if not follow or not _is_place(named.group("place")):
            continue
        ce = _CLAUSE_SPLIT.search(sentence, named.end())
        rest = sentence[named.end():ce.start() if ce else len(sentence)]
        # the subject of the stretch: its clause reports a figure or opens with a predicate (绍兴综保区同步并联推进…)
        subject = bool(re.search(r"\d", rest)) or any(t.flag[0] in _PREDICATE_CLASSES for t in pos_tags(rest)[:1])
        if not own_clause and (follow.group("entry") or not subject):
            found = ""  # 梅溪片区3平方公里,鞍山区块1.02平方公里: a list entry names only its own figure
            continue
        found = "" if is_own_zone_name(named.group("place"), named.group("word"), own) else named.group(0)
    return "" if not found or found in metric or named_place(found) in metric else found


@lru_cache(maxsize=16)  # the sentence being read: each of its figures asks
def _first_part_word(sentence: str) -> int:
    """Where the first zone word ending a part's name (_part_word) starts in sentence, -1 for none."""
    m = _part_word().search(sentence)
    return m.start() if m else -1


@lru_cache(maxsize=256)  # the sentence being read: each of its figures asks about every clause before it
def _clause_part(sentence: str, cs: int) -> re.Match[str] | None:
    """The name of a park or part (_part_name) the clause starting at cs opens with after its lead, or None."""
    return _part_name().match(sentence, _part_lead().match(sentence, cs).end())


def named_place(name: str) -> str:
    """The place of a park's name (洋山特殊综保区 -> 洋山特殊)."""
    named = _part_name().fullmatch(name)
    return named.group("place") if named else name


def _no_tone() -> None:
    """No article tone: _kind_before then tells only what the paragraphs before say (None when nothing)."""
    return None


ROUNDED = 0.01  # a headline rounds the body's figure (402亿元 for 402.4亿元): the same fact


def title_facts(title: str, body: str, body_facts: list[Fact], ref: int | None, closed: bool, review: bool,
                frame: Frame, report: bool = False) -> list[Fact]:
    """Figures a headline states that the body does not (9.3%!工业经济“向上生长”, 谋划储备项目总投资超千亿元):
    facts of the article too (CONTRACT.md: a lead or a title repeating the body is one fact, so a figure
    the body states, rounded or in other words, is not taken again).  A headline reports what happened: a
    figure without a kind marker of its own (力争, 计划 …) is a result."""
    if title in body:
        return []
    stated = [f.quantity.value_norm for f in body_facts]
    found = facts_in_sentence(title, (-1, 0), ref, lambda: None, lambda: ACHIEVEMENT, closed, review, frame,
                              report=report)
    return [f for f in found
            if not any(abs(f.quantity.value_norm - v) <= ROUNDED * abs(v) for v in stated)]


def section_kind(contexts: list[str], figures: list[str | None], n: int, ref: int | None, closed: bool,
                 report: bool = False) -> str:
    """The kind of a figure no marker reaches (none in its sentence or before it in its paragraph, and no paragraph
    before hands an aim on), read from where it stands rather than from the page's overall tone: the last paragraph
    before it with a strong marker, passing over paragraphs whose plan words stand without figures of their own
    (园区努力在…方面狠下功夫 after a paragraph of results reports on); a plan paragraph without figures with nothing
    before it (2024年,园区将重点抓好以下工作。) opens a list of aims; a figure before any plan word of the page (全区
    规划陆域面积353平方公里 opening a profile; 经统计,…加班生产的企业有30家) is reported, however much the rest of the
    page plans: a result. (The overall tone, a count of all the page's plan and result words, read such profiles and
    event reports as aims on pages that plan later on: 16 false targets in devset17, 18, 26, 29.) On a page of
    results (report) only a firm aim word hands an aim on (_handed_on)."""
    planned: str | None = None
    for i in range(n - 1, -1, -1):
        kind = _frame_of(contexts[i], ref, closed)
        if kind == TARGET and figures[i] is None:
            planned = planned or _frame_of(contexts[i], ref, closed, report)
        elif kind is not None:
            return figures[i] if kind == TARGET and figures[i] != TARGET else _frame_of(contexts[i], ref, closed, report)
    return TARGET if planned == TARGET else ACHIEVEMENT


def _kind_before(contexts: list[str], figures: list[str | None], n: int, ref: int | None, closed: bool,
                 tone: Callable[[], str | None], memo: dict[int, str | None], report: bool = False) -> str | None:
    """The kind of a figure no marker of its paragraph decides: that of the last strong marker of the n
    paragraphs before (a paragraph without markers goes on with the one before it: a list of results
    after a review's 去年…), else tone() (section_kind, or _no_tone: None).  An aim is handed on only by a paragraph
    whose last figure (figures[i]) it made an aim: a plan word after a paragraph's results (…15个项目…,将进一步集聚发展动能;
    …数据掀开2013年发展新篇章) or in a paragraph without figures (努力在…方面狠下功夫) decides no figure after it, nor,
    on a page of results (report), any but a firm aim word (_handed_on).
    Asked only for such figures; memo keeps answers."""
    if n not in memo:
        kind = None
        for i in range(n - 1, -1, -1):
            kind = _frame_of(contexts[i], ref, closed)
            if kind is not None:
                if kind == TARGET and figures[i] != TARGET:
                    kind = figures[i]  # a result, or None: tone()
                elif kind == TARGET:
                    kind = _frame_of(contexts[i], ref, closed, report)
                break
        memo[n] = kind or tone()
    return memo[n]
