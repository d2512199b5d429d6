"""The content words of an article, counted: what the keyword tables rank.

Words come from the project tokenizer (devzone.lexicon.cut: jieba with zone, industry and company names kept
whole); data/keyword_stops.csv drops what is no keyword though it looks like one: counted things (四次, 十五届)
and the words of people's names (富国 of 富国权), each rule with an example where it fires and one where it
must not. Each article's counts are kept in the store when it is stored (table `terms`), so the dashboard
ranks keywords with one SQL aggregation instead of tokenising thousands of articles on a page view.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from devzone.lexicon import cut

# Function words and the genre's boilerplate, which every zone article uses.
STOPWORDS = frozenset("""
的 了 和 与 及 以及 或 等 在 是 为 对 把 将 被 从 向 到 于 由 以 而 并 也 都 就 还 又 更 最 很 不 没有 有 这 那 其 此
该 各 每 我们 他们 你们 我 你 他 她 它 自己 一个 一批 一些 这些 那些 今年 去年 明年 全年 今后 目前 当前 近年来
年 月 日 个 家 项 名 亿元 万元 亿 万 同比 增长 实现 完成 开展 推进 推动 加快 加强 进一步 全面 积极 大力
着力 持续 深入 不断 坚持 继续 切实 重点 主要 相关 工作 方面 问题 表示 介绍 记者 通过 进行 作为 成为 已经
一是 二是 三是 四是 五是 发展 建设 开发区 园区 目标 任务 主持人 一把手 作用 会议 项目 企业 同时 其中 以上 以下 左右 之一 如何 什么 可以 能够 需要 要 会 能 将会 正在
""".split())
_TOKEN_OK = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]*$")
_DIGIT = re.compile(r"\d")


KEYWORD_STOPS_CSV = Path(__file__).resolve().parent.parent / "data" / "keyword_stops.csv"


@dataclass(frozen=True)
class StopRule:
    """One row of data/keyword_stops.csv. scope "term": a word matching pattern is dropped; scope "text":
    each match's group "name" (a person's name) is removed from the whole article before it is cut."""
    rule: str
    scope: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def stop_rules() -> tuple[StopRule, ...]:
    with open(KEYWORD_STOPS_CSV, encoding="utf-8", newline="") as f:
        return tuple(StopRule(r["rule"], r["scope"], re.compile(r["pattern"])) for r in csv.DictReader(f))


def _without_names(text: str, rules: tuple[StopRule, ...]) -> str:
    """The text with every person's name the text rules find taken out wherever it occurs in it."""
    names = {m.group("name") for r in rules if r.scope == "text" for m in r.pattern.finditer(text)}
    if not names:
        return text
    return re.sub("|".join(map(re.escape, sorted(names, key=len, reverse=True))), ",", text)


def tokenize(text: str, stopwords: frozenset[str] = STOPWORDS, rules: tuple[StopRule, ...] | None = None) -> list[str]:
    """Content words of text: no stopwords, numbers, punctuation, single characters, counted things or
    people's names (rules: data/keyword_stops.csv unless given)."""
    rules = stop_rules() if rules is None else rules
    dropped = [r.pattern for r in rules if r.scope == "term"]
    return [w for w in cut(_without_names(text or "", rules)) if len(w) > 1 and w not in stopwords
            and _TOKEN_OK.match(w) and not _DIGIT.search(w) and not any(p.search(w) for p in dropped)]


def term_counts(text: str) -> Counter:
    """How often each content word occurs in one article."""
    return Counter(tokenize(text))


def zone_term_counts(documents: pd.DataFrame, by: str = "zone") -> pd.DataFrame:
    """Term counts per group (zone) over its articles' bodies: columns by, term, count (one row per group and
    term). The same table the store gives from the counts kept at ingest (Store.zone_term_counts)."""
    rows = []
    for key, group in documents.groupby(by):
        c: Counter = Counter()
        for body in group["body"].fillna(""):
            c.update(tokenize(str(body)))
        rows += [(str(key), term, n) for term, n in c.items()]
    return pd.DataFrame(rows, columns=[by, "term", "count"])
