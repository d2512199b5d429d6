"""Which development zone an article is about, and where it is.

Candidates are the gazetteer's zones (data/zones.csv, by name or alias) and the zone names the text
writes out whole (a place + a zone word from data/zone_words.csv: 海西三明生态工贸区, 大冶湖高新技术开发区).
Each mention counts by where it stands: the title, the page header and the lead (dateline) weigh most.
A generic reference (兄弟开发区, 我区, 开发区, 园区) names nothing.  A zone the gazetteer lacks is placed
(county, city, province) from the administrative divisions (devzone.places).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import TypeVar

from devzone.gazetteer import DATA_DIR, GAZETTEER, Zone, load_gazetteer
from devzone.lexicon import pos_tags
from devzone.patterns import quick
from devzone.places import (
    COUNTY,
    PROVINCE,
    TOWNS_SOURCE,
    Names,
    Place,
    context_counts,
    divisions,
    divisions_in,
    locate,
    towns,
)
from devzone.text import Deadline

__all__ = ["GAZETTEER", "UNRESOLVED", "OwnZone", "Zone", "ZoneMatch", "common_names", "detect_zone", "is_own_zone_name",
           "is_unresolved", "load_gazetteer", "own_zone", "proper_names_in_text", "unresolved_zone_name",
           "zone_names_in_text", "zone_references", "zone_words"]

ZONE_WORDS = DATA_DIR / "zone_words.csv"
# a zone a page names only by a zone word and places nowhere: the word, marked so, with its page (unresolved_zone_name)
UNRESOLVED = "未识别"
GENERIC_ZONE_WORD = "开发区"  # the word of an unresolved zone whose page uses no zone word at all
UNRESOLVED_TITLE_CHARS = 12
NOWHERE = Place()  # a page whose publisher names no place

# Where a mention stands: the title and the header say what the page is about, the lead (dateline and
# first paragraph) usually names the zone in full before the body falls back on 开发区/我区.
TITLE_WEIGHT, HEADER_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3, 2, 2, 1
LEAD_CHARS = 200
TITLE_CUT = "…"  # ends a title made of a first sentence cut short (devzone.text.find_title)
_TITLE_CLAUSE_BREAK = re.compile(r"[,,;;::。!?!?、\s]")
# the level of the zones a province sets up, mostly in its counties (data/zones.csv `level`)
COUNTY_ZONE_LEVEL = "省级"
# a written-out zone weaker than this (one mention deep in the body) yields to a gazetteer place named often
MIN_NAMED_SCORE = 2
# how far before a zone word a place may start (海西三明生态|工贸区), in Han characters
MAX_PREFIX = 10
MAX_CLAUSE = 24  # how far around a place name its clause is cut into words
# divisions the dictionary lists that are zones (宿州马鞍山现代产业园区): no evidence of the article's city
ZONE_NAMED_DIVISION = re.compile(r"园区|开发区|新区|工业园|高新|经开|保税|试验区|示范区")
# word classes of the words a zone's name may end its place part with (jieba tags), and those that show it
# is a place or a proper name rather than a common noun (高端医药产业园 is a kind of park, not a park)
_NAME_TAGS = {"ns", "nr", "nz", "n", "nt", "nrt", "nrfg", "j"}
_PLACE_TAG = "ns"  # jieba tags 大力开展 nt and 深化 j: only a place word (东山, 浒墅关) makes a name
_NOT_NAME = {"记者", "通讯员", "本报讯", "本报", "区", "市", "县", "镇", "我区", "我市", "全区", "全市", "园区",
             "开发", "国家级", "省级", "工业", "经济", "高新", "新", "本", "该", "各", "全省", "全国", "专访"}
_LEADING_WORDS = re.compile(r"^(?:位于|地处|落户|入驻|建设|打造|创建|争创|推进|加快|"
                            r"[在于的和与及对把将向从为是])+")
# the first character of a two-character name jieba cuts into single characters (天|衢): a Han character that is
# no function word, numeral or date word
_SPLIT_NAME_HEAD = re.compile(r"[^\W\d一二三四五六七八九十百千万亿两年月日是在于的和与及对把将向从为个等了中、全各本该我沿]")
# jieba's word classes of function words (标志|着, 随|着: a particle, preposition, conjunction, adverb, pronoun,
# interjection), which never open a name
_FUNCTION_TAGS = ("u", "p", "c", "d", "r", "y", "e", "o")
# between a place and its zone word (杭州|钱江|经济开发区): words that show the two are not one name
_NAME_BREAK = re.compile(r"[的在和与及是为将对把向从到由等了中、]")
# the characters a zone's name is written in before its zone word; a paired park names its partner in
# brackets (深圳福田(和平)产业园, 广州(清远)产业转移工业园)
_DASHES = "-—–‐"  # a dash joining two names into one (南宁-东盟经济开发区, 中国—马来西亚钦州产业园区)
_HAN_RUN = quick(re.compile(r"[\u4e00-\u9fff·]+(?:\([\u4e00-\u9fff]{2,6}\)[\u4e00-\u9fff]{0,6})?$"))
# a zone named by a proper name that is no administrative place (吉凤|经济开发区, 苏银|产业园): the words that may
# open it (jieba: a place, a person's or another proper name, an abbreviation), how long it may be before its zone
# word, and how often the article must write it (a name is written again; a one-off phrase is not)
_PROPER_HEAD_TAGS = {"ns", "nr", "nz", "j", "nrt", "nrfg"}
_NAME_MODIFIER_TAGS = {"j", "t"}  # besides nouns, the words such a name holds (苏滁|现代|产业园)
NAME_ENDS = ("suffix", "park")  # the roles of data/zone_words.csv's words that end a zone's name
PARK_TYPES = frozenset({"工业园区", "产业园区", "新城", "基地"})  # the kinds of data/zone_words.csv's suffixes that name a park, a new town or a base inside a zone
MAX_PROPER = 8
PARTNER_CHARS = 2  # the name of a park's partners before its host place in brackets (广佛(佛冈)产业园)
MIN_PROPER_MENTIONS = 2
_HAN = re.compile(r"[\u4e00-\u9fff]")
MAX_BRANCH = 10  # the longest name of a part written after its zone's (平房经济技术片区), in Han characters
_BRANCH_RUN = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_BRANCH}}}")
_LIST_JOIN = re.compile(r"[、和及与]")  # 松北片区、平房片区: parts listed, the zone as a whole
_BRACKETED = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class ZoneMatch:
    """The zone an article is about. `known` is False when the name came from the text, not the gazetteer.
    `zone` is a gazetteer zone's name as shown and grouped (Zone.name: 葛店经济技术开发区), `official` its
    official name (鄂州葛店经济技术开发区), '' for a zone the gazetteer lacks."""

    zone: str
    mention: str = ""
    city: str = ""
    province: str = ""
    level: str = ""
    type: str = ""
    known: bool = False
    method: str = "none"  # alias | place | reference | text | composed | unresolved | none
    place: str = ""
    official: str = ""


@dataclass(frozen=True)
class ZoneWord:
    """A row of data/zone_words.csv: a zone word ending a name (suffix) or a word making it generic."""

    word: str
    role: str  # suffix | generic | reference (the word alone names the article's own zone: 经开区深入贯彻…) |
    # break (between a place and a zone word, the two are no name: 北京亦庄企业|落户|经开区) |
    # part (ends the name of a part of a zone, never a zone's: 沙文园区, 海洋生物科技园; targets.part_subject) |
    # branch (ends the name of a part written right after its zone's name, the two one name: 南太湖产业集聚区|长兴分区) |
    # infix (written between a zone's place and its zone word, the name is still the zone's: 江宁|国家级|经济技术开发区) |
    # project (right after a park's name, makes the whole a project's name, no zone's: 东方电气智慧能源产业基地|项目) |
    # park (like suffix, ends the name of a park, base or new town that is a zone where the page is about it:
    # 辽宁专用车生产基地, 南湖产业新城, 丹徒高新园; the figure rules do not read it as a zone word) |
    # determiner (before a reference word, the two still the page's own zone: 该|开发区, 2023年市|开发区) |
    # city_kept (ends the official name of a zone that goes by that name, its city first, never by a common name
    # without the city: 长春净月高新技术产业开发区, as the national high-tech zones' list and their pages write it)
    type: str
    example: str
    counterexample: str


@cache
def zone_words() -> tuple[ZoneWord, ...]:
    """The zone-word table, longest suffix first (经济技术开发区 before 开发区)."""
    with open(ZONE_WORDS, encoding="utf-8-sig", newline="") as f:
        rows = [ZoneWord(r["word"], r["role"], r["type"], r["example"], r["counterexample"])
                for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda w: -len(w.word)))


@dataclass(frozen=True)
class OwnZone:
    """The article's own zone as metric naming needs it: every name it goes by (gazetteer name, official name,
    aliases, the text's mention), its type and its place."""

    names: frozenset[str]
    type: str = ""
    place: str = ""


