"""Find quantities (number + unit) in a Chinese sentence.

A quantity is a number written in Arabic digits (``21,889``, ``84.2``), in Chinese numerals
(``十二``, ``两千``) or mixed with a multiplier (``1.2万亿元``, ``3.5万平方米``), followed by a
unit from ``data/units.csv`` (optionally prefixed by 万/亿/万亿).  Comparator words around it
(超/以上/不超过/约 …) are read into ``comparator`` and ``approx``.

Spans that look like numbers but are not figures are rejected here: years and dates (no
unit), durations (``12个月``), programme names in short quotes (``“五个翻一番”``), version
numbers, list markers, long digit runs (phone, ICP), numbers glued to Latin letters (5G, S202),
ordinals (第五批), vague amounts (数十家), small Chinese-numeral counts used as rhetoric
(两个街区, 三项机制) and size classes inside a count (``50亿元项目2个`` keeps only ``2个``).

Chinese numerals are converted with ``cn2an.cn2an(numeral, "smart")`` on the isolated numeral only.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import cn2an

from devzone.indicators import load_indicators
from devzone.patterns import guarded, quick_each, required_words
from devzone.units import UnitInfo, format_number, load_units

MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4}
# 突破2000亿大关, 迈入千亿大关, 突破“千亿”大关, 迈入“千亿俱乐部”: a money figure passed as a milestone; its unit is
# the 元 the text leaves out (labelled 亿元 in devset5, devset14, devset16, devset18, devset21 — a bare 亿
# without a milestone stays 亿 as stated, labels disagree there); a closing quote may sit between (ach15)
MILESTONE_WORDS = ("大关", "俱乐部")
_MILESTONE_AFTER_RE = "”?(?:" + "|".join(MILESTONE_WORDS) + ")"
_MILESTONE_AFTER = re.compile(_MILESTONE_AFTER_RE)
MAX_INT_DIGITS = 13  # a longer plain digit run is a code (phone, ICP, ID), not a figure
MAX_VALUE_NORM = 1e15  # in base units (元, 人, 平方米 …): beyond this no zone figure exists, the reading is wrong
# characters of a Chinese numeral: 31 write 9,999,999,999,999,999 (above MAX_VALUE_NORM); a longer run
# (一万一万…) is no figure and is not handed to cn2an, whose time grows with it
MAX_CN_NUMERAL = 32
SHORT_QUOTE = 12  # a quoted span this short around a number is a name or slogan
CN_DIGITS = "零〇一二两三四五六七八九十"
CN_NUMERAL_CHARS = CN_DIGITS + "百千万亿"

# Traditional characters that matter to quantities, mapped one to one so offsets stay put.
_T2S_CHARS = str.maketrans("億萬個項畝兩臺條餘約過內於噸輛戶場棟標們區", "亿万个项亩两台条余约过内于吨辆户场栋标们区")
_T2S_ANY = re.compile("[億萬個項畝兩臺條餘約過內於噸輛戶場棟標們區]")  # (the cleaner's OpenCC leaves few)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as stated in a sentence.

    ``value`` and ``unit`` are as stated (``21889`` / ``万元``); ``value_norm`` and ``unit_norm``
    are in base units (``218890000`` / ``元``).  ``start``/``end`` delimit the number and unit in
    the sentence; ``span_start``/``span_end`` also cover comparator words (超, 以上 …).
    """

    value: float
    unit: str
    comparator: str
    approx: bool
    start: int
    end: int
    span_start: int
    span_end: int
    raw: str
    chinese: bool
    unit_kind: str
    value_norm: float
    unit_norm: str

    @property
    def value_text(self) -> str:
        """The value as a plain decimal string (``100``, ``84.2``)."""
        return format_number(self.value)


_new_object = object.__new__


def _quantity(**fields) -> Quantity:
    """Quantity(**fields) without the frozen dataclass's object.__setattr__ per field (3.5 µs of the ~15 a
    figure costs, 1 µs this way); the same object: equal, hashed and printed alike, still frozen."""
    q = _new_object(Quantity)
    q.__dict__.update(fields)
    return q


@lru_cache(maxsize=1)
def _latin_indicator_words() -> tuple[str, ...]:
    """The indicators of data/indicators.csv written in Latin letters alone (GDP), longest first."""
    return tuple(sorted({w for ind in load_indicators() for w in ind.synonyms if w.isascii() and w.isalpha()},
                        key=len, reverse=True))


