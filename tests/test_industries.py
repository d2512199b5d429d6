"""Industry extraction, taxonomy mapping, and the seed F1 through the CLI and the scorer."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

import devzone.industries as industries
from devzone.industries import (
    CATEGORIES,
    LIST_CUES_CSV,
    STATEMENT_CUES_CSV,
    STOPWORDS,
    extract_industries,
    industries_in_sentence,
    load_taxonomy,
    map_industry,
)
from devzone.text import Article

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path("/work/shared/eval/score.py")
GOLD = Path("/work/shared/eval/seed-gold")


def names(text: str) -> list[str]:
    return [r["industry"] for r in extract_industries(Article(file="t.txt", body=text))]


# ---------------------------------------------------------------- enumerations

@pytest.mark.parametrize("text, expected", [
    ("园区将重点发展高端装备、新材料和生物医药三大主导产业,力争产值翻番。", ["高端装备", "新材料", "生物医药"]),
    ("积极培育人工智能、大数据等新兴产业。", ["人工智能", "大数据"]),
    ("高新区着力打造智能网联汽车、航空航天两大千亿级产业集群。", ["智能网联汽车", "航空航天"]),
    ("到2025年形成光伏、储能,氢能、动力电池等4个百亿级产业群落。", ["光伏", "储能", "氢能", "动力电池"]),
    ("精心培育轴承、五金、领带等细分行业。", ["轴承", "五金", "领带"]),
    ("加大招引集成电路、新型显示领域的龙头企业。", ["集成电路", "新型显示"]),
    ("全区主导产业为电子信息、装备制造、现代物流。", ["电子信息", "装备制造", "现代物流"]),
    ("该区以纺织服装、汽车零部件为主导。", ["纺织服装", "汽车零部件"]),
    # a counted list opens after the clause's last comma; the count still numbers the groups of an earlier list
    ("四大产业加速壮大,动力电池、精密结构件、光电显示三个细分产业链全面起势。", ["动力电池", "精密结构件", "光电显示"]),
    ("聚焦集成电路、人工智能等新一代信息技术,研发孵化、检验检测、智慧物流等高技术服务4大主导产业。",
     ["集成电路", "人工智能", "新一代信息技术", "研发孵化", "检验检测", "智慧物流", "高技术服务"]),
    # a list the text names a class of industries (以…为代表的现代服务业, 以…等为核心): most items known, the rest
    # kept where they read as names
    ("以健康产业、旅游休闲、仓储物流、文化创意等为代表的现代服务业蓬勃发展。",
     ["健康产业", "旅游休闲", "仓储物流", "文化创意"]),
    ("计划以新材料、高端设备、信息技术等为核心,建设科创基地。", ["新材料", "高端设备", "信息技术"]),
    ("培育了以液晶显示为代表的新兴产业。", ["液晶显示"]),
    ("建设以绿色节能和云计算应用研发、运营为特色的数据中心集群。", []),
    ("以华为、中兴为代表的龙头企业加快集聚。", []),
    # sector names the taxonomy lacked (信创, 枢纽经济, 现代海洋, 智能物联, 海洋科技, 海洋装备, 绿色化工): a closed field list
    # of mostly known names keeps its others that read as names (新型贸易)
    ("51个重大项目集中签约,涉及新型贸易、智能制造、枢纽经济、信创产业等领域。", ["新型贸易", "智能制造", "枢纽经济", "信创"]),
    ("集中开工的项目涉及高端装备、现代海洋、新能源新材料等领域。", ["高端装备", "现代海洋", "新能源新材料"]),
    ("航空航天、绿色石化、车联网、信创等产业链增加值分别增长17%、20%、35.5%、305%。",
     ["航空航天", "绿色石化", "车联网", "信创"]),
    ("涵盖生物医药、科技创新、高端商贸、智能制造等领域。", ["生物医药", "高端商贸", "智能制造"]),
    # 工程 after a field (生物工程, 海上工程, 信息安全工程) is a trade, not a programme; a count after 板块和 numbers the
    # second list only
    ("临港已形成装备制造、粮油食品、港口物流三大产业板块和造修船、海上工程、重型装备、绿色能源、粮油加工、科技研发等六大产业集群。",
     ["装备制造", "粮油食品", "港口物流", "造修船", "海上工程", "重型装备", "绿色能源", "粮油加工", "科技研发"]),
    ("该项目重点发展电子信息、物联网、信息安全工程等产业。", ["电子信息", "物联网", "信息安全工程"]),
    ("深入实施生物医药产业盘活工程,大力实施绿色食品产业培育工程。", ["生物医药", "绿色食品"]),
    ("重点实施强链工程、补链工程等产业项目。", []),
    # one piece the guard refuses beside known names no longer voids a closed list; a 与/及 pair with a one-character
    # part is one trade (泵与电机, 钛及新材料)
    ("东部区块聚焦泵与电机、整车制造、高端机床、新能源、激光及电子设备制造等支柱产业发展。",
     ["泵与电机", "整车制造", "高端机床", "新能源", "激光", "电子设备制造"]),
    ("重点围绕钛及新材料产业升级、航天和半导体等新兴产业突破。", ["钛及新材料", "航天", "半导体"]),
    ("重点发展泵、阀门、电机、轴承等产业。", ["阀门", "电机", "轴承"]),
    ("全区汽车机械、生物农业、电子信息、医药化工、新能源新材料等新兴产业以及大型商贸物流和现代服务业等“六大产业”生机勃勃。",
     ["汽车机械", "生物农业", "电子信息", "医药化工", "新能源新材料", "大型商贸物流", "现代服务业"]),
    ("聚焦招商引资、新材料、营商环境、电机等重点产业。", []),
    # 临空 is one word: an airport economy's sectors keep it
    ("双龙经济区重点发展了临空现代服务业、临空总部经济和临空现代商贸。", ["临空现代服务业", "临空总部经济", "临空现代商贸"]),
    # 涉及 opens a list closed by a count (and its items, counted, stay whole: a cluster is named for its pair of
    # sectors; of industries, 及 between names of two categories names two)
    ("在建项目涉及化工新材料、汽车及高端装备、新一代信息技术三大主导产业集群。",
     ["化工新材料", "汽车及高端装备", "新一代信息技术"]),
    ("在建项目涉及化工新材料、汽车及高端装备、新一代信息技术三大主导产业。",
     ["化工新材料", "汽车", "高端装备", "新一代信息技术"]),
    # the firms leading a list (以A、B为龙头的) are not its items
    ("已形成以江淮汽车、TCL家用电器为龙头的汽车及配套、家电及配件两大主导产业。", ["汽车及配套", "家电及配件"]),
    # sectors whose growth is reported, each with its own head
    ("无论是汽车行业、摩托行业,还是能源行业、电子行业和材料行业,均保持两位数以上增长。",
     ["汽车行业", "摩托行业", "能源行业", "电子行业", "材料行业"]),
    ("全区汽车行业、电子行业均保持较快增长。", ["汽车行业", "电子行业"]),
    ("新能源汽车全产业链再添新军。", ["新能源汽车"]),
    # a year or a park's name before a known industry is not part of it
    ("甘泉堡工业园区重点发展北区工业园新材料、生物医药产业。", ["新材料", "生物医药"]),
    ("报告显示,2024年新型显示产业产值突破600亿元。", ["新型显示"]),
    ("引进电子信息、生物医药等行业龙头企业。", ["电子信息", "生物医药"]),
    # a programme's code and a scale between 等 and the head still close the list
    ("高端装备制造、新能源汽车、新材料等“2+9”千百亿级战略性新兴产业集群正在加速形成。",
     ["高端装备制造", "新能源汽车", "新材料"]),
])
def test_enumerations_are_split(text, expected):
    assert names(text) == expected


def test_fused_name_and_place_prefix():
    assert names("加快发展临江湾新材料产业群落。") == ["新材料"]
    assert names("加快发展“江南药谷”生物医药产业集群。") == ["生物医药"]


def test_zone_prefix_and_trailing_suffix_kept_as_written():
    assert names("聚焦园区新能源汽车、康养产业等主导产业。") == ["新能源汽车", "康养产业"]


def test_park_named_after_industry():
    assert names("加快建设临港湾新材料产业园和医疗器械产业基地。") == ["新材料", "医疗器械"]


@pytest.mark.parametrize("text, expected", [
    ("经开区获评省级智能网联汽车特色产业园称号。", ["智能网联汽车"]),
    ("紧盯建设全国重要光伏材料生产基地目标。", ["光伏材料"]),
    ("经开区获中国家电智能制造基地称号。", ["家电"]),
    ("打造半导体先进制造产业园。", ["半导体"]),
    ("加快建设智能制造产业园。", ["智能制造"]),
])
def test_a_parks_rank_and_making_are_not_its_industry(text, expected):
    assert names(text) == expected


# A kind of park ranked or discussed as a class (全国…园区30强, …论坛, 国内…综合实力, 全省…名单) is not a park of
# the zone, so its industry is not the zone's; the zone's own park of that kind still names its industry.
@pytest.mark.parametrize("text, expected", [
    ("园区跻身全国化工园区30强第6位。", []),
    ("园区获评化工园区30强。", []),
    ("园区承办化工园区与产业发展论坛。", []),
    ("这是国内石化产业园区综合实力的体现。", []),
    ("园区入选全省生物医药产业园名单。", []),
    ("园区加快建设化工园区。", ["化工"]),
    ("园区建设生物医药产业园。", ["生物医药"]),
    ("园区打造中国化工产业园。", ["化工"]),
])
def test_a_class_of_parks_is_not_the_zones_park(text, expected):
    assert names(text) == expected


def test_is_main_statement():
    assert names("氢能产业如今是新区的首位产业。") == ["氢能产业"]


def test_dedupe_one_row_per_industry():
    text = "聚焦新材料、生物医药等主导产业。\n加快发展生物医药产业群落。"
    rows = extract_industries(Article(file="t.txt", body=text))
    assert [r["industry"] for r in rows] == ["新材料", "生物医药"]
    assert all(r["industry"] in r["sentence"] for r in rows)


# ---------------------------------------------------------------- exclusions

@pytest.mark.parametrize("text", [
    "聚焦5G基站、数据中心、充电桩等7个方面建设,抢滩新基建。",  # infrastructure items
    "实施城市更新、乡村振兴、文明创建三大工程。",  # programmes
    "主攻六大工程、四大产业、三大提升。",  # slogans
    "推动上海张江、苏州工业园区等地合作。",  # places
    "依托循环经济产业园、绿能环保产业园等重点项目,加快项目建设。",  # vehicles after 依托
    "开发区去年实现数字经济核心产业增加值2亿元。",  # a metric, not a target industry
    "要深化“最多跑一次”改革,推进“三服务”活动。",
    "积极发挥双创产业园、协同发展产业园等科创平台优势。",  # parks not named after an industry
    "引进创维数字、大韩化工、科力尔等行业领军企业。",  # firms of a trade, not trades
    "成都高新区举行清水河高新技术产业走廊重大项目集中开工活动。",  # a corridor is a place
    "规上工业、建筑业、批发零售业均保持较快增长。",  # growth of broad sectors without their own heads
    "具体看,2021年四川天府新区主导产业正加速聚集成势。",  # a qualified head without a list before it
    "孙主任,您刚才提到现代产业集聚区建设。",  # 产业集聚区 is a kind of zone
    "园区名列中国化工园区30强第6位,加快发展。",  # a kind of park ranked as a class
    "全国化工园区30强的评选是国内石化产业园区综合实力的反映,引导园区发展。",
])
def test_non_industries_are_not_taken(text):
    assert names(text) == []


def test_infrastructure_item_skipped_inside_industry_list():
    assert names("培育人工智能、5G网络等新兴产业。") == ["人工智能"]


# ---------------------------------------------------------------- taxonomy

def test_taxonomy_is_broad_and_uses_known_categories():
    tax = load_taxonomy()
    assert len(tax) >= 150
    assert {e.category for e in tax.values()} <= set(CATEGORIES)


def test_map_exact_fuzzy_unmapped():
    assert map_industry("生物医药") == {"canonical": "生物医药", "category": "生物", "mapped": "exact"}
    assert map_industry("康养产业")["mapped"] == "exact"
    fuzzy = map_industry("特种生物")
    assert fuzzy["mapped"] == "fuzzy" and fuzzy["category"] == "生物"
    assert map_industry("高端新材料")["canonical"] == "新材料"
    un = map_industry("茶文化")
    assert un == {"canonical": "茶文化", "category": "其他", "mapped": "unmapped"}


def test_map_fuzzy_by_similarity():
    assert map_industry("集成电路设")["canonical"] == "集成电路"


def test_every_seed_industry_maps_to_a_category():
    if not (GOLD / "industries.csv").exists():
        pytest.skip("seed gold not available")
    with open(GOLD / "industries.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            m = map_industry(row["industry"])
            assert m["mapped"] != "unmapped" and m["category"] in CATEGORIES, row["industry"]


# ---------------------------------------------------------------- end to end

def test_seed_industries_f1(tmp_path):
    if not SCORER.exists():
        pytest.skip("scorer not available")
    subprocess.run([sys.executable, "-m", "devzone", "extract", "--out", str(tmp_path), str(ROOT / "seeds")],
                   check=True, cwd=ROOT, capture_output=True)
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(tmp_path)],
                         check=True, capture_output=True, text=True).stdout
    f1 = float(re.search(r"industries\s+P=\S+ R=\S+ F1=(\S+)", out).group(1))
    assert f1 >= 0.90, out


@pytest.mark.parametrize("text, expected", [
    ("高新区重点发展生物医药。", ["生物医药"]),
    ("发展总部经济、楼宇经济、夜间经济。", ["总部经济", "楼宇经济", "夜间经济"]),
    ("围绕半导体、新能源两条产业链开展精准招商。", ["半导体", "新能源"]),
    ("改造提升纺织、化纤等传统行业。", ["纺织", "化纤"]),
    ("积极发展乡村旅游,带动农民增收。", ["乡村旅游"]),
])
def test_lists_without_anchor_and_counts(text, expected):
    assert names(text) == expected


def test_bare_develop_needs_known_names():
    assert names("推动各项事业全面发展。") == []
    assert names("发展壮大村集体经济。") == []


# ---------------------------------------------------------------- generalisation rules

def test_known_name_with_conjunction_stays_whole_in_list():
    assert names("园区加快发展汽车及零部件、智能家电两大产业。") == ["汽车及零部件", "智能家电"]
    assert names("培育陶瓷及新材料、轴承等特色产业。") == ["陶瓷", "新材料", "轴承"]


def test_known_sector_keeps_its_place_like_prefix():
    assert names("重点引进海洋生物医药、冷链物流等产业。") == ["海洋生物医药", "冷链物流"]
    # ind27: a word of the industries' own names (临港 of 临港经济) is no place before another name …
    assert names("签约项目涵盖装备制造、临港物流、现代农业等领域。") == ["装备制造", "临港物流", "现代农业"]
    # … while a place is (临江湾 ends as places end; 临港湾 is no word of any name)
    assert names("加快建设临港湾新材料产业园和医疗器械产业基地。") == ["新材料", "医疗器械"]


def test_verb_heading_one_list_item_does_not_cut_the_list():
    assert names("围绕做优精密铸造、做强新型建材两大主导产业,精准招商。") == ["精密铸造", "新型建材"]


def test_generic_classes_skipped_and_bare_sectors_kept_after_emphatic_develop():
    assert names("新区致力于发展特色优势产业、生物医药产业和现代商贸业。") == ["生物医药产业", "现代商贸业"]
    assert names("大力发展外向型支柱产业。") == []


def test_known_name_as_basis():
    assert names("以光伏组件为基础,延伸储能产业链。") == ["光伏组件", "储能"]


def test_topic_opener_names_a_sector():
    assert names("在装备制造产业上,以龙头企业为引领,补齐配套。") == ["装备制造"]
    assert names("在主导产业上,继续发力。") == []


def test_chain_after_listed_links():
    assert names("加快延伸晶圆制造、芯片设计等半导体产业链。") == ["晶圆制造", "芯片设计", "半导体"]
    assert names("引进手机制造等智能终端产业链项目。")[:1] == ["手机制造"]


def test_development_predicate_after_the_name():
    assert names("近年来,精细化工产业加快集聚。") == ["精细化工"]
    assert names("开发区去年实现数字经济核心产业增加值2亿元。") == []


def test_park_name_after_attribute_and_owner_prefix():
    assert names("全力打造国内一流的光伏组件产业基地。") == ["光伏组件"]
    assert names("加快建设健康生物产业园。") == ["健康生物"]


# ---------------------------------------------------------------- validity guard

@pytest.mark.parametrize("text", [
    # clause fragments and metrics around an anchor are not industries
    "今年要在产值提升上见到实效,逐步在主导产业总量及占比、千亿级产业培育上取得新进展。",
    # place names before a class of industries are not industries
    "巩固皖北、皖南唯一国家特色产业集群优势。",
])
def test_guard_drops_clause_fragments_metrics_and_places(text):
    assert names(text) == []


def test_guard_keeps_names_with_industry_verb_heads():
    from devzone.industries import looks_like_industry

    for ok in ("装备制造", "农产品加工", "特色轻工", "智能终端", "现代服务"):
        assert looks_like_industry(ok), ok
    for bad in ("逐步在", "占比", "上见到实效", "苏中", "全面完成化工", "总量"):
        assert not looks_like_industry(bad), bad


def test_quoted_list_before_anchor():
    # the quotes bound the list; the words before the opening quote are not an item
    text = "五年来,新区形成了“精密仪器、绿色食品、现代物流”三大主导产业格局。"
    assert names(text) == ["精密仪器", "绿色食品", "现代物流"]


def test_cluster_sized_by_scale_word():
    text = ("全力建设两个产业高地:以龙头企业为引领的千亿级工程机械制造集群;"
            "以配套企业为支撑的两百亿级新型建材集群。")
    assert names(text) == ["工程机械制造", "新型建材"]
    # a cluster that heads a list of members is a class, not an industry
    assert names("打造三个千亿级先进制造业集群:") == []


def test_park_without_industry_head_names_its_industry():
    text = "今年将加快建设新材料园、华科集成电路园和电商园区,推进智慧园、创客园建设。"
    assert names(text) == ["新材料", "集成电路", "电商"]
    # a park that is the vehicle (依托…) or only a project's name is not a declaration
    assert names("依托新材料园招引企业。") == []


def test_reported_sector_output_names_an_industry():
    text = "一季度,新材料产业实现产值35.2亿元,同比增长12%;光伏行业完成营收8亿元。"
    assert names(text) == ["新材料", "光伏"]
    # a known sector's output after 实现 is the zone's sector too (issue 12: devset12, devset labels); a
    # statistical aggregate (X核心产业, 高技术制造业) is not
    assert names("全年实现新材料产业增加值9亿元。") == ["新材料"]
    assert names("全年实现数字经济核心产业增加值9亿元,高技术制造业产值增长19.7%。") == []
    # a generic class's output is not an industry
    assert names("主导产业实现产值120亿元。") == []


def test_figure_before_a_fused_name_is_not_part_of_it():
    assert names("项目达产后将形成年产值50亿元新能源汽车产业集群。") == ["新能源汽车"]


def test_low_altitude_is_known():
    assert names("加快壮大低空产业,招引整机企业。") == ["低空"]
    assert names("力争低空产业全年产值过10亿元。") == ["低空"]


def test_bare_cluster_head_and_programme_prefix():
    assert names("到2030年,力争形成3个千亿级产业集群、6个百亿级产业集群。") == []
    assert names("加快建设万亩千亿储能产业平台。") == ["储能"]


@pytest.mark.parametrize("text, expected", [
    # the verb that opens the list is not part of its first item
    ("今年将启动纺织业、食品产业提升计划。", ["纺织业", "食品产业"]),
    ("全区形成了电子信息、汽车零部件和精细化工三大产业集群。", ["电子信息", "汽车零部件", "精细化工"]),
    ("园区企业主要集中在机械加工、五金制品等行业。", ["机械加工", "五金制品"]),
    # 和/及 join two names: the first is not trimmed away
    ("光伏及储能产业形成完整的产业链。", ["光伏", "储能"]),
    # 核心 qualifies the class: the name is the sector
    ("智能制造核心产业加快集聚。", ["智能制造"]),
])
def test_clause_lead_trimmed_from_first_item(text, expected):
    assert names(text) == expected


def test_list_of_sectors_each_with_its_own_head():
    text = "以打造十亿级产业为核心,启动铝精深加工业、生物产业、电子机械业倍增计划。"
    assert names(text) == ["铝精深加工业", "生物产业", "电子机械业"]
    # the broad economic sectors and slogans are not industries
    assert names("推动工业、服务业协调发展。") == []
    assert names("按照“大抓工业、抓大工业”部署,推动项目建设。") == []


def test_curated_names_bypass_clue_words_and_forward_list_ends_at_comma():
    assert names("积极发展总部经济、楼宇经济、平台经济。") == ["总部经济", "楼宇经济", "平台经济"]
    assert names("该区支柱产业是精细化工,今年产值增长12%。") == ["精细化工"]


def test_built_into_opens_a_name():
    assert names("力争把园区建成百亿级光伏产业高地。") == ["光伏"]


def test_regions_are_places_not_industries():
    from devzone.industries import looks_like_industry

    for region in ("珠三角", "京津冀", "成渝", "苏北"):
        assert not looks_like_industry(region), region


def test_counted_list_before_a_metric_and_known_topic_field():
    assert names("年内力争新能源、新材料两大产业产值突破300亿元。") == ["新能源", "新材料"]
    # (the counted projects of a known sector name it too: row project_count)
    assert names("在智能制造领域,引进工业机器人项目5个。") == ["智能制造", "工业机器人"]
    assert names("在招商引资方面,新签约项目30个。") == []


def test_a_product_and_its_derivatives_are_one_industry():
    from devzone.industries import extract_industries
    from devzone.text import Article

    body = "园区将围绕钢及钢材深加工、纺织服装、新材料三大产业,加快招引龙头企业。"
    names = {r["industry"] for r in extract_industries(Article(file="t.txt", body=body))}
    assert "钢及钢材深加工" in names and "钢" not in names


def test_counted_list_keeps_pieces_with_conjunctions_whole():
    # 三大 with three 、-pieces: 纺织及服装 and 机械与模具 are one industry each.
    got = names("园区已形成纺织及服装、新材料、机械与模具三大主导产业。")
    assert got == ["纺织及服装", "新材料", "机械与模具"]


def test_placeholder_prefix_and_park_phase_project():
    # An anonymised place (XX) is not part of the name; a park's 一期项目 is a construction project.
    assert names("为XX新材料产业提供更高层次发展平台。") == ["新材料"]
    assert names("加快推进滨江家居产业园二期项目开工建设。") == []


def test_bare_sector_topic_opener():
    # A report by sector opens each part with 'X方面,'; only known names count (招商方面 is not one).
    assert names("新材料方面,某企业二期厂房已投入生产。") == ["新材料"]
    assert names("招商方面,全年签约项目30个。") == []


def test_supply_base_names_its_industry_and_verb_led_fragment_is_dropped():
    # 供应基地 is a base for its product's industry; 梳理细化 before a counted anchor is a predicate.
    assert names("打造全国领先的光伏组件供应基地。") == ["光伏组件"]
    assert names("将梳理细化20个细分产业赛道。") == []


def test_emphatic_develop_of_a_qualifier_named_sector():
    # 大力发展高新技术产业的…导向: the list ends at 的; a bare generic class is still no industry.
    assert names("树立大力发展高新技术产业的鲜明导向。") == ["高新技术产业"]
    assert names("大力发展战略性新兴产业。") == []


def test_plus_joined_focus_themes_keep_known_industries():
    # 聚焦“A+B”: only themes that are industry names (科技创新 is not one).
    assert names("坚持聚焦“科技创新+数字经济”,厚植产业根基。") == ["数字经济"]


def test_park_named_after_industry_needs_no_verb_and_brand_dot_is_dropped():
    # A park named after an industry says the zone hosts it, verb or not; 品牌·X: the brand is the owner.
    assert names("滨江新材料产业园成功列入省级园区创建名单。") == ["新材料"]
    assert names("完成万达·文化旅游产业园第3批次招商。") == ["文化旅游"]


def test_programme_title_before_a_park_is_not_part_of_the_industry():
    assert names("园区拥有国家火炬计划新材料特色产业基地。") == ["新材料"]


def _list_cue_rows() -> list[dict]:
    rows = []
    for table in (LIST_CUES_CSV, STATEMENT_CUES_CSV):
        with open(table, encoding="utf-8-sig", newline="") as f:
            rows += list(csv.DictReader(f))
    return rows


@pytest.mark.parametrize("row", _list_cue_rows(), ids=lambda r: r["cue"])
def test_industry_list_cues_table(row):
    """Every row of data/industry_list_cues.csv and data/industry_statement_cues.csv: its positive example
    yields exactly the [marked] names, its negative example (the same cue before non-industries) none."""
    wanted = re.findall(r"\[(.+?)\]", row["positive"])
    assert wanted and industries_in_sentence(row["positive"].replace("[", "").replace("]", "")) == wanted
    assert industries_in_sentence(row["negative"]) == []


def test_a_park_after_an_ordinal_names_its_industry_and_x_and_y_stays_whole():
    assert industries_in_sentence("金华市首个机器人产业园落户开发区。") == ["机器人"]
    assert industries_in_sentence("聚焦汽车及零部件、电子信息,打造产业集群。") == ["汽车及零部件", "电子信息"]


def test_a_company_name_is_never_cut_into_an_industry():
    assert industries_in_sentence("重点发展中恒电气等电力电子产业。") == ["电力电子"]
    assert industries_in_sentence("园区聚焦中高端装备、新材料产业。") == ["高端装备", "新材料"]


def test_the_item_right_after_a_list_verb_is_read_whole():
    # ind24: the first item after 发展 / 涵盖 has no clause's lead to trim (蒙 is no verb of the clause here).
    assert industries_in_sentence("园区重点发展现代蒙中医药、现代能源装备、现代物流物联五大产业。") == [
        "现代蒙中医药", "现代能源装备", "现代物流物联"]
    assert industries_in_sentence("签约项目涵盖智能网联新能源汽车、高端装备、生命健康等众多领域。") == [
        "智能网联新能源汽车", "高端装备", "生命健康"]


def test_a_policy_theme_is_an_industry_only_where_the_text_calls_it_one():
    assert industries_in_sentence("聚焦新基建、新消费等领域,推进项目建设。") == []
    assert industries_in_sentence("培育新基建、新消费等重点培育产业。") == ["新基建", "新消费"]


def _stopword_rows() -> list[dict]:
    with open(STOPWORDS, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _marked(example: str) -> tuple[str, list[str]]:
    """An example sentence without its [marks], and the marked names in order."""
    return example.replace("[", "").replace("]", ""), re.findall(r"\[(.+?)\]", example)


def _without_row(monkeypatch: pytest.MonkeyPatch, term: str) -> None:
    """Make the extractor read the stop list as if term's row were not there."""
    stop = {k: v for k, v in industries.load_stopwords().items() if k != term}
    themes = industries.load_themes() - {term}
    monkeypatch.setattr(industries, "load_stopwords", lambda path=STOPWORDS: stop)
    monkeypatch.setattr(industries, "load_themes", lambda: themes)
    _clear_stopword_caches()


