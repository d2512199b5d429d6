"""devzone.patterns: a guarded pattern finds exactly what the pattern finds; required words are in every match."""

from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone import dates, enterprises, indicators, industries, numbers, targets, text, zones
from devzone.patterns import (
    Gated,
    RuleIndex,
    first_characters,
    guarded,
    guarded_each,
    quick,
    required_tail,
    required_words,
    skips_ahead,
)

# (pattern, first characters or None, required words)
ROWS = [
    (r"去年|上年", "去上", ("去年", "上年")),
    (r"(?<!即)将(?!近)", "将", ("将",)),
    (r"(?P<y>20\d\d)年|(?P<last>去年)", r"2去", ("20", "去年")),
    (r"(?:第)?一季度", "第一", ("一季度",)),
    (r"\d{1,2}月", r"\d", ("月",)),
    (r"[^,;]{2,4}产业", None, ("产业",)),  # a negated class may open it: no guard
    (r"x?", None, ()),  # may match empty: no guard
    (r"(?i:ab)c", None, ("c",)),  # case folded: its characters are not told
    (r"a|", None, ()),
    (r"(?:ab)+c", "a", ("ab",)),
]
# case-insensitive patterns: the first characters as written (the guard is compiled case-insensitive too)
ROWS_IGNORECASE = [
    (r"ICP|版权所有|^地址:|copyright", "I版地c"),
    (r"^\d+$|扫一扫|^Ks", r"\d扫K"),
    (r"(?i:ab)c", None),
]


@pytest.mark.parametrize("pattern, first", ROWS_IGNORECASE)
def test_first_characters_of_case_insensitive_patterns(pattern, first):
    p = re.compile(pattern, re.I)
    assert first_characters(p) == first
    assert (guarded(p) is p) == (first is None)


# the page-noise patterns are case-insensitive: their guards must find what they find, in every case
NOISE = [text._FOOTER, text._COUNTERS, text._AD_WORDS, text._SPAM_WORDS, text._PHONE]
NOISE_ALPHABET = "0123456789 -:/>ICPicpaAvVqQkKsS\u212a\u017f©版权所有地址点击阅读评论首页分享打印扫一扫关注公众号微信电话"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=NOISE_ALPHABET, max_size=30))
def test_guarded_noise_patterns_match_as_before(s):
    for p in NOISE:
        plain = _unguarded(p)
        assert [(m.span(), m.groups()) for m in p.finditer(s)] == \
            [(m.span(), m.groups()) for m in plain.finditer(s)], p.pattern[:60]


@pytest.mark.parametrize("pattern, first, words", ROWS)
def test_first_characters_and_required_words(pattern, first, words):
    p = re.compile(pattern)
    assert first_characters(p) == first
    assert set(required_words(p)) == set(words)
    assert (guarded(p) is p) == (first is None)


# the project's guarded patterns, given again unguarded, with an alphabet that makes them fire
ALPHABET = "0123456789.,;、。年月去今明前上本全近第一二两三四五六七八九十百千万亿元个项%产业行及和等将要已计划目标即完成实现了经开高新区"
GUARDED = [dates.TIME, dates.YEAR, dates._YEAR_RANGE, dates._role_pattern("event"), dates._PLAN_VOICE, dates._period_pattern(), numbers._quantity_re(),
           targets._ACH_STRONG, targets._ELAPSED_MONTHS, targets._ELAPSED_MONTHS_ANY, targets._GOAL_REACHED_BEFORE, targets._RATE_NOISE,
           targets._LISTED_FIGURES_TAIL, industries._GENERIC_ONLY, industries._ANCHOR, industries._bad_parts(),
           industries._PARK, industries._DEVELOP_LIST, enterprises._ROLE_ANCHOR, enterprises._BAD_NAME,
           indicators._GROWTH_WORDS, text._PINYIN, zones._reference_pattern()]


