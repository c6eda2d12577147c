"""The character-level half of cleaning: one function per concern, chained with their
offset maps composed."""

from __future__ import annotations

from collections.abc import Callable

from govkg.extract.article import IDENTITY, OffsetMap, compose
from govkg.extract.clean.pinyin import strip_pinyin
from govkg.extract.clean.punctuation import (
    collapse_punctuation,
    normalize_punctuation,
    normalize_width,
)
from govkg.extract.clean.script import to_simplified
from govkg.extract.clean.whitespace import collapse_whitespace, join_cjk, strip_controls

Step = Callable[[str], tuple[str, OffsetMap]]


def _same_length(fn: Callable[[str], str]) -> Step:
    def step(text: str) -> tuple[str, OffsetMap]:
        return fn(text), IDENTITY

    step.__name__ = fn.__name__
    return step


# Order matters: pinyin is recognised on the raw ASCII parentheses before widths change,
# and ASCII punctuation is converted after spaces are collapsed (it looks one space around).
CHAR_STEPS: tuple[Step, ...] = (
    strip_controls,
    strip_pinyin,
    to_simplified,
    _same_length(normalize_width),
    collapse_whitespace,
    _same_length(normalize_punctuation),
    collapse_punctuation,
)


def run_steps(text: str, steps: tuple[Step, ...]) -> tuple[str, OffsetMap]:
    """Apply ``steps`` in order; the map goes from the result back to ``text``."""
    offsets = IDENTITY
    for step in steps:
        text, step_map = step(text)
        offsets = compose(step_map, offsets, len(text))
    return text, offsets


def normalize_layout(raw: str) -> tuple[str, OffsetMap]:
    """Characters normalised with single spaces kept, as header parsing wants them."""
    return run_steps(raw, CHAR_STEPS)


def normalize(raw: str) -> tuple[str, OffsetMap]:
    """Every character-level step, spaces between Chinese characters included: what
    :func:`~govkg.extract.clean.clean` does to the lines it keeps."""
    return run_steps(raw, (*CHAR_STEPS, join_cjk))
