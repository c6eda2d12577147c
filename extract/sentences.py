"""Cleaned text → sentences with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[^。！？；!?;\n★】]+[。！？；!?;】]*")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset in the cleaned article text
    end: int
    text: str
    paragraph: int
    first_in_paragraph: bool


def split(text: str) -> list[Sentence]:
    """Split at sentence-final punctuation and line breaks; empty pieces are dropped.

    >>> [s.text for s in split("会议召开。张三出席！\\n李四讲话")]
    ['会议召开。', '张三出席！', '李四讲话']
    """
    out: list[Sentence] = []
    para_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    p = 0
    last_para = -1
    heading_ended = False
    for m in _END.finditer(text):
        s = m.group()
        lead = len(s) - len(s.lstrip())
        s = s.strip()
        if not s:
            continue
        start = m.start() + lead
        while p + 1 < len(para_starts) and para_starts[p + 1] <= start:
            p += 1
        # after a 【heading】 a roundup's next item starts, as after a line break
        out.append(Sentence(len(out), start, start + len(s), s, p, p != last_para or heading_ended))
        last_para = p
        heading_ended = s.endswith("】")
    return out