def _unguarded(p: re.Pattern[str]) -> re.Pattern[str]:
    m = re.fullmatch(r"\(\?=\[.*?\]\)\(\?:(.*)\)", p.pattern, re.S)
    assert m, f"not guarded: {p.pattern[:60]}"
    return re.compile(m.group(1), p.flags)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_guarded_patterns_match_as_before(s):
    for p in GUARDED:
        plain = _unguarded(p)
        assert [(m.span(), m.groupdict()) for m in p.finditer(s)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(s)], p.pattern[:60]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "之中会场提报在建项目工程预计本次签约", max_size=30))
def test_kind_cues_hold_a_required_word(s):
    for cue in targets.load_kind_cues():
        if cue.words and cue.pattern.search(s):
            assert any(w in s for w in cue.words), cue.cue


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "新材料制造业加速发展取得突破增长集聚区示范区出口基地,;:其中是方面板块行值营收", max_size=30))
def test_industry_statement_cues_hold_a_required_word(s):
    # find_statements searches a row only in sentences holding one of these words
    for row in industries.load_statement_cues():
        if row.words is not None and row.pattern.search(s):
            assert row.words.search(s), row.cue
    for pattern, words in ((industries._BARE_TOPIC, industries._BARE_TOPIC_WORDS),
                           (industries._OUTPUT, industries._OUTPUT_WORDS)):  # searched only where a word is
        if pattern.search(s):
            assert any(w in s for w in words), pattern.pattern[:40]


def _every_occurrence(s: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    return sorted((i, i + len(w)) for w in words for i in range(len(s)) if s.startswith(w, i))


# guarded patterns of metric wordings, industry names and datelines, with an alphabet that makes them fire
WORDING_ALPHABET = ("0123456789.、,;。“”\"年月日电讯先进智能占均都大多分别已预计完成实现达到为超过突破约近的共是有逾"
                    "至少从各前排名位居于列连续获得了成绩工作任务提升高增加长下降低核心主导支柱百千亿级等个项类条在上"
                    "逐步唯一力争确保年内依然仍也将要和与及(集群产业| /【可现移跃会")
GUARDED_WORDING = [targets._RANK_VERB, targets._AFTER_CUT, targets._NAME_QUOTES, targets._VERB_TAIL,
                   targets._SHARE_VERB, targets._METRIC_TAIL, industries._TAIL_NOISE, industries._CLAUSE_WORDS,
                   industries._SCALED_CLUSTER, industries._PARK_MAKER, dates._MONTH_DATELINE, dates._FRAMED_YEAR,
                   text._LIST_SEPARATORS, numbers._BARE_LIST_ITEM]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=WORDING_ALPHABET, max_size=30))
def test_guarded_wording_patterns_match_as_before(s):
    for p in GUARDED_WORDING:
        plain = _unguarded(p)
        assert [(m.span(), m.groups()) for m in p.finditer(s)] == \
            [(m.span(), m.groups()) for m in plain.finditer(s)], p.pattern[:60]
        assert p.split(s) == plain.split(s) and p.sub("#", s) == plain.sub("#", s), p.pattern[:60]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="全国省市中排名位列居年度目标任务今年当年内项目工程会场之一公司有限股份集团预计,;0123", max_size=30))
def test_one_scan_finds_every_occurrence_of_the_kind_cue_words(s):
    """The sentence's one scan for the cues' required words finds each occurrence of each word (overlapping
    ones too), and offers exactly the cues without words or with a word present."""
    targets._cue_words.cache_clear()
    words = targets._cue_words(s)
    cues = targets.load_kind_cues()
    for cue in cues:
        spans = words._find(cue.words)
        assert list(zip(*spans, strict=True)) == _every_occurrence(s, cue.words), cue.cue
    assert words.candidates == tuple(i for i, cue in enumerate(cues)
                                     if not cue.words or any(w in s for w in cue.words))


