"""The article cleaner on the real seeds and on synthetic pages."""

from __future__ import annotations

import csv
import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone import text as text_module
from devzone.text import (
    _SPACES,
    DATE_FORMATS,
    SITE_CLOCKS,
    ArticleError,
    _squash,
    clean_text,
    decode_bytes,
    drop_repeats,
    find_date,
    find_publish_date,
    is_disclaimer,
    is_noise_line,
    load_article,
    normalize_text,
    parse_article,
    split_sentences,
    strip_pinyin,
    to_simplified,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str):
    return load_article(next(SEEDS.glob(f"{prefix}_*.txt")))


# ------------------------------------------------------------------ seeds

def test_traditional_seed_becomes_simplified_without_pinyin():
    a = seed("002")
    assert "开发区(高新园区)" in a.body
    assert "開發" not in a.body and "區" not in a.body
    assert not re.search(r"\((?:fā|qū|dāng|zhuǎn)\)", a.body)
    assert "固定资产投资超100亿元" in a.body


def test_spam_and_page_furniture_are_gone():
    a = seed("002")
    for junk in ("无码", "久久", "ICP", "公网安备", "客服电话", "点赞", "二维码", "18358568999"):
        assert junk not in a.body, junk


def test_duplicated_body_is_kept_once():
    a = seed("000")
    assert a.body.count("力争全年引进高新产业项目50个以上") == 1
    assert a.body.count("开发区当前的工作重点,就是") == 1
    assert "ICP" not in a.body and "联系电话" not in a.body


def test_related_article_teasers_and_ads_are_cut():
    a = seed("004")
    assert "相关文章" not in a.body
    assert "物业公司" not in a.body  # a teaser headline
    assert "13391219793" not in a.body and "135246785151" not in a.body
    assert "引进博士12名" in a.body
    b = seed("003")
    assert "同类资讯" not in b.body and "免责声明" not in b.body
    assert "点击排行" not in b.body


@pytest.mark.parametrize("prefix,date", [("000", "2021-03-18"), ("001", ""), ("002", "2023-03-14"),
                                          ("003", "2020-04-09"), ("004", "2023-06-02")])
def test_seed_publish_dates(prefix, date):
    assert seed(prefix).publish_date == date


def test_seed_titles_and_interviewees():
    assert seed("003").title == "念好六字诀 当好答卷人——金华开发区2020年工作展望"
    assert seed("004").title.startswith("一把手访谈")
    a = seed("000")
    assert (a.interviewee, a.post) == ("陈悦", "富阳经济技术开发区党工委副书记、常务副主任")
    b = seed("002")
    assert b.interviewee == "沈文武" and b.post.endswith("主任")
    assert b.source == "嵊州发布"


# ------------------------------------------------------------------ rules on synthetic text

def test_pinyin_annotations_are_stripped_before_t2s():
    assert strip_pinyin("開發(fā)區(qū)") == "開發區"
    assert normalize_text("開發(fā)區(qū)當(dāng)前") == "开发区当前"
    # ordinary brackets survive
    assert normalize_text("开发区(高新园区)") == "开发区(高新园区)"


def _opencc_t2s(text: str) -> str:
    return text_module._t2s().convert(text)


def test_t2s_phrases_are_what_the_installed_opencc_gives() -> None:
    """data/t2s_phrases.csv is what scripts/t2s_phrases.py makes from the installed opencc (run it when opencc moves)."""
    spec = importlib.util.spec_from_file_location("t2s_phrases", SEEDS.parent / "scripts" / "t2s_phrases.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    with open(text_module.T2S_PHRASES_CSV, encoding="utf-8", newline="") as f:
        rows = [(r["traditional"], r["simplified"]) for r in csv.DictReader(f)]
    assert rows == script.opencc_t2s_phrases()


@pytest.mark.parametrize("text", ["回覆", "他答覆说一目瞭然", "深沈", "開發區", "園區"])
def test_text_t2s_changes_is_converted(text: str) -> None:
    assert to_simplified(text) == _opencc_t2s(text) != text


@pytest.mark.parametrize("text", ["回复", "沈文武说", "覆盖", "坏账", "开发区引进项目12个", "𠮷", ""])
def test_text_t2s_leaves_alone_is_returned_as_it_is(text: str) -> None:
    assert to_simplified(text) == _opencc_t2s(text) == text


def test_skipping_t2s_changes_no_real_page() -> None:
    pages = [*SEEDS.iterdir(), *(SEEDS.parent / "tests" / "fixtures").rglob("*.txt")]
    texts = [decode_bytes(p.read_bytes(), p.name)[0] for p in pages]
    assert [to_simplified(t) for t in texts] == [_opencc_t2s(t) for t in texts]


# characters of the phrases, Traditional ones and their Simplified forms, plain ones
_T2S_ALPHABET = "回覆答沈深思毛坏坯瞭解了藉口借哩英甦苏衹只開發区區园園业業覆盖说的是,。\n𠮷a1"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_T2S_ALPHABET, max_size=30))
def test_to_simplified_is_opencc_t2s(text: str) -> None:
    assert to_simplified(text) == _opencc_t2s(text)


