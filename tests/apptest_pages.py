"""Running a dashboard page under Streamlit's AppTest, shared by the page tests."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from devzone_app import data

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # seconds: a first run imports pandas, plotly and duckdb and may build caches


def run_page(page: str, query: dict | None = None) -> AppTest:
    """Run `page` (a path from the repository root) with URL `query`; fail on any exception it shows."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def chart_specs(at: AppTest) -> list[dict]:
    """The plotly figures the page drew, as JSON."""
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The first dataframe on the page holding this (displayed) column."""
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with column {column!r}: {[list(d.value.columns) for d in at.dataframe]}")


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts and ends with the dashboard's data caches empty."""
    data.clear_caches()
    yield
    data.clear_caches()
