"""Labels in Chinese and English: the language toggle, column labels, and missing values shown as ''."""

from __future__ import annotations

import csv
import math
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("开发区对比", "Development zone comparison"),
    "overview": ("总览", "Overview"),
    "targets": ("指标对比", "Indicators"),
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
    "group_by": ("比较单位", "Compare by"),
    "group_zone": ("开发区", "Zone"),
    "group_place": ("县(市、区)", "County or district"),
    "group_city": ("城市", "City"),
    "group_province": ("省份", "Province"),
    "n_zone": ("开发区数", "Zones"),
    "n_place": ("县(市、区)数", "Counties and districts"),
    "n_city": ("城市数", "Cities"),
    "n_province": ("省份数", "Provinces"),
    "all": ("全部", "All"),
    "target": ("目标", "Target"),
    "achievement": ("已完成", "Achievement"),
    "download": ("下载 CSV", "Download CSV"),
    "chart_capped": ("图中为数字最多的 {zones} 个开发区(共 {zones_total} 个)和它们最常报告的 {metrics} 个指标"
                     "(共 {metrics_total} 个);在左侧选择开发区可比较其他开发区,全部数字见下表。",
                     "The chart shows the {zones} zones with the most figures (of {zones_total}) and the {metrics} "
                     "metrics they report most (of {metrics_total}); pick zones on the left to compare others, "
                     "the table has every figure."),
    "cards_capped": ("卡片为文章最多的 {n} 个{what}(共 {total} 个);在左侧选择开发区可看其他卡片,下方对比表有全部{what}。",
                     "Cards show the {n} most written about (of {total}); pick zones on the left for others, the "
                     "comparison table below has them all."),
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
    "achievements_n": ("已完成数", "Achievements"),
    "industries_n": ("产业数", "Industries"),
    "enterprises_n": ("企业/项目数", "Enterprises"),
    "headline": ("投资目标", "Headline investment target"),
    "top_industries": ("主要产业", "Top industries"),
    "city": ("城市", "City"),
    "zone_official": ("正式名称", "Official name"),
    "level": ("级别", "Level"),
    "date": ("文章日期", "Article date"),
    "compare_table": ("对比表", "Comparison table"),
    "chart_by_cat": ("按类别与开发区对比(同一单位)", "By category and zone (same unit only)"),
    "all_figures": ("全部数字", "All figures"),
    "open_source": ("查看原文", "Open source"),
    "pick_figure": ("选择一个数字查看原文", "Pick a figure to read its source"),
    "heatmap": ("开发区 × 产业 热力图", "Zone × industry heatmap"),
    "per_category": ("各类别产业数", "Industries per category"),
    "overlap": ("产业同质化:两个开发区共同发展的类别或产业", "Industry overlap: categories or industries two zones share"),
    "raw_names": ("每格背后的原文名称", "Raw names behind each cell"),
    "investment_chart": ("投资额(同一单位)", "Investment (same unit only)"),
    "top_terms": ("高频关键词(TF-IDF)", "Top terms (TF-IDF)"),
    "distinctive": ("特色关键词", "Distinctive terms"),
    "article": ("文章", "Article"),
    "facts_in_article": ("本文提取的数字", "Figures extracted from this article"),
    "industries_in_article": ("本文提取的产业", "Industries extracted from this article"),
    "selected_fact": ("选中的数字", "Selected figure"),
    "paste": ("粘贴文章文本", "Paste the article text"),
    # Streamlit's uploader says "Drag and drop a file here", "Upload" and "10MB per file" in English whatever
    # the language (no parameter sets them): the label says it in Chinese (docs/SCREENSHOTS.md)
    "upload": ("或上传 .txt / .html 文件:拖到下面的框里,或点击 Upload 选择文件(每个文件不超过 10 MB)",
               "or upload a .txt / .html file: drop it on the box below or click Upload (at most 10 MB)"),
    "file_name": ("文件名(可选)", "File name (optional)"),
    "preview": ("预览提取结果", "Preview extraction"),
    "save": ("保存到数据库", "Save to the store"),
    "saved": ("已保存:{zone},现已出现在所有页面。", "Saved: {zone}. It now appears on every page."),
    "found_targets": ("提取的数字(目标与已完成)", "Figures found (targets and results)"),
    "found_industries": ("提取的产业", "Industries found"),
    "found_enterprises": ("提取的企业与项目", "Enterprises and projects found"),
    "compare_new": ("在「指标对比」中与其他开发区对比 {zone}", "Compare {zone} with other zones under Indicators"),
    "duplicate": ("这篇文章已经在数据库中,未重复添加。", "This article is already in the store; nothing was added."),
    "step_reading": ("正在读取和清理文本…", "Reading and cleaning the text…"),
    "step_checking": ("正在查重…", "Checking whether it is already stored…"),
    "step_extracting": ("正在提取数字、产业和企业…", "Extracting figures, industries and enterprises…"),
    "step_saving": ("正在写入数据库…", "Writing to the store…"),
    "store_problem": ("数据库无法使用:", "The store cannot be used: "),
    "need_input": ("请粘贴文本或上传文件。", "Paste some text or upload a file."),
    "bad_article": ("无法读取该文章:", "Cannot read this article: "),
    "zone_detected": ("识别的开发区", "Detected zone"),
    "unknown_zone_hint": ("(不在名录中,按文中名称识别)", "(not in the gazetteer; named from the text)"),
    "composed_zone_hint": ("(不在名录中,由文中地名与开发区称呼组成)",
                           "(not in the gazetteer; named by the page's place and the zone word it uses)"),
    "unresolved_zone_hint": ("(文中未写开发区全称与所在地:单独列出,不与其他文章合并)",
                             "(the page names neither its zone nor its place: listed on its own, never merged with "
                             "other articles)"),
    "no_body": ("找不到这篇文章的正文。", "No text found for this article."),
    # 指标对比 / 目标与完成 / 产业 / 企业 (issue 13, pages)
    "f_indicator": ("指标", "Indicators"),
    "indicator_table": ("{what} × 指标:最新目标与最新完成", "{what} × indicator: latest target and latest result"),
    "indicator_panels": ("按指标对比:每个{what}的目标与完成", "By indicator: each {what_lower}'s target and result"),
    "panels_capped": ("图中为报告开发区最多的 {n} 张图(每张一个指标的一种口径和单位;共 {total} 个指标);"
                      "在左侧「指标」中可选择其他指标。",
                      "The charts show the {n} panels most zones report (one per indicator, measure and unit; "
                      "{total} indicators in all); pick others under Indicators on the left."),
    "shares_capped": ("图中为最近年份的 {n} 个目标(共 {total} 个有完成数据的目标);在左侧选择开发区或年份可看其他目标,"
                      "表中有全部目标。", "The chart shows the {n} targets of the latest years ({total} have a result); "
                      "pick zones or years on the left for others, the table has every target."),
    "keyword_zones_capped": ("图中为文章用词最多的 {zones} 个开发区(共 {zones_total} 个);在左侧选择开发区可看其他开发区,"
                             "表中有全部开发区。", "The charts show the {zones} zones with the most words in their "
                             "articles (of {zones_total}); pick zones on the left for others, the table has every zone."),
    "zones_capped": ("图中为报告指标最多的 {zones} 个开发区(共 {zones_total} 个);在左侧选择开发区可比较其他开发区,"
                     "表中有全部开发区。", "The charts show the {zones} zones reporting the most indicators (of "
                     "{zones_total}); pick zones on the left to compare others, the table has every zone."),
    "pattern_note": ("斜线柱为目标,实心柱为已完成;每个开发区取最新年份的数字,悬停可看年份、时段和原文指标名。",
                     "Hatched bars are targets, solid bars results; each zone shows its latest figure (hover for "
                     "year, period and the metric as written)."),
    "no_indicators": ("当前筛选条件下还没有归入标准指标的数字;全部数字列在下方。",
                      "No figure has a canonical indicator under these filters; every figure is listed below."),
    "unmapped": ("未归入标准指标的数字(仅列出,不汇总、不作图)", "Figures without a canonical indicator (listed, "
                 "never summed or charted)"),
    "zones_without_indicator": ("{zones}:这些指标下没有数字,所以图中没有它们。",
                                "{zones}: no figure on these indicators, so not in the charts."),
    "figures_of_picked": ("下表只列出所选指标({indicators})的数字;清空左侧「指标」可看全部数字和未归入标准指标的数字。",
                          "The table below lists the figures of the picked indicators ({indicators}) only; clear "
                          "Indicators on the left to see every figure, unmapped ones included."),
    "year_period": ("年份与时段", "Year and period"),
    "metric_as_written": ("原文指标", "Metric as written"),
    "figures_n": ("同类数字", "Figures behind it"),
    "progress": ("目标与完成", "Targets and results"),
    "progress_table": ("目标与同年完成情况", "Each target beside the results of its year"),
    "share_axis": ("完成率(完成 ÷ 目标)", "Share of target reached (result ÷ target)"),
    "shares_beyond_axis": ("{n} 个目标的完成率超过 {cap}:柱在 {cap} 处截断(交叉线),柱上 {flag} 后为实际完成率。"
                           "这样的数字多半是另一口径的完成数,或目标对错了(如单个项目的投资对全区目标),请在表中核对目标、完成及其文章。",
                           "{n} targets are reached beyond {cap}: their bars are cut at {cap} (cross-hatched), the "
                           "true share after {flag} on the bar. Such a figure is most often a result of another "
                           "scope or a target matched wrongly (one project's sum against a zone's total): check "
                           "the target, the result and their articles in the table."),
    "no_progress": ("还没有能与同一指标、同一年份的完成情况对照的目标。",
                    "No target can be set beside a result of the same indicator and year yet."),
    # plotly (d3) date formats of the timeline's axis ticks and hovers
    "date_year": ("%Y年", "%Y"),
    "date_month": ("%Y年%-m月", "%b %Y"),
    "date_day": ("%Y年%-m月%-d日", "%-d %b %Y"),
    "timeline": ("开发区时间线:各篇文章及其数字", "Zone timeline: articles and their figures"),
    "more_figures": ("同一位置另有 {n} 个数字,见下表", "{n} more figures here: see the table below"),
    "pick_zone": ("选择开发区", "Pick a zone"),
    "targets_without_result": ("尚无同年完成情况的目标({n} 个)", "Targets without a result of their year yet ({n})"),
    "overlap_by": ("比较口径", "Compare by"),
    "by_category": ("战略性新兴产业类别", "Industry category"),
    "by_canonical": ("标准产业", "Canonical industry"),
    "shared_category": ("共同类别数", "Shared categories"),
    "shared_canonical": ("共同产业数", "Shared industries"),
    "overlap_note_category": ("每格为两个开发区共同发展的产业类别数(本区类别数在左侧括号内);悬停可看各区在该类别下的产业。",
                              "Each cell counts the industry categories both zones pursue (a zone's own count in "
                              "brackets on the left); hover to see each zone's industries in them."),
    "overlap_note_canonical": ("每格为两个开发区共同发展的标准产业数(本区产业数在左侧括号内);悬停可看共同产业。",
                               "Each cell counts the canonical industries both zones pursue (a zone's own count in "
                               "brackets on the left); hover to see them."),
    "overlap_own": ("开发区(括号内为本区总数)", "Zone (its own count)"),
    "overlap_needs_two": ("至少需要两个开发区才能比较同质化。", "Overlap needs at least two zones."),
    "shared_heatmap": ("至少两个开发区发展的产业(格内为提及文章数)", "Industries at least two zones pursue "
                       "(cells: articles naming them)"),
    "no_shared_industry": ("当前筛选条件下没有两个以上开发区共同发展的产业。",
                           "No industry is pursued by two or more zones under these filters."),
    "single_zone_industries": ("仅一个开发区发展的产业({n} 个)", "Industries of one zone only ({n})"),
    "pick_industry": ("选择一个产业,查看发展它的所有开发区", "Pick an industry to see every zone pursuing it"),
    "project": ("企业/项目", "Enterprise or project"),
    "investment_note": ("投资额统一换算为亿元(外币为亿美元等),每个项目一根柱;别名已合并(如「润泽」并入全称)。",
                        "Investments in hundreds of millions (the unit on each chart) of one currency, one bar "
                        "per project; aliases merged."),
    "enterprises_table": ("企业与项目(别名合并)", "Enterprises and projects (aliases merged)"),
    "aliases": ("别名", "Aliases"),
    "building_store": ("首次启动:正在用 seeds/ 中的文章建立数据库…", "First start: building the store from seeds/…"),
    "loading": ("正在读取数据…", "Loading data…"),
    "loading_keywords": ("正在统计关键词…", "Counting keywords…"),
    "top_k": ("每个开发区显示的关键词数", "Terms shown per zone"),
    "saving": ("正在提取并保存…", "Extracting and saving…"),
    "extracting": ("正在提取…", "Extracting…"),
}