def _clear_stopword_caches() -> None:
    for cached in (industries._is_valid_item_default, industries._is_stopword, industries._industries_in_sentence):
        cached.cache_clear()


@pytest.mark.parametrize("row", _stopword_rows(), ids=lambda r: r["term"])
def test_industry_stopwords_table(row, monkeypatch):
    """Every row of data/industry_stopwords.csv: in its positive example the term is not taken and exactly
    the [marked] names are, and without the row the outcome differs (the row decides, it is no dead
    weight); in its negative example a real industry containing or beside the term is kept."""
    positive, wanted = _marked(row["positive"])
    negative, kept = _marked(row["negative"])
    assert row["term"] in positive and row["term"] in negative
    assert industries_in_sentence(positive) == wanted
    assert industries_in_sentence(negative) == kept and kept
    try:
        _without_row(monkeypatch, row["term"])
        assert industries_in_sentence(positive) != wanted
    finally:
        monkeypatch.undo()
        _clear_stopword_caches()


def _programme_trade_rows() -> list[dict]:
    with open(industries.PROGRAMME_TRADES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _clear_programme_caches() -> None:
    for cached in (industries._bad_parts, industries._is_valid_item_default, industries._is_stopword,
                   industries._is_named_default, industries._industries_in_sentence):
        cached.cache_clear()


@pytest.mark.parametrize("row", _programme_trade_rows(), ids=lambda r: f"{r['neighbour']}{r['word']}")
def test_industry_programme_trades_table(row, monkeypatch):
    """Every row of data/industry_programme_trades.csv: in its positive example the programme word beside the
    neighbour names a trade and exactly the [marked] names are taken, and without the row they are not (the row
    decides); in its negative example the two words stand apart, the programme word names a programme and no name
    holding it is taken."""
    positive, wanted = _marked(row["positive"])
    negative, kept = _marked(row["negative"])
    pair = row["neighbour"] + row["word"] if row["side"] == "before" else row["word"] + row["neighbour"]
    assert any(pair in w for w in wanted)
    assert row["word"] in negative and row["neighbour"] in negative and pair not in negative
    assert industries_in_sentence(positive) == wanted
    assert industries_in_sentence(negative) == kept and not any(row["word"] in k for k in kept)
    rows = tuple(r for r in industries.load_programme_trades()
                 if r != (row["word"], row["side"], row["neighbour"]))
    monkeypatch.setattr(industries, "load_programme_trades", lambda: rows)
    _clear_programme_caches()
    try:
        assert industries_in_sentence(positive) != wanted
    finally:
        monkeypatch.undo()
        _clear_programme_caches()


def test_a_trade_and_its_sector_named_twice_are_one_industry():
    # X制造业 is the sector of the trade X制造: one row, the plainer name, the first sentence
    text = "先进装备制造业同比增长18.5%。\n全力做强先进装备制造产业集群。"
    rows = extract_industries(Article(file="t.txt", body=text))
    assert [(r["industry"], r["sentence"]) for r in rows] == [("先进装备制造", "先进装备制造业同比增长18.5%。")]


@pytest.mark.parametrize("text, expected", [
    ("全力做大新能源汽车及零部件特色产业集群。", ["新能源汽车及零部件"]),
    ("重点发展汽车及配件产业。", ["汽车及配件"]),
    # two industries joined by 及 stay two
    ("光伏及储能产业形成完整的产业链。", ["光伏", "储能"]),
])
def test_a_product_and_its_parts_are_one_industry(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a world-class cluster: the scale qualifier is no part of the name (like 千亿级)
    ("加快建设世界级新能源汽车产业集群。", ["新能源汽车"]),
    # a place before a known industry in a park's name
    ("新桥智能电动汽车产业园区开工仪式举行。", ["智能电动汽车"]),
])
def test_scale_qualifier_and_place_are_not_part_of_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a whole park project names the park's industry (issue 12: devset8, devset11 labels) …
    ("特别是碳基材料产业园项目借力中南大学加快建设。", ["碳基材料"]),
    # … one phase of it is a construction job
    ("加快推进滨江家居产业园二期项目开工建设。", []),
    # a park of an industry's innovation or demonstration (产业创新园, 产业示范园)
    ("电子信息产业创新园等3家加速器获评省首批科技企业加速器。", ["电子信息"]),
    ("精细化工新材料产业示范园等支撑型大项目成功落位。", ["精细化工新材料"]),
    ("园区获评省级科技创新示范园。", []),
    # a place word before a park's name, a valley (光谷, 能源谷) or a direction (北方), is no part of it …
    ("特别是洞庭能源谷碳基材料产业园项目借力中南大学加快建设。", ["碳基材料"]),
    ("包括北方大健康食品产业园项目、先进计算中心项目。", ["大健康食品"]),
    # … and a known name is never cut (大健康 is one: 大 no owner's abbreviation)
    ("包括大健康食品产业园项目、先进计算中心项目。", ["大健康食品"]),
    # a base for making X a business (产业化) is a process, not an industry
    ("山东新材料产业化生产基地项目奠基仪式举行。", []),
])
def test_parks_and_park_projects_name_their_industry(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of projects names firms as often as trades: only a list of known trades is one of trades
    ("引进了君正、芯京源、美时医药、伊普诺康等27个战略性新兴产业项目。", []),
    ("引进电子信息、生物医药等产业项目12个。", ["电子信息", "生物医药"]),
    # … and a firm's name that holds a trade's (拓优特电气) is not one
    ("集中开工的项目包括西河治理等基础设施项目,拓优特电气等产业项目。", []),
    # … while a list most of whose items are known trades is one of trades, its plainer words too
    ("此外还将有15个项目入园,涉及园区的制造、生物制药、物流、光能等产业项目。", ["制造", "生物制药", "物流", "光能"]),
    ("新签约能斯特、晶益通等产业项目,总投资20亿元。", []),
    # a capability or a stability is no industry (聚焦提升X产业技术创新能力)
    ("我们聚焦提升稀土产业技术创新能力、保障产业链供应链稳定安全,共签约项目30个。", ["稀土"]),
    ("我们聚焦稀土永磁、储氢材料等领域,共签约项目30个。", ["稀土永磁", "储氢材料"]),
])
def test_firms_before_projects_and_capabilities_are_not_industries(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known industry before another is its qualifier, not a clause's verb (体育 in 体育箱包) …
    ("体育箱包、纺织服装、机电一体化、电子信息等四个支柱产业完成工业产值91亿元。",
     ["体育箱包", "纺织服装", "机电一体化", "电子信息"]),
    # … while a development verb before a known name still opens the clause
    ("园区启动箱包、纺织服装等支柱产业提升计划。", ["箱包", "纺织服装"]),
    # an investor's profile lists its own lines of business, not the zone's industries
    ("投资者圣丰集团是一家集房地产开发与运营、酒店及公寓开发与管理、制造业、金融投资等行业的多元化集团。", []),
    ("园区集聚了房地产开发、酒店管理、金融服务等行业的企业。", ["房地产开发", "酒店管理", "金融服务"]),
])
def test_a_known_qualifier_stays_and_a_firms_profile_is_no_list(text, expected):
    assert names(text) == expected


