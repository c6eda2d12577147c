"""Sorted span indexes: the questions stages ask of mention spans (which lie inside this
sentence, does anything overlap this site, is this position inside a name) answered by
bisection, so that a long article costs time in proportion to its length, not its square."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with ``start`` and ``end`` (or ``(start, end)`` pairs), indexed by start.

    >>> ix = SpanIndex([(0, 3), (5, 9), (7, 8)])
    >>> ix.within(4, 10)
    [(5, 9), (7, 8)]
    >>> ix.covers(6), ix.covers(4)
    (True, False)
    >>> ix.overlaps(3, 5), ix.overlaps(2, 5)
    (False, True)
    """

    def __init__(self, items: Iterable[T]) -> None:
        self.items: list[T] = sorted(items, key=_start)
        self.starts = [_start(x) for x in self.items]
        # the furthest end among the items that start at or before each position
        self.reach = list(accumulate((_end(x) for x in self.items), max))

    def within(self, start: int, end: int) -> list[T]:
        """Items that lie inside ``[start, end)``, in order of start."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, lo=i)
        return [x for x in self.items[i:j] if _end(x) <= end]

    def starting_in(self, start: int, end: int) -> list[T]:
        """Items whose start is in ``[start, end)``."""
        i = bisect_left(self.starts, start)
        return self.items[i : bisect_left(self.starts, end, lo=i)]

    def covers(self, pos: int) -> bool:
        """Some item has ``start <= pos < end``."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some item shares a position with ``[start, end)``."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


def _start(x) -> int:
    return x[0] if isinstance(x, tuple) else x.start


def _end(x) -> int:
    return x[1] if isinstance(x, tuple) else x.end
