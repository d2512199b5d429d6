"""导入 Add article: paste text or upload .txt/.html; preview what is extracted; save it to the store.

Decoding, the size limit and "is this an article" are the library's job (Store.add_bytes / ArticleError).
"""

import hashlib

import streamlit as st

import devzone_ui as ui
from devzone.pipeline import extract_bytes
from devzone.text import ArticleError

filters = ui.sidebar()
ui.page_header("add")

text = st.text_area(ui.t("paste"), height=220, key="add_text")
upload = st.file_uploader(ui.t("upload"), type=["txt", "html", "htm"], key="add_upload")
name = st.text_input(ui.t("file_name"), key="add_name")


def _input() -> tuple[bytes, str] | None:
    if upload is not None:
        return upload.getvalue(), (name.strip() or upload.name)
    if text.strip():
        data = text.encode("utf-8")
        default = "pasted_" + hashlib.sha256(data).hexdigest()[:10] + ".txt"
        file = name.strip() or default
        if not file.lower().endswith((".txt", ".html", ".htm")):
            file += ".txt"
        return data, file
    return None


def _show_facts(facts) -> None:
    zone = facts.zone
    hint = "" if zone.known else " " + ui.t("unknown_zone_hint")
    st.markdown(f"**{ui.md_esc(ui.t('zone_detected'))}:** {ui.md_esc(zone.zone)}{ui.md_esc(hint)}")
    st.caption(ui.md_esc(" · ".join(x for x in (facts.article.title, facts.article.publish_date,
                                                zone.city, zone.level) if x)))
    import pandas as pd

    for label, rows in ((ui.t("targets"), facts.targets), (ui.t("industries"), facts.industries),
                        (ui.t("enterprises"), facts.enterprises)):
        st.markdown(f"**{ui.md_esc(label)}** ({len(rows)})")
        if rows:
            frame = pd.DataFrame(rows)
            if "kind" in frame:
                frame["kind"] = frame["kind"].map(lambda k: ui.t(k) if k in ui.KINDS else k)
            st.dataframe(ui.display_frame(frame), hide_index=True)


c1, c2 = st.columns(2)
preview = c1.button(ui.t("preview"), key="add_preview")
save = c2.button(ui.t("save"), type="primary", key="add_save")

if preview or save:
    got = _input()
    if got is None:
        st.warning(ui.t("need_input"))
    else:
        data, file = got
        try:
            if save:
                facts, added = ui.add_article(data, file)
                if added:
                    st.success(ui.t("saved", zone=facts.zone.zone))
                else:
                    st.info(ui.t("duplicate"))
            else:
                facts = extract_bytes(data, file)
            _show_facts(facts)
        except ArticleError as e:
            st.error(ui.t("bad_article") + str(e))