def _after_latin_indicator() -> str:
    """Lookbehinds letting a number start right after such a name (GDP183亿元), as alternatives to add."""
    return "".join(f"|(?<={re.escape(w)})" for w in _latin_indicator_words())


@lru_cache(maxsize=1)
def _latin_indicator_names() -> re.Pattern[str]:
    """The same names as one pattern ending a text, not the end of a longer Latin word."""
    names = _latin_indicator_words()
    return re.compile(f"(?<![A-Za-z])(?:{'|'.join(map(re.escape, names))})$" if names else r"(?!)")


def _after_indicator_name(text: str, start: int) -> bool:
    """实现GDP183亿元: a number right after an indicator named in Latin letters is its figure, glued or not (the
    letters of 5G, S202 name a thing, those of an indicator in data/indicators.csv what is measured)."""
    return bool(_latin_indicator_names().search(text, max(0, start - 8), start))


# 千/百 glued to digits multiplies them (3千家), except where it begins a unit (2.6千米, 500千瓦).
@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern[str]:
    names = sorted(load_units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in names)
    return guarded(re.compile(
        r"(?P<pct>百分之)?"
        rf"(?:(?:(?<![\d.A-Za-z]){_after_latin_indicator()})(?P<ar>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<arm>[千百](?![分米瓦克]))?"
        rf"|(?<![{CN_NUMERAL_CHARS}第几数若每])(?P<cn>[{CN_DIGITS}][{CN_NUMERAL_CHARS}]*(?:点[{CN_DIGITS}]+)?"
        # 超千亿元, 近百亿元: a bare 百/千 counts one hundred/thousand (CONTRACT.md); 百亿元(龙头型)项目 is a class
        # 百余家, 千余人: a bare 百/千 before 余/多 and a unit is more than a hundred/thousand
        r"|[百千](?=[万亿]元(?![\u4e00-\u9fff]{0,6}?(?:项目|企业|工程))|[余多][万亿]?[\u4e00-\u9fff%])"
        # 迈入千亿大关, 突破“千亿”大关, 突破百亿美元大关, 迈入“千亿俱乐部”: a milestone (_MILESTONE_AFTER);
        # 破千亿, “超千亿”: passed after 破/超 — unless a class follows (超千亿级, 破千亿产业集群)
        rf"|[百千](?=亿(?:美元|元)?{_MILESTONE_AFTER_RE})"
        r"|(?<=[破超])[百千](?=亿(?!元|美元|级|[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程|产业|平台|园区|集群|规模)))))"
        r"[ ]?(?P<ap1>多|余)?(?P<mult>万亿|亿|万)?(?P<ap2>多|余)?[ ]?"
        rf"(?P<unit>{unit_alt})?"
    ))


_BARE_HUNDREDS = {"百": 100.0, "千": 1000.0}  # 千亿元: the numeral with its leading 一 left out

# A unit character that starts a longer word is not a unit: 项目, 条例, 座谈, 名单 …
_UNIT_WORD_AFTER = {
    "项": "目", "条": "例件款", "座": "谈", "名": "单称牌义额", "台": "阶账", "家": "庭乡",
    "人": "才民口", "元": "旦素", "个": "体性亿", "件": "事", "场": "景所馆地", "户": "籍口",
    "所": "在有属以谓长", "位": "于置列居次数", "次": "要级序日年元生", "支": "持撑部出付柱点线", "宗": "旨教族师",
    # 八成 is a share (tenths), but 建成/形成 are verbs and 成为/成立/成功/成本/成员… words of their own
    "成": "为立功本员果效交品熟长都型绩就像不败规套片", "批": "准复发示评量文件号", "单": "元位项个体独列据",
    "架": "构设空", "列": "入车表举席为", "箱": "包体式型",
}
# 个 followed by these is a duration or a structuring device, not a count of things.
_NOT_COUNT_AFTER_GE = re.compile(r"(?:月|工作日|小时|星期|季度|周|年|方面|层面|维度|字)")
# Chinese-numeral counts this small with these units are rhetoric in this genre (两个街区, 三项机制); a bare 元 after
# a small Chinese numeral is a word (三元前驱体, 三元锂电池, 二元结构), never a sum (devset24, 31, 36, 53, 58)
_SMALL_CN_UNITS = {"个", "项", "条", "座", "场", "台", "套", "件", "次", "支", "批", "批次", "架", "单", "元"}
_ONE_CN_UNITS = {"家", "名", "位", "人", "所", "成"}  # 一家/一名 read as an article ("a"), not a count
# 一辆整车, 一栋栋建筑, 一栋3层门诊: a Chinese 一 before any unit of these kinds (data/units.csv) is the
# article "a" or a reduplication, not a count (needed in devset8, devset17, devset18)
_ONE_CN_KINDS = {"count", "people"}
# a share in tenths (八成) takes no multiplier: in 突破100亿成为… the 成 begins a word after 100亿
_TENTHS = "成"