# column -> (zh, en): every column a page shows or a CSV holds
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "zone": ("开发区", "Zone"), "zone_official": ("正式名称", "Official name"), "file": ("文件", "File"), "kind": ("类型", "Kind"), "metric": ("指标", "Metric"),
    "value": ("数值", "Value"), "unit": ("单位", "Unit"), "comparator": ("比较", "Comparator"),
    "year": ("年份", "Year"), "sentence": ("原句", "Sentence"), "value_norm": ("标准值", "Normalised value"),
    "unit_norm": ("标准单位", "Normalised unit"), "category": ("类别", "Category"), "group": ("指标组", "Group"),
    "industry": ("产业", "Industry"), "canonical": ("标准产业", "Canonical industry"), "mapped": ("已映射", "Mapped"),
    "name": ("名称", "Name"), "role": ("角色", "Role"), "investment": ("投资额", "Investment"),
    "investment_unit": ("投资单位", "Investment unit"), "city": ("城市", "City"), "province": ("省份", "Province"),
    "level": ("级别", "Level"), "publish_date": ("日期", "Date"), "title": ("标题", "Title"),
    "source_link": ("原文", "Source"), "raw_names": ("原文名称", "Names as written"),
    "mentions": ("提及次数", "Mentions"), "term": ("关键词", "Term"), "weight": ("权重", "Weight"),
    "fact_id": ("编号", "Figure id"), "articles_n": ("文章数", "Articles"), "targets_n": ("目标数", "Targets"),
    "achievements_n": ("已完成数", "Achievements"), "industries_n": ("产业数", "Industries"),
    "enterprises_n": ("企业/项目数", "Enterprises"), "headline": ("投资目标", "Headline investment target"),
    "top_industries": ("主要产业", "Top industries"), "count": ("次数", "Count"),
    "other_count": ("其他开发区次数", "Count in other zones"), "rank": ("排名", "Rank"),
    "figure": ("数字", "Figure"), "n": ("数字个数", "Figures"),
    "share_reached": ("完成比例", "Share of target reached"),
    "indicator": ("标准指标", "Indicator"),
    "measure": ("口径", "Measure"),
    "period": ("时段", "Period"),
    "target": ("目标", "Target"),
    "achievement": ("已完成", "Achievement"),
    "share": ("完成率", "Share reached"),
    "met": ("已达标", "Met"),
    "target_file": ("目标出处", "Target source"),
    "achievement_file": ("完成出处", "Achievement source"),
    "target_period": ("目标时段", "Target period"),
    "achievement_period": ("完成时段", "Achievement period"),
    "aliases": ("别名", "Aliases"),
    "roles": ("角色", "Roles"),
    "projects_n": ("项目数", "Projects"),
    "total": ("合计", "Total"),
    "largest": ("最大一项", "Largest"),
    "largest_name": ("最大项目", "Largest project"),
    "zone_a": ("开发区甲", "Zone A"),
    "zone_b": ("开发区乙", "Zone B"),
    "shared_n": ("共同数", "Shared"),
    "shared": ("共同项", "Shared names"),
    "figures": ("数字", "Figures"),
    "zones": ("所含开发区", "Zones in it"),
}

