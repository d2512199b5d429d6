"""Adding an article from the dashboard (the import page): read, check, extract, store.

The one part of the dashboard that extracts, so the only one that loads the extraction stack (jieba, cn2an,
OpenCC); every other page reads the store through `devzone_app.data`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from devzone.pipeline import ArticleFacts, extract_bytes, extract_facts, warm_up
from devzone.schema import content_hash
from devzone.text import parse_article
from devzone_app import data

# The extraction's dictionaries (jieba, gazetteer, taxonomy, OpenCC) load in seconds, tens of seconds on a
# busy machine: loaded once per server in the background from the moment the import page opens, so the
# reader's first preview or save does not wait for all of it.
_WARM_UP = threading.Thread(target=warm_up, name="devzone-warm-up", daemon=True)
_WARM_UP_LOCK = threading.Lock()


def start_warm_up() -> None:
    """Start loading the extraction's dictionaries in the background (once per server process)."""
    with _WARM_UP_LOCK:
        if _WARM_UP.ident is None:
            _WARM_UP.start()


def _warmed() -> None:
    """Wait for the background loading (an extraction running beside it would load the same tables twice)."""
    start_warm_up()
    _WARM_UP.join()


def preview(raw: bytes, file: str) -> ArticleFacts:
    """What the extractors find in an article, without storing it."""
    _warmed()
    return extract_bytes(raw, file)


def add_article(raw: bytes, file: str, step: Callable[[str, float], None] | None = None
                ) -> tuple[ArticleFacts | None, bool]:
    """Store an article (the library decodes, checks the size limit and extracts). Returns (facts, added);
    facts is None for an article already stored, recognised by the hash of its cleaned text before any
    extraction.

    Only the store's own calls hold the lock shared by every session; reading and extracting (seconds for a
    large article) happen outside it, so other sessions are not kept waiting. step(label_key, share done) is
    told of each stage. Caches are cleared when something new was stored, so it shows up on every page.
    Raises the library's ArticleError for input that is not an article, StoreError when the store fails.
    """
    step = step or (lambda key, done: None)
    step("step_reading", 0.0)
    _warmed()  # before the article's time budget starts
    started = time.monotonic()
    article = parse_article(raw, file)
    step("step_checking", 0.3)
    with data.STORE_LOCK:
        known = data.get_store().has(content_hash(article.body))
    if known:
        return None, False
    step("step_extracting", 0.4)
    facts = extract_facts(article, started=started)
    step("step_saving", 0.9)
    with data.STORE_LOCK:
        added = data.get_store().add_facts(facts, origin="user")
    step("step_saving", 1.0)
    if added:
        data.clear_caches()
    return facts, added
