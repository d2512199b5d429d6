"""The timing loop the extraction benches share: whole extraction and bare jieba, alternating, best of each.

Used by extract_throughput.py (wall clock) and extract_cpu.py (CPU time of the process).  On a shared
machine the load changes from second to second: alternating the two sides lets both see the same load,
and the best of several rounds is the one the load disturbed least (load only ever adds time).
"""

from __future__ import annotations

import time
from collections.abc import Callable

Extract = Callable[[bytes, str], object]  # devzone.pipeline.extract_bytes: (data, file) -> ArticleFacts


def alternating_best(docs: list[tuple[str, bytes]], extract: Extract, segment: Callable[[str], object],
                     rounds: int = 3, clock: Callable[[], float] = time.perf_counter
                     ) -> tuple[float, float, list[str]]:
    """(best extraction time, best segmentation time, cleaned bodies) over `rounds` alternating rounds: each
    round extracts every (file, data) of docs from its bytes, then segments every cleaned body."""
    best_extract = best_segment = float("inf")
    bodies: list[str] = []
    for _ in range(rounds):
        t0 = clock()
        bodies = [extract(data, name).article.body for name, data in docs]
        best_extract = min(best_extract, clock() - t0)
        t0 = clock()
        for body in bodies:
            segment(body)
        best_segment = min(best_segment, clock() - t0)
    return best_extract, best_segment, bodies
