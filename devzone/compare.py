"""Compare zones: figures by canonical indicator, targets against achievements, industry overlap (同质化).

Pure pandas: every function takes store tables (targets: zone, kind, value, unit, value_norm, unit_norm,
year and, once extracted, indicator, measure, period; industries: zone, industry and, when mapped,
canonical and category; enterprises: zone, name, investment, investment_unit) and returns a DataFrame
or a list.  No Streamlit here; labels for people are the UI's job.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from devzone.indicators import fold, load_indicators
from devzone.units import format_number, load_units


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


# ------------------------------------------------------------------ figures by canonical indicator

UNMAPPED = "unmapped"
TARGET, ACHIEVEMENT = "target", "achievement"
# Measures a target is reached by a share of (half the amount is half the way); a rate or a rank is met or not.
SHARE_MEASURES = ("amount", "count")
_MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
_COMPARATOR_SIGNS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": ""}
# Months of the year a period covers, to order a year's figures (全年 after 1-9月 after 上半年).
_PERIOD_MONTHS = {"全年": 12, "年度": 12, "下半年": 12, "四季度": 12, "第四季度": 12, "前三季度": 9, "三季度": 9,
                  "第三季度": 9, "上半年": 6, "二季度": 6, "第二季度": 6, "一季度": 3, "第一季度": 3}
_LAST_MONTH = re.compile(r"(\d{1,2})\s*月(?:底|末|份)?$")


def _text_col(series: pd.Series) -> pd.Series:
    """A column as plain text (pandas strings, not Python objects: 25x faster at 100,000s of rows),
    missing values as ''."""
    return series.astype("string").fillna("").str.strip()


def _year_text(series: pd.Series) -> pd.Series:
    """Years as text ('2023'), whatever the column held (2023, 2023.0, '2023', NaN)."""
    years = pd.to_numeric(series, errors="coerce").astype("Int64")
    return years.astype("string").fillna("")


def unit_factor(unit: str) -> tuple[str, float] | None:
    """(base unit, factor to it) of a stated unit, 万/亿/万亿 prefixes included (亿元 → ('元', 1e8))."""
    units = load_units()
    if unit in units:
        return units[unit].base, units[unit].factor
    for prefix, mult in _MULTIPLIERS:
        rest = unit[len(prefix):]
        if unit.startswith(prefix) and rest in units:
            return units[rest].base, units[rest].factor * mult
    return None


def period_months(period: str) -> int:
    """How many months of its year a period covers (全年 12, 1-9月 9, 上半年 6); unstated counts as a year."""
    period = (period or "").strip()
    if not period:
        return 12
    if period in _PERIOD_MONTHS:
        return _PERIOD_MONTHS[period]
    m = _LAST_MONTH.search(period)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else 12


def format_figure(value: float, unit: str, comparator: str = "", year: str = "", period: str = "") -> str:
    """One figure as a reader writes it: '≥100亿元 (2023 全年)'."""
    if value is None or pd.isna(value):
        return ""
    when = " ".join(x for x in (str(year or ""), str(period or "")) if x)
    sign = _COMPARATOR_SIGNS.get(str(comparator or ""), "")
    return f"{sign}{format_number(round(float(value), 4))}{unit}" + (f" ({when})" if when else "")


def with_indicators(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets table with the columns the comparisons read, present and typed: indicator (missing or
    empty → UNMAPPED, i.e. before the extractor maps indicators every figure is unmapped), measure,
    period, publish_date and year as text, value and value_norm as numbers."""
    df = targets.copy()
    for col in ("zone", "kind", "metric", "unit", "unit_norm", "comparator", "indicator", "measure", "period",
                "publish_date", "file", "fact_id", "sentence"):
        df[col] = _text_col(df[col]) if col in df.columns else ""
    df["indicator"] = df["indicator"].where(df["indicator"] != "", UNMAPPED)
    df["year"] = _year_text(df["year"]) if "year" in df.columns else ""
    for col in ("value", "value_norm"):
        df[col] = pd.to_numeric(df[col], errors="coerce") if col in df.columns else float("nan")
    # a figure whose unit has no base (a rare unit) is its own base
    df["unit_norm"] = df["unit_norm"].where(df["unit_norm"] != "", df["unit"])
    df["value_norm"] = df["value_norm"].where(df["value_norm"].notna(), df["value"])
    return df


def unmapped_figures(targets: pd.DataFrame) -> pd.DataFrame:
    """Figures without a canonical indicator: listed for a reader, never summed or charted together."""
    df = with_indicators(targets)
    cols = ["zone", "kind", "metric", "value", "unit", "comparator", "year", "period", "sentence", "file"]
    return df.loc[df["indicator"] == UNMAPPED, cols].reset_index(drop=True)