def own_zone(m: ZoneMatch) -> OwnZone | None:
    """The names of the zone an article is about (None when no zone was found)."""
    if not m.zone:
        return None
    # an unresolved zone goes by its zone word alone: its name's page label (a title) names no zone
    names = {n for n in (m.zone, m.official, m.mention) if n and not is_unresolved(n)}
    by_name, _ = _gazetteer_index(load_gazetteer())  # the detector's name index, not a walk over every zone
    for z in {by_name.get(m.official), by_name.get(m.zone)} - {None}:
        if z.canonical == m.official or z.name == m.zone:
            names |= {z.canonical, *z.aliases, *([z.common_name] if z.common_name else [])}
    # a zone not in the gazetteer has the type its name ends with (衡东经济开发区: 经开区, as 衡东经开区 writes it)
    return OwnZone(frozenset(names), m.type or _named_type(m.zone), m.place)


@cache
def _word_types() -> dict[str, frozenset[str]]:
    """The types a zone word stands for in data/zone_words.csv ('' for a word of any zone: 开发区 alone)."""
    types: dict[str, set[str]] = {}
    for w in zone_words():
        types.setdefault(w.word, set()).add(w.type)
    return {k: frozenset(v) for k, v in types.items()}


def is_own_zone_name(place: str, word: str, own: OwnZone) -> bool:
    """Does place + zone word name the article's own zone (天津开发区 for 天津经济技术开发区, 滨海新区 for 嘉兴市滨海新区)
    rather than a part of it or another zone (洋山特殊综保区 in 临港新片区's article, 绍兴综保区 in 绍兴袍江经开区's)?
    One of its names (also after its province or city: 临海头门港新区 for 头门港新区), or its place written in one of
    them under a zone word of the zone's own type (or of any)."""
    name = place + word
    if not place or any(name in n or name.endswith(n) for n in own.names):
        return True
    stem = own.place.rstrip("市县区")
    placed = any(place in n for n in own.names) or (len(stem) >= 2 and stem in place)
    return placed and bool(_word_types().get(word, frozenset({""})) & {"", own.type})


@cache
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w.word) for w in zone_words() if w.role in NAME_ENDS))


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(w.word for w in zone_words() if w.role == "generic")


@cache
def _project_words() -> tuple[str, ...]:
    """Words that, right after a zone name, make the whole a project's name (东方电气智慧能源产业基地|项目)."""
    return tuple(w.word for w in zone_words() if w.role == "project")


@cache
def _break_words() -> frozenset[str]:
    """Words that, between a place and a zone word, show the two are not one name (岳阳市委|要求|高新区)."""
    return frozenset(w.word for w in zone_words() if w.role == "break")


@cache
def _branch_words() -> tuple[str, ...]:
    """Words that end the name of a zone's part written right after the zone's name (长兴|分区, 石景山|园), longest
    first."""
    return tuple(w.word for w in zone_words() if w.role == "branch")


def _branch_at(text: str, end: int, z: Zone) -> tuple[str, str]:
    """The part of zone z named right after z's name, which ends at `end` (南太湖产业集聚区|长兴分区, 中关村科技园区|
    石景山园): a place of z's city or province, then up to MAX_BRANCH characters ending with a branch word;
    (the part's name, its place) or ('', ''). Not a part in a list of parts (哈尔滨新区松北片区、平房片区: the zone
    as a whole) nor one whose name holds a generic or function word (各分区, 的片区)."""
    name = _branch_name(text, end)
    if not name:
        return "", ""
    lead = [cands for start, _, cands in divisions_in(name) if start == 0]
    fits = [d for d in (lead[0] if lead else ()) if d.level != PROVINCE and z.province in (d.province, d.name)
            and (not z.city or z.city == z.province or d.city == z.city)]
    after = end + len(name)
    if not fits or (_LIST_JOIN.match(text, after) and _branch_name(text, after + 1)):
        return "", ""
    return name, fits[0].name


def _branch_name(text: str, start: int) -> str:
    """The shortest run of Han characters at start that ends with a branch word and holds no break ('' if none)."""
    run = _BRANCH_RUN.match(text, start)
    if not run:
        return ""
    chars = run.group(0)
    for i in range(2, len(chars) + 1):
        word = next((w for w in _branch_words() if chars.endswith(w, 0, i)), "")
        if word and i > len(word):
            longer = next((w for w in _branch_words() if chars.endswith(w, 0, i + 1) and len(w) > len(word)), "")
            name = chars[:i + 1] if longer else chars[:i]  # 石景山园|区: the longer word
            if _NAME_BREAK.search(name) or any(g in name for g in _generic_words()):
                return ""
            return name
    return ""


@cache
def _reference_pattern() -> re.Pattern[str]:
    """A reference word standing alone: at the start of a line or clause (经开区深入贯彻…, 去年,高新区…) or
    right after a year (2022年经开区…), never inside a name or a class (芜湖经开区, 全市经开区); a determiner
    may stand before it (该开发区, 2023年市开发区: still the page's own zone). Group 1 is the word."""
    words = "|".join(re.escape(w.word) for w in zone_words() if w.role == "reference")
    determiners = "|".join(re.escape(w.word) for w in zone_words() if w.role == "determiner")
    # (guarded by the words' first characters: the lookbehinds opening it would be tried at every position)
    return quick(re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=\d年))(?:{determiners})?({words})"))


@cache
def _reference_types() -> dict[str, str]:
    return {w.word: w.type for w in zone_words() if w.role == "reference"}


def zone_references(text: str) -> Counter:
    """How often the text refers to its zone by a zone word alone (高新区, 经开区, 试验区), by word; not where a
    park's name follows it (试验区|大柴旦工业园: the zone's park, named with its zone)."""
    return Counter(m.group(1) for m in _reference_pattern().finditer(text) if not _park_after(text, m.end()))


def _park_after(text: str, start: int) -> bool:
    """True when a park's name (a place and a zone word of a park's kind: 大柴旦工业园) starts at start."""
    word = _suffix_pattern().search(text, start, start + MAX_PREFIX + 6)
    if not word or _suffix_types()[word.group(0)] not in PARK_TYPES:
        return False
    run = text[start:word.start()]
    return len(run) >= 2 and bool(_HAN.fullmatch(run[0])) and _place_prefix(run) == run


def _match(z: Zone, mention: str, method: str) -> ZoneMatch:
    """z as the article's zone, always under its common name (its official name rides along): the dashboard shows
    one zone as one row however a page writes it."""
    return ZoneMatch(z.name, mention, z.city, z.province, z.level, z.type, True, method, z.place, z.canonical)