@pytest.mark.parametrize("pattern, skips", [
    (r"去年|上年", True), (r"[去上]年", True), (r"[0-9]+年", False), (r"集中(?:签约|开工)", True),
    (r"(?<!即)将", False), (r"(?:近日|日前)(?!记者)|此次", False), (r"(?P<y>20\d\d)年|去年", False),
])
def test_quick_guards_only_what_re_does_not_skip_ahead_on(pattern, skips):
    p = re.compile(pattern)
    assert skips_ahead(p) == skips
    assert (quick(p) is p) == skips


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "连续过去集中签约开工近日此次较比同期以来新(()内", max_size=40))
def test_period_role_patterns_match_as_their_rows(s):
    for role in {p.role for p in dates.periods()}:
        plain = re.compile(dates._role_source(role))
        assert [(m.span(), m.groups()) for m in dates._role_pattern(role).finditer(s)] == \
            [(m.span(), m.groups()) for m in plain.finditer(s)], role



@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["电子信息", "生物医药制造", "新", "如今", "已经", "是", "为", "成为", "全市重要", "的",
                                  "主导", "主攻", "特色", "产业", ",", "。", "、", " "]), max_size=25).map("".join))
def test_is_main_statements_searched_near_their_heads_only(s):
    """find_is_main searches only the stretch of a sentence that can hold a match, with the same matches."""
    assert [m.span() for m in industries._is_main_matches(s)] == [m.span() for m in industries._IS_MAIN.finditer(s)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["电子信息产业", "生物医药", "新材料业", "机电", "倍增计划", "发展", "、", ",", "。",
                                  "“", "的"]), max_size=25).map("".join))
def test_sector_runs_searched_near_their_commas_only(s):
    """find_sector_lists searches only the stretch of a sentence around its 、, with the same matches."""
    assert [m.span() for m in industries._sector_runs(s)] == [m.span() for m in industries._SECTOR_RUN.finditer(s)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["航空制造", "产业", "装备制造业", "其中", "一是", "加速", "蓄势", "取得", "突破", "产值",
                                  "增长", "10.5%", "集聚区", "示范区", "出口基地", "国家级", "和", ",", "。", "、",
                                  "项目建设持续推进"]), max_size=25).map("".join))
def test_statement_cues_searched_near_their_words_only(s):
    """find_statements searches each cue only from a little before its first required word, with the same matches."""
    for row in industries.load_statement_cues():
        assert [m.span() for m in industries.statement_matches(row, s)] == \
            [m.span() for m in row.pattern.finditer(s)], row.cue


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["新能源汽车", "智能家电", "社会民生", "新材料", "聚焦", "涵盖", "围绕", "等", "领域", "业态",
                                  "三大", "行业", "以", "为主导的", "产业体系", "、", ",", "。"]), max_size=25).map("".join))
def test_list_cues_searched_only_where_their_words_are(s):
    """A row of data/industry_list_cues.csv that a sentence's words rule out has no match in it: find_focus_lists
    skips it without losing one."""
    may = industries._list_cue_index().candidates(s)
    for cue, pattern in industries.load_list_cues():
        if cue not in may:
            assert pattern.search(s) is None, cue


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["洋山特殊", "综保区", "园区", "片区", "梅溪", "开发", "区", "科技", "园", "完成", "投资",
                                  "28.7亿元", ",", ";", "。"]), max_size=20).map("".join))
def test_part_names_only_where_a_zone_word_is(s):
    """part_subject returns at once where no zone word lies before the figure: no part's name can be there."""
    for end in range(len(s) + 1):
        if not targets._part_word().search(s, 0, end):
            assert not [m for m in targets._part_name().finditer(s) if m.end() <= end]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="项目,;:、()——―─—-年月,。12", max_size=40))
def test_one_scan_gives_clause_and_subclause_separators(s):
    """The clause and sub-clause separators of a sentence, read from one scan, are those of their own patterns."""
    targets._separators.cache_clear()
    assert targets._separators(s) == (targets._spans(targets._CLAUSE_SPLIT, s),
                                      targets._spans(targets._SUBCLAUSE_SPLIT, s))


