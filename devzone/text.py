"""Turn a messy Chinese web page (bytes) into clean Simplified text plus metadata.

Stages: decode (encoding detection) -> HTML to text -> normalise (NFKC, pinyin
annotations, Traditional -> Simplified) -> drop page noise line by line -> drop
repeated bodies -> read metadata (title, date, source, interviewee).
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from itertools import islice
from pathlib import Path

from devzone.patterns import guarded, quick, quick_each

MAX_BYTES = 10_000_000  # bytes; articles are ~10 KB. The uploader's limit (server.maxUploadSize = 10 MB) is the same
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message names the file and the reason."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


TIME_BUDGET_S = 8.0  # seconds of extraction one article may take (a 10 MB article of real prose needs ~30)


class Deadline:
    """The time limit of one article's extraction; extractors call check() between sentences, so an
    article too long or too crowded to read in time stops cleanly, with a message, and the batch goes on."""

    def __init__(self, file: str, seconds: float = TIME_BUDGET_S, started: float | None = None):
        self.file, self.seconds = file, seconds
        self.at = (time.monotonic() if started is None else started) + seconds  # started: when reading began

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise ArticleError(self.file, f"reading stopped after {self.seconds:g} s, the time limit for one "
                                          "article: the text is too long or too crowded with figures; "
                                          "split it into smaller articles")


@dataclass
class Article:
    """A cleaned article: Simplified body text, one paragraph per line, and its metadata."""

    file: str
    body: str
    title: str = ""
    publish_date: str = ""
    source: str = ""
    author: str = ""
    interviewee: str = ""
    post: str = ""
    encoding: str = ""
    header: str = ""  # page header lines above the title (site name, channel): a hint for the zone
    raw_text: str = ""
    paragraphs: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return int(self.publish_date[:4]) if self.publish_date else None


# ---------------------------------------------------------------- decoding

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _looks_binary(data: bytes) -> bool:
    """More than 5% control bytes (NUL included), counted over the whole file: binary, not text.
    (The few left in a text file are dropped when it is cleaned, wherever they are.)"""
    return len(data.translate(None, _NOT_CONTROL)) > len(data) * 0.05


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when data reads as UTF-16 (big or little endian) text without its BOM."""
    if len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    best = None
    for enc in ("utf-16-be", "utf-16-le"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _text_quality(text) + _common_hanzi_share(text)
        if _text_quality(text) >= 0.95 and (best is None or score > best[0]):
            best = (score, text, enc)
    return (best[1], best[2]) if best else None


# what _text_quality counts as text: whitespace (\s is str.isspace), printable ASCII, CJK ideographs and punctuation,
# full-width forms, general punctuation, the middle dot, geometric shapes and arrows
_NOT_TEXT = re.compile("[^\\s\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\u25a0-\u25ff\u2190-\u21ff]")


def _text_quality(text: str) -> float:
    """Share of characters that are CJK, ASCII printable, whitespace or common punctuation (of the first
    20,000; counted in C: the characters that are not are few)."""
    if not text:
        return 0.0
    head = text[:20000]
    return (len(head) - len(_NOT_TEXT.findall(head))) / min(len(text), 20000)


def decode_bytes(data: bytes, file: str = "<input>") -> tuple[str, str]:
    """Decode article bytes, detecting UTF-8 (with or without BOM), GB18030/GBK or Big5.

    Returns (text, encoding). Raises ArticleError for empty, binary, oversized or
    undecodable input.
    """
    if len(data) > MAX_BYTES:
        raise _too_large(file, len(data))
    if not data.strip():
        raise ArticleError(file, "file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise ArticleError(file, "file looks binary (control bytes), not a text or HTML article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    candidates: list[tuple[float, str, str]] = []
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs", "utf_8"]).best()
    if best is not None:
        text = str(best)
        candidates.append((_text_quality(text), best.encoding, text))
    # charset-normalizer can hesitate between GB and Big5 on short texts: judge both by content.
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_text_quality(text) + _common_hanzi_share(text), enc, text))
    if not candidates:
        raise ArticleError(file, "bytes are not UTF-8, GBK/GB18030 or Big5 text")
    score, enc, text = max(candidates, key=lambda c: c[0])
    if _text_quality(text) < 0.85:
        raise ArticleError(file, "could not decode the file as Chinese text (unknown encoding or binary data)")
    return text, enc


_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质")
_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")
_NOT_COMMON = re.compile("[^" + "".join(sorted(_COMMON)) + "]+")  # (every common character is a CJK ideograph)