def _display_unit(group: pd.DataFrame) -> str:
    """The unit a panel is drawn in: the stated unit its figures use most (ties: the larger unit)."""
    counts = group["unit"][group["unit"] != ""].value_counts()
    if counts.empty:
        return group["unit_norm"].iloc[0]
    best = counts[counts == counts.max()].index
    return max(best, key=lambda u: (unit_factor(u) or ("", 1.0))[1])


def indicator_figures(targets: pd.DataFrame, indicators: Iterable[str] | None = None) -> pd.DataFrame:
    """Mapped figures, each with its panel (indicator × measure × base unit, so an amount never shares an
    axis with a growth rate) and its value in the panel's display unit (`unit`, e.g. 亿元); the stated
    value and unit stay in `value_stated` / `unit_stated`."""
    df = with_indicators(targets)
    df = df[(df["indicator"] != UNMAPPED) & df["value_norm"].notna() & (df["zone"] != "")]
    if indicators is not None:
        df = df[df["indicator"].isin(set(indicators))]
    cols = ["zone", "kind", "indicator", "measure", "unit", "value", "comparator", "year", "period", "metric",
            "value_stated", "unit_stated", "unit_norm", "publish_date", "file", "fact_id", "sentence"]
    if "n" in df.columns:  # figures that stand for several (Store.latest_figures)
        cols.append("n")
    if df.empty:
        return pd.DataFrame(columns=cols)
    parts = []
    for _, g in df.groupby(["indicator", "measure", "unit_norm"], sort=True):
        unit = _display_unit(g)
        base = unit_factor(unit)
        if base and base[0] == g["unit_norm"].iloc[0]:
            value = g["value_norm"] / base[1]
        else:  # a unit the units table lacks: only figures stated in it can be drawn
            value = g["value"].where(g["unit"] == unit)
        parts.append(g.assign(value_stated=g["value"], unit_stated=g["unit"], unit=unit, value=value))
    out = pd.concat(parts, ignore_index=True)
    return out.loc[out["value"].notna(), cols].reset_index(drop=True)


def _latest_first(df: pd.DataFrame) -> pd.DataFrame:
    """Figures ordered latest first: year, then the longer period of it, then the later article; ties: the
    larger value (a repeated statement counts once)."""
    months = {p: period_months(p) for p in df["period"].unique()}  # a few distinct periods, many figures
    order = df.assign(_year=pd.to_numeric(df["year"], errors="coerce").fillna(-1),
                      _months=df["period"].map(months), _date=df["publish_date"])
    order = order.sort_values(["_year", "_months", "_date", "value"], ascending=False, kind="stable")
    return order.drop(columns=["_year", "_months", "_date"])


def latest_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """One figure per panel × zone × kind: the latest (see _latest_first), with `n`, the figures behind it.
    Figures that already stand for several (a column `n`, as Store.latest_figures gives them) count as many."""
    keys = ["indicator", "measure", "unit", "zone", "kind"]
    if figures.empty:
        return figures.assign(n=pd.Series(dtype=int))
    if "n" in figures.columns:
        n = figures.groupby(keys)["n"].sum().reset_index()
        figures = figures.drop(columns=["n"])
    else:
        n = figures.groupby(keys).size().rename("n").reset_index()
    latest = _latest_first(figures).drop_duplicates(keys)
    return latest.merge(n, on=keys).sort_values(keys).reset_index(drop=True)


def indicator_cells(targets: pd.DataFrame, indicators: Iterable[str] | None = None) -> pd.DataFrame:
    """Zone × panel (indicator, measure, unit): the latest target (value, comparator, year, period) beside
    the latest achievement (value, year, period), and each as text ('≥100亿元 (2023 全年)')."""
    latest = latest_figures(indicator_figures(targets, indicators))
    keys = ["zone", "indicator", "measure", "unit"]
    cols = [*keys, "target", "comparator", "target_year", "target_period", "achievement", "achievement_year",
            "achievement_period", "target_text", "achievement_text"]
    if latest.empty:
        return pd.DataFrame(columns=cols)
    sides = []
    for kind in (TARGET, ACHIEVEMENT):
        side = latest[latest["kind"] == kind]
        side = side.assign(text=[format_figure(v, u, c if kind == TARGET else "", y, p) for v, u, c, y, p in zip(
            side["value"], side["unit"], side["comparator"], side["year"], side["period"], strict=True)])
        side = side[[*keys, "value", "comparator", "year", "period", "text"]].rename(columns={
            "value": kind, "comparator": f"{kind}_comparator", "year": f"{kind}_year",
            "period": f"{kind}_period", "text": f"{kind}_text"})
        sides.append(side)
    out = sides[0].merge(sides[1], on=keys, how="outer").rename(columns={"target_comparator": "comparator"})
    for col in cols:
        if col not in out.columns:
            out[col] = ""
    text_cols = [c for c in cols if c not in (TARGET, ACHIEVEMENT)]
    # cast first: a column that the outer merge left all-float (no row on one side) cannot take "" in pandas 4
    out[text_cols] = out[text_cols].astype(object).fillna("")
    return out[cols].sort_values(keys).reset_index(drop=True)


