"""The content words of an article, counted: what the keyword tables rank.

Words come from the project tokenizer (devzone.lexicon.cut: jieba with zone, industry and company names kept
whole); data/keyword_stops.csv drops what is no keyword though it looks like one: words of grammar and of the
genre, which every zone's articles use (以及, 发展, 项目, 推进, 百分点, 高新区, 全市, 签约), counted things (四次, 十五届)
and the words of people's names (富国 of 富国权), each rule with its reason, an example where it fires and one
where it must not. Each article's counts are kept in the store when it is stored (table `terms`), so the dashboard
ranks keywords with one SQL aggregation instead of tokenising thousands of articles on a page view.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from devzone.keywords import StopRule, stop_rules
from devzone.lexicon import cut

_TOKEN_OK = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]*$")
_DIGIT = re.compile(r"\d")


def _without_names(text: str, rules: tuple[StopRule, ...]) -> str:
    """The text with every person's name the text rules find taken out wherever it occurs in it."""
    names = {m.group("name") for r in rules if r.scope == "text" for m in r.pattern.finditer(text)}
    if not names:
        return text
    return re.sub("|".join(map(re.escape, sorted(names, key=len, reverse=True))), ",", text)


def tokenize(text: str, rules: tuple[StopRule, ...] | None = None) -> list[str]:
    """Content words of text: no numbers, punctuation, single characters, words of grammar or the genre, counted
    things or people's names (rules: data/keyword_stops.csv unless given)."""
    rules = stop_rules() if rules is None else rules
    dropped = [r.pattern for r in rules if r.scope == "term"]
    return [w for w in cut(_without_names(text or "", rules)) if len(w) > 1
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
