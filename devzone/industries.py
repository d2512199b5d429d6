"""Industries a zone develops, targets or cultivates, and their place in a canonical taxonomy.

Extraction works on the genre's phrasing rather than on a closed list of names:

* an enumeration closed by an industry anchor: ``A、B、C四大产业``, ``A、B等主导产业``,
  ``A、B等5个百亿级以上产业群落``, ``A、B等十大细分行业``, ``A、B领域龙头企业``;
* a single name fused to a suffix after a development verb: ``加快发展X产业群落``;
* a park or platform named after an industry: ``X产业园``, ``X产业平台``, ``X研发中心``
  (not where the park is a vehicle named after 依托, nor a ``…产业园项目``);
* ``X是…的主攻/主导产业`` and ``主导产业为A、B``, ``重点发展A、B`` (these two only for known names);
* cue tables: 、-lists after a focus verb (data/industry_list_cues.csv) and statements about one sector -
  ``X产业加速蓄势``, ``X制造业产值增长10.5%``, ``X集聚区`` (data/industry_statement_cues.csv).

Items are cleaned (zone and place prefixes, quoted brand names, size qualifiers) and checked: place
names, programme names, infrastructure items and generic words are not industries
(data/industry_stopwords.csv).  Each name is then mapped onto data/industry_taxonomy.csv.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from devzone.lexicon import pos_tags
from devzone.patterns import RuleIndex, guarded, required_tail, required_words
from devzone.text import Article, Deadline, body_sentences
from devzone.zones import zone_words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TAXONOMY = DATA_DIR / "industry_taxonomy.csv"
STOPWORDS = DATA_DIR / "industry_stopwords.csv"

CATEGORIES = ("新一代信息技术", "高端装备制造", "新材料", "生物", "新能源汽车", "新能源", "节能环保",
              "数字创意", "相关服务", "传统产业", "现代服务", "文旅", "其他")

# ---------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class TaxonomyEntry:
    """One taxonomy row: a name as texts write it, its canonical industry and its category."""

    name: str
    canonical: str
    category: str


@lru_cache(maxsize=4)
def load_taxonomy(path: str | Path = TAXONOMY) -> dict[str, TaxonomyEntry]:
    """Read the taxonomy CSV (name, canonical, category) into a dict keyed by name."""
    out: dict[str, TaxonomyEntry] = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            name = (row.get("name") or "").strip()
            if name and not name.startswith("#"):
                out[name] = TaxonomyEntry(name, (row.get("canonical") or name).strip(),
                                          (row.get("category") or "其他").strip())
    return out


@lru_cache(maxsize=4)
def load_stopwords(path: str | Path = STOPWORDS) -> dict[str, str]:
    """Read words that are never industries (term -> kind: generic, infrastructure, …; a ``slogan`` word voids any
    item holding it); policy themes (kind ``theme``) are left to `load_themes`.  Each row carries a positive and a negative example
    sentence (tests/test_industries.py); the qualifier classes (主导产业, 新兴产业 …) are `_GENERIC_ONLY`'s."""
    out: dict[str, str] = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            term = (row.get("term") or "").strip()
            kind = (row.get("kind") or "generic").strip()
            if term and kind != THEME:
                out[term] = kind
    return out


THEME = "theme"


@lru_cache(maxsize=1)
def load_themes() -> frozenset[str]:
    """Policy themes and slogans (新基建, 新消费): an industry only where the text itself calls them 产业
    (新基建、新消费等重点培育产业), never as a bare item of a focus list (聚焦新基建、新消费等领域)."""
    with open(STOPWORDS, encoding="utf-8-sig", newline="") as f:
        return frozenset(r["term"].strip() for r in csv.DictReader(f) if (r.get("kind") or "").strip() == THEME)


_NAME_SUFFIXES = ("产业群落", "产业集群", "产业", "行业")


def strip_industry_suffix(name: str) -> str:
    """Drop a trailing 产业/产业群落/产业集群/行业 when something is left (康养产业 -> 康养)."""
    if not name.endswith(_NAME_SUFFIXES):  # (most names: one test in C)
        return name
    for suffix in _NAME_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


_CONTAINED_CACHE: dict[tuple[int, str], TaxonomyEntry | None] = {}


def _contained_entry(name: str, taxonomy: dict[str, TaxonomyEntry]) -> TaxonomyEntry | None:
    """The taxonomy name found inside name: a suffix first (heads carry the meaning), then the longest."""
    key = (id(taxonomy), name)
    if key not in _CONTAINED_CACHE:  # a scan of the whole taxonomy: worth remembering per name
        if len(_CONTAINED_CACHE) > 50_000:
            _CONTAINED_CACHE.clear()
        _CONTAINED_CACHE[key] = _scan_contained_entry(name, taxonomy)
    return _CONTAINED_CACHE[key]


def _scan_contained_entry(name: str, taxonomy: dict[str, TaxonomyEntry]) -> TaxonomyEntry | None:
    hits = [e for n, e in taxonomy.items() if len(n) >= 2 and n in name]
    if not hits:
        return None
    return max(hits, key=lambda e: (name.endswith(e.name), len(e.name)))


def map_industry(name: str, taxonomy: dict[str, TaxonomyEntry] | None = None,
                 threshold: float = 80.0) -> dict[str, str]:
    """Map an industry name to {canonical, category, mapped}.

    mapped is ``exact`` (the name, or the name without a trailing 产业/行业, is a row),
    ``fuzzy`` (a row's name occurs inside it, or rapidfuzz similarity >= threshold) or
    ``unmapped`` (canonical is the name itself, category 其他) — add a row to the CSV to fix it.
    """
    tax = taxonomy if taxonomy is not None else load_taxonomy()
    for key in (name, strip_industry_suffix(name), name.removesuffix("业")):
        if key in tax:
            e = tax[key]
            return {"canonical": e.canonical, "category": e.category, "mapped": "exact"}
    core = strip_industry_suffix(name)
    hit = _contained_entry(core, tax)
    if hit is None:
        hit = _similar_entry(core, tax, threshold)
    if hit is not None:
        return {"canonical": hit.canonical, "category": hit.category, "mapped": "fuzzy"}
    return {"canonical": core, "category": "其他", "mapped": "unmapped"}


def _similar_entry(name: str, tax: dict[str, TaxonomyEntry], threshold: float) -> TaxonomyEntry | None:
    """The most similar taxonomy name by rapidfuzz ratio, if at least threshold."""
    from rapidfuzz import fuzz, process

    best = process.extractOne(name, list(tax), scorer=fuzz.ratio, score_cutoff=threshold)
    return tax[best[0]] if best else None


def is_industry_like(name: str, taxonomy: dict[str, TaxonomyEntry] | None = None) -> bool:
    """True when a known industry name is the name, or occurs inside it (健康生物 has 生物)."""
    tax = taxonomy if taxonomy is not None else load_taxonomy()
    core = strip_industry_suffix(name)
    return core in tax or name.removesuffix("业") in tax or _contained_entry(core, tax) is not None


# ---------------------------------------------------------------- patterns

_NUM = "[0-9一二两三四五六七八九十]"
_COUNT = rf"(?:{_NUM}+[大个项类条])"
_SCALE_SLOGAN = "[百千万]亩[百千万]亿"  # 万亩千亿, 千亩百亿: land and output a platform is sized for
# (a programme's code in quotes, “2+9”, and any scale, 千百亿级, may stand between 等 and the head)
_QUAL = (f"(?:[“\"][0-9+N]{{1,8}}[”\"]|[千百万]{{1,2}}亿级(?:以上)?|{_SCALE_SLOGAN}|百亿|千亿|"
         "战略性|重点培育|重点发展|重点|主导|新兴|"
         "特色|优势|支柱|先导|未来|现代|传统|新型|高新技术|高端|核心|细分|标志性|主攻|首位|培育)")
_HEAD = "(?:产业群落|产业集群|产业(?!园|基地|平台|化|链|带|区|集聚区|大道|走廊|工人|基金|研究院)|行业|领域(?=的?龙头|企业|项目))"
_HEAD_WORD = re.compile(r"产业|行业|领域")  # every head holds one: sentences without are not scanned
# An anchor closes an enumeration: 等 / a count / a qualifier, then the head noun; after 等 the text may qualify the head
# in words of its own (free: 等绿色产业, 等现代临港产业, 等多种新经济产业), tried only where no qualifier of _QUAL reads and
# never before a count (…等高技术服务4大主导产业: the count closes the list).
_ANCHOR = guarded(re.compile(rf"(?:(?P<deng>等)(?P<free>[^,。;:!?、等的“”\"\s0-9]{{1,6}}?(?!{_COUNT}))??)?(?P<count>{_COUNT})?"
                             rf"(?P<qual>{_QUAL}*)(?P<head>{_HEAD})"))
# A park, platform or centre named after an industry.
# (供应基地 / 生产基地: a base that supplies X - 新材料供应基地 - is one for X's industry; in X制造基地 the 制造 is the
# name's own, 汽车制造基地 -> 汽车制造, 风电发电机制造基地 -> 风电发电机制造 - only X产业制造基地 names X.)
_PARK = guarded(re.compile(rf"全?{_QUAL}*(?:产业(?:创新|示范|科技|孵化)?园区?|产业基地|产业平台|产业链|研发中心|研发基地|"
                   rf"供应基地|生产基地|产业制造基地|(?<=制造)基地)"))
# 'A、B等C产业链': the chain names its sector C after the listed links A, B (all industries).
_CHAIN = re.compile(r"等(?P<cat>[^、,。;等的]{2,8}?)产业链")
# A topic opener naming the sector the next clauses are about: 在X产业上, / 在X领域方面,
# 在X领域, / 在X方面, without 产业 takes X only when it is a known name (在招商方面 is not a sector).
_TOPIC = re.compile(r"在(?P<item>[^,。;、在]{2,12}?)(?P<head>(?:产业|行业)(?:上|方面|领域)?|领域|方面)[,:]")
# The same opener without 在, at a sentence's or clause's start (现代医药方面,X产业园…): a report
# organised by sector; known names only (资金方面, 招商方面 are not sectors).
_BARE_TOPIC = re.compile(r"(?:^|(?<=[,:]))(?P<item>[^,。;:、在的]{2,8}?)(?:产业|行业)?(?:方面|板块)[,:]")
# (its lazy item is tried at every position: searched only in sentences holding a word every match holds)
_BARE_TOPIC_WORDS = required_words(_BARE_TOPIC) or ("",)
# Verbs that open the stretch of text naming the industries.
_TRIGGER = re.compile(
    r"重点发展|大力发展|着力发展|加快发展|培育发展|发展壮大|发展|布局|围绕|聚焦|形成|培育|培植|招引|引进|打造|建成|"
    r"壮大|做强|做大|做优|主攻|瞄准|突出|集聚|深耕|锚定|构建|强化|加大|建设|推进|推动|拓展|延伸|紧盯|落地|"
    r"依托|包括|涵盖|涉及|引育|抢抓|抢占|攻坚|提升|实施|聚力|构筑|定位")
# Hard stops: an enumeration never runs across these.
_HARD_STOP = re.compile(r"[。!?;:()\[\]【】《》\n]")
_SPLIT_ITEMS = re.compile(r"以及|[、,/]|和|及|与")
_LIST_SEP = re.compile(r"[、,/]")
_SPLIT_CONJ = re.compile(r"以及|和|及|与|等(?=.)")
_QUOTES = "“”\"'‘’「」"

_LEAD_NOISE = re.compile(
    r"^(?:(?:开发区|经开区|高新区|园区|新区|我区|全区|本区|我市|全市|全县|全省|区内|市内|本地|当地|"
    r"[0-9一二两三四五六七八九十百千万]+亿级(?:以上)?|世界级|一批|一系列|一些|大力|重点|积极|加快|着力|做大做强|壮大|全力|"
    r"做[精强大优实特专新]|提升|培育|突破|振兴|巩固|持续|进一步|以|把|将|对|在|的|等|"
    r"力争|确保|预计|其中|特别是|尤其是|全年|今年|去年|年内|年底前|了|无论是|不论是|不管是|还是|20\d\d年度?|"
    rf"{_SCALE_SLOGAN}|"
    r"[0-9一二两三四五六七八九十]+(?:大|个)))+")
# (核心/主导 before 产业 qualify the class: 数字经济核心产业 is 数字经济's core, named 数字经济; LED相关产业链 is LED's.)
_TAIL_NOISE = guarded(re.compile(
    rf"(?:核心|主导|支柱|相关|{_SCALE_SLOGAN}|百亿级以上|千亿级以上|百亿级|千亿级|等|[0-9一二两三四五六七八九十]+[大个项类条]|"
    r"作为|列为)+$"))  # (将A、B、C作为三大主导产业: the verb that names the class closes the last item)
# (园: a park's name, 北区工业园新材料; 谷: a valley named as a cluster's place, 光谷芯片, 洞庭能源谷碳基材料)
_PLACE_END = "湾区市县镇省州岛港城园谷"
PROGRAMME_TRADES_CSV = DATA_DIR / "industry_programme_trades.csv"