def test_nfkc_makes_full_width_digits_ascii():
    assert normalize_text("引进项目１２个，投资３．５亿元") == "引进项目12个,投资3.5亿元"


@pytest.mark.parametrize("line", [
    "浙ICP备14000872号-1 网站标识码:3301830001",
    "联系电话:0571-63323401 邮箱:abc@163.com",
    "扫一扫关注公众号",
    "5824 阅读 0 评论 57 点赞",
    "首页 | 新闻中心 | 园区动态 | 招商引资 | 联系我们",
    "在线视频|成人影院|久久精品|福利在线",
    "发布时间: 2021-03-18 17:19:14 作者: 区府办",
    "微信截图_20230314090023.png",
])
def test_noise_lines(line):
    assert is_noise_line(normalize_text(line))


@pytest.mark.parametrize("line", [
    "力争全年引进亿元以上项目30个,新增规上企业15家。",
    "聚焦新能源、新材料、生命健康三大产业。",
    "2024年,高新区将加快建设科创走廊。",
])
def test_body_lines_are_kept(line):
    assert not is_noise_line(line)


# the disclaimer regex is_disclaimer replaced: .* between its words made it quadratic in a line's length
_DISCLAIMER_REGEX = re.compile(r"(免责声明|版权声明|转载|版权归|侵权|如有不妥).*(删除|联系|负责|出处|敬意|版权)|^免责声明|^版权声明")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["免责声明", "版权声明", "转载", "版权归", "侵权", "如有不妥", "删除", "联系", "负责",
                                 "出处", "敬意", "版权", "免责", "声明", "归", "本文", "\n", "。", "a"]), max_size=12))
def test_is_disclaimer_reads_like_the_regex_it_replaced(words):
    line = "".join(words)
    assert is_disclaimer(line) == bool(_DISCLAIMER_REGEX.search(line))


def test_drop_repeats_keeps_first_copy_and_short_lines_outside_repeats():
    paras = ["主持人", "今年开发区计划实施政府投资项目80个。", "主持人", "力争引进人才项目12个。",
             "主持人", "今年开发区计划实施政府投资项目80个。", "力争引进人才项目12个。"]
    kept = drop_repeats(paras)
    assert kept.count("今年开发区计划实施政府投资项目80个。") == 1
    assert kept.count("力争引进人才项目12个。") == 1
    assert kept[:4] == paras[:4]


def test_gbk_page_is_decoded():
    text = "临江高新区2024年工作要点\n发布时间:2024-02-01\n今年力争引进亿元以上项目30个,固定资产投资增长10%。\n"
    a = parse_article(text.encode("gbk"), "gbk.txt")
    assert a.encoding.lower().replace("_", "") in {"gb18030", "gbk", "gb2312", "cp936"}
    assert "固定资产投资增长10%" in a.body
    assert a.publish_date == "2024-02-01"


def test_big5_page_is_decoded_and_simplified():
    text = "臨江經濟開發區工作報告\n發布時間:2022/05/06\n今年將引進億元以上項目二十個,新增國家高新技術企業十五家。\n"
    a = parse_article(text.encode("big5"), "big5.txt")
    assert "引进亿元以上项目二十个" in a.body
    assert a.publish_date == "2022-05-06"


def test_utf8_bom_is_accepted():
    a = parse_article("\ufeff标题一二三四\n今年力争引进项目20个。".encode("utf-8-sig"), "bom.txt")
    assert a.body.startswith("今年力争引进项目20个")


def test_html_with_scripts_is_reduced_to_text():
    html = """<html><head><title>临江开发区:今年目标</title><script>var x="<b>恶意</b>";alert(1)</script>
    <style>p{color:red}</style></head><body><nav>首页 | 新闻 | 招商 | 关于我们</nav>
    <article><h1>临江开发区:今年目标</h1><p>发布时间:2024-01-05</p>
    <p>今年,临江开发区力争引进亿元以上项目25个,完成固定资产投资120亿元。</p>
    <p>聚焦生物医药、智能装备两大主导产业。</p></article>
    <footer>浙ICP备12345678号</footer><script>document.write('广告')</script></body></html>"""
    a = parse_article(html.encode("utf-8"), "page.html")
    assert "完成固定资产投资120亿元" in a.body
    assert "alert" not in a.body and "恶意" not in a.body and "color" not in a.body
    assert "ICP" not in a.body
    assert a.title == "临江开发区:今年目标"
    assert a.publish_date == "2024-01-05"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
])
def test_bad_bytes_get_a_clear_reason(data, reason):
    with pytest.raises(ArticleError) as e:
        parse_article(data, "bad.txt")
    assert "bad.txt" in str(e.value) and reason in str(e.value)


def test_huge_input_is_refused_with_its_size():
    with pytest.raises(ArticleError) as e:
        decode_bytes(b"a" * (11 * 1024 * 1024), "huge.txt")
    assert "MB" in str(e.value) and "huge.txt" in str(e.value)