_PREFIX_CMP = [
    (re.compile(r"(?:不少于|不低于|不小于|至少|最少)$"), ">=", False),
    (re.compile(r"(?:不超过|不高于|不多于|至多|最多|少于|低于|控制在)$"), "<=", False),
    (re.compile(r"(?:超过|超出|突破|高于|大于|多于|逾|超|(?<![通经越])过|首破|再破|(?<![突打攻])破)$"), ">", False),
    # (the 约 of 签约 ends a verb: 此次签约38个项目 is no approximate figure)
    (re.compile(r"(?:大约|约为|(?<!签)约|将近|接近|近)$"), "=", True),
]
_RANK_PREFIX = re.compile(r"前$")
_SUFFIX_CMP = [
    (re.compile(r"^(?:及以上|以上)"), ">=", False),
    (re.compile(r"^(?:及以下|以下|以内)"), "<=", False),
    (re.compile(r"^(?:左右|上下)"), "=", True),
]
# whether any of them applies, in one search (most figures have no comparator word: the rows are not tried)
_ANY_PREFIX_CMP = quick_each([f"(?:{p.pattern})" for p, _, _ in _PREFIX_CMP])  # (each row guarded: 2x faster)
_ANY_SUFFIX_CMP = quick_each([f"(?:{p.pattern})" for p, _, _ in _SUFFIX_CMP])
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.(?!\d)|[、)])|[(]\d{1,2}[)]|[一二三四五六七八九十]{1,3}[、.])")
_SIZE_CLASS_AFTER = re.compile(r"^(?:级|(?:及以上|以上|以下)?(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程|产业|平台))")
# 亿元以上项目, 5000万元及以上的工业企业: an amount bounded by 以上 before a counted noun is always a class,
# even when no count follows (引进一批10亿元以上项目).  A list of such classes (30亿元以上、50亿元以上
# 以及百亿元龙头型重大项目) shares the noun at its end.
_OPEN_CLASS_AFTER = re.compile(
    r"^(?:及以上|以上)(?:的)?(?:(?:[、和及与]|以及)[^,;。!?]{0,20}?)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程|平台)")
# 200亿级产业规模, 千亿级产业集群: 级 before the scale of an industry states the size the zone aims at,
# not a class of projects or firms.
# Without 规模 (千亿级先进制造业集群, 两千亿级汽车制造集群) the scale only describes the cluster: an epithet.
_SCALE_AFTER_JI = re.compile(r"^级(?:的)?[\u4e00-\u9fff]{0,6}?规模")
# 投资100亿元的生物疫苗项目, 总投资50亿元的产业园项目: the investment of one named project is a figure of
# that project, not a size class, even when a count of the projects closes the clause (…等重点项目12个).
_PROJECT_INVESTMENT_BEFORE = re.compile(r"投资(?:额)?(?:为|达|约|近|超)?$")
_CLAUSE_END = re.compile(r"[,;。!?:]")
_RANGE_LOW = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[ ]?[-—–~至到][ ]?$")
_RANGE_LOW_LAST = frozenset(" -—–~至到\n")  # the characters a match of _RANGE_LOW can end with ($: or before a \n)
_RANGE_MARK = re.compile(r"[ ]?[-—–~至到][ ]?")  # between the two ends of a range


_NEEDS_NFKC = re.compile(r"[\uff01-\uff5e\u3000\u2460-\u24ff\u3200-\u33ff]")  # full-width, circled, squared