@lru_cache(maxsize=1)
def load_programme_trades() -> tuple[tuple[str, str, str], ...]:
    """Rows of data/industry_programme_trades.csv: (word, side, neighbour) - a programme word (工程) that names a
    trade where the neighbour is written right before it (side ``before``: 生物工程, 海上工程) or right after it
    (``after``: 工程机械, 工程装备)."""
    with open(PROGRAMME_TRADES_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple((r["word"].strip(), r["side"].strip(), r["neighbour"].strip()) for r in csv.DictReader(f)
                     if (r.get("word") or "").strip())


_PROGRAMME_WORDS = ("工程",)  # a work programme (九大工程, 盘活工程) unless a row of the table makes it a trade


@lru_cache(maxsize=1)
def _bad_parts() -> re.Pattern[str]:
    """Words that make an item no industry's name: a programme, plan, place, organisation, figure or verb of a clause
    - except a programme word a field makes a trade (data/industry_programme_trades.csv)."""
    rows = load_programme_trades()
    programmes = []
    for word in _PROGRAMME_WORDS:
        before = "".join(f"(?<!{re.escape(n)})" for w, side, n in rows if w == word and side == "before")
        after = "|".join(re.escape(n) for w, side, n in rows if w == word and side == "after")
        programmes.append(f"{before}{re.escape(word)}" + (f"(?!{after})" if after else ""))
    return guarded(re.compile(
        rf"的|一批|我们|以上|以下|{'|'.join(programmes)}|行动|计划|活动|政策|机制(?!造)|"
        r"方案|体系|要素|方面|建设|项目|企业|公司|集团|"
        r"研究院|大学|学院|协会|商会|中心|产业园|园区|基地|平台|政府|管委会|部门|[0-9]+[个家项名亿万%]|升级|转型|提升|改造|融合|"
        r"发展|推进|加快|实现|打造|增加值|总投资|营收|产值|上下游|招商|格局|示范|试点|创建|改革|能力|稳定"))
_DEV_CONTEXT = re.compile(r"发展|培育|布局|打造|壮大|做强|聚焦|围绕|形成|招引|引进|主攻|集聚|强化|建设|"
                          r"落地|瞄准|突出|深耕|锚定|构建|延伸|拓展|推进|提升")


MAX_CLAUSE = 300  # characters: a clause (and the list it holds) is never read further back than this


def _clause_start(text: str, end: int) -> int:
    """Index just after the last hard stop before end, at most MAX_CLAUSE characters back (a run with
    no stop is read only that far)."""
    last = max(0, end - MAX_CLAUSE)
    for m in _HARD_STOP.finditer(text, last, end):
        last = m.end()
    return last


def _after_last_trigger(text: str, start: int, end: int) -> tuple[int, str]:
    """(index, trigger) just after the last trigger verb in text[start:end], or (start, '').

    A verb right after 、 or 和 heads one item of a list whose own verb came earlier (围绕做精A、做强B
    两大主导产业): it does not open the list, so the search goes on to the verb before it."""
    found = (start, "")
    for m in _TRIGGER.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] in "、和" and found[1]:
            continue
        found = (m.end(), m.group(0))
    return found


def _in_vehicle_clause(text: str, pos: int) -> bool:
    """True when pos sits in a 依托… clause (the vehicles, not the industries) before the next comma."""
    start = _clause_start(text, pos)
    segment = text[start:pos]
    last_comma = max(segment.rfind(","), -1)
    return "依托" in segment[last_comma + 1:]


_QUOTED_LEAD = re.compile(rf"^[{_QUOTES}][^{_QUOTES}]+[{_QUOTES}](.+)$")


def _unquote(item: str) -> str:
    """Drop quotes: a fully quoted item loses its quotes, a quoted brand before a name is dropped."""
    m = _QUOTED_LEAD.match(item)
    if m and len(m.group(1)) >= 2:
        return m.group(1)
    return item.strip(_QUOTES)


def _strip_place_prefix(item: str, tax: dict[str, TaxonomyEntry]) -> str:
    """富春湾集成电路 -> 集成电路, 宁波生物医药 -> 生物医药: a place word before a known industry
    name is not part of the name (place = ends in 湾/区/市/县… or jieba tags it ns).  A name that is
    itself a taxonomy row keeps its prefix (海洋生物医药 is a sector, not 生物医药 in a place 海洋)."""
    if item in tax or strip_industry_suffix(item) in tax:
        return item
    for i in range(2, len(item) - 1):
        prefix, rest = item[:i], item[i:]
        if not (rest in tax or strip_industry_suffix(rest) in tax):
            continue
        if (prefix[-1] in _PLACE_END or _is_place(prefix)) and not _in_vocabulary(prefix, tax):
            return rest  # (a word of the industries' own names is no place: 临港 in 临港经济 qualifies 临港物流)
    return item


def _is_place(word: str, flags: tuple[str, ...] = ("ns",)) -> bool:
    """True when jieba (with the project dictionary) reads word as place names only (or as flags: ns, f
    takes a direction, 北方, as a place too)."""
    tags = [p.flag for p in pos_tags(word)]
    return bool(tags) and all(t in flags for t in tags)


_PAREN_NOTE = re.compile(r"\([^()]{0,12}\)")
# An anonymised name (XX医药, ××高新区) stands for a place or zone: the placeholder is no part of it.
_PLACEHOLDER = re.compile(r"^(?:[XxＸ×]{2,}|某)(?=..)")


def clean_item(item: str, tax: dict[str, TaxonomyEntry] | None = None, lead: bool = True) -> str:
    """Trim an enumeration item to the industry's name (quotes, zone words, counts, place prefixes; with lead, the
    clause's verb or adverb before a list's first item: a later item of a 、-list has no such lead, 运输物流 and
    度假康养 are names whole)."""
    if tax is None or tax is load_taxonomy():
        return _clean_item_default(item, lead)
    return _clean_item(item, tax, lead)


@lru_cache(maxsize=16384)  # list items (生物医药, 新材料产业) recur across a corpus; the answer is the same
def _clean_item_default(item: str, lead: bool = True) -> str:
    return _clean_item(item, load_taxonomy(), lead)


_ORDINAL = r"(?:首个|首家|首批|唯一|第[一二三四五六七八九十\d]+[个家批])"
_ORDINAL_LEAD = re.compile(rf"^{_ORDINAL}(?=..)")
_ORDINAL_TAIL = re.compile(rf"{_ORDINAL}$")


def _clean_item(item: str, tax: dict[str, TaxonomyEntry], lead: bool = True) -> str:
    item = _PAREN_NOTE.sub("", item.strip())
    item = _unquote(item.strip())
    # A brand joined by a middle dot (联东U谷·X产业园) names the owner; the industry follows the dot.
    if "·" in item and len(item.rsplit("·", 1)[1]) >= 2:
        item = item.rsplit("·", 1)[1]
    item = _LEAD_NOISE.sub("", item)
    item = _TAIL_NOISE.sub("", item)
    item = _ORDINAL_LEAD.sub("", _strip_place_prefix(item, tax))  # 金华市首个机器人产业园 -> 机器人
    item = _LEAD_NOISE.sub("", _trim_clause_lead(item, tax)) if lead else item  # (标志着|世界级|X)
    item = _strip_place_prefix(item, tax) if lead else item  # a place after the clause's lead (成为|长三角|X)
    item = _PLACEHOLDER.sub("", item)  # last: the placeholder may follow a dot, a place or a lead word
    return item.strip(_QUOTES + " ·")


_LEAD_TAGS = {"v", "vn", "p", "d", "ad", "vd", "u", "uj", "ul", "uz", "ug", "uv", "ud", "f"}  # not c: 和/及 join two names


def _trim_clause_lead(item: str, tax: dict[str, TaxonomyEntry]) -> str:
    """启动纺织业 -> 纺织业, 企业主要集中在机械加工 -> 机械加工: an item that runs on from the clause
    before it (a verb, preposition or adverb that opens the list) starts after the last such word,
    when what follows holds a known industry name.  Trade verbs that head names (服装, 加工) stay."""
    if len(item) <= 3 or item in tax or strip_industry_suffix(item) in tax:
        return item
    tokens = pos_tags(item)
    pos = 0
    cut = 0
    for t in tokens[:-1]:
        pos += len(t.word)
        if pos == 1 and t.flag == "f" and item[1:] not in tax:
            continue  # a name may open with 中/上/东 (中恒电气); 中高端装备 is 高端装备 qualified
        # (与/及/和 join two names even when jieba reads 与 as a preposition: 机械与模具.)
        # (a lead word that is itself a known industry, 体育 in 体育箱包, qualifies the name: no clause's verb)
        if t.flag in _LEAD_TAGS and t.word not in _INDUSTRY_VERBS and t.word not in ("服装", "纺织", "与", "及", "和") \
                and t.word not in tax:
            rest = item[pos:]
            if len(rest) >= 2 and (is_industry_like(rest, tax) or _SECTOR_FORM.search(rest) and len(rest) >= 3) \
                    and not _cuts_a_name(item, pos, tax):  # (通用|航空动力制造: 通用航空 is a name, 通用 no verb of the clause)
                cut = pos
    return item[cut:]


# Words that only qualify a class of industries (特色优势产业, 外向型支柱产业): an item made of
# nothing else names no industry.
_GENERIC_ONLY = guarded(re.compile(r"(?:战略性|重点|主导|新兴|特色|优势|支柱|先导|未来|现代|传统|高端|核心|细分|标志性|"
                           r"主攻|首位|外向型|出口型|劳动密集型|技术密集型|资本密集型|高附加值|高成长性|"
                           r"新型|优势|特色|地方|本土|骨干|龙头|基础|配套|关联|相关)+(?:产业|行业)?"))


def is_valid_item(item: str, stopwords: dict[str, str] | None = None) -> bool:
    """True when an item can be an industry name: short, no clause words, not a stopword or place,
    not a mere qualifier of a class (特色优势, 外向型)."""
    if stopwords is None:
        return _is_valid_item_default(item)
    return _is_valid_item(item, stopwords)


@lru_cache(maxsize=16384)  # the same items are judged again for every anchor of a list
def _is_valid_item_default(item: str) -> bool:
    return _is_valid_item(item, load_stopwords())


SLOGAN = "slogan"  # a stop word's kind: a word of a work slogan, no part of any industry's name (主导产业强链)
FACILITY = "facility"  # a stop word's kind: a class of public works, no part of any industry's name (基础设施配套)
POLICY_FIELD = "field"  # a stop word's kind: a class of the economy; a 、-list naming it is one of policy fields
_PART_KINDS = (SLOGAN, FACILITY)  # kinds whose word voids any item holding it


def _is_valid_item(item: str, stop: dict[str, str]) -> bool:
    if not 2 <= len(item) <= 12 or item in stop or strip_industry_suffix(item) in stop:
        return False
    if any(kind in _PART_KINDS and term in item for term, kind in stop.items()):
        return False
    if _GENERIC_ONLY.fullmatch(item):
        return False
    if item in load_taxonomy():
        return True  # a curated name may hold a word that is a clue elsewhere (平台经济, 工程机械)
    if re.search(rf"[{_QUOTES}]", item) or _bad_parts().search(item):
        return False
    if re.fullmatch(rf"{_NUM}+[大个项类]?", item) or re.match(rf"^{_NUM}+大", item):
        return False
    if not re.search(r"[\u4e00-\u9fff]", item) or item[-1] in "省市县镇村":
        return False
    return not item.endswith(("街道", "地区", "片区", "板块"))


@lru_cache(maxsize=16384)
def _is_stopword(item: str) -> bool:
    """True for listed non-industries (主导产业, 5G网络, 充电桩 …): skipped inside an enumeration."""
    stop = load_stopwords()
    return item in stop or strip_industry_suffix(item) in stop or bool(_GENERIC_ONLY.fullmatch(item)) \
        or any(kind in _PART_KINDS and term in item for term, kind in stop.items())


# ---------------------------------------------------------------- finders


@dataclass
class Candidate:
    """An industry name found in a sentence, and how it was found."""

    name: str
    sentence: str
    rule: str
    inner: bool = False  # a later item of a 、-list: no clause's verb can lead it (运输物流, 度假康养 are names whole)
    counted: bool = False  # an item of a list whose count the text states (A、B、C三大产业): the text names it an industry


# 汽车及汽车零部件, 铜及铜材, 纺织和纺织服装: a product and its own derivatives joined by 及/和 name one
# industry (the second half repeats the first), not two.
_IS_PRODUCT_FAMILY = re.compile(r"(?P<a>[\u4e00-\u9fff]{1,4})(?:及|和|与)(?P=a)[\u4e00-\u9fff]{1,6}")
# 新能源汽车及零部件, 家电及配件: a product and the parts made for it are one industry (issue 12: X及Y产业 whole).
_WITH_ITS_PARTS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:及|和|与)(?:关键|核心)?(?:零部件|零配件|配件|配套|部件)")