def _time_alternatives() -> list[str]:
    return [a.format(present=dates._present_phrases()) for a in dates._TIME_ALTERNATIVES]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET + "新的一年底内目前现有当回首顾盘点圆满超额顺利均为了确保任务达成过去这截至止累季度份-/日 "
                              "不少于低最控制在超过突破逾通约近", max_size=40))
def test_each_alternative_guarded_matches_as_the_plain_alternation(s):
    """guarded_each (the time expressions, the kind markers of data/kind_markers.csv, the period phrases of
    data/periods.csv, the date formats): the same matches, groups and last group as the alternatives joined
    plainly."""
    periods = [f"(?P<p{i}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern.pattern)})"
               for i, p in enumerate(dates.periods()) if p.role == "period"]
    dates_ = [f"(?:{f.pattern.pattern})" for f in text.DATE_FORMATS]
    comparators = [f"(?:{p.pattern})" for p, _, _ in numbers._PREFIX_CMP]
    for alternatives, pattern in ((_time_alternatives(), dates.TIME), (targets._marker_alternatives(), targets._marker_re()[0]),
                                  (periods, dates._period_pattern()), (dates_, text._DATE),
                                  (comparators, numbers._ANY_PREFIX_CMP)):
        plain = re.compile("|".join(alternatives))
        assert [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(s)] == \
            [(m.span(), m.groupdict(), m.lastgroup) for m in plain.finditer(s)]
        assert [(m.span(), m.lastgroup) for m in guarded_each(alternatives).finditer(s)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(s)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "之中会场提报在建项目工程预计本次签约正式开工推动要主需确保争取拟加快建成后", max_size=30))
def test_kind_cue_patterns_and_vetoes_match_as_written(s):
    """The kind cues' patterns and vetoes, guarded where re does not skip ahead, match as the rows say."""
    with open(targets.KIND_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        rows = {r["cue"]: r for r in csv.DictReader(f)}
    for cue in targets.load_kind_cues():
        row = rows[cue.cue]
        for pattern, source in ((cue.pattern, row["pattern"]), (cue.veto, row["veto"])):
            if source:
                assert [m.span() for m in pattern.finditer(s)] == [m.span() for m in re.compile(source).finditer(s)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["电子信息", "生物医药与医疗器械", "新材料", "以", "为代表", "等", "、", ",", "。", "(",
                                  ")", "生物药", "“浙江制造”", "产业", "集群", "群", "落", "入选", "名单", "汽车"]),
                max_size=25).map("".join))
def test_named_lists_and_clusters_searched_near_their_marks_only(s):
    """find_named_lists and find_named_clusters search only the stretch of a sentence that can hold a match (around
    its 、, from a little before its first 产业集群/产业群), with the same matches."""
    assert [m.span() for m in industries._named_runs(s)] == [m.span() for m in industries._NAMED_RUN.finditer(s)]
    assert [(m.span(), m.groupdict()) for m in industries._named_cluster_matches(s)] == \
        [(m.span(), m.groupdict()) for m in industries._NAMED_CLUSTER.finditer(s)]


# text._SPACED_DATE opens each pattern with the blank it removes (so re tries it only at blanks), the lookbehind
# after it: the same matches as the plain form, a lookbehind then the blanks
_SPACED_DATE_PLAIN = (re.compile(r"(?<=[\u4e00-\u9fff,。、:;])[ \t]+(?=\d{4}[ \t]*年)|(?<=\d)[ \t]+(?=[年月日])"),
                      re.compile(r"(?<=\d年)[ \t]+(?=\d{1,2}月)|(?<=\d月)[ \t]+(?=\d{1,2}日)"))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 \t年月日市,。、:;a-", max_size=30))
