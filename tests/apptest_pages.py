"""Running a dashboard page under Streamlit's AppTest, shared by the page tests."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

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