def _taxonomy_rows() -> list[dict]:
    with open(industries.TAXONOMY, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _taxonomy_rows(), ids=lambda r: r["name"])
def test_industry_vocabulary_table(row):
    """Every row of data/industry_taxonomy.csv names its source, is recognised where a sentence says what the
    zone focuses on, and is not taken where it only names a firm's trade outside any such statement.  (Policy
    themes, kind theme in data/industry_stopwords.csv, are industries only where the text calls them so.)"""
    name = row["name"]
    assert row["source"].strip() and row["category"] in CATEGORIES
    if name not in industries.load_themes():
        assert name in industries_in_sentence(f"园区聚焦{name}、新材料、生物医药等领域,加快项目建设。")
    assert industries_in_sentence(f"{name}企业负责人表示,将加快项目建设。") == []


@pytest.mark.parametrize("text, expected", [
    # 相关 after a name qualifies the chain or field (X相关产业链), like 核心 and 主导 …
    ("项目建成后,将有力助推经开区LED相关产业链强链、延链、补链。", ["LED"]),
    # … and alone it names nothing
    ("项目建成后,将有力助推经开区相关产业链强链、延链、补链。", []),
])
def test_related_after_a_name_is_no_part_of_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted sector's name may be a known name qualified (智能 + 小家电), kept whole …
    ("今年新签约智能小家电项目3个,总投资12亿元。", ["智能小家电"]),
    # … but a firm's name holding a known one (海尚 + 食品) is no sector
    ("今年新签约海尚食品项目3个,总投资12亿元。", []),
])
def test_a_named_sector_may_be_qualified_but_not_a_firm(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a 、-list of known names only is recognised by the vocabulary, whatever frames it …
    ("其中,以汽车、高端装备制造等为代表的先进制造业,上半年占规上工业总产值已超八成。", ["汽车", "高端装备制造"]),
    ("多个项目取得重大进展,合成生物、电子信息和新材料企业加快集聚。", ["合成生物", "电子信息", "新材料"]),
    # … a list holding a firm (江淮汽车) or a product's brand is not
    ("已形成以江淮汽车、TCL家用电器为龙头的产业格局。", []),
    ("开工项目包括海尚食品、万华不锈钢、新材料项目。", []),
    # … nor are the broad sectors or policy themes
    ("全年工业、服务业、农业均保持增长。", []),
    # a known name whole (智能制造), qualified (新一代电子信息) or two joined (体育箱包); a count closes the last
    ("形成高端化工、智能制造、机器人3个产业链党委。", ["高端化工", "智能制造", "机器人"]),
    ("已形成新一代电子信息、体育箱包、生物经济三大主导产业格局。", ["新一代电子信息", "体育箱包", "生物经济"]),
    ("已形成海尚电子、体育箱包、生物经济三大企业格局。", []),
    # ind27: a list two thirds of whose pieces are known names names its other whole pieces that read as names too …
    ("到2025年,园区电子信息、生物医药、智能装备制造、健康食品产业集群产值分别达到800亿元、300亿元、200亿元和100亿元。",
     ["电子信息", "生物医药", "智能装备制造", "健康食品"]),
    ("园区逐步形成冶金、化工、建材、机械铸造为特色的工业集聚区。", ["冶金", "化工", "建材", "机械铸造"]),
    # … but not a list closed by 等 (the anchor's and the cue rows'), by firms or by programmes …
    ("推进电子信息、物联网、安全生产提升工程等重点工程。", []),
    ("已形成海尚电子、体育箱包、生物经济、万华纺织四家企业格局。", []),
    # … nor the divisions of an enterprise census (data/industry_stopwords.csv 规模以上)
    ("全区规模以上电力、热力、燃气及水生产和供应业增加值增长5.2%。", []),
])
def test_a_list_of_known_names_is_recognised_by_the_vocabulary(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two activities after a name (设计和制造, 研发制造) are stages of its one sector …
    ("协会将合理推进集成电路设计和制造、高端装备等产业集群落地新区。", ["集成电路", "高端装备"]),
    ("项目涵盖智慧冷链、精密电子、高端精密刀具研发制造等领域。", ["智慧冷链", "精密电子", "高端精密刀具"]),
    # … one heads a trade of its own
    ("重点发展高端装备制造、芯片设计等产业。", ["高端装备制造", "芯片设计"]),
])
def test_two_activities_after_a_name_are_its_stages(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cluster named by known names names them, whatever the verb (入选…名单), and its bracketed sub-field too …
    ("入选第一批“浙江制造”生物医药与医疗器械产业集群(生物药)协同区创建名单。", ["生物医药", "医疗器械", "生物药"]),
    ("成功入围省级“新星”疫苗(免疫)产业群培育名单。", ["疫苗"]),
    # … a cluster of no known name, or a firm's, does not
    ("园区入选省级产业集群创建名单。", []),
    ("入选海尚食品产业集群名单。", []),
])
def test_a_cluster_named_by_known_names_names_them(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name found only inside a longer name found in the same sentence is a part of it (家电 of 智慧家电,
    # 信息技术 of 新一代信息技术 and of 软件和信息技术) …
    ("当前,海陵工业园区正全速推进 4GW新型光伏电池片、11.2GW新一代光伏组件、15GWH高性能锂离子电池、冰箱生产线技术改造、"
     "智慧家电产业园等一批重大项目,推动新能源和智慧家电两大特色产业集群规模突破500亿元。", ["智慧家电", "新能源"]),
    ("以更实举措推动产业升级,围绕“2+4”现代产业体系,巩固提升新一代信息技术和高端装备制造两个千亿级重点产业,做大做强医疗器械、"
     "集成电路、软件和信息技术、绿色低碳4个新兴产业,力争今年营收规模分别达500亿元、150亿元、300亿元和500亿元以上。",
     ["新一代信息技术", "高端装备制造", "医疗器械", "集成电路", "软件和信息技术", "绿色低碳"]),
    # … while a mention of its own keeps it
    ("推动家电和智慧家电两大特色产业集群规模突破500亿元。", ["家电", "智慧家电"]),
    ("做大做强医疗器械、集成电路、软件、信息技术4个新兴产业。", ["医疗器械", "集成电路", "软件", "信息技术"]),
])
def test_a_part_of_a_longer_name_is_not_an_industry_of_its_own(text, expected):
    assert names(text) == expected


