"""Labels in Chinese and English: the language toggle, column labels, and missing values shown as ''."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("开发区对比", "Development zone comparison"),
    "overview": ("总览", "Overview"),
    "targets": ("目标对比", "Targets"),
    "industries": ("产业对比", "Industries"),
    "enterprises": ("企业与项目", "Enterprises"),
    "keywords": ("关键词", "Keywords"),
    "sources": ("原文", "Sources"),
    "add": ("导入", "Add article"),
    "filters": ("筛选", "Filters"),
    "english": ("English", "English"),
    "f_zone": ("开发区", "Zones"),
    "f_ind": ("产业(标准名)", "Industries (canonical)"),
    "f_raw": ("产业(原文名称)", "Industries (raw names)"),
    "f_tcat": ("指标类别", "Figure category"),
    "f_icat": ("产业类别", "Industry category"),
    "f_kind": ("类型", "Kind"),
    "f_year": ("年份", "Year"),
    "all": ("全部", "All"),
    "target": ("目标", "Target"),
    "achievement": ("已完成", "Achievement"),
    "download": ("下载 CSV", "Download CSV"),
    "chart_capped": ("图中为数字最多的 {zones} 个开发区(共 {zones_total} 个)和它们最常报告的 {metrics} 个指标"
                     "(共 {metrics_total} 个);在左侧选择开发区可比较其他开发区,全部数字见下表。",
                     "The chart shows the {zones} zones with the most figures (of {zones_total}) and the {metrics} "
                     "metrics they report most (of {metrics_total}); pick zones on the left to compare others, "
                     "the table has every figure."),
    "keywords_capped": ("关键词取自每个开发区最近的 {n} 篇文章(共用 {used} 篇,现有 {total} 篇)。",
                        "Keywords come from each zone's {n} most recent articles ({used} used of {total})."),
    "investment_capped": ("图中为每个开发区投资额最大的 {n} 个企业或项目(共 {total} 个),全部见下表。",
                          "The chart shows each zone's {n} largest investments ({total} in all); the table has "
                          "them all."),
    "rows_capped": ("共 {total} 行,表中显示前 {shown} 行;下载的 CSV 包含全部行。可在左侧缩小筛选范围。",
                    "{total} rows; the table shows the first {shown}, the CSV download has them all. "
                    "Narrow the filters on the left to see fewer."),
    "no_data": ("当前筛选条件下没有数据。请在左侧调整筛选条件,或在「导入」页添加文章。",
                "No data for the current filters. Adjust the filters on the left or add an article."),
    "zones_n": ("开发区数", "Zones"),
    "articles_n": ("文章数", "Articles"),
    "targets_n": ("目标数", "Targets"),
    "achievements_n": ("成绩数", "Achievements"),
    "industries_n": ("产业数", "Industries"),
    "enterprises_n": ("企业/项目数", "Enterprises"),
    "headline": ("投资目标", "Headline investment target"),
    "top_industries": ("主要产业", "Top industries"),
    "city": ("城市", "City"),
    "level": ("级别", "Level"),
    "date": ("文章日期", "Article date"),
    "compare_table": ("对比表", "Comparison table"),
    "chart_by_cat": ("按类别与开发区对比(同一单位)", "By category and zone (same unit only)"),
    "all_figures": ("全部数字", "All figures"),
    "open_source": ("查看原文", "Open source"),
    "pick_figure": ("选择一个数字查看原文", "Pick a figure to read its source"),
    "heatmap": ("开发区 × 产业 热力图", "Zone × industry heatmap"),
    "per_category": ("各类别产业数", "Industries per category"),
    "overlap": ("产业同质化(Jaccard 相似度)", "Industry overlap (Jaccard)"),
    "raw_names": ("每格背后的原文名称", "Raw names behind each cell"),
    "investment_chart": ("投资额(同一单位)", "Investment (same unit only)"),
    "top_terms": ("高频关键词(TF-IDF)", "Top terms (TF-IDF)"),
    "distinctive": ("特色关键词", "Distinctive terms"),
    "article": ("文章", "Article"),
    "facts_in_article": ("本文提取的数字", "Figures extracted from this article"),
    "industries_in_article": ("本文提取的产业", "Industries extracted from this article"),
    "selected_fact": ("选中的数字", "Selected figure"),
    "paste": ("粘贴文章文本", "Paste the article text"),
    "upload": ("或上传 .txt / .html 文件", "or upload a .txt / .html file"),
    "file_name": ("文件名(可选)", "File name (optional)"),
    "preview": ("预览提取结果", "Preview extraction"),
    "save": ("保存到数据库", "Save to the store"),
    "saved": ("已保存:{zone},现已出现在所有页面。", "Saved: {zone}. It now appears on every page."),
    "duplicate": ("这篇文章已经在数据库中,未重复添加。", "This article is already in the store; nothing was added."),
    "need_input": ("请粘贴文本或上传文件。", "Paste some text or upload a file."),
    "bad_article": ("无法读取该文章:", "Cannot read this article: "),
    "zone_detected": ("识别的开发区", "Detected zone"),
    "unknown_zone_hint": ("(不在名录中,按文中名称识别)", "(not in the gazetteer; named from the text)"),
    "no_body": ("找不到这篇文章的正文。", "No text found for this article."),
    "building_store": ("首次启动:正在用 seeds/ 中的文章建立数据库…", "First start: building the store from seeds/…"),
    "loading": ("正在读取数据…", "Loading data…"),
    "loading_keywords": ("正在统计关键词…", "Counting keywords…"),
    "saving": ("正在提取并保存…", "Extracting and saving…"),
    "extracting": ("正在提取…", "Extracting…"),
}


COLUMN_LABELS: dict[str, str] = {
    "zone": "开发区", "file": "文件", "kind": "类型", "metric": "指标", "value": "数值", "unit": "单位",
    "comparator": "比较", "year": "年份", "sentence": "原句", "value_norm": "标准值", "unit_norm": "标准单位",
    "category": "类别", "group": "指标组", "industry": "产业", "canonical": "标准产业", "mapped": "已映射",
    "name": "名称", "role": "角色", "investment": "投资额", "investment_unit": "投资单位", "city": "城市",
    "province": "省份", "level": "级别", "publish_date": "日期", "title": "标题", "source_link": "原文",
    "raw_names": "原文名称", "mentions": "提及次数", "term": "关键词", "weight": "权重", "fact_id": "编号",
    "articles_n": "文章数", "targets_n": "目标数", "achievements_n": "成绩数", "industries_n": "产业数",
    "enterprises_n": "企业/项目数", "headline": "投资目标", "top_industries": "主要产业",
    "count": "次数", "other_count": "其他开发区次数", "rank": "排名",
}


KINDS = ("target", "achievement")


def lang() -> str:
    """zh or en: the sidebar toggle, or before it is drawn (navigation titles) the URL's lang_en."""
    if "lang_en" in st.session_state:
        return "en" if st.session_state["lang_en"] else "zh"
    try:
        return "en" if str(st.query_params.get("lang_en", "")).lower() in ("true", "1") else "zh"
    except Exception:
        return "zh"


def t(key: str, **kw) -> str:
    """The label for key in the current language."""
    zh, en = LABELS.get(key, (key, key))
    text = en if lang() == "en" else zh
    return text.format(**kw) if kw else text


def col_label(col: str) -> str:
    return COLUMN_LABELS.get(col, col) if lang() == "zh" else col


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Rename columns to the labels of the current language (what is shown is what is downloaded)."""
    return df.rename(columns={c: col_label(c) for c in df.columns})


def text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return ""
    return str(v)


def texts(series: pd.Series) -> pd.Series:
    """A column as plain text, missing values as '' (the vectorised form of text)."""
    if isinstance(series.dtype, pd.StringDtype):
        return series.fillna("")  # already text (the store's columns): no copy into Python objects
    return series.astype("string").fillna("").astype(object)
