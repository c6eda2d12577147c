"""Repeated paragraphs are kept once; truncated summaries of a paragraph go."""

import pytest

from govkg.extract.clean.dedupe import dedupe_key, repeated

LEAD = "12月7日上午，2021年全市“项目大会战”现场推进会在安源区召开，副市长刘仁羿出席会议并讲话。"


@pytest.mark.parametrize(
    ("line", "key", "truncated"),
    [
        ("摘要：会议召开 ...", "会议召开", True),
        ("会议召开…", "会议召开", True),
        ("会议召开。", "会议召开。", False),
    ],
)
def test_dedupe_key(line: str, key: str, truncated: bool) -> None:
    assert dedupe_key(line) == (key, truncated)


@pytest.mark.parametrize(
    ("lines", "summaries", "dropped"),
    [
        (["标题", "正文。", "标题"], (), {2}),
        (["摘要：" + LEAD[:30] + " ...", LEAD], (), {0}),
        ([LEAD[:30] + " ...", LEAD], (), {0}),
        # a summary equal to the lead, without its label: the summary goes, the lead stays
        ([LEAD, LEAD], (0,), {0}),
        # a short line that happens to start another line is not a truncated copy
        (["会议", "会议召开。"], (), set()),
        (["第一段。", "第二段。"], (), set()),
    ],
)
def test_repeated(lines: list[str], summaries: tuple[int, ...], dropped: set[int]) -> None:
    assert repeated(lines, summaries) == dropped