def test_seizing_a_track_opens_a_list_and_chain_slogans_are_no_industries():
    # 抢占 opens the list it governs: the clauses before it (a chain slogan, a cluster the zone joins) are no items
    assert industries_in_sentence("做好补链、延链、强链文章,主动融入川渝先进制造业集群,积极抢占未来产业新赛道。") == []
    assert industries_in_sentence("积极抢占数字经济、人工智能等未来产业新赛道。") == ["数字经济", "人工智能"]
    # a review's project breakdown and a sector's state, each a known name whole
    assert industries_in_sentence("产业类项目中电子信息项目5个,医药类项目2个,金融及其他项目5个。") == ["电子信息", "医药", "金融"]
    assert industries_in_sentence("企业规模持续扩大,汽车制造规模持续扩大。") == ["汽车制造"]


def test_a_list_of_known_names_ends_where_its_names_end():
    # a 、 after the list's end (…等方面引进建设战略性、龙头型大项目) starts another phrase, not more of the list
    text = "重点在新材料、新能源、生物、高端制造等方面引进建设战略性、龙头型大项目。"
    assert industries_in_sentence(text) == ["新材料", "新能源", "生物", "高端制造"]
    assert industries_in_sentence("重点在招商、服务、生物等方面引进建设战略性、龙头型大项目。") == []


