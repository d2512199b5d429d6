"""Named enterprises and key projects a zone leans on, with their role, industry and investment.

Genre patterns (precision before recall):

* an enumeration closed by a role anchor: ``A、B等龙头企业``, ``A等“链主”企业``,
  ``A、B等7个重大项目``, ``A、B等一批重点技改项目``, ``A、B等项目``;
* ``依托X项目`` / ``依托X一、二期项目``;
* a quoted or invested project: ``签约投资51亿元的“X项目”``, ``总投资130亿元的X港``.

Names are rejected when they are generic words, industry names (美妆, 大数据), places or organisations
(``data/enterprise_cues.csv``: 智能岛, 陆港小镇, 管委会, 大学 …), counts or clauses (which names of one zone stand for one enterprise is
``compare.alias_groups``).  The industry is set when the sentence names exactly one industry (see industries.py); the
investment is the 投资 figure in the same clause.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from devzone.industries import industries_in_sentence, load_taxonomy
from devzone.lexicon import pos_tags, tokenizer
from devzone.patterns import guarded
from devzone.text import Article, Deadline, body_sentences

_NUM = "[0-9一二两三四五六七八九十]"
_KIND = (r"(?:已经落户的|已落户的|在建的)?(?P<kind>(?:[“\"]?链主[”\"]?|龙头|头部|骨干|重大产业|重大|重点技改|重点|"
         r"优质|在建|技改|产业化|签约|引领性|标志性)*)")
_ROLE_ANCHOR = guarded(re.compile(
    rf"(?P<deng>等)?(?P<count>{_NUM}+个|一批)?{_KIND}(?P<head>企业项目|企业|项目)"))
_TRIGGER = re.compile(r"新建|依托|推进|推动|紧盯|实施|集聚|聚焦|加快|引进|招引|落地|签约|培育|扶持|支持|围绕|"
                      r"引育|建设|服务|做好|包括|有|如")
_HARD_STOP = re.compile(r"[。!?;:()\[\]【】《》\n,]")
_SPLIT = re.compile(r"[、/]|以及|和|及|与")
_LEAD = re.compile(r"^(?:[和及与、]|以及|加快|推进|推动|做好|一批|[^、,]{2,6}?(?:小镇|园区|开发区|新区)(?=.{2,}))+")
_BAD_NAME = guarded(re.compile(
    r"的|一批|我们|以上|以下|工程|行动|计划|活动|政策|机制|方案|体系|方面|领域|产业链|上下游|[0-9]|亿元|万元|"
    r"等|其中|全年|今年|重点|重大|龙头|头部|优质|企业|项目|省级|市级|国家级|级|开工|投产|建设|招商|"
    r"合作|发展|提升|改造|服务|配套|设施|[“”\"]"))
_INVEST = re.compile(r"(?:总投资|计划投资|投资总额|投资额|投资)(?:额)?(?:达|约|超|近|逾)?"
                     r"(?P<value>[0-9]+(?:\.[0-9]+)?)(?P<unit>亿元|万元|亿美元|万美元|亿)")
_INVESTED_NAME = re.compile(
    _INVEST.pattern + r"的[“\"]?(?P<name>[^,。;、“”\"]{2,25}?(?:项目|基地|产业园|工厂|中心|港|城|谷))[”\"]?")
_QUOTED_PROJECT = re.compile(r"[“\"](?P<name>[^“”\"]{2,25}?项目)[”\"]")
_RELY_PROJECT = re.compile(r"依托(?P<name>[^,。;、“”\"]{2,20}?)(?:[一二三四五六七八九十、]+期)?项目(?=[,。;])")

CUES_CSV = Path(__file__).resolve().parent.parent / "data" / "enterprise_cues.csv"

GENERIC_NAMES = {"企业", "项目", "重点项目", "产业园", "园区", "平台", "基地", "上市公司", "头部企业", "优企",
                 "强企", "小微企业", "规上企业", "外贸企业", "国企", "民企", "本地", "龙头", "配套企业"}


@dataclass
class Mention:
    """A named enterprise or project in a sentence."""

    name: str
    role: str
    sentence: str
    start: int


def role_of(kind: str, head: str, context: str) -> str:
    """The role a named entity plays, from the anchor's words and the clause's verb."""
    if "链主" in kind:
        return "链主"
    if any(k in kind for k in ("龙头", "头部", "骨干")):
        return "龙头企业"
    if "签约" in kind or "签约" in context:
        return "签约项目"
    if "技改" in kind:
        return "技改项目"
    if head == "企业":
        return "企业"
    if kind:
        return "重点项目"
    return "项目"


def clean_name(raw: str) -> str:
    """Trim connectors, zone or town prefixes and stray symbols from a name."""
    name = re.sub(r"\([^()]{0,10}\)", "", raw.strip())
    name = _LEAD.sub("", name)
    return name.strip(" +·")


@dataclass(frozen=True)
class Cue:
    """A name ending that marks a place or an organisation, not an enterprise (a row of enterprise_cues.csv)."""

    cue: str
    kind: str  # place | organisation


@lru_cache(maxsize=1)
def load_cues(path: str | Path = CUES_CSV) -> tuple[Cue, ...]:
    """The cues of data/enterprise_cues.csv, longest first."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        cues = [Cue(row["cue"], row["kind"]) for row in csv.DictReader(f)]
    return tuple(sorted(cues, key=lambda c: -len(c.cue)))


