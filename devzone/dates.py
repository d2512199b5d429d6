"""When: the article's reference date, and the year and period of each figure.

* ``reference_date``: one per article — the publish date, a dateline at the top of the body, or the text's
  own year (a late repost, an undated page) — never a historical date in the text (2012年升级为国家级开发区,
  园区于2011年6月成立), with ``source`` saying which.
* ``figure_year``: the year a figure is for, from the nearest time expression (2022年, 去年, 今年, 十四五末),
  else the last year its paragraph names, else the article's reporting frame and reference year.
  A streak (连续5年), a bracketed aside's time word ((去年全年12个)) or a later plan's date (…,预计2025年投产)
  dates no figure outside it; a comparison base (较2019年同期) yields to the statement's own year; 目前 dates
  none on an undated review whose year is only inferred (2012年,园区实现…: written some time after).
* ``figure_period``: the span a figure covers (全年, 上半年, 1-9月, 一季度, 截至9月底, 累计, 十四五, 三年 …),
  from the period phrases of data/periods.csv.

Relative years (今年, 去年, 明年, 前年, 上半年, 前三季度) are resolved with jionlp's time parser against the
reference year; the plan periods (十四五) and 1至9月, which it does not read, come from the table.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import cn2an

from devzone.patterns import Gated, guarded, guarded_each, quick_each
from devzone.text import Article, split_sentences

with contextlib.redirect_stdout(io.StringIO()):  # jionlp and jiojio print banners on import
    import jionlp

PERIODS_CSV = Path(__file__).resolve().parent.parent / "data" / "periods.csv"

_CUMULATIVE = "累计"
AVERAGE = "年均"  # a yearly average over a span (年均增长24.5%): the period label of data/periods.csv
_CLAUSE_END = re.compile(r"[,;。]")
_SAYING_END = re.compile(r"[,;。”]")  # a clause or a quotation closes (…提升至48.6%……”2月23日下午,他介绍)
EVENT_AFTER_YEAR = 10  # how far after a year an event it dates may start (2021年第一次重大项目|集中签约)

# where the reference date comes from (documents.csv date_source)
PUBLISHED, DATELINE, CONTENT = "publish", "dateline", "content"

# not a deadline (到2025年) nor the end of a span (2016年至2018年); a value risen to a year's (升至2022年的138亿元)
# and a cut-off date (截至2022年底) name years the text reports on
YEAR = guarded(re.compile(r"(?<![\d到])(?<![^升增提降截达]至)(20\d\d)年(?!代)(?P<since>以来)?"))
# the end of a span of years (2016年至2018年): a year the article reports on, unlike a deadline (到2025年)
RANGE_END = guarded(re.compile(r"(?<=\d年)(?:至|到|-|—|~)(20\d\d)年"))
# every time expression a figure's year may come from; {present}: the phrases of data/periods.csv naming the
# reference year (新一年), read as 今年
# (its alternatives, joined by guarded_each)
_TIME_ALTERNATIVES = (
    r"(?<!\d)(?P<y>20\d\d)年(?!代)", r"(?P<last>去年|上年|上一年)", r"(?P<prev2>前年)",
    r"(?P<this>{present}今年|本年|新的一年|(?<!\d年)年内|(?<!\d年)年底|上半年|前三季度|一季度|目前|现有|当前)",
    r"(?P<next>明年)", r"(?P<plan>十[一二三四五]五)",
    r"(?P<dur>(?<![\d去今明前上本全])[一二两三四五六七八九十\d]年(?![级代底内]))", r"(?P<md>(?<!\d)\d{{1,2}}月)")
PLAN_PERIODS_CSV = PERIODS_CSV.parent / "plan_periods.csv"


@dataclass(frozen=True)
class PlanPeriod:
    """A row of data/plan_periods.csv: a five-year plan (十四五) and the years it spans."""

    plan: str
    first: int
    last: int
    source: str

    def year_at(self, position: str) -> int:
        """The year at a position of the plan (first: 开局之年, middle: 承上启下之年, last: 收官之年)."""
        return {"first": self.first, "middle": (self.first + self.last) // 2, "last": self.last}[position]


@cache
def plan_periods() -> dict[str, PlanPeriod]:
    """The five-year plans by name (十一五 … 十五五)."""
    with open(PLAN_PERIODS_CSV, encoding="utf-8-sig", newline="") as f:
        return {r["plan"]: PlanPeriod(r["plan"], int(r["first_year"]), int(r["last_year"]), r["source"])
                for r in csv.DictReader(f)}


PLAN_PERIOD_END = {name: p.last for name, p in plan_periods().items()}
# a plan period names its end year only where the text speaks of its end or its whole span
_PLAN_PERIOD_SPAN = re.compile(r"(十[一二三四五]五)[”\"’']?(?:期间|时期|末|规划期|期末|规划)")

# An undated page that speaks from the turn of the year (岁末年初, 新的一年) looks back on the last year it
# names, unless it frames that year as present or future (2022年将是…).
_NEW_YEAR_VOICE = re.compile(r"岁末年初|新的一年|新年伊始|开年之际|辞旧迎新")
_PLAN_VOICE = guarded(re.compile(
    r"力争|争取|计划|(?<!占全年)(?<!完成全年)目标|预计|预期|确保|力求|努力|规划(?!面积)|拟|(?<!即)将(?!近)|"
    r"(?<![重需主只必首纲摘概])要(?![求素点闻])|今年|明年|新的一年|年内|(?:到|至)20\d\d年|年底前"))
_RESULT_VERBS = re.compile(r"实现|完成|同比|比上年|签约|到位|达到|累计|增长")
# 较2023年末净增, 比2022年同期增长: a year named as the base of a comparison is before the text's own year
_BASE_YEAR = re.compile(r"(?:较|比|相比|对比)(20\d\d)年(?:末|底|同期|全年)?")
_MONTH_DATELINE = guarded(re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日(?:电|讯)"))
# the day of the event a lead reports (12月28日,…推进会在…举行; 新华网海口12月27日电), without a year
_LEAD_DAY = re.compile(r"(?<![\d年])(?<!将于)(?<!定于)(?<!拟于)(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上?)?(?:电|讯|,|,)")
LEAD_DAY_CHARS = 150
REVIEW_LEAD_CHARS = 240  # how far a lead may name the meeting or release it reports from (这是记者从…发布会上获悉的)
LEAD_CHARS = 120  # how much of the body opens it (its lead, with the title the article's frame)
LATER_MONTHS = 6  # how much later in the year than the publish date a lead's day must be to be last year's
_REVIEW_THEN_PLAN = re.compile(r"(20\d\d)年[^,。]{0,12}?(?:总结|情况|回顾|成效)[^,。]{0,4}?(?:和|及|暨|与|、)(20\d\d)年")
_FRAMED_YEAR = guarded(re.compile(r"(?<![\d到至])(20\d\d)年[,,]?[\u4e00-\u9fff]{0,6}?(?:依然是|仍然是|也是|是|将|要|力争)"))
# a dateline at the top of the body (2021年11月05日 星期五, 2015年3月11日讯)
_DATELINE = re.compile(r"^\D{0,12}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
# a dateline opening the line after a subtitle: a wire's (金山网讯 2024年12月31日下午,…; …2015年3月11日电)
_LEAD_DATELINE = re.compile(r"^(?:[^\d\s,,。]{0,10}(?:讯|电|报|网|台)\s*)?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
                            r"(?:上午|下午|晚上?|电|讯)")


@dataclass(frozen=True)
class Period:
    """A row of data/periods.csv: a period phrase (regex), its label, the year it points at, examples."""

    pattern: re.Pattern[str]
    label: str  # 上半年, 1-{n}月, 十四五 …; {n} is filled from the phrase's group n
    example: str
    counterexample: str
    role: str  # period | history (成立, 升级为…: a past event) | closed (2017年考核: a year judged, so over)

    def label_of(self, m: re.Match) -> str:
        if "{w}" in self.label:
            return self.label.replace("{w}", m.group("w"))
        if "{n}" in self.label:
            n = m.group("n")
            return self.label.replace("{n}", str(int(n)) if n.isdigit() else str(_CN_MONTH.get(n, n)))
        return self.label


_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12, "两": 2}


@cache
def periods() -> tuple[Period, ...]:
    """The period phrases, in table order (the first match at a position wins: longer phrases first)."""
    with open(PERIODS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(Period(re.compile(r["pattern"]), r["label"], r["example"], r["counterexample"],
                            r["role"]) for r in csv.DictReader(f))


@cache
def _period_pattern() -> re.Pattern[str]:
    """All period phrases in one pattern; alternative i is group p{i} (its own groups unnamed here)."""
    return guarded_each([f"(?P<p{i}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern.pattern)})"
                         for i, p in enumerate(periods()) if p.role == "period"])


@lru_cache(maxsize=256)  # each figure of a sentence asks (through _sentence_time)
def period_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every period phrase in text."""
    return [(m.start(), m.end(), _period_label(int(m.lastgroup[1:]), m.group(0)))
            for m in _period_pattern().finditer(text)]