def _jieba_prefix(chars: str) -> str:
    """The proper name that ends a run of characters (东山, 浒墅关), by word class; '' for a common noun."""
    tokens = pos_tags(_LEADING_WORDS.sub("", chars))
    name: list = []
    for tok in reversed(tokens):
        if (len(name) == 2 or tok.word in _NOT_NAME or tok.word in _generic_words() or tok.word in _break_words()
                or tok.flag not in _NAME_TAGS):
            break
        if len(tok.word) == 1 and tok.flag != "ns" and name:
            break  # a lone character is part of a name only right before the zone word (云溪高新区)
        name.insert(0, tok)
    if not any(t.flag == _PLACE_TAG for t in name):
        return ""
    first = len(tokens) - len(name)
    before = tokens[first - 1] if first >= 1 else None
    words = "".join(t.word for t in name)
    if (len(name[0].word) == 1 and before is not None and len(before.word) == 1 and _SPLIT_NAME_HEAD.match(before.word)
            and not before.flag.startswith(_FUNCTION_TAGS)):
        return before.word + words  # 天|衢新区, 西|永|微电子产业园区: a rare two-character name jieba cut in two
    return words


@lru_cache(maxsize=4096)  # a zone's name recurs through its article: the run before it is read once
def _place_prefix(chars: str) -> str:
    """The place part of a zone name that ends chars: from the first administrative division that starts an
    unbroken name (a province before a finer division is dropped: 湖北大冶湖 -> 大冶湖), else a proper noun."""
    found = divisions_in(chars)
    # place names and a bracketed partner are part of the name whatever characters they hold (和平, 中山)
    masked = list(chars)
    for start, end in [(s, e) for s, e, _ in found] + [m.span() for m in _BRACKETED.finditer(chars)]:
        masked[start:end] = "·" * (end - start)
    plain = "".join(masked)
    bracket = _BRACKETED.search(chars)
    for i, (start, end, cands) in enumerate(found):
        if bracket and bracket.start() <= start < bracket.end():
            break  # a partner in brackets does not start the name
        if (_NAME_BREAK.search(plain, end) or any(chars.startswith(g, start) for g in _generic_words())
                or any(w in chars[end:] for w in _break_words()) or _level_after(chars, end)):
            continue
        if all(c.level == PROVINCE for c in cands) and i + 1 < len(found):
            continue  # 湖北|大冶湖, 上海市|金山区山阳: the province before a finer place is not in the name
        return chars[start:]
    return _partnered_prefix(chars) or _jieba_prefix(chars)


def _level_after(chars: str, end: int) -> bool:
    """True when the place ending at end shares its last character with a generic word that follows (河北省|级: 河北 +
    省级经济开发区, a class of zones, not 河北省's one)."""
    return any(len(g) >= 2 and chars.startswith(g, end - 1) for g in _generic_words())


def _partnered_prefix(chars: str) -> str:
    """A name of two Han characters that opens no place (the partners' short names, 广佛 for 广州 and 佛山, or a
    region, 西部), followed by its host place in brackets (广佛(佛冈), 西部(重庆)), ending chars: a park built by
    partners in a host place; '' when chars ends otherwise or the two characters hold a generic or break word."""
    bracket = _BRACKETED.search(chars)
    head = chars[bracket.start() - PARTNER_CHARS:bracket.start()] if bracket else ""
    if (not bracket or bracket.end() != len(chars) or len(head) < PARTNER_CHARS or not _HAN.fullmatch(head[0])
            or not _HAN.fullmatch(head[1]) or _NAME_BREAK.search(head) or head in _NOT_NAME
            or any(w in head for w in _generic_words() | _break_words())):
        return ""
    hosts = divisions_in(bracket.group(0)[1:-1])
    return head + bracket.group(0) if hosts and hosts[0][:2] == (0, bracket.end() - bracket.start() - 2) else ""


def zone_names_in_text(text: str, deadline: Deadline | None = None) -> Counter:
    """Zone names the text writes out: a place and a zone word (大冶湖高新技术开发区, 海西三明生态工贸区),
    whole; generic references (兄弟开发区, 全省开发区, 我区) are not names.  (deadline: checked per zone word.)"""
    found: Counter = Counter()
    matches = list(_suffix_pattern().finditer(text))
    prev_end = 0
    i = 0
    while i < len(matches):
        if deadline is not None:
            deadline.check()
        m = matches[i]
        end = m.end()
        while i + 1 < len(matches) and matches[i + 1].start() == end:  # 绵阳科技城|新区: one name
            i += 1
            end = matches[i].end()
        run = _HAN_RUN.search(text, max(prev_end, m.start() - MAX_PREFIX), m.start())
        prefix = _place_prefix(run.group(0)) if run and run.end() == m.start() else ""
        whole = run.group(0) if run and run.end() == m.start() else ""
        if whole and (prefix == whole or not (prefix or _proper_run_is_common(whole))):
            # 南宁-|东盟经济开发区: a name joined on to a place by a dash is one name with it
            joined = _dash_joined(text, run.start(), max(prev_end, run.start() - MAX_PREFIX))
            prefix = joined + whole if joined else prefix
        if len(prefix) >= 2 and not (text.startswith(_project_words(), end) and _suffix_types()[matches[i].group(0)] in PARK_TYPES):
            found[prefix + text[m.start():end]] += 1
        prev_end = end
        i += 1
    return found


def _dash_joined(text: str, start: int, lo: int) -> str:
    """The place and dash a zone's name opens with when its name part at start is joined on to a place by one dash
    (南宁-东盟经济开发区, 中国—东盟…, 广西-东盟…): '南宁-', or '' when no lone dash stands right before start or no place
    ends right before the dash (新引擎—访…)."""
    dash = start - 1
    if dash <= lo or text[dash] not in _DASHES or text[dash - 1] in _DASHES:
        return ""
    left = _HAN_RUN.search(text, lo, dash)
    if not left or left.end() != dash:
        return ""
    place = _place_prefix(left.group(0))
    return place + text[dash] if len(place) >= 2 and left.group(0).endswith(place) else ""


def proper_names_in_text(text: str) -> Counter:
    """Zone names whose proper name is no administrative place, which the place rules miss (吉凤经济开发区,
    苏银产业园, 闽台蓝色经济产业园): the whole run of Han characters that opens a clause (after a line start or
    punctuation) and ends at a zone word, opened by a proper name (_PROPER_HEAD_TAGS) and made of nouns only, with
    no generic word (全市, 我区), break word or reporter's word in it; counted where the text writes the name at
    least MIN_PROPER_MENTIONS times (a name is written again, a descriptive phrase seldom is)."""
    found: set[str] = set()
    for m in _suffix_pattern().finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < MAX_PROPER and _HAN.match(text[start - 1]):
            start -= 1
        run = text[start:m.start()]
        if len(run) < 2 or (start > 0 and _HAN.match(text[start - 1])) or _proper_run_is_common(run):
            continue
        end = m.end()
        while (nxt := _suffix_pattern().match(text, end)) is not None:  # 科技城|新区: one name
            end = nxt.end()
        found.add(run + text[m.start():end])
    counts = Counter({name: text.count(name) for name in found})
    return Counter({name: n for name, n in counts.items() if n >= MIN_PROPER_MENTIONS})


@lru_cache(maxsize=1024)
def _proper_run_is_common(run: str) -> bool:
    """True unless run is a proper name of a zone: opened by a proper noun that is no reporter's word, made of
    nouns and single characters (苏|银, 京|蒙: a name jieba cuts char by char), no generic or break word, and no
    administrative place (a place-named zone is the place rules' to find)."""
    if (_LEADING_WORDS.match(run) or _NAME_BREAK.search(run) or _place_prefix(run)
            or any(w in run for w in _generic_words() | _break_words())):
        return True
    tokens = pos_tags(run)
    head = tokens[0]
    return (head.flag not in _PROPER_HEAD_TAGS or head.word in _NOT_NAME
            or not all(len(t.word) == 1 or t.flag.startswith("n") or t.flag in _NAME_MODIFIER_TAGS
                       for t in tokens))