def _common_hanzi_share(text: str) -> float:
    """Share of the CJK ideographs among the first 20,000 characters that are common ones (_COMMON)."""
    han = _NOT_HAN.sub("", text[:20000])
    if not han:
        return 0.0
    return len(_NOT_COMMON.sub("", han)) / len(han)


# ---------------------------------------------------------------- HTML

def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or bool(_BLOCK_TAG.search(head))


# (module-level patterns: jionlp compiles hundreds at start-up and evicts re's cache of inline ones)
_BLOCK_TAG = re.compile(r"<(div|p|article)\b")
_TITLE_PUNCT = re.compile(r"[。!?;]")


def html_to_text(html: str) -> tuple[str, str, str]:
    """Reduce an HTML page to its main text with trafilatura. Returns (text, title, date)."""
    import trafilatura

    text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True,
                               deduplicate=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "") if meta else ""
    date = (meta.date or "") if meta else ""
    if not text.strip():
        text = _html_all_text(html)
    if not text.strip():  # nested deeper than the parsers go (20,000 <div>s): the page's text without its tags
        text = unescape(_TAG.sub("\n", html))
    return text, title, date


_TAG = re.compile(r"<[^<>]*>")


def _html_all_text(html: str) -> str:
    """Fallback when the extractor finds no main text: all visible text, scripts and styles removed."""
    import lxml.html
    from lxml.html.clean import Cleaner

    try:
        doc = lxml.html.fromstring(html)
    except Exception:
        return ""
    doc = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(doc)
    return "\n".join(t.strip() for t in doc.itertext() if t.strip())


# ---------------------------------------------------------------- normalising

