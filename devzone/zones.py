"""Which development zone an article is about, from the gazetteer in data/zones.csv."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from devzone.gazetteer import Zone, load_gazetteer
from devzone.lexicon import pos_tags

UNKNOWN_ZONE = "未识别开发区"

# Names of zone kinds, longest first so that 经济技术开发区 wins over 开发区.
_ZONE_SUFFIX = ("经济技术开发区|高新技术产业开发区|高新技术产业园区|经济开发区|高新园区|高新区|经开区|"
                "工业园区|工业集中区|工业园|开发区|产业集聚区|综合保税区|新区")
_ZONE_NAME = re.compile(rf"([\u4e00-\u9fff]{{1,8}}?)({_ZONE_SUFFIX})")
# word classes that can make up a zone's place name (jieba tags), and words that never do
_NAME_TAGS = {"ns", "nr", "nz", "n", "nt", "nrt", "nrfg"}
_NOT_NAME = {"记者", "通讯员", "本报讯", "本报", "区", "市", "县", "镇", "我区", "我市", "全区", "全市", "园区",
             "开发", "国家级", "省级", "工业", "经济", "高新", "新", "本", "该", "各", "全省", "全国", "专访"}
_LEADING_WORDS = re.compile(r"^(?:位于|地处|落户|入驻|建设|打造|创建|争创|推进|加快|国家级|省级|全省|全市|"
                            r"[\u4e00-\u9fff]{2,3}省|[在于的和与及对把将向从为是])+")
_GENERIC_PREFIX = {"国家级", "省级", "本", "该", "我", "全", "各", "这个", "整个", "一个", "所在", "工业"}


@dataclass(frozen=True)
class ZoneMatch:
    """The zone an article is about. `known` is False when the name came from the text, not the gazetteer."""

    zone: str
    mention: str = ""
    city: str = ""
    province: str = ""
    level: str = ""
    type: str = ""
    known: bool = False
    method: str = "none"  # alias | place | text | none


def _match(z: Zone, mention: str, method: str) -> ZoneMatch:
    return ZoneMatch(z.canonical, mention, z.city, z.province, z.level, z.type, True, method)


def _count_names(text: str, names: dict[str, Zone]) -> Counter:
    """Count non-overlapping occurrences of names, longest name first."""
    counts: Counter = Counter()
    if not names:
        return counts
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for m in pattern.finditer(text):
        counts[m.group(0)] += 1
    return counts


def _place_prefix(chars: str) -> str:
    """The place name that ends a run of characters: trailing nouns/place words, verbs and particles cut off."""
    tokens = pos_tags(chars)
    name: list[str] = []
    for tok in reversed(tokens):
        if len(name) == 2 or tok.word in _NOT_NAME or tok.flag not in _NAME_TAGS:
            break
        if len(tok.word) == 1 and tok.flag != "ns" and name:
            break  # a lone character is part of a name only right before the zone word (云溪高新区)
        name.insert(0, tok.word)
    return "".join(name)


def zone_names_in_text(text: str) -> Counter:
    """Zone-like names in free text ("XX经济开发区", "XX高新区"), with leading verbs and reporters' words cut."""
    found: Counter = Counter()
    for m in _ZONE_NAME.finditer(text):
        prefix = _place_prefix(_LEADING_WORDS.sub("", m.group(1)))
        if len(prefix) < 2 or prefix in _GENERIC_PREFIX:
            continue
        found[prefix + m.group(2)] += 1
    return found


def detect_zone(title: str, body: str, gazetteer: tuple[Zone, ...] | None = None, header: str = "") -> ZoneMatch:
    """Decide which zone an article is about.

    1. gazetteer names and aliases (title counts three times);
    2. a gazetteer place (富阳, 嵊州…) where the text speaks of a zone (开发区, 园区) or names the place often;
    3. a zone-like name in the text, flagged as not in the gazetteer;
    4. otherwise UNKNOWN_ZONE, never dropped.
    """
    gazetteer = gazetteer or load_gazetteer()
    text = f"{title}\n{title}\n{title}\n{header}\n{body}"
    by_name: dict[str, Zone] = {}
    for z in gazetteer:
        for name in (z.canonical, *z.aliases):
            by_name.setdefault(name, z)
    counts = _count_names(text, by_name)
    if counts:
        per_zone: Counter = Counter()
        mention: dict[str, tuple[int, str]] = {}
        for name, n in counts.items():
            z = by_name[name]
            per_zone[z.canonical] += n
            if n > mention.get(z.canonical, (0, ""))[0]:
                mention[z.canonical] = (n, name)
        best = per_zone.most_common(1)[0][0]
        z = next(z for z in gazetteer if z.canonical == best)
        return _match(z, mention[best][1], "alias")

    by_place: dict[str, Zone] = {}
    for z in gazetteer:
        if z.place:
            by_place.setdefault(z.place, z)
    places = _count_names(text, by_place)
    speaks_of_zone = bool(re.search(r"开发区|高新区|经开区|园区", text))
    if places:
        place, n = places.most_common(1)[0]
        if (speaks_of_zone and n >= 2) or n >= 3:
            return _match(by_place[place], place, "place")

    names = zone_names_in_text(text)
    if names:
        name = names.most_common(1)[0][0]
        return ZoneMatch(zone=name, mention=name, known=False, method="text")
    return ZoneMatch(zone=UNKNOWN_ZONE, known=False, method="none")