def test_spaced_dates_match_as_the_plain_patterns(s):
    for p, plain in zip(text._SPACED_DATE, _SPACED_DATE_PLAIN, strict=True):
        assert [m.span() for m in p.finditer(s)] == [m.span() for m in plain.finditer(s)], s
    joined = _SPACED_DATE_PLAIN[1].sub("", _SPACED_DATE_PLAIN[0].sub("", s))
    assert text._SPACED_DATE[1].sub("", text._SPACED_DATE[0].sub("", s)) == joined



@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="".join(targets._TAIL_WORDS) + "到至2024年底前上半年其中从今年全年届时首次首度第一次历史上三年来产值 \n,", max_size=20))
def test_metric_lead_tail_and_first_time_removed_as_the_patterns_do(s):
    """The metric's lead (^…), tail (…$) and first-time words are removed exactly as re.sub removes them, though
    only the start, the run of tail characters and texts holding a first-time word are searched."""
    assert targets._without_lead(s) == targets._METRIC_LEAD.sub("", s)
    assert targets._without_tail(s) == targets._METRIC_TAIL.sub("", s)
    assert targets._without_first_time(s) == targets.metric_rule("first_time").sub("", s)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="项目,;:、()——年", max_size=30), st.integers(min_value=0, max_value=31))
def test_clause_bounds_as_the_separators_give_them(s, pos):
    """A position's clause (cached per sentence and position) runs from just after the , ; : before it to the next."""
    starts = [m.start() for m in targets._CLAUSE_SPLIT.finditer(s)]
    before = [p + 1 for p in starts if p < pos]
    assert targets.clause_bounds(s, pos) == (before[-1] if before else 0, next((p for p in starts if p >= pos), len(s)))


def _plain_text_quality(t: str) -> float:
    """text._text_quality as a loop over the characters (the form it had)."""
    good = sum(ch.isspace() or 32 <= ord(ch) < 127 or 0x4E00 <= ord(ch) <= 0x9FFF or 0x3000 <= ord(ch) <= 0x303F
               or 0xFF00 <= ord(ch) <= 0xFFEF or 0x2000 <= ord(ch) <= 0x206F or ord(ch) == 0xB7
               or 0x25A0 <= ord(ch) <= 0x25FF or 0x2190 <= ord(ch) <= 0x21FF for ch in t[:20000])
    return good / min(len(t), 20000) if t else 0.0


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="的一是在经济开发区產業\u3000\u00b7\u2028\x85 \n\t\x00→■—ａ", max_size=40))
def test_decoding_scores_count_as_the_character_loops(s):
    """The share of text characters and of common ideographs, counted by pattern in C, are those of the loops."""
    assert text._text_quality(s) == _plain_text_quality(s)
    han = [c for c in s[:20000] if 0x4E00 <= ord(c) <= 0x9FFF]
    assert text._common_hanzi_share(s) == (sum(c in text._COMMON for c in han) / len(han) if han else 0.0)


def test_rule_index_names_every_pattern_that_can_match():
    index = RuleIndex({"total": re.compile(r"总投资$"), "amount": re.compile(r"投资额"), "any": re.compile(r"x?"),
                       "either": re.compile(r"(?:产值|营收)$")})
    assert index.candidates("总投资额") == {"total", "amount", "any"}  # overlapping words are all seen
    assert index.candidates("工业产值") == {"either", "any"}
    assert index.candidates("人才") == {"any"}  # a pattern needing no word is always a candidate


def _carry_texts():
    """Metric-like texts built from the words carry_subjects' rules need, pieces of them and other characters."""
    index = targets._carry_index()
    words = sorted({w for p in index.patterns.values() for w in required_words(p)})
    pieces = words + [w[:1] for w in words] + [w[1:] for w in words] + list("的年全国省市区占比重后项目企业,、一二12%")
    return st.lists(st.sampled_from(pieces), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_carry_texts())
def test_carry_subjects_rule_index_never_skips_a_match(s):
    """carry_subjects tries a metric rule only when _carry_rules names it: every rule that matches is named."""
    index = targets._carry_index()
    named = index.candidates(s)
    for name, p in index.patterns.items():
        if p.search(s) or p.search(s[1:]) or p.search(s[2:]):
            assert name in named, (name, s)


