"""Hostile and huge input (issue 14): bounded pieces, the per-article time limit, absurd numbers, odd
encodings and the size limit. Speed itself is shown by bench/hostile.py, never timed here."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devzone.numbers import MAX_VALUE_NORM, find_quantities
from devzone.pipeline import extract_bytes, extract_facts, write_tables
from devzone.schema import excel_safe_cell
from devzone.text import (
    MAX_BYTES,
    MAX_PARAGRAPH,
    MAX_SENTENCE,
    ArticleError,
    _squash,
    decode_bytes,
    drop_repeats,
    parse_article,
    split_sentences,
)

HEAD = "临江高新区2024年工作要点\n发布时间:2024-02-01\n"


def test_a_run_without_full_stops_comes_as_bounded_sentences():
    run = "开发区重点发展生物医药新材料产业," * 400
    pieces = split_sentences(run)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert "".join(pieces) == run.strip()
    assert all(p.endswith(",") for p in pieces[:-1])  # cut after a clause, not inside a word


def test_a_huge_line_becomes_bounded_paragraphs_at_sentence_ends():
    line = "今年力争实现工业产值100亿元,同比增长12%。" * 2000
    a = parse_article((HEAD + line).encode("utf-8"), "long.txt")
    paragraphs = a.body.split("\n")
    assert len(paragraphs) > 1 and all(len(p) <= MAX_PARAGRAPH for p in paragraphs)
    assert all(p.endswith("。") for p in paragraphs)


def test_the_time_limit_stops_an_article_with_a_clear_message():
    a = parse_article((HEAD + "今年力争实现工业产值100亿元。" * 50).encode("utf-8"), "slow.txt")
    with pytest.raises(ArticleError) as e:
        extract_facts(a, seconds=0)
    assert e.value.file == "slow.txt" and "time limit" in e.value.reason and "split" in e.value.reason


@pytest.mark.parametrize("sentence, kept", [
    ("今年实现产值" + "一万" * 80 + "亿元,引进项目5个。", ["5个"]),   # overflows a float: that figure only goes
    ("今年实现产值" + "一万" * 40 + "亿元,引进项目5个。", ["5个"]),   # finite but absurd
    ("投资9," + "999," * 10 + "999亿元,新增企业3家。", ["3家"]),
    ("今年实现产值100亿元,引进项目5个。", ["100亿元", "5个"]),       # an ordinary sentence keeps both
])
def test_an_absurd_value_refuses_that_figure_only(sentence, kept):
    found = find_quantities(sentence)
    assert [q.raw for q in found] == kept
    assert all(q.value_norm <= MAX_VALUE_NORM for q in found)


def test_an_article_with_an_overflowing_numeral_is_still_read():
    facts = extract_bytes((HEAD + "今年实现产值" + "一万" * 80 + "亿元,引进项目5个。").encode("utf-8"), "a.txt")
    assert [t["value"] for t in facts.targets] == ["5"]


@pytest.mark.parametrize("data, reason", [
    (b"The zone will grow output by 12.5% to 100 million yuan. " * 20, "no Chinese text"),
    (b"2024 100 12.5% 3000 45 67 89\n" * 50, "no Chinese text"),
    (b"\x00\x01\x02\x03" * 100 + "今年力争实现工业产值100亿元。".encode(), "binary"),
])
def test_input_that_is_not_chinese_text_is_refused(data, reason):
    with pytest.raises(ArticleError) as e:
        parse_article(data, "x.txt")
    assert reason in e.value.reason


def test_a_nul_byte_is_dropped_wherever_it_is():
    body = "今年力争实现工业产值100亿元,引进项目5个。"
    early = parse_article((HEAD + body).encode("utf-8").replace("今年".encode(), "今\x00年".encode(), 1), "a.txt")
    late = parse_article((HEAD + body * 2000 + "\x00" + body).encode("utf-8"), "b.txt")
    assert "\x00" not in early.body and "\x00" not in late.body
    assert early.body == body


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
def test_utf16_without_bom_is_decoded(encoding):
    text = HEAD + "今年力争实现工业产值100亿元,引进项目5个。"
    decoded, enc = decode_bytes(text.encode(encoding), "u16.txt")
    assert decoded == text and enc == encoding


def test_the_size_limit_is_stated_in_bytes():
    with pytest.raises(ArticleError) as e:
        decode_bytes(b"a" * (MAX_BYTES + 1), "big.txt")
    assert f"{MAX_BYTES + 1:,} bytes" in e.value.reason and f"{MAX_BYTES:,} bytes" in e.value.reason
    decode_bytes("今年力争实现工业产值100亿元。".encode() * 10, "ok.txt")  # under it: read


def _drop_repeats_reference(paragraphs: list[str], min_len: int = 10, contain_len: int = 20) -> list[str]:
    """The quadratic definition drop_repeats must agree with."""
    keys = [_squash(p).rstrip(".…") for p in paragraphs]
    seen: set[str] = set()
    dup = []
    for k in keys:
        dup.append(k in seen)
        seen.add(k)
    long_ = [len(k) >= min_len for k in keys]

    def neighbour_long_dup(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < len(keys):
            if long_[j]:
                return dup[j]
            j += step
        return False

    kept = []
    for i, (p, k) in enumerate(zip(paragraphs, keys, strict=True)):
        if dup[i] and (long_[i] or neighbour_long_dup(i, -1) or neighbour_long_dup(i, 1)):
            continue
        if len(k) >= contain_len and any(len(o) > len(k) and k in o for o in keys[i + 1:]):
            continue
        kept.append(p)
    return kept


_PIECES = ["今年力争", "实现工业产值", "100亿元", "引进项目5个", "主持人", "。", "开发区重点发展生物医药产业", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), max_size=14))
def test_drop_repeats_agrees_with_its_quadratic_definition(paragraphs):
    assert drop_repeats(paragraphs) == _drop_repeats_reference(paragraphs)


@pytest.mark.parametrize("cell, written", [
    ('=HYPERLINK("http://x.cn","点击")今年力争实现产值100亿元。', '\'=HYPERLINK("http://x.cn","点击")今年力争实现产值100亿元。'),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("+86 电话", "'+86 电话"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-5", "-5"),            # a number written as text stays a number
    ("+3.2", "+3.2"),
    ("-12.5%", "-12.5%"),
    ("=", "="),               # the comparator column's code runs nothing
    ("==1+1", "'==1+1"),
    ("今年力争实现产值100亿元。", "今年力争实现产值100亿元。"),
    (-5.0, -5.0),
])
def test_csv_cells_excel_would_run_are_neutralised(cell, written):
    assert excel_safe_cell(cell) == written


def test_every_written_table_is_safe_for_excel(tmp_path):
    df = pd.DataFrame({"sentence": ["=1+1", "今年"], "value": [-5.0, 3.0], "value_text": ["-5", "3"]})
    (path,) = write_tables({"targets": df}, tmp_path)
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert list(back["sentence"]) == ["'=1+1", "今年"]
    assert list(back["value"]) == [-5.0, 3.0] and list(back["value_text"]) == [-5, 3]


def test_html_nested_deeper_than_the_parsers_is_still_read():
    page = ("<html><body>" + "<div>" * 20000 + "开发区今年力争实现产值100亿元,引进项目5个。" + "</div>" * 20000
            + "</body></html>")
    facts = extract_bytes(page.encode("utf-8"), "deep.html")
    assert [t["value"] for t in facts.targets] == ["100", "5"]
