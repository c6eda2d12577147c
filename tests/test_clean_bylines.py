"""Credits at the edges of a paragraph go; parentheses of the story stay."""

import pytest

from govkg.extract.clean.bylines import is_summary, trim_credits


def trimmed(line: str) -> str:
    start, end = trim_credits(line)
    return line[start:end]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("以真抓实干、狠抓落实的作风推动各项工作落地见效。(刘娟)",
         "以真抓实干、狠抓落实的作风推动各项工作落地见效。"),
        ("力争各项工作都能迈进全省第一方阵。 (全媒体记者 江露露 通讯员 石晓红)",
         "力争各项工作都能迈进全省第一方阵。"),
        ("相关同志参加座谈。(集团办公室)", "相关同志参加座谈。"),
        ("本网讯(通讯员 刘一阳)11月21日上午，区人大常委会召开党组(扩大)会议",
         "11月21日上午，区人大常委会召开党组(扩大)会议"),
        ("本报讯(记者 张三)昨天上午，会议召开。", "昨天上午，会议召开。"),
        ("会议召开(记者 张三 李四)", "会议召开"),
        ("本网讯：近日，会议召开。", "近日，会议召开。"),
        ("★8月2日 旗委副书记", "8月2日 旗委副书记"),
        ("- 县领导参加会议。", "县领导参加会议。"),
        ("摘要：12月7日上午，会议召开 ...", "12月7日上午，会议召开 ..."),
    ],
)
def test_trims_credits(line: str, expected: str) -> None:
    assert trimmed(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "会前，刘仁羿一行先后来到五陂海绵特色小镇、丹井大道(南互通连接线段)工程项目进行了实地观摩。",
        "区人大常委会召开党组(扩大)会议",
        "市发改委、各县、区(管委会)分管负责同志参加会议。",
        "审议了自治区政协十届五次会议选举办法(草案)，提交常委会议审议",
        "大事记(2025年8月—9月)",
        "张三(女)出席",
    ],
)
def test_keeps_story_parentheses(line: str) -> None:
    assert trimmed(line) == line


def test_is_summary() -> None:
    assert is_summary("摘要：12月7日上午")
    assert not is_summary("12月7日上午，摘要如下")
