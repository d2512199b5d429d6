"""Rendering helpers: escaping for HTML and markdown, highlighted article text, numbers, page titles."""

from __future__ import annotations

import html
import math
import re

import streamlit as st

from devzone_app.labels import t, text


def esc(text) -> str:
    """HTML-escape anything for an unsafe_allow_html render; None/NaN become ''."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return html.escape(str(text), quote=True)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_esc(text) -> str:
    """Escape text for st.markdown (no unsafe HTML): markdown syntax characters are backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def highlight_html(body: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The body as safe HTML with <mark> around spans (start, end, css_class, element_id).

    Every piece of text is html.escape'd separately, so nothing from the article can become markup.
    Overlapping spans: the earlier (then longer) one wins.
    """
    spans = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(body)), key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[str] = []
    pos = 0
    for start, end, cls, el_id in spans:
        if start < pos:
            continue
        out.append(esc(body[pos:start]))
        id_attr = f' id="{esc(el_id)}"' if el_id else ""
        out.append(f'<mark class="{esc(cls)}"{id_attr}>{esc(body[start:end])}</mark>')
        pos = end
    out.append(esc(body[pos:]))
    paragraphs = "".join(out).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def fmt_num(v) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return text(v)
    return "" if math.isnan(f) else f"{f:g}"


def page_header(key: str) -> None:
    st.title(t(key))