def indicator_matrix(cells: pd.DataFrame, column_label, target_word: str = "目标",
                     achievement_word: str = "完成") -> pd.DataFrame:
    """The cells pivoted: one row per zone, one column per panel (named by column_label(indicator, measure,
    unit)), each cell 'target_word …; achievement_word …'."""
    if cells.empty:
        return pd.DataFrame(columns=["zone"])
    text = [
        "; ".join(x for x in (f"{target_word} {t}" if t else "", f"{achievement_word} {a}" if a else "") if x)
        for t, a in zip(cells["target_text"], cells["achievement_text"], strict=True)]
    labels = [column_label(i, m, u) for i, m, u in zip(cells["indicator"], cells["measure"], cells["unit"],
                                                       strict=True)]
    wide = pd.DataFrame({"zone": cells["zone"], "column": labels, "text": text}).pivot_table(
        index="zone", columns="column", values="text", aggfunc="first", fill_value="", sort=False)
    wide.columns.name = None
    return wide.reset_index()


# ------------------------------------------------------------------ targets against achievements

def _texts(values, units, comparators, periods, years=None) -> list[str]:
    """format_figure(value, unit, comparator, year, period) over whole columns, vectorised (each distinct
    number printed once): a loop over 300,000 figures took seconds."""
    def text(values) -> pd.Series:  # pandas strings: concatenated in Arrow, not one Python object at a time
        if isinstance(values, pd.Series) and isinstance(values.dtype, pd.StringDtype):
            return values.reset_index(drop=True).fillna("")  # already Arrow text: no round trip through objects
        values = values.to_numpy() if hasattr(values, "to_numpy") else list(values)
        return pd.Series(values, dtype="str").fillna("")

    v = pd.to_numeric(pd.Series(values.to_numpy() if hasattr(values, "to_numpy") else list(values)),
                      errors="coerce").round(4)
    numbers = pd.Series(v.map({x: format_number(float(x)) for x in v.dropna().unique()}), dtype="str").fillna("")
    comparators = text(comparators)
    signs = pd.Series(comparators.map({c: _COMPARATOR_SIGNS.get(c, "") for c in comparators.unique()}), dtype="str")
    periods = text(periods) if years is None else (text(years) + " " + text(periods)).str.strip()
    when = (" (" + periods + ")").where(periods != "", "")
    return (signs + numbers + text(units) + when).where(v.notna(), "").tolist()


# the columns progress reads (Store.latest_figures(columns=...) fetches only these: a sentence per figure cost
# a third of the query)
PROGRESS_READS = ("zone", "kind", "indicator", "measure", "year", "period", "value", "value_norm", "unit",
                   "unit_norm", "comparator", "metric", "file", "publish_date", "n")


def progress(targets: pd.DataFrame) -> pd.DataFrame:
    """Each mapped target with a year beside the latest achievement of the same zone, indicator, measure,
    year and base unit reported in any article (the longest part of the year, then the latest article;
    `achievements_n` counts the reports); `share` = achievement / target where both are amounts or counts,
    `met` whether the achievement reaches the target (a rank is met from below), and each side as text
    (`target_text` '≥100亿元 (全年)', `achievement_text` '56亿元 (上半年)'). A report counts only where it
    is the same figure: about the whole zone (whole_zone: no project, enterprise or phase) and of the same
    metric (same_metric); a project's target stays listed, without a result.

    A join on the keys, one achievement per target: matching every target with every report multiplied
    the rows (6 million pairs at 10,000 articles). Values are in the target's stated unit. A repeated
    statement (same figure in two articles) counts once. Rows already reduced by Store.latest_figures
    (a column `n`) count as `n` reports.
    """
    df = _progress_rows(targets)
    tg = _latest_first(df[df["kind"] == TARGET]).drop_duplicates(list(PROGRESS_TARGET_KEYS))
    # only a report about the whole zone counts, chosen before the latest: a project batch must not stand in
    ach = _latest_first(df[(df["kind"] == ACHIEVEMENT) & (df["year"] != "") & whole_zone(df)])
    reports = ach["n"] if "n" in ach.columns else pd.Series(1, index=ach.index)
    ach = ach.assign(n=reports.groupby([ach[k] for k in PROGRESS_REPORT_KEYS]).transform("sum"))
    return _pairs(tg, ach.drop_duplicates(list(PROGRESS_REPORT_KEYS)))  # the latest report of each


