"""The article's reference date and each figure's year and period (devzone.dates)."""

from __future__ import annotations

import re

import pytest

from devzone.dates import (
    CONTENT,
    DATELINE,
    PUBLISHED,
    YEAR,
    Frame,
    anniversary_years,
    article_frame,
    base_spans,
    figure_period,
    figure_year,
    historical_years,
    judged_years,
    looked_back_spans,
    opens_change,
    paragraph_years,
    period_phrases,
    periods,
    plan_periods,
    plan_position_years,
    present_years,
    reference_date,
    reference_year,
    relative_year,
    reports_event,
    time_expressions,
    undated_spans,
    year_closed,
)
from devzone.pipeline import extract_facts
from devzone.targets import _part_lead, _part_name, extract_targets
from devzone.text import Article, split_sentences


@pytest.mark.parametrize("row", periods(), ids=lambda p: f"{p.label}:{p.example[:8]}")
def test_period_table(row):
    """Each period phrase is found in its example and not in its counterexample; each past-event phrase
    marks its example's year as historical, each judging phrase its year as over, not the counterexample's."""
    if row.role in ("history", "closed"):
        years = historical_years if row.role == "history" else judged_years
        assert years(row.example) and not years(row.counterexample)
        if row.role == "history":  # a past event's year dates no figure of a later clause
            event = row.pattern.search(row.example)
            for f in re.finditer(r"\d+(?:\.\d+)?(?:个|平方公里)", row.example[event.end():]):
                at = event.end() + f.start()
                assert figure_year(row.example, at, at + len(f.group(0)), False, Frame(2024, year_so_far=True)) == 2024
    elif row.role == "event_date":  # a year named only as an event's month shows no year of an undated page
        assert reference_year(Article(file="t.txt", body=row.example)) is None
        assert reference_year(Article(file="t.txt", body=row.counterexample)) is not None
        # … nor a year its paragraph goes on about
        after = "园区共有企业20家。"
        assert paragraph_years([row.example, after], 2025)[1] is None
        assert paragraph_years([row.counterexample, after], 2025)[1] is not None
    elif row.role == "within":  # an undated review of part of a year speaks from within that year
        assert reference_year(Article(file="t.txt", body=row.example)) == int(YEAR.search(row.example).group(1))
        assert reference_year(Article(file="t.txt", body=row.counterexample)) == int(
            YEAR.search(row.counterexample).group(1)) + 1
    elif row.role == "just_passed":  # an undated text speaks from the year after the one it calls just passed
        year = int(YEAR.search(row.example).group(1))
        assert reference_year(Article(file="t.txt", body=row.example)) == year + 1
        assert reference_year(Article(file="t.txt", body=row.counterexample)) == year
    elif row.role == "opens":  # a relative year opening a statement: its paragraph goes on about that year
        assert paragraph_years(split_sentences(row.example), 2022)[1] == (2022 if "今年" in row.example else 2021)
        assert paragraph_years(split_sentences(row.counterexample), 2022)[1] is None
    elif row.role == "present":  # read as 今年
        assert any(m.group("this") and row.pattern.fullmatch(m.group(0)) for m in time_expressions(row.example))
        assert not any(row.pattern.fullmatch(m.group(0)) for m in time_expressions(row.counterexample))
    elif row.role == "undated":  # its time words date no figure
        assert undated_spans(row.example) and not undated_spans(row.counterexample)
        assert not any(m.group("dur") for m in time_expressions(row.example))
        assert any(m.group("dur") for m in time_expressions(row.counterexample))
    elif row.role == "looked_back":  # the year looked back on: the last one early in a year, this one late in it
        for text, frame, year in ((row.example, Frame(2023, "一季度"), 2022), (row.example, Frame(2023, late=True), 2023),
                                  (row.counterexample, Frame(2023, "一季度"), 2023)):
            first = re.search(r"\d+个", text)
            assert figure_year(text, first.start(), first.end(), False, frame) == year, (text, frame)
        assert looked_back_spans(row.example) and not looked_back_spans(row.counterexample)
    elif row.role == "aside":  # its time words date only the figures inside it: the last figure keeps 今年
        for text, year in ((row.example, 2025), (row.counterexample, 2024)):
            last = list(re.finditer(r"\d+个", text))[-1]
            assert figure_year(text, last.start(), last.end(), False, Frame(2025)) == year, text
    elif row.role == "review_event":  # a meeting of the day reviews a period: it frames no result as this year's
        for text, year in ((row.example, 2011), (row.counterexample, 2012)):
            a = Article(file="t.txt", publish_date="2012-02-10", body=text + "\n全区实现营业收入5.9亿元。")
            assert [r["year"] for r in extract_targets(a) if r["value"] == "5.9"] == [str(year)], text
    elif row.role == "plan_year":  # a year named by its place in a five-year plan frames an undated text
        years = plan_position_years(row.example)
        assert len(years) == 1 and not plan_position_years(row.counterexample)
        assert reference_year(Article(file="t.txt", body=row.example)) == years.pop()
    elif row.role == "event_name":  # a year written as the first word of an event's name dates an undated page
        year = int(row.pattern.search(row.example).group("y"))
        assert reference_year(Article(file="t.txt", body=row.example)) == year
        assert reference_year(Article(file="t.txt", body=row.counterexample)) is None
        assert reference_year(Article(file="t.txt", body="2010年,园区引进项目30个。" + row.example)) == 2010
    elif row.role == "meeting_year":  # the year's own work meeting frames an undated text as that year
        year = int(row.pattern.search(row.example).group("y"))
        assert year in present_years(row.example) and year not in present_years(row.counterexample)
        assert reference_year(Article(file="t.txt", body=row.example)) == year
        assert reference_year(Article(file="t.txt", body=row.counterexample)) != year
    elif row.role == "anniversary":  # a year named as the present by an anniversary is no past event
        years = anniversary_years(row.example)
        assert len(years) == 1 and not anniversary_years(row.counterexample)
        year = years.pop()
        assert year not in historical_years(row.example)
        assert reference_year(Article(file="t.txt", body=row.example)) == year
        assert reference_year(Article(file="t.txt", body=row.counterexample)) != year
    elif row.role == "change_from":  # the start of a change: a level reached before the figure it rises to
        for text, opens in ((row.example, True), (row.counterexample, False)):
            first = re.search(r"第?[\d一二三四五六七八九十]", text)
            assert opens_change(text, first.start()) is opens, text
        a = Article(file="t.txt", publish_date="2022-01-10", body=row.example)
        assert [r["year"] for r in extract_targets(a)] == ["2020", "2021"]
    elif row.role == "lead":  # a word opening a part's clause: the part's name after it is named in the metric
        own = "今年以来,临港新片区经济稳步增长。"
        assert row.pattern.match(row.example)
        park = _part_name().match(row.example, _part_lead().match(row.example).end()).group(0)
        assert all(r["metric"].startswith(park) for r in extract_facts(Article("t.txt", own + row.example)).targets)
        assert not any(park in r["metric"] for r in extract_facts(Article("t.txt", own + row.counterexample)).targets)
    elif row.role == "average":  # a result's average over years is of the year its sentence names before it
        for text, year in ((row.example, 2021), (row.counterexample, 2021)):
            rate = list(re.finditer(r"[\d.]+%", text))[-1]
            assert figure_year(text, rate.start(), rate.end(), False, Frame(2022)) == year, text
        assert row.pattern.search(row.example) and not row.pattern.search(row.counterexample)
        span = "近五年," + row.example[row.example.index("比"):]  # only the span averaged over: no one year
        rate = list(re.finditer(r"[\d.]+%", span))[-1]
        assert figure_year(span, rate.start(), rate.end(), False, Frame(2022)) is None
    elif row.role == "average_span":  # the years an average runs over: a year named before them dates it not
        for text, year in ((row.example, None), (row.counterexample, 2021)):
            rate = list(re.finditer(r"[\d.]+%", text))[-1]
            assert figure_year(text, rate.start(), rate.end(), False, Frame(2022)) == year, text
        assert row.pattern.search(row.example) and not row.pattern.search(row.counterexample)
    elif row.role == "this_year_part":  # a page of 2025 reporting on part of its own year is no repost of 2013
        for text, year in ((row.example, 2025), (row.counterexample, 2014)):
            assert reference_year(Article(file="t.txt", body=text, publish_date="2025-12-16")) == year, text
    elif row.role == "holding":  # a state held, no time word dating it: the page's year, not the last one
        for text, year in ((row.example, 2024), (row.counterexample, 2023)):
            last = list(re.finditer(r"\d+家", text))[-1]
            assert figure_year(text, last.start(), last.end(), False, Frame(2024)) == year, text
    elif row.role == "now":  # the present: the page's year where it shows one, none where that is only inferred
        def year_of_last(text: str, published: str = "") -> str:
            return extract_targets(Article(file="t.txt", body=text, publish_date=published))[-1]["year"]

        assert reference_date(Article(file="t.txt", body=row.example)).inferred
        assert year_of_last(row.example) == "" and year_of_last(row.example, "2013-03-01") == "2013"
        assert year_of_last(row.counterexample) == "2012"
        assert row.pattern.search(row.example) and not row.pattern.search(row.counterexample)
    elif row.role == "since":  # a span since a year reaches the page's day: a page naming only it is not old content
        assert reference_year(Article(file="t.txt", body=row.example, publish_date="2025-10-10")) == 2025
        assert reference_year(Article(file="t.txt", body=row.counterexample, publish_date="2025-10-10")) == int(
            YEAR.search(row.counterexample).group(1)) + 1
        # … and dates no figure of its own as that year: the span reaches the page's day (a result of 2024 in 2025)
        for text, year in ((row.example, None), (row.counterexample, int(YEAR.search(row.counterexample).group(1)))):
            last = list(re.finditer(r"\d+(?:亿元|家|个)", text))[-1]
            assert figure_year(text, last.start(), last.end(), False, Frame(2025)) == year, text
    elif row.role == "two_year_base":  # a base two years back: an undated text speaks from two years after it
        year = int(row.pattern.search(row.example).group("y"))
        assert reference_year(Article(file="t.txt", body=row.example)) == year + 2
        assert not row.pattern.search(row.counterexample)
        assert reference_year(Article(file="t.txt", body=row.counterexample)) != year + 2
    elif row.role in ("base", "event", "so_far"):
        assert row.pattern.search(row.example) and not row.pattern.search(row.counterexample)
        found = {"base": base_spans, "event": reports_event,
                 "so_far": lambda t: article_frame(Article(file="t.txt", title="", body=t), 2023).year_so_far}
        assert found[row.role](row.example) and not found[row.role](row.counterexample)
    else:
        assert any(p.pattern.fullmatch(row.example[s:e]) for s, e, _ in period_phrases(row.example)
                   for p in [row]), period_phrases(row.example)
        assert not any(row.pattern.fullmatch(row.counterexample[s:e])
                       for s, e, _ in period_phrases(row.counterexample))