def test_missing_file_is_named():
    with pytest.raises(ArticleError) as e:
        load_article("/nonexistent/article.txt")
    assert "no such file" in str(e.value)


def test_split_sentences():
    assert split_sentences("今年引进项目20个。去年完成投资5亿元!\n新增企业3家") == [
        "今年引进项目20个。", "去年完成投资5亿元!", "新增企业3家"]


# ------------------------------------------------------------------ properties

@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise_anything_but_article_error(data):
    try:
        a = parse_article(data, "random.bin")
    except ArticleError:
        return
    assert isinstance(a.body, str)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_random_unicode_never_breaks_the_cleaner(text):
    a = clean_text(text, "random.txt", html=False)
    assert isinstance(a.body, str) and isinstance(a.title, str)
    assert a.publish_date == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.publish_date)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdefghip开发区项目亿元12。script")), max_size=800))
def test_random_html_like_text_never_breaks_the_cleaner(text):
    a = clean_text("<html><body>" + text + "</body></html>", "random.html", html=True)
    assert isinstance(a.body, str)


def test_a_sentence_broken_over_lines_is_joined():
    a = clean_text("临江高新区三季度报告\n1~8月,园区新增项目61个,\n完成投资7.7亿元;\n引进人才12名。", "t.txt", html=False)
    assert "1~8月,园区新增项目61个,完成投资7.7亿元;" in a.body


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2028\u3000\u200b\ufeffa中。,", max_size=30))
def test_squash_removes_exactly_what_a_whitespace_regex_removes(s):
    assert _squash(s) == _SPACES.sub("", s)


@pytest.mark.parametrize("row", DATE_FORMATS, ids=lambda f: f.order + ":" + f.example[:12])
def test_date_format_table(row):
    """Each date format reads its example's date (a byline line) and finds none in its counterexample."""
    assert row.pattern.search(row.example) and find_publish_date([row.example]) == row.date
    assert not row.pattern.search(row.counterexample) and find_publish_date([row.counterexample]) == ""


def test_a_date_printed_over_short_lines_dates_the_page():
    """A site printing the year, month/day and time on lines of their own (devset13 dev_224, devset38 dev_629)."""
    assert find_publish_date(["新闻", "中马钦州产业园区首批入园项目开工建设", "2013", "07/30", "21:15", ""]) == "2013-07-30"
    assert find_publish_date(["2013", "园区引进项目30个,总投资5亿元", "07/30"]) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\n\t \x00\x07\x7f\u200b\u200d\ufeff\u2028\u3000\ue000\U000f0000\ud800项目a1。,", max_size=30))
def test_normalize_text_drops_exactly_the_invisible_characters(s):
    """Control, format, surrogate and private-use characters (not newline or tab) are dropped, whether a
    page holds none of them (the printable shortcut) or some."""
    nfkc = unicodedata.normalize("NFKC", s).replace("\u00a0", " ").replace("\u3000", " ")
    nfkc = nfkc.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(c for c in nfkc if c in "\n\t" or unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cc"))
    assert normalize_text(s) == normalize_text(kept)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab项目", min_size=0, max_size=45), max_size=12))
def test_containment_by_search_and_by_index_agree(keys):
    """drop_repeats tells a key inside a longer later one by searching (small pages) or by its gram index
    (long pages): the same answer either way."""
    assert text_module._contained_by_search(keys, 20) == text_module._contained_by_index(keys, 20)


@pytest.mark.parametrize("raw,clean", [
    ("济宁市 2020 年“四个一批”项目集中开工", "济宁市2020年“四个一批”项目集中开工"),  # a year typeset with spaces
    ("湾开发区 2024 年工作会议召开", "湾开发区2024年工作会议召开"),
    ("2023 年 12 月 5 日,记者获悉", "2023年12月5日,记者获悉"),
    ("举行2018 年重点项目集中开工", "举行2018年重点项目集中开工"),
    # not a date: spaces elsewhere stay
    ("发布时间: 2021-10-13 来源:浦东时报", "发布时间: 2021-10-13 来源:浦东时报"),
    ("同比增长 12.5%,高于全市", "同比增长 12.5%,高于全市"),
    ("1 至 9 月", "1 至 9月"),
])
def test_dates_typeset_with_spaces_are_joined(raw, clean):
    assert normalize_text(raw) == clean


@pytest.mark.parametrize("row", SITE_CLOCKS, ids=lambda c: c.example[:12])
def test_site_clock_table(row):
    """A site's clock above the headline yields to the article's byline; a clock-shaped date alone still dates it."""
    lines = row.example.split("\n")
    assert row.pattern.search(lines[0] + "\n" + lines[1]) and find_publish_date(lines) == row.date
    first = row.counterexample.split("\n")
    y, mo, d = find_date(row.counterexample)
    assert find_publish_date(first) == f"{y:04d}-{mo:02d}-{d:02d}"
