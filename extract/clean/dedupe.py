"""Paragraphs printed twice: a repeated headline or lead, or a truncated summary of one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

from govkg.extract.clean.bylines import is_summary

_SUMMARY_LABEL = re.compile(r"^(?:摘要|导读|内容提要|核心提示|提要)[：:] ?")
_ELLIPSIS = re.compile(r" ?(?:\.{2,}|…+|。{2,})$")
_MIN_PREFIX = 8


def dedupe_key(line: str) -> tuple[str, bool]:
    """The comparable part of ``line`` and whether it was cut short (``…``, ``摘要:``)."""
    truncated = is_summary(line)
    key = _SUMMARY_LABEL.sub("", line)
    stripped = _ELLIPSIS.sub("", key)
    return stripped.strip(), truncated or stripped != key


def repeated(lines: list[str], summaries: Collection[int] = ()) -> set[int]:
    """Indices of lines to drop: a repeat of another line, or a truncated copy (``…`` at
    the end, or a summary listed in ``summaries``) that another line starts with. Of two
    equal lines the full one stays: the later one, unless the earlier is a summary."""
    keys = [dedupe_key(line) for line in lines]
    truncated = [cut or i in summaries for i, (_, cut) in enumerate(keys)]
    drop: set[int] = set()
    first: dict[str, int] = {}
    for i, (key, _) in enumerate(keys):
        j = first.get(key)
        if j is None:
            first[key] = i
        elif truncated[j] and not truncated[i]:
            drop.add(j)
            first[key] = i
        else:
            drop.add(i)
    # Longer lines that start with a truncated key sort right after it.
    ordered = sorted({key for key, _ in keys})
    for i, (key, _) in enumerate(keys):
        if not truncated[i] or i in drop or len(key) < _MIN_PREFIX:
            continue
        k = bisect_right(ordered, key)
        if k < len(ordered) and ordered[k].startswith(key):
            drop.add(i)
    return drop
