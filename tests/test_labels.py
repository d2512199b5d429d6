"""Every name the dashboard shows has a Chinese and an English form; zone colours are fixed."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from devzone.indicators import MEASURES
from devzone_app import charts
from devzone_app.labels import (
    ARTICLE_ERRORS_CSV,
    COLUMN_LABELS,
    KINDS,
    LABELS,
    article_error_label,
    display_names,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def _column(file: str, col: str) -> set[str]:
    with open(DATA / file, encoding="utf-8-sig", newline="") as f:
        return {r[col].strip() for r in csv.DictReader(f) if (r.get(col) or "").strip()}


NAMED = sorted(set(KINDS) | set(MEASURES) | _column("metric_categories.csv", "category")
               | _column("metric_categories.csv", "group") | _column("industry_taxonomy.csv", "category")
               | _column("indicators.csv", "indicator") | _column("indicators.csv", "group"))


@pytest.mark.parametrize("name", NAMED)
def test_every_category_like_value_has_a_display_name(name):
    assert name in display_names(), f"add a row for {name} to data/display_names.csv (its English name)"
    zh, en = display_names()[name]
    assert zh and en and en.isascii(), (name, zh, en)


def test_labels_and_columns_have_both_languages():
    for key, (zh, en) in {**LABELS, **COLUMN_LABELS}.items():
        assert zh and en, key
    # English column labels are words, not field names
    assert all("_" not in en and en[0].isupper() for _, en in COLUMN_LABELS.values())


def test_a_zone_keeps_its_colour_whatever_else_is_stored():
    # zones in the order they were first stored: a zone stored later takes the next colour
    few = charts.zone_color_map(["富阳经济技术开发区", "嵊州经济开发区"])
    many = charts.zone_color_map(["富阳经济技术开发区", "嵊州经济开发区", "某某高新区", "平湖经济技术开发区"])
    assert few["富阳经济技术开发区"] == many["富阳经济技术开发区"]
    assert few["嵊州经济开发区"] == many["嵊州经济开发区"]
    assert len(set(many.values())) == len(many)  # distinct while the palette lasts


def test_an_achievement_is_called_by_one_word_on_every_page():
    """The kind filter, the indicator table and the charts say 已完成: a count or column of achievements says it
    too (the overview said 成绩数, the progress table 完成)."""
    word_zh, word_en = LABELS["achievement"]
    for key in ("achievements_n", "achievement"):
        for labels in (LABELS, COLUMN_LABELS):
            if key in labels:
                zh, en = labels[key]
                assert word_zh in zh and word_en in en, (key, zh, en)
    every_zh = [zh for zh, _ in (*LABELS.values(), *COLUMN_LABELS.values())]
    assert not [zh for zh in every_zh if "成绩" in zh]


def _article_error_rows() -> list[dict]:
    with open(ARTICLE_ERRORS_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _article_error_rows(), ids=lambda r: r["reason"])
def test_every_article_error_reads_chinese_and_keeps_the_detail(row):
    pattern = re.compile(row["reason"])
    assert pattern.search(row["example"]) and not pattern.search(row["counterexample"]), row
    shown = article_error_label(row["example"])  # no Streamlit session: Chinese
    assert shown.startswith(row["zh"].format(**pattern.search(row["example"]).groupdict()))
    assert row["example"] in shown  # the library's message stays as the detail
    assert article_error_label(row["counterexample"]) != shown