@pytest.mark.parametrize("phrase,ref,year", [
    ("今年", 2021, 2021), ("去年", 2021, 2020), ("上年", 2021, 2020), ("上一年", 2021, 2020), ("明年", 2021, 2022),
    ("前年", 2021, 2019), ("上半年", 2021, 2021), ("前三季度", 2021, 2021), ("一季度", 2013, 2013),
])
def test_relative_years_by_jionlp(phrase, ref, year):
    assert relative_year(phrase, ref) == year


@pytest.mark.parametrize("sentence,figure,is_target,ref,year,period", [
    ("2017年1—5月完成工业投资34亿元", "34亿元", False, 2017, 2017, "1-5月"),
    ("1至9月实现营业收入120亿元", "120亿元", False, 2023, 2023, "1-9月"),
    ("今年上半年实现规上工业产值216亿元", "216亿元", False, 2021, 2021, "上半年"),
    ("去年全年完成固定资产投资138亿元", "138亿元", False, 2024, 2023, "全年"),
    ("明年力争引进项目50个", "50个", True, 2020, 2021, ""),
    ("到2025年力争工业总产值突破1000亿元", "1000亿元", True, 2022, 2025, ""),
    ("“十四五”期间引进亿元以上项目100个", "100个", True, 2021, 2025, "十四五"),
    ("前三季度完成固定资产投资80亿元", "80亿元", False, 2019, 2019, "前三季度"),
    ("截至9月底,累计签约项目20个", "20个", False, 2022, 2022, "截至9月底"),
    ("累计引进企业300家", "300家", False, 2022, 2021, "累计"),
    ("截至9月底,签约项目20个", "20个", False, 2022, 2022, "截至9月底"),
    ("三年来引进项目130个", "130个", False, 2022, None, "三年"),
    ("1-9月累计完成规上工业产值224亿元", "224亿元", False, 2023, 2023, "1-9月"),
    ("去年全年完成投资138亿元,今年力争完成150亿元", "150亿元", True, 2024, 2024, ""),
    ("今年上半年实现产值100亿元,全年力争实现200亿元", "200亿元", True, 2024, 2024, "全年"),
    # an explicit year before 年底 keeps it; a base of comparison gives the year after it
    ("截至2018年年底,累计完成固定资产投资5008亿元", "5008亿元", False, 2019, 2018, "累计"),
    ("市场主体存量36581户,较2023年末净增11152户", "11152户", False, 2024, 2024, ""),
    # a base relative to the statement's own year (比上一年度, 较上年) names no year: the statement's year before
    # it, else the year its figure would have without it (that of the 81个 before it)
    ("新签约项目81个,比上一年度增加27个", "27个", False, 2023, 2022, "全年"),  # compared with a whole year
    ("2023年新签约项目81个,比上一年度增加27个", "27个", False, 2023, 2023, "全年"),
    ("第二产业全年实现增加值764.22亿元,较上年增长4.1%", "4.1%", False, 2023, 2022, "全年"),
    ("今年1-5月实现产值120亿元,比去年同期增长12%", "12%", False, 2023, 2023, "1-5月"),
    # the news of the day (近日, 此次, 集中开工) is of the reference year, not a review of the last one
    ("近日,3500吨工业蓝宝石产品成功下线", "3500吨", False, 2022, 2022, ""),
    ("此次集中开工项目10个,总投资51.8亿元", "10个", False, 2020, 2020, ""),
    ("近年来,3500吨工业蓝宝石产品成功下线", "3500吨", False, 2022, 2021, ""),
    # the day's news before a figure beats a year named after it (a project's name)
    ("当天,开工项目有4个,分别为六连路工程项目、南宁综合保税区2020年四期基础设施工程项目", "4个", False, 2022, 2022, ""),
    # the day a figure was quoted, in a clause of its own after it, is no time of the figure
    ("高技术产业增加值占比提升至48.6%。”2月23日下午,他在发布会上介绍", "48.6%", False, 2023, 2022, ""),
    ("5月份完成规上工业产值20亿元", "20亿元", False, 2023, 2023, ""),
    ("“园区新增企业占比提高到35%……”3月8日上午,主任在会上说", "35%", False, 2024, 2023, ""),
    # a base of comparison (较2019年同期) after the statement's own year leaves the figure that year
    ("园区上半年工业产值较2019年同期增长19.3%", "19.3%", False, 2021, 2021, "上半年"),  # a base starts no statement
    ("工业产值增长17.9%,较2019年同期增长19.1%", "19.1%", False, 2021, 2020, ""),

    # a change from a year's value (从2021年的13.8%增至14%): the start is that year's, the end the statement's
    ("2022年,总量占全市比重从2021年的13.8%增至14%", "13.8%", False, 2023, 2021, ""),
    ("2022年,总量占全市比重从2021年的13.8%增至14%", "14%", False, 2023, 2022, ""),
    ("跨境电商进出口完成483.7万单,是2016年全年的3.1倍", "3.1倍", False, 2018, 2017, "全年"),
    # an aim's yearly average up to a deadline is for the deadline; a result's is for the year its sentence names
    # (the end of a span), none when the span is all it names
    ("到2030年,园区工业增加值年均增长8%以上", "8%", True, 2024, 2030, "年均"),
    ("2019年至2023年,园区工业增加值年均增长8%", "8%", False, 2024, 2023, "年均"),
    ("“十三五”期间,实际利用外资年均增长12.7%", "12.7%", False, 2021, 2020, "年均"),
    ("2020年,全区地区生产总值实现166亿元,为2015年的1.9倍,年均增长13.6%", "13.6%", False, 2021, 2020, "年均"),
    ("4年来,新片区地区生产总值年均增长21.2%", "21.2%", False, 2020, None, "年均"),
    ("自2015年8月获批设立以来,福州新区生产总值年均增长8.9%", "8.9%", False, 2020, None, "年均"),
    # a past event of the zone dates its own clause only
    ("开发区始建于1992年,2012年经国务院批准升级为国家级开发区,现辖4个镇", "4个", False, 2021, 2020, ""),
    ("2012年经国务院批准升级为国家级开发区的3个园区", "3个", False, 2021, 2012, ""),
    # a streak (连续5年) names no year of the figure; 新一年 is the reference year
    ("园区连续5年居全国综保区第一", "第一", False, 2023, 2022, ""),
    ("新一年园区将计划引进超亿美元项目4个", "4个", True, 2019, 2019, ""),
    # a later plan's date after a figure is no time of it; a year stated after a figure in its clause is
    ("该项目总投资约50亿元,预计2026年3月正式投产", "50亿元", False, 2025, 2024, ""),
    ("该项目总投资约50亿元,2026年3月正式投产", "50亿元", False, 2025, 2026, ""),
    # a span since a year: since the reference year or the one before it is that year (like 去年以来), else none
    ("2023年以来,园区全年新签约并注册项目96个", "96个", False, 2024, 2023, "全年"),
    ("2023年以来,园区新签约亿元以上项目81个", "81个", False, 2023, 2023, "2023年以来"),
    ("2021年以来,争取了6000万元地方专项债资金", "6000万元", False, 2024, None, "2021年以来"),
    # a bracketed year with no other before the figure is still its year
    ("园区工业总产值(2021年)达到100亿元", "100亿元", False, 2023, 2021, ""),
])
def test_year_and_period_of_a_figure(sentence, figure, is_target, ref, year, period):
    start = sentence.index(figure)
    end = start + len(figure)
    frame = Frame(ref)
    assert figure_year(sentence, start, end, is_target, frame) == year
    assert figure_period(sentence, start, end, frame, is_target) == period