# Two activities after a name (X设计和制造, X研发制造, X研发生产): the sector is X, whatever stage a firm takes
# up; one activity heads a trade of its own (装备制造, 芯片设计) and stays.
_ACTIVITY_PAIR = re.compile(r"(?<=..)(?:研发|设计|生产)(?:和|及|与)?(?:制造|生产)$")


JOINS_CSV = DATA_DIR / "industry_joins.csv"
WHOLE_JOIN = "whole"  # a join word of data/industry_joins.csv that makes one name of two known ones in a list (与)
APART_JOIN = "apart"  # a join word whose two known names of different categories stay two, counted or not (及, 和)
CLUSTER_JOIN = "cluster"  # a join word that, in a list of clusters, names one cluster for its pair (汽车及高端装备)


@lru_cache(maxsize=2)
def load_joins(reads: str = WHOLE_JOIN) -> re.Pattern[str] | None:
    """The conjunctions of data/industry_joins.csv that read as reads says: ``whole`` (与) - inside a 、-list,
    A<join>B between two known names is one sector's name (计算机与通信设备), not two; ``apart`` (及, 和) - A<join>B
    between two known names of different categories is two (光伏及电子信息).  None when the table has none."""
    with open(JOINS_CSV, encoding="utf-8-sig", newline="") as f:
        joins = [r["join"].strip() for r in csv.DictReader(f) if (r.get("join") or "").strip() and r.get("reads") == reads]
    return re.compile("|".join(map(re.escape, joins))) if joins else None


