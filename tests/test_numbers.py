"""find_quantities: values, units, comparators and the spans that are not figures."""

from __future__ import annotations

import csv
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone import numbers
from devzone.numbers import RANK_CUES_CSV, find_quantities


def figures(sentence: str) -> list[tuple[str, str, str]]:
    """(value, unit, comparator) of every quantity in the sentence."""
    return [(q.value_text, q.unit, q.comparator) for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("园区全年完成工业总产值356.8亿元。", [("356.8", "亿元", "=")]),
    ("累计实现税收12,345万元。", [("12345", "万元", "=")]),
    ("规划面积1.2万亿元的产业基金和3.5万平方米的孵化楼", [("1.2", "万亿元", "="), ("3.5", "万平方米", "=")]),
    ("新增标准厂房十二万平方米", [("12", "万平方米", "=")]),
    ("计划引进一百二十个产业项目", [("120", "个", "=")]),
    ("设立两千万元人才基金", [("2000", "万元", "=")]),
    ("储备用地一万两千亩", [("12000", "亩", "=")]),
    # a numeral that goes on past its 亿 is stated in 亿 with a fraction; one ending in 亿 or 万 keeps that unit
    ("销售收入一百四十二亿四千九百万元,总投资十六亿八千万元", [("142.49", "亿元", "="), ("16.8", "亿元", "=")]),
    ("引进外资两亿三千万美元,投资十二亿元、三千万元", [("2.3", "亿美元", "="), ("12", "亿元", "="), ("3000", "万元", "=")]),
    ("研发投入占比达到百分之三点五", [("3.5", "%", "=")]),
    ("研发投入占比达到百分之五", [("5", "%", "=")]),
    ("出口额增长两倍", [("2", "倍", "=")]),
    ("规上企业营收提高3个百分点", [("3", "个百分点", "=")]),
    # CONTRACT.md: 多/余 is more than (>)
    ("完成投资3亿多元,吸引社会资本1000余万元", [("3", "亿元", ">"), ("1000", "万元", ">")]),
    ("入驻科研机构十余家、企业二十多个", [("10", "家", ">"), ("20", "个", ">")]),
    # 0.2个和0.8个百分点: the 个 of the first is 个百分点 cut short; a 个 before another unit stays a count
    ("分别高于省市平均增幅0.2个和0.8个百分点", [("0.2", "个百分点", "="), ("0.8", "个百分点", "=")]),
    ("引进项目3个和企业5家,增长2个百分点", [("3", "个", "="), ("5", "家", "="), ("2", "个百分点", "=")]),
    # a signed rate is a fall as stated; a range is not a sign
    ("财政收入同比增长-20%,产值增长10-20%", [("-20", "%", "="), ("10", "%", ">=")]),
    # a Latin unit touching its number, and a slash after a unit pairing two figures
    ("宏储源100MW/200MWh光伏储能项目", [("100", "MW", "="), ("200", "MWh", "=")]),
    ("开展了21场次对接活动", [("21", "场次", "=")]),
    # a bare 百/千 before 亿元/万元 is one hundred/thousand (CONTRACT.md: 超千亿元 → 1000 亿元); 百亿级 is a class
    ("产值突破千亿元,财政收入近百亿元", [("1000", "亿元", ">"), ("100", "亿元", "=")]),
    ("形成百亿级产业集群", []),
    # 百余家, 千余人: a bare 百/千 before 余/多 is more than one hundred/thousand; 百多年 has no unit, 数百余 is vague
    ("聚焦百余家重点企业,吸引千余人参加,已有百多年历史,数百余家", [("100", "家", ">"), ("1000", "人", ">")]),
    # a share in tenths (八成, 近3成, 六成以上) is a ratio as stated; 建成/成为/一成不变 are words
    ("先进制造业已超八成,高技术产业占比近3成", [("8", "成", ">"), ("3", "成", "=")]),
    ("项目80%建成,营收突破100亿成为龙头,一成不变", [("80", "%", "="), ("100", "亿", ">")]),
    # batches and aircraft are counted; 一批/两批 is wording, 批准 a verb
    ("共外出招商17批次,进口肉类738批,交付客机18架", [("17", "批次", "="), ("738", "批", "="), ("18", "架", "=")]),
    ("引进一批项目,分两批开工,3批准入,完成第16至23批次招商", []),
    ("力争在百亿元项目招引上取得新突破", []),
    # a money milestone (MILESTONE_WORDS; 破/超 before a bare 千亿) is in 亿元, the 元 left out; a quote around it
    # stresses the figure (labels: devset5, devset8, devset14, devset16, devset18, devset21); a class stays none
    ("地区生产总值首次突破2000亿大关,全年迈入千亿大关", [("2000", "亿元", ">"), ("1000", "亿元", "=")]),
    ("首次突破“千亿”大关,迈入“千亿俱乐部”,招商引资“超千亿”", [
        ("1000", "亿元", ">"), ("1000", "亿元", "="), ("1000", "亿元", ">")]),
    ("出口总额首次突破百亿美元大关,首个GDP破千亿开发区", [("100", "亿美元", ">"), ("1000", "亿元", ">")]),
    ("打造超千亿产业集群,突破千亿级,建设万亩千亿平台,实施“千亿”工程", []),
    # compound units of capacity are stated whole (labels: devset7 万辆份, devset19 亿安时, devset26 万台套)
    ("年产21万辆份电动汽车底盘总成,年产6亿安时电池,年产能30万台套", [
        ("21", "万辆份", "="), ("6", "亿安时", "="), ("30", "万台套", "=")]),
    ("新增车辆300辆,套装20套,机床10台", [("300", "辆", "="), ("20", "套", "="), ("10", "台", "=")]),
])
def test_values_and_units_as_stated(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, comparator, approx", [
    ("新增市场主体不少于300家", ">=", False),
    ("引进海外人才至少20名", ">=", False),
    ("到账外资超过5000万美元", ">", False),
    ("税收收入突破30亿元", ">", False),
    ("年度能耗增量控制在2万吨以内", "<=", False),
    ("新建保障房不超过800套", "<=", False),
    ("招引亿元项目40个以上", ">=", False),
    ("园区现有企业约600家", "=", True),
    ("带动就业近5000人", "=", True),
    ("已入驻企业300余家", ">", False),
    ("园区现有企业约300余家", "=", True),
    ("产值增长15%左右", "=", True),
    ("综合评价进入全国前30位", "<=", False),
])
def test_comparators(sentence, comparator, approx):
    qs = find_quantities(sentence)
    assert len(qs) == 1, sentence
    assert qs[0].comparator == comparator
    assert qs[0].approx is approx


