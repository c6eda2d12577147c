"""Traditional to simplified characters with OpenCC's C++ converter."""

from __future__ import annotations

import difflib
from functools import cache

import opencc

from govkg.extract.article import IDENTITY, Edit, OffsetMap, apply_edits


@cache
def _converter() -> opencc.OpenCC:
    # Loading the dictionaries takes a few milliseconds: do it once, and only when needed.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """``text`` in simplified characters, and the map back to ``text``.

    Conversion is almost always one character for one; when a phrase rule changes the length
    of a line, that line is realigned with a diff so that offsets stay exact elsewhere.
    """
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted, IDENTITY
    return apply_edits(text, _line_edits(text))


def _line_edits(text: str) -> list[Edit]:
    convert = _converter().convert
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        new = convert(line)
        if new == line:
            pass
        elif len(new) == len(line):
            edits.append((pos, pos + len(line), new))
        else:
            matcher = difflib.SequenceMatcher(None, line, new, autojunk=False)
            for op, a0, a1, b0, b1 in matcher.get_opcodes():
                if op != "equal":
                    edits.append((pos + a0, pos + a1, new[b0:b1]))
        pos += len(line)
    return edits