@pytest.mark.parametrize(("sentence", "figure", "year"), [
    # a base of comparison after a figure names no year of it: in a report on the first quarter, its year
    ("服务业增加值增长18.4%,三产比重由去年同期的24.53%提高到27.76%", "18.4%", 2017),
    ("服务业增加值增长18.4%,三产比重由去年同期的24.53%提高到27.76%", "24.53%", 2016),  # the base's own value
    ("服务业增加值增长18.4%,三产比重由去年同期的24.53%提高到27.76%", "27.76%", 2017),
    ("规模以上工业企业完成1464.3亿元,同比增长77.4%,较2015年同期增长176.7%", "1464.3亿元", 2017),
    # the growth over an old base is the report's year, not the year after the base
    ("规模以上工业企业完成1464.3亿元,同比增长77.4%,较2015年同期增长176.7%", "176.7%", 2017),
    ("规模以上工业企业完成1464.3亿元,同比增长77.4%,较2016年同期增长176.7%", "176.7%", 2017),
    # a two-year average against the base is the report's own figure, not a span's
    ("营业总收入同比增长61.3%,较2015年同期增长73.3%,两年平均增长31.7%", "31.7%", 2017),
])
def test_a_base_of_comparison_in_a_part_year_report(sentence, figure, year):
    start = sentence.index(figure)
    assert figure_year(sentence, start, start + len(figure), False, Frame(2017, "一季度")) == year