def normalise_for_scan(text: str) -> str:
    """Full-width digits/punctuation to ASCII and Traditional unit characters to Simplified, same length."""
    if text.isascii() or not _NEEDS_NFKC.search(text):
        # the cleaner already applied NFKC: nothing to fold, and seldom a Traditional unit to translate
        return text.translate(_T2S_CHARS) if _T2S_ANY.search(text) else text
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out).translate(_T2S_CHARS)


def _mask_list_marker(text: str) -> str:
    """Blank a leading list marker (``1.``, ``(2)``, ``三、``) so it does not glue to the next number."""
    m = _LIST_MARKER.match(text)
    return " " * m.end() + text[m.end():] if m else text


_QUOTES = (("“", "”"), ("「", "」"), ("《", "》"))


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """True when start..end sits inside a short “…” or "…" quote: a name or slogan, not a figure."""
    for left, right in _QUOTES:
        o = text.rfind(left, 0, start)
        if o < 0:
            continue
        c_before = text.rfind(right, o, start)
        if c_before >= 0:
            continue
        c = text.find(right, end)
        if c >= 0 and c - o - 1 <= SHORT_QUOTE and not re.search(r"[,;。]", text[o:c]):
            return True
    return False


def _parse_arabic(digits: str, inner_mult: str | None) -> float | None:
    """Value of an Arabic number such as ``21,889`` or ``3.5`` (with 千/百 folded in); None for codes."""
    plain = digits.replace(",", "")
    int_part = plain.split(".")[0]
    if "," not in digits and len(int_part) > MAX_INT_DIGITS:
        return None
    if len(int_part) > 1 and int_part.startswith("0") and "," not in digits:
        return None  # 0571…: a code, not a figure
    try:
        value = float(plain)
    except ValueError:
        return None
    if inner_mult == "千":
        value *= 1000
    elif inner_mult == "百":
        value *= 100
    return value


@lru_cache(maxsize=4096)  # the same few numerals (两, 三, 十) recur on every page; cn2an is slow
def _parse_chinese(numeral: str) -> float | None:
    """Value of an isolated Chinese numeral via cn2an; None when it is not a well-formed numeral."""
    if len(numeral) > MAX_CN_NUMERAL:
        return None
    try:
        value = float(cn2an.cn2an(numeral, "smart"))
    except Exception:  # not a numeral, or one too large for a float (一万一万…一万)
        return None
    return value


def _split_chinese_multiplier(numeral: str) -> tuple[str, str]:
    """``两千万`` -> (``两千``, ``万``): a trailing 万/亿 belongs to the unit (万元, 亿元) as stated.

    A numeral that goes on past its 亿 (一百四十二亿四千九百万, 十六亿八千万) is stated in 亿 with a
    fraction: (``一百四十二亿四千九百万``, ``亿``), which the caller reads whole and divides by 亿.
    """
    head, yi, rest = numeral.partition("亿")
    if yi and rest and head and not rest.startswith("亿"):
        return numeral, "亿"
    for m in ("万亿", "亿", "万"):
        if numeral.endswith(m) and len(numeral) > len(m):
            return numeral[: -len(m)], m
    return numeral, ""


def _comparator(text: str, start: int, end: int, unit: str) -> tuple[str, bool, int, int]:
    """Comparator and approx flag from the words just before start and just after end.

    Returns (comparator, approx, span_start, span_end).
    """
    if text[start - 1:start] == "“":
        start -= 1  # 突破“千亿”大关: the comparator word stands before the quote that stresses the figure
    before = text[max(0, start - 4):start]
    after = text[end:end + 4]
    comparator, approx = "=", False
    span_start, span_end = start, end
    if _ANY_PREFIX_CMP.search(before):
        for pat, cmp, apx in _PREFIX_CMP:  # the first row that applies
            m = pat.search(before)
            if m:
                comparator, approx = cmp, apx
                span_start = start - (len(before) - m.start())
                break
    elif unit in ("位", "名", "强") and _RANK_PREFIX.search(before):
        comparator, span_start = "<=", start - 1
    if _ANY_SUFFIX_CMP.match(after):
        for pat, cmp, apx in _SUFFIX_CMP:
            m = pat.match(after)
            if m:
                if cmp != "=" and comparator == "=":
                    comparator = cmp
                approx = approx or apx
                span_end = end + m.end()
                break
    return comparator, approx, span_start, span_end