def test_carry_subjects_rule_index_on_the_table_examples():
    index = targets._carry_index()
    with open(targets.METRIC_RULES_CSV, encoding="utf-8-sig", newline="") as f:
        texts = [t for r in csv.DictReader(f) for t in (r["positive_metric"], r["negative_metric"], r["positive"])]
    for s in texts:
        for name, p in index.patterns.items():
            if p.search(s):
                assert name in index.candidates(s), (name, s)


def test_clean_metric_shortcuts_skip_no_match():
    """_clean_metric substitutes _SHARE_VERB only in a text holding 占 and _UNCLOSED_NOTE only in one holding an
    opening parenthesis, and tries the noun rules only on a noun: nothing else can match."""
    assert required_words(targets._SHARE_VERB) == ("占",)
    assert required_words(targets._UNCLOSED_NOTE) == ("(",)
    for rule in ("event_after_noun", "progress_after_noun", "milestone_after"):
        assert required_words(targets.metric_rule(rule)) and not targets.metric_rule(rule).search("")


# (pattern, lead, texts): the tail starts at the part holding the required words; lead: what can precede it
TAILS = [
    (r"(?:^|(?<=[,;]))(?P<item>[^,;]{2,4}?)(?:加速|提速)(?:发展|推进)", 4, ["新材料加速发展", "电子,航空提速推进"]),
    (r"等(?:一批|[0-9]{1,3}个)?(?P<item>[^,]{2,6}?)项目", 11, ["引进甲、乙等一批生物医药项目", "等项目"]),
    (r"(?<=个)(?P<item>[^,]{2,5}?)项目(?=\d)", 5, ["3个文创项目2", "3个文创项目"]),
    (r"[^,]*产值", None, ["工业产值", "产值"]),  # no bound on what precedes the word
    # the words inside a group: the tail starts at the group's part holding them, the group's lead added
    (r"(?:^|(?<=[,;]))(?:其中)?(?P<item>[^,;]{2,14}?(?:产业|行业))(?:继续)?(?:成为|呈)", 16,
     ["汽车产业成为名片,机器人行业呈增长", "其中医养健康产业继续成为", "产业成为", "成为产业"]),
    (r"(?P<a>甲(?P<b>[^,]{0,3}?乙丙))丁", 4, ["甲乙丙丁", "甲一二三乙丙丁", "乙丙丁"]),  # a group in a group
]


@pytest.mark.parametrize("pattern, lead, texts", TAILS)
def test_required_tail_holds_every_match(pattern, lead, texts):
    p = re.compile(pattern)
    tail, got = required_tail(p)
    assert got == lead
    for s in texts:
        for m in p.finditer(s):
            t = tail.search(s, m.start())
            assert t is not None and (lead is None or t.start() - m.start() <= lead)
        assert bool(p.search(s)) <= bool(tail.search(s))


def test_required_tail_tells_nothing_of_patterns_it_cannot_read():
    assert required_tail(re.compile(r"x?")) is None  # no required word
    assert required_tail(re.compile(r"(a)b\1")) is None  # a back reference sees the match, not the text
    assert required_tail(re.compile(r"ab", re.I)) is None