# Data values shown as categories (kinds, measures, categories, groups, indicators, levels, zone types, a
# figure's comparator: >= reads ≥, an industry's mapping: exact reads 原名或同义词) with their zh/en names
DISPLAY_NAMES_CSV = Path(__file__).resolve().parent.parent / "data" / "display_names.csv"
# columns whose values are such names: translated in tables, legends and hovers
NAMED_VALUE_COLUMNS = ("kind", "measure", "category", "group", "indicator", "level", "zone_type", "comparator",
                       "mapped")


@lru_cache(maxsize=1)
def _display_rows() -> tuple[dict[str, str], ...]:
    with open(DISPLAY_NAMES_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def display_names() -> dict[str, tuple[str, str]]:
    """name -> (zh, en) from data/display_names.csv."""
    return {r["name"]: (r["zh"], r["en"]) for r in _display_rows()}


@lru_cache(maxsize=1)
def english_units() -> dict[str, str]:
    """Every unit with its English form as written after a number: the units of data/display_names.csv (kind
    unit), and each of them after a multiplier (kind unit_multiplier: 亿元 -> '100 million yuan')."""
    units = {r["name"]: r["en"] for r in _display_rows() if r["kind"] == "unit"}
    multipliers = {r["name"]: r["en"] for r in _display_rows() if r["kind"] == "unit_multiplier"}
    composed = {m + u: f"{m_en} {u_en}" for m, m_en in multipliers.items() for u, u_en in units.items()}
    return {**composed, **units}  # a unit of its own (千瓦) is not a multiplier and a unit (千 + 瓦)


@lru_cache(maxsize=1)
def _figure_unit_pattern() -> re.Pattern[str]:
    """A number followed by a unit of english_units() (the longest unit first, not running on into a word)."""
    units = "|".join(map(re.escape, sorted(english_units(), key=len, reverse=True)))
    return re.compile(rf"(?<![\d.])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>{units})(?![\u4e00-\u9fff])")


def _english_number_unit(m: re.Match) -> str:
    unit = english_units()[m["unit"]]
    if unit == "%":
        return m["num"] + unit
    return f"{m['num']} × {unit}" if unit[0].isdigit() else f"{m['num']} {unit}"  # 192 × 100 million yuan


def unit_label(unit) -> str:
    """A unit in the current language: as written in Chinese, its English form in English (a unit the table
    lacks stays as written)."""
    value = text(unit)
    return english_units().get(value, value) if lang() == "en" and value else value


# Why the library could not read an article (devzone.text.ArticleError.reason, English) in Chinese: one row per
# reason with an example message it matches and one it must not (tests/test_labels.py)
ARTICLE_ERRORS_CSV = DISPLAY_NAMES_CSV.with_name("article_errors.csv")


@lru_cache(maxsize=1)
def article_error_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern of the library's reason, Chinese wording with the pattern's groups as {fields})."""
    with open(ARTICLE_ERRORS_CSV, encoding="utf-8-sig", newline="") as f:
        return tuple((re.compile(r["reason"]), r["zh"]) for r in csv.DictReader(f))


def article_error_label(reason: str, detail: str = "") -> str:
    """Why an article cannot be read, in the current language: in Chinese the wording of
    data/article_errors.csv, the library's own message kept after it as the detail (a reason without a row
    is shown as the library gives it)."""
    detail = detail or reason
    if lang() == "en":
        return detail
    for pattern, zh in article_error_rules():
        m = pattern.search(reason)
        if m:
            return f"{zh.format(**m.groupdict())}(详情:{detail})"
    return detail


KINDS = ("target", "achievement")
# what the comparison pages compare: zones, or the county-level places, cities or provinces they lie in
GROUPINGS = ("zone", "place", "city", "province")


def grouping() -> str:
    """The sidebar's 比较单位 (zone, place, city or province), or before it is drawn the URL's `by`."""
    by = st.session_state.get("by")
    if by is None:
        try:
            by = st.query_params.get("by", "zone")
        except Exception:
            by = "zone"
    return by if by in GROUPINGS else "zone"


def group_label() -> str:
    """What a chart's zone axis or legend and a table's zone column hold: 开发区, 县(市、区), 城市 or 省份."""
    return t(f"group_{grouping()}")


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
    """A column's label in the current language (the column name itself when the table lacks it); the zone
    column holds what the sidebar compares (zones, places, cities or provinces)."""
    if col == "zone":
        return group_label()
    zh, en = COLUMN_LABELS.get(col, (col, col))
    return en if lang() == "en" else zh


def name_label(value) -> str:
    """A category-like value (kind, measure, category, group, indicator) in the current language;
    values without a display name are shown as they are."""
    names = display_names().get(text(value))
    if names is None:
        return text(value)
    return names[1] if lang() == "en" else names[0]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the period labels data/periods.csv makes from a pattern ({n} months, {w} years, a five-year plan)
_PERIOD_FORMS = (
    (re.compile(r"1-(?P<n>\w{1,2})月"), lambda n: f"Jan–{_MONTHS[n - 1]}"),
    (re.compile(r"截至(?P<n>\w{1,2})月底"), lambda n: f"to end {_MONTHS[n - 1]}"),
    (re.compile(r"十(?P<n>[一二三四五])五"), lambda n: f"{10 + n}th Five-Year Plan"),
    (re.compile(r"(?P<n>\w{1,2})年"), lambda n: f"{n} years"),
    (re.compile(r"(?P<n>\d{4})年以来"), lambda n: f"since {n}"),
)


def _number(word: str) -> int | None:
    """1..12 written in digits or Chinese numerals (五, 十二), else None."""
    if word.isdigit():
        return int(word)
    if word.startswith("十"):
        return 10 + _CN_DIGITS.get(word[1:], 0) if len(word) <= 2 else None
    return _CN_DIGITS.get(word) if len(word) == 1 else None


def period_label(period) -> str:
    """A figure's period (全年, 1-9月, 十四五 …) in the current language."""
    value = text(period)
    if lang() != "en" or not value:
        return value
    if value in display_names():
        return display_names()[value][1]
    for form, english in _PERIOD_FORMS:
        m = form.fullmatch(value)
        n = _number(m["n"]) if m else None
        if n is not None and (n <= 12 or form.pattern.endswith(("年", "以来"))):
            return english(n)
    return value


