"""Article files -> cleaned articles -> fact tables (documents, targets, industries, enterprises)."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from devzone.dates import reference_date
from devzone.enterprises import extract_enterprises
from devzone.industries import extract_industries
from devzone.schema import TABLE_COLUMNS, ArticleRecord, content_hash, excel_safe
from devzone.targets import extract_targets
from devzone.terms import term_counts
from devzone.text import (
    ARTICLE_SUFFIXES,
    TIME_BUDGET_S,
    Article,
    ArticleError,
    Deadline,
    load_article,
    parse_article,
)
from devzone.zones import ZoneMatch, detect_zone, own_zone


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    zone: ZoneMatch
    content_hash: str
    targets: list[dict] = field(default_factory=list)
    industries: list[dict] = field(default_factory=list)
    enterprises: list[dict] = field(default_factory=list)

    def document_row(self) -> dict:
        a, z = self.article, self.zone
        when = reference_date(a)
        return {"file": a.file, "zone": z.zone, "publish_date": a.publish_date, "reference_date": when.date,
                "date_source": when.source, "title": a.title,
                "zone_known": z.known, "zone_method": z.method, "zone_mention": z.mention,
                "zone_official": z.official, "place": z.place,
                "city": z.city,
                "province": z.province, "level": z.level, "zone_type": z.type, "source": a.source,
                "author": a.author, "interviewee": a.interviewee, "post": a.post, "encoding": a.encoding,
                "n_chars": len(a.body), "content_hash": self.content_hash}

    def record(self) -> ArticleRecord:
        """The article as the store keeps it, with the counts of its content words (tokenised here, on the
        ingest's worker processes, so that no page view has to)."""
        return ArticleRecord(self.content_hash, self.article.file, self.document_row(), self.article.raw_text or "",
                             self.article.body, {"targets": self.targets, "industries": self.industries,
                                                 "enterprises": self.enterprises},
                             dict(term_counts(self.article.body)))


_warmed_up = False  # the dictionaries this process loads once are not counted against an article's time


def extract_facts(article: Article, seconds: float = TIME_BUDGET_S, started: float | None = None) -> ArticleFacts:
    """Run every extractor over one cleaned article and tag each row with file and zone.
    Raises ArticleError when the article takes more than `seconds` from `started` (default: now; see
    text.Deadline); the first call of a process loads the dictionaries first, outside that time."""
    if not _warmed_up:
        warm_up()
    deadline = Deadline(article.file, seconds, started)
    zone = detect_zone(article.title, article.body, header=article.header, deadline=deadline,
                       source=article.source, file=article.file)
    facts = ArticleFacts(article, zone, content_hash(article.body))
    for rows, extractor in ((facts.targets, partial(extract_targets, own=own_zone(zone))),
                            (facts.industries, extract_industries),
                            (facts.enterprises, extract_enterprises)):
        for row in extractor(article, deadline):
            rows.append({"file": article.file, "zone": zone.zone, **row})
    return facts


def extract_file(path: str | Path) -> ArticleFacts:
    """Read, clean and extract one article file (the time limit counts the cleaning too)."""
    if not _warmed_up:
        warm_up()
    started = time.monotonic()
    return extract_facts(load_article(path, Deadline(Path(path).name, TIME_BUDGET_S, started)), started=started)


def extract_bytes(data: bytes, file: str) -> ArticleFacts:
    """Clean and extract an article given as bytes (an upload, a pasted text); the time limit counts the
    cleaning too."""
    if not _warmed_up:
        warm_up()
    started = time.monotonic()
    return extract_facts(parse_article(data, file, Deadline(file, TIME_BUDGET_S, started)), started=started)


# dated, with a relative year: jionlp's time parser (~0.4 s of regex compiling) loads here, not in the first article
_WARM_UP_TEXT = ("某经济开发区工作要点\n发布时间:2024-02-01\n"
                 "某经济开发区去年实现产值80亿元,今年力争实现工业产值100亿元,引进项目12个,重点发展生物医药、新材料产业。")


def warm_up() -> None:
    """Load every lazily built table (jieba dictionaries, gazetteer, taxonomy, units, OpenCC) by extracting
    a one-line article: a process that forks workers afterwards shares them with the workers."""
    global _warmed_up
    _warmed_up = True
    extract_facts(parse_article(_WARM_UP_TEXT.encode("utf-8"), "warm-up.txt"), seconds=math.inf)


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[Path | ArticleError]:
    """Expand files and folders into article files; a missing path or a folder with no articles is an error."""
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield ArticleError(str(raw), "no such file or folder")
        elif p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                yield ArticleError(str(raw), "folder holds no .txt/.html/.htm articles")
            yield from files
        else:
            yield p


def facts_to_tables(all_facts: Iterable[ArticleFacts]) -> dict[str, pd.DataFrame]:
    """Stack per-article facts into the four tables, with stable columns even when empty."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_COLUMNS}
    for f in all_facts:
        rows["documents"].append(f.document_row())
        rows["targets"].extend(f.targets)
        rows["industries"].extend(f.industries)
        rows["enterprises"].extend(f.enterprises)
    tables = {}
    for name, cols in TABLE_COLUMNS.items():
        df = pd.DataFrame(rows[name])
        for c in cols:
            if c not in df.columns:
                df[c] = pd.Series(dtype="object")
        extra = [c for c in df.columns if c not in cols]
        tables[name] = df[cols + extra]
    return tables


def extract_paths(paths: Iterable[str | Path]) -> tuple[dict[str, pd.DataFrame], list[ArticleError]]:
    """Extract every article under paths. Bad files are reported, never stop the batch."""
    results: list[ArticleFacts] = []
    errors: list[ArticleError] = []
    for item in iter_article_paths(paths):
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        try:
            results.append(extract_file(item))
        except ArticleError as e:
            errors.append(e)
        except Exception as e:  # a bug in one extractor must not lose the batch
            errors.append(ArticleError(item.name, f"extraction failed: {type(e).__name__}: {e}"))
    return facts_to_tables(results), errors


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write each table as UTF-8 (with BOM, for Excel) CSV into out_dir, text cells safe for Excel."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        path = out / f"{name}.csv"
        excel_safe(df).to_csv(path, index=False, encoding="utf-8-sig")
        written.append(path)
    return written
