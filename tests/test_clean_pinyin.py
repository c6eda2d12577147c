"""Pinyin remnants after polyphonic characters go; ordinary parentheses stay."""

import pytest

from govkg.extract.clean.pinyin import strip_pinyin


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("集團(tuán)召開(kāi)", "集團召開"),
        ("動員會(huì )暨", "動員會暨"),  # a space before the closing parenthesis (seed 001)
        ("董事長(cháng)盛夢龍", "董事長盛夢龍"),
        ("一江兩岸(ǎ)", "一江兩岸"),
        ("集团（tuán）", "集团"),  # full-width parentheses
        ("承壓企穩(w", "承壓企穩"),  # cut at the end of the document (dev 043)
        ("三地雙節(j\n下一行", "三地雙節\n下一行"),  # cut at the end of a line
        ("專題會??h長高寒", "專題會長高寒"),  # lost bytes (dev 053)
        ("轉變?yōu)推動", "轉變推動"),  # a garbled opening parenthesis (seed 000)
        ("苿?dòng)工作", "苿工作"),
        ("集團(tu?n)召開", "集團召開"),  # tone vowel lost to Big5
        ("會議(hu? )召開", "會議召開"),
        ("女(nǚ)士", "女士"),
    ],
)
def test_removes_pinyin(raw: str, expected: str) -> None:
    assert strip_pinyin(raw)[0] == expected


@pytest.mark.parametrize(
    "raw",
    [
        "丹井大道(南互通连接线段)工程",
        "张三(女)",
        "区人大常委会召开党组(扩大)会议",
        "城投(集团)",
        "- (2023-07-05)市建设局",
        "卖空者蜂拥而至 小鹏汽车(09868)能否维持涨势?",
        "国内生产总值(GDP)增长",
        "工作。(刘娟)",
        "代(集)建单位",
        "报告(讨论稿)后",
        "苹果(Apple)公司",
        "表(a)和表(b)",
        "价格(约100元)",
        "(tuán)开头没有汉字",
        "你好?",
        "如何,?一起",
        "真的吗??好的",
    ],
)
def test_keeps_ordinary_parentheses(raw: str) -> None:
    assert strip_pinyin(raw)[0] == raw


def test_offsets_skip_the_removed_pinyin() -> None:
    raw = "集團(tuán)召開(kāi)會議"
    text, offsets = strip_pinyin(raw)
    assert text == "集團召開會議"
    assert [raw[offsets.to_original(i)] for i in range(len(text))] == list(text)