def test_a_class_qualifier_does_not_set_the_count_comparator():
    assert figures("全年落地10亿元以上产业项目6个") == [("6", "个", "=")]
    assert figures("签约30亿元项目3个,百亿级项目1个") == [("3", "个", "="), ("1", "个", "=")]
    assert figures("引进市级以上研发机构8家") == [("8", "家", "=")]


def test_an_amount_bounded_by_yishang_before_a_noun_is_a_class_even_without_a_count():
    assert figures("新引进一批5亿元以上工业项目") == []
    assert figures("先后落户20亿元以上、50亿元以上以及百亿元级重大项目") == []
    assert figures("完成投资20亿元以上,新开工项目6个") == [("20", "亿元", ">="), ("6", "个", "=")]


def test_a_scale_with_ji_before_an_industry_is_a_figure_as_stated():
    assert figures("力争形成300亿级产业规模") == [("300", "亿", "=")]
    assert figures("打造千亿级产业集群") == []
    assert figures("新增10亿元级项目3个") == [("3", "个", "=")]


def test_fractions_dates_with_slashes_and_ordinals_are_not_figures():
    assert figures("新增企业数占全市1/6,产值占全市3/10") == []
    assert figures("2021/6/18发布,召开第12次会议") == []


def test_a_move_in_a_ranking_is_a_place_figure_not_a_head_count():
    qs = find_quantities("综合考评排名较上年提升6位,引进院士2位")
    assert [(q.value_text, q.unit, q.unit_kind) for q in qs] == [("6", "位", "rank"), ("2", "位", "people")]