def _statement_texts():
    """Texts built from the statement cues' examples cut into pieces, their required words and punctuation."""
    with open(industries.STATEMENT_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        examples = [re.sub(r"[\[\]]", "", r[c]) for r in csv.DictReader(f) for c in ("positive", "negative")]
    words = sorted({w for row in industries.load_statement_cues() for w in required_words(row.pattern)})
    pieces = sorted({e[i:i + n] for e in examples for n in (2, 5) for i in range(0, len(e), n)}) + words + list(",;。、")
    return st.lists(st.sampled_from(pieces), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_statement_texts())
def test_statement_cue_tails_skip_no_match(s):
    """find_statements searches a row only where its tail matches, from the tail's first match less the row's
    lead: every match of the row starts there or later and holds a match of the tail."""
    for row in industries.load_statement_cues():
        assert row.tail is not None, row.cue
        first = row.tail.search(s)
        for m in row.pattern.finditer(s):
            assert first is not None and (row.lead is None or m.start() >= first.start() - row.lead), row.cue
            assert row.tail.search(s, m.start()), row.cue
        reach = 0 if row.lead is not None else max(0, _first_word(row, s) - industries._STATEMENT_REACH)
        assert [m.span() for m in industries.statement_matches(row, s)] == \
            [m.span() for m in row.pattern.finditer(s, reach)], row.cue


def test_statement_cue_with_a_long_lead_is_searched_from_its_lead():
    """figure_subject's item may stand 41+ characters before its measure word (a long list of sectors): the
    search starts at the row's lead, not at a fixed distance, so the match is found."""
    s = "从主导产业看:新一代信息技术、高端装备制造、生物医药与健康、新材料和节能环保产业集群全年分别完成产值30亿元、25亿元。"
    row = next(r for r in industries.load_statement_cues() if r.cue == "figure_subject")
    assert _first_word(row, s) > industries._STATEMENT_REACH
    assert [m.span() for m in industries.statement_matches(row, s)] == [m.span() for m in row.pattern.finditer(s)] != []


def _first_word(row: industries.StatementCue, s: str) -> int:
    m = row.words.search(s) if row.words else None
    return m.start() if m else len(s) + 1


def test_statement_cue_tails_on_the_table_examples():
    with open(industries.STATEMENT_CUES_CSV, encoding="utf-8-sig", newline="") as f:
        texts = [re.sub(r"[\[\]]", "", r[c]) for r in csv.DictReader(f) for c in ("positive", "negative")]
    for s in texts:
        for row in industries.load_statement_cues():
            assert [m.span() for m in industries.statement_matches(row, s)] == \
                [m.span() for m in row.pattern.finditer(s)], (row.cue, s)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["连续", "3年", "年平均增长", "关键一年", "过去一年", "一年来", "刚刚过去的一年", "集中签约",
                                  "开工仪式", "近日", "此次", "连日来", "记者", "获悉", "2023年", "今年", "增长", ",", "。", "从", "由于",
                                  "由全国第九", "提升到",
                                  "一", "年", "来"]), max_size=12).map("".join))
def test_gated_role_patterns_match_as_the_patterns(s):
    """The roles read in every sentence are searched only where a required word is: the same matches."""
    for role in ("undated", "looked_back", "event", "change_from"):
        gate, plain = dates._role_gate(role), dates._role_pattern(role)
        assert [m.span() for m in gate.finditer(s)] == [m.span() for m in plain.finditer(s)], role
        assert bool(gate.search(s)) == bool(plain.search(s)), role
    for pos in range(len(s) + 1):  # a change opens before a figure only in a sentence holding 从 or 由
        assert dates.opens_change(s, pos) == any(p.search(s, max(0, pos - dates.CHANGE_FROM_CHARS), pos)
                                                 for p in dates._role_rows("change_from"))


def test_gated_pattern_without_words_is_searched_everywhere():
    gate = Gated(re.compile(r"\d+"))
    assert gate.words is None and [m.group() for m in gate.finditer("a1b22")] == ["1", "22"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["洋山特殊", "综保区", "园区", "片区", "科技园", "开发区", "完成", "投资", "28.7亿元", ",", ";",
                                  "。"]), max_size=10).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_part_names_need_a_zone_word_starting_before_the_figure(s, seg, end):
    """part_subject looks for a part's name before a figure only when a zone word starts before it in the
    sentence: where none does, none lies between any earlier position and the figure either."""
    first = targets._first_part_word.__wrapped__(s)
    if targets._part_word().search(s, seg, end):
        assert 0 <= first < end
