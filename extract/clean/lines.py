"""Lines of a normalised text and what makes one a paragraph of the story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.extract.clean.chars import HAN

_HAN = re.compile(f"[{HAN}]")
_SENTENCE_END = ("。", "！", "？", "…", "”", "；")


@dataclass(slots=True)
class Line:
    """A non-empty line: ``text`` is ``source[start:end]``."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` (which is already trimmed line by line)."""
    lines: list[Line] = []
    pos = 0
    for chunk in text.split("\n"):
        end = pos + len(chunk)
        if chunk.strip():
            lines.append(Line(pos, end, chunk))
        pos = end + 1
    return lines


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def is_paragraph(text: str) -> bool:
    """Long enough and sentence-shaped to be story text rather than page furniture."""
    n = han_count(text)
    if n >= 20 and ("。" in text or text.endswith(_SENTENCE_END)):
        return True
    return n >= 50 and "，" in text
