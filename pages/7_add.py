"""导入 Add article: paste text or upload .txt/.html; preview what is extracted; save it to the store.

Decoding, the size limit and "is this an article" are the library's job (devzone.ingest.add_bytes / ArticleError).
"""

import hashlib

import pandas as pd
import streamlit as st

from devzone.text import ArticleError
from devzone_app import adding, render
from devzone_app.labels import KINDS, article_error_label, display_frame, t
from devzone_app.sidebar import sidebar

filters = sidebar()
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


def _show_facts(facts) -> None:
    zone = facts.zone
    hint = "" if zone.known else " " + t("unknown_zone_hint")
    st.markdown(f"**{render.md_esc(t('zone_detected'))}:** {render.md_esc(zone.zone)}{render.md_esc(hint)}")
    st.caption(render.md_esc(" · ".join(x for x in (facts.article.title, facts.article.publish_date,
                                                zone.city, zone.level) if x)))
    for label, rows in ((t("targets"), facts.targets), (t("industries"), facts.industries),
                        (t("enterprises"), facts.enterprises)):
        st.markdown(f"**{render.md_esc(label)}** ({len(rows)})")
        if rows:
            frame = pd.DataFrame(rows)
            if "kind" in frame:
                frame["kind"] = frame["kind"].map(lambda k: t(k) if k in KINDS else k)
            st.dataframe(display_frame(frame), hide_index=True)


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
                else:
                    st.info(t("duplicate"))
            else:
                with st.spinner(t("extracting")):
                    facts = adding.preview(raw, file)
            if facts is not None:
                _show_facts(facts)
        except ArticleError as e:
            st.error(t("bad_article") + article_error_label(e.reason, str(e)))
