"""Line breaks, invisible characters and spaces.

Spaces are handled in two passes: :func:`collapse_whitespace` trims lines and reduces runs to
one space, which header parsing still uses as a field separator (``来源:潮河镇 陈松``);
:func:`join_cjk` then removes the spaces left between Chinese characters, which are layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.extract.article import Edit, OffsetMap, apply_edits
from govkg.extract.clean.chars import CJK_PUNCT, HAN

_CONTROLS = re.compile(
    "\r\n?|[\u2028\u2029\u0085]|[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff\ufffd]"
)
_SPACES = re.compile(r"^[ \t]+|[ \t]+$|[ \t]{2,}", re.MULTILINE)
_CJK_SPACE = re.compile(rf"(?<=[{HAN}{CJK_PUNCT}]) +(?=[{HAN}{CJK_PUNCT}])")


def _control_edits(text: str) -> Iterator[Edit]:
    for m in _CONTROLS.finditer(text):
        s = m.group()
        if s[0] in "\r\u2028\u2029\u0085":
            # keep one newline at the position of the first character of the break
            yield m.start(), m.end(), "\n"
        elif s == "\x0c":
            yield m.start(), m.end(), "\n"
        else:
            yield m.start(), m.end(), ""


def strip_controls(text: str) -> tuple[str, OffsetMap]:
    """Newlines as ``\\n``; control, zero-width and replacement characters removed."""
    return apply_edits(text, _control_edits(text))


def _space_edits(text: str) -> Iterator[Edit]:
    for m in _SPACES.finditer(text):
        start, end = m.span()
        at_edge = start == 0 or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
        if at_edge:
            yield start, end, ""
        else:
            yield start, end, " "


def collapse_whitespace(text: str) -> tuple[str, OffsetMap]:
    """Each line trimmed, runs of spaces and tabs inside it reduced to one space."""
    return apply_edits(text, _space_edits(text))


def join_cjk(text: str) -> tuple[str, OffsetMap]:
    """Spaces between Chinese characters or punctuation removed."""
    return apply_edits(text, ((m.start(), m.end(), "") for m in _CJK_SPACE.finditer(text)))
