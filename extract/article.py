"""The article record that every stage after reading works on."""

from __future__ import annotations

from bisect import bisect_right
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
