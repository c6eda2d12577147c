"""Co-attendance: who sat in the same meetings as whom, as a person-to-person graph weighted
by the number of meetings shared. Built from the meeting role edges (chaired, spoke at,
attended), so a chair and a speaker count as attending."""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from govkg.graph.analysis import meeting_people
from govkg.graph.views.style import ViewRel


def co_attendance(g: nx.MultiDiGraph, min_shared: int = 1) -> nx.MultiDiGraph:
    """Persons linked by the meetings they shared (at least ``min_shared``).

    Each edge runs from the smaller id to the larger, keyed ``CO_ATTENDED``, with ``weight``
    (meetings shared), ``meetings`` (id, name, date of each, oldest first), and
    ``first_seen``/``last_seen`` from the meeting dates. People who shared no meeting with
    anyone are not in it.

    >>> g = nx.MultiDiGraph()
    >>> for n, label in [("a", "Person"), ("b", "Person"), ("m1", "Meeting"), ("m2", "Meeting")]:
    ...     g.add_node(n, label=label, name=n, date="2024-01-0" + n[-1] if n[0] == "m" else None)
    >>> for p, m, k in [("a", "m1", "CHAIRED"), ("b", "m1", "ATTENDED"), ("a", "m2", "SPOKE_AT"),
    ...                 ("b", "m2", "ATTENDED")]:
    ...     _ = g.add_edge(p, m, key=k, type=k)
    >>> h = co_attendance(g)
    >>> h.edges["a", "b", "CO_ATTENDED"]["weight"], h.edges["a", "b", "CO_ATTENDED"]["last_seen"]
    (2, '2024-01-02')
    """
    shared: dict[tuple[str, str], list[str]] = {}
    for meeting, people in meeting_people(g).items():
        for a, b in combinations(sorted(people), 2):
            shared.setdefault((a, b), []).append(meeting)
    h = nx.MultiDiGraph()
    for (a, b), meetings in sorted(shared.items()):
        if len(meetings) < min_shared:
            continue
        rows = sorted(({"id": m, "name": g.nodes[m]["name"], "date": g.nodes[m].get("date")}
                       for m in meetings), key=lambda r: (r["date"] or "9999", r["name"]))
        dates = [r["date"] for r in rows if r["date"]]
        h.add_node(a, **g.nodes[a])
        h.add_node(b, **g.nodes[b])
        h.add_edge(a, b, key=ViewRel.CO_ATTENDED.value, type=ViewRel.CO_ATTENDED.value,
                   weight=len(rows), meetings=rows, first_seen=min(dates, default=None),
                   last_seen=max(dates, default=None))
    return h