@lru_cache(maxsize=4096)  # the phrases recur (上半年, 全年, 1-9月 …)
def _period_label(row: int, phrase: str) -> str:
    """The label of a phrase matched by row `row` of data/periods.csv."""
    p = periods()[row]
    return p.label_of(p.pattern.match(phrase))


def _years_in_role(text: str, role: str) -> set[int]:
    found: set[int] = set()
    if not _role_pattern(role).search(text):  # one scan of all the role's rows: most texts hold none of them
        return found
    for pattern in _role_rows(role):
        found.update(int(m.group("y")) for m in pattern.finditer(text))
    return found


@cache
def _role_rows(role: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of one role of data/periods.csv, in table order."""
    return tuple(p.pattern for p in periods() if p.role == role)


@cache
def _role_pattern(role: str) -> re.Pattern[str]:
    """The phrases of one role of data/periods.csv as one pattern (each row's own groups unnamed)."""
    return quick_each(_role_rows_source(role))


@cache
def _role_gate(role: str) -> Gated:
    """_role_pattern(role), searched only in a text holding one of its required words (patterns.Gated): the
    roles read in every sentence (looked_back, undated, event) are found in few."""
    return Gated(_role_pattern(role))


def _role_rows_source(role: str) -> list[str]:
    return [f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern.pattern)})" for p in periods() if p.role == role]


def _role_source(role: str) -> str:
    return "|".join(_role_rows_source(role))


def phrases_of(*roles: str) -> str:
    """The phrases of the given roles of data/periods.csv as alternatives of one pattern (each row's own groups
    unnamed), in table order."""
    return "|".join(_role_source(role) for role in roles if _role_rows_source(role))


def _present_phrases() -> str:
    """The phrases of data/periods.csv naming the reference year (新一年), as alternatives ending in |."""
    return "".join(f"{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern.pattern)}|" for p in periods() if p.role == "present")


TIME = guarded_each([a.format(present=_present_phrases()) for a in _TIME_ALTERNATIVES])


def undated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phrases whose time words are no year of their own (roles `undated` and `looked_back` of
    data/periods.csv): a streak (连续5年), a year characterised (关键一年), or the year a review looks back
    on (一年来, 过去一年), which the article's date decides (see looked_back_spans)."""
    return sorted(m.span() for role in ("undated", "looked_back") for m in _role_pattern(role).finditer(text))


def looked_back_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phrases looking back on a year (过去一年, 一年来: role `looked_back`): the year before the
    reference year in a text of its first half (a February meeting), the reference year once it closes."""
    return [m.span() for m in _role_gate("looked_back").finditer(text)]


CHANGE_FROM_CHARS = 10  # how far before a figure the words opening a change may start (由全国高新区第九)


def opens_change(sentence: str, position: int) -> bool:
    """True when the words right before position open the start of a change (role `change_from` of
    data/periods.csv): 从5%提升到8%, 由1.6万户增加至…, 由全国高新区第九升至第六, not 由于投资5亿元."""
    return _may_open_change(sentence) and any(p.search(sentence, max(0, position - CHANGE_FROM_CHARS), position)
                                              for p in _role_rows("change_from"))


@lru_cache(maxsize=16)  # the sentence being read: each of its figures asks
def _may_open_change(sentence: str) -> bool:
    """False when sentence holds none of the words every opening of a change holds (从, 由): no figure of it
    opens one."""
    return _role_gate("change_from").may_match(sentence)


def reports_event(text: str) -> bool:
    """True when text reports an event of its own day (集中开工, 签约仪式, 近日, 此次): its figures, unless a time
    word says otherwise, are of the reference year, not a review of the year before."""
    return bool(_role_gate("event").search(text))


def _reports_news(lead: str) -> bool:
    """True when a lead tells the news of its day (近日, 连日来, 集中开工) other than a meeting or release that
    reviews a period (昨日,…2012年工作会上; 日前,…新闻发布会: role `review_event` of data/periods.csv)."""
    return reports_event(lead) and not _role_pattern("review_event").search(lead)


def base_spans(text: str) -> list[tuple[int, int]]:
    """Spans naming the base of a comparison (较2023年末, 比上一年度): the figure after it is of a later year."""
    return [m.span() for m in _role_pattern("base").finditer(text)]


def _speaks_of_year_so_far(text: str, ref: int | None) -> bool:
    """True when text speaks of its reference year so far (今年以来, 2023年以来 in a text of 2023)."""
    for p in periods():
        if p.role == "so_far":
            for m in p.pattern.finditer(text):
                year = m.groupdict().get("y")  # 今年以来, 年初以来 name none
                if year is None or (ref is not None and int(year) == ref):
                    return True
    return False


def historical_years(text: str) -> set[int]:
    """Years the text names only as past events of the zone (2012年升级为国家级开发区, 于2011年6月成立), not
    one it names as its present by an anniversary (2021年是济南高新区成立三十周年)."""
    found = _years_in_role(text, "history")
    return found - anniversary_years(text) if found else found


def present_years(text: str) -> list[int]:
    """Years the text names as its present without a date: by an anniversary, a five-year plan's place or the
    year's own work meeting (召开2022年度工作会议, role `meeting_year`: held as that year opens)."""
    return sorted(anniversary_years(text) | plan_position_years(text) | _years_in_role(text, "meeting_year"))


def plan_position_years(text: str) -> set[int]:
    """Years the text names by their place in a five-year plan (role `plan_year` of data/periods.csv, its label
    the place; the plans' years from data/plan_periods.csv): “十四五”开局之年 is 2021, “十二五”承上启下的关键之年
    2013, “十三五”规划的收官年 2020."""
    found: set[int] = set()
    if not _role_pattern("plan_year").search(text):
        return found
    for p in periods():
        if p.role == "plan_year":
            found.update(plan_periods()[m.group("w")].year_at(p.label) for m in p.pattern.finditer(text)
                         if m.group("w") in plan_periods())
    return found


_CN_COUNT = str.maketrans({"廿": "二十", "卅": "三十"})
# the event an anniversary counts from, with its year (2012年8月20日,兰州新区获批成为…: {cue} is the event's word)
_EVENT_OF_YEAR = r"((?:19|20)\d\d)年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?,?[^,;。]{{0,16}}?{cue}"