def _join_rows() -> list[dict]:
    with open(industries.JOINS_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _join_rows(), ids=lambda r: r["join"])
def test_industry_joins_table(row, monkeypatch):
    """Every row of data/industry_joins.csv: in its positive example the names around the word come out as marked -
    a ``whole`` word (与) keeps two known names in a 、-list one, an ``apart`` word (及, 和) parts two known names of
    different categories even under a count - and without the row they do not; in its negative example (one title, a
    list the word closes, names of one category, a known name holding the word) the row changes nothing."""
    positive, wanted = _marked(row["positive"])
    negative, kept = _marked(row["negative"])
    assert row["join"] in positive and row["join"] in negative
    assert industries_in_sentence(positive) == wanted
    assert industries_in_sentence(negative) == kept and kept
    real = industries.load_joins
    monkeypatch.setattr(industries, "load_joins", lambda reads=industries.WHOLE_JOIN: None if reads == row["reads"]
                        else real(reads))
    industries._industries_in_sentence.cache_clear()
    try:
        assert industries_in_sentence(positive) != wanted
        if row["reads"] == industries.APART_JOIN:
            assert industries_in_sentence(negative) == kept
    finally:
        monkeypatch.undo()
        industries._industries_in_sentence.cache_clear()


def _head_rows() -> list[dict]:
    with open(industries.HEADS_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _clear_head_caches() -> None:
    industries._HEADS_CACHE.clear()
    industries._industries_in_sentence.cache_clear()


@pytest.mark.parametrize("row", _head_rows(), ids=lambda r: r["head"])
def test_industry_heads_table(row, monkeypatch):
    """Every row of data/industry_heads.csv: in its positive example the [marked] names are taken, one ending in
    the head, and without the row that name is not; its negative example (the word in a clause) names none."""
    positive, wanted = _marked(row["positive"])
    assert any(w.endswith(row["head"]) for w in wanted) and row["head"] in row["negative"]
    assert industries_in_sentence(positive) == wanted
    assert industries_in_sentence(row["negative"]) == []
    heads = industries.load_heads() - {row["head"]}
    monkeypatch.setattr(industries, "load_heads", lambda: heads)
    _clear_head_caches()
    try:
        assert industries_in_sentence(positive) != wanted
    finally:
        monkeypatch.undo()
        _clear_head_caches()


@pytest.mark.parametrize("text, expected", [
    # a candidate must end as an industry's name ends: a clause, a title or a name with a tail after it is none
    ("经济规模快速扩大、主导产业基本成型、企业核心竞争力不断增强。", []),
    ("截至目前,火炬高新区五大主导产业中有三条产业链达千亿规模。", []),
    ("大力发展新经济培育新动能。", []),
    # … while names that end in a known name's last word, or carry their own 行业 head, stay
    ("签约项目涉及食品深加工、生物科技、实木家具等领域。", ["食品深加工", "生物科技", "实木家具"]),
    ("汽车行业、摩托行业、医药行业均保持两位数以上增长。", ["汽车行业", "摩托行业", "医药行业"]),
])
def test_a_name_ends_in_an_industry_head(text, expected):
    assert industries_in_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list before its figure, after the zone's name, each piece known or two known joined by 与
    ("上半年,珠海高新区半导体与集成电路、新能源与智能电网产业分别实现经济规模63.35亿元、20亿元。",
     ["半导体与集成电路", "新能源与智能电网"]),
    # one piece that is no known name voids the list (a firm, an aggregate)
    ("上半年,珠海高新区格力电器、新能源与智能电网产业分别实现经济规模63.35亿元、20亿元。", []),
])
def test_the_subject_of_a_figure_is_an_industry_when_every_piece_is_known(text, expected):
    assert industries_in_sentence(text) == expected