# The groups compare.progress reduces figures to (Store.latest_figures makes the same in SQL): every
# distinct target, and the latest report of each zone × indicator × measure × year × base unit.
PROGRESS_TARGET_KEYS = ("zone", "indicator", "measure", "year", "period", "value_norm", "unit_norm")
PROGRESS_REPORT_KEYS = ("zone", "indicator", "measure", "year", "unit_norm")


PROGRESS_SCOPES_CSV = Path(__file__).resolve().parent.parent / "data" / "progress_scopes.csv"


@dataclass(frozen=True)
class PartScope:
    """A row of data/progress_scopes.csv: a figure whose metric or indicator the pattern finds is about part
    of a zone (projects, one enterprise, a phase), not its total, so it is no progress towards a target."""

    cue: str
    pattern: str
    positive: str
    negative: str
    source: str


@lru_cache(maxsize=1)
def load_part_scopes() -> tuple[PartScope, ...]:
    """The rows of data/progress_scopes.csv, in file order."""
    with open(PROGRESS_SCOPES_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(PartScope(**row) for row in csv.DictReader(f))


def part_scope_pattern() -> str:
    """One regular expression of every part-scope cue (plain alternations: Python and DuckDB read it alike)."""
    return "|".join(f"(?:{row.pattern})" for row in load_part_scopes())


def whole_zone(figures: pd.DataFrame) -> pd.Series:
    """Whether each figure is about its zone as a whole: neither its metric nor its indicator names a part
    (a project, an enterprise, a phase; data/progress_scopes.csv)."""
    pattern = part_scope_pattern()
    named = pd.Series(False, index=figures.index)
    for col in ("metric", "indicator"):
        if col in figures.columns:
            named |= _text_col(figures[col]).str.contains(pattern, regex=True)
    return ~named


# how much of the shorter metric's wording (pairs of characters) the other must share to name the same figure:
# 工业总产值年任务 / 工业总产值 share all, 内资企业 / 新入驻企业 a third (另一个数: 842 vs 36家)
SAME_METRIC_SHARE = 0.5
_SYNONYM_SIGN = "\u00a7"  # what an indicator's synonym reads as when two wordings are compared (§)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def _wording_shared(a: str, b: str) -> float:
    """The share of the shorter wording's character pairs the other holds."""
    a_pairs, b_pairs = _bigrams(a), _bigrams(b)
    if len(a_pairs) > len(b_pairs):
        a_pairs, b_pairs = b_pairs, a_pairs
    return len(a_pairs & b_pairs) / len(a_pairs)


@lru_cache(maxsize=1)
def _indicator_wordings() -> dict[str, re.Pattern[str]]:
    """Per indicator, its written synonyms (longest first) as one pattern: GDP and 地区生产总值 read alike."""
    return {ind.name: re.compile("|".join(re.escape(w) for w in sorted(ind.synonyms, key=len, reverse=True)
                                          if "*" not in w))
            for ind in load_indicators() if any("*" not in w for w in ind.synonyms)}


def same_metric(indicator: str, target_metric: str, report_metric: str) -> bool:
    """Whether a target's and a report's metrics name the same figure: they share at least SAME_METRIC_SHARE of
    the shorter one's wording, as written or with the indicator's synonyms read as one (GDP增长率 and
    地区生产总值增长率 do; 新一代信息技术产业产值 and 新能源汽车产值, 内资企业 and 新入驻企业 do not)."""
    a, b = fold(target_metric or ""), fold(report_metric or "")
    if not a or not b or _wording_shared(a, b) >= SAME_METRIC_SHARE:
        return True
    wording = _indicator_wordings().get(indicator)
    if wording is None:
        return False
    # each synonym read as one sign: a short one (企业) must not make two qualifiers (内资, 新入驻) look alike
    return _wording_shared(wording.sub(_SYNONYM_SIGN, a), wording.sub(_SYNONYM_SIGN, b)) >= SAME_METRIC_SHARE


def _progress_rows(targets: pd.DataFrame) -> pd.DataFrame:
    """The mapped figures, typed, with only the columns progress reads (every filter and sort copies each
    column, and a sentence is long)."""
    df = with_indicators(targets[[c for c in PROGRESS_READS if c in targets.columns]])
    return df[(df["indicator"] != UNMAPPED) & (df["zone"] != "") & df["value_norm"].notna()]


def progress_pairs(targets: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """progress() of figures already reduced to its groups (Store.latest_figures with PROGRESS_TARGET_KEYS
    for the targets, PROGRESS_REPORT_KEYS for the achievements, `n` the reports behind each): the join
    alone, without sorting and de-duplicating hundreds of thousands of figures again."""
    tg, ach = _progress_rows(targets), _progress_rows(reports)
    return _pairs(tg[tg["kind"] == TARGET], ach[(ach["kind"] == ACHIEVEMENT) & (ach["year"] != "") & whole_zone(ach)])


def _pairs(tg: pd.DataFrame, ach: pd.DataFrame) -> pd.DataFrame:
    """Each target (one row per PROGRESS_TARGET_KEYS) beside the report of its PROGRESS_REPORT_KEYS (one row
    each, `n` reports behind it): share, met and both sides as text."""
    keys = ["zone", "indicator", "measure", "year"]
    cols = [*keys, "target", "comparator", "unit", "target_period", "target_metric", "target_file",
            "achievement", "achievement_period", "achievement_metric", "achievement_file", "achievement_date",
            "share", "met"]
    if tg.empty:
        return pd.DataFrame(columns=[*cols, "achievements_n", "target_text", "achievement_text"])
    n = ach["n"] if "n" in ach.columns else pd.Series(1, index=ach.index)
    ach = ach.assign(achievements_n=n)
    tg = tg.rename(columns={"value": "target", "period": "target_period", "metric": "target_metric",
                            "file": "target_file", "value_norm": "target_norm"})
    ach = ach.rename(columns={"period": "achievement_period", "metric": "achievement_metric",
                              "file": "achievement_file", "publish_date": "achievement_date",
                              "value_norm": "achievement_norm", "unit_norm": "achievement_unit_norm"})
    ach = ach[[*keys, "achievement_norm", "achievement_unit_norm", "achievement_period", "achievement_metric",
               "achievement_file", "achievement_date", "achievements_n"]]
    # a figure of another base unit is not progress towards the target
    matched = tg.merge(ach, left_on=[*keys, "unit_norm"], right_on=[*keys, "achievement_unit_norm"], how="left")
    # the report of another figure under the same indicator (内资企业 beside 新入驻企业) is no report of this one,
    # nor is any report of a project's or an enterprise's target (it stays listed, without a result)
    reported = matched["achievement_norm"].notna()
    other = pd.Series([not same_metric(i, t, r) for i, t, r in zip(
        matched.loc[reported, "indicator"], matched.loc[reported, "target_metric"],
        matched.loc[reported, "achievement_metric"], strict=True)], index=matched.index[reported], dtype=bool)
    other = other.reindex(matched.index, fill_value=False)
    other |= ~whole_zone(matched[["indicator", "target_metric"]].rename(columns={"target_metric": "metric"}))
    report_cols = ["achievement_norm", "achievement_period", "achievement_metric", "achievement_file",
                   "achievement_date", "achievements_n"]
    matched[report_cols] = matched[report_cols].astype(object).where(~other, None)
    matched["achievement_norm"] = pd.to_numeric(matched["achievement_norm"], errors="coerce")
    matched["achievements_n"] = pd.to_numeric(matched["achievements_n"]).fillna(0).astype(int)
    factor = matched["target_norm"] / matched["target"].where(matched["target"] != 0)
    matched["achievement"] = matched["achievement_norm"] / factor
    ratio = matched["achievement_norm"] / matched["target_norm"].where(matched["target_norm"] != 0)
    matched["share"] = ratio.where(matched["measure"].isin(SHARE_MEASURES))
    reached = matched["achievement_norm"] >= matched["target_norm"]
    reached = reached.where(matched["comparator"] != ">", matched["achievement_norm"] > matched["target_norm"])
    from_below = (matched["measure"] == "rank") | matched["comparator"].isin(["<=", "<"])
    reached = reached.where(~from_below, matched["achievement_norm"] <= matched["target_norm"])
    matched["met"] = reached.astype("boolean").where(matched["achievement_norm"].notna())
    out = matched[[*cols, "achievements_n"]].fillna(
        {c: "" for c in cols if c not in ("target", "achievement", "share", "met")})
    out["target_text"] = _texts(out["target"], out["unit"], out["comparator"], out["target_period"])
    out["achievement_text"] = _texts(out["achievement"], out["unit"], [""] * len(out), out["achievement_period"])
    order = [*keys, "target_period", "unit", "target", "target_file"]  # a year's larger target first
    return out.sort_values(order, ascending=[True] * 6 + [False, True], kind="stable").reset_index(drop=True)


def zone_timeline(documents: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """One row per article, by date (undated last): zone, publish_date, title, file, targets_n,
    achievements_n and its figures as text (the metric as written, the value, the year and period)."""
    cols = ["zone", "publish_date", "title", "file", "targets_n", "achievements_n", "figures"]
    docs = documents.copy()
    for col in ("zone", "publish_date", "title", "file"):
        docs[col] = _text_col(docs[col]) if col in docs.columns else ""
    if docs.empty:
        return pd.DataFrame(columns=cols)
    tg = with_indicators(targets)
    tg = tg.assign(text=_texts(tg["value"], tg["unit"], tg["comparator"], tg["period"], tg["year"]))
    tg["figure"] = tg["metric"].where(tg["metric"] != "", tg["indicator"]) + " " + tg["text"]
    by_file = tg.groupby("file", sort=False)  # counted vectorised: a zone may hold thousands of articles
    per_file = pd.DataFrame({"targets_n": (tg["kind"] == TARGET).groupby(tg["file"], sort=False).sum(),
                             "achievements_n": (tg["kind"] == ACHIEVEMENT).groupby(tg["file"], sort=False).sum(),
                             "figures": by_file["figure"].agg("; ".join)}).rename_axis("file").reset_index() \
        if len(tg) else pd.DataFrame(columns=["file", "targets_n", "achievements_n", "figures"])
    out = docs.merge(per_file, on="file", how="left")
    out[["targets_n", "achievements_n"]] = out[["targets_n", "achievements_n"]].fillna(0).astype(int)
    out["figures"] = out["figures"].fillna("")
    undated = out["publish_date"] == ""
    out = pd.concat([out[~undated].sort_values(["publish_date", "file"]), out[undated].sort_values("file")])
    return out[cols].reset_index(drop=True)


def timeline_points(documents: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """Figures placed at their article's date (dated articles only): zone, publish_date, kind, label
    (indicator, or the metric as written when unmapped), measure (of a mapped figure), figure (text), file."""
    cols = ["zone", "publish_date", "kind", "label", "measure", "figure", "file"]
    tg = with_indicators(targets).drop(columns=["publish_date"])
    if tg.empty or documents.empty:
        return pd.DataFrame(columns=cols)
    dates = documents.assign(publish_date=_text_col(documents["publish_date"]), file=_text_col(documents["file"]))
    tg = tg.merge(dates[["file", "publish_date"]].drop_duplicates("file"), on="file", how="inner")
    tg = tg[tg["publish_date"] != ""]
    mapped = tg["indicator"] != UNMAPPED
    tg = tg.assign(label=tg["indicator"].where(mapped, tg["metric"]), measure=tg["measure"].where(mapped, ""),
                   figure=_texts(tg["value"], tg["unit"], tg["comparator"], tg["period"], tg["year"]))
    return tg[cols].sort_values(["publish_date", "zone", "label"]).reset_index(drop=True)


# ------------------------------------------------------------------ 同质化 by category or industry

UNCLASSIFIED = "其他"  # the category of an industry the taxonomy lacks

def _named_by(industries: pd.DataFrame, zones: Iterable[str] | None = None) -> pd.DataFrame:
    """Distinct (zone, category, canonical) rows, each with the raw names behind it and its article count."""
    df = _with_canonical(industries, zones)
    df = df.assign(category=df["category"].astype(str).replace("", UNCLASSIFIED), canonical=df["canonical"].astype(str))
    key = "file" if "file" in df.columns else "industry"
    return df.groupby(["zone", "category", "canonical"], as_index=False).agg(
        raw_names=("industry", lambda s: "、".join(sorted({str(x) for x in s if str(x)}))),
        articles_n=(key, "nunique"))


def zone_overlap(industries: pd.DataFrame, by: str = "category",
                 zones: Iterable[str] | None = None) -> pd.DataFrame:
    """Every ordered pair of zones (a zone with itself too): how many categories (by='category') or
    canonical industries (by='canonical') both pursue, which (`shared`), and the industries behind each
    shared category (`detail`: '新一代信息技术 (甲区: 光电通信、集成电路; 乙区: 大数据)')."""
    if by not in ("category", "canonical"):
        raise ValueError(f"by must be 'category' or 'canonical', not {by!r}")
    named = _named_by(industries, zones)
    if by == "category":  # industries the taxonomy does not classify share no category
        named = named[named["category"] != UNCLASSIFIED]
    cols = ["zone_a", "zone_b", "shared_n", "shared", "detail"]
    if named.empty:
        return pd.DataFrame(columns=cols)
    behind = {(z, k): sorted(set(g["canonical"])) for (z, k), g in named.groupby(["zone", by])}
    sets = {z: set(g[by]) for z, g in named.groupby("zone")}
    rows = []
    for a in sorted(sets):
        for b in sorted(sets):
            shared = sorted(sets[a] & sets[b])
            if by == "category" and a != b:
                detail = [f"{k} ({a}: {'、'.join(behind[a, k])}; {b}: {'、'.join(behind[b, k])})" for k in shared]
            elif by == "category":
                detail = [f"{k} ({'、'.join(behind[a, k])})" for k in shared]
            else:
                detail = shared
            rows.append({"zone_a": a, "zone_b": b, "shared_n": len(shared), "shared": shared, "detail": detail})
    return pd.DataFrame(rows, columns=cols)


def overlap_grid(pairs: pd.DataFrame, column: str = "shared_n") -> pd.DataFrame:
    """zone_overlap pivoted to a zone × zone grid of one column (shared_n as integers, or detail lists)."""
    if pairs.empty:
        return pd.DataFrame()
    zones = sorted(set(pairs["zone_a"]))
    grid = pairs.set_index(["zone_a", "zone_b"])[column].unstack().reindex(index=zones, columns=zones)
    grid.index.name, grid.columns.name = None, None
    return grid.astype(int) if column == "shared_n" else grid


def shared_industry_matrix(industries: pd.DataFrame, zones: Iterable[str] | None = None,
                           min_zones: int = 2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(zone × canonical industry of the industries at least min_zones zones name, cells the number of
    articles naming it; the other industries as rows canonical, category, zone, raw_names, articles_n)."""
    named = _named_by(industries, zones)
    rest_cols = ["canonical", "category", "zone", "raw_names", "articles_n"]
    if named.empty:
        return pd.DataFrame(dtype=int), pd.DataFrame(columns=rest_cols)
    zones_n = named.groupby("canonical")["zone"].nunique()
    common = set(zones_n[zones_n >= min_zones].index)
    shared = named[named["canonical"].isin(common)]
    matrix = shared.pivot_table(index="zone", columns="canonical", values="articles_n", aggfunc="sum",
                                fill_value=0).astype(int) if len(shared) else pd.DataFrame(dtype=int)
    if len(matrix):
        order = zones_n[list(matrix.columns)].sort_values(ascending=False, kind="stable").index
        matrix = matrix.reindex(columns=sorted(order, key=lambda c: (-zones_n[c], c)))
        matrix.columns.name, matrix.index.name = None, None
    rest = named[~named["canonical"].isin(common)].sort_values(["category", "canonical", "zone"])
    return matrix, rest[rest_cols].reset_index(drop=True)


def zones_pursuing(industries: pd.DataFrame, canonical: str) -> pd.DataFrame:
    """Every zone that names a canonical industry: zone, category, raw_names, articles_n, sentence (one)."""
    df = _with_canonical(industries)
    df = df[df["canonical"].astype(str) == canonical]
    cols = ["zone", "category", "raw_names", "articles_n", "sentence"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    named = _named_by(df)
    first = df.drop_duplicates("zone").set_index("zone")
    named["sentence"] = named["zone"].map(first["sentence"]) if "sentence" in first.columns else ""
    return named.sort_values(["articles_n", "zone"], ascending=[False, True])[cols].reset_index(drop=True)


# ------------------------------------------------------------------ enterprises and their investment

ALIAS_MIN_CHARS = 2  # a shorter name inside a longer one is a coincidence, not an alias


def alias_groups(names: Iterable[str]) -> dict[str, str]:
    """Each name mapped to the fullest name it is part of: a name written inside a longer one (润泽 in
    长三角·平湖润泽国际信息港, 晶台 in 晶台半导体显示项目) names the same enterprise or its project.
    Meant for the names of one zone; a name inside two unrelated longer ones goes to the longest."""
    distinct = sorted(set(names), key=lambda n: (-len(n), n))  # longest first: a container is mapped before
    group: dict[str, str] = {}
    for i, name in enumerate(distinct):
        container = next((n for n in distinct[:i] if len(n) > len(name) and name in n), None)
        group[name] = group[container] if container and len(name) >= ALIAS_MIN_CHARS else name
    return group



def enterprise_entities(enterprises: pd.DataFrame) -> pd.DataFrame:
    """One row per zone × enterprise or project, aliases merged (润泽 within 长三角·平湖润泽国际信息港):
    zone, name (the fullest name), aliases, roles, industry, investment (the largest stated, in 亿 of its
    currency), investment_unit (亿元, 亿美元), articles_n, sentence, file."""
    cols = ["zone", "name", "aliases", "roles", "industry", "investment", "investment_unit", "articles_n",
            "sentence", "file"]
    if enterprises.empty:
        return pd.DataFrame(columns=cols)
    df = enterprises.copy()
    for col in ("zone", "name", "role", "industry", "investment_unit", "sentence", "file"):
        df[col] = _text_col(df[col]) if col in df.columns else ""
    df = df[(df["zone"] != "") & (df["name"] != "")]
    amount = pd.to_numeric(_text_col(df["investment"]).str.replace(",", ""), errors="coerce")
    # 投资10亿 names no currency: the genre means 元
    df["investment_unit"] = df["investment_unit"].where(~df["investment_unit"].isin(["亿", "万"]),
                                                        df["investment_unit"] + "元")
    bases = {u: unit_factor(u) for u in set(df["investment_unit"]) if u}
    df["investment"] = [a * bases[u][1] / 1e8 if u in bases and bases[u] and pd.notna(a) else float("nan")
                        for a, u in zip(amount, df["investment_unit"], strict=True)]
    df["investment_unit"] = [f"亿{bases[u][0]}" if bases.get(u) else "" for u in df["investment_unit"]]
    groups = []
    for _zone, g in df.groupby("zone", sort=True):
        entity = alias_groups(g["name"].tolist())
        groups.append(g.assign(entity=g["name"].map(entity)))
    df = pd.concat(groups)
    out = df.sort_values("investment", ascending=False, na_position="last").groupby(
        ["zone", "entity"], as_index=False, sort=True).agg(
        names=("name", lambda s: sorted(set(s))),
        roles=("role", lambda s: "、".join(dict.fromkeys(x for x in s if x))),
        industry=("industry", lambda s: next((x for x in s if x), "")),
        investment=("investment", "max"),
        investment_unit=("investment_unit", lambda s: next((x for x in s if x), "")),
        articles_n=("file", "nunique"), sentence=("sentence", "first"), file=("file", "first"))
    out["aliases"] = [("、".join(n for n in names if n != e)) for names, e in zip(out["names"], out["entity"],
                                                                               strict=True)]
    out = out.rename(columns={"entity": "name"})
    return out[cols].reset_index(drop=True)


def investment_per_zone(entities: pd.DataFrame) -> pd.DataFrame:
    """Per zone and currency: named investments (count), their sum and the largest (name, amount), in 亿."""
    cols = ["zone", "investment_unit", "projects_n", "total", "largest", "largest_name"]
    inv = entities[entities["investment"].notna() & (entities["investment_unit"] != "")]
    if inv.empty:
        return pd.DataFrame(columns=cols)
    inv = inv.sort_values("investment", ascending=False)
    out = inv.groupby(["zone", "investment_unit"], as_index=False).agg(
        projects_n=("name", "size"), total=("investment", "sum"), largest=("investment", "first"),
        largest_name=("name", "first"))
    return out[cols].sort_values(["investment_unit", "total"], ascending=[True, False]).reset_index(drop=True)


# ------------------------------------------------------------------ zones grouped by place

PLACE_LEVELS = ("place", "city", "province")  # county-level place (富阳区), city (杭州市), province (浙江省)
UNPLACED = "未定位"  # the group of a zone whose documents carry no place at the level asked for


def _most_common(values: pd.Series) -> str:
    """The most frequent non-empty text of a column ('' when none); a tie goes to the first in sort order."""
    counts = values[values != ""].value_counts()
    if counts.empty:
        return ""
    top = counts[counts == counts.max()]
    return str(sorted(top.index)[0])


def zones_by_place(documents: pd.DataFrame, by: str = "place") -> pd.DataFrame:
    """One row per zone with where it lies, grouped by place, city or province (`by`).

    documents: the store's documents table (zone and any of place, city, province; file counts articles).
    Returns columns group, zone, place, city, province, articles, sorted by group (UNPLACED last), then by
    articles (most first) and zone.  A zone's place, city and province are the values most of its
    documents carry (the detector may leave one article unplaced); `group` is the value at level `by`, for
    `by="place"` the city when no document gives the county-level place, else UNPLACED.
    """
    if by not in PLACE_LEVELS:
        raise ValueError(f"by must be one of {PLACE_LEVELS}, not {by!r}")
    cols = ["group", "zone", *PLACE_LEVELS, "articles"]
    if documents.empty or "zone" not in documents.columns:
        return pd.DataFrame(columns=cols)
    docs = pd.DataFrame({"zone": _text_col(documents["zone"])})
    for col in PLACE_LEVELS:
        docs[col] = _text_col(documents[col]) if col in documents.columns else ""
    docs["article"] = _text_col(documents["file"]) if "file" in documents.columns else docs.index.astype(str)
    docs = docs[docs["zone"] != ""]
    if docs.empty:
        return pd.DataFrame(columns=cols)
    grouped = docs.groupby("zone", sort=True)
    out = pd.DataFrame({col: grouped[col].agg(_most_common) for col in PLACE_LEVELS})
    out["articles"] = grouped["article"].nunique().astype(int)
    out = out.reset_index()
    group = out[by]
    if by == "place":
        group = group.where(group != "", out["city"])
    out["group"] = group.where(group != "", UNPLACED)
    out["_unplaced"] = out["group"] == UNPLACED
    out = out.sort_values(["_unplaced", "group", "articles", "zone"], ascending=[True, True, False, True])
    return out[cols].reset_index(drop=True)


def place_groups(documents: pd.DataFrame, by: str = "place") -> dict[str, list[str]]:
    """Group -> its zones, in zones_by_place's order (for a sidebar that picks the zones of one place)."""
    table = zones_by_place(documents, by)
    return {g: list(rows["zone"]) for g, rows in table.groupby("group", sort=False)}
