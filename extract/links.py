"""Edges read from the words between mentions: who convened an event (城投集团组织召开),
where it took place (在安源区召开), and who directed whom (市建设局派出工作组,
区长带领区发改委、区住建局)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONVENE = re.compile(r"(?:组织|联合)?(?:召开|举行|举办)")
_AT_PLACE = re.compile(r"在(.{2,12}?)(?:召开|举行|举办)")
_DIRECT = re.compile(r"派出|带领|率领|督导|牵头|指导|部署")
_CLAUSE = re.compile(r"[，。；：,;!?！？]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    ref: str  # the node the mention stands for


def convener(text: str, base: int, bodies: list[Span]) -> Span | None:
    """The body written right before 召开/举行 in a sentence (at most two characters apart).

    >>> convener("5月28日，城投集团组织召开现场会。", 0, [Span(6, 10, "b")]).ref
    'b'
    """
    m = _CONVENE.search(text)
    if not m:
        return None
    verb = base + m.start()
    best = None
    for b in bodies:
        if b.end <= verb and verb - b.end <= 2 and not _CLAUSE.search(text[b.end - base:m.start()]):
            best = b
    return best


def venue(text: str, base: int, places: list[Span]) -> Span | None:
    """The place in ``在…召开``."""
    m = _AT_PLACE.search(text)
    if not m:
        return None
    a, b = base + m.start(1), base + m.end(1)
    inside = [p for p in places if a <= p.start and p.end <= b]
    return inside[-1] if inside else None


def directions(text: str, base: int, actors: list[Span], objects: list[Span]
               ) -> list[tuple[Span, Span]]:
    """(who, what) for each 带领/派出/督导 ... in a clause: the nearest actor before the verb
    directs each organisation or project after it, up to the end of the clause."""
    out = []
    for m in _DIRECT.finditer(text):
        verb, after = base + m.start(), base + m.end()
        start = base + max((x.end() for x in _CLAUSE.finditer(text, 0, m.start())), default=0)
        end = base + next((x.start() for x in _CLAUSE.finditer(text, m.end())), len(text))
        before = [a for a in actors if start <= a.start and a.end <= verb]
        if not before:
            continue
        who = max(before, key=lambda a: a.end)
        for o in objects:
            if after <= o.start and o.end <= end and o.ref != who.ref:
                out.append((who, o))
    return out