def _count(numeral: str) -> int | None:
    """30 from 30, 三十, 卅; None when it is no count."""
    if numeral.isdigit():
        return int(numeral)
    try:
        return int(cn2an.cn2an(numeral.translate(_CN_COUNT), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def anniversary_years(text: str) -> set[int]:
    """Years the text names as its present by an anniversary (role `anniversary` of data/periods.csv): the year
    framed (2021年是济南高新区成立三十周年: 2021), or the year of the event counted from plus the count
    (2012年8月20日,兰州新区获批…; 在获批国家级新区10周年之际: 2022)."""
    found: set[int] = set()
    if "周年" not in text and "载" not in text or not _role_pattern("anniversary").search(text):
        return found
    framed: set[int] = set()
    counted: list[tuple[str, int]] = []
    for pattern in _role_rows("anniversary"):
        for m in pattern.finditer(text):
            n = _count(m.group("n"))
            named = m.groupdict()
            if named.get("y"):
                framed.add(int(named["y"]))
            elif n and named.get("cue"):
                counted.append((named["cue"], n))
    for cue, n in counted:
        found.update(y + n for y in (int(e.group(1)) for e in re.finditer(_EVENT_OF_YEAR.format(cue=cue), text))
                     if y not in framed)
    return found | framed


def judged_years(text: str) -> set[int]:
    """Years the text names as judged (在2017年招商引资考核中, 2023年度园区考核结果): over when it was written."""
    return _years_in_role(text, "closed")


# ---------------------------------------------------------------- the article's reference date

@dataclass(frozen=True)
class ReferenceDate:
    """The date an article speaks from ("今年"): its year, the date as known, and where it came from."""

    year: int | None = None
    date: str = ""  # YYYY-MM-DD, or YYYY when only the year is known
    source: str = ""  # publish | dateline | content | '' (none)
    # an undated review's year, inferred as the one after the year it reports on (2012年,园区实现…): the page
    # shows no present of its own, so its 目前 is no year it states (role `now` of data/periods.csv)
    inferred: bool = False


def _planned_year(body: str, year: int) -> bool:
    """True when the body names year as the one being planned (推动2023年…, 力争2023年…, 到2023年)."""
    return bool(re.search(rf"(?:(?<!\d)(?:到|至)|推动|力争|争取|计划|确保|目标)[^,;。]{{0,4}}?{year}年", body))


def _plans_named_year(body: str, year: int) -> bool:
    """True when a clause opening with year goes on to plan (2024年,园区将…; 2023年要…, 2025年力争…)."""
    return bool(re.search(rf"(?<!\d){year}年[,,]?[^,;。\d]{{0,12}}?{_PLAN_AFTER_YEAR}", body))


_PLAN_AFTER_YEAR = r"(?:(?<!即)将|要(?<![重需主只必首纲摘概]要)(?![求素点闻])|力争|确保)"


def _reports_on_year(body: str, year: int) -> bool:
    """True when every sentence naming year reports results (实现, 完成, 同比增长…) and none plans
    (力争, 将, 目标…): an undated review of that year, written once it was over."""
    sentences = [x for x in split_sentences(body) if f"{year}年" in x]
    results = sum(bool(_RESULT_VERBS.search(x)) for x in sentences)
    plans = sum(bool(_PLAN_VOICE.search(x)) for x in sentences)
    return results > 0 and plans == 0


_CLAUSE_OR_STOP = re.compile(r"[,;。\n]")
_SENTENCE_STOP = re.compile(r"[;。\n]")
_FIGURE_CLAUSE_CHARS, THIS_YEAR_AFTER_CHARS = 40, 120


def _followed_by_this_year(body: str, year: int) -> bool:
    """True when a sentence gives a figure of year and then speaks of 今年 (2022年实现营收100亿元,今年力争150亿元;
    not 2013年工作会议透露,今年将…): the text's own year is a later one.  Each mention reads a bounded window."""
    for m in re.finditer(f"{year}年", body):
        clause = body[m.end():m.end() + _FIGURE_CLAUSE_CHARS]
        cut = _CLAUSE_OR_STOP.search(clause)
        # a year in the clause is no figure (2021年第二十三届…暨2021年…推介会举行,这也是今年…)
        if not any(c.isdigit() for c in YEAR.sub("", clause[:cut.start() if cut else None])):
            continue
        rest = body[m.end():m.end() + THIS_YEAR_AFTER_CHARS]
        stop = _SENTENCE_STOP.search(rest)
        if "今年" in rest[:stop.start() if stop else None]:
            return True
    return False


def _event_of_year(body: str, year: int) -> bool:
    """True when the text names year as that of the event it reports (举行“2019年集中签约、开工活动”, 2021年第一次
    重大项目集中签约): the text speaks from that year, not after it."""
    for m in re.finditer(f"{year}年", body):
        cue = _role_pattern("event").search(body, m.end(), m.end() + EVENT_AFTER_YEAR + 8)
        if cue and cue.start() - m.end() <= EVENT_AFTER_YEAR and not _CLAUSE_END.search(body, m.end(), cue.start()):
            return True
    return False


def _dateline(body: str) -> str:
    """A full date opening the body (2021年11月05日 星期五 …) or the wire's dateline of its lead after a
    subtitle (聚力“三区一高地”\n金山网讯 2024年12月31日下午,…), as YYYY-MM-DD, or ''."""
    lines = body.lstrip().split("\n", 2)
    m = _DATELINE.match(lines[0][:40]) or (_LEAD_DATELINE.match(lines[1][:40]) if len(lines) > 1 else None)
    if not m:
        return ""
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def _content_year(body: str) -> tuple[int | None, bool]:
    """The year an undated text speaks from: the latest year it frames as present or future, else the year
    after the latest year it names when it speaks from the turn of the year or reviews that year, else the
    latest year it names.  Years of past events (成立, 升级为) do not count.  With it, whether the year is only
    inferred as the one after a year the text reports on (see ReferenceDate.inferred)."""
    year, inferred = _named_year(body)
    judged = judged_years(body)
    if judged and year and max(judged) + 1 > year:
        return max(judged) + 1, False
    return year, inferred


def _just_passed(body: str) -> tuple[list[int], bool]:
    """The years a text names as just passed (刚刚过去的2018年), and whether it speaks of the year just passed
    at all (刚刚过去的一年里: role `just_passed` of data/periods.csv): it was written in the year after."""
    named, any_passed = [], False
    if not _role_pattern("just_passed").search(body):
        return named, any_passed
    for pattern in _role_rows("just_passed"):
        for m in pattern.finditer(body):
            any_passed = True
            if m.groupdict().get("y"):
                named.append(int(m.group("y")))
    return named, any_passed


def _started_year(body: str, year: int) -> bool:
    """True when the text names year as the one under way: a part of it (2024年第一季度, role `within`) or its own
    event (举行2024年第一季度重点项目集中签约…仪式): 新的一年 then opens that year, not the next."""
    return year in _years_in_role(body, "within") or _event_of_year(body, year)


def event_dated_years(text: str) -> set[int]:
    """Years an undated text names only as the month of an event (二期工程于2021年7月开工, 2010年2月正式运作,
    预计2022年10月建成投产: role `event_date` of data/periods.csv), not as a time it reports on (2021年,园区实现…) nor
    as that of the event it tells of (举行2022年2月重大项目集中开工活动): no year the page shows as its own."""
    dated = {m.start() for pattern in _role_rows("event_date") for m in pattern.finditer(text)}
    if not dated:
        return set()
    named: dict[int, bool] = {}
    for m in YEAR.finditer(text):
        y = int(m.group(1))
        named[y] = named.get(y, True) and m.start() in dated
    return {y for y, only in named.items()
            if only and not _event_of_year(text, y) and y not in _years_in_role(text, "within")}


def _named_year(body: str) -> tuple[int | None, bool]:
    passed, just_passed = _just_passed(body)
    if passed:
        return max(passed) + 1, False  # 刚刚过去的2018年,…: written in 2019, whatever 2019年瞄准新目标 plans
    past = historical_years(body) | event_dated_years(body)
    years = [int(m.group(1)) for m in YEAR.finditer(body)] + [int(m.group(1)) for m in RANGE_END.finditer(body)]
    years = [y for y in years if y not in past] + [int(m.group(1)) + 1 for m in _BASE_YEAR.finditer(body)]
    # 同比增长48.4%,比2019年同期增长26.7%; 与2019年同期相比,两年平均增速12.8%: a base two years back (role
    # `two_year_base`)
    years += [y + 2 for y in _years_in_role(body, "two_year_base")]
    framed = [y for y in (int(m.group(1)) for m in _FRAMED_YEAR.finditer(body)) if y not in past]
    framed += present_years(body)
    if framed:
        return max(framed), False
    if (years and (_NEW_YEAR_VOICE.search(body) or just_passed) and not _planned_year(body, max(years))
            and not _started_year(body, max(years))):
        # 岁末年初…2024年GDP预计增长6%; 2014年,…。刚刚过去的一年里,…: the year named is the one just closed
        return max(years) + 1, False
    if years and _followed_by_this_year(body, max(years)) and not _event_of_year(body, max(years)):
        # 从2018年的15亿元升至2022年的138亿元,再到今年前4个月…: 今年 is after the year named (not 2020年…集中开工活动
        # 现场…今年15个重点项目: the page reports that year's event, its 今年 is that year)
        return max(years) + 1, False
    if (years and _reports_on_year(body, max(years)) and not _event_of_year(body, max(years))
            and max(years) not in _years_in_role(body, "within")):
        # 2022年全区实现…同比增长…: a review written after that year (not 2021年上半年…: one written within it)
        return max(years) + 1, True
    if years:
        return max(years), False
    # a page naming no year but the one of the event it tells of (为2009中国(宁夏)国际投资贸易洽谈会献礼, role
    # `event_name`): it speaks from that year
    named = _years_in_role(body, "event_name")
    return (max(named) if named else None), False


def reference_date(article: Article) -> ReferenceDate:
    """The article's reference date.

    Normally the publish date (or a dateline opening the body).  A page reposted years later keeps its old
    "今年": when every year the body names (past events, bases of comparison and spans since a year aside) is
    at least two years before the publish date, the reference year is the latest year the body frames as
    present or future (2021年依然是…), else the year after the latest year it names, and the source is the
    content.  Without any date: the
    year a "Y年…情况和Y+1年工作打算" title reviews, else the content's own year (see _content_year), or none.
    """
    return _reference_date(article.body, article.publish_date, article.title)


@lru_cache(maxsize=4)  # asked by the document row, the figures' reference year and the article's frame
def _reference_date(body: str, publish_date: str, title: str = "") -> ReferenceDate:
    date, source = publish_date, PUBLISHED
    if not date:
        date, source = _dateline(body), DATELINE
    if not date:
        review = _REVIEW_THEN_PLAN.search(title)
        # Y年…情况和Y+1年工作打算: written as year Y closes (its 今年以来, 预计全年), whatever it plans
        # (the title counts too: 某开发区2023年重点工作安排 over a body that only says 今年)
        y, inferred = ((int(review.group(1)), False) if review and int(review.group(2)) == int(review.group(1)) + 1
                       else _content_year(f"{title}\n{body}"))
        return ReferenceDate(y, str(y) if y else "", CONTENT if y else "", inferred)
    pub = int(date[:4])
    day = _LEAD_DAY.search(body, 0, LEAD_DAY_CHARS)
    if source == PUBLISHED and day and len(date) >= 7 and int(day.group(1)) - int(date[5:7]) >= LATER_MONTHS:
        # 12月28日,…推进会举行 on a page dated 2022-01-03: the event was last year's, the page a later repost (a
        # day a few months ahead may be one announced: 6月1日,新规正式实施 on a page of March)
        return ReferenceDate(pub - 1, f"{pub - 1:04d}-{int(day.group(1)):02d}-{int(day.group(2)):02d}", DATELINE)
    # (自2006年落户以来 in a page of 2025 spans up to the page's day: no old content either)
    past = historical_years(body) | _years_in_role(body, "since")
    # 较2019年同期增长 in a page of 2021 compares with an old year, 2021年以来 in one of 2024 spans up to it: neither
    # is old content
    bases = base_spans(body)
    years = [int(m.group(1)) for m in YEAR.finditer(body)
             if not m.group("since") and not any(b <= m.start() < e for b, e in bases)]
    years = [y for y in years + [int(m.group(1)) for m in RANGE_END.finditer(body)] if y not in past]
    present = present_years(body)  # 在获批国家级新区10周年之际 (2012年…获批): the page's own year is evident
    years += present
    if years and max(years) <= pub - 2:
        framed = [int(m.group(1)) for m in _FRAMED_YEAR.finditer(body)] + present
        # 召开2022年上半年工作总结…: a part of the year named, the old content speaks from within it
        framed += [y for y in _years_in_role(body, "within") if y == max(years)]
        if not framed and _role_pattern("this_year_part").search(body):
            # 今年前三季度,… over 早在2023年,… or 2001年底,…决定: a report on part of the page's own year, its old
            # years only background
            return ReferenceDate(pub, date, source)
        y = max(framed) if framed else min(max(years) + 1, pub)
        return ReferenceDate(y, str(y), CONTENT)
    return ReferenceDate(pub, date, source)


def reference_year(article: Article) -> int | None:
    """The year the article speaks from ("今年"); see reference_date."""
    return reference_date(article).year


def year_closed(article: Article, ref: int | None) -> bool:
    """True when the article reports on its reference year after the fact: a page dated December
    of that year is a year-end report (2023年预计完成… on 2023-12-28 gives results, not aims)."""
    if ref is None:
        return False
    when = reference_date(article)
    if when.source in (PUBLISHED, DATELINE) and when.year == ref and when.date[5:7] == "12":
        return True  # (a dateline's date counts like a publish date: 金山网讯 2024年12月31日下午,…)
    # 新华网海口12月27日电 (no year given): a December dateline reports on the year about to close
    m = _MONTH_DATELINE.search(article.body[:120])
    if not article.publish_date and m and int(m.group(1)) == 12:
        return True
    # 2023年工作回顾及2024年工作打算: a report on a year that goes on to plan the next one speaks once it is over
    m = _REVIEW_THEN_PLAN.search(article.title)
    return bool(m) and int(m.group(1)) == ref and int(m.group(2)) == ref + 1


def reports_own_year(article: Article, ref: int | None) -> bool:
    """True when an undated page reports on its reference year as the one it covers (see _reports_own_year): its
    estimates of that year (2014年,全市预计实现…) are results, as on a year-end report."""
    return _reports_own_year(article, reference_date(article), ref)


# ---------------------------------------------------------------- a figure's year and period

class _SentenceTime(NamedTuple):
    """A sentence's time words, each list ascending, read once so that each figure bisects them (a sentence
    crowded with figures costs time in proportion to them).  (Named tuples, this and _YearWords: built once per
    sentence in one step, not field by field as a frozen dataclass is.)"""

    times: tuple[re.Match, ...]
    time_starts: list[int]
    time_ends: list[int]
    year_starts: list[int]  # expressions naming a year (2021年, 去年, 今年, 明年): a statement of its own
    phrases: list[tuple[int, int, str]]  # period phrases (start, end, label)
    phrase_ends: list[int]
    phrase_starts: list[int]
    spans: list[re.Match]  # 2016年至2018年
    span_ends: list[int]
    each: list[int]  # positions of 分别
    list_marks: list[int]  # positions of 、
    stops: list[int]  # positions of ; and 。
    bases: list[tuple[int, int]]  # bases of a comparison (较2023年末)
    event: int  # where the first event cue (近日, 集中开工) starts, -1 for none
    asides: list[tuple[int, int]]  # bracketed asides ((去年全年12个)): their time words date only figures inside
    looked_back: list[tuple[int, int]]  # 过去一年, 一年来: the year a review looks back on
    averages: list[tuple[int, int]]  # averages over years (年均增长): role `average`
    average_spans: list[tuple[int, int]]  # the years an average runs over (过去五年, 十年间): role `average_span`
    history: list[tuple[int, int]]  # past events of the zone (2012年经国务院批准升级为…): role `history`


class _YearWords(NamedTuple):
    """The part of a sentence's time words a paragraph's reading needs for every sentence (with figures or
    not): its time expressions outside undated phrases, bases of comparison, looks back, and the
    expressions naming a year of their own."""

    times: tuple[re.Match, ...]
    bases: list[tuple[int, int]]
    looked_back: list[tuple[int, int]]
    year_starts: list[int]


@lru_cache(maxsize=256)  # asked for each sentence of a paragraph, then again through _sentence_time
def _year_words(sentence: str) -> _YearWords:
    looked_back = looked_back_spans(sentence)
    undated = sorted([m.span() for m in _role_gate("undated").finditer(sentence)] + looked_back)
    times = (tuple(m for m in TIME.finditer(sentence) if not any(b <= m.start() < e for b, e in undated))
             if undated else tuple(TIME.finditer(sentence)))
    bases = base_spans(sentence)
    if bases:  # 是“十二五”初期的3.39倍, 比“十三五”初期增长39%: a plan period as the base of a comparison dates no figure
        times = tuple(m for m in times if not (m.group("plan") and _inside(m.start(), bases)))
    year_starts = [m.start() for m in times if (m.group("y") or m.group("last") or m.group("prev2")
                                                or m.group("next") or m.group(0) in ("今年", "本年", "新的一年"))
                   and not any(b <= m.start() < e for b, e in bases)]  # 较上年 compares, it starts no statement
    return _YearWords(times, bases, looked_back, year_starts)


@lru_cache(maxsize=256)  # one scan per sentence, not one per figure in it
def _sentence_time(sentence: str) -> _SentenceTime:
    words = _year_words(sentence)
    times = words.times
    phrases = period_phrases(sentence)
    if words.bases:  # (…,是“十二五”初期的3.39倍: nor is it the period of one)
        phrases = [p for p in phrases if not (p[2] in PLAN_PERIOD_END and _inside(p[0], words.bases))]
    if not _rare_times().search(sentence):  # (most sentences: none of the five scans below would find anything)
        return _SentenceTime(
            times, [m.start() for m in times], [m.end() for m in times], words.year_starts,
            phrases, [e for _, e, _ in phrases], [st for st, _, _ in phrases], [], [], [], [],
            [m.start() for m in _STOP.finditer(sentence)], words.bases, -1, [], words.looked_back, [], [], [])
    spans = list(_YEAR_RANGE.finditer(sentence))
    return _SentenceTime(
        times, [m.start() for m in times], [m.end() for m in times], words.year_starts,
        phrases, [e for _, e, _ in phrases], [st for st, _, _ in phrases], spans, [m.end() for m in spans],
        # (分别 and 、 are read only after a span of years: _respective_year, _average_year)
        [m.start() for m in _EACH.finditer(sentence)] if spans else [],
        [m.start() for m in _LIST_MARK.finditer(sentence)] if spans else [],
        [m.start() for m in _STOP.finditer(sentence)], words.bases,
        event.start() if (event := _role_gate("event").search(sentence)) else -1,
        [m.span() for m in _role_pattern("aside").finditer(sentence)], words.looked_back,
        (averages := [m.span() for m in _role_pattern("average").finditer(sentence)]),
        [m.span() for m in _role_pattern("average_span").finditer(sentence)] if averages else [],
        [m.span() for m in _role_gate("history").finditer(sentence)])


@cache
def _rare_times() -> re.Pattern[str]:
    """The spans of years (_YEAR_RANGE) and the roles event, aside, average and history of data/periods.csv as one
    pattern: a sentence where it finds nothing holds none of them (every alternative is tried at every position),
    so one scan replaces five in most sentences (an average_span is read only beside an average)."""
    return quick_each([f"(?:{_YEAR_RANGE.pattern})", *(f"(?:{_role_source(role)})" for role in
                                                     ("event", "aside", "average", "history") if _role_rows_source(role))])


_EACH, _LIST_MARK, _STOP = re.compile("分别"), re.compile("、"), re.compile("[;。]")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(b <= position < e for b, e in spans)


def time_expressions(sentence: str) -> tuple[re.Match, ...]:
    """The sentence's time expressions (2022年, 去年, 今年, 十四五, 三年, 5月), in order."""
    return _sentence_time(sentence).times


@lru_cache(maxsize=1024)
def relative_year(phrase: str, ref: int) -> int | None:
    """The year a relative phrase (今年, 去年, 明年, 前年, 上半年, 前三季度) points at from ref, by jionlp."""
    try:
        parsed = jionlp.parse_time(phrase, time_base={"year": ref, "month": 6, "day": 30})
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    span = parsed.get("time") if isinstance(parsed, dict) else None
    return int(span[0][:4]) if span and span[0][:4].isdigit() else None


_FALLBACK_OFFSET = {"last": -1, "prev2": -2, "this": 0, "next": 1}


def _year_of(m: re.Match, ref: int | None) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    if m.group("plan"):
        return PLAN_PERIOD_END[m.group("plan")]
    if m.group("dur") or ref is None:
        return None  # a multi-year programme (三年整治目标)
    for name, off in _FALLBACK_OFFSET.items():
        if m.group(name):
            if name == "this" and m.group(0) in ("目前", "现有", "当前", "新的一年", "年内", "年底"):
                return ref  # present-tense words jionlp does not read as a year
            return relative_year(m.group(0), ref) or ref + off
    return ref


@dataclass(frozen=True)
class Frame:
    """What an article's figures default to: the reference year and, for a part-year report (1—5月重庆高新区
    工业经济…, 今年一季度…), that period; the results of such a report, or of a page dated in the second half
    of its reference year (a November review of 2021), are of the reference year, not the last one."""

    ref: int | None = None
    period: str = ""
    year_so_far: bool = False  # its results are of the reference year (dated in its second half, 今年以来…)
    late: bool = False  # dated in the second half of its reference year or reporting on it once over: a look
    # back on a year (过去一年) is on the reference year, not the last one
    reviews: bool = False  # its lead reports a meeting or release reviewing the last year (工作会议, 发布会): the
    # projects it tells of were signed or started in that year, not on the day (role `review_event`)
    month: int = 0  # the month of its publish date or dateline in its reference year, 0 when not known
    inferred: bool = False  # its reference year is only inferred (ReferenceDate.inferred): 目前 dates no figure
    shown: bool = False  # its reference year is that of the date the page shows (a publish date or dateline), not
    # one read from its content: a standing fact (a zone's extent) is of that year, of none on an undated page


def article_frame(article: Article, ref: int | None) -> Frame:
    """The reporting frame from the title and lead: a part-year period they name (上半年, 1-5月, 一季度);
    a page dated in the second half of its reference year, or telling the news of its day in its lead,
    reports on that year so far ("年中")."""
    lead = f"{article.title}\n{article.body[:LEAD_CHARS]}"
    when = reference_date(article)
    second_half = when.source in (PUBLISHED, DATELINE) and when.year == ref and int(when.date[5:7] or 0) >= 7
    # (a page reporting on its own year, see _reports_own_year, reads like one reporting on it once over)
    closed = year_closed(article, ref) or _reports_own_year(article, when, ref)
    late = second_half or closed
    shown = when.source in (PUBLISHED, DATELINE) and when.year == ref
    month = int(when.date[5:7]) if when.source in (PUBLISHED, DATELINE) and when.year == ref and len(
        when.date) >= 7 else 0
    parts = [label for _, _, label in period_phrases(lead) if label in _PART_YEAR or label.startswith("1-")]
    if parts:
        return Frame(ref, parts[0], late=late, month=month, inferred=when.inferred, shown=shown)
    if second_half:
        return Frame(ref, "", year_so_far=True, late=late, month=month, inferred=when.inferred, shown=shown)
    # a report on the year so far (今年以来…) or on the reference year once over (2023年工作回顾及2024年…): its
    # results are of the reference year
    # … or the news of its day, told in the body's lead (近日,…用地成功拍卖出让; 连日来,…项目如火如荼推进): its
    # unmarked results are of the reference year (a title's 集中签约 may head a review of the last year, and a
    # meeting or release of the day (昨日,…2012年工作会上) reviews a period: role `review_event`)
    if _speaks_of_year_so_far(lead, ref) or closed or _reports_news(article.body[:LEAD_CHARS]):
        return Frame(ref, "", year_so_far=True, late=late, month=month, inferred=when.inferred, shown=shown)
    review_lead = f"{article.title}\n{article.body[:REVIEW_LEAD_CHARS]}"
    return Frame(ref, "", late=late, reviews=bool(_role_pattern("review_event").search(review_lead)), month=month,
                 inferred=when.inferred, shown=shown)


def _reports_own_year(article: Article, when: ReferenceDate, ref: int | None) -> bool:
    """True when an undated page speaks of its reference year as the one it reports on: it names that year (or
    frames it as present: 2021年是…三十周年, “十四五”开局之年) and not the year before, nor plans it (力争2024年,
    到2024年) nor holds its opening work meeting (召开2024年工作会议).  Such a page (a profile, a review written as
    the year closes) gives its unmarked results for that year, not the last one: a review of the last year
    names it (2022年,…实现; 总结2021年工作,描摹2022年发展蓝图)."""
    if when.source != CONTENT or ref is None:
        return False
    body = f"{article.title}\n{article.body}"
    named = {y for _, y in _explicit_years(body)}
    if ref - 1 in named or (ref not in named and ref not in present_years(body)):
        return False
    return (ref not in _years_in_role(body, "meeting_year") and not _planned_year(body, ref)
            and not _plans_named_year(body, ref))


_PART_YEAR = {"上半年", "一季度", "前三季度", "二季度", "三季度", "下半年"}
_FULL_YEAR = "全年"
# the month a period of the year closes in (by its data/periods.csv label; 1-{n}月 closes in month n), and the last
# month of a year's first half, in which a page may still report on a period of the year before
PERIOD_END_MONTH = {"一季度": 3, "上半年": 6, "前三季度": 9, "下半年": 12, _FULL_YEAR: 12}
FIRST_HALF_END = 6
_MONTHS_SPAN = re.compile(r"1-(\d{1,2})月")


def figure_year(sentence: str, start: int, end: int, is_target: bool, frame: Frame,
                paragraph_year: int | None = None, paragraph_event: bool = False, news: bool = False) -> int | None:
    """The year the figure at [start, end) of sentence is for: the nearest time expression before it in the
    sentence, else after it; else the news of the day its sentence or paragraph reports before it
    (paragraph_event: an earlier sentence did, naming no year after it); else the last year its paragraph
    named before (paragraph_year); else the reference year for an aim, a part-year report's result or the
    news of the day (news: a project signed or started, told by the article; not in a page whose lead reports a
    meeting or release reviewing the last year, Frame.reviews), the year before for a result."""
    ref = frame.ref
    st = _sentence_time(sentence)
    average = _average_before(st, start)
    if average is not None:
        # 年均增长24.5%: an average over several years; an aim's average up to a deadline (到2027年,…年均增速
        # 达到7%) is for that year, a result's for the year its sentence reports on (2021年实现…,年均增长7.8%)
        return _deadline_before(sentence, st, average) if is_target else _average_year(sentence, st, average, ref)
    respective = _respective_year(st, start)
    if respective is not None:
        return respective
    i, j = bisect_right(st.time_ends, start), bisect_left(st.time_starts, end)
    outside = i
    while outside and _outside_aside(st, st.times[outside - 1], start):
        outside -= 1  # 今年引进项目19个(去年全年12个),其中10亿元以上3个: the aside's 去年 is no time of the 3个 …
    if outside:
        i = outside  # … unless it is the only one before it (生产总值(2021年)达到100亿元)
    while j < len(st.times) and _outside_aside(st, st.times[j], start):
        j += 1
    m = st.times[i - 1] if i else (st.times[j] if j < len(st.times) else None)
    if m is not None and m.group("md"):
        m = _year_of_month(sentence, st, i - 1 if i else j)  # 去年12月,…28个项目集中签约: the month's year
    if m is not None and st.history and _past_event_elsewhere(sentence, st, m, start, end):
        m = None  # 2012年经国务院批准升级为国家级经开区,现辖…4个镇: a past event dates only its own clause
    if (m is not None and not i and paragraph_year is not None and m.group("plan")
            and not _PLAN_PERIOD_SPAN.match(sentence, m.start())):
        m = None  # …4158.8亿元,实现“十四五”良好开局: a plan named after the figure is no time of it
    if m is not None and not i and m.group("md") and _SAYING_END.search(sentence, end, m.start()):
        m = None  # …提高到87.9%……”2月23日下午,在发布会上: the day it was said, in a clause of its own
    if m is not None and not i and not is_target and _planned_after(sentence, end, m.start()):
        m = None  # 项目总投资约50亿元,预计2025年6月正式投产: a later plan's date is no time of a result (an aim's
        # deadline is: …项目9个,目标是到2022年亚运会前)
    if m is not None and not i and _in_base(st, m):
        m = None  # 完成1464.3亿元,同比增长77.4%,较2019年同期增长…: a base after a figure names no year of it
    if (ref is not None and not is_target
            and (m is None or (m.group(0) in PERIOD_END_MONTH or bool(m.group("md")) or _this_year_of_period(st, m)
                               if i else not m.group("y")))
            and _period_unfinished(sentence, st, start, frame.month)):
        return ref - 1  # 前三季度增长4%,全年增长4.7% on a page of February: a period closed only in the year before
    back = _looked_back_before(st, start)
    if back is not None and (not i or st.time_ends[i - 1] <= back) and ref is not None:
        return ref if frame.late else ref - 1  # 过去一年,…共签约项目52个 (in February: last year's)
    if i and m is not None and _in_base(st, m) and any(b <= m.start() and e == start and sentence[e - 1] == "的"
                                                       for b, e in st.bases):
        return _year_of(m, ref)  # 从2021年的13.8%增至14%, 由去年同期的24.53%提高到: the start is the base year's own
        # (not 增速分别高于上年同期、2017年全年0.1、0.9个百分点: what passes the base is of the statement's year)
    if i and m is not None and _in_base(st, m) and not m.group("y"):
        # 较上年增长4.1%: a base relative to the statement's own year names none: the year the statement
        # names before it (2022年…较上年增长), else as if no time word were there
        own = _statement_year_before(st, i - 1, ref)
        if own is not None:
            return own
        m = None
    if m is not None and not i and not is_target and 0 <= st.event < start:
        m = None  # 当天,开工项目有4个,分别为…2020年四期工程项目: the day's news comes before a later year
    if m is None and ref is not None and (0 <= st.event < start or paragraph_event) and not frame.reviews:
        return ref  # 近日…产品成功下线, 此次集中开工项目10个; …开工仪式。这些项目总投资5.9亿元: the news of the day
    if m is None and paragraph_year is not None:
        return paragraph_year
    if i and m is not None and _in_base(st, m):
        return _year_after_base(st, i - 1, ref, paragraph_year, _unmarked_year(ref, is_target, news, frame))
    if i and m is not None and m.group("md") and i > 1 and st.time_ends[i - 2] != m.start() and "以来" not in \
            sentence[m.end():start]:
        own = _statement_year_before(st, i - 1, None)
        if own is not None:
            return own  # 2025年,…赋能效应显著,1-11月,…实现营收: the months of the explicit year its statement names
    if m is None and ref is not None and not is_target and not frame.inferred and _held_now(sentence, start):
        return ref  # 市场主体超过16000户,拥有7家上市企业: a state the zone holds as the page speaks, not last year's result
    if m is None or m.group("md"):
        return _unmarked_year(ref, is_target, news and not frame.reviews, frame, m is not None and bool(m.group("md")))
    if m.group("plan") and not _PLAN_PERIOD_SPAN.match(sentence, m.start()):
        return ref if ref is not None and is_target else None
    if frame.inferred and m.group("this") and _role_pattern("now").fullmatch(m.group(0)):
        return None  # 目前园区有企业1400家 on an undated profile of 2012年…: the page states no present year
    if _since_year(sentence, m):
        since = int(m.group("y"))
        # 2021年以来…争取了6000万元 (in 2024): a span up to now, not one year; since the reference year or the one
        # before it (2023年以来 in January 2024, like 去年以来) it is that year
        return since if ref is not None and since >= ref - 1 else None
    return _year_of(m, ref)


def _held_now(sentence: str, start: int) -> bool:
    """True when the clause of the figure at start says before it that the zone holds it (已有, 拥有: role `holding`
    of data/periods.csv): a state as the page speaks, like 现有."""
    clause = max(sentence.rfind(c, 0, start) for c in "，,;。") + 1
    return bool(_role_pattern("holding").search(sentence, clause, start))


def _since_year(sentence: str, m: re.Match) -> bool:
    """True when time word m is a year a span up to now starts from (2021年以来, 自2017年起, 2004年起, 从2006年开始,
    2003年成立至今: role `since` of data/periods.csv): a span, not that year."""
    return bool(m.group("y")) and (sentence.startswith("以来", m.end()) or m.start() in since_starts(sentence))


@lru_cache(maxsize=256)  # each figure of a sentence asks
def since_starts(text: str) -> frozenset[int]:
    """Where the years start that open a span up to now (role `since` of data/periods.csv) in text."""
    if not _role_gate("since").may_match(text):
        return frozenset()
    return frozenset(m.start("y") for pattern in _role_rows("since") for m in pattern.finditer(text))


AVERAGE_REACH = 8  # how far before a figure the average it states may end (年均增长24.5%, 年均增速达到7%)


def _average_before(st: _SentenceTime, start: int) -> int | None:
    """Where the average over years (role `average` of data/periods.csv: 年均增长) that states the figure at start
    begins, or None when none ends right before it."""
    if not st.averages:  # (most sentences state none)
        return None
    before = [b for b, e in st.averages if start - AVERAGE_REACH < e <= start]
    return before[-1] if before else None


def _past_event_elsewhere(sentence: str, st: _SentenceTime, m: re.Match, start: int, end: int) -> bool:
    """True when time word m is the year of a past event of the zone (role `history` of data/periods.csv: 2012年经
    国务院批准升级为…, 于2020年组建) in a clause other than the one of the figure at [start, end)."""
    if not m.group("y") or not any(b <= m.start() < e for b, e in st.history):
        return False
    gap = (m.end(), start) if m.end() <= start else (end, m.start())
    return bool(_CLAUSE_END.search(sentence, *gap))


def _average_year(sentence: str, st: _SentenceTime, position: int, ref: int | None) -> int | None:
    """The year a result's average over years, starting at position, is reported for: the year its sentence names
    last before it (2021年实现工业总产值2905.77亿元,年均增长7.8%; 从2015年的…到2020年的…,年均增长9.1%; “十三五”期间,…
    年均增长12.7%), past bases of comparison (为2015年的1.9倍) and months; None when the span it averages over comes
    after that year (召开2022年工作会议…,过去五年…年均增长7.6%: role `average_span`) or is all its sentence names (4年来,
    …年均增长21.2%; 自2015年8月获批设立以来,…年均增长8.9%; a span whose years it gives one by one, 2016年至2018年,分别
    完成…), or it names no year."""
    spans = [b for b, e in st.average_spans if e <= position]
    for m in reversed(st.times[:bisect_right(st.time_ends, position)]):
        if _in_base(st, m) or m.group("md"):
            continue
        if m.group("dur") or (spans and m.start() < spans[-1]) or (
                m.group("y") and (_since_year(sentence, m) or any(b <= m.start() < e for b, e in st.history))):
            return None  # 过去五年,…年均增长7.6%; 自2015年8月获批设立以来,…年均增长8.9%: over the span, of no one year
        if m.group("plan"):
            return PLAN_PERIOD_END[m.group("plan")] if _PLAN_PERIOD_SPAN.match(sentence, m.start()) else None
        if any(e == m.end() for e in st.span_ends) and any(m.end() <= x < position for x in st.each):
            return None  # 2016年至2018年,分别完成…、…、365亿元,预计年均增长24.5%: its years given one by one, of none
        return _year_of(m, ref)
    return None


def _year_of_month(sentence: str, st: _SentenceTime, k: int) -> re.Match:
    """Time word k, a month (12月), or the year word written right before it (2019年12月, 去年12月): the month of
    a named year is that year's; not where its clause says 以来 (2023年4月以来, 自2015年8月获批设立以来: a span
    since that month, read as before)."""
    month = st.times[k]
    before = st.times[k - 1] if k else None
    if before is None or before.end() != month.start() or not (
            before.group("y") or before.group("last") or before.group("prev2") or before.group(0) in ("今年", "本年")):
        return month
    clause_end = _CLAUSE_END.search(sentence, month.end())
    return month if "以来" in sentence[month.end():clause_end.start() if clause_end else None] else before


def _period_unfinished(sentence: str, st: _SentenceTime, start: int, month: int) -> bool:
    """True when the figure at start is a result of a period (一季度, 上半年, 前三季度, 1-9月, 全年: the last period
    phrase before it in its statement, no year named there before it) that closes after month, the month of a page
    dated in the first half of its year: the period it reports on is one of the year before (一季度增长2.5%,…全年增长
    4.7% on a page of February; 全年签约项目74个 on one of February)."""
    if not month or month > FIRST_HALF_END:
        return False
    k = bisect_right(st.phrase_ends, start)
    if not k:
        return False
    p_start, p_end, label = st.phrases[k - 1]
    stop = bisect_left(st.stops, start)
    opens = st.stops[stop - 1] + 1 if stop else 0  # where the figure's statement opens (after a ; or 。)
    if p_start < opens or any(opens <= y < start and not (y + len(_THIS_YEAR) == p_start and sentence.startswith(
            _THIS_YEAR, y)) for y in st.year_starts):
        return False  # (今年 naming the period itself, 今年前11个月 on a page of January, is the header's later year)
    if label == _FULL_YEAR and sentence[p_start:p_end] != _FULL_YEAR:
        return False  # 年度 (完成年度目标的12%) is the year under way as often as the year closed
    return _closes_after(label, month)


def _closes_after(label: str, month: int) -> bool:
    """True when the period labelled label (上半年, 1-9月, 全年) closes after month, the month of a page dated in the
    first half of its year (0: not known)."""
    if not month or month > FIRST_HALF_END:
        return False
    span = _MONTHS_SPAN.fullmatch(label)
    end = int(span.group(1)) if span else PERIOD_END_MONTH.get(label)
    return end is not None and end > month


_THIS_YEAR = "今年"


def _this_year_of_period(st: _SentenceTime, m: re.Match) -> bool:
    """True when time word m is 今年 written right before a period phrase (今年前11个月, 今年上半年)."""
    return m.group(0) == _THIS_YEAR and m.end() in st.phrase_starts


def _unmarked_year(ref: int | None, is_target: bool, news: bool, frame: Frame, month: bool = False) -> int | None:
    """The year of a figure no time word dates: the reference year for an aim, the news of the day, a result of
    a part-year report or of the year so far (or of a month: 5月份完成…), else the year before."""
    if ref is None:
        return None
    return ref if is_target or news or frame.period or frame.year_so_far or month else ref - 1


def _planned_after(sentence: str, end: int, position: int) -> bool:
    """True when the time word at position, after a figure ending at end, is in a later clause whose plan
    word (预计, 将, 力争…) comes before it."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, end, position)]
    return bool(ends) and bool(_PLAN_VOICE.search(sentence, ends[-1], position))


def _deadline_before(sentence: str, st: _SentenceTime, position: int) -> int | None:
    """The deadline year (到2027年, 至2025年) the sentence names last before position, in the same statement."""
    i = bisect_right(st.time_ends, position)
    if not i:
        return None
    m = st.times[i - 1]
    if not m.group("y") or sentence[m.start() - 1:m.start()] not in ("到", "至") or _CLAUSE_STOP.search(
            sentence, m.end(), position):
        return None
    return int(m.group("y"))


_CLAUSE_STOP = re.compile(r"[;。]")


def _outside_aside(st: _SentenceTime, m: re.Match, start: int) -> bool:
    """True when the time word m stands in a bracketed aside that does not hold the figure at start."""
    return bool(st.asides) and any(b < m.start() < e and not b < start < e for b, e in st.asides)


def _in_base(st: _SentenceTime, m: re.Match) -> bool:
    return bool(st.bases) and any(b <= m.start() and m.end() <= e for b, e in st.bases)  # (most have none)


def _year_after_base(st: _SentenceTime, k: int, ref: int | None, paragraph_year: int | None,
                     unmarked: int | None) -> int | None:
    """The year of a figure compared with the base named by time word k (较2023年末净增, 较2019年同期增长): the
    year its statement names before the base (上半年…较2019年同期增长19.3%), else its paragraph's year, when
    later than the base; else the year it would have unmarked (1-8月,…较2019年同期增长73.3% in a report of
    2021 on its year so far), when later than the year after the base; else the year after the base."""
    base = _year_of(st.times[k], ref)
    if base is None:
        return None
    own = _statement_year_before(st, k, ref)
    if own is not None and own > base:
        return own
    if paragraph_year is not None and paragraph_year > base:
        return paragraph_year
    return max(base + 1, unmarked) if unmarked is not None else base + 1


def _statement_year_before(st: _SentenceTime, k: int, ref: int | None) -> int | None:
    """The year named by the last time word before time word k in its statement (up to a ; or 。), bases of
    comparison, spans, months and plan periods aside; None when there is none."""
    stop = bisect_left(st.stops, st.times[k].start())
    for m in reversed(st.times[:k]):
        if bisect_left(st.stops, m.start()) != stop:
            break  # a ; or 。 ends the statement
        if _in_base(st, m) or m.group("dur") or m.group("md") or m.group("plan"):
            continue
        own = _year_of(m, ref)
        if own is not None:
            return own
    return None


def _looked_back_before(st: _SentenceTime, start: int) -> int | None:
    """The end of the last look back on a year (过去一年) before start in the sentence, or None."""
    if not st.looked_back:  # (most sentences look back on none)
        return None
    ends = [e for _, e in st.looked_back if e <= start]
    return ends[-1] if ends else None


_YEAR_RANGE = guarded(re.compile(r"(?<!\d)(20\d\d)年?(?:至|到|-|—|~)(20\d\d)年"))
MAX_SPAN_YEARS = 10


def _respective_year(st: _SentenceTime, start: int) -> int | None:
    """2016年至2018年,分别完成236.3亿元、314.5亿元、365亿元: the i-th figure of the list after 分别 is for
    the i-th year of the span before it; None when the figure is not in such a list."""
    k = bisect_right(st.span_ends, start)
    if not k:
        return None
    span = st.spans[k - 1]
    first, last = int(span.group(1)), int(span.group(2))
    e = bisect_left(st.each, start)
    if not e or st.each[e - 1] < span.end() or not 0 < last - first < MAX_SPAN_YEARS:
        return None
    each = st.each[e - 1]
    if bisect_left(st.stops, start) != bisect_left(st.stops, each):
        return None  # a ; or 。 ends the list
    i = bisect_left(st.list_marks, start) - bisect_left(st.list_marks, each)
    return first + i if first + i <= last else None


def paragraph_years(sentences: list[str], ref: int | None = None) -> list[int | None]:
    """For each sentence, the last explicit year (2021年, not a past event) named in the sentences before it
    in the same paragraph, or the relative year one opens with (去年…, 今年以来…: role `opens` of
    data/periods.csv, read against ref): a review that opens with 2021年 or 去年 goes on about that year."""
    out: list[int | None] = []
    last: int | None = None
    for s in sentences:
        out.append(last)
        years = _explicit_years(s)
        if years:
            last = years[-1][1]
        elif ref is not None and (opening := _opening_year(s, ref)) is not None:
            last = opening
    return out


def _opening_year(sentence: str, ref: int) -> int | None:
    """The year a relative word opening the sentence names (去年东湖高新区实现…, 今年以来,园区…), or None."""
    for pattern in _role_rows("opens"):
        m = pattern.match(sentence)
        if m:
            return relative_year(m.group("w"), ref)
    return None


@lru_cache(maxsize=256)  # asked by paragraph_years and paragraph_events
def _explicit_years(sentence: str) -> tuple[tuple[int, int], ...]:
    """(position, year) of the years a sentence names as its own: not a span since (2021年以来), a base of
    comparison (较2019年同期: no year the paragraph goes on about), a past event (2012年升级为…) or an event's month
    (2007年4月,…决定开发区代管…: role `event_date`)."""
    dated = {m.start() for pattern in _role_rows("event_date") for m in pattern.finditer(sentence)}
    named = [m for m in YEAR.finditer(sentence) if not m.group("since") and m.start() not in since_starts(sentence)
             and m.start() not in dated]
    if not named:  # most sentences: no need to look for past events and bases
        return ()
    past = historical_years(sentence)
    bases = base_spans(sentence)
    return tuple((m.start(), int(m.group(1))) for m in named
                 if not any(b <= m.start() < e for b, e in bases) and int(m.group(1)) not in past)


def paragraph_events(sentences: list[str]) -> list[bool]:
    """For each sentence, True when a sentence before it in the same paragraph reports the news of its day
    (…举行5个重大项目开(竣)工仪式。这些项目总投资5.9亿元; 集中开工项目…。有10亿元以上项目6个) and no sentence
    since names a year: its unmarked figures are of the reference year.  An event in a sentence naming a
    year (去年,…先后举办6场项目集中签约活动) is part of that year's review, not the day's news."""
    out: list[bool] = []
    on = False
    for s in sentences:
        out.append(on)
        # (both need a 年; paragraph_years has read the explicit years already, so they are asked first)
        if "年" in s and (_explicit_years(s) or _year_words(s).year_starts):
            on = False
        elif _role_gate("event").search(s):
            on = True
    return out




def figure_period(sentence: str, start: int, end: int, frame: Frame, is_target: bool = False) -> str:
    """The period the figure at [start, end) covers: the nearest period phrase before it in its sentence
    (a 累计 inside a stated span keeps the span: 1-9月累计完成 is 1-9月) unless a year named after that phrase
    starts another statement (去年全年…;今年力争… leaves the aim's period unstated); else one right after
    it in its clause (…100亿元,全年增长); else the article's part-year frame for a result; '' when the text
    states none."""
    st = _sentence_time(sentence)
    k = bisect_right(st.phrase_ends, start)
    back = _looked_back_before(st, start)
    if back is not None and (not k or st.phrase_ends[k - 1] <= back) and bisect_right(st.time_ends, start) == bisect_right(
            st.time_ends, back):
        return _FULL_YEAR  # 过去一年,…共签约项目52个: the whole year looked back on
    if k:
        s_last, _, label = st.phrases[k - 1]
        y = bisect_left(st.year_starts, start)
        if y and st.year_starts[y - 1] > s_last:
            return ""  # 去年全年…,今年力争…: the later year starts a statement of its own
        if label == _CUMULATIVE and k >= 2 and st.phrases[k - 2][2] != _CUMULATIVE:
            return st.phrases[k - 2][2]
        return label
    clause_end = _CLAUSE_END.search(sentence, end)
    limit = clause_end.start() if clause_end else len(sentence)
    j = bisect_left(st.phrase_starts, end)
    if j < len(st.phrases) and st.phrases[j][0] < limit:
        return st.phrases[j][2]
    return frame.period if not is_target else ""
