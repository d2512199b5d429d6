"""Keyword tables per zone: TF-IDF top terms and terms distinctive of one zone against the others.

Pure functions over a table of term counts per zone (columns zone, term, count: one row per zone and term),
as `Store.zone_term_counts` aggregates it from the counts kept at ingest, or `terms.zone_term_counts` makes
it from article bodies. Vectorised: at 10,000 articles the table holds hundreds of thousands of rows.
The stop rules (data/keyword_stops.csv: words of grammar and of the genre, counted things, people's names) are
read here, so the dashboard drops a word a rule added since its articles were counted without loading jieba.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

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
    """The rows of data/keyword_stops.csv."""
    with open(KEYWORD_STOPS_CSV, encoding="utf-8", newline="") as f:
        return tuple(StopRule(r["rule"], r["scope"], re.compile(r["pattern"])) for r in csv.DictReader(f))


def stop_term_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of the rules that drop a word (scope "term"), to drop the words of counts kept before a rule
    was added (without_stop_terms)."""
    return tuple(r.pattern for r in stop_rules() if r.scope == "term")


def _ranked(df: pd.DataFrame, by: str, score: str, k: int) -> pd.DataFrame:
    """The k rows of each group with the highest score (ties: the higher count, then the term), ranked 1…k."""
    df = df.sort_values([by, score, "count", "term"], ascending=[True, False, False, True], kind="stable")
    df = df.assign(rank=df.groupby(by).cumcount() + 1)
    return df[df["rank"] <= k].reset_index(drop=True)


def without_own_names(counts: pd.DataFrame, names: Mapping[str, Iterable[str]], by: str = "zone") -> pd.DataFrame:
    """The counts without each group's terms that are part of one of its own names (`names`: group -> the
    names it goes by; the group's own value always counts): a zone's name says nothing about the zone, and the
    tokenizer cuts a name it does not know into pieces (张江长三角科技城平湖园 -> 张江 / 江长三角科技城平湖园)."""
    if counts.empty:
        return counts
    own = {g: {str(n) for n in (g, *names.get(g, ())) if n} for g in counts[by].unique()}
    pairs = counts[[by, "term"]].drop_duplicates()
    dropped = {(g, w) for g, w in zip(pairs[by], pairs["term"], strict=True)
               if any(str(w) in n for n in own.get(g, ()))}
    if not dropped:
        return counts
    keep = [(g, w) not in dropped for g, w in zip(counts[by], counts["term"], strict=True)]
    return counts[keep].reset_index(drop=True)


def without_stop_terms(counts: pd.DataFrame, patterns: Iterable[re.Pattern[str]]) -> pd.DataFrame:
    """The counts without the terms a pattern matches (data/keyword_stops.csv's term rules, devzone.terms): the
    store keeps each article's counts from when it was stored, so a stop word added since is dropped here."""
    patterns = tuple(patterns)
    if counts.empty or not patterns:
        return counts
    terms = counts["term"].astype(str)
    stopped = {w for w in terms.unique() if any(p.search(w) for p in patterns)}  # per term, not per row
    return counts[~terms.isin(stopped)].reset_index(drop=True) if stopped else counts


def top_terms(counts: pd.DataFrame, by: str = "zone", k: int = 20) -> pd.DataFrame:
    """TF-IDF top k terms per zone, each zone's articles taken as one document.

    Returns columns zone, term, count, tfidf, rank (1 = highest).  idf is smoothed
    (log((1+N)/(1+df)) + 1) so a term every zone uses still ranks by frequency.
    """
    cols = [by, "term", "count", "tfidf", "rank"]
    if counts.empty:
        return pd.DataFrame(columns=cols)
    df = counts[[by, "term", "count"]]
    n = df[by].nunique()
    zones_with = df.groupby("term")[by].transform("size")
    total = df.groupby(by)["count"].transform("sum").clip(lower=1)
    df = df.assign(tfidf=df["count"] / total * (np.log((1 + n) / (1 + zones_with)) + 1))
    out = _ranked(df, by, "tfidf", k)
    return out.assign(tfidf=out["tfidf"].round(6))[cols]


def distinctive_terms(counts: pd.DataFrame, by: str = "zone", k: int = 20, min_count: int = 2) -> pd.DataFrame:
    """Terms frequent in one zone relative to all other zones (smoothed log-odds ratio).

    Returns columns zone, term, count, other_count, score, rank.  A term needs at least
    min_count uses in the zone.
    """
    cols = [by, "term", "count", "other_count", "score", "rank"]
    if counts.empty:
        return pd.DataFrame(columns=cols)
    df = counts[[by, "term", "count"]]
    overall = df.groupby("term")["count"].transform("sum")
    vocab = df["term"].nunique() or 1
    grand = df["count"].sum()
    total = df.groupby(by)["count"].transform("sum")
    df = df.assign(other_count=overall - df["count"], total=total)
    df = df[df["count"] >= min_count]
    p_in = (df["count"] + 1) / (df["total"] + vocab)
    p_out = (df["other_count"] + 1) / (grand - df["total"] + vocab)
    out = _ranked(df.assign(score=np.log(p_in / p_out)), by, "score", k)
    return out.assign(score=out["score"].round(6))[cols]