def _is_milestone(text: str, end: int, cn: str | None) -> bool:
    """突破“千亿”大关, “超千亿”, “千亿俱乐部”: a quote around a milestone stresses a figure, it names nothing."""
    return (cn is not None and cn in _BARE_HUNDREDS) or bool(_MILESTONE_AFTER.match(text, end))


def _unit_is_word(text: str, unit_end: int, unit: str) -> bool:
    """True when the unit characters begin a longer word (项目, 条例, 个月 …)."""
    nxt = text[unit_end:unit_end + 1]
    if unit in _UNIT_WORD_AFTER and nxt and nxt in _UNIT_WORD_AFTER[unit]:
        return True
    return unit == "个" and bool(_NOT_COUNT_AFTER_GE.match(text, unit_end))


_LATIN = re.compile(r"[A-Za-z]")


def _glued_to_letters(text: str, start: int, num_end: int) -> bool:
    """5G, 4A, S202: a number touching a Latin letter is a name, not a figure."""
    before = text[start - 1:start] if start else ""
    after = text[num_end:num_end + 1]
    # (one character each: an ASCII letter is one of [A-Za-z], told without a regex call)
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()) or after == "+"


def _malformed_decimal(text: str, num_end: int) -> bool:
    """1.2.3%: a number followed by another decimal point and digit is a version or a typo."""
    return text[num_end:num_end + 1] == "." and text[num_end + 1:num_end + 2].isdigit()


def _fraction_or_ordinal(text: str, start: int, num_end: int) -> bool:
    """1/8, 2019/3/5, 第3次: a number joined by a slash to another number is a fraction or a date, after 第
    an ordinal (100MW/200MWh: a slash after a unit pairs two figures)."""
    before = text[start - 1:start] if start else ""
    return ((before == "/" and text[start - 2:start - 1].isdigit()) or before == "第"
            or text[num_end:num_end + 1] == "/"
            or (before in _RANGE_MARKS and bool(_ORDINAL_RANGE_BEFORE.search(text, max(0, start - 6), start))))


_RANGE_MARKS = ("至", "到", "~", "—", "-")
_MINUS = ("-", "−", "—", "–")
_SIGNED_RATE_BEFORE = re.compile(r"(?:增长|增速|增幅|增长率|为)$")  # 增长-20%: a signed rate, not a range
_ORDINAL_RANGE_BEFORE = re.compile(r"第\d{1,4}[至到~—-]$")  # 第16至23批次: the upper end of a range of ordinals


# the move may be a range (前移1-2位), whose lower bound is read later
_RANK_MOVE_BEFORE = re.compile(
    r"(?:提升|上升|前移|前进|跃升|提高|下降|下滑|后退|后移|攀升)了?(?:\d+(?:\.\d+)?[ ]?[-—–~至到][ ]?)?$")
_RANKING_WORDS = re.compile(r"排名|排位|名次|位次|榜")


def _is_rank_move(text: str, start: int, unit: str) -> bool:
    """排名提升5位, 前移3位, 排名较上次提升1名: a move in a ranking, not a head count (位 counts people
    elsewhere; 名 only when the sentence speaks of a ranking, since 提升3名干部 is a head count)."""
    if unit not in ("位", "名") or not _RANK_MOVE_BEFORE.search(text[max(0, start - 8):start]):
        return False  # (the unit first: most figures are in neither, and then no words need reading)
    return unit == "位" or bool(_RANKING_WORDS.search(text[:start]))


def _bare_degree(unit: str, mult: str) -> bool:
    """度 is a zone figure only as electricity (6.42亿度, 3000万度); a bare 360度 is an angle or a slogan."""
    return unit == "度" and not mult


_COUNTED_BEFORE = re.compile(r"[一二两三四五六七八九十\d]个$")


def _names_a_figure(text: str, start: int) -> bool:
    """三个6000亩: a figure counted by a preceding N个 is the name of a goal, stated again in detail."""
    before = text[max(0, start - 3):start]
    return "个" in before and bool(_COUNTED_BEFORE.search(before))  # (a test in C before the search)


