"""The tables devzone writes and stores, without the extraction that fills them.

Their columns (the extraction contract's, in order), one article as the store keeps it (`ArticleRecord`),
an article's identity (`content_hash`), the fingerprint of the rules its rows came from, and text cells made
safe for Excel. The store, the dashboard and the extractors all read these; importing this module loads no
extractor (the dashboard starts without jieba, cn2an or OpenCC).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

DOCUMENT_COLUMNS = ["file", "zone", "publish_date", "reference_date", "date_source", "title", "zone_known", "zone_method", "zone_mention",
                    "zone_official", "place", "city", "province", "level", "zone_type", "source", "author", "interviewee", "post",
                    "encoding", "n_chars", "content_hash"]
TARGET_COLUMNS = ["file", "zone", "kind", "metric", "value", "unit", "comparator", "year", "period", "sentence",
                  "value_norm", "unit_norm", "category", "group", "indicator", "measure"]
INDUSTRY_COLUMNS = ["file", "zone", "industry", "sentence", "canonical", "category", "mapped"]
ENTERPRISE_COLUMNS = ["file", "zone", "name", "role", "industry", "investment", "investment_unit", "sentence"]
TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS,
    "targets": TARGET_COLUMNS,
    "industries": INDUSTRY_COLUMNS,
    "enterprises": ENTERPRISE_COLUMNS,
}
# documents columns the store keeps after content_hash, in table order
DOC_COLUMNS = [c for c in DOCUMENT_COLUMNS if c != "content_hash"]

ROOT = Path(__file__).resolve().parent.parent
# Files whose change means the stored rows may be out of date (see Store.stale_count / ingest.rebuild).
# Every module of the package except these (storage, ingest, command line, the dashboard's table functions)
# counts as a rule file.
_NOT_RULES = {"__init__.py", "__main__.py", "store.py", "ingest.py", "cli.py", "distributed.py", "compare.py",
              "keywords.py"}


@dataclass
class ArticleRecord:
    """One article ready to store: its document row, raw and clean text, and its fact rows (all text)."""

    content_hash: str
    file: str
    document: dict
    raw_text: str
    body: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)  # content word -> occurrences (the keyword tables)

    def document_values(self) -> list:
        return [self.content_hash] + [_s(self.document.get(c)) for c in DOC_COLUMNS]

    def fact_values(self, table: str) -> list[tuple]:
        cols = TABLE_COLUMNS[table]
        return [(self.content_hash, i, *(_s(r.get(c)) for c in cols)) for i, r in enumerate(self.rows.get(table, []))]

    def term_values(self) -> list[tuple[str, str, int]]:
        return [(self.content_hash, term, n) for term, n in self.terms.items()]


def _s(v) -> str | None:
    """Cell value as stored: text, None for missing."""
    if v is None:
        return None
    if isinstance(v, float) and v != v:  # NaN
        return None
    return str(v)


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A short hash of the code and data the extraction depends on; changes when the rules change."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parent
    files = (sorted(f for f in pkg.glob("*.py") if f.name not in _NOT_RULES) + sorted((ROOT / "data").glob("*.csv"))
             + sorted((ROOT / "data").glob("*.txt")) + sorted((ROOT / "data").glob("*.yaml")))
    for f in files:
        if f.exists():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def content_hash(body: str) -> str:
    """Identity of an article: hash of its cleaned text, whitespace removed."""
    return hashlib.sha256("".join(body.split()).encode("utf-8")).hexdigest()[:16]


# A cell Excel would run as a formula starts with one of these (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Cells that start so but run nothing: a number written as text (-5, +3.2%) and a bare comparison sign
# (the comparator column's "=", a code of the extraction contract).
_INERT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?|[=<>]+")


def excel_safe_cell(value: object) -> object:
    """A text cell that Excel would run as a formula (=HYPERLINK(…), -2+3+cmd|…) gets a leading ' so it
    is shown as text; numbers, text that is just a number (-5, +3.2) and a bare "=" stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _INERT.fullmatch(value):
        return "'" + value
    return value


def excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell made safe for Excel (see excel_safe_cell); numeric columns untouched."""
    text_cols = [c for c in df.columns if not (pd.api.types.is_numeric_dtype(df[c])
                                               or pd.api.types.is_datetime64_any_dtype(df[c]))]
    if not text_cols:
        return df
    out = df.copy()
    for c in text_cols:
        out[c] = out[c].map(excel_safe_cell)
    return out
