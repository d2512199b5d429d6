"""Keyword tables per zone: TF-IDF top terms and terms distinctive of one zone against the others.

Pure functions over a DataFrame with columns zone and body (one row per article).  Words come from
the project tokenizer (devzone.lexicon.cut: jieba with zone, industry and company names kept whole);
data/keyword_stops.csv drops what is no keyword though it looks like one: counted things (四次, 十五届)
and the words of people's names (富国 of 富国权), each rule with an example where it fires and one where
it must not.
"""

from __future__ import annotations

import csv
import math
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
            and _TOKEN_OK.match(w) and not re.search(r"\d", w) and not any(p.search(w) for p in dropped)]


def zone_term_counts(documents: pd.DataFrame, by: str = "zone") -> dict[str, Counter]:
    """Term counts per group (zone), over all its articles' bodies (the slow part: tokenising)."""
    counts: dict[str, Counter] = {}
    for key, group in documents.groupby(by):
        c: Counter = Counter()
        for body in group["body"].fillna(""):
            c.update(tokenize(str(body)))
        counts[str(key)] = c
    return counts


def top_terms(documents: pd.DataFrame, by: str = "zone", k: int = 20) -> pd.DataFrame:
    """TF-IDF top k terms per zone, each zone's bodies taken as one document.

    Returns columns zone, term, count, tfidf, rank (1 = highest).  idf is smoothed
    (log((1+N)/(1+df)) + 1) so a term every zone uses still ranks by frequency.
    """
    return top_terms_from_counts(zone_term_counts(documents, by), by, k)


def top_terms_from_counts(counts: dict[str, Counter], by: str = "zone", k: int = 20) -> pd.DataFrame:
    """top_terms over term counts already made by zone_term_counts."""
    n = len(counts)
    df_ = Counter(t for c in counts.values() for t in c)
    rows = []
    for zone, c in counts.items():
        total = sum(c.values()) or 1
        scored = [(t, cnt, cnt / total * (math.log((1 + n) / (1 + df_[t])) + 1)) for t, cnt in c.items()]
        scored.sort(key=lambda x: (-x[2], -x[1], x[0]))
        rows += [{by: zone, "term": t, "count": cnt, "tfidf": round(s, 6), "rank": i + 1}
                 for i, (t, cnt, s) in enumerate(scored[:k])]
    return pd.DataFrame(rows, columns=[by, "term", "count", "tfidf", "rank"])


def distinctive_terms(documents: pd.DataFrame, by: str = "zone", k: int = 20, min_count: int = 2) -> pd.DataFrame:
    """Terms frequent in one zone relative to all other zones (smoothed log-odds ratio).

    Returns columns zone, term, count, other_count, score, rank.  A term needs at least
    min_count uses in the zone.
    """
    return distinctive_terms_from_counts(zone_term_counts(documents, by), by, k, min_count)


def distinctive_terms_from_counts(counts: dict[str, Counter], by: str = "zone", k: int = 20,
                                  min_count: int = 2) -> pd.DataFrame:
    """distinctive_terms over term counts already made by zone_term_counts."""
    overall: Counter = Counter()
    for c in counts.values():
        overall.update(c)
    vocab = len(overall) or 1
    grand = sum(overall.values())
    rows = []
    for zone, c in counts.items():
        total = sum(c.values())
        rest_total = grand - total
        scored = []
        for t, cnt in c.items():
            if cnt < min_count:
                continue
            other = overall[t] - cnt
            p_in = (cnt + 1) / (total + vocab)
            p_out = (other + 1) / (rest_total + vocab)
            scored.append((t, cnt, other, math.log(p_in / p_out)))
        scored.sort(key=lambda x: (-x[3], -x[1], x[0]))
        rows += [{by: zone, "term": t, "count": cnt, "other_count": o, "score": round(s, 6), "rank": i + 1}
                 for i, (t, cnt, o, s) in enumerate(scored[:k])]
    return pd.DataFrame(rows, columns=[by, "term", "count", "other_count", "score", "rank"])
