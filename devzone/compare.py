"""Compare zones by the industries they develop: presence matrix, Jaccard overlap (同质化), categories.

Pure pandas: every function takes the industries table (columns zone, industry and, when mapped,
canonical and category) and returns a DataFrame or a list.  No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def _with_canonical(industries: pd.DataFrame, zones: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows with a usable canonical name (falls back to the industry as written), filtered to zones."""
    df = industries.copy()
    if "canonical" not in df.columns:
        df["canonical"] = df["industry"]
    df["canonical"] = df["canonical"].where(df["canonical"].notna() & (df["canonical"].astype(str) != ""),
                                            df["industry"])
    if "category" not in df.columns:
        df["category"] = "其他"
    df["category"] = df["category"].fillna("其他")
    df = df[df["zone"].notna() & df["canonical"].notna()]
    if zones is not None:
        df = df[df["zone"].isin(list(zones))]
    return df


def zone_industries(industries: pd.DataFrame, zone: str) -> set[str]:
    """The set of canonical industries one zone develops."""
    df = _with_canonical(industries, [zone])
    return set(df["canonical"])


def zone_industry_matrix(industries: pd.DataFrame, zones: Iterable[str] | None = None,
                         binary: bool = True) -> pd.DataFrame:
    """Zone × canonical industry: 1/0 (binary) or the number of articles naming it."""
    df = _with_canonical(industries, zones)
    if df.empty:
        return pd.DataFrame(dtype=int)
    key = "file" if "file" in df.columns else "industry"
    m = df.pivot_table(index="zone", columns="canonical", values=key, aggfunc="nunique", fill_value=0)
    m = m.astype(int)
    if binary:
        m = (m > 0).astype(int)
    m.columns.name = None
    m.index.name = "zone"
    return m.reindex(sorted(m.columns), axis=1)


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 when both are empty."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def overlap_matrix(industries: pd.DataFrame, zones: Iterable[str] | None = None) -> pd.DataFrame:
    """Pairwise Jaccard similarity of zones' canonical industry sets (1.0 on the diagonal)."""
    df = _with_canonical(industries, zones)
    sets = {z: set(g["canonical"]) for z, g in df.groupby("zone")}
    names = sorted(sets)
    data = [[1.0 if a == b else jaccard(sets[a], sets[b]) for b in names] for a in names]
    return pd.DataFrame(data, index=pd.Index(names, name="zone"), columns=names)


def category_counts(industries: pd.DataFrame, zones: Iterable[str] | None = None) -> pd.DataFrame:
    """Zone × category: how many distinct canonical industries of each category a zone develops."""
    df = _with_canonical(industries, zones).drop_duplicates(["zone", "canonical"])
    if df.empty:
        return pd.DataFrame(dtype=int)
    m = pd.crosstab(df["zone"], df["category"])
    m.columns.name = None
    return m


def shared_industries(a: str | Iterable[str], b: str | Iterable[str],
                      industries: pd.DataFrame | None = None) -> list[str]:
    """Canonical industries two zones share, sorted.

    a and b are either zone names (then pass the industries table) or iterables of industry names.
    """
    if industries is not None:
        set_a, set_b = zone_industries(industries, a), zone_industries(industries, b)  # type: ignore[arg-type]
    else:
        set_a = {a} if isinstance(a, str) else set(a)
        set_b = {b} if isinstance(b, str) else set(b)
    return sorted(set_a & set_b)


def most_similar_pairs(industries: pd.DataFrame, zones: Iterable[str] | None = None,
                       top: int = 10) -> pd.DataFrame:
    """The zone pairs with the highest Jaccard overlap, with what they share (the 同质化 list)."""
    df = _with_canonical(industries, zones)
    sets = {z: set(g["canonical"]) for z, g in df.groupby("zone")}
    names = sorted(sets)
    rows = [{"zone_a": a, "zone_b": b, "jaccard": jaccard(sets[a], sets[b]),
             "shared": "、".join(sorted(sets[a] & sets[b]))}
            for i, a in enumerate(names) for b in names[i + 1:]]
    out = pd.DataFrame(rows, columns=["zone_a", "zone_b", "jaccard", "shared"])
    return out.sort_values("jaccard", ascending=False, kind="stable").head(top).reset_index(drop=True)