_FIGURE_WHEN = re.compile(r"\((?P<year>\d{4})?(?P<gap> ?)(?P<period>[^()]*)\)")
# columns of text from the articles, never rewritten; figure texts ('≥50个 (2021 全年)') are in the others
_ARTICLE_TEXT_COLUMNS = {"zone", "file", "metric", "sentence", "title", "name", "aliases", "industry", "canonical",
                         "raw_names", "term", "shared", "headline", "top_industries", "category", "indicator"}
PERIOD_COLUMNS = ("period", "target_period", "achievement_period")
UNIT_COLUMNS = ("unit", "unit_norm", "unit_stated", "investment_unit")


def _translate_when(cell):
    """'≥50个 (2021 全年)' -> '≥50个 (2021 full year)' (English only; other text unchanged)."""
    if not isinstance(cell, str) or "(" not in cell:
        return cell
    return _FIGURE_WHEN.sub(lambda m: f"({m['year'] or ''}{m['gap']}{period_label(m['period'])})", cell)


def _english_figures(cell):
    """'≥50个 (2021 全年)' -> '≥50 units (2021 full year)': each figure's unit and period in English."""
    if not isinstance(cell, str):
        return cell
    return _figure_unit_pattern().sub(_english_number_unit, _translate_when(cell))


def figure_label(cell):
    """A figure's text ('≥50个 (2021 全年)') in the current language: its unit and period read in English."""
    return _english_figures(cell) if lang() == "en" else cell


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Columns renamed to the labels of the current language and category-like values translated (what
    is shown is what is downloaded); in English also the period of a figure, alone or in a figure's text."""
    out = df.copy()
    for col in NAMED_VALUE_COLUMNS:
        if col in out.columns:
            values = out[col]
            out[col] = values.map({v: name_label(v) for v in values.dropna().unique()})  # per value, not row
    if lang() == "en":
        for col in out.columns:
            if col in PERIOD_COLUMNS:
                out[col] = out[col].map(period_label)
            elif col in UNIT_COLUMNS:
                values = out[col]
                out[col] = values.map({v: unit_label(v) for v in values.dropna().unique()})
            elif col not in _ARTICLE_TEXT_COLUMNS and pd.api.types.is_string_dtype(out[col].dtype):
                values = out[col]
                out[col] = values.map({v: _english_figures(v) for v in values.dropna().unique()})
    return out.rename(columns={c: col_label(c) for c in out.columns})


def text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return ""
    return str(v)


def texts(series: pd.Series) -> pd.Series:
    """A column as plain text, missing values as '' (the vectorised form of text)."""
    if isinstance(series.dtype, pd.StringDtype):
        return series.fillna("")  # already text (the store's columns): no copy into Python objects
    return series.astype("string").fillna("").astype(object)
