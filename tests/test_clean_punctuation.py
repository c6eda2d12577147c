"""Widths and punctuation in one form: full-width Chinese marks, ASCII parentheses,
half-width letters and digits, curly quotes."""

import pytest

from govkg.extract.clean.punctuation import (
    collapse_punctuation,
    normalize_punctuation,
    normalize_width,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("（南互通连接线段）", "(南互通连接线段)"),
        ("增长１０％", "增长10%"),
        ("会议，决定：同意；好！吗？", "会议，决定：同意；好！吗？"),
        ("「百日攻堅」", "“百日攻堅”"),
        ("空\u3000格\u00a0", "空 格 "),
        ("结束｡", "结束。"),
    ],
)
def test_normalize_width(raw: str, expected: str) -> None:
    assert normalize_width(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5月28日,城投集团", "5月28日，城投集团"),
        ("来源:厦门日报", "来源：厦门日报"),
        ("要求:一要", "要求：一要"),
        ("机制;二要", "机制；二要"),
        ("暂停!", "暂停！"),
        ("涨势?", "涨势？"),
        ("版权声明: 本站", "版权声明： 本站"),
        ("上虞区\"一江两岸\"景观工程", "上虞区“一江两岸”景观工程"),
        ("帷幕,,25省份", "帷幕，，25省份"),
        ("看看吧,!", "看看吧，！"),
        # ASCII context stays ASCII
        ("1,000 people", "1,000 people"),
        ("08:21:09", "08:21:09"),
        ("http://www.example.com/a", "http://www.example.com/a"),
        ('He said "hello"', 'He said "hello"'),
        ("E-mail: a@b.c", "E-mail: a@b.c"),
    ],
)
def test_normalize_punctuation(raw: str, expected: str) -> None:
    out = normalize_punctuation(raw)
    assert out == expected
    assert len(out) == len(raw)  # one for one: offsets unchanged


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("帷幕，，25省份", "帷幕，25省份"),
        ("成绩单，。", "成绩单。"),
        ("中秋节，、国庆节", "中秋节、国庆节"),
        ("如何，？", "如何？"),
        ("看看吧，！", "看看吧！"),
        ("结束。。", "结束。"),
        ("正常，句子。", "正常，句子。"),
    ],
)
def test_collapse_punctuation(raw: str, expected: str) -> None:
    assert collapse_punctuation(raw)[0] == expected
