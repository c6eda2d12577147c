"""A query's rows as a terminal table, JSON or CSV.

The table aligns columns by display width, not by characters: a Chinese character takes two
columns of a terminal (``unicodedata.east_asian_width`` W or F), so padding by ``len`` would
skew every row holding Chinese text.

>>> print(table(Rows(["person", "meetings"], [{"person": "岳宏斌", "meetings": 5},
...                                          {"person": "Li", "meetings": 12}])))
person  meetings
------  --------
岳宏斌         5
Li            12
(2 rows)
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from govkg.graph.stores.base import Rows

#: display columns a table cell may take before it is cut with …; json and csv cut nothing
MAX_CELL = 60


def width(text: str) -> int:
    """Terminal columns ``text`` takes: two for wide and full-width characters, none for
    combining marks.

    >>> width("沂南县"), width("abc"), width("ＡＢ")
    (6, 3, 4)
    """
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return total


def cut(text: str, limit: int = MAX_CELL) -> str:
    """``text`` shortened to ``limit`` display columns, ending in … when cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def cell(value: Any) -> str:
    """One value as table text: lists joined with 、, no 'None', floats to 4 decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value == value else "NaN"
    if isinstance(value, list):
        return "、".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("\n", " ")


def _pad(text: str, size: int, right: bool) -> str:
    space = " " * (size - width(text))
    return space + text if right else text + space


def table(rows: Rows) -> str:
    """Columns aligned by display width; numbers to the right."""
    texts = [[cut(cell(r.get(c))) for c in rows.columns] for r in rows.rows]
    sizes = [max([width(c)] + [width(t[i]) for t in texts]) for i, c in enumerate(rows.columns)]
    numeric = [bool(rows.rows) and all(isinstance(r.get(c), int | float) or r.get(c) is None
                                       for r in rows.rows) for c in rows.columns]
    lines = ["  ".join(_pad(c, s, False) for c, s in zip(rows.columns, sizes, strict=True)),
             "  ".join("-" * s for s in sizes)]
    for t in texts:
        lines.append("  ".join(_pad(v, s, right)
                               for v, s, right in zip(t, sizes, numeric, strict=True)))
    n = len(rows.rows)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(line.rstrip() for line in lines)


def as_json(rows: Rows) -> str:
    """A JSON array, one row object per line, columns in query order."""
    if not rows.rows:
        return "[]"
    body = ",\n".join(json.dumps({c: r.get(c) for c in rows.columns}, ensure_ascii=False)
                      for r in rows.rows)
    return f"[\n{body}\n]"


def as_csv(rows: Rows) -> str:
    """A header and one line per row; lists and maps as JSON text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(rows.columns)
    for r in rows.rows:
        writer.writerow(["" if r.get(c) is None else
                         json.dumps(r.get(c), ensure_ascii=False)
                         if isinstance(r.get(c), list | dict) else r.get(c)
                         for c in rows.columns])
    return buf.getvalue().rstrip("\n")


RENDERERS = {"table": table, "json": as_json, "csv": as_csv}