def _whole_title(title: str) -> str:
    """A title cut short (a first sentence ending in …: 西部(重庆)科学城璧山…) without its unfinished last clause, whose
    name may be cut (the body writes it whole); any other title as it is."""
    if not title.endswith(TITLE_CUT):
        return title
    breaks = [m.end() for m in _TITLE_CLAUSE_BREAK.finditer(title)]
    return title[:breaks[-1]] if breaks else title


def _weighted_parts(title: str, header: str, body: str) -> list[tuple[str, int]]:
    title = _whole_title(title)
    lead, rest = body[:LEAD_CHARS], body[LEAD_CHARS:]
    first_break = lead.find("\n", 20)
    if first_break > 0:  # the lead is the first paragraph
        lead, rest = body[:first_break], body[first_break:]
    return [(title, TITLE_WEIGHT), (header, HEADER_WEIGHT), (lead, LEAD_WEIGHT), (rest, BODY_WEIGHT)]


_T = TypeVar("_T")


def _per_gazetteer(build: Callable[[tuple[Zone, ...]], _T]) -> Callable[[tuple[Zone, ...]], _T]:
    """build(gazetteer) cached per gazetteer object: a cache keyed by the tuple's value hashes its hundreds of
    zones on every call (~0.1 ms an article)."""
    built: dict[int, tuple[tuple[Zone, ...], _T]] = {}  # id -> (the gazetteer, kept alive so its id stays its own)

    @wraps(build)
    def index(gazetteer: tuple[Zone, ...]) -> _T:
        hit = built.get(id(gazetteer))
        if hit is None or hit[0] is not gazetteer:
            hit = built[id(gazetteer)] = (gazetteer, build(gazetteer))
        return hit[1]
    return index


@cache
def _city_kept_words() -> tuple[str, ...]:
    """Words ending the official name of a zone that keeps its city in the name it goes by (高新技术产业开发区)."""
    return tuple(w.word for w in zone_words() if w.role == "city_kept")


@cache
def _infix_words() -> tuple[str, ...]:
    """Words written between a zone's place and its zone word in its name (国家, 国家级), longest first."""
    return tuple(w.word for w in zone_words() if w.role == "infix")


def _infixed(name: str) -> Iterator[str]:
    """name spelled with each infix word between its place and its zone word (江宁经济技术开发区 ->
    江宁国家级经济技术开发区, 海口高新区 -> 海口国家高新区); nothing for a name that is no place + zone word."""
    for m in _suffix_pattern().finditer(name):
        if m.end() == len(name):
            stem = name[:m.start()]
            if len(stem) >= 2 and not stem.endswith(_infix_words()) and stem not in _generic_words() | _NOT_NAME:
                yield from (stem + w + name[m.start():] for w in _infix_words())
            return


@_per_gazetteer
def _gazetteer_index(gazetteer: tuple[Zone, ...]) -> tuple[dict[str, Zone], Names]:
    """Every name a gazetteer zone goes by -> the zone (its own names first, then those names spelled with an
    infix word: 许昌国家经济技术开发区), and a scanner for them."""
    by_name: dict[str, Zone] = {}
    for z in gazetteer:
        for name in (z.canonical, *z.aliases, z.common_name):
            if name:
                by_name.setdefault(name, z)
    for name, z in list(by_name.items()):
        for spelled in (*_infixed(name), *_city_spelled(name, z.city)):
            by_name.setdefault(spelled, z)
    return by_name, Names(by_name)


def _city_spelled(name: str, city: str) -> Iterator[str]:
    """name spelled with its city's full name where it opens with the city's short one and a name of its own follows
    (临沂|临港经济开发区 -> 临沂市临港经济开发区); nothing for a name that opens with no name of the city, nor for a city
    and a bare zone word (邯郸开发区: 邯郸市开发区 is the text's own name) or one character (天津|港保税区)."""
    short = next((n for n in _city_names().get(city, ()) if n != city and name.startswith(n)), "")
    rest = name[len(short):]
    suffix = _suffix_pattern().search(rest)
    stem = rest[:suffix.start()] if suffix and suffix.end() == len(rest) else rest
    if short and not name.startswith(city) and len(stem) >= 2:
        yield city + rest


@_per_gazetteer
def _city_less_index(gazetteer: tuple[Zone, ...]) -> tuple[dict[str, tuple[Zone, ...]], Names]:
    """A zone's name with its city cut off (汽开区 of 长春汽开区, 医药高新区 of 泰州医药高新区, 智造新城 of
    衢州智造新城) -> the zones so called (one per city), and a scanner for those names. A page of that city
    calls its zone so (长春市发改委's 汽开区上半年…). Not a name that is no more than a zone word (高新区), whose
    stem is generic (国家高新区) or starts with a place (the place rules read those), nor another zone's name."""
    by_name, _ = _gazetteer_index(gazetteer)
    words = {w.word for w in zone_words()}
    generic = _generic_words()
    per_city: dict[tuple[str, str], set[str]] = {}  # (city, short name) -> the zones of that city so called
    for z in gazetteer:
        prefixes = _city_names().get(z.city, ())
        for name in (z.canonical, *z.aliases):
            prefix = next((p for p in prefixes if name.startswith(p)), "")
            rest = name[len(prefix):]
            if not prefix or len(rest) < 3 or rest in words or (rest in by_name and by_name[rest].city == z.city):
                continue  # (a name another city's zone goes by, 滨海新区 of 天津 and of 绍兴, is the page's city's)
            suffix = _suffix_pattern().search(rest)
            stem = rest[:suffix.start()] if suffix and suffix.end() == len(rest) else rest
            if (len(stem) < 2 or any(stem.startswith(g) for g in generic | _NOT_NAME if len(g) >= 2)
                    or (rest not in by_name and any(start == 0 and not all(ZONE_NAMED_DIVISION.search(d.name)
                                                                           for d in cands)
                                                    for start, _, cands in divisions_in(stem)))):
                continue
            per_city.setdefault((z.city, rest), set()).add(z.canonical)
    canon = {z.canonical: z for z in gazetteer}
    index: dict[str, list[Zone]] = {}
    for (_, rest), zs in per_city.items():
        if len(zs) == 1:  # two zones of one city so called: the name tells neither
            index.setdefault(rest, []).append(canon[next(iter(zs))])
    return {k: tuple(v) for k, v in index.items()}, Names(index)


def _city_less_zones(gazetteer: tuple[Zone, ...], title: str, header: str, body: str) -> dict[str, Zone]:
    """The city-less names (_city_less_index) the page writes that name a zone of the page's own city (the one its
    title, header and lead name, else the one it names most) -> that zone; {} when it writes none. In a page of no
    one city (none named, or several as often), a name written at least MIN_PROPER_MENTIONS times names the one
    zone so called whose city the page names (稀土高新区 in a page naming 包头 once beside its enterprises' cities;
    火炬开发区, 厦门's or 中山's, in a page naming 中山 and neither 厦门), or, in a page naming no city, the only
    zone in the country so called (稀土高新区 in a page of 包头's statistics office that names no city)."""
    index, short = _city_less_index(gazetteer)
    written = Counter(n for _, _, n in short.finditer(f"{title}\n{header}\n{body}"))
    if not written:
        return {}
    cities = _article_cities(title, header, body)[0]
    city = _heading_city(title, header, body) or _top(cities)
    if city:
        return {n: z for n in written for z in index[n] if z.city == city}
    by_name, _ = _gazetteer_index(gazetteer)
    found: dict[str, Zone] = {}
    for n, k in written.items():
        if n in by_name:
            continue  # a gazetteer zone's own name: another city's zone only where the page names that city
        fits = [z for z in index[n] if z.city in cities] if cities else list(index[n])
        if len(fits) == 1 and k >= MIN_PROPER_MENTIONS:
            found[n] = fits[0]
    return found


# ---------------------------------------------------------------- common names (written into data/zones.csv)