def test_a_figure_about_an_industry_named_before_in_other_words_adds_no_row():
    text = "园区形成汽车、电子信息两大支柱产业。\n上半年汽车制造业产值增长48.6%,电子信息产值增长20%。"
    rows = extract_industries(Article(file="t.txt", body=text))
    assert [r["industry"] for r in rows] == ["汽车", "电子信息"]
    # … while a list naming a sector and its qualified form names two
    rows = extract_industries(Article(file="t.txt", body="园区聚焦新材料、先进新材料、生物医药等领域。"))
    assert [r["industry"] for r in rows] == ["新材料", "先进新材料", "生物医药"]


@pytest.mark.parametrize("text, expected", [
    # a list closed as fields is recognised by its members, whatever verb (or none) leads it; the items that are
    # no names (社会民生, 城市建设, 首位产业, 标准厂房) are left out, the industries beside them kept
    ("项目涵盖制造业、数字经济、现代服务业、社会民生、城市建设等多个领域。", ["制造业", "数字经济", "现代服务业"]),
    ("本次开工项目涉及首位产业、智能家电、新材料、高端装备等领域。", ["智能家电", "新材料", "高端装备"]),
    ("全力突破会展经济、楼宇经济、度假康养、高端制造等业态精准招商。", ["会展经济", "楼宇经济", "度假康养", "高端制造"]),
    ("形成覆盖疫苗、创新药、高端医疗器械等的全赛道布局。", ["疫苗", "创新药", "高端医疗器械"]),
    ("签约项目涉及新一代信息技术、高端装备、高端食品以及现代服务业四大领域。",
     ["新一代信息技术", "高端装备", "高端食品", "现代服务业"]),
    # a later item of a list has no clause's verb before it: 运输物流 is a name whole
    ("项目涉及食品加工、标准厂房、机械制造、运输物流、基础设施配套等多个产业。", ["食品加工", "机械制造", "运输物流"]),
])
def test_a_list_closed_as_fields_is_recognised_by_its_members(text, expected):
    assert industries_in_sentence(text) == expected


