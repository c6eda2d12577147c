"""Enterprises under several names across articles: 楚源交通投资集团有限公司, 楚源交投集团
and 交投集团 are one firm when nothing else could be meant. A short name is an abbreviation
of a long one when it keeps the long name's ending (集团, 公司) and its other characters, in
order, from the start of the long name or after a two-character place (楚源, 湖北).

Only firms in compatible jurisdictions are compared (the same division, one inside the other,
or an article that names no place), and a short name joins a long one only when exactly one
long name fits: two 交投集团 candidates leave it alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

_FIRM = re.compile(r"^(.+?)(集团公司|集团|公司)((?:党委|党组|纪委|工会)?)$")


def split_firm(name: str) -> tuple[str, str, str] | None:
    """``(core, ending, sub-body)`` of a firm's name, or None.

    >>> split_firm("楚源交投集团党委")
    ('楚源交投', '集团', '党委')
    """
    m = _FIRM.match(name)
    return (m.group(1), m.group(2), m.group(3)) if m and len(m.group(1)) >= 2 else None


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def abbreviation_of(short: str, long: str) -> bool:
    """Whether the core ``short`` abbreviates the core ``long``.

    >>> abbreviation_of("交投", "楚源交通投资"), abbreviation_of("楚源交投", "楚源交通投资")
    (True, True)
    >>> abbreviation_of("城投", "楚源交通投资"), abbreviation_of("交通投资", "交通投资")
    (False, False)
    """
    if short == long or len(short) >= len(long):
        return False
    return any(long[i:i + 1] == short[:1] and _subsequence(short[1:], long[i + 1:])
               for i in (0, 2))


def compatible(a: str, b: str, ancestors: Callable[[str], list[str]]) -> bool:
    """Two scopes (division codes or ``article:<id>``) that may hold the same firm."""
    if a.startswith("article:") or b.startswith("article:") or a == b:
        return True
    return a in ancestors(b) or b in ancestors(a)


def join_firms(groups: dict[str, set[tuple[str, str]]], uf,
               ancestors: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """Join, in the union-find ``uf``, the body groups that are one firm, longest short
    names first, and return the pairs joined. ``groups`` maps each group's root key to its
    ``(scope, canonical name)`` pairs."""
    index: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    shorts = []
    for root, names in groups.items():
        for scope, name in names:
            parts = split_firm(name)
            if not parts:
                continue
            core, ending, sub = parts
            for i in (0, 2):
                if i < len(core):
                    index[(ending, sub, core[i])].append((core, scope, root))
            shorts.append((core, ending, sub, scope, root))
    unions = []
    for core, ending, sub, scope, root in sorted(shorts, key=lambda x: (-len(x[0]), x)):
        mine = uf.find(root)
        fits = {uf.find(r) for long, s, r in index[(ending, sub, core[0])]
                if abbreviation_of(core, long) and compatible(scope, s, ancestors)} - {mine}
        if len(fits) == 1:
            other = fits.pop()
            uf.union(mine, other)
            unions.append((root, other))
    return unions