def test_a_range_gives_its_lower_bound_and_guo_is_more_than():
    assert figures("组建2—3支招商小分队,引进专家4-6名,营收过50亿") == [
        ("2", "支", ">="), ("4", "名", ">="), ("50", "亿", ">")]
    assert figures("通过8个项目带动就业") == [("8", "个", "=")]


def test_times_are_counted():
    assert figures("组织外出招商活动26次,接待客商1500人次") == [("26", "次", "="), ("1500", "人次", "=")]
    assert figures("多次召开会议,两次赴沪招商") == []


def test_an_amount_that_names_a_project_is_kept_when_no_count_follows():
    assert figures("总投资60亿元的新能源基地开工") == [("60", "亿元", "=")]


@pytest.mark.parametrize("sentence", [
    "2024年1月15日召开大会",          # dates
    "到2025年底基本建成",              # year
    "项目建设周期为6至12个月",         # duration
    "三年行动计划和五个工作日办结",     # durations
    "实施“2468”工程和“1135”行动",       # programme names in quotes
    "推进“五个一批”和“三个一”",         # slogans in quotes
    "打造营商环境5.0版和数字化2.0",     # versions
    "建设5G基站,创成4A级景区,改造S205省道",  # glued to letters
    "聚焦八大产业、6大平台和十大工程",  # slogan counts with 大
    "第六批省级试点",                   # ordinal
    "数十家企业和上百个项目",           # vague
    "打造两个街区,完善三项机制,建成一座公园",  # rhetorical small Chinese counts
    "建设三元前驱体项目,完善二元结构",  # a small Chinese numeral before 元 makes a word, not a sum
    "咨询电话0571-88886666,浙ICP备12345678号",  # page metadata
    "亿元以上项目和万亩千亿平台",        # size words without a figure
])
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_a_number_after_an_indicator_written_in_latin_letters_is_its_figure():
    # data/indicators.csv names 地区生产总值 GDP too: 实现GDP183亿元 (devset34, 36, 42, 50, 51, 62); 5G and S205 stay names
    assert figures("天元区实现GDP183亿元,人均GDP1.2万美元") == [("183", "亿元", "="), ("1.2", "万美元", "=")]
    assert figures("建设5G基站30个,改造S205省道") == [("30", "个", "=")]


def test_list_markers_are_not_read_as_decimals():
    assert figures("1.新建道路3条") == [("3", "条", "=")]
    assert figures("(2)新增企业45家") == [("45", "家", "=")]


def test_malformed_percentages_are_skipped_but_spaced_ones_read():
    assert figures("增长1.2.3%") == []
    assert figures("增长 12 %") == [("12", "%", "=")]


def test_full_width_and_traditional_characters():
    assert figures("全年投資１２億元,引進項目５０個以上,占比８５.５％") == [
        ("12", "亿元", "="), ("50", "个", ">="), ("85.5", "%", "=")]
    assert figures("新增用地三千畝") == [("3000", "亩", "=")]


def test_a_30_digit_number_does_not_raise_and_is_not_a_figure():
    assert figures("编号123456789012345678901234567890元") == []


def test_a_sentence_with_40_numbers_is_read_quickly():
    sentence = "、".join(f"项目{i}投资{i + 1}亿元" for i in range(40))
    t = time.perf_counter()
    qs = find_quantities(sentence)
    assert time.perf_counter() - t < 1.0
    assert [q.value for q in qs] == [float(i + 1) for i in range(40)]
    assert {q.unit for q in qs} == {"亿元"}