@pytest.mark.parametrize(("title", "body", "year"), [
    # the news of the day in the body's lead (近日, 连日来): the article's unmarked results are of its year …
    ("", "近日,开发区新材料产业园内两块用地成功拍卖出让。\n园区新注册企业11家,实现营业收入5.9亿元。", "2021"),
    ("", "19个开工项目全面铺开。连日来,开发区46个项目如火如荼推进。\n园区新注册企业11家,实现营业收入5.9亿元。", "2021"),
    # … not when only the title tells it (a review of last year under a signing's headline)
    ("开发区22个优质项目集中签约奠基", "开发区加快发展。\n园区新注册企业11家,实现营业收入5.9亿元。", "2020"),
])
def test_the_news_of_the_day_in_the_lead_frames_unmarked_results(title, body, year):
    a = Article(file="t.txt", title=title, publish_date="2021-06-04", body=body)
    assert [r["year"] for r in extract_targets(a) if r["value"] == "5.9"] == [year]


_LONG_LEAD = "园区坚持项目为王,持续优化营商环境," * 6 + "推动高质量发展。\n"


@pytest.mark.parametrize(("body", "publish", "year"), [
    # a paragraph that opens with 去年 or 今年以来 goes on about that year (not the default of its page)
    ("去年东湖高新区实现企业总收入3810亿元,同比增长30%。30多家单位开展试点,上市公司30家。", "2022-08-10", "2021"),
    (_LONG_LEAD + "今年以来,园区持续抓项目、强产业。新签约项目53个,其中100亿级项目1个。", "2022-03-10", "2022"),
    (_LONG_LEAD + "园区持续抓项目、强产业。新签约项目53个,其中100亿级项目1个。", "2022-03-10", "2021"),
])
def test_a_paragraph_that_opens_with_a_relative_year_goes_on_about_it(body, publish, year):
    a = Article(file="t.txt", publish_date=publish, body=body)
    assert {r["year"] for r in extract_targets(a) if r["value"] in ("30", "53")} == {year}


def test_a_year_characterised_opens_no_paragraph_year():
    assert paragraph_years(["今年是园区发展的关键之年。", "新签约项目53个。"], 2022) == [None, None]
    assert paragraph_years(["今年园区持续抓项目。", "新签约项目53个。"], 2022) == [None, 2022]


def test_a_part_year_report_frames_its_unmarked_results():
    a = Article(file="t.txt", title="1—5月重庆高新区工业经济扩量提质", publish_date="2017-06-22",
                body="1—5月重庆高新区工业经济扩量提质成效明显。\n电子信息产业实现产值142.6亿元,同比增长46.6%。")
    rows = [r for r in extract_targets(a) if r["value"] == "142.6"]
    assert article_frame(a, 2017).period == "1-5月"
    assert rows and rows[0]["year"] == "2017" and rows[0]["period"] == "1-5月"


def test_a_page_from_late_in_the_year_reports_on_that_year():
    a = Article(file="t.txt", publish_date="2019-11-09", body="东山开发区加快发展。\n园区已新开工项目7个,完成投资34亿元。")
    assert {r["year"] for r in extract_targets(a)} == {"2019"}
    early = Article(file="t.txt", publish_date="2019-03-05", body="东山开发区加快发展。\n园区已新开工项目7个,完成投资34亿元。")
    assert {r["year"] for r in extract_targets(early)} == {"2018"}


