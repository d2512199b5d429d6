"""Canonical indicators (data/indicators.csv) and measures, and the full metric names they are read from."""

from __future__ import annotations

import csv
import re

import pytest

from devzone.indicators import (
    _GROWTH_WORDS,
    GROWTH_WORDS_CSV,
    INDICATORS_CSV,
    MEASURES,
    UNMAPPED,
    classify,
    load_indicators,
)
from devzone.numbers import load_units
from devzone.pipeline import extract_facts
from devzone.targets import _RATE_WORD, METRIC_RULES_CSV, extract_targets
from devzone.text import Article
from devzone.zones import zone_words


def rows(body: str, date: str = "2022-02-10") -> list[dict]:
    return extract_targets(Article(file="t.txt", body=body, publish_date=date))


def article_rows(body: str, date: str = "2022-08-20") -> list[dict]:
    """The figures of a whole article, as `extract` names them: its own zone found from its text."""
    return extract_facts(Article(file="t.txt", body=body, publish_date=date)).targets


def test_the_table_is_readable_and_sourced():
    with open(INDICATORS_CSV, encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    kinds = {u.kind for u in load_units().values()}
    names = [r["indicator"] for r in table]
    assert 40 <= len(table) <= 80 and len(set(names)) == len(names)
    for r in table:
        assert r["source"].strip(), r["indicator"]
        assert set(r["unit_family"].split("|")) <= kinds, r["indicator"]
    assert len(load_indicators()) == len(table)


@pytest.mark.parametrize("metric, unit, kind, indicator, measure", [
    ("地区生产总值", "亿元", "money", "地区生产总值", "amount"),
    ("GDP增长", "%", "ratio", "地区生产总值", "growth"),
    ("规模以上工业总产值", "亿元", "money", "规上工业总产值", "amount"),
    ("规上工业产值增速", "%", "ratio", "规上工业总产值", "growth"),
    ("工业投入", "亿元", "money", "工业投资", "amount"),
    ("进口增长", "%", "ratio", "进口额", "growth"),
    ("进出口额", "亿元", "money", "进出口总额", "amount"),
    ("引进外资", "万美元", "money", "实到外资", "amount"),
    ("大众一汽平台项目占地", "亩", "land", "供地", "amount"),
    ("先进装备制造业同比增长", "%", "ratio", "产业规模", "growth"),
    ("先进制造业增加值", "亿元", "money", "工业增加值", "amount"),
    ("工业投资", "亿元", "money", "工业投资", "amount"),
    ("实际利用外资", "亿美元", "money", "实到外资", "amount"),
    ("实际使用外资增长", "%", "ratio", "实到外资", "growth"),
    ("公共财政总收入", "亿元", "money", "财政总收入", "amount"),
    ("全社会固定资产投资", "亿元", "money", "固定资产投资", "amount"),
    ("高新技术产业增加值占规上工业增加值比重", "%", "ratio", "高新技术产业增加值", "share"),
    ("电子信息产业占比提升", "个百分点", "ratio", "产业规模", "difference"),
    ("引进数字经济项目总投资", "亿元", "money", "项目投资额", "amount"),
    ("亿元以上项目", "个", "count", "亿元以上项目数", "count"),
    ("新开工项目", "个", "count", "开工项目数", "count"),
    ("高新技术企业", "家", "count", "高新技术企业", "count"),
    ("低效工业用地出清", "亩", "land", "低效用地整治", "amount"),
    ("在全省开发区考评中排名", "位", "people", "综合考评排名", "rank"),
    ("产业基金", "支", "count", "产业基金", "count"),
    ("鼎诚工贸年产活性石灰", "万吨", "weight", "项目产能", "amount"),
    ("新增国家级专精特新“小巨人”企业", "家", "count", "专精特新企业", "count"),
    ("新建学校", "所", "count", "公共服务设施", "count"),
    ("技术合同交易额", "亿元", "money", "技术合同成交额", "amount"),
    ("水泥产量", "万吨", "weight", "工业产品产量", "amount"),
    ("上汽大众技改项目达产后年产量", "万吨", "weight", "项目产能", "amount"),
    ("汽车类增长", "%", "ratio", "限上商品零售额分类", "growth"),
    ("郑州机场货邮量", "万吨", "weight", "物流吞吐量", "amount"),
    ("集中开工项目", "个", "count", "开工项目数", "count"),
    ("限上批发业增长", "%", "ratio", "批发零售业销售额", "growth"),
    ("地方财政支出", "亿元", "money", "财政支出", "amount"),
    ("10亿元以上", "个", "count", "亿元以上项目数", "count"),
    ("铜矿砂及其精矿占进口总值比重", "%", "ratio", "进口额", "share"),
    ("岗位编制数", "个", "count", UNMAPPED, "count"),
    ("全市分别高", "个百分点", "ratio", UNMAPPED, "difference"),
    # a share in tenths (七成) is a share; a place the number reading told apart is a rank, 前80强 too
    ("产业项目数量占比", "成", "ratio", "项目数", "share"),
    ("综合排名较上年度上升", "位", "rank", "综合考评排名", "rank"),
    ("首次进入全国排名", "强", "rank", "综合考评排名", "rank"),
    # tourism, farm output, real estate, taxes by kind and budget spending by function: rows of their own
    ("接待旅客", "万人次", "people", "旅游", "count"),
    ("旅游收入", "亿元", "money", "旅游", "amount"),
    ("旅客吞吐量", "万人次", "people", "物流吞吐量", "count"),
    ("农林牧渔业增加值", "亿元", "money", "农业增加值", "amount"),
    ("备案预售商品房增长", "%", "ratio", "房地产", "growth"),
    ("企业所得税增长", "%", "ratio", "税收收入", "growth"),
    ("住房保障支出增长", "%", "ratio", "财政支出", "growth"),
    ("R&D经费支出占GDP比重", "%", "ratio", "研发经费", "share"),
    ("实际利用内资", "亿元", "money", "实到内资", "amount"),
    ("天然气消费量增长", "%", "ratio", "能耗", "growth"),
    ("电商销售", "亿元", "money", "批发零售业销售额", "amount"),
    ("地区生产总值比增", "%", "ratio", "地区生产总值", "growth"),
    # service revenue and a Fortune 500 count (metric24: devset25, devset39, devset47; devset31, devset32, devset37)
    ("营利性服务业收入", "亿元", "money", "服务业增加值", "amount"),
    ("累计招引世界500强", "家", "count", "企业数", "count"),
])
def test_classify(metric, unit, kind, indicator, measure):
    assert classify(metric, unit, kind, rate=False) == (indicator, measure)


def test_a_project_count_and_its_investment_are_different_indicators():
    assert classify("重大项目", "个", "count")[0] != classify("重大项目", "亿元", "money")[0]


def test_the_same_indicator_in_two_zones_wordings_and_its_rate_is_another_measure():
    a = rows("2021年,甲区完成工业投入36亿元,同比增长22%。")
    b = rows("2021年,乙开发区实现工业投资52亿元,增长15%。")
    amount_a, rate_a = ((r["indicator"], r["measure"]) for r in a)
    amount_b, rate_b = ((r["indicator"], r["measure"]) for r in b)
    assert amount_a == amount_b == ("工业投资", "amount")
    assert rate_a == rate_b == ("工业投资", "growth")
    assert all(r["measure"] in MEASURES for r in a + b)


@pytest.mark.parametrize("body, metrics", [
    # a place in a ranking names what is ranked and where, a ranked rate the subject of the rate
    ("2021年,园区生产总值增长7.2%,增速居全市第2位。", ["生产总值增长率", "生产总值增速全市排名"]),
    ("2021年,园区经济总量居国家级新区第5位。", ["经济总量国家级新区排名"]),
    # a move in a ranking is named after the place it moves; a list of places gives each its place
    ("2021年,园区综合排名第77位,较上年度上升14位。", ["综合排名", "综合排名较上年度上升"]),
    # a share in tenths names what it divides, the subject of the figure before carried (CONTRACT.md)
    ("2023年,先进制造业增加值同比增长11.7%,占全市比重近3成。", ["先进制造业增加值增长率", "先进制造业增加值占全市比重"]),
    ("2017年,“一带一路”沿线国家货邮量占六成以上。", ["一带一路沿线国家货邮量占比"]),
    # the basis of a rate (同口径, 按不变价格计算) and a place in a ranking between are no subject of the rate;
    # 比增 is 比上年增长; a note the figure cuts off (GDP) is no part of the name
    ("2023年,全区实现财政总收入44.81亿元,同口径增长15.8%。", ["财政总收入", "财政总收入增长率"]),
    ("2023年,全区实现地区生产总值(GDP)939.90亿元,总量居全市第二位,按不变价格计算比上年同期增长4.5%。",
     ["地区生产总值", "地区生产总值总量全市排名", "地区生产总值增长率"]),
    ("2013年第一季度,全区实现地区生产总值52亿元,比增11.8%。", ["地区生产总值", "地区生产总值增长率"]),
    # 并网 is a word (not 并 joining clauses); 首破 is a verb of exceeding; a reporter's 实现 before Latin letters
    ("2023年,招商引资首破200亿元,分布式光伏并网项目11个。", ["招商引资", "分布式光伏并网项目"]),
    ("2023年全区实现GDP总额320.88亿元。", ["GDP总额"]),
    # a rate whose measure a clause before it names (no figure between) takes that measure; a clause naming none
    # leaves the rate bare
    ("1-8月,新片区第三产业营业总收入延续快速增长势头,同比增长61.3%,两年平均增长31.7%。",
     ["第三产业营业总收入增长率", "第三产业营业总收入两年平均增长率"]),
    ("2023年,园区坚持项目为王,同比增长20%。", ["增长率"]),
    # a change from a year's level names both ends after what changed (从2021年的13.8%增至14%; 升至2022年的36亿元);
    # a share after a share names the part of the first; a time word (目前, 届时) is no part of a name
    ("2022年,总量占全市比重从2021年的13.8%增至14%。", ["总量占全市比重", "总量占全市比重"]),
    ("2022年,进出口贸易额从2018年的15亿元升至2022年的36亿元。", ["进出口贸易额", "进出口贸易额"]),
    ("2022年,入库培育瞪羚企业20家,占南宁市的50%。", ["入库培育瞪羚企业", "入库培育瞪羚企业占南宁市比重"]),
    ("2022年,目前已有20个项目签约落户。", ["签约落户项目"]),
    ("2024年项目实现满产,届时产能将达10GW。", ["产能"]),
    # a project measure after a share of the projects counted (开工率) is still the projects'
    ("2023年,实施市重大项目86个,开工率100%,完成投资175亿元。", ["实施市重大项目", "实施市重大项目开工率", "实施市重大项目完成投资"]),
    # the measures of a project named after them, with a 和 in its name and a 、-item holding words after its figure
    ("2023年,总投资20亿元、年产10万吨催化新材料的润和催化剂项目开工建设。",
     ["润和催化剂项目总投资", "润和催化剂项目催化新材料年产能"]),
    # a place risen to is named like the place before it (从, 上升到, 现在 are no part of the name)
    ("2025年,园区从年初综合排名第10名上升到现在的第2名。", ["年初综合排名", "年初综合排名"]),
    # a share that rose to a level is named without the verb
    ("2021年,园区战略性新兴产业占比提高到43.7%。", ["战略性新兴产业占比"]),
    # the subject of a growth rate is the figure before it, the rate named as one (CONTRACT.md: …增长率)
    ("2021年全区完成固定资产投资138亿元,同比增长14%。", ["固定资产投资", "固定资产投资增长率"]),
    ("2021年数字经济核心产业增加值21889万元,增速73%。", ["数字经济核心产业增加值", "数字经济核心产业增加值增速"]),
    # the zone reporting a figure is not what is measured; a count of zones is
    ("2021年,乌鲁木齐综合保税区进出口额达到110.6亿元,同比增长43.5%。", ["进出口额", "进出口额增长率"]),
    ("2021年,重庆经开区上半年规上工业总产值达420.6亿元。", ["规上工业总产值"]),
    ("2021年,全省综保区达到12个。", ["全省综保区"]),
    # a project's measures before its name (…的X项目) are the project's; before a count, the counted projects'
    # as their count names them (data/metric_rules.csv owner_after)
    ("3月20日,总投资达251亿元的18个重大项目集中开工。", ["集中开工重大项目总投资", "集中开工重大项目"]),
    ("总投资10亿元的三一重能(日照)风电智能制造基地项目正如火如荼建设。", ["三一重能(日照)风电智能制造基地项目总投资"]),
    ("今年,占地60亩、总投资5亿元的大众一汽平台项目于2月底开工。", ["大众一汽平台项目占地", "大众一汽平台项目总投资"]),
    ("今年,园区总投资达20亿元,同比增长5%。", ["总投资", "总投资增长率"]),
    # modal and aspect words after a metric, 与会 and a bracketed note are no part of it
    ("2021年地区生产总值两年年均增速达到了9.2%。", ["地区生产总值两年年均增速"]),
    ("此次观摩,与会人员先后察看了9个项目。", ["与会人员先后察看项目"]),
    ("今年引进亿元以上项目19个,其中10亿元以上3个【甲地块、乙公司】。", ["引进亿元以上项目", "引进10亿元以上项目"]),
    # a difference of rates is named after the rate it compares
    ("2021年,全社会固定资产投资增长15%,高于全市5.6个百分点。", ["全社会固定资产投资增长率", "全社会固定资产投资增速高于全市"]),
    ("2021年,地区生产总值增长15.3%,高于全市地区生产总值2.5个百分点。", ["地区生产总值增长率", "地区生产总值增速高于全市"]),
    # an amount after its rate takes the rate's subject
    ("2014年,园区地区生产总值增长22.8%,达到28.8亿元。", ["地区生产总值增长率", "地区生产总值"]),
    # a list before 分别 gives each figure its own subject
    ("2021年规上工业总产值、一般公共预算收入分别同比增长14.5%、22.5%。",
     ["规上工业总产值增长率", "一般公共预算收入增长率"]),
    # the figures before 分别 give the rates their subjects
    ("2021年实现工业总产值32.7亿元、税收1.1亿元,较2020年分别增长63.5%和71.8%。",
     ["工业总产值", "税收", "工业总产值增长率", "税收增长率"]),
    # one subject, several years' values
    ("2016-2018年分别完成工业开票销售506亿元、639.4亿元、785亿元。", ["工业开票销售"] * 3),
    # the investment of the projects just counted
    ("2021年新开工项目35个,总投资64.1亿元。", ["新开工项目", "新开工项目总投资"]),
    # a share of the whole names its part first
    ("2020年全区招引数字经济总投资130亿元,占全市数字经济总投资的84.2%。", ["招引数字经济总投资", "数字经济总投资占全市比重"]),
    # a % rate right after a share grows the amount the share divides; 同比增 is 同比增长
    ("1-9月,全区实现工业总产值1280.5亿元,占全市38.4%,同比增长9.6%。", ["工业总产值", "工业总产值占全市比重", "工业总产值增长率"]),
    ("上半年,开发区地区生产总值同比增9.4%。", ["地区生产总值增长率"]),
    # a whole named after 占 that is not the part's own measure: the figure before is the part
    ("1-6月,开发区授权发明专利48件,占全区授权总数的37%。", ["授权发明专利", "授权发明专利占全区授权总数比重"]),
    # a 其中 part names what its total names; a part that is a class of its own does not
    ("今年开发区的重点行动包括23个项目,其中城市轴线项目9个,产业动能项目9个。",
     ["重点行动项目", "重点行动城市轴线项目", "重点行动产业动能项目"]),
    ("2021年签约超亿元项目80个,其中超百亿元项目1个。", ["签约超亿元项目", "超百亿元项目"]),
    # parallel clauses share an acquiring verb
    ("今年力争引进高新产业项目50个以上,高层次人才项目40个以上。", ["引进高新产业项目", "引进高层次人才项目"]),
    ("今年新增洽谈项目40个,签约项目20个。", ["新增洽谈项目", "签约项目"]),
    # a programme name with digits keeps its quotes, a name without them does not
    ("今年力争落地“152”项目3个以上,引进“雏鹰计划”项目5个。", ["落地“152”项目", "引进雏鹰计划项目"]),
    ("今年力争新增任务20项,任务大多占到全市总目标任务数的50%。", ["新增任务", "任务占全市总目标任务数比重"]),
    # the year's plan figure and the progress against it name what they plan
    ("1—3月份,园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%。",
     ["工业总产值", "工业总产值年任务", "工业总产值年任务完成比例"]),
    # a comparable-basis rate carries its subject: 可比增长 is kept as labels keep it, 按可比口径 and 按可比价计算 are not
    ("上半年全区实现地区生产总值110.5亿元,可比增长7.5%。", ["地区生产总值", "地区生产总值可比增长率"]),
    ("全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。",
     ["全口径财政收入", "一般预算财政收入", "全口径财政收入增长率", "一般预算财政收入增长率"]),
    ("天津开发区实现地区生产总值1800亿元,按可比价格计算同比增长9.7%。", ["地区生产总值", "地区生产总值增长率"]),
    # a sentence without a subject takes the one of the paragraph's figure before it
    ("1至5月份,工业生产总值预计完成5.88亿元,完成全年目标数的49%。预计上半年完成6.69亿元,同比增长15.92%。",
     ["工业生产总值", "工业生产总值", "工业生产总值", "工业生产总值增长率"]),
    # a rate compared with a list of areas, one area per figure, whatever the list names
    ("地区生产总值同比增长13.0%,较全国、全省、全市分别高8.2、8.0、7.5个百分点。",
     ["地区生产总值增长率", "地区生产总值增速高于全国", "地区生产总值增速高于全省", "地区生产总值增速高于全市"]),
    ("去年光谷经济增速比全国、湖北、武汉增速水平分别高出2.1、1.3、1.9个百分点。",
     ["光谷经济增速高于全国", "光谷经济增速高于湖北", "光谷经济增速高于武汉"]),
    # 连续两年 says for how long, 跻身 how the place was reached (metric_rules.csv rank_entry), not what
    ("开发区连续两年跻身全国前十。", ["全国排名"]),
])
def test_full_metric_names(body, metrics):
    assert [r["metric"] for r in rows(body)] == metrics


def _metric_rule_rows() -> list[dict]:
    with open(METRIC_RULES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _marked(example: str) -> tuple[str, str]:
    """The body of an example and the figure it marks with [ ]."""
    figure = re.search(r"\[(.+?)\]", example).group(1)
    return example.replace("[", "").replace("]", ""), figure


@pytest.mark.parametrize("row", _metric_rule_rows(), ids=lambda r: r["rule"])
def test_metric_rules_table(row):
    """Every row of data/metric_rules.csv: its positive example names the marked figure as the row says, its
    negative example (a wording the rule does not fit) names it otherwise; each row says why (source)."""
    assert row["source"].strip() and row["positive_metric"] != row["negative_metric"], row["rule"]
    for example, metric in ((row["positive"], row["positive_metric"]), (row["negative"], row["negative_metric"])):
        body, figure = _marked(example)
        got = [r["metric"] for r in article_rows(body) if r["value"] + r["unit"] == figure]
        assert got and got[0] == metric, (row["rule"], example, got)


@pytest.mark.parametrize("row", [w for w in zone_words() if w.role == "part"], ids=lambda w: w.word)
def test_part_words_table(row):
    """Each part word of data/zone_words.csv (园区, 科技园, 片区) ends a park's name that, opening its clause in another
    zone's article, is named before the figure's metric; the word alone (counterexample) is the zone's own: no name."""
    own = "今年以来,贵阳高新区经济稳步增长。"
    name = re.match(r"^(?:[^,]*,)?(?P<name>[^,]*?" + re.escape(row.word) + ")", row.example).group("name")
    assert all(r["metric"].startswith(name) for r in article_rows(own + row.example)), row.word
    assert not any(row.word in r["metric"] for r in article_rows(own + row.counterexample)), row.word


@pytest.mark.parametrize("body, metrics", [
    # a park other than the article's zone, opening the clause: named for every figure of its stretch
    ("成都高新区前三季度实现地区生产总值2034.2亿元。成都高新综合保税区进出口总额达1200亿元,增长15%。",
     ["地区生产总值", "成都高新综合保税区进出口总额", "成都高新综合保税区进出口总额增长率"]),
    ("柴达木循环经济试验区一季度项目进展顺利。乌兰工业园等3个项目已开复工建设,完成到位资金0.1亿元。",
     ["乌兰工业园开复工项目", "乌兰工业园开复工项目到位资金"]),
    # the article's own zone, under any of its names, is never put in the metric
    ("到2020年,嘉兴市滨海新区发展提速。到2020年,滨海新区实现生产总值1060亿元,财政收入115亿元。",
     ["生产总值", "财政收入"]),
    ("天津经济技术开发区召开新闻发布会。今年上半年,天津开发区实现地区生产总值1689.5亿元。", ["地区生产总值"]),
    # a park that only says where a named project is: the project's figure
    ("南宁高新区重点项目加快建设。其中,南宁综合保税区六连路工程项目总投资约6040万元。", ["六连路工程项目总投资"]),
])
def test_a_part_of_the_zone_is_named_the_zone_itself_never(body, metrics):
    """What a reader of the 指标对比 page sees: 洋山特殊综保区固定资产投资, not the article zone's own figure; the
    indicator stays that of the metric without the part."""
    assert [r["metric"] for r in article_rows(body)] == metrics


def test_a_parts_figure_keeps_its_indicator():
    """The park named before the metric is extra: its figure is still on the indicator and measure it measures."""
    got = article_rows("今年以来,临港新片区经济稳步增长。1-8月,洋山特殊综保区完成固定资产投资28.7亿元,同比增长80.8%。")
    assert [(r["metric"], r["indicator"], r["measure"]) for r in got] == [
        ("洋山特殊综保区固定资产投资", "固定资产投资", "amount"),
        ("洋山特殊综保区固定资产投资增长率", "固定资产投资", "growth")]


def _growth_word_rows() -> list[dict]:
    with open(GROWTH_WORDS_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _growth_word_rows(), ids=lambda r: r["word"])
def test_growth_words_table(row):
    """Every row of data/growth_words.csv: in its positive example the word makes the marked % figure a growth
    rate, in its negative one (the word replaced) the figure is a share; a row naming a rate is a rate word of
    a metric (targets), the others are not; each row says why (source)."""
    assert row["source"].strip() and row["names_rate"] in ("yes", "no"), row["word"]
    for example, measure in ((row["positive"], "growth"), (row["negative"], "share")):
        body, figure = _marked(example)
        got = [r["measure"] for r in rows(body, "2022-08-20") if r["value"] + r["unit"] == figure]
        assert got == [measure], (row["word"], example, got)
    word = re.sub(r"\(\?!.*?\)", "", row["word"])
    assert bool(_RATE_WORD.fullmatch(word)) == (row["names_rate"] == "yes"), row["word"]
    assert _GROWTH_WORDS.search(word), row["word"]


def test_a_growth_word_comes_before_the_words_it_begins_with():
    """Alternation order: 增长率 must be tried before 增长, or 增长率 would be read as 增长 + 率."""
    words = [re.sub(r"\(\?!.*?\)", "", r["word"]) for r in _growth_word_rows()]
    for i, w in enumerate(words):
        assert not any(w.startswith(v) and w != v for v in words[:i]), w


@pytest.mark.parametrize("body, metrics", [
    # a count's projects named by what they did, where or one after another (event_after_noun): devset4, devset13,
    # devset22, devset25; the investment counted after them is theirs
    ("昨天,光华德富汽贸物流园等26个项目在沧州经济开发区集中开工,总投资174.7亿元。",
     {"26个": "集中开工项目", "174.7亿元": "集中开工项目总投资"}),
    ("滨海-中关村数字经济产业园等16个重点项目相继开工,总投资达78亿元。",
     {"16个": "开工重点项目", "78亿元": "开工重点项目总投资"}),
    ("目前,园区已经有5个项目签约入园,总投资44亿元。", {"5个": "签约入园项目", "44亿元": "签约入园项目总投资"}),
])
def test_projects_counted_by_what_they_did(body, metrics):
    got = {r["value"] + r["unit"]: r["metric"] for r in article_rows(body)}
    assert {k: got.get(k) for k in metrics} == metrics


@pytest.mark.parametrize("body, metric", [
    # the money signed or agreed for projects counted just before is theirs (measure_of_counted): devset,
    # devset2, devset19, devset25, devset26
    ("其中,引进鑫华航空部件生产基地等航空汽车产业项目9个,签约额超过32.5亿元。", "航空汽车产业项目签约额"),
    ("一季度,随州高新区新签约亿元以上项目7个,协议金额90.2亿元。", "新签约亿元以上项目协议金额"),
    ("成都高新区1-5月累计引进项目48个、协议总投资超过1600亿元。", "引进项目协议总投资"),
])
def test_money_signed_for_counted_projects_is_theirs(body, metric):
    assert [r["metric"] for r in article_rows(body) if r["unit"] in ("亿元",)][-1].endswith(metric)


@pytest.mark.parametrize("body, metrics", [
    # money spent with no name of its own is named by what the next clause spends it on (bare_spend,
    # spend_object): devset7, devset14, devset25 …
    ("计划投入1000万元,完善园区绿化、亮化、美化,树立园区精美的对外形象;计划投入2000万元,完成园区污水处理厂提标升级工程。",
     {"1000万元": "园区绿化、亮化、美化投入", "2000万元": "园区污水处理厂提标升级工程投入"}),
    ("投资约20亿元,新改扩建学校项目17个,新增学位2.6万个。", {"20亿元": "新改扩建学校项目投资"}),
    # … not money completed (完成投资) nor a clause of another verb after it
    ("园区完成投资175亿元,实施市重大项目30个。", {"175亿元": "完成投资"}),  # (metric_rules completed_investment)
    ("今后3年将投入100亿元,形成园区四纵四横的主干网络。", {"100亿元": "投入"}),
])
def test_money_spent_is_named_by_what_it_buys(body, metrics):
    got = {r["value"] + r["unit"]: r["metric"] for r in article_rows(body)}
    assert {k: got.get(k) for k in metrics} == metrics
