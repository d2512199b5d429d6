"""导入 Add article: paste text or upload .txt/.html; preview what is extracted; save it to the store.

Decoding, the size limit and "is this an article" are the library's job (devzone.ingest.add_bytes / ArticleError).
"""

import hashlib

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from devzone import compare
from devzone.text import ArticleError
from devzone_app import adding, render
from devzone_app.labels import article_error_label, display_frame, t
from devzone_app.sidebar import sidebar

GO_COMPARE = "add_go_compare"  # where the compare button leads, set by its callback for the next run

filters = sidebar()
if GO_COMPARE in st.session_state:
    params = st.session_state.pop(GO_COMPARE)
    try:  # the zones and the language are widgets bound to the URL: their session state carries them
        st.switch_page("pages/2_targets.py", query_params={k: v for k, v in params.items() if k in ("indicator", "by")})
    except StreamlitAPIException:  # the page runs on its own (AppTest), not registered: the filters are set
        pass
render.page_header("add")
adding.start_warm_up()  # the dictionaries load while the reader pastes or picks a file

text = st.text_area(t("paste"), height=220, key="add_text")
upload = st.file_uploader(t("upload"), type=["txt", "html", "htm"], key="add_upload")
name = st.text_input(t("file_name"), key="add_name")


def _input() -> tuple[bytes, str] | None:
    if upload is not None:
        return upload.getvalue(), (name.strip() or upload.name)
    if text.strip():
        raw = text.encode("utf-8")
        default = "pasted_" + hashlib.sha256(raw).hexdigest()[:10] + ".txt"
        file = name.strip() or default
        if not file.lower().endswith((".txt", ".html", ".htm")):
            file += ".txt"
        return raw, file
    return None


# What a reader checks of each extracted row (the file and zone are said above the tables; normalised values,
# groups and mapping codes are the store's business)
PREVIEW_COLUMNS = {
    "targets": ["kind", "indicator", "measure", "metric", "value", "unit", "comparator", "year", "period", "sentence"],
    "industries": ["industry", "canonical", "category", "sentence"],
    "enterprises": ["name", "role", "industry", "investment", "investment_unit", "sentence"],
}
MAX_LINKED_INDICATORS = 4  # the article's indicators the comparison link picks (most figures first)


def _show_facts(facts) -> None:
    zone = facts.zone
    # a name the page writes, one made of its place and zone word, or one kept apart (devzone.zones ZoneMatch.method)
    hint = "" if zone.known else " " + t({"composed": "composed_zone_hint", "unresolved": "unresolved_zone_hint",
                                          "none": "unresolved_zone_hint"}.get(zone.method, "unknown_zone_hint"))
    st.markdown(f"**{render.md_esc(t('zone_detected'))}:** {render.md_esc(zone.zone)}{render.md_esc(hint)}")
    st.caption(render.md_esc(" · ".join(x for x in (facts.article.title, facts.article.publish_date,
                                                zone.city, zone.level) if x)))
    for table, rows in (("targets", facts.targets), ("industries", facts.industries),
                        ("enterprises", facts.enterprises)):
        st.markdown(f"**{render.md_esc(t(f'found_{table}'))}** ({len(rows)})")
        if rows:
            frame = pd.DataFrame(rows)
            st.dataframe(display_frame(frame[[c for c in PREVIEW_COLUMNS[table] if c in frame.columns]]),
                         hide_index=True)


def _go_compare(params: dict[str, str | list[str]]) -> None:
    """The compare button's callback: the sidebar's zones and the indicator picker take the new zone and its
    indicators (a link's query parameters alone lose to the zones already picked in this session), and the
    next run opens 指标对比."""
    st.session_state["zone"] = params["zone"]
    if "indicator" in params:
        st.session_state["indicator"] = params["indicator"]
    st.session_state[GO_COMPARE] = params


def _compare_link(facts) -> None:
    """A button opening 指标对比 with the new article's zone beside the zones already picked, on its indicators."""
    zone = facts.zone.zone
    indicators = pd.Series([r.get("indicator") for r in facts.targets], dtype=object)
    indicators = indicators[indicators.notna() & ~indicators.isin(["", compare.UNMAPPED])]
    params: dict[str, str | list[str]] = {"zone": list(dict.fromkeys([*filters.zones, zone]))}
    if len(indicators):
        params["indicator"] = list(indicators.value_counts().index[:MAX_LINKED_INDICATORS])
    if filters.by != "zone":
        params["by"] = filters.by
    st.button(t("compare_new", zone=zone), key="add_compare", icon=":material/flag:", on_click=_go_compare,
              args=(params,))


c1, c2 = st.columns(2)
preview = c1.button(t("preview"), key="add_preview")
save = c2.button(t("save"), type="primary", key="add_save")

if preview or save:
    got = _input()
    if got is None:
        st.warning(t("need_input"))
    else:
        raw, file = got
        try:
            if save:
                bar = st.progress(0.0, text=t("saving"))
                facts, added = adding.add_article(raw, file, lambda key, done: bar.progress(done, text=t(key)))
                bar.empty()
                if added:
                    st.success(t("saved", zone=facts.zone.zone))
                    _compare_link(facts)
                else:
                    st.info(t("duplicate"))
            else:
                with st.spinner(t("extracting")):
                    facts = adding.preview(raw, file)
            if facts is not None:
                _show_facts(facts)
        except ArticleError as e:
            st.error(t("bad_article") + article_error_label(e.reason, str(e)))