def _joined_name(piece: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when piece is two known names joined once by a join word of the table (半导体与集成电路)."""
    joins = load_joins()
    halves = joins.split(strip_industry_suffix(piece)) if joins else []
    return len(halves) == 2 and all(h in tax for h in halves) and not _SPLIT_CONJ.search(halves[0] + halves[1])


def _two_classes(piece: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when piece is two known names of different taxonomy categories joined once by an ``apart`` word of
    data/industry_joins.csv (光伏及电子信息, 循环经济及化工, 医药健康和新能源): two industries, even in a list whose count
    would make each 、-piece one - a list of industries; a list of clusters (…四大主导产业集群) names each cluster for its
    pair (汽车及高端装备), and its readers pass apart=False.  (以及 and 及其 are no joins of two names.)"""
    joins = load_joins(APART_JOIN)
    name = strip_industry_suffix(piece)
    if joins is None or piece in tax or name in tax or re.search(r"以及|及其", name):
        return False
    halves = joins.split(name)
    if len(halves) != 2:
        return False
    a, b = (tax.get(h) or tax.get(strip_industry_suffix(h)) for h in halves)
    return a is not None and b is not None and a.category != b.category


def _cluster_pair(piece: str) -> bool:
    """True when piece is A<join>B, one ``cluster`` word of data/industry_joins.csv between two names (互联网及应用,
    新能源及智能网联汽车): in a list of clusters, one cluster's name."""
    joins = load_joins(CLUSTER_JOIN)
    halves = joins.split(piece) if joins else []
    return len(halves) == 2 and all(len(h) >= 2 for h in halves) and not re.search(r"以及|及其", piece)


def _split_enumeration(span: str, tax: dict[str, TaxonomyEntry], whole: bool = False, apart: bool = True) -> list[str]:
    """Split 'A、B,C和D' into items.  The list separators (、 , /) always split; a piece that is a known
    name containing 和/及 (软件和信息服务, 汽车及零部件) stays whole, and so does, in a 、-list, a piece
    of two known names joined by a word of data/industry_joins.csv (计算机与通信设备); other pieces split
    on 和/及/与 and on a 等 inside the list (A、B等C和D等E names every A…E: the text's own sub-lists)."""
    out: list[str] = []
    pieces = _LIST_SEP.split(span)
    # (a join word may also close a list, A、B与C: the last piece is one name only where another piece is
    # joined too, 半导体与集成电路、软件与信息服务 - then the list does not use the word as its conjunction)
    joined = [len(pieces) > 1 and _joined_name(p.strip(), tax) for p in pieces]
    if joined and joined[-1] and sum(joined) < 2:
        joined[-1] = False
    for piece, is_joined in zip(pieces, joined, strict=True):
        piece = _ACTIVITY_PAIR.sub("", piece.strip())  # (集成电路设计和制造: the industry is 集成电路)
        if not piece:
            continue
        if not apart and _cluster_pair(piece):
            out.append(piece)
        elif not (apart and _two_classes(piece, tax)) and (whole or piece in tax or strip_industry_suffix(piece) in tax
                                             or _IS_PRODUCT_FAMILY.fullmatch(piece)
                                             or _WITH_ITS_PARTS.fullmatch(strip_industry_suffix(piece)) or is_joined):
            out.append(piece)
        else:
            parts = [p.strip() for p in _SPLIT_CONJ.split(piece) if p.strip()]
            # (a part of one character names nothing alone: 泵与电机 is one trade, not 泵 and 电机)
            out += [piece] if len(parts) == 2 and min(map(len, parts)) == 1 else parts
    return out


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _slogan_count(slogan: str) -> int | None:
    """The number of items a quoted slogan counts, its numbers added up ("两主一特" -> 3, "3+1" -> 4, "双新" -> 2,
    "四新" -> 4); None without a number (a slogan that counts nothing: "智汽高飞")."""
    numbers = [int(x) if x.isdigit() else _CN_DIGITS.get(x, 2) for x in re.findall(r"\d+|[一二两三四五六七八九十双]", slogan)]
    return sum(numbers) if numbers else None


def _count_value(count: str | None) -> int | None:
    """三大 -> 3, 5个 -> 5, 十大 -> 10; None when there is no count or it is not a simple number."""
    if not count:
        return None
    digits = count[:-1]
    if digits.isdigit():
        return int(digits)
    return _CN_DIGITS.get(digits) if len(digits) == 1 else None


# 以A、B为龙头的 / 以A为代表的: the leading companies or examples before the list a clause names
_LEADING_VEHICLE = re.compile(r"以[^,。;:以为]{2,40}?为(?:龙头|引领|代表|核心|牵引|支撑)的")


# An investor's profile: 公司是一家集A、B于一体的 / 一家集A、B等行业的多元化集团.
_FIRM_PROFILE = re.compile(r"(?:是|为)一家[^,。;]{0,6}集")


def _enumeration_before(text: str, end: int, tax: dict[str, TaxonomyEntry], count: int | None = None,
                        apart: bool = True) -> list[str]:
    """Items of the enumeration ending at end, back to the opening verb; stops at the first non-name piece.

    When the anchor states a count (三大主导产业) that equals the number of 、-separated pieces, each
    piece is one industry even when it holds 及/与 (水饮料及食品、机械与模具: the text says so)."""
    start = _clause_start(text, end)
    begin, _ = _after_last_trigger(text, start, end)
    # A list written as one quoted phrase before its anchor (形成了“A、B、C”四大主导产业): the quotes
    # bound the list exactly, whatever words precede the opening quote.
    quoted = re.search(r"[“\"‘「]([^“”\"‘’「」]{2,80})[”\"’」]$", text[start:end])
    if quoted and _LIST_SEP.search(quoted.group(1)):
        begin, end = start + quoted.start(1), start + quoted.end(1)
    # 以江淮汽车、TCL家电为龙头的A、B两大产业: the companies that lead the list are not its items
    vehicles = list(_LEADING_VEHICLE.finditer(text, begin, end))
    if vehicles:
        begin = vehicles[-1].end()
    if _FIRM_PROFILE.search(text, start, end):
        return []  # a firm's own lines of business (…公司是一家集A、B等行业的…), not the zone's industries
    span = text[begin:end]
    whole = count is not None and count > 1 and "," not in span and len(_LIST_SEP.split(span)) == count
    items: list[str] = []
    for piece in reversed(span.split(",")):
        raw = _split_enumeration(piece, tax, whole=whole, apart=apart)
        cleaned = [c for c in (clean_item(x, tax) for x in raw) if not _is_stopword(c)]
        if not cleaned or not all(is_valid_item(c) for c in cleaned):
            # (one piece the guard refuses beside three or more known names - 等“六大产业” after 现代服务业, a firm's or a
            # part's name - no longer voids the list: the others stay)
            kept = [c for c in cleaned if is_valid_item(c)]
            if len(kept) >= 3 and 3 * len(kept) >= 2 * len(cleaned) and all(is_industry_like(c, tax) for c in kept):
                items = kept + items
            break
        items = cleaned + items
        if len(piece) > 30:
            break
    return items


# (…等27个战略性新兴产业项目: a list of projects names its firms, 君正、芯京源, as often as its trades)
_PROJECTS_AFTER = re.compile(r"的?(?:重点|重大)?项目")
_FIRMS_AFTER = re.compile(r"的?(?:领军|龙头|骨干|头部|知名|标杆|链主|重点)?(?:企业|公司)")


def _trades_before_projects(items: list[str], tax: dict[str, TaxonomyEntry]) -> bool:
    """True when a list closed by 等产业项目 names trades: one item must be a known name whole, two or more
    at least half of them (能斯特、晶益通 and 尖峰药业、今飞、光通天下 are firms)."""
    named = sum(_is_named(x, tax) for x in items)
    return named == len(items) if len(items) < 2 else 2 * named >= len(items)


# A count closing a list of chains or clusters (A、B、C三大产业链, 三个细分产业链, 三大千亿级集群): the anchor reads
# these heads only after a count (a single name's 产业链 is its chain, 延伸汽车产业链).
_COUNTED_CHAIN = re.compile(rf"(?P<count>{_COUNT})(?P<qual>{_QUAL}*)(?:产业链|集群)")
# An earlier list's anchor, the noun it may close with and the word joining the next list to it (A、B三大产业板块和C、D六大
# 产业集群)
_LIST_JOIN = re.compile(r"(?:板块|集群|体系)?(?:以及|和|及|与|,)?")


def _counted_items(text: str, end: int, count: int | None, tax: dict[str, TaxonomyEntry],
                   apart: bool = True) -> list[str]:
    """The items of the list ending at end when the text counts them (A、B、C三大产业, A、B和C三大产业): as many items
    as the count, from the clause's verb or an earlier list's anchor on, each a valid item (碳素, 物流枢纽, 进口消费品 -
    names the vocabulary lacks, named industries by the count); [] when the count and the list disagree."""
    if count is None or count < 2:
        return []
    start = _clause_start(text, end)
    begin, _ = _after_last_trigger(text, start, end)
    quoted = re.search(r"[“\"‘「]([^“”\"‘’「」]{2,80})[”\"’」]$", text[start:end])
    if quoted and _LIST_SEP.search(quoted.group(1)):
        begin, end = start + quoted.start(1), start + quoted.end(1)
    for m in _ANCHOR.finditer(text, begin, end):
        if m.group("deng") or m.group("count"):
            begin = _LIST_JOIN.match(text, m.end()).end()
    vehicles = list(_LEADING_VEHICLE.finditer(text, begin, end))
    if vehicles:
        begin = vehicles[-1].end()
    span = text[begin:end]
    if _FIRM_PROFILE.search(text, start, end):
        return []
    # (a counted list opens after the clause's last comma: 四大产业加速壮大,A、B、C三个细分产业链 - the words before
    # it are another clause; a list running across a comma has more items than the part after it, and the count tells)
    cut = "," in span
    span = span.rsplit(",", 1)[-1]
    if cut and "等" in span:
        return []  # (A、B等C,D、E等F四大产业: the count numbers the groups, each closed by its own 等)
    pieces = [p.strip() for p in _LIST_SEP.split(span)]
    raw = pieces if len(pieces) == count else _split_enumeration(span, tax)
    # (A及B of two classes is two names whatever the count says: 循环经济及化工三大主导产业 names four)
    split = [x for p in raw for x in (_split_enumeration(p, tax) if apart and _two_classes(p, tax) else [p])]
    items = [clean_item(x, tax, lead=i == 0) for i, x in enumerate(split)]
    if len(raw) != count or not all(is_valid_item(x) and not _is_stopword(x) and not _names_policy_field(x)
                                      for x in items):
        return []
    if cut and not looks_like_industry(items[0], tax):
        return []  # (the first item after a comma must read as a name: 该合作园重点在X is a clause)
    return items


def _whole_member(item: str, sentence: str) -> bool:
    """True when item stands in sentence as a whole later piece of a 、-list (、X、 or 、X等): not the list's first piece,
    which may hold the clause's words, nor part of a piece joined by 及/和."""
    return re.search(f"、{re.escape(item)}(?:、|等)", sentence) is not None


def find_anchored(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """Enumerations closed by an industry anchor (A、B等主导产业, A、B四大产业, A领域龙头企业)."""
    out: list[Candidate] = []
    for m in _ANCHOR.finditer(sentence) if _HEAD_WORD.search(sentence) else ():
        # An anchor followed by a metric (核心产业增加值, 主导产业产值) names a statistic, not a list;
        # with a count or 等 it still closes one (A、B两大产业产值突破…).
        if not (m.group("deng") or m.group("count")) and \
                sentence[m.end():m.end() + 4].startswith(("增加值", "产值", "总产值", "营收", "占比", "比重")):
            continue
        strong = bool(m.group("deng") or m.group("count") or m.group("qual")) or m.group("head") == "领域"
        counted = [] if _FIRMS_AFTER.match(sentence, m.end()) or _PROJECTS_AFTER.match(sentence, m.end()) else \
            _counted_items(sentence, m.start(), _count_value(m.group("count")), tax, apart=m.group("head") != "产业集群")
        if counted:
            out += [Candidate(x, sentence, "anchor", inner=i > 0, counted=True) for i, x in enumerate(counted)]
        elif strong:
            items = _enumeration_before(sentence, m.start(), tax, _count_value(m.group("count")),
                                        apart=m.group("head") != "产业集群")
            # 引进创维数字、大韩化工等行业领军企业: before the firms of a trade, only known trades are trades
            if _FIRMS_AFTER.match(sentence, m.end()) and not all(is_industry_like(x, tax) for x in items):
                items = []
            # (…拓优特电气等产业项目: before projects, a firm's name holds a trade's; only a list most of
            # whose items are known names whole - 制造、生物制药、物流、光能 - is one of trades)
            if _PROJECTS_AFTER.match(sentence, m.end()) and not _trades_before_projects(items, tax):
                items = []
            # (a qualifier of the text's own after 等 - 等绿色产业, 等相关产业, 等现代临港产业 - closes a list of two or more; else the
            # words before the head are read as without it: …智能制造等电子信息技术产业项目)
            if m.group("free") and (len(items) < 2 or any(term in m.group("free") for term in load_stopwords())):
                out += _fused_before(sentence, m.start("qual"), tax, "fused", after=m.end())
                continue
            # a qualifier alone (主导产业) closes a list only where the text lists (、): else only known names
            if not m.group("deng") and not m.group("count") and (
                    len(items) == 1 or "、" not in sentence[_clause_start(sentence, m.start()):m.start()]):
                items = [x for x in items if is_industry_like(x, tax)]
            # (a list the text closes with 等 and a head, most of whose members read as industries, names the others too:
            # 工业机器人、流体控制、印刷包装等产业)
            named = m.group("deng") and len(items) >= 3 and 2 * sum(looks_like_industry(x, tax) for x in items) > len(items)
            out += [Candidate(x, sentence, "anchor", counted=bool(named) and _whole_member(x, sentence)) for x in items]
        else:
            out += _fused_before(sentence, m.start(), tax, "fused", after=m.end())
    for m in _COUNTED_CHAIN.finditer(sentence) if ("产业链" in sentence or "集群" in sentence) else ():
        counted = _counted_items(sentence, m.start(), _count_value(m.group("count")), tax, apart="集群" not in m.group(0))
        out += [Candidate(x, sentence, "counted-chain", inner=i > 0, counted=True) for i, x in enumerate(counted)]
    for m in _CHAIN.finditer(sentence) if "产业链" in sentence else ():
        items = _enumeration_before(sentence, m.start(), tax)
        if items and any(is_industry_like(x, tax) for x in items):
            cat = clean_item(m.group("cat"), tax)
            items += [cat] if is_valid_item(cat) and is_industry_like(cat, tax) else []
            out += [Candidate(x, sentence, "chain") for x in items]
    return out


# A cluster sized by a scale word (千亿级X集群, 两千亿级X产业集群): the scale word marks X as an
# industry the zone builds up, even with no list or 产业 head.  A cluster followed by a colon heads a
# list of its members (三个千亿级先进制造业集群:…), so it is a class, not one industry.
_SCALED_CLUSTER = guarded(re.compile(r"[0-9一二两三四五六七八九十]*[百千万]亿级(?:以上)?(?P<item>[^\s,。;:、“”\"的级]{2,12}?)"
                             r"(?:产业)?集群(?![::])"))


def find_scaled_clusters(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'千亿级工程装备制造集群': the name between the scale word and 集群."""
    out = []
    for m in _SCALED_CLUSTER.finditer(sentence) if "集群" in sentence else ():
        item = clean_item(m.group("item"), tax)
        if is_valid_item(item) and not _is_stopword(item) and looks_like_industry(item, tax):
            out.append(Candidate(item, sentence, "scaled-cluster"))
    return out


# A sector whose output the text reports (X产业实现产值…, X行业完成营收…) is one the zone has: the
# figure is about that industry.  The name is the text from the clause's start or last list mark.
_OUTPUT = re.compile(r"(?P<item>[^\s,。;:、“”\"()的和及与]{2,12}?)(?:产业|行业)(?:全年|上半年|今年|去年)?"
                     r"(?:实现|完成)?(?:工业)?(?:总)?(?:产值|营收|营业收入|增加值|主营业务收入)")


# (The patterns above and below are tried only on sentences holding a word they require: trying a
# pattern that opens with a lazy or optional group at every position costs more than the rest.)
_OUTPUT_WORD = re.compile(r"产值|营收|营业收入|增加值|主营业务收入")
# (a word every match of _OUTPUT holds, read from it: its lazy item is tried at every position)
_OUTPUT_WORDS = required_words(_OUTPUT) or ("",)


def find_outputs(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'电子信息产业实现产值142亿元': a reported sector output names an industry (known names only)."""
    out = []
    for m in _OUTPUT.finditer(sentence) if (_OUTPUT_WORD.search(sentence)
                                            and any(w in sentence for w in _OUTPUT_WORDS)) else ():
        # The sector must be the subject (X产业实现产值); after 实现/完成 it is part of a metric's name
        # (实现数字经济核心产业增加值: a statistical aggregate, not a sector the zone declares).
        if re.search(r"实现|完成|占|比重", sentence[_clause_start(sentence, m.start()):m.start("item")]
                     + m.group("item")):
            continue
        item = clean_item(m.group("item"), tax)
        item = item[_after_last_trigger(item, 0, len(item))[0]:]
        if is_valid_item(item) and not _is_stopword(item) and is_industry_like(item, tax):
            out.append(Candidate(item, sentence, "output"))
    return out


# A list whose every item carries its own sector head (A业、B产业、C业倍增计划) names industries even
# without an anchor or a verb right before it: the heads say what the items are.  The sentence must
# speak of development, and a list of the broad economic sectors (工业、服务业) is about structure.
_SECTOR_ITEM = 16  # the longest item of a run
_SECTOR_RUN = re.compile(rf"[^,。;:!?、“”\"()]{{2,{_SECTOR_ITEM}}}(?:、[^,。;:!?、“”\"()]{{2,{_SECTOR_ITEM}}})+")
_SECTOR_HEAD_CUT = re.compile(r"^(.{2,10}?(?:产业|行业|(?<![企就创事专作营毕学职物])业))")
_BROAD_SECTORS = {"工业", "农业", "制造业", "服务业", "建筑业", "商业", "第一产业", "第二产业", "第三产业"}


def _has_clause_verb(item: str) -> bool:
    """True when jieba reads a plain verb (not a trade such as 加工, 包装) inside item."""
    return any(t.flag == "v" and t.word not in _INDUSTRY_VERBS and _CLAUSE_VERB_LIKE.search(t.word)
               for t in pos_tags(item))


# Verbs of action in slogans and clauses (抓, 推动, 促进 …), as opposed to trades jieba also tags v.
_CLAUSE_VERB_LIKE = re.compile(r"抓|推|促|带|加|抢|创|干|拼|比|争|建|招|引|稳|保|提|强|扩|优")


_SECTOR_GROWTH = re.compile(r"(?:保持|实现|均)[^,。;]{0,8}?(?:增长|增速)")
_TRADE_HEAD = re.compile(r"..(?:产业|行业)$")


def _sector_runs(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of _SECTOR_RUN in sentence.  Every match holds a 、 within its first _SECTOR_ITEM + 1
    characters and ends at most _SECTOR_ITEM characters after its last 、: only that stretch of the sentence
    is searched (the same matches; the pattern opens with a negated class, which re tries everywhere)."""
    first = sentence.find("、")
    if first < 0:
        return iter(())
    return _SECTOR_RUN.finditer(sentence, max(0, first - _SECTOR_ITEM), sentence.rfind("、") + 1 + _SECTOR_ITEM)


def find_sector_lists(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'启动钒加工业、生物产业、机电业倍增计划': 2+ items, each written as a sector (X业/X产业)."""
    if "、" not in sentence:
        return []  # (no run of sectors: see _sector_runs)
    developing = bool(_DEV_CONTEXT.search(sentence) or _TRIGGER.search(sentence))
    growing = bool(_SECTOR_GROWTH.search(sentence))
    if not (developing or growing):
        return []
    out: list[Candidate] = []
    for m in _sector_runs(sentence):
        parts = m.group(0).split("、")
        cut = _SECTOR_HEAD_CUT.match(parts[-1])
        if not cut or sentence[m.end():m.end() + 3].startswith(("增加值", "产值", "总产值", "占比")):
            continue
        # …、电子行业和材料行业: a last item joined by 和/及 with its own head is an item too
        rest = _SECTOR_HEAD_CUT.match(re.sub(r"^(?:和|及|以及|与)", "", parts[-1][len(cut.group(1)):]))
        parts[-1] = cut.group(1)
        if rest and rest.group(1) != parts[-1]:
            parts.append(rest.group(1))
        # a sector's growth reported (A行业、B行业…均保持增长) names the zone's sectors only where the
        # text gives most items their own 行业/产业 head
        if not developing and 2 * sum(bool(_TRADE_HEAD.search(x)) for x in parts) <= len(parts):
            continue
        items = [clean_item(x, tax) for x in parts]
        if len(items) < 2 or all(strip_industry_suffix(x) in _BROAD_SECTORS or x in _BROAD_SECTORS for x in items):
            continue
        if any(_has_clause_verb(x) for x in items):
            continue  # a slogan (大抓工业、抓大工业), not a list of sectors
        if all(_SECTOR_FORM.search(x) and is_valid_item(x) and not _is_stopword(x)
               and looks_like_industry(x, tax) for x in items):
            out += [Candidate(x, sentence, "sector-list") for x in items]
    return out


def find_topics(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'在X产业上,以…为龙头,打造…': a plan organised by sector opens each part with the sector's name;
    X is named as an industry by its own 产业/行业 head, so it need not be a known name."""
    out = []
    for m in _TOPIC.finditer(sentence) if "在" in sentence else ():
        item = clean_item(m.group("item"), tax)
        known = m.group("head").startswith(("产业", "行业")) or is_industry_like(item, tax)
        if known and is_valid_item(item) and not _is_stopword(item):
            out.append(Candidate(item, sentence, "topic"))
    for m in _BARE_TOPIC.finditer(sentence) if any(w in sentence for w in _BARE_TOPIC_WORDS) else ():
        item = clean_item(m.group("item"), tax)
        if is_valid_item(item) and not _is_stopword(item) and is_industry_like(item, tax):
            out.append(Candidate(item, sentence, "topic"))
    return out


def _fused_before(text: str, end: int, tax: dict[str, TaxonomyEntry], rule: str,
                  after: int | None = None) -> list[Candidate]:
    """Names fused to a suffix at end (发展X产业群落, 发展A、B产业, X产业园): known industries only,
    taken right to left from the suffix back to the opening verb.

    The development verb may also follow the name as its predicate (X产业加快集聚, A及B产业形成…产业链,
    X产业上下游项目招引): then the clause up to the next comma after the suffix is checked.  A name
    follows any attribute phrase ending in 的 (国际一流的X产业基地 -> X)."""
    start = _clause_start(text, end)
    begin, trigger = _after_last_trigger(text, start, end)
    if not trigger and rule != "park" and not _DEV_CONTEXT.search(text[start:end]):
        tail = re.split(r"[,。;:!?]", text[after:after + 30])[0] if after is not None else ""
        if not (_DEV_CONTEXT.search(tail) or _TRIGGER.search(tail)):
            return []
    if _in_vehicle_clause(text, end):
        return []
    span = text[begin:end]
    seps = [span.rfind(","), span.rfind("的")]
    span = span[max(seps) + 1:]
    # A figure before the name sizes it (形成年产值200亿元X产业集群): the name starts after the figure.
    span = re.split(r"[0-9][0-9.]*(?:万亿|亿|万)?元?(?:以上)?(?:级|规模的?)?", span)[-1]
    whole = clean_item(span, tax)
    pieces = [whole] if whole in tax else [clean_item(x, tax) for x in _split_enumeration(span, tax)]
    items: list[str] = []
    for item in reversed(pieces):
        if rule == "park":
            item = _park_industry(item, tax)  # (国家火炬计划X产业基地: the programme is the park's title)
        if not (is_valid_item(item) and is_industry_like(item, tax)):
            break
        items.insert(0, item)
    return [Candidate(x, text, rule) for x in items]


def find_parks(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """Parks, platforms and centres named after an industry (新能源汽车产业园, X万亩千亿产业平台)."""
    out: list[Candidate] = []
    for m in _PARK.finditer(sentence):
        # (…产业园一期项目 names one phase of a construction project, not the zone's industry; a whole
        # …产业园项目 or …产业基地项目 is the zone's place for that industry, signed or started.)
        if re.match(r"[一二三四五六七八九十0-9]+期(?:工程)?项目", sentence[m.end():m.end() + 6]) \
                or _in_vehicle_clause(sentence, m.start()):
            continue
        # (X产业化生产基地: a base for making X a business, a process, names no industry of its own)
        out += [Candidate(_park_industry(c.name, tax), c.sentence, c.rule)
                for c in _fused_before(sentence, m.start(), tax, "park", after=m.end())
                if not _is_park_class(sentence, sentence.rfind(c.name, 0, m.start()), m.end())
                and not c.name.endswith("化")]
    return out


# 中国化工园区30强, 化工园区与产业发展论坛, 国内石化产业园区综合实力: a kind of park ranked or discussed as a
# class, not a park of the zone (its industry is the class's, not the zone's)
_PARK_CLASS_BEFORE = re.compile(r"(?:全国|全省|国内|各地|同类)$")  # (not 中国: 中国X基地 is a title the zone holds)
_PARK_CLASS_AFTER = re.compile(r"(?:[0-9一二三四五六七八九十百]+强|与产业|的?综合|评选|评价|论坛|名单|排名|排行)")


def _is_park_class(sentence: str, name_start: int, park_end: int) -> bool:
    """True when the park named at name_start (its park word ending at park_end) is a class of parks."""
    return name_start >= 0 and bool(_PARK_CLASS_BEFORE.search(sentence, max(0, name_start - 2), name_start)
                                    or _PARK_CLASS_AFTER.match(sentence, park_end))


# A park named 'X园' / 'X园区' without 产业 (生物医药园, 锦尚智能制造园, 高水平医药园区): when the name
# ends in a known industry, the park is dedicated to that industry; whatever precedes it (an owner's
# brand, a place, an attribute) is not part of the industry's name.  Unknown names (网商园, 智慧园) and
# 园林/园艺 are left alone; a park that is only a project's name (…园项目) or a vehicle (依托…) too.
_GARDEN = re.compile(r"(?<!产业)园区?(?![林艺项])")
_GARDEN_CHUNK_STOP = re.compile(r"[\s,。;:、“”\"()的和及与等]")


def find_gardens(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """Parks 'X园' whose name ends in a known industry: the industry (锦尚智能制造园 -> 智能制造)."""
    if "园" not in sentence or not _DEV_CONTEXT.search(sentence):  # (every match of _GARDEN holds 园)
        return []
    out = []
    for m in _GARDEN.finditer(sentence):
        if _in_vehicle_clause(sentence, m.start()):
            continue
        start = max(_clause_start(sentence, m.start()), m.start() - 14)
        chunk = sentence[start:m.start()]
        chunk = _GARDEN_CHUNK_STOP.split(chunk)[-1]
        chunk = chunk[_after_last_trigger(chunk, 0, len(chunk))[0]:]
        known = [chunk[i:] for i in range(len(chunk) - 1) if chunk[i:] in tax]
        if known and _is_park_class(sentence, m.start() - len(known[0]), m.end()):
            continue
        if known and not _is_stopword(known[0]):
            out.append(Candidate(known[0], sentence, "garden"))
    return out


def _park_industry(name: str, tax: dict[str, TaxonomyEntry]) -> str:
    """The industry a park is named after: a park's name often starts with a programme, place or owner
    (国家火炬滨海X, an owner's short name); when the name ends in a known industry and the prefix reads
    as such a name (jieba: place, organisation, person, set phrase; or only single characters, an
    abbreviation; or words none of the industries' vocabulary: 东风新能源汽车, 台商精密机械), that known suffix is
    the industry.  A descriptive prefix stays (健康生物).  An owner before a name that is no known one (光洋智能装备
    制造) names no industry: '' (the owner's project)."""
    if name in tax or strip_industry_suffix(name) in tax:
        return name
    # 省级X特色产业园, 全国重要X生产基地, 中国X智能制造基地: the park's rank and its making are not the industry
    bare = _PARK_MAKING.sub("", _PARK_RANK.sub("", name))
    if bare != name and bare and (bare in tax or is_industry_like(bare, tax)):
        return _park_industry(bare, tax)
    if _PARK_MAKER.sub("", bare) in tax:  # 家电智能(制造基地): the park's 制造 was read as the park word
        return _PARK_MAKER.sub("", bare)
    ends = [0]
    for t in pos_tags(name):
        ends.append(ends[-1] + len(t.word))
    for i in range(1, len(name) - 1):
        if _cuts_a_name(name, i, tax):
            continue  # (大健康食品: 大健康 is a name, 大 no owner's abbreviation)
        if name[i:] in tax:
            prefix = _ORDINAL_TAIL.sub("", name[:i])  # 金华市首个机器人: an ordinal closes the owner's name
            # (an owner's name is cut where jieba ends a word: 东风|新能源汽车, never 中电科碳化|硅材料)
            owner = i in ends and _is_owner_prefix(prefix, tax)
            return name[i:] if not prefix or owner or _is_name_prefix(prefix, tax) else name
        # a place before a name that holds a known one (北方大健康食品): the rest is the name, whole
        if i in ends and len(name) - i >= 3 and (name[i - 1] in _PLACE_END or _is_place(name[:i], ("ns", "f"))) \
                and is_industry_like(name[i:], tax):
            return name[i:]
    # an owner before a product line the vocabulary lacks (光洋|智能装备制造, OA|电子科技, 鑫华|航空部件产业园): the owner's
    # project, the zone's industry unstated - no name
    if len(ends) > 2 and _is_owner_prefix(name[:ends[1]], tax) and is_industry_like(name[ends[1]:], tax):
        return ""
    return name


def _cuts_a_name(name: str, i: int, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when a taxonomy name in name runs across position i (a cut there would split it)."""
    return any(name[j:k] in tax for j in range(max(0, i - 8), i) for k in range(i + 1, min(len(name), j + 12) + 1))


_PARK_RANK = re.compile(r"^(?:国家级|省级|市级|国家|中国|全国|全省|全市|国内|国际|重要|首个|首家|一流)+")
_PARK_MAKING = re.compile(r"(?<=..)(?:先进制造|智能制造|特色)$")
_PARK_MAKER = guarded(re.compile(r"(?<=..)(?:先进|智能)$"))


def _is_name_prefix(prefix: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when prefix reads as a place, programme or owner name rather than part of an industry."""
    if prefix[-1] in _PLACE_END:
        return True
    if _contained_entry(prefix, tax):
        return False
    tokens = pos_tags(prefix)
    if tokens and all(len(t.word) == 1 for t in tokens):
        return True
    return bool(tokens) and tokens[-1].flag in ("ns", "nt", "nr", "nz", "i")


_VOCAB_CACHE: dict[int, tuple[dict[str, TaxonomyEntry], frozenset[str]]] = {}


def _in_vocabulary(word: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when word is written inside some name of the taxonomy or of data/industry_heads.csv (海上 in 海上风电,
    轻工), or qualifies names (智能, 高端): a word of the industries' own vocabulary."""
    cached = _VOCAB_CACHE.get(id(tax))
    if cached is None or cached[0] is not tax:
        subs = frozenset(n[i:j] for n in (*tax, *load_heads()) for i in range(len(n)) for j in range(i + 1, len(n) + 1))
        cached = _VOCAB_CACHE[id(tax)] = (tax, subs)
    return word in cached[1] or bool(_NAME_QUALIFIER.fullmatch(word))


def _is_owner_prefix(prefix: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when the words before a known name in a park's name are none of the industries' vocabulary, hold no
    known name and no count: an owner, investor, place or programme the park is named after (东风, 台商, 国家火炬,
    黄泥川), not a qualifier of the industry (海上风电装备, 碳基材料)."""
    return not _in_vocabulary(prefix, tax) and not _contained_entry(prefix, tax) \
        and not any(t.flag in _COUNT_TAGS for t in pos_tags(prefix))


_COUNT_TAGS = ("m", "q", "mq")  # jieba: numeral, measure word (多家汽车产业链项目: a count, not an owner)


_IS_MAIN = re.compile(
    r"(?P<item>[^\s,。;:、“”]{2,14}?)(?:如今|现在|目前|已经|已|一直|正|将|仍)?(?:是|为|成为)"
    r"(?:[^,。;]{0,12}?的)?(?:主攻|主导|支柱|首位|核心|特色|优势)产业")
_IS_MAIN_HEAD = re.compile(r"(?:主攻|主导|支柱|首位|核心|特色|优势)产业")
_IS_MAIN_REACH = 14 + 2 + 2 + 12 + 1  # the longest item, adverb, 是/为/成为 and …的 before the head
_ADVERB_TAIL = re.compile(r"(?:如今|现在|目前|已经|一直|仍然|仍)$")


def _is_main_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of _IS_MAIN in sentence.  The lazy item group makes the pattern costly to try at every
    position, and every match ends with a head and starts at most _IS_MAIN_REACH characters before it: only
    that stretch of the sentence is searched."""
    heads = [m.span() for m in _IS_MAIN_HEAD.finditer(sentence)]
    return _IS_MAIN.finditer(sentence, max(0, heads[0][0] - _IS_MAIN_REACH), heads[-1][1]) if heads else iter(())


def find_is_main(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'X(如今)是…的主攻产业' style statements."""
    out: list[Candidate] = []
    for m in _is_main_matches(sentence):
        item = clean_item(_ADVERB_TAIL.sub("", m.group("item")), tax)
        if is_valid_item(item) and is_industry_like(item, tax):
            out.append(Candidate(item, sentence, "is-main"))
    return out


# (The list ends at a comma too: 支柱产业是石油化工,今年… goes on with another clause.)
_FORWARD = re.compile(
    r"(?:主导产业|新兴产业|支柱产业|特色产业|重点产业|产业集群|产业方向)(?:主要)?(?:为|是|包括|涵盖|有|:)"
    r"(?P<span>[^。;:!?,]+)")
# (A 的 closes the list: 大力发展X产业的导向 - what follows 的 is the noun the list qualifies.)
_DEVELOP_LIST = guarded(re.compile(r"(?P<adv>重点|大力|着力|加快|积极|优先|培育|致力于|全力|集中)?发展(?P<span>[^。;:!?,的]+?)(?=[。;:!?,的]|$)"))
_WITH_AS = re.compile(r"以(?P<span>[^。;:!?,以为]{2,60}?)为(?:主导|重点|核心|特色|支柱|主|基础|"
                      r"(?P<class>代表的[^,。;:!?]{0,8}?(?:产业|服务业|制造业)|[^,。;:!?的]{1,4}产业))")
# A name written as a sector: X产业 / X行业 / X业 (现代服务业, 钒深加工业), not 企业, 就业, 创业 ….
_SECTOR_FORM = re.compile(r"..(?:产业|行业|(?<![企就创事专作营毕学职物])业)$")


def _names_sector(item: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when an item names an industry: a known name, or a non-generic X产业/X业."""
    return is_industry_like(item, tax) or bool(_SECTOR_FORM.search(item)) and not _is_stopword(item)


def _sector_list(span: str, tax: dict[str, TaxonomyEntry]) -> list[str]:
    """Items of a list after an emphatic 发展 that mixes anchored and bare sectors (发展A产业、B产业和C业):
    generic classes (特色优势产业, 外向型支柱产业) are skipped; every other item must name a sector."""
    items = [clean_item(x, tax) for x in _split_enumeration(span, tax)]
    items = [x for x in items if x and not _is_stopword(x)]
    if items and all(is_valid_item(x) and _names_sector(x, tax) for x in items):
        return items
    return []


# A focus slogan joining themes with + (聚焦“科技创新+先进制造”): the themes that are known industry
# names as written are industries the zone focuses on; the others (科技创新, 改革) are not.
_PLUS_THEMES = re.compile(r"(?:聚焦|围绕|突出|锚定|瞄准|主攻)[“\"]?(?P<span>[^,。;:“”\"]{2,16}(?:\+[^,。;:“”\"+]{2,16})+)")


def find_plus_themes(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'聚焦“A+B”': known industry names among the +-joined themes."""
    out = []
    for m in _PLUS_THEMES.finditer(sentence) if "+" in sentence else ():
        for part in m.group("span").split("+"):
            item = clean_item(part, tax)
            if (item in tax or strip_industry_suffix(item) in tax) and not _is_stopword(item):
                out.append(Candidate(item, sentence, "plus-themes"))
    return out


LIST_CUES_CSV = Path(__file__).resolve().parent.parent / "data" / "industry_list_cues.csv"


@lru_cache(maxsize=1)
def load_list_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(cue, pattern) rows of data/industry_list_cues.csv: verbs whose 、-list object names industries."""
    with open(LIST_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple((r["cue"], re.compile(r["pattern"])) for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def _list_cue_index() -> RuleIndex:
    """The rows of data/industry_list_cues.csv indexed by the words one of which every match of a row holds
    (patterns.RuleIndex; a row whose pattern does not tell is always searched)."""
    return RuleIndex(dict(load_list_cues()))


def find_focus_lists(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'主攻A、B、C,' / '涵盖A、B等领域': a 、-list after a focus verb, each item a known industry name
    (X及Y产业 stays whole: 汽车及零部件).  A row is searched only in a sentence holding one of its required words
    (a row opening with its list, member_list, would try its lazy span at every position)."""
    out: list[Candidate] = []
    may = _list_cue_index().candidates(sentence) if "、" in sentence else frozenset()
    for cue, pattern in load_list_cues() if may else ():
        if cue not in may:
            continue
        for m in pattern.finditer(sentence):
            if "slogan" in pattern.groupindex:
                # (a list closed by a quoted slogan that counts it, A、B、C“两主一特”产业: the slogan's numbers are the list's
                # count, and a counted list's items are names, known or not - 火箭链、卫星链、数据链“三链”产业)
                end = m.start("close")
                counted = _counted_items(sentence, end, _slogan_count(m.group("slogan")), tax)
                # (where no verb opens the list its first piece may hold the clause's words, 研究确定X: kept where it reads
                # as a name)
                lead = not _after_last_trigger(sentence, _clause_start(sentence, end), end)[1]
                out += [Candidate(x, sentence, cue, inner=i > 0, counted=True) for i, x in enumerate(counted)
                        if i or not lead or looks_like_industry(x, tax)]
                continue
            span = re.sub(rf"(?:{_COUNT})?(?:{_QUAL})*(?:{_HEAD})?$", "", m.group("span").strip())
            if "、" not in span:
                continue
            # (a list opens after its verb, 涉及/涵盖/包括, even where a 、-run of the clause's own verbs precedes it:
            # 集中开工、竣工、投产的项目涉及A、B、C等多个门类)
            opener = list(_LIST_OPENER.finditer(span))
            span = span[opener[-1].end():] if opener else span
            if "、" not in span:
                continue
            first, rest = span.split("、", 1)  # (the first item after the clause's last verb: 聚焦A、B)
            after_verb = _after_last_trigger(first, 0, len(first))[0]
            span = first[after_verb:] + "、" + rest
            # (an item right after the row's verb, an opener or a trigger has no clause's lead to trim: 发展现代蒙中医药,
            # 涉及生物制剂 - only a list the row opens with, member_list, may hold one)
            lead = pattern.pattern.startswith("(?P<span>") and not opener and not after_verb
            items = [clean_item(x, tax, lead=lead and i == 0) for i, x in enumerate(_split_enumeration(span, tax))]
            if len(items) < 2 or any(_names_policy_field(x) for x in items):
                continue  # (a list that names a class of the economy or a policy theme is one of policy fields)
            names = [x for x in items if is_valid_item(x) and not _is_stopword(x)]
            known = sum(is_industry_like(x, tax) for x in names)
            # a list the text itself closes as fields or industries (…等多个领域) is recognised by its members: most
            # items known names, the others kept where they read as names (医养健康 beside 高端装备、新材料) and
            # left out where they do not (社会民生, 标准厂房, 首位产业 beside 智能家电、新材料); an open list needs all known
            closed = _CLOSED_AS_FIELDS.search(m.group(0)) or cue == DEVELOP_CUE
            if known == len(items):
                out += [Candidate(x, sentence, cue, inner=i > 0) for i, x in enumerate(items)]
            elif closed and known >= 2 and 2 * known > len(items):
                out += [Candidate(x, sentence, cue, inner=i > 0) for i, x in enumerate(items)
                        if x in names and looks_like_industry(x, tax, lead=i == 0)]
    return out


# The list cue whose emphatic verb (重点发展, 大力发展 …) itself says its list names industries: read like a list
# closed as fields, by its members (ind24).
DEVELOP_CUE = "develop_list"
# Verbs that open a list of the fields a batch of projects covers (no industry's name holds one).
_LIST_OPENER = re.compile(r"涉及|涵盖|包括|覆盖|集中在|集中于")


def _names_policy_field(item: str) -> bool:
    """True for an item holding a stop word of kind ``field`` (民营经济: a class of the economy) or a policy theme
    (新基建): a 、-list that names one is a list of policy fields, none of its items an industry."""
    return any(kind == POLICY_FIELD and term in item for term, kind in load_stopwords().items()) \
        or item in load_themes()


STATEMENT_CUES_CSV = DATA_DIR / "industry_statement_cues.csv"
SUBJECT = "subject"  # a statement cue's needs: a sector (known, or with its own head) as a clause's subject, read whole
WHOLE = "whole"  # a statement cue's needs: one sector (known, or with its own head), its 及/与 kept (医药及医疗器械业)


@dataclass(frozen=True)
class StatementCue:
    """A row of data/industry_statement_cues.csv: a statement that names one sector (X产业加速蓄势,
    X制造业产值增长10.5%, X集聚区).  needs is ``known`` (a taxonomy name is in the item) or ``sector`` (known,
    or written with its own 产业/行业 head; ``subject``: the same, the clause's subject read whole) or ``named`` (a taxonomy name as written, whole) or ``whole`` (as ``sector``, the item one name: 医药及医疗器械业); words is a search for the words one of which every match holds."""

    cue: str
    pattern: re.Pattern[str]
    needs: str
    words: re.Pattern[str] | None
    tail: re.Pattern[str] | None = None  # the pattern from its required words on (patterns.required_tail)
    lead: int | None = None  # the most characters a match holds before its tail (None: no bound)


# A match starts at most this many characters before the first of its required words (the longest item, an
# opener such as 其中 / 一是 and the measure words before 增长): the search starts there.
_STATEMENT_REACH = 40


@lru_cache(maxsize=1)
def load_statement_cues() -> tuple[StatementCue, ...]:
    """The rows of data/industry_statement_cues.csv."""
    with open(STATEMENT_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cues = []
    for r in rows:
        pattern = re.compile(r["pattern"])
        words = required_words(pattern)
        tail, lead = required_tail(pattern) or (None, None)
        cues.append(StatementCue(r["cue"], pattern, r["needs"],
                                 re.compile("|".join(map(re.escape, words))) if words else None, tail, lead))
    return tuple(cues)


def statement_matches(row: StatementCue, sentence: str) -> Iterator[re.Match[str]]:
    """The matches of row's pattern in sentence (the same matches: most sentences hold none of its words, and the
    search is costly), searched only where its tail (patterns.required_tail: the words and what follows them)
    matches: no match starts before the tail's first match less the row's lead, and without one there is none.
    A row whose lead has no bound is searched from _STATEMENT_REACH characters before its first required word."""
    if row.words is None:
        return row.pattern.finditer(sentence)
    first = row.words.search(sentence)
    if first is None:
        return iter(())
    start = max(0, first.start() - _STATEMENT_REACH)
    if row.tail is not None:
        # a row with a lead is bounded by it alone (figure_subject reaches 62 characters before its words)
        tail = row.tail.search(sentence, 0 if row.lead is not None else start)
        if tail is None:
            return iter(())
        if row.lead is not None:
            start = max(0, tail.start() - row.lead)
    return row.pattern.finditer(sentence, start)


def find_statements(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """Sectors named by a statement about one sector (its progress, its output, an area named for it);
    an item joined by 及/和 names each of its sectors (节能环保及临空产业取得突破)."""
    out: list[Candidate] = []
    for row in load_statement_cues():
        for m in statement_matches(row, sentence):
            chunk = m.group("item")
            chunk = chunk[_after_last_trigger(chunk, 0, len(chunk))[0]:]
            # (a sector led by examples that are known industries is their class: 以健康产业、旅游休闲为代表的现代服务业)
            if "lead" in row.pattern.groupindex and any(strip_industry_suffix(x.strip()) in tax
                                                        for x in _split_enumeration(m.group("lead"), tax)):
                continue
            if row.needs == "named":
                out += [Candidate(x, sentence, row.cue) for x in _named_pieces(chunk, tax)]
                continue
            # (a clause's subject is read whole: no verb of the clause stands before it, 应急装备产业发展提速)
            whole = row.needs == SUBJECT
            for piece in [chunk] if row.needs == WHOLE else _split_enumeration(chunk, tax):
                # the name without its head (智能制造核心产业 -> 智能制造) and without an area's rank
                # (中国X出口基地, 国家级X示范区: the area's title, not the sector's)
                core = _PARK_RANK.sub("", clean_item(strip_industry_suffix(piece), tax, lead=not whole))
                headed = strip_industry_suffix(piece) != piece
                if not is_valid_item(core) or _is_stopword(core) or core in load_themes() or core in _BROAD_SECTORS \
                        or core.endswith("化"):  # (农业产业化示范区, 数字化: a process, not a sector)
                    continue
                if core in tax or is_industry_like(core, tax) and not _only_broad(core, tax):
                    out.append(Candidate(core, sentence, row.cue, inner=whole))
                elif row.needs in ("sector", SUBJECT, WHOLE) and headed and looks_like_industry(core, tax, lead=not whole):
                    out.append(Candidate(_PARK_RANK.sub("", clean_item(piece, tax, lead=not whole)), sentence, row.cue,
                                         inner=whole))
    return out


@lru_cache(maxsize=1)
def _zone_lead() -> re.Pattern[str]:
    """A zone's name before a list (浏阳经开区电子信息、…): anything up to a zone word of data/zone_words.csv."""
    words = sorted({w.word for w in zone_words() if w.role in ("suffix", "reference")}, key=len, reverse=True)
    return re.compile(rf"^[^、]{{0,10}}?(?:{'|'.join(map(re.escape, words))})(?=..)")


def _named_pieces(chunk: str, tax: dict[str, TaxonomyEntry]) -> list[str]:
    """The pieces of chunk when every one is a known name as written, whole, or two joined by a word of
    data/industry_joins.csv (after the clause's lead: 新增签约X, 珠海高新区X); a firm's name holding one (海尚食品)
    is not one, and one such piece voids a list."""
    if tax is load_taxonomy():
        return list(_named_pieces_default(chunk))
    return _named_pieces_in(chunk, tax)


@lru_cache(maxsize=16384)  # the items the statement rows read (重大项目, 产业项目, 亿元以上) recur across a corpus
def _named_pieces_default(chunk: str) -> tuple[str, ...]:
    return tuple(_named_pieces_in(chunk, load_taxonomy()))


def _named_pieces_in(chunk: str, tax: dict[str, TaxonomyEntry]) -> list[str]:
    names = []
    for piece in _split_enumeration(_zone_lead().sub("", chunk), tax):
        named = _TAIL_NOISE.sub("", _LEAD_NOISE.sub("", _NAMED_LEAD.sub("", strip_industry_suffix(piece))))
        if not (_is_named(named, tax) or _joined_name(named, tax)):
            return []
        names.append(named)
    return names


def _only_broad(name: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when the only known name inside name is a broad sector it ends in (高技术制造业, 战略性新兴服务业:
    a statistical class of the sector, not a named industry; 装备制造业 holds 装备制造)."""
    for broad in _BROAD_SECTORS:
        rest = name.removesuffix(broad)
        if rest != name:
            return not (name.removesuffix("业") in tax or is_industry_like(rest, tax)
                        or is_industry_like(rest + broad.removesuffix("业"), tax))
    return False


# Adjectives that qualify a known name without making another (智能小家电, 高端光伏组件, 新型显示材料).
_NAME_QUALIFIER = re.compile(r"^(?:智能|高端|新型|绿色|现代|先进|高性能|精密|特色|新一代)+(?=..)")
# The clause before a statement's named sector: what was signed, started or built (新增签约X项目11个).
_NAMED_LEAD = re.compile(r"^.*(?:签约|新增|引进|落地|招引|开工|建成|投产|实施|推进|其中|发展|建设|包括|涉及|特别是|尤其是)")


_CLOSED_AS_FIELDS = re.compile(r"(?:等[^,。;:!?]{0,12}?(?:领域|行业|产业链条?|产业|方向|赛道|集群|业态|门类|板块|方面|范畴|范围|类型|类别)|"
                               r"[0-9一二两三四五六七八九十]+[大个类条][^,。;:!?、等]{0,8}?(?:领域|赛道|板块)|为(?:主导|代表|特色|支撑|主|重点|核心|主体)的?[^,。;:!?]{0,8}?(?:产业(?:体系|集群)?|制造业|服务业))$")


def _closed_members(items: list[str], tax: dict[str, TaxonomyEntry]) -> list[str]:
    """The members of a list the text itself names a class of industries (以A、B为代表的…产业, 以A、B为潜力产业): most
    items known names, the others kept where they read as names; a generic class or a policy field is skipped."""
    items = [x for x in items if x and not _is_stopword(x)]
    if not items or any(_names_policy_field(x) for x in items):
        return []
    known = sum(is_valid_item(x) and is_industry_like(x, tax) for x in items)
    if 2 * known <= len(items):
        return []
    return [x for x in items if is_valid_item(x) and looks_like_industry(x, tax)]


def find_listed(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """Lists without a closing anchor: 主导产业为A、B; 重点发展A、B; 以A为主导. Known names only;
    after a bare 发展 (no 重点/大力/加快…) every item must be a taxonomy name as written."""
    out: list[Candidate] = []
    for pattern in (_FORWARD, _DEVELOP_LIST, _WITH_AS):
        for m in pattern.finditer(sentence):
            span = re.sub(rf"(?:等)?(?:{_COUNT})?(?:{_QUAL})*(?:{_HEAD})?$", "", m.group("span").strip())
            if not span and pattern is _DEVELOP_LIST and m.group("adv"):
                # 大力发展高新技术产业: the qualifier is the name itself; generic classes are stopwords.
                out += [Candidate(x, sentence, "listed") for x in _sector_list(m.group("span").strip(), tax)]
                continue
            if pattern is _DEVELOP_LIST and m.group("adv") and _ANCHOR.search(span) and not _PARK.search(span):
                out += [Candidate(x, sentence, "listed") for x in _sector_list(span, tax)]
                continue
            closed = pattern is _WITH_AS and bool(m.group("class") or "、" in span and m.group("span").strip().endswith("等"))
            if closed and "、" in span and not _PARK.search(span):
                # (the text names the list a class of industries, 以A、B等为代表的现代服务业: an item's own 产业 is no anchor)
                out += [Candidate(x, sentence, "listed") for x in
                        _closed_members([clean_item(x, tax) for x in _split_enumeration(span, tax)], tax)]
                continue
            if _ANCHOR.search(span) or _PARK.search(span):
                continue  # an anchored enumeration or a park, handled elsewhere
            items = [clean_item(x, tax) for x in _split_enumeration(span, tax)]
            bare = pattern is _DEVELOP_LIST and not m.group("adv")
            if items and all(is_valid_item(x) and is_industry_like(x, tax) for x in items) and (
                    not bare or all(strip_industry_suffix(x) in tax for x in items)):
                out += [Candidate(x, sentence, "listed") for x in items]
    return out


# A 、-list every item of which is a known name, whole (the vocabulary itself recognises it, whatever verb or
# head surrounds it): the first item after the clause's lead (签约/引进/以 …), the last up to where its name ends
# (等, 产业, 领域, 为, 和 …).  A list holding one name that is not known (a firm, a product, a slogan) is left to
# the cue-led finders.
_NAMED_LEAD_MAX, _NAMED_ITEM_MAX = 40, 16  # the longest first piece (with its lead) and later item of a run
_NAMED_RUN = re.compile(rf"[^,。;:!?、“”\"()]{{1,{_NAMED_LEAD_MAX}}}(?:、[^,。;:!?、“”\"()]{{1,{_NAMED_ITEM_MAX}}})+")
_NAME_END = re.compile(r"等|产业|行业|领域|为|方面|和|及|与|项目|企业|集群|基地|园|发展|加快|加速|集聚|"
                       r"[0-9一二两三四五六七八九十]+[大个项类条]|$")
_NAMED_LIST_MAX = 12  # the longest name the last item is read for


def _is_named(item: str, tax: dict[str, TaxonomyEntry]) -> bool:
    """True when item is a known name as written, one qualified (智能小家电) or two joined (体育箱包), and
    names an industry (no stopword, policy theme or broad sector)."""
    if tax is load_taxonomy():
        return _is_named_default(item)
    return _is_named_in(item, tax)


@lru_cache(maxsize=16384)  # the pieces of 、-lists (and each length of a last item) recur across a corpus
def _is_named_default(item: str) -> bool:
    return _is_named_in(item, load_taxonomy())


def _is_named_in(item: str, tax: dict[str, TaxonomyEntry]) -> bool:
    if _is_stopword(item) or item in load_themes() or item in _BROAD_SECTORS:
        return False
    # (plain loops, no generators: asked for every piece of every 、-list, and for each length of a last item)
    if item and (item in tax or strip_industry_suffix(item) in tax):
        return True
    bare = _NAME_QUALIFIER.sub("", item)
    if bare and (bare in tax or strip_industry_suffix(bare) in tax):
        return True
    for i in range(2, len(item) - 1):
        if item[:i] in tax and item[i:] in tax:
            return True
    return False


def _first_named(piece: str, tax: dict[str, TaxonomyEntry]) -> str | None:
    """The list's first item after the clause that leads to it, when it is a known name."""
    item = _LEAD_NOISE.sub("", _NAMED_LEAD.sub("", piece))
    item = _strip_place_prefix(_LEAD_NOISE.sub("", item[_after_last_trigger(item, 0, len(item))[0]:]), tax)
    return item if _is_named(item, tax) else None


def _last_named(piece: str, tax: dict[str, TaxonomyEntry]) -> list[str]:
    """The list's last item(s): the longest known name the piece opens with, where a name may end; a second
    one after 和/及/与 too (A、B和C)."""
    for k in range(min(len(piece), _NAMED_LIST_MAX), 1, -1):
        if _NAME_END.match(piece, k) and _is_named(piece[:k], tax):  # (the cheaper test first)
            rest = re.match(r"(?:以及|和|及|与)(.+)", piece[k:])
            # (the list's head closes it: 、生物医药产业 names 生物医药, as the anchor reads it)
            return [strip_industry_suffix(piece[:k])] + (_last_named(rest.group(1), tax) if rest else [])
    return []


def _named_runs(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of _NAMED_RUN in sentence.  Every match holds a 、 within its first _NAMED_LEAD_MAX + 1
    characters and ends at most _NAMED_ITEM_MAX characters after its last 、: only that stretch is searched
    (the same matches; the pattern opens with a negated class, which re tries everywhere)."""
    first = sentence.find("、")
    if first < 0:
        return iter(())
    return _NAMED_RUN.finditer(sentence, max(0, first - _NAMED_LEAD_MAX), sentence.rfind("、") + 1 + _NAMED_ITEM_MAX)


def find_named_lists(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'以汽车、高端装备制造等为代表的…', '合成生物、电子信息,…': a 、-list of known names only.  The list ends at
    its first piece that is not a name whole (高端服务业等方面引进…): a 、 further on (…建设战略性、龙头型大项目) starts
    another list, not more of this one."""
    out: list[Candidate] = []
    for m in _named_runs(sentence):
        parts = m.group(0).split("、")
        end = next((j for j in range(1, len(parts)) if not _is_named(parts[j], tax)), len(parts) - 1)
        # (the first item before the last: the last is looked for only when the first is a name)
        if (first := _first_named(parts[0], tax)) and (last := _last_named(parts[end], tax)):
            out += [Candidate(x, sentence, "named-list") for x in [first, *parts[1:end], *last]]
        elif len(parts) >= _MOSTLY_NAMED_MIN:
            out += [Candidate(x, sentence, "named-list", inner=True)
                    for x in _mostly_named(parts, sentence[m.end():m.end() + 8], tax)]
    return out


_MOSTLY_NAMED_MIN = 3  # the fewest pieces of a 、-list read by its majority of known names
# What may not follow a list of industries read by its majority: 等 (a list closed by 等 and its head is the anchor's
# and the cue rows'), a count of firms or programmes (海尚电子、体育箱包、生物经济三大企业), a park (…、半导体先进制造产业园:
# the park finder reads the name of a park)
_MOSTLY_NAMED_TAIL = re.compile(rf"等|(?:产业|行业)?{_COUNT}?(?:企业|公司|工程)|(?:产业)?(?:园|基地)")


def _mostly_named(parts: list[str], after: str, tax: dict[str, TaxonomyEntry]) -> list[str]:
    """The members of a 、-list at least two thirds of whose pieces are known names (电子信息、生物医药、智能装备制造、
    健康产业集群产值…; 煤焦、冶金、化工、建材、机械铸造为特色): the known ones, and each later whole piece that reads as a
    name (机械铸造, 高端打印设备); after is the text that follows the run.  A list naming a policy field, a stop word or a
    statistical division (铁路、船舶、航空航天和其他运输设备制造业) is none."""
    first = _first_named(parts[0], tax)
    last = _last_named(parts[-1], tax)
    middle = parts[1:-1]
    named = bool(first) + bool(last) + sum(_is_named(x, tax) for x in middle)
    if named < 2 or 3 * named < 2 * len(parts):
        return []
    lead = clean_item(parts[0][_after_last_trigger(parts[0], 0, len(parts[0]))[0]:], tax)
    # (what follows the last name; a last piece holding none is read whole: 安全生产提升工程等重点工程)
    closing = _MOSTLY_NAMED_TAIL.match(parts[-1][parts[-1].rfind(last[-1]) + len(last[-1]):] + after) if last \
        else _MOSTLY_NAMED_TAIL.search(parts[-1] + after)
    if closing or any(_names_policy_field(x) for x in [parts[0], lead, *middle]) or any(_is_stopword(x) for x in middle) \
            or _class_stems().search("、".join(parts)):
        return []
    kept = [x for x in middle if _is_named(x, tax) or is_valid_item(x) and looks_like_industry(x, tax, lead=False)]
    return [*([first] if first else []), *kept, *last]


# A cluster named by known names (X产业集群, X与Y产业集群, “品牌”X(细分)产业群): the name says the industry,
# whatever verb the sentence has (入选…产业集群创建名单); a sub-field in brackets after it names one too.
_NAMED_CLUSTER_REACH = 16 + 10  # the item (at most 16 characters) and a bracketed note (at most 10) before 产业
_NAMED_CLUSTER = re.compile(r"(?P<item>[^,。;:!?、“”\"()]{2,16}?)(?:\((?P<note>[^()]{2,8})\))?产业(?:集群|群)(?!落)"
                            r"(?:\((?P<sub>[^()]{2,8})\))?")


def _named_cluster_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of _NAMED_CLUSTER in sentence, searched from _NAMED_CLUSTER_REACH characters before the first
    产业集群 or 产业群 (every match holds one, at most that far from its start: the same matches; its lazy item
    would be tried at every position)."""
    found = [i for i in (sentence.find("产业集群"), sentence.find("产业群")) if i >= 0]
    if not found:
        return iter(())
    return _NAMED_CLUSTER.finditer(sentence, max(0, min(found) - _NAMED_CLUSTER_REACH))


def find_named_clusters(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'入选“浙江制造”生物医药与医疗器械产业集群(生物药)协同区名单': the cluster's known names."""
    out: list[Candidate] = []
    for m in _named_cluster_matches(sentence):
        pieces = re.split(r"以及|与|和|及", m.group("item"))
        first = _first_named(pieces[0], tax)
        if first and all(_is_named(x, tax) for x in pieces[1:]):
            out += [Candidate(x, sentence, "named-cluster") for x in [first, *pieces[1:]]]
            out += [Candidate(x, sentence, "named-cluster") for x in (m.group("sub"),) if x and _is_named(x, tax)]
    return out


# ---------------------------------------------------------------- validity guard

# Words that measure an industry (its size, share, output) rather than name one: 主导产业总量及占比
# lists metrics, and a fragment ending in one of them is a metric phrase, not an industry.
_METRIC_WORDS = ("占比", "总量", "增加值", "产值", "营收", "营业收入", "税收", "比重", "规模", "增速", "产能", "效益",
                 "实效", "成效", "进展", "突破")
# Function words that belong to the clause around a name, never inside one (逐步在…, …上见到实效).
_CLAUSE_WORDS = guarded(re.compile(r"逐步|^在|在$|上$|^上|唯一|见到|取得|完成|实现|力争|确保|预计|年内"))
# jieba tags that cannot open an industry name: preposition, adverb, conjunction, particle, numeral,
# pronoun, locative, idiom/set phrase, verb, adverbial adjective.
_BAD_FIRST = {"p", "d", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "m", "r", "f", "l", "ad", "vd"}
# A verb first is a clause's predicate when it is a development/report verb or is followed by an
# industry name (启动X业); many trades are verbs to jieba (包装, 种植, 旅游, 服装), so no blanket rule.
_CLAUSE_VERBS = re.compile(rf"(?:{_TRIGGER.pattern}|启动|实现|完成|促进|带动|加速|加强|支持|扶持|占|达到?|增长)$")
# … and tags that cannot close one (a name's head is a noun; 制造, 加工, 研发 … are checked by word).
_BAD_LAST = {"p", "d", "c", "u", "uj", "ul", "m", "r", "f", "l", "ad", "vd", "q"}
# Verbs that do head industry names (装备制造, 农产品加工, 软件研发, 冷链物流 …).
_INDUSTRY_VERBS = ("制造", "加工", "研发", "设计", "服务", "物流", "养殖", "种植", "旅游", "贸易", "测试",
                   "封装", "检测", "开发", "运营", "维修", "印刷", "育种", "康养", "养老", "会展", "零售",
                   "铸造", "冶炼", "创意", "印染", "纺织", "锻造", "酿造", "修造")


HEADS_CSV = DATA_DIR / "industry_heads.csv"


@lru_cache(maxsize=1)
def load_heads() -> frozenset[str]:
    """The words of data/industry_heads.csv that close an industry's name (发电, 研发, 轻工 …) besides the last
    words of the taxonomy's own names (制造, 材料, 服务, 经济 …, read by `_name_heads`)."""
    with open(HEADS_CSV, encoding="utf-8-sig", newline="") as f:
        return frozenset(r["head"].strip() for r in csv.DictReader(f) if (r.get("head") or "").strip())


# taxonomy id -> (that taxonomy, its heads): the taxonomy is kept so that its id cannot be reused by another
_HEADS_CACHE: dict[int, tuple[dict[str, TaxonomyEntry], frozenset[str]]] = {}


def _name_heads(tax: dict[str, TaxonomyEntry]) -> frozenset[str]:
    """The last two characters of every taxonomy name, and the heads of data/industry_heads.csv."""
    cached = _HEADS_CACHE.get(id(tax))
    if cached is None or cached[0] is not tax:
        cached = _HEADS_CACHE[id(tax)] = (tax, frozenset(n[-2:] for n in tax if len(n) >= 2) | load_heads())
    return cached[1]


def has_name_head(name: str, tax: dict[str, TaxonomyEntry] | None = None) -> bool:
    """True when name is written with its own 产业/行业 head, or ends (without the 业 of a sector) as an industry's name ends: in the last
    word of a taxonomy name (生物治疗 as 细胞治疗, 食品深加工 as 农产品加工) or in a head of data/industry_heads.csv.
    A clause (经济规模快速扩大), a slogan (新经济培育新动能), a title (火炬高新区) or a name with something after it
    (电子信息首位度, 数字经济时代) does not; nor does a name that ends in a place (奇瑞汽车河南)."""
    heads = _name_heads(tax if tax is not None else load_taxonomy())
    core = strip_industry_suffix(name)
    if core != name or core in load_themes():
        return True  # the text's own head says it (摩托行业); a policy theme's row decides it (新业态)
    bare = core.removesuffix("业") if len(core) > 2 else core
    return bare[-2:] in heads or core[-2:] in heads or bool(re.search(r"[A-Za-z0-9]$", bare))


def looks_like_industry(name: str, tax: dict[str, TaxonomyEntry] | None = None, lead: bool = True) -> bool:
    """The last check on every candidate: True when name reads as an industry's name.

    A taxonomy row (as written, or without its 产业/行业) always passes.  Anything else must be
    2-10 characters, not the bare head (产业集群), not a metric (占比, 总量), hold no clause words (逐步, 在…上), not be a place
    only (苏中, 长三角: jieba ns), and have no verb, preposition, adverb or numeral at its edges
    (上见到实效, 全面完成化工) — a fragment cut from a clause, not a noun phrase.  An uncertain
    candidate is dropped: a missed industry costs less trust than a junk one.  Without lead (a later item of a
    、-list, which no clause's verb can lead) a first word jieba reads as a verb is part of the name (运输物流)."""
    tax = tax if tax is not None else load_taxonomy()
    core = strip_industry_suffix(name)
    if name in tax or core in tax or name.removesuffix("业") in tax:
        return True
    if not 2 <= len(core) <= 10 or _CLAUSE_WORDS.search(core) or core.startswith(("产业", "行业")):
        return False
    if not has_name_head(name, tax):
        return False
    if any(core.endswith(w) or core.startswith(w) for w in _METRIC_WORDS):
        return False
    tokens = pos_tags(core)
    if not tokens or all(t.flag == "ns" for t in tokens) or tokens[0].flag == "ns" and len(tokens) > 1 \
            and not is_industry_like(core[len(tokens[0].word):], tax):
        return False
    first, last = tokens[0], tokens[-1]
    if first.flag in _BAD_FIRST and first.word not in _INDUSTRY_VERBS:
        return False
    if lead and first.flag in ("v", "vn") and first.word not in _INDUSTRY_VERBS and first.word not in tax and len(tokens) > 1 and (
            _CLAUSE_VERBS.fullmatch(first.word) or _names_sector(core[len(first.word):], tax)):
        return False
    # A plain verb first (not vn) in an unknown name is a clause's predicate (梳理细化N个细分产业):
    # names that open with a trade verb (养殖, 加工) are listed in _INDUSTRY_VERBS or the taxonomy.
    if lead and first.flag == "v" and first.word not in _INDUSTRY_VERBS and len(tokens) > 1 and not is_industry_like(core, tax):
        return False
    # A process verb after a noun or adjective heads a trade (精密铸造, 钢铁冶炼); a verb on its own is
    # a clause's predicate unless it is a known trade verb.
    if last.flag in _BAD_LAST or len(tokens) == 1 and last.flag == "v" and last.word not in _INDUSTRY_VERBS:
        return False
    return True


_TRADE_SECTOR_END = guarded(re.compile(r"(?<=..(?:制造|加工|服务))业$"))


CLASSES_CSV = DATA_DIR / "industry_classes.csv"
CLASS_RULE = "class"  # the rule of a candidate that is a statistical division named whole (find_classes)
_CLASS_CONTEXT = re.compile(r"增长|增速|增加值|产值|营收|营业收入|占比|比重|%")


@lru_cache(maxsize=1)
def load_classes() -> tuple[str, ...]:
    """The statistical divisions of data/industry_classes.csv whose official names hold 、 or 和
    (计算机、通信和其他电子设备制造业), longest first."""
    with open(CLASSES_CSV, encoding="utf-8-sig", newline="") as f:
        names = {r["name"].strip() for r in csv.DictReader(f) if (r.get("name") or "").strip()}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _class_stems() -> re.Pattern[str]:
    """Every division's name without its closing 业, as one pattern: a sentence holding none of them names no
    division (find_classes tests each name on its own: one scan in C instead of ~22 tests per sentence)."""
    stems = sorted({name.removesuffix("业") for name in load_classes()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, stems)) or r"(?!)")


def find_classes(sentence: str, tax: dict[str, TaxonomyEntry]) -> list[Candidate]:
    """'计算机、通信和其他电子设备制造业增加值增长8.6%': a statistical division named as written is one
    industry (its 、 and 和 are no list's), where the sentence reports its figures or its development;
    its pieces (计算机, 通信) are then parts of it, not names of their own.  A list of the divisions may write
    one without the 业 that makes it a sector (软件信息、租赁和商务服务、科研技术服务等主要门类)."""
    if not (_CLASS_CONTEXT.search(sentence) or _DEV_CONTEXT.search(sentence)) or not _class_stems().search(sentence):
        return []
    out = []
    for name in load_classes():
        if name in sentence:
            out.append(Candidate(name, sentence, CLASS_RULE))
        elif name.endswith("业") and name[:-1] in sentence and re.search(re.escape(name[:-1]) + "(?!业)", sentence):
            out.append(Candidate(name[:-1], sentence, CLASS_RULE))
    return out


_JOINED = re.compile(r"[与和及+、]")


def drop_foreign_lead(name: str, tax: dict[str, TaxonomyEntry]) -> str:
    """The known name a name fused to its head ends in, without words before it that are none of the industries'
    vocabulary (`_is_owner_prefix`, as a park's name is read): a place, an owner, a time word or a clause's verb
    (古雷石化产业 -> 石化, 标志着数字经济产业合作区 -> 数字经济).  The cut falls where jieba ends a word; two names
    joined (半导体与集成电路) are no lead and a name."""
    core = strip_industry_suffix(name)
    if name in tax or core in tax or name.removesuffix("业") in tax or _JOINED.search(core):
        return name
    for i in range(1, len(core) - 1):
        rest = core[i:]
        if rest in tax or rest.removesuffix("业") in tax:
            ends, pos = set(), 0
            for t in pos_tags(core):
                pos += len(t.word)
                ends.add(pos)
            return name[i:] if i in ends and _is_owner_prefix(core[:i], tax) else name
    return name


def industry_key(name: str) -> str:
    """The identity of an industry name for de-duplication: a trailing 产业/行业 ignored, and the 业 that
    makes a trade a sector (装备制造业 is 装备制造)."""
    return _TRADE_SECTOR_END.sub("", strip_industry_suffix(name))


def industries_in_sentence(sentence: str) -> list[str]:
    """The industry names one sentence says the zone develops, in text order, without duplicates."""
    return list(_industries_in_sentence(sentence))


@lru_cache(maxsize=8192)  # industries and then enterprises ask about the same article's sentences
def _industries_in_sentence(sentence: str) -> tuple[str, ...]:
    tax = load_taxonomy()
    found = (find_anchored(sentence, tax) + find_parks(sentence, tax) + find_is_main(sentence, tax)
             + find_listed(sentence, tax) + find_topics(sentence, tax) + find_scaled_clusters(sentence, tax)
             + find_gardens(sentence, tax) + find_outputs(sentence, tax)
             + find_sector_lists(sentence, tax) + find_plus_themes(sentence, tax) + find_focus_lists(sentence, tax)
             + find_statements(sentence, tax) + find_named_lists(sentence, tax) + find_named_clusters(sentence, tax)
             + find_classes(sentence, tax))
    # one candidate per name (a list repeated by every anchor after it offers its names again and again); a name
    # any finder read as a later item of a 、-list has no clause's lead
    # (a name fused to its head, no list's item: a list's own items keep whatever qualifies them, and a park's name is
    # read by _park_industry; only a name that reads as one is trimmed - a firm's name the guard refuses, 中恒电气 in
    # 中恒电气等电力电子产业, is never cut into an industry)
    found = [Candidate(drop_foreign_lead(c.name, tax), c.sentence, c.rule, c.inner, c.counted)
             if c.rule == "fused" and looks_like_industry(c.name, tax, lead=not c.inner) else c for c in found]
    by_name: dict[str, Candidate] = {}
    for c in found:
        if c.name not in by_name or c.inner and not by_name[c.name].inner or c.counted and not by_name[c.name].counted:
            first = by_name.get(c.name, c)
            by_name[c.name] = Candidate(c.name, c.sentence, first.rule, inner=c.inner or first.inner,
                                        counted=c.counted or first.counted)
    found = list(by_name.values())
    found.sort(key=lambda c: (sentence.find(c.name), -len(c.name)))
    names: list[str] = []
    keys: set[str] = set()
    for c in found:
        key = industry_key(c.name)
        if key not in keys and c.name in sentence and (c.rule == CLASS_RULE or c.counted
                                                       or looks_like_industry(c.name, tax, lead=not c.inner)):
            keys.add(key)
            names.append(c.name)
    return tuple(n for n in names if not _only_inside_longer(n, names, sentence))


def _spans(word: str, sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(word)) for m in re.finditer(re.escape(word), sentence)]


def _only_inside_longer(name: str, names: list[str], sentence: str) -> bool:
    """True when every mention of name in the sentence lies inside a longer name found there (家电 in
    智慧家电, 信息技术 in 新一代信息技术): a part of that name, not an industry of its own."""
    longer = [s for other in names if name in other and other != name for s in _spans(other, sentence)]
    return bool(longer) and all(any(a <= b and e <= f for a, f in longer) for b, e in _spans(name, sentence))


def extract_industries(article: Article, deadline: Deadline | None = None) -> list[dict]:
    """Every industry the article says the zone develops: dicts with industry, sentence, canonical,
    category, mapped. One row per industry (first mention wins)."""
    _industries_in_sentence.cache_clear()  # the cache serves one article (enterprises asks again)
    tax = load_taxonomy()
    rows: list[dict] = []
    seen: dict[str, dict] = {}
    for sentence in body_sentences(article.body):
        if deadline is not None:
            deadline.check()
        for name in industries_in_sentence(sentence):
            key = industry_key(name)
            first = seen.get(key)
            if first is None:
                mapped = map_industry(name, tax)
                if any(_same_industry(name, mapped, r) for r in rows) and name in _figure_subjects(sentence):
                    continue  # a figure about an industry the article named in other words (汽车 … 汽车制造业产值)
                seen[key] = row = {"industry": name, "sentence": sentence, **mapped}
                rows.append(row)
            elif len(name) < len(first["industry"]) and name in first["sentence"]:
                # named twice (先进装备制造业 … 先进装备制造产业集群): the plainer name, the first sentence
                first.update(industry=name, **map_industry(name, tax))
    return rows


def _same_industry(name: str, mapped: dict[str, str], row: dict) -> bool:
    """True when name is an industry the article already named in other words: the same canonical industry,
    one name inside the other (汽车 and 汽车制造业, 高端生物医药 and 生物医药).  (Only a figure's subject is merged
    so: an article's lists name a sector and its qualified form as two, 新材料 and 先进新材料.)"""
    return mapped["mapped"] != "unmapped" and mapped["canonical"] == row["canonical"] and (
        industry_key(row["industry"]) in name or industry_key(name) in row["industry"])


FIGURE_SUBJECT = "figure_subject"  # the statement cue whose sector is the subject of a figure (X完成产值…, X占比6%)


def _figure_subjects(sentence: str) -> set[str]:
    """The names the sentence reports a figure about (the figure_subject row of data/industry_statement_cues.csv)."""
    tax = load_taxonomy()
    return {x for row in load_statement_cues() if row.cue == FIGURE_SUBJECT
            for m in statement_matches(row, sentence) for x in _named_pieces(m.group("item"), tax)}