@pytest.mark.parametrize(("body", "years"), [
    # an event of the day earlier in the paragraph: its figures are the day's news, not last year's review
    ("6月29日上午,高新区举行重大项目开(竣)工仪式。开工项目有6个,竣工项目1个。", {"2022"}),
    ("集中开工项目具有覆盖广、支撑强等特点。从投资规模来看,有10亿元以上项目6个。", {"2022"}),
    # … unless a year named after it starts a review of its own
    ("6月29日上午,高新区举行5个重大项目开工仪式。2021年,全区实现营业收入5.9亿元。", {"2021"}),
    ("高新区加快项目建设。全区实现营业收入5.9亿元。", {"2021"}),
    ("去年,高新区先后举办6场项目集中签约活动。全区实现营业收入5.9亿元。", {"2021"}),
])
def test_the_news_of_the_day_goes_on_in_its_paragraph(body, years):
    a = Article(file="t.txt", publish_date="2022-06-30", body=body)
    assert {r["year"] for r in extract_targets(a) if r["value"] in ("5.9", "6")} == years


def test_a_paragraph_that_opens_with_a_year_goes_on_about_it():
    a = Article(file="t.txt", publish_date="2021-11-05",
                body="2021年,江阴高新区牢固树立项目理念。全区签约超亿元项目80个,总投资876亿元。")
    assert {r["year"] for r in extract_targets(a)} == {"2021"}


@pytest.mark.parametrize("body,publish,year,source", [
    ("今年园区引进项目40个。", "2022-01-20", 2022, PUBLISHED),
    ("2021年11月05日 星期五\n2021年,园区签约项目80个。今年将引进项目40个。", "", 2021, DATELINE),
    # a wire's dateline opening the lead after a subtitle; a date later in that line is no dateline
    ("聚力高质量发展\n金山网讯 2024年12月31日下午,高新区召开2025年工作会议。今年将引进项目40个。", "", 2024, DATELINE),
    ("聚力高质量发展\n园区于2024年12月31日下午召开2025年工作会议。今年将引进项目40个。", "", 2025, CONTENT),
    # a historical date is not the article's date: the founding year does not set "今年"
    ("园区于2011年6月成立。2012年升级为国家级开发区。今年上半年实现产值6.69亿元,力争全年实现20亿元。",
     "", None, ""),
    # a 2024 repost of a review written about 2013
    ("2013年,开发区实现工业总产值500亿元,同比增长12%。", "2024-03-01", 2014, CONTENT),
    # an undated page on a year's evaluation was written after that year
    ("今年是东部城区建设的突破之年。在2017年招商引资考核中,经开区列全市第2位。", "", 2018, CONTENT),
    # a figure of a year followed by 今年 in its sentence: 今年 is a later year (not 2013年工作会议透露,今年将…)
    ("出口额从2018年的15亿元升至2022年的138亿元,再到今年前4个月的45%。", "", 2023, CONTENT),
    ("园区2013年工作会议透露,今年将瞄准产值200亿元目标。", "", 2013, CONTENT),
    # … nor when the year is the one of the event the page reports (2020年…集中开工活动), nor when the only
    # digits after it are another year (2021年第二十三届庙会暨2021年…推介会举行,这也是今年…)
    ("同一天,2020年园区重点产业项目集中开工活动现场传来佳音:年产150万平方米墙板项目开工,园区今年15个重点项目中"
     "已有5个开工。", "", 2020, CONTENT),
    ("近日,2021年第二十三届蚕花庙会暨2021年开发区招商推介会在上海举行,这也是今年开发区进沪的首场推介。共签约项目6个。",
     "", 2021, CONTENT),
    ("近日,2021年开发区招商推介会签约项目6个,总投资32亿元,今年还将举办推介会3场。", "", 2022, CONTENT),
    # an event day in the lead later in the year than the publish date: last year's event, reposted
    ("12月28日,项目观摩推进会在开发区举行。今年以来,开发区签约项目16个。", "2022-01-03", 2021, DATELINE),
    ("3月28日,项目观摩推进会在开发区举行。今年以来,开发区签约项目16个。", "2022-04-03", 2022, PUBLISHED),
    ("6月1日,园区新政策正式实施,引进项目可获补贴。", "2022-03-20", 2022, PUBLISHED),
    # a base of comparison (较2019年同期) names an old year, the content is not old: no repost
    ("1-8月,工业总产值完成1586.7亿元,同比增长77.3%,较2019年同期增长133.9%。", "2021-10-13", 2021, PUBLISHED),
    ("2019年,工业总产值完成1586.7亿元,同比增长77.3%。", "2021-10-13", 2020, CONTENT),
])
def test_reference_date(body, publish, year, source):
    when = reference_date(Article(file="t.txt", body=body, publish_date=publish))
    assert (when.year, when.source) == (year, source)


def test_an_undated_page_whose_only_year_is_in_its_title_speaks_from_it():
    a = Article(file="t.txt", title="某经济开发区2023年重点工作安排", body="今年园区力争引进亿元以上项目30个。")
    assert reference_date(a) == reference_date(a).__class__(2023, "2023", CONTENT)
    assert [r["year"] for r in extract_targets(a)] == ["2023"]


def test_a_span_of_years_lends_each_year_to_its_figure_in_a_respective_list():
    body = "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%。"
    a = Article(file="t.txt", publish_date="2019-01-10", body=body)
    got = {r["value"]: (r["year"], r["period"]) for r in extract_targets(a)}
    assert got["236.3"][0] == "2016" and got["314.5"][0] == "2017" and got["365"][0] == "2018"
    assert got["24.5"] == ("", "年均")  # an average over a span whose years are given one by one: of none of them


def test_a_span_since_a_year_is_no_single_year():
    a = Article(file="t.txt", publish_date="2024-07-01", body="2021年以来,争取了6000万元地方专项债资金。")
    assert [(r["year"], r["period"]) for r in extract_targets(a)] == [("", "2021年以来")]


