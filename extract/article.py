"""The records that pass between the first stages - a :class:`Document` as read, an
:class:`Article` once cleaned - and the :class:`OffsetMap` that ties a cleaned text back to
what was read, with the functions that build and chain such maps.

They live here, apart from reading and cleaning, because both use them: reading strips
Markdown markup with a map into the source, cleaning rewrites text with a map back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in a cleaned text back to positions in the decoded original.

    Stored as runs: ``starts[i]`` is a position in the cleaned text where a run begins and
    ``origins[i]`` the original position of that character; inside a run positions advance
    together. A cleaned character that was produced by a replacement maps to the start of
    what it replaced.
    """

    starts: tuple[int, ...] = (0,)
    origins: tuple[int, ...] = (0,)

    def to_original(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0
        return self.origins[i] + (pos - self.starts[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for the cleaned span ``[start, end)``."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class Document:
    """One input as read, before cleaning: decoded text and the metadata that came with it.

    ``path`` says where it came from (a file, ``FILE:LINE`` for a JSONL record, ``<stdin>``)
    and is what an error about it names; ``id`` is the file name without extension or the
    record's id. ``text`` is what cleaning starts from: the decoded file, an HTML page's main
    content, Markdown without its markup. When ``text`` was derived from a source that
    evidence should point into (Markdown), ``original`` is that source and ``offsets`` the
    map from ``text`` into it. Metadata given here (JSONL fields, HTML meta tags, front
    matter) wins over what cleaning finds in the text.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    original: str | None = None
    offsets: OffsetMap | None = None


@dataclass
class Article:
    """One news article, read and cleaned.

    ``text`` is the cleaned body (simplified characters, normalised punctuation, no
    boilerplate), one paragraph per line. ``original`` is the decoded input before cleaning and
    ``offsets`` maps positions in ``text`` back into it, so that evidence can be cited.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str = ""
    original: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def to_json(self) -> dict:
        """The record ``govkg read`` prints."""
        out: dict = {"id": self.id, "title": self.title, "date": self.date}
        if self.source:
            out["source"] = self.source
        if self.url:
            out["url"] = self.url
        out["text"] = self.text
        return out


# --------------------------------------------------------------------- building offset maps
#
# Every rewrite of a text is a list of edits ``(start, end, replacement)`` on its input.
# Applying them gives the new text and a map back to the input; maps of successive rewrites
# are composed so that the final text maps straight to the decoded original. The maps are
# stored as runs, one per edit, so their cost grows with the number of edits and not with
# the length of the text.

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