def test_base_unit_values():
    q = find_quantities("实现增加值21889万元")[0]
    assert (q.value_norm, q.unit_norm) == (218890000.0, "元")
    q = find_quantities("整治3.3平方公里")[0]
    assert (q.value_norm, q.unit_norm) == (3300000.0, "平方米")
    q = find_quantities("引进博士12名")[0]
    assert q.unit_norm == "人"


def test_offsets_point_at_the_figure():
    s = "去年新增企业15家,今年力争20家以上。"
    qs = find_quantities(s)
    assert [s[q.start:q.end] for q in qs] == ["15家", "20家"]
    assert s[qs[1].span_start:qs[1].span_end] == "20家以上"


def test_empty_and_odd_input():
    assert find_quantities("") == []
    assert find_quantities("。。。,,,%%%亿元万元") == []


@pytest.mark.parametrize("sentence, expected", [
    ("出口额连续三个季度保持两位数增长", []),  # 两位数 is a number of digits, not people
    ("综合排名较去年前移2-3位", []),  # a rank move given as a range
    ("在榜单上的排名较上届提升4名", [("4", "名", "=")]),  # 名 in a ranking: places moved (a rank), not people
    ("今年拟提拔3名年轻干部", [("3", "名", "=")]),  # without a ranking 名 still counts people
    ("园区全年用电量3.8亿度,同比增长5%", [("3.8", "亿度", "="), ("5", "%", "=")]),  # electricity
    ("提供360度全方位服务", []),  # a bare 度 is an angle, not electricity
    ("新建厂房8万平米", [("8", "万平米", "=")]),
    ("打造一个三千亿级装备制造集群", []),  # a cluster's scale class is an epithet
    ("力争形成80亿级产业规模", [("80", "亿", "=")]),  # the scale of an industry is a figure
])
def test_round2_figures_and_non_figures(sentence, expected):
    assert figures(sentence) == expected


def test_investment_of_a_named_project_is_not_a_size_class():
    got = figures("推进投资60亿元的新材料项目、投资15亿元的物流园项目等重点项目9个")
    assert got == [("60", "亿元", "="), ("15", "亿元", "="), ("9", "个", "=")]
    assert figures("新签约50亿元项目4个") == [("4", "个", "=")]


@pytest.mark.parametrize("sentence, expected", [
    # a range of sizes before a counted noun is a size class at both ends (CONTRACT.md: 亿元以上项目20个 gives 20 / 个)
    ("有10亿元以上项目6个、5亿至10亿元项目9个、2亿至5亿元项目14个", [("6", "个", "="), ("9", "个", "="), ("14", "个", "=")]),
    ("其中50亿元以上项目5个、10亿元至50亿元项目13个", [("5", "个", "="), ("13", "个", "=")]),
    # a range of an amount stays a figure at both ends
    ("项目总投资1亿元到1.5亿元", [("1", "亿元", "="), ("1.5", "亿元", "=")]),
])
def test_a_range_of_sizes_is_a_size_class(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("今年出让工业用地12宗、面积860亩", [("12", "宗", "="), ("860", "亩", "=")]),  # land parcels
    ("坚持三宗旨", []),  # 宗旨 is a word, not parcels
    ("新建道路3.5公里、管网800米", [("3.5", "公里", "="), ("800", "米", "=")]),
    ("日处理污水5万立方米", [("5", "万立方米", "=")]),
    ("建成环路2.6千米", [("2.6", "千米", "=")]),  # 千 begins the unit, it does not multiply
    ("新增装机500千瓦", [("500", "千瓦", "=")]),
    ("集聚企业3千家", [("3000", "家", "=")]),  # 千 after digits still multiplies
    # containers and train runs of a port or rail hub (labelled in devset13, devset15, devset24)
    ("实现集装箱吞吐量4672箱", [("4672", "箱", "=")]),
    ("共进口集装箱159.4万标准箱", [("159.4", "万标准箱", "=")]),
    ("全年累计开行国内外班列530列", [("530", "列", "=")]),
    ("3列入省重点项目,2箱包企业落户", []),  # 列入, 箱包 are words, not units
])
def test_more_units(sentence, expected):
    assert figures(sentence) == expected