@pytest.mark.parametrize(("title", "year", "closed"), [
    ("重庆高新区2024年经济社会发展情况及2025年重点工作", 2024, True),
    ("XX开发区2023年工作总结和2024年工作思路", 2023, True),
    ("XX开发区2024年重点工作安排", 2024, False),
    ("XX开发区2024年工作总结", 2024, False),
])
def test_a_review_that_plans_the_next_year_speaks_once_its_year_is_over(title, year, closed):
    a = Article(file="t.txt", body=f"{year}年,园区全年GDP为300亿元。", title=title)
    assert year_closed(a, reference_year(a)) is closed


def test_a_plan_named_after_a_figure_leaves_it_the_paragraphs_year():
    sentence = "其中,地区生产总值达到4158.8亿元,实现“十四五”良好开局"
    start = sentence.index("4158.8")
    assert figure_year(sentence, start, start + 9, False, Frame(2022), paragraph_year=2021) == 2021


@pytest.mark.parametrize(("text", "judged"), [
    ("在2017年招商引资考核中,经开区列全市第2位。", {2017}),
    ("在全市2022年经济社会发展成就新闻发布会上,该区负责人介绍。", {2022}),
    ("确保在2024年全省开发区考核中位列前3。", set()),  # an aim, not a verdict
    ("在2019年上半年争先创优综合考评中排名第一。", set()),  # half a year judged: the year goes on
])
def test_a_judged_or_reviewed_year_is_over(text, judged):
    assert judged_years(text) == judged


def test_an_undated_review_that_plans_the_next_year_speaks_from_the_year_it_reviews():
    a = Article(file="t.txt", title="经开区2022年经济社会发展总体情况和2023年工作打算汇报",
                body="今年以来,经开区预计全年实现地区生产总值685亿元。\n2023年力争实现地区生产总值750亿元。")
    assert reference_year(a) == 2022 and year_closed(a, 2022)


def test_the_year_of_the_event_a_text_reports_is_its_own():
    """An undated page on "2019年集中签约、开工活动" speaks from 2019, though it reports results of 2019."""
    a = Article(file="t.txt", body="29日,园区举行“2019年集中签约、开工活动”,现场签约项目61个。\n"
                                   "2018年园区实现总收入3000亿元。")
    assert reference_year(a) == 2019


@pytest.mark.parametrize(("title", "body", "so_far"), [
    ("", "2023年以来,该区新签约亿元以上项目81个。", True),
    ("", "今年以来,高新区新签约项目30个。", True),
    ("", "2021年以来,该区新签约亿元以上项目81个。", False),  # since an earlier year: a span, not this year
    ("", "去年,该区新签约亿元以上项目81个。", False),
])
def test_a_report_on_the_year_so_far_frames_its_results(title, body, so_far):
    a = Article(file="t.txt", title=title, body=body + "\n2023年全区实现营收100亿元,同比增长5%。",
                publish_date="2023-05-10")
    assert article_frame(a, reference_year(a)).year_so_far is so_far


def test_a_year_named_as_a_comparison_base_is_before_the_texts_own_year():
    a = Article(file="t.txt", body="截至9月,高新区市场主体存量为36581户,较2023年末净增11152户。")
    assert reference_year(a) == 2024


@pytest.mark.parametrize(("body", "closed"), [
    ("新华网海口12月27日电(记者 王某)据统计,2010年园区工业总产值572亿元。", True),
    ("新华网海口6月27日电(记者 王某)据统计,2010年园区工业总产值572亿元。", False),
    # a December dateline with its year, after a subtitle: the year-end meeting's 预计 figures are results
    ("聚力高质量发展\n金山网讯 2024年12月31日下午,高新区召开2025年工作会议。预计实现地区生产总值增长6.5%。", True),
    ("聚力高质量发展\n金山网讯 2024年6月30日下午,高新区召开半年工作会议。预计实现地区生产总值增长6.5%。", False),
])
def test_a_december_dateline_reports_on_the_closing_year(body, closed):
    a = Article(file="t.txt", body=body)
    assert year_closed(a, reference_year(a)) is closed


def test_the_five_year_plans_span_five_years_each_after_the_last():
    plans = sorted(plan_periods().values(), key=lambda p: p.first)
    assert all(p.last - p.first == 4 and p.source for p in plans)
    assert all(b.first == a.last + 1 for a, b in zip(plans, plans[1:], strict=False))
    assert plan_periods()["十四五"].year_at("first") == 2021 and plan_periods()["十二五"].year_at("middle") == 2013


@pytest.mark.parametrize("body,publish,year,source", [
    # an anniversary counted from the zone's founding year says the page is of its own date, not a late repost
    ("2012年8月20日,兰州新区获批成为国家级新区。近日,在获批国家级新区10周年之际,33个项目集中开工。"
     "今年上半年,兰州新区实现地区生产总值增长13%。", "2022-09-01", 2022, PUBLISHED),
    # (without it, a page naming only older years is a late repost; one reporting on part of its own year, 今年上半年,
    # would not be: periods.csv role this_year_part)
    ("2012年8月20日,兰州新区获批成为国家级新区。2014年,兰石集团出城入园。今年,兰州新区实现地区生产总值增长13%。",
     "2022-09-01", 2015, CONTENT),
    # an undated review framing its year as an anniversary speaks from that year
    ("2021年是济南高新区成立三十周年。在“十四五”开局之年,交出一份高质量发展的靓丽成绩单。", "", 2021, CONTENT),
])
def test_a_year_named_as_the_present_frames_the_page(body, publish, year, source):
    when = reference_date(Article(file="t.txt", body=body, publish_date=publish))
    assert (when.year, when.source) == (year, source)


