"""Zone detection from the gazetteer, with place and free-text fallbacks."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone.gazetteer import Zone
from devzone.places import DIVISIONS_CSV, Names, division_rows, divisions
from devzone.text import load_article
from devzone.zones import (
    common_names,
    detect_zone,
    is_unresolved,
    load_gazetteer,
    proper_names_in_text,
    unresolved_zone_name,
    zone_names_in_text,
    zone_references,
    zone_words,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("prefix,zone,level", [
    ("000", "富阳经济技术开发区", "国家级"),
    ("001", "富阳经济技术开发区", "国家级"),  # a district meeting about Fuyang's industries: placed by name
    ("002", "嵊州经济开发区", "省级"),
    ("003", "金华经济技术开发区", "国家级"),
    ("004", "张江长三角科技城平湖园", ""),  # a park in Pinghu (新埭镇), not Pinghu's ETDZ
])
def test_seed_zones(prefix, zone, level):
    a = load_article(next(SEEDS.glob(f"{prefix}_*.txt")))
    m = detect_zone(a.title, a.body)
    assert (m.zone, m.level, m.known) == (zone, level, True)


def test_gazetteer_knows_the_four_seed_zones_and_their_aliases():
    names = {z.canonical: z for z in load_gazetteer()}
    for zone, alias in [("富阳经济技术开发区", "富阳经开区"), ("富阳经济技术开发区", "银湖科技城"),
                        ("嵊州经济开发区", "嵊州开发区(高新园区)"), ("金华经济技术开发区", "金华开发区"),
                        ("张江长三角科技城平湖园", "平湖园")]:
        assert alias in names[zone].aliases
    assert len(names) >= 40


def test_alias_in_title_wins():
    m = detect_zone("金华开发区2024年工作要点", "开发区将加快建设。富阳有关部门来访。")
    assert m.zone == "金华经济技术开发区" and m.method == "alias" and m.mention == "金华开发区"


def test_unknown_zone_gets_a_name_from_the_text_and_a_flag():
    m = detect_zone("对话一把手", "曾都经济开发区今年将引进项目30个。曾都经济开发区聚焦生物医药。")
    assert m.zone == "曾都经济开发区"
    assert m.known is False and m.method == "text"


def test_no_zone_at_all_is_not_dropped():
    m = detect_zone("", "今年引进项目30个。")
    assert is_unresolved(m.zone) and m.known is False and m.method == "none"


def test_zone_names_in_text_trims_leading_words():
    names = zone_names_in_text("位于合肥经济技术开发区的企业;争创国家级开发区")
    assert "合肥经济技术开发区" in names
    assert not any(n.startswith("位于") for n in names)


@pytest.mark.parametrize("text,name", [
    ("本报讯 记者日前从崇阳县经济开发区获悉,园区新增企业。", "崇阳县经济开发区"),
    ("专访薛城经济开发区党工委书记", "薛城经济开发区"),
    ("位于合肥经济技术开发区的企业", "合肥经济技术开发区"),
    ("今年天衢新区计划引进项目30个。", "天衢新区"),  # a rare name jieba cuts into 天|衢
])
def test_unknown_zone_names_lose_reporters_words(text, name):
    assert name in zone_names_in_text(text)


def test_a_descriptive_word_before_a_zone_word_makes_no_name():
    assert not zone_names_in_text("承办沿淮高新区联盟推进活动。")


def test_no_name_from_verbs_before_a_generic_zone_word():
    assert not zone_names_in_text("记者从区经济开发区获悉,也是深化开发区改革的一年,加速建设国家级高新区")


def test_site_header_names_the_zone_when_the_body_does_not():
    m = detect_zone("高新区2024年工作规划", "今年力争引进项目20个。", header="临江高新技术产业开发区(城东街道)")
    assert m.zone == "临江高新技术产业开发区" and m.known is False


# ---------------------------------------------------------------- the zone-word table

@pytest.mark.parametrize("row", zone_words(), ids=lambda r: f"{r.role}:{r.word}")
def test_zone_word_table(row):
    """Each zone word names a zone in its example and not in its counterexample; each generic word makes
    its example a reference to no zone, and each break word its example no name, while a real name beside
    it (counterexample) is still found; a part word (园区, 片区) ends no zone's name; a branch word ends the name
    of the zone's part written after it (南太湖产业集聚区吴兴分区), not of parts listed (松北片区、平房片区); an infix
    word written between a zone's place and its zone word leaves the gazetteer zone named (许昌国家经济技术开发区); a
    determiner before a zone word alone (该开发区) leaves it a reference to the page's zone; a zone whose official name
    ends with a city_kept word goes by that name, its city first (长春净月高新技术产业开发区), never by a common name."""
    names, counter = zone_names_in_text(row.example), zone_names_in_text(row.counterexample)
    if row.role == "reference":  # the word alone names the article's zone; inside a name or a class it does not
        assert zone_references(row.example) == {row.word: 1}, zone_references(row.example)
        assert not zone_references(row.counterexample), zone_references(row.counterexample)
    elif row.role in ("suffix", "park"):
        assert any(n.endswith(row.word) for n in names), names
        assert not any(n.endswith(row.word) for n in counter), counter
    elif row.role == "part":  # a part of a zone (沙文园区) is no zone an article is about: its naming of figures is
        # tested in tests/test_indicators.py::test_part_words_table
        assert not any(n.endswith(row.word) for n in names) and not counter, (names, counter)
    elif row.role == "branch":  # a part named right after its zone (吴兴分区) is the article's zone, named whole
        zone, whole = detect_zone("", row.example), detect_zone("", row.counterexample)
        assert zone.zone.endswith(row.word) and zone.city and not zone.known, zone
        assert not whole.zone.endswith(row.word), whole
    elif row.role == "determiner":  # 该开发区, 市开发区: the page's own zone; 该市开发区 or 连云港市开发区 no reference
        assert sum(zone_references(row.example).values()) == 1, zone_references(row.example)
        assert not zone_references(row.counterexample), zone_references(row.counterexample)
    elif row.role == "infix":  # 江宁国家级经济技术开发区 is the gazetteer's 江宁经济技术开发区; 国家级经济技术开发区 alone no zone
        zone, none = detect_zone("", row.example), detect_zone("", row.counterexample)
        assert zone.known and row.word in zone.mention and row.word not in zone.zone, zone
        assert not none.known and row.word not in none.zone, none
    elif row.role == "city_kept":  # 长春净月高新区 goes by its official name, its city first; 葛店经开区 by its common name
        zone, other = detect_zone("", row.example), detect_zone("", row.counterexample)
        assert zone.known and zone.zone == zone.official and zone.zone.endswith(row.word), zone
        assert zone.zone.startswith(zone.city.rstrip("市")), zone
        assert other.known and other.zone != other.official and not other.zone.endswith(row.word), other
    else:
        assert not names, names
        assert counter and not any(row.word in n for n in counter), counter


# ---------------------------------------------------------------- the gazetteer's rows

def test_gazetteer_rows_are_whole_and_sourced():
    zones = load_gazetteer()
    suffixes = tuple(w.word for w in zone_words() if w.role in ("suffix", "park"))
    owners: dict[str, str] = {}
    for z in zones:
        assert z.source, z.canonical
        assert z.province.endswith(("省", "市", "自治区")), z
        # (a county the province administers itself, 澄迈县 of 省直辖行政区划, is its own city, as 文昌市 is)
        direct = any(d.name == z.city and d.city == "省直辖行政区划" for d in divisions().get(z.city, ()))
        assert (z.city.endswith(("市", "州", "盟", "地区")) or direct) and z.place, z
        for name in (z.canonical, *z.aliases, *([z.common_name] if z.common_name else [])):
            assert owners.setdefault(name, z.canonical) == z.canonical, f"{name} names two zones"
            assert name not in {w.word for w in zone_words()}, f"{name} is a generic zone word"
            # (the division dictionary lists a few zones as counties: 温州经济技术开发区)
            assert name not in divisions() or name.endswith(suffixes), f"{name} is a place, not a zone"


def _row(canonical: str, aliases: str, place: str, city: str, province: str) -> Zone:
    return Zone(canonical, tuple(aliases.split("|")), place, city, province, "国家级", "经开区", "test")


# a zone's common name: its official name without the city the catalogue puts first, where the rest starts with
# a place below the city (a county, or a township of the statistics' list) and the gazetteer lists it without
# the city; the rest must start with no place of another city and end no other zone's name
@pytest.mark.parametrize("zone,towns,common", [
    (_row("鄂州葛店经济技术开发区", "葛店经开区|鄂州葛店经开区", "鄂州市", "鄂州市", "湖北省"),
     {"鄂州市": (("葛店镇", "华容区"),)}, "葛店经济技术开发区"),
    (_row("杭州余杭经济技术开发区", "余杭经开区", "余杭区", "杭州市", "浙江省"), {}, "余杭经济技术开发区"),  # 余杭区
    # a township of that name in another city shows nothing
    (_row("鄂州葛店经济技术开发区", "葛店经开区", "鄂州市", "鄂州市", "湖北省"), {"武汉市": (("葛店镇", "江夏区"),)}, ""),
    (_row("惠州仲恺高新技术产业开发区", "仲恺高新区|惠州仲恺高新区", "惠州市", "惠州市", "广东省"), {}, ""),  # no place
    (_row("武汉东湖新技术开发区", "东湖高新区", "武汉市", "武汉市", "湖北省"),
     {"武汉市": (("东湖风景区街道", "武昌区"),)}, ""),  # 东湖区 is 南昌's
    (_row("宁波杭州湾新区", "杭州湾新区", "慈溪市", "宁波市", "浙江省"), {"宁波市": (("杭州湾新区", "慈溪市"),)}, ""),
    (_row("南昌经济技术开发区", "南昌经开区|经开区", "南昌市", "南昌市", "江西省"), {}, ""),  # a bare zone word
    (_row("鄂州葛店经济技术开发区", "鄂州葛店经开区", "鄂州市", "鄂州市", "湖北省"),
     {"鄂州市": (("葛店镇", "华容区"),)}, ""),  # the gazetteer knows it only with its city
])
def test_a_common_name_drops_the_city_only_before_a_place_of_its_own(zone, towns, common):
    assert common_names((zone,), towns).get(zone.canonical, ("", ""))[0] == common


def test_a_common_name_another_zone_ends_with_is_no_name():
    tianjin = _row("天津滨海新区", "滨海新区", "滨海新区", "天津市", "天津市")
    shaoxing = _row("绍兴滨海新区", "绍兴滨海", "越城区", "绍兴市", "浙江省")
    assert common_names((tianjin,), {}) == {"天津滨海新区": ("滨海新区", "滨海新区 (天津市)")}
    assert common_names((tianjin, shaoxing), {}) == {}


def test_the_gazetteer_common_names_follow_from_the_places_they_name():
    """data/zones.csv's common_name column is what zones.write_common_names writes (run it after changing the
    gazetteer): recomputed from the places its sources name, it comes out the same."""
    zones = load_gazetteer()
    towns: dict[str, list[tuple[str, str]]] = {}
    for z in zones:
        if z.common_name:
            assert z.canonical.endswith(z.common_name) and z.common_name_source, z
            towns.setdefault(z.city, []).append((z.common_name_source.split(" (")[0], ""))
    want = {z.canonical: z.common_name for z in zones if z.common_name}
    assert {k: name for k, (name, _) in common_names(zones, {c: tuple(t) for c, t in towns.items()}).items()} == want
    assert "鄂州葛店经济技术开发区" in want and "惠州仲恺高新技术产业开发区" not in want


def test_a_zone_goes_by_its_common_name_and_keeps_its_official_one():
    for title in ("葛店经济技术开发区今年计划开工项目45个", "鄂州葛店经济技术开发区今年计划开工项目45个",
                  "葛店经开区今年计划开工项目45个"):
        m = detect_zone(title, "开发区将加快建设。")
        assert (m.zone, m.official, m.known) == ("葛店经济技术开发区", "鄂州葛店经济技术开发区", True), title
    m = detect_zone("仲恺高新区今年计划开工项目45个", "高新区将加快建设。")
    assert (m.zone, m.official) == ("惠州仲恺高新技术产业开发区", "惠州仲恺高新技术产业开发区")
    assert detect_zone("曾都经济开发区召开大会", "开发区将加快建设。").official == ""  # not in the gazetteer


@pytest.mark.parametrize("text,zone", [
    ("许昌国家经济技术开发区新增企业12家。", "许昌经济技术开发区"),
    ("江宁国家级经济技术开发区新增企业12家。", "江宁经济技术开发区"),
    ("大庆国家高新技术产业开发区上半年实现营收200亿元。", "大庆高新技术产业开发区"),
    ("全国国家高新区排名公布。", ""),
    ("国家级经开区综合考评结果公布。", ""),
])
def test_a_zone_written_with_guojia_in_its_name_is_the_gazetteer_zone(text: str, zone: str):
    """国家/国家级 between a zone's place and its zone word (data/zone_words.csv role infix) names the gazetteer
    zone; the words with no place before them name none."""
    m = detect_zone("", text)
    assert (m.official if m.known else "") == zone, m


# ---------------------------------------------------------------- detection across China

@pytest.mark.parametrize("title,body,zone,place,city,province", [
    ("海西三明生态工贸区2024年工作要点", "工贸区今年计划实施重点项目40个。", "海西三明生态工贸区", "三明市", "三明市", "福建省"),
    ("记者从大冶湖高新技术开发区获悉", "大冶湖高新技术开发区今年将引进项目20个。", "大冶湖高新技术产业开发区",
     "大冶市", "黄石市", "湖北省"),  # known by a short name
    ("学习兄弟开发区好经验", "近日,考察团来到杭州钱江经济开发区。兄弟开发区的做法值得学习,兄弟开发区发展很快。",
     "杭州钱江经济开发区", "临平区", "杭州市", "浙江省"),
    ("金坛经济开发区:项目为王", "开发区今年力争完成固定资产投资100亿元。", "金坛经济开发区", "金坛区", "常州市", "江苏省"),
    ("重庆两江新区上半年经济运行情况", "两江新区实现地区生产总值1500亿元。", "重庆两江新区", "重庆市", "重庆市",
     "重庆市"),
    ("无棣新海工业园召开座谈会", "新海工业园今年新增企业10家。", "无棣新海工业园", "无棣县", "滨州市", "山东省"),
    ("望江经济开发区加快建设", "我区将打造千亿级平台。", "望江经济开发区", "望江县", "安庆市", "安徽省"),
    ("白城经济开发区招商引资成效明显", "园区签约项目12个。", "白城经济开发区", "白城市", "白城市", "吉林省"),
    ("邯郸市开发区金招牌吸引金凤凰", "开发区引进项目30个。", "邯郸市开发区", "邯郸市", "邯郸市", "河北省"),
    ("广安经开区“新春第一会”", "经开区全年力争招引项目50个。", "广安经济技术开发区", "广安市", "广安市", "四川省"),
    ("上海市金山区山阳工业园高质量发展", "工业园新增企业8家。", "金山区山阳工业园", "金山区", "上海市", "上海市"),
    ("贵阳高新技术开发区经济发展报告", "高新区工业产值增长10%。", "贵阳国家高新技术产业开发区", "贵阳市", "贵阳市",
     "贵州省"),
    ("东莞滨海湾新区建设提速", "新区今年完成投资80亿元。", "东莞滨海湾新区", "东莞市", "东莞市", "广东省"),
    ("专访薛城经济开发区党工委书记", "开发区去年实现营收200亿元。", "薛城经济开发区", "薛城区", "枣庄市", "山东省"),
    # a paired park lies in the bracketed place
    ("深圳福田(和平)产业园:引进企业21家", "产业园上半年投入基建资金3亿元。", "深圳福田(和平)产业园", "和平县", "河源市",
     "广东省"),
    ("广州(清远)产业转移工业园签约项目8个", "园区新增企业5家。", "广州(清远)产业转移工业园", "清远市", "清远市",
     "广东省"),
    ("一把手访谈", "2020年的张江长三角科技城平湖园(新埭镇)砥砺奋进。平湖园将引进项目。平湖经济技术开发区的企业来访。",
     "张江长三角科技城平湖园", "平湖市", "嘉兴市", "浙江省"),
    # a part of a zone written after the zone it belongs to is named whole, its short name counting for it
    ("晋中开发区重点项目推进会召开", "转型综改示范区晋中开发区今年计划开工项目20个。", "转型综改示范区晋中开发区", "晋中市",
     "晋中市", "山西省"),
    ("综改示范区重点项目推进会召开", "山西转型综合改革示范区今年计划开工项目20个,晋中开发区开工8个。", "山西转型综合改革示范区",
     "太原市", "太原市", "山西省"),
    # a zone word alone (经开区, 高新区, 试验区) and the city the page names: the one zone of that kind there
    ("经开区2023年工作要点", "今年以来,在芜湖市委市政府领导下,经开区实现规上工业产值2000亿元。", "芜湖经济技术开发区",
     "芜湖市", "芜湖市", "安徽省"),
    ("力争高新技术企业突破100家", "本报讯(新乡日报记者 王明)去年,高新区生产总值完成200亿元。\n高新区将加快建设。",
     "新乡高新技术产业开发区", "新乡市", "新乡市", "河南省"),
    ("试验区一季度招商引资成效明显", "一季度,试验区完成到位资金2亿元,其中格尔木工业园4个项目开工,德令哈工业园3个项目"
     "开工。", "柴达木循环经济试验区", "海西蒙古族藏族自治州", "海西蒙古族藏族自治州", "青海省"),
    ("宁东基地跻身化工园区30强", "宁东能源化工基地名列第6位。", "宁东能源化工基地", "灵武市", "银川市", "宁夏回族自治区"),
    # national zones of other kinds: 综合实验区, 农业高新技术产业示范区 (农高区), each by its full or short name
    ("平潭综合实验区上半年经济运行", "实验区实现地区生产总值100亿元。", "平潭综合实验区", "平潭县", "福州市", "福建省"),
    ("郑州航空港区智能终端产业提速", "上半年,航空港实验区手机产量增长12%。", "郑州航空港经济综合实验区", "郑州市",
     "郑州市", "河南省"),
    ("周口国家农高区今年计划引进项目20个", "示范区将加快建设。", "河南周口国家农业高新技术产业示范区", "郸城县",
     "周口市", "河南省"),
    ("黑龙江佳木斯国家农业高新技术产业示范区建设提速", "示范区水稻产业产值增长8%。",
     "黑龙江佳木斯国家农业高新技术产业示范区", "佳木斯市", "佳木斯市", "黑龙江省"),
    ("黄河三角洲农高区盐碱地综合利用取得新进展", "农高区今年新增企业10家。", "黄河三角洲农业高新技术产业示范区",
     "垦利区", "东营市", "山东省"),
    # the catalogue puts the city before a zone's own name (南昌|小蓝, 惠州|大亚湾); the text often drops it, and
    # the zone goes by its common name (test_a_zone_goes_by_its_common_name_and_keeps_its_official_one)
    ("小蓝经济技术开发区举行项目集中开工仪式", "开发区今年计划开工项目45个。", "小蓝经济技术开发区", "南昌县",
     "南昌市", "江西省"),
    ("大亚湾经济技术开发区召开年度工作会议", "开发区地区生产总值增长7%。", "大亚湾经济技术开发区", "惠阳区",
     "惠州市", "广东省"),
    ("袍江经济开发区新引进项目12个", "开发区今年计划开工项目20个。", "绍兴袍江经济技术开发区", "越城区", "绍兴市",
     "浙江省"),
    # ...but a high-tech zone goes by its official name, its city first, however the page writes it (zone_words.csv
    # role city_kept: the national and provincial lists name them so)
    ("张江高新技术产业开发区集成电路产业规模突破千亿", "高新区新增企业100家。", "上海张江高新技术产业开发区",
     "浦东新区", "上海市", "上海市"),
    # a place of another city before a gazetteer alias makes another zone (嘉兴市|滨海新区 is not 天津's 滨海新区),
    # and that zone's short name later in the page is it
    ("嘉兴加快滨海开发", "嘉兴市滨海新区位于沪杭苏甬四个城市的中心。到2020年,滨海新区实现生产总值1000亿元。",
     "嘉兴市滨海新区", "嘉兴市", "嘉兴市", "浙江省"),
    ("滨海新区上半年经济运行", "天津滨海新区实现地区生产总值4000亿元,滨海新区工业增长8%。", "天津滨海新区",
     "滨海新区", "天津市", "天津市"),
    ("浙江平湖经济技术开发区新引进项目12个", "开发区今年计划开工项目20个。", "平湖经济技术开发区", "平湖市",
     "嘉兴市", "浙江省"),
    # a slogan's 发展示范区 names no zone: 开发区 alone, in a page naming 德州 often, is 德州's 开发区 (its 经开区)
    ("开发区2017年工作目标", "开发区将紧紧围绕建好德州发展示范区总目标。开发区将重点建设产业孵化基地。\n"
     "德州新闻,传播德州正能量。",
     "德州经济技术开发区", "德州市", "德州市", "山东省"),
    # the State Council's name of a zone, written with its dash (中国—马来西亚), for its short name
    ("中马钦州产业园区首批项目开工", "中马钦州产业园区建设进入新阶段。", "中国—马来西亚钦州产业园区", "钦州市",
     "钦州市", "广西壮族自治区"),
    # a 新区 and the 经开区 of the same place are two zones
    ("杭州湾新区前三季度工业产值增长25%", "新区新开工项目18个。", "宁波杭州湾新区", "慈溪市", "宁波市", "浙江省"),
    ("宁波杭州湾经开区招商引资成效明显", "经开区签约项目12个。", "宁波杭州湾经济技术开发区", "慈溪市", "宁波市",
     "浙江省"),
    ("钱塘新区上半年经济运行", "新区实现规上工业产值1000亿元。", "钱塘新区", "钱塘区", "杭州市", "浙江省"),
    ("杭州经开区上半年经济运行", "经开区实现规上工业产值600亿元。", "杭州经济技术开发区", "钱塘区", "杭州市", "浙江省"),
    # a pilot free-trade zone (自贸试验区) and its areas (片区), by full or short name; a 新片区 alone is its area
    ("临港新片区建设跑出加速度", "今年以来,上海自贸区临港新片区坚持创新。1-8月,新片区第三产业增加值增长12%。",
     "中国(上海)自由贸易试验区临港新片区", "浦东新区", "上海市", "上海市"),
    ("钦州港片区上半年进出口额增长20%", "广西自贸试验区钦州港片区新增企业500家。",
     "中国(广西)自由贸易试验区钦州港片区", "钦州市", "钦州市", "广西壮族自治区"),
    ("四川自贸试验区川南临港片区新设企业1000家", "片区今年计划引进项目30个。",
     "中国(四川)自由贸易试验区川南临港片区", "泸州市", "泸州市", "四川省"),
    # ...but a zone that works beside its city's free-trade area stays the zone
    ("郑州经开区上半年经济运行", "经开区实现规上工业产值600亿元,与郑州片区联动发展,经开区新增企业80家。",
     "郑州经济技术开发区", "郑州市", "郑州市", "河南省"),
    # ...none named: the word, kept apart as unresolved (zone24)
    ("前三季度经济运行简析", "前三季度,示范区地区生产总值增长6%。\n示范区新签约项目12个。",
     unresolved_zone_name("示范区", "前三季度经济运行简析"), "", "", ""),
    ("高新区前三季度经济运行平稳", "1至9月,高新区实现规上工业总产值405亿元。高新区市场主体增长。",
     unresolved_zone_name("高新区", "高新区前三季度经济运行平稳"), "", "", ""),
    # ...two of that kind in the city: the one the place and the word name (威海经开区)
    ("经开区上半年经济运行", "上半年,按照威海市委部署,经开区实现规上工业产值200亿元。\n经开区将加快建设。", "威海经济技术开发区",
     "威海市", "威海市", "山东省"),
    # ...a 高新区 of a city whose only listed zone is its 经开区 is not that 经开区: the place and the word, not in
    # the gazetteer
    ("高新区召开年度工作会议", "本报讯(岳阳日报记者)高新区今年力争营业收入增长10%。\n岳阳市委要求高新区加快建设,高新区"
     "新签项目20个。", "岳阳高新区", "岳阳市", "岳阳市", "湖南省"),
    ("开发区扭住重大项目", "本报讯(大丰日报记者)开发区今年计划实施项目40个。\n开发区将加快建设。", "大丰开发区", "大丰区",
     "盐城市", "江苏省"),
])
def test_zone_and_place_across_provinces(title, body, zone, place, city, province):
    m = detect_zone(title, body)
    assert (m.zone, m.place, m.city, m.province) == (zone, place, city, province)


@pytest.mark.parametrize("title,body,source,zone", [
    # the page's source line names its zone as its header does (来源:常德经济技术开发区)...
    ("经开区举行项目集中签约仪式", "经开区签约项目19个,总投资163亿元。\n学习北京亦庄经验,北京亦庄企业来访。",
     "常德经济技术开发区", "常德经济技术开发区"),
    # ...a newspaper there names no zone nor place: the zone word stays unresolved
    ("经开区举行项目集中签约仪式", "经开区签约项目19个,总投资163亿元。\n经开区将加快建设。", "新华社",
     unresolved_zone_name("经开区", "经开区举行项目集中签约仪式")),
    # a zone word alone is the zone of its kind the title names, not one the body names more often
    ("常德经开区举行项目集中签约仪式", "经开区签约项目19个。\n经开区将学习长沙经开区经验,长沙经开区派员指导,"
     "长沙经开区企业来访。", "", "常德经济技术开发区"),
    # ...and with no zone of its kind in the title, the one the body names most
    ("项目集中签约仪式举行", "本报讯 经开区签约项目19个。\n经开区将学习长沙经开区经验,长沙经开区派员指导,"
     "长沙经开区企业来访。", "", "长沙经济技术开发区"),
    # a zone of another city named only in the body (a partner) is not the page's zone: its zone word alone
    # is the zone of that kind in the city the lead names
    ("项目建设提速", "本报讯(绵阳日报记者)经开区今年计划开工项目40个。\n经开区与北京亦庄开展合作,北京亦庄企业"
     "落户经开区。", "", "绵阳经济技术开发区"),
    # ...a zone of the city the lead names, named only in the body, is the page's zone
    ("项目建设提速", "本报讯(北京日报记者)经开区今年计划开工项目40个。\n经开区与北京亦庄开展合作,北京亦庄企业"
     "落户经开区。", "", "北京经济技术开发区"),
    # a zone named once in the body, of a city the page never names while it names another, is a model held up,
    # not the page's zone...
    ("威海市召开全市项目建设现场推进会", "威海市各区市、开发区深入实施新旧动能转换。\n会上,经区负责人发言,表示要"
     "学习未来科技城经验,争当威海高质量发展主力军,威海市要求加快进度。", "", "威海经济技术开发区"),
    # ...in a page of its own city, or of none, it is the page's zone
    ("余杭区召开全区项目建设现场推进会", "杭州市各区、开发区深入实施数字经济一号工程。\n会上,负责人发言,表示要"
     "加快未来科技城建设,争当杭州高质量发展主力军,杭州市要求加快进度。", "", "杭州未来科技城"),
    ("召开项目建设现场推进会", "会上,负责人发言,表示要加快未来科技城建设。", "", "杭州未来科技城"),
])
def test_where_a_name_stands_decides_whose_zone_it_is(title, body, source, zone):
    assert detect_zone(title, body, source=source).zone == zone


# ---------------------------------------------------------------- provincial zones of counties (省级)

@pytest.mark.parametrize("title,body,zone,official,place,city,province", [
    # 陕西 (2018 catalogue, 西安's provincial zones): the catalogue's name, with or without the province or city
    ("陕西蓝田工业园区召开项目推进会", "工业园区今年新增企业8家。", "蓝田工业园区", "蓝田工业园区", "蓝田县", "西安市",
     "陕西省"),
    ("灞桥工业园区新签约项目12个", "园区今年计划开工项目20个。", "灞桥工业园区", "西安灞桥工业园区", "灞桥区", "西安市",
     "陕西省"),
    # 湖南 (provincial 高新区 of 2016), by its short name
    ("湘阴高新区召开年度工作会议", "高新区今年力争营业收入增长10%。", "湘阴高新技术产业开发区", "湘阴高新技术产业开发区",
     "湘阴县", "岳阳市", "湖南省"),
    # 安徽 (provincial 高新区 of 2019): the list's name, its city first (a high-tech zone keeps its city: role city_kept)
    ("安徽合肥庐江高新技术产业开发区新引进项目", "高新区今年计划开工项目20个。", "合肥庐江高新技术产业开发区",
     "合肥庐江高新技术产业开发区", "庐江县", "合肥市", "安徽省"),
    ("界首高新区再生资源产业提质增效", "高新区今年新增企业10家。", "阜阳界首高新技术产业开发区", "阜阳界首高新技术产业开发区",
     "界首市", "阜阳市", "安徽省"),
    # 甘肃 (甘肃省…高新技术产业开发区 of 2018)
    ("甘肃省民乐高新技术产业开发区建设提速", "高新区新签约项目5个。", "民乐高新技术产业开发区", "民乐高新技术产业开发区",
     "民乐县", "张掖市", "甘肃省"),
    # 四川 (2012 and 2019 approvals)
    ("旺苍经开区一季度经济运行", "经开区完成工业总产值20亿元。", "旺苍经济开发区", "旺苍经济开发区", "旺苍县", "广元市",
     "四川省"),
    ("青白江经济开发区招商引资成效明显", "开发区签约项目12个。", "青白江经济开发区", "成都青白江经济开发区", "青白江区",
     "成都市", "四川省"),
    # 江西 (industrial parks renamed provincial 高新区 in 2019), also by the former name
    ("江西信丰高新技术产业园区电子信息产业集聚发展", "园区新增企业15家。", "信丰高新技术产业园区", "信丰高新技术产业园区",
     "信丰县", "赣州市", "江西省"),
    ("泰和工业园区新增规上企业", "园区今年计划投资10亿元。", "泰和高新技术产业园区", "泰和高新技术产业园区", "泰和县",
     "吉安市", "江西省"),
    # 陕西 (provincial 经开区 of 2024 and 2025, 高新区 of 2023), by the approval's short name
    ("陇县经开区新签约项目", "经开区今年新增企业8家。", "陇县经济技术开发区", "陇县经济技术开发区", "陇县", "宝鸡市", "陕西省"),
    ("陕西神木经济技术开发区智能装备产业提速", "经开区今年新增企业8家。", "神木经济技术开发区", "神木经济技术开发区",
     "神木市", "榆林市", "陕西省"),
    ("武功高新区新签约项目", "高新区今年新增企业8家。", "武功高新技术产业开发区", "武功高新技术产业开发区", "武功县",
     "咸阳市", "陕西省"),
    # 湖北 (孝感's provincial zones of the province's list of 136)
    ("湖北汉川经济开发区招商引资成效明显", "开发区签约项目12个。", "汉川经济开发区", "汉川经济开发区", "汉川市", "孝感市",
     "湖北省"),
    # 广西 (自治区级 高新区), 河北
    ("来宾高新区新签约项目", "高新区今年新增企业8家。", "来宾高新技术产业开发区", "来宾高新技术产业开发区", "来宾市", "来宾市",
     "广西壮族自治区"),
    ("河北阜城经济开发区招商引资成效明显", "开发区签约项目12个。", "阜城经济开发区", "阜城经济开发区", "阜城县", "衡水市",
     "河北省"),
    # 河南
    ("周口高新区项目建设提速", "高新区今年新增企业8家。", "周口高新技术产业开发区", "周口高新技术产业开发区", "川汇区",
     "周口市", "河南省"),
    # 福建, 山西
    ("德化陶瓷产业园区新增企业", "园区今年计划投资10亿元。", "德化陶瓷产业园区", "德化陶瓷产业园区", "德化县", "泉州市",
     "福建省"),
    ("古县经济技术开发区氢能产业加快发展", "开发区今年计划引进项目10个。", "古县经济技术开发区", "古县经济技术开发区", "古县",
     "临汾市", "山西省"),
])
def test_provincial_zones_of_counties_are_known(title, body, zone, official, place, city, province):
    m = detect_zone(title, body)
    assert (m.zone, m.official, m.place, m.city, m.province, m.level, m.known) == (
        zone, official, place, city, province, "省级", True)


@pytest.mark.parametrize("title,body,zone", [
    # a county's zone word alone is its provincial zone where the page names the county...
    ("高新区召开年度工作会议", "本报讯(湘阴县融媒体中心)高新区今年力争营业收入增长10%。\n湘阴县委要求高新区加快建设。",
     "湘阴高新技术产业开发区"),
    ("经开区项目建设提速", "本报讯(旺苍县融媒体中心)经开区今年计划开工项目40个。\n旺苍县委要求经开区加快建设。",
     "旺苍经济开发区"),
    # ...not where it names only the city (成都's 经开区 is its national one, not 蒲江's or 青白江's; 岳阳's 高新区
    # is none the gazetteer lists: test_zone_and_place_across_provinces)
    ("经开区项目建设提速", "本报讯(成都日报记者)经开区今年计划开工项目40个。\n经开区将加快建设。", "成都经济技术开发区"),
    ("开发区项目建设提速", "本报讯(孝感日报记者)开发区今年计划开工项目40个。\n开发区将加快建设。", "孝感高新技术产业开发区"),
])
def test_a_county_zone_word_alone_is_the_countys_zone_only_where_the_county_is_named(title, body, zone):
    assert detect_zone(title, body).zone == zone


def test_a_provincial_zone_is_neither_cut_nor_taken_for_a_namesake():
    # 临潼|新丰工业集中区: 新丰 is also a county of 韶关, so the short name is no alias and 韶关's park stays its own
    assert zone_names_in_text("西安市临潼新丰工业集中区今年") == {"西安市临潼新丰工业集中区": 1}
    assert detect_zone("临潼新丰工业集中区项目建设提速", "集中区今年计划投资30亿元。").zone == "临潼新丰工业集中区"
    m = detect_zone("新丰工业集中区新增企业8家", "韶关市新丰县新丰工业集中区今年计划开工项目10个。")
    assert (m.zone, m.city, m.known) == ("韶关市新丰县新丰工业集中区", "韶关市", False)
    # a county's zone whose name is the tail of another place's (陇县 of 仪陇县, 凤县 of 丹凤县, 津市 of 天津市) is
    # not found inside that place's name: the name the text writes stays whole
    for text, place in [("仪陇县经开区今年计划开工项目20个。", "仪陇县"), ("丹凤县经开区今年新增企业8家。", "丹凤县"),
                        ("天津市高新区今年力争营业收入增长10%。", "天津市")]:
        m = detect_zone(text[:6] + "项目建设提速", text)
        assert (m.zone, m.place, m.known) == (text[:6], place, False), text
    # a county's zone the page is about beats a national zone the body names as a model
    m = detect_zone("蓝田工业园区新签约项目", "本报讯 蓝田工业园区今年计划开工项目20个。\n园区将学习西安经开区经验,"
                    "西安经开区企业来访,西安经开区派员指导。")
    assert m.zone == "蓝田工业园区"


def test_a_named_zone_in_the_lead_beats_a_generic_reference_in_the_title():
    m = detect_zone("开发区2024年工作规划", "本报讯 如皋高新技术产业开发区今年将实施项目40个。\n开发区将加快建设。")
    assert m.zone == "如皋高新技术产业开发区" and m.method == "text"


def test_a_zone_word_alone_yields_to_a_named_zone_of_its_kind():
    """高新区 alone refers to the 高新区 the lead names (not to another of the city's zones)."""
    m = detect_zone("高新区2024年工作会议", "本报讯 芜湖高新区今年将实施项目40个。\n高新区将加快建设,高新区力争。")
    assert m.zone == "芜湖高新技术产业开发区" and m.method == "alias"


def test_a_zone_the_title_names_is_not_outweighed_by_a_zone_word_of_another_kind():
    """新区 alone, however often, does not replace the 经开区 the title names (a 新区 of the same city exists)."""
    body = "长沙经开区今年引进项目30个。\n新区建设提速,新区道路通车,新区学校开学,新区医院开工,新区公园开放。"
    assert detect_zone("长沙经开区项目建设提速", body).zone == "长沙经济技术开发区"


def test_a_place_word_counts_only_as_a_word_of_its_own():
    """解放思想 names no 解放区 (焦作市): the page names no city, so its zone word stays unresolved."""
    m = detect_zone("高新区召开干部会议", "会议要求全体干部进一步解放思想。\n高新区将加快建设,高新区力争。")
    assert (m.zone, m.city) == (unresolved_zone_name("高新区", "高新区召开干部会议"), "")


def test_a_name_is_never_cut():
    assert "大冶湖高新技术开发区" in zone_names_in_text("湖北大冶湖高新技术开发区今年将引进项目")
    assert not any(n.startswith("湖高新") for n in zone_names_in_text("湖北大冶湖高新技术开发区今年将引进项目"))


@pytest.mark.parametrize("text,names", [
    # a name joined on to a place by one dash is one name (广西, 福建, 云南)
    ("新年伊始,南宁-东盟经济开发区传来喜讯。", {"南宁-东盟经济开发区": 1}),
    ("当天,广西—东盟经开区共有7个项目开工。", {"广西—东盟经开区": 1}),
    ("闽台—东山工业园今年新增企业8家。", {"闽台—东山工业园": 1}),
    # a dash after a headline's words, or a double dash, joins nothing on
    ("打造高质量发展新引擎—访新疆准东经济技术开发区党工委书记", {"新疆准东经济技术开发区": 1}),
    ("奋进新征程——江阴高新区今年力争营收增长10%", {"江阴高新区": 1}),
    ("杭州—访江干高新区负责人", {"江干高新区": 1}),
])
def test_a_name_joined_by_a_dash_is_not_cut(text: str, names: dict):
    assert dict(zone_names_in_text(text)) == names


def test_a_zone_the_gazetteer_lacks_named_with_a_dash_is_named_whole_and_placed():
    m = detect_zone("南宁-东盟经济开发区1月签下17个项目", "新年伊始,南宁-东盟经济开发区传来喜讯。该开发区新签约项目17个。")
    assert (m.zone, m.city, m.province, m.known) == ("南宁-东盟经济开发区", "南宁市", "广西壮族自治区", False)


@pytest.mark.parametrize("title,body,zone,city", [
    # a zone written with its city's full name (临沂市|临港…) is the gazetteer's zone of the short one (山东, 辽宁)
    ("临港经济开发区明确发展目标", "山东省临沂市临港经济开发区明确发展目标。临港经济开发区提出3年目标。",
     "临沂临港经济开发区", "临沂市"),
    ("辽东湾新区上半年经济运行", "盘锦市辽东湾新区党工委书记介绍,辽东湾新区预计完成地区生产总值。", "盘锦辽东湾新区",
     "盘锦市"),
    # a city and a bare zone word is the text's own name, not the city's zone spelled so
    ("邯郸市开发区金招牌吸引金凤凰", "开发区引进项目30个。", "邯郸市开发区", "邯郸市"),
])
def test_a_zone_written_with_its_citys_full_name_is_the_gazetteer_zone(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.zone, m.city) == (zone, city), m


# ---------------------------------------------------------------- administrative divisions

def test_divisions_csv_is_jionlps_dictionary():
    """data/divisions.csv is what write_divisions makes from the pinned jionlp (rewrite it when jionlp moves)."""
    with open(DIVISIONS_CSV, encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == division_rows()


def _naive_names(names: list[str], text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Names.finditer's answer the slow way: at each position the longest name that fits, then past it."""
    longest_first = sorted(set(n for n in names if n), key=len, reverse=True)
    out, i = [], start
    while i < end:
        n = next((n for n in longest_first if text.startswith(n, i) and i + len(n) <= end), None)
        if n is None:
            i += 1
        else:
            out.append((i, i + len(n), n))
            i += len(n)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="平湖园区新中金一", min_size=1, max_size=4), max_size=8),
       st.text(alphabet="平湖园区新中金一和a", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_names_scan_finds_what_a_naive_scan_finds(names, text, start, end):
    # the scan jumps to positions where a name can start (first and second character, or a one-character
    # name): it must find exactly the names a position-by-position scan finds
    start, end = min(start, len(text)), min(end, len(text))
    assert list(Names(names).finditer(text, start, end)) == _naive_names(names, text, start, end)


def test_names_scan_longest_first_without_overlaps():
    names = Names(["平湖", "平湖园", "张江长三角科技城平湖园", "湖园"])
    assert [n for _, _, n in names.finditer("张江长三角科技城平湖园和平湖园在平湖")] == [
        "张江长三角科技城平湖园", "平湖园", "平湖"]


def test_port_economic_zone_is_a_zone_of_its_own_kind():
    """临港经济区 is a zone type the gazetteer lacks (天津, 梧州, 临沂): the page's zone is the name it writes out,
    placed in its city, while a 临港经济技术开发区 stays the gazetteer's."""
    m = detect_zone("梧州临港经济区召开经济工作会议", "近日,梧州临港经济区召开经济工作会议,园区全体工作人员信心满满。")
    assert (m.zone, m.city) == ("梧州临港经济区", "梧州市")
    assert detect_zone("沧州临港经济技术开发区召开工作会议", "").zone == "沧州临港经济技术开发区"


def test_zone_named_jointly_with_its_district():
    """黄石经济技术开发区 and 铁山区 run as one since 2019 (开发区·铁山区, data/zones.csv with its source): the joint name
    alone names the zone; 北海's 铁山港区 is not it."""
    m = detect_zone("开发区·铁山区奔跑在芯光大道上", "开发区·铁山区作为全市打造武鄂黄黄核心区的主阵地,今年力争引进项目20个。")
    assert (m.zone, m.city) == ("黄石经济技术开发区", "黄石市")
    assert detect_zone("北海市铁山港区项目集中开工", "铁山港区今年计划开工项目30个。").zone != "黄石经济技术开发区"


@pytest.mark.parametrize("title, body, zone", [
    # spelled out in full, a national zone's own word: the one national 经济技术开发区 of the county the page names
    ("经济技术开发区管理委员会2025年工作要点", "今年是平湖加快发展的关键一年。\n经济技术开发区将实施项目40个,"
     "平湖全市上下合力推进。", "平湖经济技术开发区"),
    # 经济开发区 (a provincial zone's word) is not the city's national 经济技术开发区: the city and the word
    ("经济开发区召开全区重点工作推进会", "3月5日,经济开发区召开全区重点工作推进会。\n副市长出席会议,"
     "芜湖市委要求加快建设,芜湖各地踊跃参与。", "芜湖经济开发区"),
    ("高新技术产业开发区2025年工作要点", "今年,芜湖高新区将实施项目40个。\n高新技术产业开发区加快建设。",
     "芜湖高新技术产业开发区"),
])
def test_a_zone_word_spelled_out_alone_names_the_pages_zone_of_that_name(title: str, body: str, zone: str):
    """A zone word written out in full at the start of a title or clause (经济开发区召开…) is the article's own
    zone called by its kind; only a zone whose official name ends with that word answers to it."""
    assert detect_zone(title, body).zone == zone


@pytest.mark.parametrize("title, body, zone", [
    # 安徽 (苏州 and 滁州's park), 黑龙江 (哈尔滨 and 深圳's), 内蒙古 (北京 and 内蒙古's), 云南 (上海 and 云南's),
    # 湖南 (吉首 and 凤凰's): a proper name that is no administrative place, written again and again
    ("苏滁现代产业园新签约项目20个", "苏滁现代产业园今年聚焦智能制造。\n记者获悉,苏滁现代产业园将扩区。", "苏滁现代产业园"),
    ("哈深产业园上半年新增企业30家", "哈深产业园今年计划引进企业40家。", "哈深产业园"),
    ("京蒙产业园新开工项目8个", "近日,京蒙产业园举行项目集中开工仪式。\n京蒙产业园计划引进企业10家。", "京蒙产业园"),
    ("沪滇产业园推进12个项目", "今年,沪滇产业园将全面推进路、水、电等基础设施建设。", "沪滇产业园"),
    ("经济开发区建设工作会议上的讲话", "同志们:\n今天召开吉凤经济开发区建设工作会议。\n近年来,吉凤经济开发区"
     "抢抓机遇,实现了跨越式发展。", "吉凤经济开发区"),
])
def test_a_zone_named_by_a_proper_name_that_is_no_place_is_named_whole(title: str, body: str, zone: str):
    """A zone whose name opens a clause with a proper name no administrative division holds (苏滁, 深哈, 吉凤) and
    that the page writes at least twice is the page's zone, named whole, not a city guessed from elsewhere."""
    m = detect_zone(title, body)
    assert (m.zone, m.method) == (zone, "text")


@pytest.mark.parametrize("text", [
    "生物医药产业园今年新增企业30家。生物医药产业园将扩区。",  # a kind of park, not a park
    "数字经济产业园项目开工。数字经济产业园项目投资5亿元。",
    "?趪家高新区新签约项目。?趪家高新区于1991年成立。",  # a name garbled by a broken encoding
    "全市经济开发区亩均税收提高。全市经济开发区综合考评结果公布。",  # a class of zones
    "苏滁现代产业园今年新签约项目20个。",  # written once: no evidence it is a name
    "据悉,吉凤经济开发区今年新签约项目20个。",
])
def test_no_proper_name_from_a_kind_a_class_or_a_single_mention(text: str):
    assert not proper_names_in_text(text)


@pytest.mark.parametrize("title, body, zone, official", [
    # 台州湾新区 (a provincial 新区 since 2020) is not 台州湾经济技术开发区 (头门港, national since 2020)
    ("台州湾新区重大项目集中开工", "3月12日,台州湾新区举行重大项目集中开工仪式。", "台州湾新区", "台州湾新区"),
    ("台州湾经开区重大项目集中开工", "台州湾经开区今年计划开工项目30个。", "台州湾经济技术开发区", "台州湾经济技术开发区"),
    # 衢州绿色产业集聚区 (one of the 14 产业集聚区 of 2010) is not 衢州's national 高新区
    ("衢州绿色产业集聚区项目集中签约", "衢州绿色产业集聚区近日举行项目集中签约活动。", "衢州绿色产业集聚区",
     "衢州绿色产业集聚区"),
    ("衢州高新区项目集中签约", "衢州高新区近日举行项目集中签约活动。", "衢州高新技术产业开发区", "衢州高新技术产业开发区"),
    # Zhejiang's provincial 经济开发区 of the 2020 and 2022 approvals
    ("浙江路桥经济开发区项目建设提速", "路桥经开区今年计划开工项目20个。", "路桥经济开发区", "路桥经济开发区"),
    ("浙江鹿城经济开发区招商引资成效明显", "鹿城经开区签约项目12个。", "鹿城经济开发区", "鹿城经济开发区"),
])
def test_zhejiang_new_areas_and_clusters_are_zones_of_their_own(title: str, body: str, zone: str, official: str):
    m = detect_zone(title, body)
    assert (m.zone, m.official, m.known) == (zone, official, True)


@pytest.mark.parametrize("title, body, zone, city", [
    # Hainan's free-trade-port key parks (新华社 2020) and Zhejiang's 产业集聚区 under their later names
    ("博鳌乐城先行区新增医疗机构5家", "乐城先行区今年引进项目10个。", "博鳌乐城国际医疗旅游先行区", "琼海市"),
    # (shown by its common name: 崖州 is a district of 三亚)
    ("三亚崖州湾科技城新签约项目12个", "崖州湾科技城今年计划投资80亿元。", "崖州湾科技城", "三亚市"),
    ("海口江东新区重点项目集中开工", "江东新区今年计划完成投资300亿元。", "海口江东新区", "海口市"),
    ("湖州南太湖产业集聚区项目集中签约", "南太湖产业集聚区今年引进项目20个。", "湖州南太湖新区", "湖州市"),
    ("宁波梅山国际物流产业集聚区加快建设", "梅山国际物流产业集聚区今年吞吐量增长12%。", "宁波梅山国际物流产业集聚区",
     "宁波市"),
])
def test_key_parks_and_clusters_are_known(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.zone, m.city, m.known) == (zone, city, True)


@pytest.mark.parametrize("title,body,zone,city", [
    ("安巢经开区113个项目集中签约开工", "安巢经开区今年计划开工项目40个。", "安徽巢湖经济开发区", "合肥市"),  # 安徽
    ("安徽巢湖经开区召开项目推进会", "经开区今年计划开工项目40个。", "安徽巢湖经济开发区", "合肥市"),
    ("古雷开发区石化项目签约", "古雷开发区今年将加快建设石化基地。", "漳州古雷港经济开发区", "漳州市"),  # 福建
])
def test_provincial_zones_of_the_public_lists_are_known_by_the_names_pages_write(title, body, zone, city):
    """安徽巢湖经济开发区 (安徽省 2018年度开发区考核通报; 安巢经开区 as 合肥在线 and 光纤在线 write it) and 漳州古雷港经济开发区
    (福建省政府 2006, 古雷开发区) are gazetteer zones; a page of 合肥经开区 stays 合肥经开区's."""
    m = detect_zone(title, body)
    assert (m.official, m.city, m.known) == (zone, city, True), title
    assert detect_zone("合肥经开区召开项目推进会", "经开区今年计划开工项目40个。").official == "合肥经济技术开发区"


@pytest.mark.parametrize("title, body, zone", [
    # 吉林 (长春汽开区), 江苏 and 吉林 (泰州 and 通化 both have a 医药高新区), 浙江 (衢州智造新城, 杭州钱江经济开发区)
    ("汽开区上半年经济平稳发展", "来源:长春市发改委\n上半年,汽开区地区生产总值完成275亿元。", "长春汽车经济技术开发区"),
    ("医药高新区召开专题会议", "泰州日报讯 医药高新区提出,到2019年规上工业产值突破2000亿元。\n泰州全市开发园区工作会议召开。",
     "泰州医药高新技术产业开发区"),
    ("医药高新区召开专题会议", "通化日报讯 医药高新区提出,到2019年规上工业产值突破500亿元。\n通化全市开发园区工作会议召开。",
     "通化医药高新技术产业开发区"),
    ("日前,笔者从衢州市智造新城了解到", "今年上半年,智造新城共引进项目28个。", "衢州智造新城"),
    ("钱江经济开发区新签约项目12个", "杭州市余杭区的钱江经济开发区今年计划投资50亿元。", "杭州钱江经济开发区"),
])
def test_a_zone_named_without_its_city_in_a_page_of_that_city(title: str, body: str, zone: str):
    """A page of a zone's city that names the zone without the city (汽开区 of 长春汽开区, 医药高新区, 智造新城) is
    about that zone: the same city-less name is another city's zone in that city's page."""
    assert detect_zone(title, body).zone == zone


@pytest.mark.parametrize("title, body", [
    ("汽开区上半年经济平稳发展", "来源:芜湖市发改委\n上半年,汽开区地区生产总值完成275亿元。"),  # another city's page
    ("高新综合保税区进出口增长", "来源:西安市商务局\n高新综合保税区进出口额增长12%。"),  # 高新 opens no name
])
def test_a_city_less_name_names_no_zone_of_another_city(title: str, body: str):
    assert detect_zone(title, body).zone not in ("长春汽车经济技术开发区", "成都高新综合保税区")


@pytest.mark.parametrize("title, body, zone, city", [
    # the national 临空经济示范区 list (国家发展改革委, 民航局, 2016–2020)
    ("双龙经济区T3航站楼启用", "位于贵州双龙航空港经济区核心区的机场启用了T3航站楼。双龙经济区大力发展航空物流。",
     "贵州双龙航空港经济区", "贵阳市"),
    ("胶东临空经济示范区项目集中开工", "青岛胶东临空经济示范区今年计划开工项目30个。", "青岛胶东临空经济示范区", "青岛市"),
    # 国务院's 2019 approval of the 上合示范区 (胶州, 青岛): the page names it by its short name beside 青岛高新区
    ("上合示范区43个项目集中开工", "青岛海洋发展网\n在位于胶州市的上合示范区,43个项目集中开工。青岛高新区同日开工项目5个。",
     "中国—上海合作组织地方经贸合作示范区", "青岛市"),
    ("郑州航空港区重大项目集中开工", "郑州航空港经济综合实验区今年计划投资500亿元。", "郑州航空港经济综合实验区", "郑州市"),
])
def test_the_national_airport_economy_zones_and_the_sco_area_are_known(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.official, m.city, m.known) == (zone, city, True), title


def test_an_airport_economy_zone_does_not_take_a_page_of_its_citys_other_zone():
    """长沙临空经济示范区 spans 长沙经开区: a 长沙经开区 page that mentions it once stays 长沙经开区's."""
    m = detect_zone("长沙经开区项目集中签约", "长沙经开区今年签约项目20个,其中3个位于长沙临空经济示范区。")
    assert m.official == "长沙经济技术开发区"


@pytest.mark.parametrize("title, body, zone, city", [
    # zones of provincial lists, State Council approvals and city plans (data/zones.csv, source column): each page
    # names its zone by the short name and its city's other zones not at all, so the city's zone took it before
    ("广梅产业园招商引资成果加速落地", "今年以来,广梅产业园已新引进签约项目12个。", "广州(梅州)产业转移工业园", "梅州市"),
    ("沈阳:中德园今年已完成规模以上工业总产值508.1亿", "中德(沈阳)高端装备制造产业园(以下简称“中德园”)成立7年来,引进项目475个。",
     "中德(沈阳)高端装备制造产业园", "沈阳市"),
    ("中新吉林食品区:实干争先", "年初以来,中新吉林食品区推动重大项目开复工,吉林市支持食品区建设。", "中国—新加坡吉林食品区", "吉林市"),
    ("襄阳市东津城市新中心23个重大项目集中开工", "省委、省政府明确提出要把东津新区打造成襄阳都市圈主引擎。", "襄阳东津新区",
     "襄阳市"),
    ("太忻一体化经济区首批重大项目集中开工", "太忻一体化经济区今年计划实施项目100个。", "太忻一体化经济区", "太原市"),
    ("大邱庄生态城按下“开工键”", "静海区中德天津大邱庄生态城园区综合开发项目门区广场项目日前开工。", "中德天津大邱庄生态城", "天津市"),
    ("总投资87.1亿元!洛阳伊滨区重大项目集中开工", "伊滨区第二季度集中开工项目24个。", "洛阳伊滨区", "洛阳市"),
])
def test_zones_of_public_lists_take_their_pages_from_their_citys_zone(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.official, m.city, m.known) == (zone, city, True), m


@pytest.mark.parametrize("title, body, zone", [
    # a park named inside the zone the page speaks of by its zone word alone: the zone, not the park
    ("城西循环经济产业园正在兴建", "可克达拉经济技术开发区的城西循环经济产业园正在兴建。该开发区于2020年组建,分3个园区。"
     "其中,城西循环经济产业园规划用地26平方公里。据介绍,可克达拉经济技术开发区成立以来,该开发区共签约22个产业项目。",
     "可克达拉经济技术开发区"),
    ("十堰联增汽车电子工业园项目开工", "十堰联增汽车电子工业园项目开工,十堰联增汽车电子工业园占地49亩。十堰市重大项目集中"
     "开工,截至目前,经开区签约项目8个。\n经开区投产项目4个。", "十堰经开区"),  # (the gazetteer lacks 十堰's 经开区)
    # a page about a park that speaks of no zone alone stays the park's
    ("苏银产业园今年签约项目12个", "苏银产业园今年新签约项目12个,苏银产业园总投资50亿元。", "苏银产业园"),
])
def test_a_park_in_a_page_speaking_of_its_zone_alone_is_not_the_page_zone(title: str, body: str, zone: str):
    assert detect_zone(title, body).zone == zone


@pytest.mark.parametrize("title, body, zone", [
    # a page about a park, a base or a new town inside a zone (辽宁, 江西, 江苏, 浙江): the park, named whole, not the
    # zone of the city the page names often
    ("铁岭专用车生产基地是辽宁省唯一的专用车生产基地", "辽宁专用车生产基地招商推介会近日在铁岭市举行。铁岭区位优越,"
     "铁岭市招商局介绍,铁岭政府制定了优惠政策。", "铁岭专用车生产基地"),
    ("港口经济", "九江城区临港工业基地位于九江港城区港区的东部。九江市把启动项目建设作为突破口,九江市力争今年引进项目10个。",
     "九江城区临港工业基地"),
    ("丹徒区产业项目集中签约", "镇江市招商活动月上,丹徒高新园有7个项目成功签约。高新园今年15个重点项目中5个开工。"
     "丹徒高新园坚持新发展理念。镇江市领导出席。", "丹徒高新园"),
    ("南湖产业新城启动", "嘉兴南湖产业新城举行奠基仪式。到2021年,南湖产业新城将初步构建产业体系。", "嘉兴南湖产业新城"),
    # a park's name written after its zone's word (试验区|大柴旦工业园) is the park, not the zone word alone (青海)
    ("试验区大柴旦工业园工业经济稳步增长", "近年来,试验区大柴旦工业园依托资源优势发展盐化工。全区新能源企业16家。",
     "大柴旦工业园"),
    # a base's project (东方电气…基地|项目) is no zone: the page's zone stays (内蒙古)
    ("呼和浩特经济技术开发区重大项目集中开工", "伴随着东方电气智慧能源产业基地项目开工令的宣布,32个重大项目集中开工。"
     "东方电气智慧能源产业基地项目占地260亩。", "呼和浩特经济技术开发区"),
])
def test_a_park_or_base_the_page_is_about_is_its_zone(title: str, body: str, zone: str):
    assert detect_zone(title, body).zone == zone


@pytest.mark.parametrize("title, body, zone", [
    # 保税区 alone in a 天津 page: the city's one 保税区 (not one of its 综合保税区)
    ("一季度保税区经济实现快速增长", "保税区一季度经济回升,重点有钲泰产业园等。中船集团天津民品船舶制造基地落地。"
     "下一步保税区坚持稳中求进。", "天津港保税区"),
    # 高新区 alone, all through a page naming one 高新区 once in its body (江苏): that zone, not the city's named often
    ("经济运行总体平稳", "1-9月高新区实现GDP115.5亿元。高新区围绕招大引强,扬州市级项目17个。\n全年列扬州市级重大项目9个,"
     "高邮高新区通用机场项目投资完成率100%。扬州三新项目新开工8个。", "高邮高新区"),
])
def test_a_zone_word_alone_is_the_zone_of_that_word_the_page_names(title: str, body: str, zone: str):
    assert detect_zone(title, body).zone == zone


def test_a_high_tech_zone_officially_named_with_guojia_goes_by_that_name():
    """海口, 贵阳 and 常州's zones style themselves X国家高新技术产业开发区 (data/zones.csv's sources): one name on
    every page, however the page writes it."""
    for text in ("海口高新区上半年营收增长12%。", "海口国家高新区上半年营收增长12%。", "海口高新技术产业开发区营收增长12%。"):
        m = detect_zone("", text)
        assert (m.zone, m.official) == ("海口国家高新技术产业开发区", "海口国家高新技术产业开发区"), text
    assert detect_zone("", "常州高新区新增企业12家。").zone == "常州国家高新技术产业开发区"


@pytest.mark.parametrize("title, body, zone, city", [
    # a page of no city of its own: the city-less name only one zone in the country bears, written twice
    ("稀土高新区一季度经济运行稳中向好", "记者从稀土高新区统计局获悉,一季度稀土高新区规上工业增加值增长17%。",
     "包头稀土高新技术产业开发区", "包头市"),
    # the zone's city named once, as often as the cities of its enterprises
    ("稀土高新区重点项目建设提速", "稀土高新区推动包头市稀土产业发展,引进昭通市、云浮市企业各一家。稀土高新区实施项目36个。",
     "包头稀土高新技术产业开发区", "包头市"),
])
def test_a_city_less_name_one_zone_bears_names_it_in_a_page_of_no_city(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.official, m.city) == (zone, city)


@pytest.mark.parametrize("title, body", [
    ("稀土高新区项目观摩", "稀土高新区组织企业赴赣州市考察。稀土高新区签约项目3个。"),  # the page's city is another
    ("医药高新区一季度经济运行", "医药高新区规上工业增加值增长12%。医药高新区签约项目5个。"),  # two zones so called
])
def test_a_city_less_name_in_a_page_of_no_city_needs_one_zone_and_no_other_city(title: str, body: str):
    assert not any(w in detect_zone(title, body).official for w in ("稀土", "医药"))


@pytest.mark.parametrize("title, body, zone", [
    # a page naming no zone that speaks of its 开发区 only after a verb: the page's own, placed in its city
    ("四轮驱动推动开发区再上新台阶", "王主任谈如何抓好开发区建设,推进开发区规划设计。",
     unresolved_zone_name("开发区", "四轮驱动推动开发区再上新台阶")),
    ("开发区签约项目10个", "来源:驻马店日报\n今年以来,开发区转变招商思路,推动开发区项目建设。", "驻马店经济开发区"),
])
def test_a_page_naming_no_zone_is_about_the_zone_word_it_uses(title: str, body: str, zone: str):
    assert detect_zone(title, body).zone == zone


def test_a_page_speaking_of_zones_only_as_a_class_names_none():
    assert is_unresolved(detect_zone("全省开发区工作会议召开", "会议部署全省开发区工作,学习兄弟开发区经验。").zone)


@pytest.mark.parametrize("title, body, zone, city, place", [
    ("南太湖产业集聚区长兴分区项目集中开工", "南太湖产业集聚区长兴分区今年开工项目9个。",
     "南太湖产业集聚区长兴分区", "湖州市", "长兴县"),
    ("中关村科技园区石景山园行动计划印发", "中关村科技园区石景山园总收入力争达到4700亿元。",
     "中关村科技园区石景山园", "北京市", "石景山区"),
])
def test_a_part_named_after_its_zone_is_the_page_zone(title: str, body: str, zone: str, city: str, place: str):
    m = detect_zone(title, body)
    assert (m.zone, m.city, m.place, m.known) == (zone, city, place, False)


def test_a_page_about_the_zone_as_a_whole_keeps_the_zone():
    """One part named once in a page about its zone, and parts listed: the zone itself."""
    m = detect_zone("哈尔滨新区上半年经济运行", "哈尔滨新区上半年地区生产总值增长8%。哈尔滨新区松北片区签约项目3个。"
                    "哈尔滨新区平房片区、松北片区和呼兰片区共签约项目50个。哈尔滨新区新增企业200家。")
    assert m.zone == "哈尔滨新区" and m.known


@pytest.mark.parametrize("title, body, zone", [
    ("南沙区政府工作报告", "南沙开发区(自贸区南沙片区)党工委书记出席会议。南沙开发区去年地区生产总值增长4%。",
     "广州南沙经济技术开发区"),
    ("航空港获批10周年", "河南郑州航空港十年平均增速14.1%,郑州航空港已初步形成产业体系。", "郑州航空港经济综合实验区"),
])
def test_a_zone_known_by_its_short_name(title: str, body: str, zone: str):
    m = detect_zone(title, body)
    assert (m.official, m.known) == (zone, True)


# ---------------------------------------------------------------- a zone word alone, resolved or kept apart (zone24)

@pytest.mark.parametrize("title, body, header, zone, known, method, place", [
    # the gazetteer zone of the place + the word (连云港 + 开发区: 连云港经济技术开发区's alias 连云港开发区)
    ("开发区秋季重点项目集中开工", "昨日上午,2023年市开发区秋季重点项目集中开工。\n开发区新开工项目20个。", "连云港发布",
     "连云港经济技术开发区", True, "reference", "连云港市"),
    # ...none there: the place (its county-level one where the page names it) and the word, not in the gazetteer
    ("经济开发区谋篇布局开启新征程", "经济开发区今年计划实施项目40个。\n经济开发区将加快建设。", "东台报业网",
     "东台经济开发区", False, "composed", "东台市"),
    ("开发区力争成为全县对接京津冀工作的先行者", "开发区今年计划实施项目40个。\n武城县委要求开发区加快建设,武城县各部门"
     "全力支持。", "", "武城开发区", False, "composed", "武城县"),
])
def test_a_zone_word_alone_is_named_by_the_pages_place(title, body, header, zone, known, method, place):
    m = detect_zone(title, body, header=header)
    assert (m.zone, m.known, m.method, m.place) == (zone, known, method, place), m


def test_bare_named_pages_of_two_places_are_two_zones():
    """What a dashboard user sees: two pages that call their zone only 高新区, one from 太仓, one from 聊城, are two
    zones, each named by its place, not one 高新区 comparing unlike things."""
    body = "高新区上半年实现工业总产值100亿元。\n高新区将加快建设。"
    taicang = detect_zone("高新区发展态势良好", body, header="太仓日报", file="a.txt")
    liaocheng = detect_zone("高新区发展态势良好", body, header="聊城日报", file="b.txt")
    assert (taicang.zone, taicang.city) == ("太仓高新区", "苏州市")
    assert (liaocheng.zone, liaocheng.city) == ("聊城高新区", "聊城市")
    assert not taicang.known and not liaocheng.known


def test_bare_named_pages_of_no_place_stay_apart_and_say_so():
    """Two pages naming neither their zone nor a place (经开区 召开…) are two zones marked unresolved, each with its page
    (file, then the start of its title), never one 经开区; a page using no zone word at all is unresolved too."""
    body = "经开区实现生产总值增长11%。\n经开区将加快建设。"
    one = detect_zone("经开区召开动员大会", body, file="dev_423.txt")
    other = detect_zone("经开区召开动员大会", body, file="dev_958.txt")
    assert one.zone != other.zone and is_unresolved(one.zone) and is_unresolved(other.zone)
    assert one.zone == "经开区(未识别:dev_423.txt《经开区召开动员大会》)"
    assert (one.known, one.method, one.mention, one.type) == (False, "unresolved", "经开区", "经开区")
    assert unresolved_zone_name("开发区", "近日,开发区召开12月份经济形势分析会") == "开发区(未识别:《近日,开发区召开12月份…》)"
    assert unresolved_zone_name("", "", "") == "开发区(未识别)"
    nothing = detect_zone("1-6月全区经济运行总体平稳", "全区生产总值增长7.5%。", file="dev_421.txt")
    assert is_unresolved(nothing.zone) and nothing.method == "none"
    assert not is_unresolved("天津港保税区") and not is_unresolved("嵊州经济开发区(高新园区)")


# ---------------------------------------------------------------- names cut, glued or bracketed (zone27)

@pytest.mark.parametrize("text,name", [
    # a park built by partners, named by two characters before its host place in brackets (广东, 重庆)
    ("广清经济特别合作区广佛(佛冈)产业园新签约项目12个。", "广佛(佛冈)产业园"),
    ("西部(成都)科学城今年计划引进项目30个。", "西部(成都)科学城"),
    # a two-character name jieba cuts in two (西|永, 惠|南) is not cut at its first character
    ("昨日,西永微电子产业园区新签约项目5个。", "西永微电子产业园区"),
    ("惠南高新科技产业园坐落于三栋镇。", "惠南高新科技产业园"),
])
def test_a_name_before_a_zone_word_is_whole(text: str, name: str):
    assert name in zone_names_in_text(text), zone_names_in_text(text)


@pytest.mark.parametrize("text,name", [
    ("此次签约,标志着郑东新区招商引资再上台阶。", "郑东新区"),  # a particle (着) opens no name
    ("今年(2023)产业园新增企业12家。", ""),  # a bracket holding no place names no partner
    ("全市(佛冈)产业园新增企业12家。", ""),  # nor after a generic word
    ("作为河北省级经济开发区,该园区已形成四大产业体系。", ""),  # 河北|省级: a class of zones, not a name
])
def test_no_name_is_glued_on_or_made_up(text: str, name: str):
    names = zone_names_in_text(text)
    assert (set(names) == {name}) if name else not names, names


def test_a_title_cut_short_does_not_cut_the_name_the_body_writes_whole():
    """A title made of the first sentence cut short (…) loses its unfinished last clause: the name cut there
    (西部(重庆)科学城璧山…) does not outweigh the part the body names whole."""
    body = ("12月8日,在某智能装备项目现场,西部(重庆)科学城璧山片区、中新(重庆)科技城重大项目集中投产。"
            "本次集中投产项目11个。")
    m = detect_zone("12月8日,在某智能装备项目现场,西部(重庆)科学城璧山…", body)
    assert (m.zone, m.place, m.city) == ("西部(重庆)科学城璧山片区", "璧山区", "重庆市"), m


@pytest.mark.parametrize("title, body, source, zone, method, place", [
    # the publisher's place (来源:东台日报) is the page's, before a common word read as a place (千年古城: 古城区)...
    ("千年古城,源远流长!", "经济开发区管委会主任谈发展。\n经济开发区今年将实施项目40个,经济开发区力争开票销售增长10%。",
     "东台日报", "东台经济开发区", "composed", "东台市"),
    # ...and before a firm's city named as often (苏州某某有限公司)
    ("市开发区秋季重点项目集中开工", "昨日,2023年市开发区秋季重点项目集中开工,苏州某科技有限公司董事长致辞。\n"
     "开发区新开工项目20个。", "连云港发布", "连云港经济技术开发区", "reference", "连云港市"),
    # a provincial newspaper names no place of its own: the zone word stays unresolved
    ("经济开发区谋篇布局", "经济开发区今年将实施项目40个。\n经济开发区将加快建设。", "浙江日报",
     unresolved_zone_name("经济开发区", "经济开发区谋篇布局"), "unresolved", ""),
])
def test_a_zone_word_alone_is_named_by_its_publishers_place(title, body, source, zone, method, place):
    m = detect_zone(title, body, source=source)
    assert (m.zone, m.method, m.place) == (zone, method, place), m


def test_a_place_written_only_inside_a_name_of_a_city_the_page_never_names_is_a_homonym():
    """龙潭 of 龙潭产业园区 is a district of 吉林市, which a 玉林 page never names: the park lies in the page's city; a
    county the page writes out (沾化区) stays the park's place."""
    m = detect_zone("玉林探索发展飞地经济", "近年来,广西玉林市以龙潭产业园区为载体发展飞地经济。龙潭产业园区地处玉林市"
                    "博白县,玉林市统筹推进园区建设。")
    assert (m.zone, m.place, m.city, m.province) == ("龙潭产业园区", "玉林市", "玉林市", "广西壮族自治区"), m
    m = detect_zone("沾化区重大项目集中开工", "沾化区6个项目在沾化经济开发区集中开工。沾化经济开发区今年引进项目10个。")
    assert (m.zone, m.city, m.place) == ("沾化经济开发区", "滨州市", "沾化区"), m


def test_a_name_two_cities_zones_go_by_is_the_zone_of_the_page_city():
    """滨海新区 is 天津's and 绍兴's: a page of 绍兴 means 绍兴滨海新区, a page of 天津 or of no city 天津滨海新区."""
    m = detect_zone("绍兴市越城区、滨海新区重大项目集中签约", "浙江省绍兴市越城区、滨海新区举行重大项目集中签约,"
                    "绍兴市领导出席。滨海新区今年新招引项目27个。")
    assert (m.zone, m.city) == ("绍兴滨海新区", "绍兴市"), m
    assert detect_zone("天津市滨海新区重大项目集中签约", "天津市滨海新区今年新招引项目27个。").zone == "天津滨海新区"
    assert detect_zone("滨海新区重大项目集中签约", "滨海新区今年新招引项目27个。滨海新区加快建设。").zone == "天津滨海新区"


# ---------------------------------------------------------------- more zones and the names they went by (zone27)

@pytest.mark.parametrize("title, body, zone, city", [
    # 西部(重庆)科学城 (重庆市, 2020) and its district parts; a Hainan free-trade-port key park; names the gazetteer's
    # zones went by (大亚湾区, 曹妃甸工业区)
    ("西部(重庆)科学城璧山片区项目集中签约", "西部(重庆)科学城璧山片区签约项目27个。", "西部(重庆)科学城璧山片区", "重庆市"),
    ("海南生态软件园新增企业", "海南生态软件园今年新增入园企业800家。", "海南生态软件园", "澄迈县"),
    ("大亚湾区工作会议召开", "大亚湾区今年地区生产总值增长5.8%。大亚湾区将加快建设石化基地。", "大亚湾经济技术开发区",
     "惠州市"),
    ("曹妃甸工业区加快建设", "曹妃甸工业区已累计形成陆域面积230平方公里。", "曹妃甸经济技术开发区", "唐山市"),
])
def test_more_zones_and_names_are_known(title: str, body: str, zone: str, city: str):
    m = detect_zone(title, body)
    assert (m.zone, m.city) == (zone, city), m
