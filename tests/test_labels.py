"""Every name the dashboard shows has a Chinese and an English form; zone colours are fixed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from devzone.indicators import MEASURES
from devzone_app import charts
from devzone_app.labels import COLUMN_LABELS, KINDS, LABELS, display_names

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