@pytest.mark.parametrize("body,publish,value,year", [
    # a lead reporting a meeting that reviews the last year: the projects it tells of are of that year
    ("1月25日,高新区经济工作暨产业融合发展大会召开。\n通过举办项目集中签约仪式2场,该区新签约数字经济项目43个。",
     "2024-01-26", "43", "2023"),
    ("近日,记者从2023年度开发区工作大会上获悉,过去一年,园区实现地区生产总值增长8.5%。\n"
     "新乡化纤总投资162亿元的绿色纤维新材料项目,列入省重大项目白名单。", "2023-02-25", "162", "2022"),
    # the news of the day (a signing, a project) is of the day's year
    ("1月25日,高新区数字经济项目集中签约仪式举行。\n通过举办项目集中签约仪式2场,该区新签约数字经济项目43个。",
     "2024-01-26", "43", "2024"),
    ("新乡化纤总投资162亿元的绿色纤维新材料项目,列入省重大项目白名单。", "2023-02-25", "162", "2023"),
])
def test_project_news_in_a_review_of_the_last_year_is_of_that_year(body, publish, value, year):
    a = Article(file="t.txt", publish_date=publish, body=body)
    assert [r["year"] for r in extract_targets(a) if r["value"] == value] == [year]


@pytest.mark.parametrize("lead,reviews", [
    ("1月13日上午,兰州新区召开2023年工作会议,回顾总结2022年工作。", True),
    ("1月25日,内江高新区经济工作暨产业融合发展大会召开。", True),
    ("这是记者从全市2022年经济社会发展成就系列新闻发布会经开区专场上获悉的。", True),
    ("2022年,经开区经济社会发展稳中有进,多项指标增速居七区第2位。", False),  # 社会 is no meeting
    ("东营经济技术开发区管委会有关负责人介绍,园区多项指标增速居全市前列。", False),  # nor 管委会
])
def test_a_lead_that_reports_a_meeting_reviewing_a_period(lead, reviews):
    a = Article(file="t.txt", publish_date="2023-02-25", body=lead + "\n园区实现营业收入5.9亿元。")
    assert article_frame(a, 2023).reviews is reviews


@pytest.mark.parametrize("body,years", [
    # an undated page naming its own year and not the one before reports on that year (a year-end review, a profile)
    ("2021年是济南高新区成立三十周年。在“十四五”开局之年,交出一份高质量发展的靓丽成绩单。\n"
     "高新区实现生产总值1510.3亿元,同比增长9.3%。", {"2021"}),
    ("2023年国民经济和社会发展计划执行情况\n2023年,经开区地区生产总值同比增长4.5%。\n新疆卷烟厂高档烟比例提高2.2%。",
     {"2023"}),
    ("开发区成立于1992年,2021年孝丰片区纳入开发区。2024年开发区入选省级绿色园区。\n园区集聚了专精特新中小企业69家。",
     {"2024"}),
    # … a page that names the year before reviews that one and plans its own (its unmarked results: the last year's)
    ("会议总结2021年工作,描摹2022年发展蓝图。\n高新区实现生产总值1510.3亿元,同比增长9.3%。", {"2021"}),
    ("2022年,面对超预期的挑战,经开区稳住了经济。2023年,丽水经开区将奋力赶超。\n高新区实现生产总值1510.3亿元。",
     {"2022"}),
    # … and so does the year's opening work meeting or a page planning its year
    ("兰州新区召开2023年工作会议。\n兰州新区实现生产总值1510.3亿元,同比增长9.3%。", {"2022"}),
    ("力争2023年实现生产总值1600亿元。\n高新区实现生产总值1510.3亿元,同比增长9.3%。", {"2022", "2023"}),
    # … or names the year as one it plans for (2023年,园区将…)
    ("2023年,园区将全力推进项目建设。\n高新区实现生产总值1510.3亿元,同比增长9.3%。", {"2022"}),
])
def test_an_undated_page_about_its_own_year_reports_on_it(body, years):
    a = Article(file="t.txt", body=body)
    assert reference_date(a).source == CONTENT
    assert {r["year"] for r in extract_targets(a)} == years


def test_an_average_up_to_a_deadline_after_a_figure_is_of_the_deadline():
    a = Article(file="t.txt", publish_date="2012-08-30",
                body="到2015年国内生产总值达173.8亿元,年均增长10%,财政总收入达26.48亿元,年均增长10%。")
    assert {(r["value"], r["year"]) for r in extract_targets(a)} == {("173.8", "2015"), ("10", "2015"),
                                                                     ("26.48", "2015")}
    # an average over years gone by is of the last year of its span, none without one
    past = Article(file="t.txt", publish_date="2024-09-14", body="2020年至2023年,全区GDP年均增长6.2%。")
    assert [r["year"] for r in extract_targets(past) if r["value"] == "6.2"] == ["2023"]
    span = Article(file="t.txt", publish_date="2023-02-13", body="五年来,天府新区地区生产总值年均增长9.4%。")
    assert [r["year"] for r in extract_targets(span) if r["value"] == "9.4"] == [""]


@pytest.mark.parametrize("body,publish,years", [
    # the start of a change is of the year a parallel change before it names, else of the year before its end
    ("西安经开地区生产总值由2015年的571亿元提高到2020年的895亿元,市场主体由1.6万户增加至2020年的12.3万户。", "2021-06-09",
     [("571", "2015"), ("895", "2020"), ("1.6", "2015"), ("12.3", "2020")]),
    ("长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位。", "2014-01-17",
     [("16", "2013"), ("24", "2008"), ("4", "2013")]),
    ("2024年,光谷地区生产总值突破3200亿元,对经济增长的贡献率由前一年的38%提升至56%。", "2025-02-09",
     [("3200", "2024"), ("38", "2023"), ("56", "2024")]),
    # … a start naming its own year keeps it, and a parallel change after a ; starts a statement of its own
    ("上半年,全区三产比重由去年同期的24.53%提高到27.76%。", "2017-07-20", [("24.53", "2016"), ("27.76", "2017")]),
    ("营收由2015年的571亿元提高到2020年的895亿元;市场主体由1.6万户增加至12.3万户。", "2021-06-09",
     [("571", "2015"), ("895", "2020"), ("1.6", "2019"), ("12.3", "2020")]),
])
def test_the_start_of_a_change_is_of_an_earlier_year(body, publish, years):
    a = Article(file="t.txt", publish_date=publish, body=body)
    assert [(r["value"], r["year"]) for r in extract_targets(a)] == years