def _is_rhetorical_chinese_count(value: float, unit: str, kind: str = "") -> bool:
    """两个街区, 三项机制, 一家, 一辆整车: small Chinese-numeral counts are wording, not figures (kind: the
    unit's kind in data/units.csv; 一万家, 三万个 carry a multiplier and are never asked)."""
    return ((unit in _SMALL_CN_UNITS and value <= 10)
            or (value <= 1 and (unit in _ONE_CN_UNITS or kind in _ONE_CN_KINDS)))


def _clause_rest(text: str, pos: int) -> str:
    m = _CLAUSE_END.search(text, pos)
    return text[pos:m.start() if m else len(text)]


def _drop_size_classes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Drop amounts that classify a counted thing (50亿元项目2个, 10亿元级项目) rather than state a figure."""
    kept = []
    for i, q in enumerate(found):
        if q.unit_kind in ("money", "land", "area"):
            after = text[q.span_end:]
            if _OPEN_CLASS_AFTER.match(text[q.end:]):
                continue
            if _PROJECT_INVESTMENT_BEFORE.search(text[max(0, q.span_start - 6):q.span_start]) and after.startswith("的"):
                kept.append(q)
                continue
            # 其中50亿元1个、10亿元3个: an amount glued to a count is the size class of that count
            nxt = found[i + 1] if i + 1 < len(found) else None
            if (nxt is not None and nxt.unit_kind in ("count", "people")
                    and re.fullmatch(r"(?:及以上|以上|以下)?(?:的)?", text[q.span_end:nxt.start])):
                continue
            m = _SIZE_CLASS_AFTER.match(after)
            if m and after.startswith("级") and not _SCALE_AFTER_JI.match(after):
                continue
            if m:
                clause_end = q.span_end + len(_clause_rest(text, q.span_end))
                if any(o.start >= q.span_end and o.end <= clause_end and o.unit_kind in ("count", "people")
                       for o in found[i + 1:]):
                    continue
        kept.append(q)
    if len(kept) == len(found):
        return kept  # (nothing dropped: no range has a dropped high end)
    # 5亿至10亿元项目9个, 10亿元至50亿元项目13个: the low end of a range whose high end is a size class is one too
    ids = {id(q) for q in kept}
    return [q for i, q in enumerate(found) if id(q) in ids and not (
        i + 1 < len(found) and id(found[i + 1]) not in ids and _RANGE_MARK.match(text, q.span_end))]


def find_quantities(sentence: str) -> list[Quantity]:
    """Every figure (number + unit) in a sentence, in order, with comparator and base-unit value.

    Never raises on odd input: long digit runs, malformed numbers and crowded sentences just
    yield fewer quantities.
    """
    if not sentence:
        return []
    text = _mask_list_marker(normalise_for_scan(sentence))
    units = load_units()
    quoted = any(left in text for left, _ in _QUOTES)  # (else no figure of the sentence can be inside a quote)
    found: list[Quantity] = []
    for m in _quantity_re().finditer(text):
        q = _quantity_from_match(text, m, units, quoted)
        if q is not None:
            found.append(q)
    if _RANK_CHARS.search(text):
        found = _with_ranks(found, _ranks(text))
    return _drop_size_classes(text, _elided_points(text, _shared_unit_items(text, found)))


def _elided_points(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别高于省市平均增幅0.2个和0.8个百分点: a 个 joined to a figure in 个百分点 is that unit, cut short."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        q, nxt = out[i - 1], out[i]
        if (q.unit == "个" and nxt.unit == "个百分点" and not q.chinese
                and text[q.end:nxt.start] in _ITEM_JOINERS):
            out[i - 1] = replace(q, unit=nxt.unit, unit_kind=nxt.unit_kind, unit_norm=nxt.unit_norm,
                                 value_norm=q.value)
    return out


_ITEM_JOINERS = ("和", "、", "及", "与")


RANK_CUES_CSV = Path(__file__).resolve().parent.parent / "data" / "rank_cues.csv"
_RANK_CHARS = re.compile("[第前强位名]")  # one of them is in every place of a ranking


@dataclass(frozen=True)
class RankCue:
    """A row of data/rank_cues.csv: where a number is a place in a ranking.  The pattern's group ``n`` is
    the place, ``unit`` the stated unit (位 when none; 位次 counts places in 位); ``anchor`` is
    ``anywhere`` or ``after_rank`` (matched right after a place already found: the next item of a list)."""

    cue: str
    pattern: re.Pattern[str]
    comparator: str
    anchor: str
    words: tuple[str, ...] = ()  # one of them is in every match (none known: always tried)
    words_pattern: re.Pattern[str] | None = None  # the words as one pattern: one search tells whether any is in a text


@lru_cache(maxsize=1)
def load_rank_cues() -> tuple[RankCue, ...]:
    """The rows of data/rank_cues.csv, in file order."""
    with open(RANK_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(RankCue(r["cue"], p, r["comparator"] or "=", r["anchor"] or "anywhere", words,
                             re.compile("|".join(map(re.escape, words))) if words else None)
                     for r in csv.DictReader(f) for p in (re.compile(r["pattern"]),) for words in (required_words(p),))


def _rank(text: str, m: re.Match[str], comparator: str) -> Quantity | None:
    """The place a rank cue's match states (第三 → 3 位; 前80强 → 80 强, ``<=``; 前进3位 → 3 位)."""
    n = m.group("n")
    value = float(n) if n.isdigit() else _parse_chinese(n)
    if value is None:
        return None
    start = m.start("n") - (text[m.start("n") - 1:m.start("n")] in ("第", "前"))
    unit = m.group("unit") or "位"
    return _quantity(
        value=value, unit="位" if unit == "位次" else unit, comparator=comparator, approx=False, start=start,
        end=m.end(), span_start=start, span_end=m.end(), raw=text[start:m.end()], chinese=not n.isdigit(),
        unit_kind="rank", value_norm=value, unit_norm="")