_TOWNSHIP = ("镇", "乡", "街道", "地区")  # township-level divisions proper, before the zones listed at that level


@cache
def _city_names() -> dict[str, tuple[str, ...]]:
    """A city's full name -> the names it is written by (马鞍山市, 马鞍山), longest first."""
    names: dict[str, set[str]] = {}
    for name, divs in divisions().items():
        for d in divs:
            if d.level != COUNTY:
                names.setdefault(d.name, {d.name}).add(name)
    return {city: tuple(sorted(ns, key=len, reverse=True)) for city, ns in names.items()}


def _own_name(z: Zone, towns: dict[str, tuple[tuple[str, str], ...]]) -> tuple[str, str]:
    """(the official name without the city it starts with, the place below the city that shows the rest is a
    name of its own) or ('', ''). The rest is a name of its own when it holds a proper name before its zone word
    (葛店|经济技术开发区, not a bare 高新技术产业开发区) that the gazetteer also lists without the city (葛店经开区),
    that starts with a county of the city (余杭区) or names a township of it (葛店镇, 慈湖街道; neither itself
    named with the city), and that starts with no place of another city (武汉|东湖新技术开发区 stays whole:
    东湖区 is 南昌's; 宁波|杭州湾新区: 杭州). None for a zone whose kind keeps its city (data/zone_words.csv role
    city_kept: 长春|净月高新技术产业开发区 stays whole)."""
    city_names = _city_names().get(z.city, (z.city,) if z.city else ())
    prefix = next((n for n in city_names if z.canonical.startswith(n)), "")
    rest = z.canonical[len(prefix):]
    if not prefix or not rest or rest.endswith(_city_kept_words()):
        return "", ""
    suffix = _suffix_pattern().search(rest)
    stem = rest[:suffix.start()] if suffix and suffix.end() == len(rest) else rest
    if len(stem) < 2 or any(stem.startswith(g) for g in _generic_words()):
        return "", ""
    if not any(a.startswith(stem) and not any(n in a for n in city_names) for a in z.aliases):
        return "", ""  # the gazetteer knows the zone only with its city (招商局漳州开发区)
    lead = [cands for start, _, cands in divisions_in(rest) if start == 0]
    if lead and not any(d.city == z.city or d.name == z.province for d in lead[0]):
        return "", ""

    def plain(place: str) -> bool:
        return not any(n in place for n in city_names)

    county = next((d for d in (lead[0] if lead else ()) if d.level == COUNTY and d.city == z.city and plain(d.name)),
                  None)
    if county is not None:
        return rest, f"{county.name} ({z.city})"
    named = [(t, c) for t, c in towns.get(z.city, ()) if t.startswith(stem) and plain(t)]
    town = min(named, key=lambda tc: not tc[0].endswith(_TOWNSHIP), default=None)  # 葛店镇 before 葛店开发区
    return (rest, f"{town[0]} ({z.city}{town[1]})") if town else ("", "")


def common_names(gazetteer: tuple[Zone, ...],
                 towns: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, tuple[str, str]]:
    """canonical -> (common name, the place that shows it) of every zone whose official name has one
    (_own_name) that no other zone's name ends with (天津|滨海新区 stays whole: 绍兴滨海新区 ends so too)."""
    own = {z.canonical: _own_name(z, towns) for z in gazetteer}
    wanted = {name for name, _ in own.values() if name}
    owners: dict[str, set[str]] = {}
    for z in gazetteer:
        for name in {z.canonical, *z.aliases, own[z.canonical][0]} - {""}:
            for i in range(len(name)):  # every wanted name some name of this zone ends with
                if name[i:] in wanted:
                    owners.setdefault(name[i:], set()).add(z.canonical)
    return {canonical: (name, source) for canonical, (name, source) in own.items()
            if name and owners[name] == {canonical}}