@pytest.mark.parametrize("body, publish, years", [
    # a plan period's start or end compared with (是“十二五”初期的3.39倍) is no year of the figures: the year the
    # paragraph names is (devset26 dev_486, devset19 dev_363, devset23 dev_446)
    ("2015年园区实现技工贸总收入1002亿元。其中工业总产值856亿元,同比增长19.4%,是“十二五”初期的3.39倍;"
     "财政总收入30.34亿元,同比增长24.9%。", "2016-08-18",
     [("1002", "2015"), ("856", "2015"), ("19.4", "2015"), ("3.39", "2015"), ("30.34", "2015"), ("24.9", "2015")]),
    ("“十二五”期间,开发区生产总值达到100.7亿元,是“十一五”末的1.7倍;境内财政收入43.58亿元。", "",
     [("100.7", "2015"), ("1.7", "2015"), ("43.58", "2015")]),
    # a plan's end as a deadline (力争“十三五”末形成…) still dates its aim
    ("力争“十三五”末园区工业总产值达到500亿元,比“十二五”末翻一番。", "2016-03-01", [("500", "2020")]),
])
def test_a_plan_period_compared_with_dates_no_figure(body, publish, years):
    a = Article(file="t.txt", publish_date=publish, body=body)
    assert [(r["value"], r["year"]) for r in extract_targets(a)] == years


@pytest.mark.parametrize(("body", "publish", "years"), [
    # a past year's whole that a figure passes (devset31 dev_546): the first of the list is this quarter's too
    ("一季度,新区实现地区生产总值161.5亿元,同比增长8.5%,增速分别高于上年同期、2017年全年0.1、0.9个百分点。",
     "2018-04-20", [("161.5", "2018"), ("8.5", "2018"), ("0.1", "2018"), ("0.9", "2018")]),
    # 与2020年同比 (devset29 dev_522): the base, not the year of the growth
    ("2021年科学城核心区规上工业增加值与2020年同比增长15.3%,规上高科技服务业营收同比增长27.5%。", "2022-01-26",
     [("15.3", "2021"), ("27.5", "2021")]),
    # 为2015年的1.9倍 (devset29 dev_521): the multiple and the figures after it are of the statement's year
    ("2020年,全区地区生产总值实现166亿元,为2015年的1.9倍,规上工业总产值443.9亿元。", "2021-03-01",
     [("166", "2020"), ("1.9", "2020"), ("443.9", "2020")]),
    # the start of a change stays the base year's own value
    ("2022年,总量占全市比重从2021年的13.8%增至14%。", "2023-02-01", [("13.8", "2021"), ("14", "2022")]),
])
def test_a_year_named_as_what_a_figure_is_compared_with_dates_no_figure(body, publish, years):
    a = Article(file="t.txt", publish_date=publish, body=body)
    assert [(r["value"], r["year"]) for r in extract_targets(a)] == years


@pytest.mark.parametrize(("sentence", "figure", "month", "year"), [
    # a page of February (湖北, 江西): a quarter, half or whole year not yet over then is the year before's
    ("经济增速逐季回升,一季度增长2.5%,上半年增长3.2%,前三季度增长4%,全年增长4.7%,总量达到2715亿元。", "4%", 2, 2023),
    ("经济增速逐季回升,一季度增长2.5%,上半年增长3.2%,前三季度增长4%,全年增长4.7%,总量达到2715亿元。", "2715亿元", 2, 2023),
    ("全年签约项目74个,签约资金近700亿元。", "74个", 2, 2023),
    ("1-9月,园区实现工业总产值120亿元。", "120亿元", 5, 2023),
    # … not one over by the page's date, nor a year named before it, nor a page of the second half, nor an aim
    ("一季度,园区实现工业总产值120亿元。", "120亿元", 5, 2024),
    ("2024年一季度,园区实现工业总产值120亿元。", "120亿元", 2, 2024),
    ("前三季度,园区实现工业总产值120亿元。", "120亿元", 10, 2024),
    ("完成年度目标的12%,新签约项目8个。", "12%", 3, 2024),  # 年度 is as often the year under way
    # 今年 naming such a period under a header of January (湖北 2010-01-04, 广东 2026-01-25: devset62 dev_916, devset53
    # dev_808): the header is later than the text, whose 今年 is the year before; not a period over by then
    ("今年前11个月,该区汽车及零部件产业实现工业总产值679.53亿元。", "679.53亿元", 1, 2023),
    ("数据显示,今年上半年,清远高新区202家规上工业企业完成工业增加值同比增长7.7%。", "7.7%", 1, 2023),
    ("今年一季度,园区实现工业总产值120亿元。", "120亿元", 5, 2024),
    ("今年上半年,园区实现工业总产值120亿元。", "120亿元", 8, 2024),
])
def test_a_period_not_over_at_the_pages_date_is_the_year_befores(sentence, figure, month, year):
    start = sentence.index(figure)
    assert figure_year(sentence, start, start + len(figure), False, Frame(2024, year_so_far=True, month=month)) == year


@pytest.mark.parametrize(("sentence", "figure", "year"), [
    # 浙江 (去年12月, a signing of the last year), 浙江 (2010年7月): the month of a named year is that year's
    ("去年12月,南太湖新区首次举办投资洽谈会,28个项目现场集中签约,其中工业项目11个。", "28个", 2019),
    ("2010年7月,开发区整合提升方案经省政府批准,授权管理面积163.24平方公里。", "163.24平方公里", 2010),
    # a month alone is the page's, and a span since a month is read as before (not the month's year)
    ("12月,南太湖新区举办投资洽谈会,28个项目现场集中签约。", "28个", 2020),
    ("2019年4月以来,该开发区共签约22个产业项目。", "22个", 2020),
])
def test_a_month_written_with_its_year_is_that_years(sentence, figure, year):
    start = sentence.index(figure)
    assert figure_year(sentence, start, start + len(figure), False, Frame(2020, year_so_far=True, month=5)) == year