def _ranks(text: str) -> list[Quantity]:
    """Places in a ranking (居全市第一, 位列第13位, 排名全市前三, 较上年前进3位): one per place, by the rows
    of data/rank_cues.csv; a list (分别列第57位、第12位) goes on from each place found."""
    out: dict[int, Quantity] = {}
    cues = load_rank_cues()
    for cue in cues:
        if cue.anchor != "anywhere" or (cue.words_pattern is not None and not cue.words_pattern.search(text)):
            continue
        for m in cue.pattern.finditer(text):
            q = _rank(text, m, cue.comparator)
            if q is not None and q.start not in out:
                out[q.start] = q
    nexts = [cue for cue in cues if cue.anchor == "after_rank"]
    todo = list(out.values())
    while todo and len(out) < 100:
        prev = todo.pop()
        for cue in nexts:
            m = cue.pattern.match(text, prev.end)
            q = _rank(text, m, prev.comparator) if m else None
            if q is not None and q.start not in out:
                out[q.start] = q
                todo.append(q)
    return list(out.values())


def _with_ranks(found: list[Quantity], ranks: list[Quantity]) -> list[Quantity]:
    """The figures and the places in rankings, in order; a place the number reading already gave (前50位,
    read with its unit) is not given twice."""
    if not ranks:
        return found
    taken = [(q.start, q.end) for q in found]
    new = [r for r in ranks if not any(s < r.end and r.start < e for s, e in taken)]
    return sorted(found + new, key=lambda q: q.start)


# 分别高2、1.4个百分点, 分别增长12.5、8.3%: the numbers of a 、-list share the unit written after the last.
_BARE_LIST_ITEM = guarded(re.compile(r"(?<![\d.第])(\d+(?:\.\d+)?)、$"))