def non_enterprise_kind(name: str) -> str:
    """'place' or 'organisation' when the name (a trailing 项目 aside) ends with a cue of the table, else ''."""
    core = re.sub(r"项目$", "", name)
    return next((c.kind for c in load_cues() if core.endswith(c.cue)), "")


def is_valid_name(name: str) -> bool:
    """A real name: 2–25 characters, no clause words or counts, not a generic word, an industry name, a place
    or an organisation."""
    if not 2 <= len(name) <= 25 or name in GENERIC_NAMES or _BAD_NAME.search(name):
        return False
    if non_enterprise_kind(name):
        return False
    if _starts_like_clause(name):
        return False
    tax = load_taxonomy()
    stem = re.sub(r"(?:产业园|园区|基地|项目)$", "", name)
    if not stem or name in tax or stem in tax:
        return False
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", name))


def _starts_like_clause(name: str) -> bool:
    """True when jieba reads name as a clause, not a name: it opens with a preposition, pronoun,
    conjunction, adverb or a common verb (实现…, 对每个…, 成为…), or is all two-character verbs (加力提速)."""
    tokens = pos_tags(name)
    if len(tokens) < 1 or (len(tokens) == 1 and tokens[0].flag in {"nt", "nr", "nz", "n", "ns"}):
        return False
    first = tokens[0]
    if first.flag[:1] in {"p", "r", "c", "d"}:
        return True
    if first.flag.startswith("v") and len(first.word) >= 2 and tokenizer().FREQ.get(first.word, 0) >= 1000:
        return True
    return all(t.flag.startswith("v") and len(t.word) >= 2 for t in tokens)


def _span_start(sentence: str, end: int, floor: int) -> int:
    """Where the enumeration ending at end begins: after the last stop, trigger or previous anchor."""
    start = floor
    for m in _HARD_STOP.finditer(sentence, floor, end):
        start = m.end()
    for m in _TRIGGER.finditer(sentence, start, end):
        start = m.end()
    return start


def find_anchored(sentence: str) -> list[Mention]:
    """Names listed before a role anchor (A、B等龙头企业; A、B等7个重大项目)."""
    out: list[Mention] = []
    if "等" not in sentence:
        return out  # the first anchor taken is an 等 one (later ones may continue its list)
    floor = 0
    for m in _ROLE_ANCHOR.finditer(sentence):
        continued = floor > 0 and re.fullmatch(r"(?:和|及|以及|与|、)[^,;。、]{2,25}", sentence[floor:m.start()])
        if not (m.group("deng") or (continued and m.group("kind"))):
            continue
        start = _span_start(sentence, m.start(), floor)
        floor = m.end()
        span = sentence[start:m.start()]
        clause = sentence[_span_start(sentence, start, 0) - 8 if start > 8 else 0:m.end()]
        role = role_of(m.group("kind"), m.group("head"), clause)
        pos = start
        for raw in _SPLIT.split(span):
            name = clean_name(raw)
            if is_valid_name(name):
                out.append(Mention(name, role, sentence, sentence.find(name, pos)))
            pos += len(raw)
    return out


def find_named_projects(sentence: str) -> list[Mention]:
    """Quoted, invested and 依托 projects (签约…的“X项目”, 总投资N亿元的X, 依托X项目)."""
    out: list[Mention] = []
    for pattern, default in ((_QUOTED_PROJECT, "重点项目"), (_INVESTED_NAME, "重点项目"), (_RELY_PROJECT, "重点项目")):
        for m in pattern.finditer(sentence):
            name = clean_name(m.group("name"))
            core = re.sub(r"项目$", "", name)
            if not is_valid_name(core):
                continue
            before = sentence[max(0, m.start() - 12):m.start() + 8]
            role = "签约项目" if "签约" in before else default
            out.append(Mention(name, role, sentence, m.start("name")))
    return out


def investment_near(sentence: str, pos: int) -> tuple[str, str]:
    """(value, unit) of the 投资 figure in the clause around pos, or ('', '')."""
    left = max(sentence.rfind(c, 0, pos) for c in ",;。")
    rights = [i for i in (sentence.find(c, pos) for c in ",;。") if i >= 0]
    clause = sentence[left + 1:min(rights) if rights else len(sentence)]
    m = _INVEST.search(clause)
    return (m.group("value"), m.group("unit")) if m else ("", "")


def extract_enterprises(article: Article, deadline: Deadline | None = None) -> list[dict]:
    """Named enterprises and key projects: dicts with name, role, industry, investment,
    investment_unit, sentence. One row per (name, role)."""
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for sentence in body_sentences(article.body):
        if deadline is not None:
            deadline.check()
        industries = industries_in_sentence(sentence)
        for mention in sorted(find_anchored(sentence) + find_named_projects(sentence), key=lambda x: x.start):
            key = (mention.name, mention.role)
            if key in seen:
                continue
            seen.add(key)
            value, unit = investment_near(sentence, max(mention.start, 0))
            rows.append({"name": mention.name, "role": mention.role,
                         "industry": industries[0] if len(industries) == 1 else "",
                         "investment": value, "investment_unit": unit, "sentence": sentence})
    return rows
