"""Protocol order (协议顺序): Chinese reports list officials in strict order of rank, so the
order in which articles list people at meetings reveals seniority. Each role edge's evidence
keeps the person's ``rank`` in its article's listing; this module turns the listings into
an observed seniority order per body (or place) and period.

Each listing (one meeting as one article reports it) votes for every pair in it: whoever is
listed first is senior. A pair's majority decides it, and people are ordered by the pairs they
win minus the pairs they lose (Copeland's method), then by their mean relative position, so
that someone listed once, last, is not outranked by people merely listed more often.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from govkg.graph.schema import MEETING_ROLES, Label, Rel

_ROLES = frozenset(r.value for r in MEETING_ROLES)


def members(g: nx.MultiDiGraph, body: str) -> set[str]:
    """People holding a post of ``body``, or of a body located in the place ``body``."""
    bodies = {body}
    if g.nodes[body]["label"] == Label.PLACE:
        bodies = {s for s, _, k in g.in_edges(body, keys=True)
                  if k == Rel.LOCATED_IN and g.nodes[s]["label"] == Label.BODY}
    posts = {s for b in bodies for s, _, k in g.in_edges(b, keys=True) if k == Rel.POST_OF}
    return {s for p in posts for s, _, k in g.in_edges(p, keys=True) if k == Rel.HOLDS}


def listings(g: nx.MultiDiGraph, people: set[str], year: str | None = None
             ) -> list[list[str]]:
    """Each article's listing of ``people`` at each meeting, in rank order."""
    ranked: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for p in sorted(people):
        for _, m, k, d in g.out_edges(p, keys=True, data=True):
            if k not in _ROLES:
                continue
            date = g.nodes[m].get("date") or ""
            if year and not date.startswith(year):
                continue
            for ev in d.get("evidence", []):
                if ev.get("rank") is not None:
                    slot = ranked[(m, ev["article"])]
                    slot[p] = min(slot.get(p, ev["rank"]), ev["rank"])
    return [sorted(slot, key=lambda p: (slot[p], p)) for _, slot in sorted(ranked.items())
            if len(slot) > 1]


def seniority(g: nx.MultiDiGraph, body: str, year: str | None = None) -> list[dict]:
    """The observed order of the people of ``body`` (a Body or Place node id), senior first,
    from the listings of ``year`` (YYYY) or of all years.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("b", label="Body", name="县委")
    >>> for p, name in [("a", "甲"), ("c", "丙")]:
    ...     g.add_node(p, label="Person", name=name); g.add_node(p + "x", label="Post", name="常委")
    ...     _ = g.add_edge(p, p + "x", key="HOLDS"); _ = g.add_edge(p + "x", "b", key="POST_OF")
    >>> g.add_node("m", label="Meeting", name="常委会", date="2024-03-05")
    >>> _ = g.add_edge("c", "m", key="ATTENDED", evidence=[{"article": "x", "rank": 1}])
    >>> _ = g.add_edge("a", "m", key="ATTENDED", evidence=[{"article": "x", "rank": 2}])
    >>> [r["name"] for r in seniority(g, "b", "2024")]
    ['丙', '甲']
    """
    votes: dict[tuple[str, str], int] = defaultdict(int)  # (senior, junior) -> listings
    positions: dict[str, list[float]] = defaultdict(list)
    for listing in listings(g, members(g, body), year):
        n = len(listing)
        for i, p in enumerate(listing):
            positions[p].append(i / (n - 1))
            for q in listing[i + 1:]:
                votes[(p, q)] += 1
    score: dict[str, int] = defaultdict(int)
    for (p, q), n in votes.items():
        against = votes.get((q, p), 0)
        if n > against or (n == against and p < q):  # count each pair once
            if n != against:
                score[p] += 1
                score[q] -= 1
    order = sorted(positions, key=lambda p: (-score[p], sum(positions[p]) / len(positions[p]),
                                             g.nodes[p]["name"]))
    return [{"id": p, "name": g.nodes[p]["name"], "score": score[p],
             "listings": len(positions[p]), "rank": i + 1} for i, p in enumerate(order)]