# Pinyin annotations some pages put after a character: 開發(fā)區(qū).
_PINYIN = guarded(re.compile(r"(?<![A-Za-z0-9])[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)"))


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations such as the (fā) in 開發(fā)區."""
    return _PINYIN.sub("", text)


T2S_PHRASES_CSV = Path(__file__).resolve().parent.parent / "data" / "t2s_phrases.csv"
@lru_cache(maxsize=1)
def _t2s_changes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What t2s can change in a text: a character it converts on its own (found by converting every character of the
    Basic Multilingual Plane once) or any character beyond that plane (not sorted out: rare, and a class of such
    characters one by one is slow for re); a phrase of data/t2s_phrases.csv (回覆: none of its characters converts
    alone).  Two patterns: in one alternation re would no longer skip ahead to the class's characters.  A text
    holding none of them comes out of t2s as it went in."""
    chars = [chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000]  # (surrogates cannot be encoded)
    converted = _t2s().convert("\n".join(chars)).split("\n")  # one character a line: no phrase spans two
    single = "".join(re.escape(c) for c, s in zip(chars, converted, strict=True) if s != c)
    with open(T2S_PHRASES_CSV, encoding="utf-8", newline="") as f:
        phrases = sorted((row["traditional"] for row in csv.DictReader(f)), key=len, reverse=True)
    return re.compile(f"[{single}\U00010000-\U0010FFFF]"), re.compile("|".join(map(re.escape, phrases)))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC `t2s` (safe on text that is already Simplified).  A text holding nothing
    t2s can change (_t2s_changes: most pages) is returned as it is: the two searches cost a third of the conversion
    run alone, and in the middle of an extraction the conversion runs 3-7 times slower than alone (its dictionaries
    have left the processor's caches by the next page)."""
    characters, phrases = _t2s_changes()
    if characters.search(text) is None and phrases.search(text) is None:
        return text
    return _t2s().convert(text)


_INVISIBLE_CATEGORIES = ("Cf", "Cs", "Co", "Cc")
# every character whose category was looked up, and those of them that are invisible: a character's category
# never changes, and the few thousand characters of a corpus recur in every page
_categorised: set[str] = set()
_invisible: set[str] = set()
MAX_CATEGORISED = 100_000  # characters remembered (Chinese text uses some 8,000)


def _invisible_chars(text: str) -> dict[int, None]:
    """Deletion table for the invisible characters in text: format characters (zero-width spaces, BOMs
    inside text), surrogates, private-use and control characters other than newline and tab."""
    # str.isprintable is False for every "Other" character (Cc, Cf, Cs, Co, Cn): lines that are all printable
    # hold none of them (most pages: one pass in C, no set of the text's characters)
    if all(line.isprintable() for line in text.split("\n")):
        return {}
    # categories of the distinct characters only, each looked up once per process: set operations in C
    chars = set(text)
    new = chars - _categorised
    if new:
        hidden = {ch for ch in new if ch not in "\n\t" and unicodedata.category(ch) in _INVISIBLE_CATEGORIES}
        if len(_categorised) + len(new) > MAX_CATEGORISED:  # a page of random code points: no caching
            return dict.fromkeys(map(ord, (chars - new) & _invisible | hidden))
        _invisible.update(hidden)
        _categorised.update(new)
    return dict.fromkeys(map(ord, chars & _invisible))


def normalize_text(text: str) -> str:
    """NFKC (full-width digits and punctuation to ASCII), strip pinyin, convert to Simplified."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00a0", " ").replace("\u3000", " ").replace("\r\n", "\n").replace("\r", "\n")
    invisible = _invisible_chars(text)
    if invisible:
        text = text.translate(invisible)
    text = strip_pinyin(text)
    text = _STRAY_COMMA.sub("", text)
    if " " in text:
        text = _SPACED_DATE[1].sub("", _SPACED_DATE[0].sub("", text))
    return to_simplified(text)


# pages typeset from Word or PDF put spaces around Latin digits (济宁市 2020 年, 12 月 5 日): a year or a date
# part written so is the same date, and the date rules read it only when it is written together (two passes: the
# second joins 2023年 12月 once the first has joined 2023 年).  Each opens with the blank it removes and looks
# behind it from there (a pattern opening with a lookbehind is tried at every position of the page; one opening
# with a class only at its blanks): the same matches as (?<=[…])[ \t]+(?=…), tested in tests/test_patterns.py
_SPACED_DATE = (re.compile(r"[ \t](?:(?<=[\u4e00-\u9fff,。、:;][ \t])[ \t]*(?=\d{4}[ \t]*年)|(?<=\d[ \t])[ \t]*(?=[年月日]))"),
                re.compile(r"[ \t](?:(?<=\d年[ \t])[ \t]*(?=\d{1,2}月)|(?<=\d月[ \t])[ \t]*(?=\d{1,2}日))"))

# a comma right before another mark (合成生物,、电子信息; 活动,。; 8月8日,,) is left over from a broken page
_STRAY_COMMA = re.compile(r",(?=[,、。;!?])")


# ---------------------------------------------------------------- noise

DATE_FORMATS_CSV = Path(__file__).resolve().parent.parent / "data" / "date_formats.csv"


@dataclass(frozen=True)
class DateFormat:
    """A row of data/date_formats.csv: a full date as pages print it (three groups), their order (ymd, dmy)."""

    pattern: re.Pattern[str]
    order: str
    example: str
    date: str  # the example's date, YYYY-MM-DD
    counterexample: str


def _date_formats() -> tuple[DateFormat, ...]:
    with open(DATE_FORMATS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(DateFormat(re.compile(r["pattern"]), r["order"], r["example"], r["date"], r["counterexample"])
                     for r in csv.DictReader(f))


DATE_FORMATS = _date_formats()
CENTURY = 2000  # what a byline's two-digit year (19-12-31) is counted from
# every format in one pattern, to tell whether a line holds a date at all
_DATE = quick_each([f"(?:{f.pattern.pattern})" for f in DATE_FORMATS])


def find_date(s: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first full date in s (data/date_formats.csv), or None."""
    found = [(m.start(), f, m) for f in DATE_FORMATS if (m := f.pattern.search(s))]
    if not found:
        return None
    _, f, m = min(found, key=lambda x: x[0])
    parts = dict(zip(f.order, (int(g) for g in m.groups()), strict=True))
    year = parts["y"] + CENTURY if parts["y"] < 100 else parts["y"]  # a two-digit year (19-12-31 10:55)
    return year, parts["m"], parts["d"]
_SENTENCE_PUNCT = re.compile(r"[。!?;,、]")
# (the case-insensitive noise patterns are guarded: re skips ahead on none of them by itself)
_FOOTER = quick(re.compile(
    r"ICP|公网安备|公安备案|备案证|备案号|网站标识码|版权所有|all rights? reserved|copyright|©|produced by|"
    r"主办单位|承办单位|承建单位|技术支持|法律顾问|许可证|联系电话|客服|电子邮件|邮箱|工作时间|网站地图|隐私政策|"
    r"关于我们|联系方式|本文链接|原文链接|^地址\s*:",
    re.I))
_COUNTERS = quick(re.compile(
    r"点击率|点击数|浏览量|浏览次数|阅读量|阅读\s*\d|\d+\s*阅读|点赞|\d+\s*评论|参与评论|条评论|分享文章|分享到|分享给|"
    r"^分享$|^打印$|^字体|^收藏|扫一扫|二维码|长按|关注公众号|微信号|推送至手机|上一篇|下一篇|文明发帖|"
    r"^评论$|^\d+$|公众号$|举报$|快捷登录|IP属地|预览时标签|收录于|^当前位置|首页\s*[>/]|正在阅读|^返回|^【?打印|仅管理员可见|审核或下架",
    re.I))
# a disclaimer: one of the first words, later on the same line one of the second (or a line opening with 免责声明)
_DISCLAIMER_FIRST = ("免责声明", "版权声明", "转载", "版权归", "侵权", "如有不妥")
_DISCLAIMER_THEN = ("删除", "联系", "负责", "出处", "敬意", "版权")
_DISCLAIMER_OPENS = ("免责声明", "版权声明")
_IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|bmp)$", re.I)
_PHONE = quick(re.compile(r"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400[\s-]?\d{3,4}[\s-]?\d{3,4})(?!\d)"))
_META_LINE = re.compile(r"^(发布时间|发布日期|时间|日期|来源|信息来源|作者|编辑|责任编辑|记者|摄影|通讯员|原标题|核心提示|摘要|导读)\s*[:]")
_TEASER_HEAD = re.compile(
    r"^(相关文章|相关阅读|相关新闻|相关链接|相关推荐|推荐阅读|延伸阅读|更多阅读|猜你喜欢|热门文章|热门推荐|热点推荐|"
    r"推荐图文|推荐资讯|点击排行|更多\s*>?\s*同类资讯|分享给朋友|精彩推荐|往期回顾|往期推荐)\s*[::]?$")