@pytest.mark.parametrize("text", [
    # a list naming a class of the economy is one of policy fields, however many industries stand beside it
    "聚焦民营经济、总部经济、数字经济等领域,出台一系列扶持政策。",
    # most items no industry names: project categories, a policy list
    "项目涉及先进制造、科技创新、现代服务、社会民生、基础设施等多个领域。",
    "涵盖产业、科技、交通、生态、民生等多个领域。",
    # places and companies before a fields closing
    "加强与京津冀、长三角、珠三角等重点区域领域合作。",
])
def test_a_list_of_policy_fields_places_or_project_kinds_names_no_industry(text):
    assert industries_in_sentence(text) == []


def _class_rows() -> list[dict]:
    with open(industries.CLASSES_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _class_rows(), ids=lambda r: r["name"])
def test_industry_classes_table(row, monkeypatch):
    """Every row of data/industry_classes.csv: in its positive example (a figure of the division) the name is
    taken whole, and without the row it is not (its 、 and 和 read as a list's); its negative example (the name
    with no figure and no development) names none."""
    positive, wanted = _marked(row["positive"])
    assert row["name"] in wanted and row["name"] in row["negative"]
    assert industries_in_sentence(positive) == wanted
    assert industries_in_sentence(row["negative"]) == []
    monkeypatch.setattr(industries, "load_classes", lambda: ())
    industries._industries_in_sentence.cache_clear()
    try:
        assert industries_in_sentence(positive) != wanted
    finally:
        monkeypatch.undo()
        industries._industries_in_sentence.cache_clear()


def test_a_division_named_whole_keeps_its_pieces_out():
    """计算机 and 通信 are parts of the division's name, not two industries of a list."""
    text = "优势产业支撑力增强,其中计算机、通信和其他电子设备制造业增长32.9%,医药制造业增长8.3%。"
    assert industries_in_sentence(text) == ["计算机、通信和其他电子设备制造业", "医药制造业"]