def _shared_unit_items(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give the bare numbers of a 、-list the unit of the quantity that closes the list."""
    out: list[Quantity] = []
    for q in found:
        items: list[Quantity] = []
        pos = q.start
        # (the item ends right before pos: test that character before searching the text up to pos)
        while text[pos - 1:pos] == "、" and (m := _BARE_LIST_ITEM.search(text, 0, pos)) and len(items) < 10:
            value = float(m.group(1))
            factor = q.value_norm / q.value if q.value else 1.0
            if not math.isfinite(value) or abs(value * factor) > MAX_VALUE_NORM:
                break
            items.insert(0, replace(q, value=value, value_norm=value * factor, start=m.start(1),
                                    end=m.end(1), span_start=m.start(1), span_end=m.end(1), raw=m.group(1)))
            pos = m.start(1)
        out += [*items, q]
    return out


def _quantity_from_match(text: str, m: re.Match[str], units: dict[str, UnitInfo],
                         quoted: bool = True) -> Quantity | None:
    """Turn one regex match into a Quantity, or None when the match is not a figure (quoted: whether text
    holds an opening quote at all)."""
    pct, ar, cn, unit, mult = m.group("pct", "ar", "cn", "unit", "mult")
    unit, mult = unit or "", mult or ""
    if not (pct or unit or mult or (cn and cn.endswith(("万", "亿")))):
        return None  # a bare number (一 of 统一, 2 of a list): never a figure, decided before any parsing
    ap1, ap2, arm = m.group("ap1", "ap2", "arm")
    approx = bool(ap1 or ap2)
    num_start, num_end = m.span("ar") if ar else m.span("cn")
    if arm:
        num_end = m.end("arm")
    if ar:
        latin_unit = bool(unit) and m.start("unit") == num_end and bool(_LATIN.match(unit))  # 100MW
        if latin_unit and _LATIN.match(text, m.end("unit")):
            return None  # 15GWH: the letters go on, so the unit is not the one read
        if ((_glued_to_letters(text, num_start, num_end) and not latin_unit
             and not _after_indicator_name(text, num_start)) or _malformed_decimal(text, num_end)
                or _fraction_or_ordinal(text, num_start, num_end)):
            return None
        value = _parse_arabic(ar, arm)
    else:
        numeral, cn_mult = _split_chinese_multiplier(cn)
        if cn_mult and not mult:
            mult = cn_mult
        elif cn_mult:
            numeral = cn
        value = _BARE_HUNDREDS.get(numeral) or _parse_chinese(numeral)
        if value is not None and cn_mult == "亿" and numeral == cn and not cn.endswith("亿"):
            value = round(value / MULTIPLIERS["亿"], 8)  # 十六亿八千万元: 16.8 亿元, the figure as stated
    if value is None:
        return None
    end = m.end()
    if unit == _TENTHS and (mult or pct):
        unit, end = "", m.start("unit")
    if pct:
        if unit or mult:
            return None
        unit = "%"
    elif not unit:
        if mult not in ("亿", "万亿"):
            return None
        if _is_milestone(text, end, cn):
            unit = "元"  # 千亿大关, 破千亿, 2000亿大关: a colloquial money milestone in 亿元
    if unit and _unit_is_word(text, m.end("unit"), unit):
        return None
    if _bare_degree(unit, mult):
        return None
    info = units.get(unit)
    if cn and not pct and not mult and _is_rhetorical_chinese_count(value, unit, info.kind if info else ""):
        return None
    start = m.start("pct") if pct else num_start
    if ((quoted and _inside_short_quote(text, start, end) and not _is_milestone(text, end, cn))
            or _names_a_figure(text, start)
            or _is_rank_move(text, start, unit)):
        return None
    stated_unit = mult + unit
    factor = MULTIPLIERS.get(mult, 1.0) * (info.factor if info else 1.0)
    if not math.isfinite(value) or abs(value * factor) > MAX_VALUE_NORM:
        return None  # an absurd magnitude (一万一万亿元, 9,999,999,999,999亿元): that figure only is refused
    comparator, approx2, span_start, span_end = _comparator(text, start, end, unit)
    if approx and comparator == "=" and not approx2:
        comparator, approx = ">", False  # 400多名, 6000余平方米: more than (CONTRACT.md), not about
    if ar and unit == "%" and text[start - 1:start] in _MINUS and _SIGNED_RATE_BEFORE.search(text, 0, start - 1):
        value, start, span_start = -value, start - 1, min(span_start, start - 1)  # 同比增长-20%: a fall, as stated
    low = (_RANGE_LOW.search(text, max(0, start - 12), start)
           if ar and not pct and text[start - 1:start] in _RANGE_LOW_LAST else None)
    if low and float(low.group(1)) < value:
        # 3—4支, 3-5名, 1.5至2亿元: a range promises at least its lower bound
        value, comparator, start, span_start = float(low.group(1)), ">=", low.start(), min(span_start, low.start())
    rank = comparator == "<=" and text[span_start:start] == "前"  # 前50位: a rank, not a head count
    return _quantity(
        value=value, unit=stated_unit, comparator=comparator, approx=approx or approx2,
        start=start, end=end, span_start=span_start, span_end=span_end, raw=text[start:end],
        chinese=bool(cn), unit_kind="rank" if rank else (info.kind if info else "money"),
        value_norm=value * factor, unit_norm="" if rank else (info.base if info else ""),
    )