_AD_WORDS = quick(re.compile(r"微信|手机|电话|联系人|咨询|对接|扫码|租售|热线|QQ", re.I))
_SPAM_WORDS = quick(re.compile(r"无码|成人|av|色婷婷|福利|久久|视频|字幕|在线|彩票|博彩|娱乐城|棋牌|约炮|黄色", re.I))


def is_noise_line(line: str) -> bool:
    """True for lines that are page furniture rather than article text."""
    s = line.strip()
    if not s:
        return True
    if _IMAGE.search(s) or _META_LINE.match(s):
        return True
    short = len(s) <= 80
    # (cheap length tests first: most lines are long paragraphs that only the last checks can reject)
    if (short or not _SENTENCE_PUNCT.search(s)) and _FOOTER.search(s):
        return True
    if short and _COUNTERS.search(s):
        return True
    if is_disclaimer(s):
        return True
    if _PHONE.search(s) and (short or _CONTACT_WORDS.search(s)):
        return True
    if is_keyword_list(s):
        return True
    if _LONG_DIGITS.search(s) and _AD_WORDS.search(s):
        return True
    if short and len(set(_AD_WORDS.findall(s))) >= 2:
        return True
    # a short line holding a full date and no sentence punctuation is a byline
    if short and _DATE.search(s) and not _BYLINE_PUNCT.search(s):
        return True
    return False


_CONTACT_WORDS = re.compile(r"电话|手机|微信|热线|咨询|联系")
_LONG_DIGITS = re.compile(r"\d{7,}")
_BYLINE_PUNCT = re.compile(r"[。!?;、]")
_LIST_PUNCT = re.compile(r"[。!?;,、]")
_LIST_SEPARATORS = guarded(re.compile(r"[|｜/\s]+"))
_SPACES = re.compile(r"\s+")
_BLANKS = re.compile(r"[ \t]+")


def is_disclaimer(line: str) -> bool:
    """A copyright or reprint notice: a line opening with 免责声明/版权声明, or one of _DISCLAIMER_FIRST
    followed later on the same line by one of _DISCLAIMER_THEN (转载…请联系删除).  Found from the first end
    of a first word and the last start of a second one, in time linear in the line (a regex with .* between
    them retries from every first word: a line of 转载 repeated took seconds per 10,000 characters)."""
    if line.startswith(_DISCLAIMER_OPENS):
        return True
    for part in line.split("\n"):
        first = [part.find(w) + len(w) for w in _DISCLAIMER_FIRST if w in part]
        if first and min(first) <= max(part.rfind(w) for w in _DISCLAIMER_THEN):
            return True
    return False