def test_an_amount_glued_to_a_count_is_that_counts_size_class():
    from devzone.numbers import find_quantities

    got = [(q.value, q.unit) for q in find_quantities("引进项目18个,其中30亿元2个、5亿元以上6个,到位资金21.5亿元")]
    assert got == [(18, "个"), (2, "个"), (6, "个"), (21.5, "亿元")]


def test_numbers_of_a_list_share_the_closing_unit():
    from devzone.numbers import find_quantities

    got = [(q.value, q.unit) for q in find_quantities("增速比全省、全市分别高3.2、1.5个百分点")]
    assert got == [(3.2, "个百分点"), (1.5, "个百分点")]
    assert [q.value for q in find_quantities("2019、2020年连续获评")] == []


def _rank_cue_rows() -> list[dict]:
    with open(RANK_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _rank_cue_rows(), ids=lambda r: r["cue"])
def test_rank_cues_table(row):
    """Every row of data/rank_cues.csv: its positive example yields the [marked] places as rank figures,
    its negative example (an ordinal that is no place in a ranking) none."""
    assert row["comparator"] in ("=", "<=") and row["anchor"] in ("anywhere", "after_rank") and row["source"]
    for example in (row["positive"], row["negative"]):
        wanted = re.findall(r"\[(.+?)\]", example)
        ranks = [q.raw for q in find_quantities(example.replace("[", "").replace("]", "")) if q.unit_kind == "rank"]
        assert ranks == wanted, (row["cue"], example)
    # (a negative example may mark places other rows find: the row itself adds none)
    assert re.findall(r"\[(.+?)\]", row["positive"])

@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZzA+-_1个二三“”「」《》,ＡÅſK5G项目", max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_figure_checks_without_regex_calls_decide_as_the_patterns(text, start, end):
    """The character tests standing in for regex calls (letters glued to a number, N个 before a figure, a
    quote in the sentence at all) decide as the patterns they replace."""
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    before = text[start - 1:start] if start else ""
    assert numbers._glued_to_letters(text, start, end) == bool(
        re.match(r"[A-Za-z]", before) or re.match(r"[A-Za-z+]", text[end:end + 1]))
    assert numbers._names_a_figure(text, start) == bool(
        re.search(r"[一二两三四五六七八九十\d]个$", text[max(0, start - 3):start]))
    if not any(left in text for left, _ in numbers._QUOTES):
        assert not numbers._inside_short_quote(text, start, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12.3 -—–~至到\n亿元个", max_size=16), st.integers(0, 16))
def test_range_low_bound_is_searched_only_after_its_last_characters(text, start):
    """A range's lower bound (3—4支) is looked for only when the character before the figure can end one."""
    start = min(start, len(text))
    if numbers._RANGE_LOW.search(text, max(0, start - 12), start):
        assert text[start - 1:start] in numbers._RANGE_LOW_LAST


# a Chinese 一 before a count or head-count unit (data/units.csv kinds count/people) is the article "a" or a
# reduplication, not a count (devset8 一辆整车, devset17 一栋3层门诊, devset18 一辆辆/一栋栋)
@pytest.mark.parametrize("sentence, expected", [
    ("一辆辆大货车驶出综保区卡口", []),
    ("伴随着一栋栋建筑拔地而起", []),
    ("一分钟以内即可下线一辆整车", []),
    ("主要建设内容包括一栋3层发热门诊", []),
    ("新增一家国家级孵化器", []),
    ("新建厂房十一栋,新增车辆三十辆", [("11", "栋", "="), ("30", "辆", "=")]),
    ("签约十一个项目,新增一万家市场主体,交付三万辆", [("11", "个", "="), ("1", "万家", "="), ("3", "万辆", "=")]),
    ("建成1栋6层标准化厂房,新增三十家企业", [("1", "栋", "="), ("30", "家", "=")]),
])
def test_a_chinese_yi_before_a_count_unit_is_an_article(sentence, expected):
    assert figures(sentence) == expected
