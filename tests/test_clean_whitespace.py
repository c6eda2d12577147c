"""Line breaks, invisible characters and spaces."""

import pytest

from govkg.extract.clean.whitespace import collapse_whitespace, join_cjk, strip_controls


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("\ufeff标题", "标题"),
        ("零\u200b宽", "零宽"),
        ("坏\ufffd字", "坏字"),
        ("控\x00制\x07符", "控制符"),
        ("分\x0c页", "分\n页"),
    ],
)
def test_strip_controls(raw: str, expected: str) -> None:
    assert strip_controls(raw)[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("       2023年9月23日", "2023年9月23日"),
        ("参加会议。 \n", "参加会议。\n"),
        ("发布时间:2022-10-17    作者", "发布时间:2022-10-17 作者"),
        ("a \t b", "a b"),
        ("   \n  \n", "\n\n"),
    ],
)
def test_collapse_whitespace(raw: str, expected: str) -> None:
    assert collapse_whitespace(raw)[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("参加会议。 会议集中学习", "参加会议。会议集中学习"),
        ("县委常委 副县长 张文杰", "县委常委副县长张文杰"),
        ("2023-07-05 16:46:47", "2023-07-05 16:46:47"),
        ("Hello world", "Hello world"),
        ("6290 阅读", "6290 阅读"),
    ],
)
def test_join_cjk(raw: str, expected: str) -> None:
    assert join_cjk(raw)[0] == expected