def write_common_names(path: str | Path = GAZETTEER) -> None:
    """Fill the gazetteer's common_name and common_name_source columns (common_names; run again after adding
    zones: it reads jionlp's township list, seconds)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    found = common_names(load_gazetteer(path), towns())
    for row in rows:
        name, source = found.get(row["canonical"].strip(), ("", ""))
        row["common_name"], row["common_name_source"] = name, f"{source}: {TOWNS_SOURCE}" if name else ""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[*(c for c in rows[0] if not c.startswith("common_name")), "common_name",
                                          "common_name_source"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    load_gazetteer.cache_clear()


def _known_in(name: str, by_name: dict[str, Zone], names: Names) -> Zone | None:
    """The gazetteer zone a written-out name is (浙江平湖经济技术开发区 holds 平湖经济技术开发区); not one whose
    place part names another city (嘉兴市滨海新区 is not 天津's 滨海新区)."""
    if name in by_name:
        return by_name[name]
    return next((by_name[n] for s, e, n in names.finditer(name)
                 if e == len(name) and _names_zone_at(name, s, by_name[n])), None)


def _names_zone_at(text: str, start: int, z: Zone) -> bool:
    """True when the gazetteer name of z found at start in text names z: no other place stands before it, and it
    is not the cut tail of a place written out in full."""
    return not _foreign_before(text[:start], z) and not _inside_place(text, start)


def _inside_place(text: str, start: int) -> bool:
    """True when a place the text writes out in full runs across start (仪陇县|经开区 holds 陇县经开区, 天津市 holds
    津市): a gazetteer name found there is the cut tail of another place's name, not that zone."""
    lo = max(0, start - MAX_PREFIX)
    return any(lo + s < start < lo + e and any(d.name == text[lo + s:lo + e] for d in cands)
               for s, e, cands in divisions_in(text[lo:start + MAX_PREFIX]))


def _foreign_before(before: str, z: Zone) -> bool:
    """True when the text right before a gazetteer name ends with a place that is neither the zone's province,
    city nor county (嘉兴市|滨海新区: the alias 滨海新区 is 天津's, this one is 嘉兴's)."""
    tail = before[-MAX_PREFIX:]
    found = divisions_in(tail)
    if not found or found[-1][1] != len(tail):
        return False
    cands = found[-1][2]
    if all(ZONE_NAMED_DIVISION.search(d.name) for d in cands):
        return False
    return not any(d.name in (z.province, z.city, z.place) or (d.city and d.city == z.city) for d in cands)


def detect_zone(title: str, body: str, gazetteer: tuple[Zone, ...] | None = None, header: str = "",
                deadline: Deadline | None = None, source: str = "", file: str = "") -> ZoneMatch:
    """Decide which zone an article is about.

    1. every gazetteer name or alias and every zone name written out in the text is a candidate, each
       mention weighted by where it stands (title, header and the page's source line, lead most); a zone
       word alone (经开区) counts for the one candidate of its kind the title, header or lead names; the
       heaviest wins, a gazetteer zone on a tie; a gazetteer zone named only in the body, of a city other
       than the one the title, header or lead names, is not the article's (北京亦庄 as a partner of a
       岳阳 page): its zone word alone resolves in the named city instead;
    2. a zone word used alone (经开区, 高新区, 试验区) more than any name and of another kind than the
       heaviest (which the title does not name), or with no name at all: the one gazetteer zone of that
       kind in the city the page names;
    3. with no candidate, a gazetteer place (富阳, 嵊州…) where the text speaks of a zone (开发区, 园区) or
       names the place often;
    4. the zone word used alone, in the page's place (its publisher's, where the source line names a city or county:
       东台日报): the gazetteer zone so named there, else the place and the
       word as one name the gazetteer lacks (东台 + 经济开发区: 东台经济开发区, method `composed`); in a page that
       names no place, a name of its own that says so (`unresolved_zone_name`: 开发区(未识别:…), never merged
       with another page's bare 开发区);
    5. otherwise, no zone word either, an unresolved name too (method `none`), never dropped.
    `file` (the article's file name) only makes an unresolved name its page's own.
    """
    gazetteer = gazetteer or load_gazetteer()
    # the page's source line (来源:岳阳经济技术开发区) says who wrote it, as much as its header does
    header = "\n".join(p for p in (header, source) if p)
    publisher = _source_place(source)
    by_name, names = _gazetteer_index(gazetteer)
    score: Counter = Counter()
    mentions: dict[str, Counter] = {}
    known: dict[str, Zone] = {}
    standing: Counter = Counter()  # candidate -> the weight of the most prominent part naming it
    parts: dict[str, str] = {}  # a zone's part named whole -> the gazetteer zone its last name is
    branches: dict[str, Place] = {}  # a zone's part named after it (南太湖产业集聚区长兴分区) -> where it lies

    def add(candidate: str, mention: str, weight: int) -> None:
        """Count a mention of a candidate zone, weighted by where it stands."""
        score[candidate] += weight
        mentions.setdefault(candidate, Counter())[mention] += weight

    proper = [n for n in proper_names_in_text(f"{title}\n{header}\n{body}") if _known_in(n, by_name, names) is None]
    city_less = _city_less_zones(gazetteer, title, header, body)
    _, short_names = _city_less_index(gazetteer)
    for part, weight in _weighted_parts(title, header, body):
        if not part:
            continue
        before = set(score)
        hits = [h for h in names.finditer(part)
                if _names_zone_at(part, h[0], by_name[h[2]])]
        # a name another city's zone goes by too (滨海新区, 天津's), in a page of the city of the other: the other
        hits = [h for h in hits if h[2] not in city_less or city_less[h[2]] is by_name[h[2]]]
        if city_less:  # 汽开区 in a page of 长春: its zone named without the city (outside a gazetteer name)
            for start, end, short in short_names.finditer(part):
                if short in city_less and not any(s <= start and end <= e for s, e, _ in hits):
                    z = city_less[short]
                    add(z.canonical, short, weight)
                    known[z.canonical] = z
        for group in _adjacent_names(hits, by_name):
            if len(group) > 1:  # 转型综改示范区|晋中开发区: a part of a zone, named whole
                name = part[group[0][0]:group[-1][1]]
                add(name, name, weight)
                parts[name] = by_name[group[-1][2]].canonical
                continue
            z = by_name[group[0][2]]
            branch, place = _branch_at(part, group[0][1], z)
            if branch:  # 南太湖产业集聚区|长兴分区: that part, named whole, placed in its zone's city
                name = part[group[0][0]:group[0][1]] + branch
                add(name, name, weight)
                branches[name] = Place(place, z.city, z.province)
                continue
            add(z.canonical, group[0][2], weight)
            known[z.canonical] = z
        spans = [(s, e) for s, e, _ in hits]
        for name, n in zone_names_in_text(part, deadline).items():
            z = _known_in(name, by_name, names)
            if z is not None:
                continue  # counted above by its gazetteer name
            # (not where it is the tail of a gazetteer name: 太湖产业集聚区 in 南太湖产业集聚区)
            if not (n := min(n, _count_outside(part, name, spans))):
                continue
            add(name, name, n * weight)
        for name in proper:  # a zone named by a proper name no place rule knows (吉凤经济开发区)
            if n := part.count(name):
                add(name, name, n * weight)
        for name in set(score) - before:
            standing[name] = weight
    for whole, part_zone in parts.items():  # 晋中开发区 alone, where the text also names it whole, is that part
        if part_zone in score and whole in score:
            score[whole] += score.pop(part_zone)
            mentions[whole].update(mentions.pop(part_zone))
    _merge_shortened(score, mentions, known)
    _merge_foreign_short(score, mentions, known)
    reference, weight = _heaviest_reference(title, header, body)
    kind = _reference_types().get(reference, "")
    if weight >= MIN_NAMED_SCORE:  # a park the text names (十堰联增汽车电子工业园) in a page that speaks of its zone
        # by the zone word alone (经开区…, 该开发区…) lies in that zone: it is not the page's zone
        for name in [k for k in score if k not in known and _named_type(k) in PARK_TYPES]:
            del score[name]

    def kind_of(name: str) -> str:
        return known[name].type if name in known else _named_type(name)

    # 经开区 alone is the 经开区 the title names, else the one the header or lead names, else the only one the page names
    of_kind = [k for k in score if kind and kind_of(k) == kind]
    named = [k for k in of_kind if standing[k] >= LEAD_WEIGHT]
    heading = [k for k in named if standing[k] == max(standing[n] for n in named)]
    if len(heading) == 1:
        score[heading[0]] += weight
    elif not named and len(of_kind) == 1:
        score[of_kind[0]] += weight
    best = max(score, key=lambda k: (score[k], k in known)) if score else ""
    best_type = kind_of(best)
    # a zone word alone, used more than any name, of another kind than the name (试验区 over the
    # 格尔木工业园 it holds), or with no name at all: the article's own zone, called by its kind
    # a zone the title names is what the page is about, however often it says 新区 alone
    in_title = {by_name[n].canonical for _, _, n in names.finditer(title)} | set(zone_names_in_text(title))
    by_reference = weight >= MIN_NAMED_SCORE and weight > score[best] and (not best or (
        kind not in ("", best_type) and not any(best.endswith(t) for t in in_title)))
    # a zone of another city, named only in the body: a partner or a model, not the page's own zone (the
    # heading's city is read only for such a zone)
    foreign = (weight >= MIN_NAMED_SCORE and best in known and standing[best] < LEAD_WEIGHT
               and bool(named_city := _heading_city(title, header, body)) and known[best].city != named_city)
    by_reference = by_reference or foreign
    # a zone named once, in the body, of a city the page never names while it names another (杭州's 未来科技城 as a
    # model in a 威海 page): a zone held up as an example, not the page's own
    foreign = foreign or (best in known and standing[best] < LEAD_WEIGHT and score[best] < MIN_NAMED_SCORE
                          and _elsewhere(known[best], _article_cities(title, header, body)[0]))
    if by_reference:
        resolved = _resolve_reference(reference, gazetteer, title, header, body, publisher)
        if resolved is not None:
            return resolved
    if best in known and not foreign:
        return _match(known[best], mentions[best].most_common(1)[0][0], "alias")
    if best and not foreign and score[best] >= MIN_NAMED_SCORE:
        return _text_match(best, branches.get(best) or _locate_named(best, title, header, body))
    by_place = _by_place(gazetteer, title, header, body, kind if by_reference else "",
                         reference if by_reference else "")
    if by_place is not None:
        return by_place
    if by_reference:  # 高新区 alone: the page's place + the word (太仓高新区), else kept apart as unresolved
        return _placed_reference(reference, gazetteer, title, header, body, file, publisher)
    if best and not foreign:
        return _text_match(best, branches.get(best) or _locate_named(best, title, header, body))
    loose, weight = _loose_reference(title, header, body)
    if weight >= MIN_NAMED_SCORE:  # no name at all, but 推动开发区…, 抓好开发区建设: the page's own 开发区
        resolved = _resolve_reference(loose, gazetteer, title, header, body, publisher)
        if resolved is not None:
            return resolved
        return _placed_reference(loose, gazetteer, title, header, body, file, publisher)
    return ZoneMatch(zone=unresolved_zone_name("", title, file), known=False, method="none")


def _elsewhere(z: Zone, cities: Counter) -> bool:
    """True when the page names one city most and never names z's city."""
    top = _top(cities)
    return bool(top) and top != z.city and not cities[z.city]


def _count_outside(text: str, name: str, spans: list[tuple[int, int]]) -> int:
    """How often name stands in text outside the given spans (not inside a gazetteer name found there)."""
    n, i = 0, text.find(name)
    while i >= 0:
        n += not any(s <= i and i + len(name) <= e for s, e in spans)
        i = text.find(name, i + 1)
    return n


def _adjacent_names(found: Iterable[tuple[int, int, str]],
                    by_name: dict[str, Zone]) -> Iterator[list[tuple[int, int, str]]]:
    """Gazetteer names in order, those of different zones written back to back grouped: a zone's park or
    area named after the zone it belongs to (转型综改示范区晋中开发区) is one name, not two zones."""
    group: list[tuple[int, int, str]] = []
    for hit in found:
        if group and group[-1][1] == hit[0] and by_name[group[-1][2]] is not by_name[hit[2]]:
            group.append(hit)
            continue
        if group:
            yield group
        group = [hit]
    if group:
        yield group


def _named_type(name: str) -> str:
    """The kind of zone a written-out name ends with (…工业园 -> 工业园区); '' for none."""
    m = _suffix_pattern().search(name)
    return _suffix_types()[m.group(0)] if m and m.end() == len(name) else ""


def _heaviest_reference(title: str, header: str, body: str) -> tuple[str, int]:
    """The zone word the article uses alone most (weighted by where it stands), with its weight."""
    weights: Counter = Counter()
    for part, weight in _weighted_parts(title, header, body):
        for word, n in zone_references(part).items():
            weights[word] += n * weight
    return weights.most_common(1)[0] if weights else ("", 0)


@cache
def _loose_pattern() -> re.Pattern[str]:
    """A reference word anywhere (推动|开发区, 抓好|开发区建设), longest first; the words the table marks generic
    (全省开发区, 兄弟开发区) excluded by a look-behind."""
    words = sorted((w.word for w in zone_words() if w.role == "reference"), key=len, reverse=True)
    generic = "".join(f"(?<!{re.escape(g)})" for g in sorted(_generic_words(), key=len, reverse=True))
    return re.compile(f"{generic}(?:{'|'.join(map(re.escape, words))})")


def _loose_reference(title: str, header: str, body: str) -> tuple[str, int]:
    """The zone word a page that names no zone uses alone most, wherever it stands (weighted by where), and its
    weight; ('', 0) when it uses none."""
    weights: Counter = Counter()
    for part, weight in _weighted_parts(title, header, body):
        for m in _loose_pattern().finditer(part):
            weights[m.group(0)] += weight
    return weights.most_common(1)[0] if weights else ("", 0)


@lru_cache(maxsize=4)  # asked by the reference's resolution and, failing that, for its place
def _article_cities(title: str, header: str, body: str) -> tuple[Counter, Counter, Counter]:
    """The cities and county-level places the article names (新乡日报, 芜湖市, 格尔木), weighted by where they
    stand, and the cities its title, header and lead name; a name several divisions share counts a share
    to each."""
    return _cities_in(_weighted_parts(title, header, body))


def _cities_in(parts: list[tuple[str, int]]) -> tuple[Counter, Counter, Counter]:
    """_article_cities of the given weighted parts."""
    cities: Counter = Counter()
    places: Counter = Counter()
    heading: Counter = Counter()
    for part, weight in parts:
        if not part:
            continue
        for start, end, cands in divisions_in(part):
            word = _noun_at(part, start)
            name = part[start:end]
            if not word or not (word.startswith(name) or name.startswith(word)) or all(
                    ZONE_NAMED_DIVISION.search(d.name) for d in cands):
                continue  # 解放思想 names no 解放区; the dictionary lists some zones as counties
            named = {d.city for d in cands if d.city}
            for city in named:
                cities[city] += weight / len(named)
                if weight >= LEAD_WEIGHT:
                    heading[city] += weight / len(named)
            for d in cands:
                if d.level != PROVINCE:
                    places[d.name] += weight / len(cands)
    return cities, places, heading


def _top(counts: Counter) -> str:
    """The key counted most, '' on a tie or when there is none."""
    top = counts.most_common(2)
    return "" if not top or (len(top) == 2 and top[0][1] == top[1][1]) else top[0][0]


@lru_cache(maxsize=4)
def _heading_city(title: str, header: str, body: str) -> str:
    """The one city the title, header (with the source line) and lead name most; '' when none or a tie."""
    # counted in those parts alone: the same counts as _article_cities' heading, without the body's names
    return _top(_cities_in([(part, w) for part, w in _weighted_parts(title, header, body) if w >= LEAD_WEIGHT])[2])


_CLAUSE_BREAK = re.compile(r"[\s,.;:!?,。;:!?、“”\"'()()《》]")


def _noun_at(text: str, start: int) -> str:
    """The noun jieba cuts the clause around start into that begins at start (芜湖|市委, 新乡|日报), '' when
    none does: a place name counts only where a noun starts, not inside a word or a phrase (解放思想)."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - MAX_CLAUSE), start)]
    lo = before[-1] if before else max(0, start - MAX_CLAUSE)
    after = _CLAUSE_BREAK.search(text, start, start + MAX_CLAUSE)
    hi = after.start() if after else min(len(text), start + MAX_CLAUSE)
    i = lo
    for tok in pos_tags(text[lo:hi]):
        if i == start:
            return tok.word if tok.flag.startswith("n") else ""
        if i > start:
            break
        i += len(tok.word)
    return ""


def _source_place(source: str) -> Place:
    """Where a page's publisher is, as its source line names it (东台日报: 东台市, 盐城市; 连云港发布: 连云港市): the one
    city or county-level place the line opens with; none for a publisher of a province or of the whole country
    (浙江日报, 新华网) or a name several places share."""
    found = [cands for start, _, cands in divisions_in(source) if start == 0 and _noun_at(source, start)
             and not all(ZONE_NAMED_DIVISION.search(d.name) for d in cands)]
    places = [d for d in (found[0] if found else ()) if d.level != PROVINCE and d.city]
    return Place(places[0].name, places[0].city, places[0].province) if len(places) == 1 else NOWHERE


def _article_city(title: str, header: str, body: str) -> Place:
    """The one city the title, header and lead name most, else the one the article names most (with its
    county-level place when one is named there); none on a tie."""
    cities, places, heading = _article_cities(title, header, body)
    city = _top(heading) or _top(cities)
    if not city:
        return Place()
    province = next((d.province for d in divisions().get(city, ()) if d.name == city), "")
    inside = [p for p, _ in places.most_common() if p != city and any(
        d.name == p and d.city == city for d in divisions().get(p, ()))]
    return Place(inside[0] if inside else city, city, province)


def _resolve_reference(word: str, gazetteer: tuple[Zone, ...], title: str, header: str,
                       body: str, publisher: Place = NOWHERE) -> ZoneMatch | None:
    """The gazetteer zone a zone word alone means (经开区 in a page naming 芜湖市): the one zone of that kind
    in the page's city (its publisher's, else the one the article names most; of several zones, the one in a
    county-level place it names); else None."""
    kind = _reference_types()[word]
    cities, places, _ = _article_cities(title, header, body)
    city = publisher.city or _heading_city(title, header, body) or _top(cities)  # the page's own city, not a partner's
    if not city:
        return None
    # a provincial zone of a county (湘阴高新区 of 岳阳市) is the county's: its zone word alone means it only in a
    # page that names the county, not in one that names the city alone
    there = [z for z in gazetteer if z.city == city and (not kind or z.type == kind)
             and (z.level != COUNTY_ZONE_LEVEL or z.place == city or places[z.place] > 0)]
    there = _spelled_as(word, there)
    if len(there) > 1:
        there = [z for z in there if places[z.place] > 0]
    return _match(there[0], word, "reference") if len(there) == 1 else None


def _spelled_as(word: str, zones: list[Zone]) -> list[Zone]:
    """The zones a zone word alone may mean: a word that is not its kind's short name (经济开发区, 经济技术开发区,
    保税区, not 经开区 or 综保区) means only a zone whose official name ends with it, and with no longer zone word
    (a 省级 经济开发区 is not the city's national 经济技术开发区, a 保税区 no 综合保税区)."""
    kind = _reference_types().get(word, "")
    if not kind or word == kind or word not in _suffix_types():
        return zones
    return [z for z in zones if z.canonical.endswith(word) and not any(
        len(w) > len(word) and z.canonical.endswith(w) for w in _suffix_types())]


def _placed_reference(word: str, gazetteer: tuple[Zone, ...], title: str, header: str, body: str,
                      file: str, publisher: Place = NOWHERE) -> ZoneMatch:
    """The zone a zone word alone (经济开发区, 高新区, 开发区) means where the gazetteer has no one zone of its kind
    in the page's city (_resolve_reference): the place the page names (its county-level place named at least
    MIN_NAMED_SCORE, else its city) and the word make its name (东台 + 经济开发区); the gazetteer zone of that
    name (连云港 + 开发区: 连云港经济技术开发区), else that name, not in the gazetteer (method `composed`). A page
    that names its place less than MIN_NAMED_SCORE (once, in the body) names none: its zone keeps a name of its
    own that says it is unresolved (unresolved_zone_name), apart from every other page's bare word."""
    cities, places, heading = _article_cities(title, header, body)
    city = publisher.city or _top(heading) or _top(cities)
    if not city or cities[city] < MIN_NAMED_SCORE:
        return ZoneMatch(zone=unresolved_zone_name(word, title, file), mention=word, type=_reference_types()[word],
                         known=False, method="unresolved")
    where = publisher if publisher.city else _article_city(title, header, body)
    place = where.place if where.place != city and (publisher.city or places[where.place] >= MIN_NAMED_SCORE) else city
    by_name, names = _gazetteer_index(gazetteer)
    for stem in reversed(_place_names(place)):  # 东台 before 东台市
        z = _known_in(stem + word, by_name, names)
        if z is not None and z.city == city and _spelled_as(word, [z]):  # (芜湖经济开发区: no 经济技术开发区)
            return _match(z, word, "reference")
    name = _place_names(place)[-1] + word
    return ZoneMatch(zone=name, mention=word, city=city, province=where.province, type=_reference_types()[word],
                     known=False, method="composed", place=place)


def unresolved_zone_name(word: str, title: str, file: str = "") -> str:
    """The name of a zone a page calls only by a zone word (or by none) and places nowhere: the word, marked
    unresolved, with the page's file and the start of its title, so that each such page is a zone of its own
    (开发区(未识别:dev_3.txt《近日,开发区召开12月份经济…》)), never one 开发区 merging unrelated pages."""
    head = re.sub(r"\s+", " ", title).strip()
    head = head if len(head) <= UNRESOLVED_TITLE_CHARS else head[:UNRESOLVED_TITLE_CHARS] + "…"
    label = file + (f"《{head}》" if head else "")
    return f"{word or GENERIC_ZONE_WORD}({UNRESOLVED}{':' + label if label else ''})"


def is_unresolved(zone: str) -> bool:
    """True for a name unresolved_zone_name made."""
    return f"({UNRESOLVED}" in zone and zone.endswith(")")


def _merge_shortened(score: Counter, mentions: dict[str, Counter], known: dict[str, Zone]) -> None:
    """A written-out name that ends another (新海工业园 of 无棣新海工业园) is that zone named short."""
    for short in [k for k in score if k not in known]:
        longer = [k for k in score if k != short and k not in known and k.endswith(short)]
        if longer:
            whole = max(longer, key=lambda k: score[k])
            score[whole] += score.pop(short)
            mentions[whole].update(mentions.pop(short))


def _merge_foreign_short(score: Counter, mentions: dict[str, Counter], known: dict[str, Zone]) -> None:
    """A gazetteer zone named only by a name that a written-out name of another place ends with (滨海新区 in
    a page naming 嘉兴市滨海新区) is that zone named short, not the gazetteer's (天津滨海新区)."""
    for whole in [k for k in score if k not in known]:
        for k in [k for k in score if k in known and all(whole.endswith(m) for m in mentions[k])]:
            score[whole] += score.pop(k)
            mentions[whole].update(mentions.pop(k))
            del known[k]


@_per_gazetteer
def _place_index(gazetteer: tuple[Zone, ...]) -> tuple[dict[str, str], dict[str, tuple[Zone, ...]], Names]:
    """Place names as written (富阳区, 富阳) -> place; place -> its zones; a scanner for all the names."""
    name_to_place: dict[str, str] = {}
    zones_at: dict[str, list[Zone]] = {}
    for z in gazetteer:
        for name in _place_names(z.place):
            name_to_place.setdefault(name, z.place)
        if z.place:
            zones_at.setdefault(z.place, []).append(z)
    return name_to_place, {p: tuple(zs) for p, zs in zones_at.items()}, Names(name_to_place)


def _by_place(gazetteer: tuple[Zone, ...], title: str, header: str, body: str, kind: str = "",
              word: str = "") -> ZoneMatch | None:
    """The gazetteer zone of a place the text names often (富阳 in a page about the district's industry);
    of several zones there, the kind the text speaks of (高新区 or 开发区) most; only one of `kind` when the
    text speaks of its zone by that kind alone (高新区 of a city whose only listed zone is its 经开区: none),
    and only one so called when that word is spelled out (经济开发区 is no 经济技术开发区: _spelled_as)."""
    text = f"{title}\n{title}\n{title}\n{header}\n{body}"
    name_to_place, zones_at, place_names = _place_index(gazetteer)
    places = Counter(name_to_place[n] for _, _, n in place_names.finditer(text))
    kinds = Counter(_suffix_types()[m.group(0)] for m in _suffix_pattern().finditer(text))
    if places:
        place, n = places.most_common(1)[0]
        if (sum(kinds.values()) and n >= 2) or n >= 3:
            candidates = _spelled_as(word, [z for z in zones_at[place] if not kind or z.type == kind])
            if not candidates:
                return None
            z = max(candidates, key=lambda z: (kinds[z.type], -candidates.index(z)))
            return _match(z, place, "place")
    return None


@cache
def _suffix_types() -> dict[str, str]:
    return {w.word: w.type for w in zone_words() if w.role in NAME_ENDS}


def _locate_named(name: str, title: str, header: str, body: str) -> Place:
    """Where a zone the text names lies: a paired park in the bracketed place (深圳福田(和平)产业园 lies in
    和平县, built with 深圳福田; of the places so called, the one in the province of the rest of the name),
    else the most specific place in its name, unless that place is written only inside the name and its city and
    province nowhere (a homonym: the page's city then)."""
    page = f"{title}\n{header}\n{body[:2000]}"
    context = context_counts(page)
    where = locate(name, context)
    bracket = _BRACKETED.search(name)
    if bracket:
        short = bracket.group(0)[1:-1]
        hosts = list(dict.fromkeys(d for suffix in ("", "市", "县", "区") for d in divisions().get(short + suffix, ())
                                   if d.level != PROVINCE))  # (英德 and 英德市 are one place)
        near = [d for d in hosts if d.province == where.province] or hosts
        if len(near) == 1:
            return Place(near[0].name, near[0].city, near[0].province)
    if where.city and not (context[where.city] or context[where.province]) and where.place not in page:
        # a place written only inside the name, of a city and province the page never names (龙潭 of 吉林市 in 玉林's
        # 龙潭产业园区): a homonym, the zone lies in the city the page names (which of its counties, the name does not say)
        named = _article_city(title, header, body)
        if named.city and named.city != where.city:
            return Place(named.city, named.city, named.province)
    return where


def _text_match(name: str, where: Place) -> ZoneMatch:
    return ZoneMatch(zone=name, mention=name, city=where.city, province=where.province, known=False,
                     method="text", place=where.place)


def _place_names(place: str) -> tuple[str, ...]:
    """A place as texts write it: 富阳区 and 富阳 (a one-character stem like 沙市 stays whole)."""
    stem = re.sub(r"(?:市|区|县)$", "", place)
    return (place, stem) if len(stem) >= 2 and stem != place else ((place,) if place else ())
