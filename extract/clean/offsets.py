"""Building and chaining :class:`OffsetMap` objects while text is rewritten.

Every cleaning step is a list of edits ``(start, end, replacement)`` on its input. Applying
them gives the new text and a map back to the input; maps of successive steps are composed so
that the final text maps straight to the decoded original. The maps are stored as runs, one
per edit, so their cost grows with the number of edits and not with the length of the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from govkg.extract.article import OffsetMap

Edit = tuple[int, int, str]

IDENTITY = OffsetMap()


class RunBuilder:
    """Accumulates runs, merging a run into the previous one when positions keep advancing
    together and replacing it when both start at the same place."""

    __slots__ = ("starts", "origins")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.origins: list[int] = []

    def add(self, start: int, origin: int) -> None:
        starts, origins = self.starts, self.origins
        if starts:
            if starts[-1] == start:
                starts.pop()
                origins.pop()
                if starts and origins[-1] - starts[-1] == origin - start:
                    return
            elif origins[-1] - starts[-1] == origin - start:
                return
        starts.append(start)
        origins.append(origin)

    def freeze(self) -> OffsetMap:
        if not self.starts:
            return IDENTITY
        return OffsetMap(tuple(self.starts), tuple(self.origins))


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map back to ``text``.

    A replacement's characters map onto the span it replaced, one for one; when the
    replacement is longer, its extra characters map to the last replaced character.
    """
    parts: list[str] = []
    runs = RunBuilder()
    runs.add(0, 0)
    pos = 0
    out = 0
    for start, end, repl in edits:
        if start < pos:  # overlapping edit: the earlier one wins
            continue
        if start > pos:
            parts.append(text[pos:start])
            out += start - pos
        if repl:
            runs.add(out, start)
            width = end - start
            if len(repl) > width:
                last = max(end - 1, start)
                for k in range(max(width, 1), len(repl)):
                    runs.add(out + k, last)
            parts.append(repl)
            out += len(repl)
        pos = end
        runs.add(out, end)
    parts.append(text[pos:])
    return "".join(parts), runs.freeze()


def compose(outer: OffsetMap, inner: OffsetMap, length: int) -> OffsetMap:
    """The map of ``inner ∘ outer``: from the text ``outer`` describes (``length`` characters
    long) to the text ``inner`` maps into."""
    if inner is IDENTITY or inner == IDENTITY:
        return outer
    if outer is IDENTITY or outer == IDENTITY:
        return inner
    runs = RunBuilder()
    i_starts, i_origins = inner.starts, inner.origins
    o_starts, o_origins = outer.starts, outer.origins
    n_inner = len(i_starts)
    for k, (start, origin) in enumerate(zip(o_starts, o_origins, strict=True)):
        end = o_starts[k + 1] if k + 1 < len(o_starts) else max(length, start + 1)
        width = end - start
        j = bisect_right(i_starts, origin) - 1
        if j < 0:
            runs.add(start, 0)
            j = 0
        else:
            runs.add(start, i_origins[j] + (origin - i_starts[j]))
        j += 1
        while j < n_inner and i_starts[j] < origin + width:
            if i_starts[j] > origin:
                runs.add(start + i_starts[j] - origin, i_origins[j])
            j += 1
    return runs.freeze()