def is_keyword_list(line: str) -> bool:
    """Navigation bars and spam lines: many short items separated by | or spaces, no sentence punctuation."""
    s = line.strip()
    if _LIST_PUNCT.search(s):
        return False
    items = [t for t in _LIST_SEPARATORS.split(s) if t]
    if s.count("|") >= 3 and _SPAM_WORDS.search(s):
        return True
    return len(items) >= 4 and sum(len(t) for t in items) / len(items) <= 10


def _cut_teasers(lines: list[str]) -> list[str]:
    """Drop a trailing "related articles" block: everything from its heading on, in the last part of the page."""
    total = sum(len(x) for x in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen >= total * 0.3 and _TEASER_HEAD.match(line.strip()):
            return lines[:i]
        seen += len(line)
    return lines


def _squash(s: str) -> str:
    """s without any whitespace (str.split's whitespace is re's \\s: 7× faster than _SPACES.sub)."""
    return "".join(s.split())


def drop_repeats(paragraphs: list[str], min_len: int = 10, contain_len: int = 20,
                 deadline: Deadline | None = None) -> list[str]:
    """Keep one copy of repeated text: a page that prints its body twice, a lead that a later line contains.

    Long paragraphs are dropped when seen before; short lines (speaker names, headings)
    only when they sit inside a repeated stretch, next to a dropped long paragraph.
    Linear in the text: neighbours come from one pass each way, containment from an n-gram index.
    """
    keys = [_squash(p).rstrip(".…") for p in paragraphs]
    seen: set[str] = set()
    dup = []
    for k in keys:
        dup.append(k in seen)
        seen.add(k)
    long_ = [len(k) >= min_len for k in keys]
    # whether the nearest long paragraph before (after) each one is a repeat
    dup_before, dup_after = [False] * len(keys), [False] * len(keys)
    last = False
    for i in range(len(keys)):
        dup_before[i] = last
        if long_[i]:
            last = dup[i]
    last = False
    for i in reversed(range(len(keys))):
        dup_after[i] = last
        if long_[i]:
            last = dup[i]
    contained = _contained_in_later(keys, contain_len, deadline)
    kept: list[str] = []
    for i, p in enumerate(paragraphs):
        if dup[i] and (long_[i] or dup_before[i] or dup_after[i]):
            continue
        if contained[i]:
            continue
        kept.append(p)
    return kept


_NONE: frozenset[int] = frozenset()
_GRAM = 10  # contain_len >= 2 * _GRAM: every placement of a key in a longer one shows an indexed gram


# a page this small is searched directly (one str.find over the keys after each one: several times faster than
# the index on a page of news, and bounded: at most SEARCH_KEYS² steps over SEARCH_CHARS characters)
SEARCH_KEYS, SEARCH_CHARS = 200, 50_000


def _contained_in_later(keys: list[str], min_len: int, deadline: Deadline | None = None) -> list[bool]:
    """For each key of min_len or more characters: is it inside a longer key further down? (Keys hold no
    newline: they are squashed.)"""
    if len(keys) <= SEARCH_KEYS and sum(map(len, keys)) + len(keys) <= SEARCH_CHARS:
        return _contained_by_search(keys, min_len)
    return _contained_by_index(keys, min_len, deadline)


def _contained_by_search(keys: list[str], min_len: int) -> list[bool]:
    """_contained_in_later by searching the later keys, joined by newlines, for each key."""
    text = "\n".join(keys)
    starts: list[int] = []
    pos = 0
    for k in keys:
        starts.append(pos)
        pos += len(k) + 1
    out = [False] * len(keys)
    for i, k in enumerate(keys[:-1]):
        n = len(k)
        if n < min_len:
            continue
        p = text.find(k, starts[i + 1])
        while p >= 0:
            h = bisect_right(starts, p) - 1  # the key holding the occurrence (no key spans a newline)
            if len(keys[h]) > n:
                out[i] = True
                break
            p = text.find(k, starts[h] + n + 1)  # keys[h] is k itself: on to the next key
    return out


def _contained_by_index(keys: list[str], min_len: int, deadline: Deadline | None = None) -> list[bool]:
    """_contained_in_later in time linear in the text, for long pages.

    Later keys' grams are indexed at every _GRAM-th position; a key inside one of them shares one of
    those grams at one of its first _GRAM offsets (all its grams from that offset on sit on indexed
    positions), so only the holders of its rarest gram at that offset are compared.
    """
    assert min_len >= 2 * _GRAM
    out = [False] * len(keys)
    index: dict[str, set[int]] = {}  # gram -> indexes of the distinct later keys holding it
    holding = index.get
    first_of: dict[str, int] = {}
    for i in reversed(range(len(keys))):
        if deadline is not None:
            deadline.check()
        k = keys[i]
        n = len(k)
        if n >= min_len:
            for j in range(_GRAM):  # k placed so that its gram at j sits on an indexed position
                rarest: set[int] | frozenset[int] | None = None
                for pos in range(j, n - _GRAM + 1, _GRAM):
                    holders = holding(k[pos:pos + _GRAM], _NONE)
                    if rarest is None or len(holders) < len(rarest):
                        rarest = holders
                        if not holders:
                            break
                if rarest and any(len(keys[h]) > n and k in keys[h] for h in rarest):
                    out[i] = True
                    break
        if k not in first_of:
            first_of[k] = i
            for pos in range(0, n - _GRAM + 1, _GRAM):
                index.setdefault(k[pos:pos + _GRAM], set()).add(i)
    return out


def _join_broken_lines(paragraphs: list[str]) -> list[str]:
    """Re-join a sentence that a page broke over lines: a line ending in , or 、 goes on in the next."""
    out: list[str] = []
    for p in paragraphs:
        if out and out[-1].endswith((",", "、")):
            out[-1] += p
        else:
            out.append(p)
    return out


def _drop_trailing_credits(paragraphs: list[str]) -> list[str]:
    """Short unpunctuated lines after the last real paragraph are credits and page tails."""
    end = len(paragraphs)
    while end > 1 and len(paragraphs[end - 1]) <= 15 and not re.search(r"[。!?;,]", paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


# ---------------------------------------------------------------- metadata

_NAME_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[、, ])+[\u4e00-\u9fff]{2,3}")  # a byline of authors
_TITLE_PREFIX = re.compile(r"^(正在阅读|原标题|标题)\s*[:]\s*")
_POST = re.compile(r"((?:党工委|管委会|党委|政府)[\u4e00-\u9fff、]{0,14}(?:书记|主任|镇长|区长|局长|县长|市长|主席))")


SITE_CLOCKS_CSV = Path(__file__).resolve().parent.parent / "data" / "site_clocks.csv"


@dataclass(frozen=True)
class SiteClock:
    """A row of data/site_clocks.csv: a header date that is the site's clock, not the article's byline."""

    pattern: re.Pattern[str]
    example: str
    date: str  # the date the example's header gives (its byline's)
    counterexample: str


def _site_clocks() -> tuple[SiteClock, ...]:
    with open(SITE_CLOCKS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(SiteClock(re.compile(r["pattern"], re.M), r["example"], r["date"], r["counterexample"])
                     for r in csv.DictReader(f))


SITE_CLOCKS = _site_clocks()


def _is_site_clock(line: str, following: list[str]) -> bool:
    """True when a dated header line is a site clock (data/site_clocks.csv), read with the next non-empty line."""
    nxt = next((x.strip() for x in following if x.strip()), "")
    context = f"{line}\n{nxt}"
    return any(c.pattern.search(context) for c in SITE_CLOCKS)


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def find_publish_date(lines: list[str]) -> str:
    """The publish date from byline lines (YYYY-MM-DD), or '' when the page states none.

    A site's clock above the headline (data/site_clocks.csv) yields to a later dated byline; alone it still dates
    the page."""
    clock = ""
    window = lines[:40]
    for i, line in enumerate(window):
        s = line.strip()
        if _BARE_YEAR.fullmatch(s):  # a date printed over short lines (2013 / 07/30 / 21:15: a site's layout)
            s = " ".join([s, *(x.strip() for x in window[i + 1:i + 3])])
        if len(s) > 120 or _TITLE_PUNCT.search(s):
            continue
        found = find_date(s)
        if found:
            y, mo, d = found
            if 1 <= mo <= 12 and 1 <= d <= 31:
                date = f"{y:04d}-{mo:02d}-{d:02d}"
                if clock or not _is_site_clock(s, window[i + 1:i + 4]):
                    return date
                clock = date
    return clock


def find_title(lines: list[str]) -> str:
    """The title: an explicit 原标题/正在阅读 line, else the line just before the byline, else the first line."""
    for line in lines[:40]:
        m = _TITLE_PREFIX.match(line.strip())
        if m and len(line.strip()) > m.end() + 3:
            return line.strip()[m.end():].strip()
    nonempty = [x.strip() for x in lines if x.strip()]
    for i, s in enumerate(nonempty[:40]):
        if len(s) <= 120 and _DATE.search(s) and not _TITLE_PUNCT.search(s):  # (a long line is never searched)
            for prev in reversed(nonempty[max(0, i - 3):i]):
                if (6 <= len(prev) <= 100 and not is_keyword_list(prev) and not _COUNTERS.search(prev)
                        and not _NAME_LIST.fullmatch(prev)):
                    return _TITLE_PREFIX.sub("", prev)
            break
    # the first three content lines are all it reads: found lazily, not by judging every line of the page
    content = list(islice((s for s in nonempty if not s.startswith(("▲", "△", "图")) and _has_hanzi(s, 4)
                           and not is_noise_line(s)), 3))
    for s in content:
        if 6 <= len(s) <= 60:
            return s
    if not content:
        return ""
    first = re.split(r"[。!?]", content[0])[0]
    return first if len(first) <= 40 else first[:40] + "…"


def _has_hanzi(s: str, n: int) -> bool:
    """True when s holds at least n Chinese characters."""
    found = 0
    for _ in _HANZI.finditer(s):
        found += 1
        if found >= n:
            return True
    return False


@lru_cache(maxsize=8)
def _field_pattern(names: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{names})\s*[:]\s*([^\s:()]{{1,30}})")


def _field(lines: list[str], names: str) -> str:
    pat = _field_pattern(names)
    for line in lines[:60] + lines[-30:]:
        for m in pat.finditer(line):
            if re.search(r"[\u4e00-\u9fff]", m.group(1)):
                return m.group(1)
    return ""


def find_interviewee(lines: list[str]) -> tuple[str, str]:
    """(name, post) of the person interviewed, where a post like 党工委副书记、主任 is followed by a name."""
    nonempty = [x.strip() for x in lines if x.strip()]
    for i, s in enumerate(nonempty[:80]):
        for m in _POST.finditer(s):
            post = m.group(1)
            rest = s[m.end():]
            if rest.startswith("、"):
                continue
            name_m = re.match(r"([\u4e00-\u9fff]{2,3})(?=[::,\s]|$)", rest)
            org = re.split(r"[】”:\s]", s[: m.start()])[-1]
            if name_m:
                return name_m.group(1), org + post
            if not rest and i + 1 < len(nonempty) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", nonempty[i + 1]):
                return nonempty[i + 1], org + post
    return "", ""


# ---------------------------------------------------------------- public entry points

def _after_title(lines: list[str], title: str) -> list[str]:
    """Drop the page header: everything up to the title's last appearance in the first part of the page."""
    key = _squash(title).rstrip("…")
    if len(key) < 4 or "。" in key or len(key) > 60:
        return lines  # a first sentence standing in for a missing title is body text
    limit = max(5, len(lines) // 3)
    last = -1
    for i, line in enumerate(lines[:limit]):
        sq = _squash(_TITLE_PREFIX.sub("", line))
        if sq == key or (len(sq) <= len(key) + 8 and key in sq):
            last = i
    if last < 0 or any(len(x) > 60 and re.search(r"[。!?;,]", x) for x in lines[:last]):
        return lines  # the "title" follows real paragraphs: it is not a page header
    return lines[last + 1:]


def clean_text(text: str, file: str = "<input>", *, html: bool | None = None, encoding: str = "",
               deadline: Deadline | None = None) -> Article:
    """Clean decoded article text (plain text or HTML) into an Article. Never raises on odd text (only
    the ArticleError of deadline, checked line by line, when reading takes longer than it allows)."""
    raw = text
    html_title = html_date = ""
    if html is None:
        html = _looks_like_html(text)
    if html:
        text, html_title, html_date = html_to_text(text)
    text = normalize_text(text)
    lines = [_BLANKS.sub(" ", x).strip() for x in text.split("\n")]
    title = normalize_text(html_title).strip() if html_title else find_title(lines)
    date = find_publish_date(lines)
    if not date and html_date:
        date = find_publish_date([html_date])
    source = _field(lines, "信息来源|来源")
    author = _field(lines, "作者|记者")
    interviewee, post = find_interviewee(lines)

    lines = _cut_teasers(lines)
    after = _after_title(lines, title)
    header = "\n".join(x for x in lines[: len(lines) - len(after)] if x and not is_noise_line(x))
    lines = after
    title_key = _squash(title) if "。" not in title else None
    kept = []
    for x in lines:
        if deadline is not None:
            deadline.check()
        if not is_noise_line(x) and _squash(x) != title_key:
            kept.append(x)
    paragraphs = bounded_paragraphs(_join_broken_lines(_drop_trailing_credits(drop_repeats(kept, deadline=deadline))))
    body = "\n".join(paragraphs)
    return Article(file=file, body=body, title=title, publish_date=date, source=source, author=author,
                   interviewee=interviewee, post=post, encoding=encoding, header=header, raw_text=raw,
                   paragraphs=paragraphs)


def parse_article(data: bytes, file: str, deadline: Deadline | None = None) -> Article:
    """Decode and clean one article's bytes. Raises ArticleError with a clear reason (deadline: the time
    limit of the article's reading, checked while it is cleaned)."""
    text, enc = decode_bytes(data, file)
    require_chinese(text, file)
    html = Path(file).suffix.lower() in (".html", ".htm") or None
    article = clean_text(text, file, html=html, encoding=enc, deadline=deadline)
    if not article.body.strip():
        raise ArticleError(file, "no article text left after removing page furniture")
    require_chinese(article.body, file)
    return article


MIN_HANZI = 4  # Chinese characters an article must hold (引进项目20个 has them)
_HANZI = re.compile(r"[\u4e00-\u9fff]")


def require_chinese(text: str, file: str) -> None:
    """Refuse a text with (almost) no Chinese: an English page or a table of numbers gives only junk
    figures."""
    n = 0
    for _ in _HANZI.finditer(text):
        n += 1
        if n >= MIN_HANZI:
            return
    raise ArticleError(file, f"no Chinese text (fewer than {MIN_HANZI} Chinese characters): devzone reads "
                                     "Chinese articles")


def _too_large(file: str, size: int) -> ArticleError:
    return ArticleError(file, f"file is {size:,} bytes, over the limit of {MAX_BYTES:,} bytes "
                              f"({MAX_BYTES // 1_000_000} MB) for one article")


def read_article_bytes(path: str | Path) -> bytes:
    """The bytes of one article file; refuses a missing path, a folder or an oversized file before reading."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(str(path), "no such file")
    if p.is_dir():
        raise ArticleError(str(path), "is a folder, not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(p.name, size)
        return p.read_bytes()
    except OSError as e:
        raise ArticleError(p.name, f"cannot read: {e.strerror or e}") from e


def load_article(path: str | Path, deadline: Deadline | None = None) -> Article:
    """Read and clean one article file (deadline: as for parse_article)."""
    return parse_article(read_article_bytes(path), Path(path).name, deadline)


_SENT_END = re.compile(r"[^。!?\n]*(?:[。!?]+[”」』\"]?|\n|$)")
MAX_SENTENCE = 500  # characters; real sentences stay under 300, a longer run is cut into pieces this long
MAX_PARAGRAPH = 2000  # characters; real paragraphs stay under 800, a longer line is cut at sentence ends
_PIECE_END = re.compile(r"[,;:、 ]")  # where a long sentence is best cut: after a clause or list separator


def bounded_pieces(text: str, limit: int) -> list[str]:
    """Cut text into pieces of at most limit characters, each after the last , ; : 、 or space in its
    window when there is one in its second half (else hard at the limit)."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = start + limit
        for m in _PIECE_END.finditer(text, start + limit // 2, start + limit):
            cut = m.end()
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


@lru_cache(maxsize=2)  # the article being read: industries and enterprises both go through its sentences
def body_sentences(body: str) -> tuple[str, ...]:
    """split_sentences(body), split once for the extractors that read a whole body."""
    return tuple(split_sentences(body))


def split_sentences(body: str) -> list[str]:
    """Split clean text into sentences at 。!? and line ends; empty pieces are dropped; a sentence over
    MAX_SENTENCE characters (a run with no full stop) comes as bounded pieces."""
    out = []
    for m in _SENT_END.finditer(body):
        s = m.group(0).strip()
        if len(s) > MAX_SENTENCE:
            out.extend(x for x in bounded_pieces(s, MAX_SENTENCE) if x.strip())
        elif s:
            out.append(s)
    return out


def bounded_paragraphs(paragraphs: list[str]) -> list[str]:
    """Paragraphs of at most MAX_PARAGRAPH characters: a longer one is cut after the last sentence end
    that fits (or into bounded pieces when no sentence end fits)."""
    out: list[str] = []
    for p in paragraphs:
        start = 0
        while len(p) - start > MAX_PARAGRAPH:
            end = start + MAX_PARAGRAPH
            cut = max(p.rfind(c, start, end) for c in "。!?") + 1
            if cut <= start:
                cut = start + len(bounded_pieces(p[start:end + 1], MAX_PARAGRAPH)[0])
            out.append(p[start:cut])
            start = cut
        out.append(p[start:])
    return out
