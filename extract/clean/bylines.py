"""Credits inside a paragraph: reporter bylines before or after the text, bullets and
summary labels. Each is cut from the edge of the line, never from its middle, so that
parentheses that belong to the story - ``丹井大道(南互通连接线段)工程``, ``党组(扩大)会议`` -
stay.
"""

from __future__ import annotations

import re

_CREDIT_WORDS = (
    r"(?:全媒体|融媒体|特约|实习|见习|本报|本网|本台)?记者|通讯员|文/图|图/文|图文|文|图|"
    r"摄影?|编辑|责编|供稿|作者|撰稿|来源"
)

_PREFIX = re.compile(
    rf"^(?:[★☆●○■□◆◇▲△▶►•※◎]+ ?|[-*] )"
    rf"|^(?:本网讯|本报讯|本台讯|本刊讯|讯)? ?\((?:{_CREDIT_WORDS})[ ：:/][^()]{{0,40}}\) ?"
    rf"|^(?:本网讯|本报讯|本台讯|本刊讯)[：:，, ]?"
    rf"|^(?:摘要|导读|内容提要|核心提示|提要)[：:] ?"
)

_SUFFIX = re.compile(
    # a short parenthesis right after the end of the last sentence: (刘娟), (集团办公室)
    r"(?<=[。！？”]) ?\([^()]{1,40}\)$"
    # a parenthesised credit anywhere at the end: (记者 张三 李四)
    rf"| ?\((?:{_CREDIT_WORDS})[ ：:/][^()]{{0,40}}\)$"
)

_SUMMARY = re.compile(r"^(?:摘要|导读|内容提要|核心提示|提要)[：:]")


def trim_credits(line: str) -> tuple[int, int]:
    """The ``(start, end)`` of ``line`` once leading bullets, ``本网讯(通讯员 …)`` and summary
    labels, and a trailing byline such as ``(刘娟)``, are cut off."""
    start, end = 0, len(line)
    for _ in range(3):  # a bullet, then 本网讯(…), then a label, at most
        m = _PREFIX.match(line[start:])
        if m is None or not m.end():
            break
        start += m.end()
    m = _SUFFIX.search(line, start)
    if m:
        end = m.start()
    return start, end


def is_summary(line: str) -> bool:
    """A ``摘要:`` line, which sites print above the article it summarises."""
    return _SUMMARY.match(line) is not None
