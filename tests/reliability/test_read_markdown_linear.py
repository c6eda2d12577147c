"""Issue 7, row 5: Markdown is read in time linear in its length, whatever its shape.

Each shape made a pattern of ``markdown.py`` rescan the rest of a line from every position
(0.4 s at 15 KB, 28 s at 120 KB for nested brackets). The check compares two sizes, 4× apart:
linear work takes about 4× as long, quadratic 16×. The bound, 10×, leaves room for noise
(each size is timed at best of five) without letting a quadratic pattern through; absolute
times are never compared.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from govkg.extract.ingest.markdown import parse_markdown

SHAPES: dict[str, Callable[[int], str]] = {
    "nested brackets": lambda k: "[" * k + "县委书记王伟" + "](" * k,
    "link openings": lambda k: "[a](" * k,
    "image openings": lambda k: "![" * k,
    "tag openings": lambda k: "<a" * k,
    "spaces then text": lambda k: " " * k + "x",
    "spaces before a hash": lambda k: "a" + " " * k + "#x",
    "table pipe then spaces": lambda k: "|" + " " * k + "x",
    "front matter field": lambda k: "---\ntitle: x" + " " * k + "y\n---\n正文",
    "heading with spaces": lambda k: "# 标题" + " " * k + "x",
}
SMALL = 30_000  # characters; the large input is 4× this, 120 KB of brackets


def _seconds(text: str, *, enough: float = 0.0) -> float:
    """The best of five runs, or of fewer once one takes at most ``enough``."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        parse_markdown(text)
        best = min(best, time.perf_counter() - start)
        if best <= enough:
            break
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_linear(shape: str) -> None:
    make = SHAPES[shape]
    small = max(_seconds(make(SMALL // 4)), 1e-4)
    ratio = _seconds(make(SMALL), enough=small * 4) / small
    assert ratio < 10, f"{shape}: 4× the input took {ratio:.1f}× the time"


def test_nested_brackets_keep_the_words() -> None:
    text = parse_markdown("[" * 1000 + "县委书记王伟" + "](" * 1000).text
    assert "县委书记王伟" in text