@pytest.mark.parametrize("text, expected", [
    # words before a known name in a park's name that are none of the industries' vocabulary name its owner,
    # investor, place or programme (issue 12, indprec18: devset25 dev_464, devset28 dev_510, devset29 dev_517,
    # devset31 dev_536, devset35 dev_592 label the known name alone) …
    ("活动通过线上连线直播台商精密机械产业园区揭牌仪式。", ["精密机械"]),
    ("东风新能源汽车产业园开工建设。", ["新能源汽车"]),
    ("推动黄泥川智能制造产业园建设。", ["智能制造"]),
    ("目前高端装备制造产业园厂房面积为19万平方米。", ["高端装备制造"]),
    # … while words of that vocabulary qualify the name (海上 as in 海上风电), and a count is no owner
    ("海上风电装备产业园开工建设。", ["海上风电装备"]),
    ("加快建设绿色包装产业园。", ["绿色包装"]),
    ("肥西经开区内还有多家汽车产业链项目正紧锣密鼓推进。", []),
])
def test_an_owner_before_a_known_name_is_not_part_of_a_parks_industry(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a particle (着, 过) closes the clause's verb and never opens a name, and a scale word after it is the
    # clause's too (indprec18: devset25 dev_470, devset33 dev_562; devset8 dev_134 names 世界级 after 标志着)
    ("9月控制性详细规划方案正式通过审议,标志着数字经济产业合作区建设已驶入“快车道”。", ["数字经济"]),
    ("伴随着生物医药产业基地项目开工令的宣布,32个重大项目集中开工签约。", ["生物医药"]),
    ("新桥智能电动汽车产业园区开工仪式举行,标志着世界级智能电动汽车产业集群在该区正式开工建设。", ["智能电动汽车"]),
])
def test_a_particle_after_the_clauses_verb_is_no_part_of_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same for a name fused to its head: a place, a time word or a clause's verb before the known name
    ("规划方案正式通过审议,标志着数字经济产业合作区建设已驶入快车道。", ["数字经济"]),
    ("长期以来,古雷石化产业发展备受“油头”缺失的困扰。", ["石化"]),
    # a firm's name the guard refuses is never cut into an industry; the vocabulary's own words qualify the name
    ("重点发展中恒电气等电力电子产业。", ["电力电子"]),
    ("加快发展精细化工新材料产业。", ["精细化工新材料"]),
])
def test_a_foreign_lead_before_a_name_fused_to_its_head_is_dropped(text, expected):
    assert industries_in_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list the text counts (四大产业集群, 三大主导产业, 三条产业链, 三大千亿级集群) names as many industries, names the
    # vocabulary lacks included (碳素, 物流枢纽, 进口消费品, 泛航空): devset19, 22, 25, 27, 29, 30, 31, 32
    ("初步形成了食品、碳素、文旅、玻璃四大产业集群。", ["食品", "碳素", "文旅", "玻璃"]),
    ("加快建设新能源、物流枢纽、文旅康养三大产业集群。", ["新能源", "物流枢纽", "文旅康养"]),
    ("重点发展先进制造、进口消费品和国际贸易三大主导产业。", ["先进制造", "进口消费品", "国际贸易"]),
    ("开发区将高端装备、生物医药、先进材料作为三大主导产业。", ["高端装备", "生物医药", "先进材料"]),
    ("特别是矿产品精深加工、电子信息、生物、建材等四大产业集群初具雏形。", ["矿产品精深加工", "电子信息", "生物", "建材"]),
    ("初步形成了新能源汽车、“泛航空”、新材料三条产业链。", ["新能源汽车", "泛航空", "新材料"]),
    ("构筑高端石化、精细医药、现代生态化工三大千亿级集群。", ["高端石化", "精细医药", "现代生态化工"]),
    # a count the list does not match, or a list holding a non-industry, names no unknown item
    ("初步形成了食品、碳素、文旅、玻璃三大产业集群。", ["食品", "文旅", "玻璃"]),
    ("加快建设5G网络、物流枢纽、人工智能三大产业集群。", ["人工智能"]),
    # a chain's links counted without a list are no industries of their own
    ("聚焦强链补链,打造三条产业链。", []),
])
def test_a_counted_list_names_as_many_industries(text, expected):
    assert industries_in_sentence(text) == expected


def test_a_list_of_sections_names_one_without_its_closing_ye():
    """A list of the statistical sections may write one without the 业 that makes it a sector: still one name
    (租赁和商务服务, not 租赁 and 商务服务; indprec18: devset25 dev_474)."""
    text = "现代服务业中,软件信息、租赁和商务服务、科研技术服务、文体娱乐等主要门类收入增长12.5%。"
    assert industries_in_sentence(text) == ["软件信息", "租赁和商务服务", "科研技术服务", "文体娱乐"]


@pytest.mark.parametrize("text, expected", [
    # an owner before a product line no known name is (光洋|智能装备制造, OA|电子科技) names the owner's project: no
    # industry of the zone (indprec18: devset2 dev_14, devset25 dev_469, devset35 dev_589) …
    ("光洋智能装备制造产业园等92个续建项目复工建设。", []),
    ("重点推进总投资50亿元的OA电子科技产业园项目。", []),
    # … while a product line the vocabulary opens is the park's industry
    ("加快建设航空航天制造产业园。", ["航空航天制造"]),
    ("推进LED封装检测产业园建设。", ["LED封装检测"]),
])
def test_an_owners_park_of_an_unknown_product_line_names_no_industry(text, expected):
    assert names(text) == expected


def test_a_zones_official_sector_names_joined_by_and_stay_whole():
    # 北京经开区's four leading sectors are written with 和/与 and are one sector each (devset21, 25, 35)
    assert industries_in_sentence("新一代信息技术占比32%、生物技术与大健康占比6%、机器人和智能制造占比1%。") == [
        "新一代信息技术", "生物技术与大健康", "机器人和智能制造"]
    assert industries_in_sentence("分行业来看,高端汽车和新能源智能汽车产业实现产值1559.9亿元,同比增长21.9%。") == [
        "高端汽车和新能源智能汽车"]
    # two names the taxonomy holds apart, joined by 和 in a list, stay two
    assert industries_in_sentence("重点发展新能源汽车和智能网联汽车等新兴产业。") == ["新能源汽车", "智能网联汽车"]


def test_a_list_closed_by_deng_names_its_later_members_when_most_read_as_industries():
    # 工业机器人、流体控制、印刷包装等产业: 流体控制 reads as no industry alone, the list's other members make it one
    assert industries_in_sentence("重点布局工业机器人、流体控制、印刷包装等产业,拥有全国控制阀前三企业。") == [
        "工业机器人", "流体控制", "印刷包装"]
    # the first piece may hold the clause's own words (主责主业): it is read as before
    assert industries_in_sentence("聚焦主责主业,煤炭、煤电、煤化工、新材料等优势产业不断壮大。") == ["煤炭", "煤电", "煤化工", "新材料"]
    # most members no industries: the list names none of its unknown members
    assert "流体控制" not in industries_in_sentence("推进招商引资、流体控制、项目建设等产业工作。")


def test_a_sector_led_by_its_firms_is_named_whole():
    assert industries_in_sentence("以空客、中航直升机等为代表的航空航天产业可实现产值160亿元。") == ["航空航天"]
    assert industries_in_sentence("以中船、广机为龙头的船舶制造与海洋工程产业集群年产值超百亿元。") == ["船舶制造与海洋工程"]


def test_a_list_closed_by_deng_and_the_texts_own_qualifier_names_industries():
    # 等 + a qualifier none of _QUAL (绿色, 现代临港, 多种新经济) + 产业 closes a list as 等主导产业 does
    assert industries_in_sentence("新能源汽车、晶硅光伏、动力电池等绿色产业迅速壮大,非车产业开始发力。") == [
        "新能源汽车", "晶硅光伏", "动力电池"]
    assert industries_in_sentence("加快发展钦州港绿色化工、装备制造、电子信息、新能源新材料、林浆纸等现代临港产业。") == [
        "绿色化工", "装备制造", "电子信息", "新能源新材料", "林浆纸"]
    # a qualifier holding a stop word (上下游), a single name (风电等新能源产业) or firms before projects: no list of industries
    assert industries_in_sentence("项目建成后,将同时带动钢铁、石化、装备、物流等上下游产业发展。") == []
    assert industries_in_sentence("在风电等新能源产业受到多种因素影响出现下滑的情况下,四大特色产业仍然支撑了工业经济。") == []
    assert industries_in_sentence("先后引进了吉利、隆基、华天科技等一批重大产业项目。") == []
