"""Pure functions that cut a view's graph out of the built graph: a date window, the
neighbourhood of some nodes, and a cap on the number of nodes. Each returns a new graph (the
input is never changed) and, where something is left out, a sentence saying what and how to
see it, for the page's note."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable

import networkx as nx

from govkg.graph.schema import Label

#: How the whole-graph cap ranks nodes.
RANKINGS = ("degree", "articles")


def _inside(date: str | None, since: str | None, until: str | None) -> bool:
    return date is not None and (since is None or date >= since) and \
        (until is None or date <= until)


def date_window(g: nx.MultiDiGraph, since: str | None, until: str | None
                ) -> tuple[nx.MultiDiGraph, str]:
    """What was seen between ``since`` and ``until`` (YYYY-MM-DD, inclusive, either open).

    An edge stays with the evidence dated inside the window (its dates and article count
    recomputed from it); a meeting dated inside stays; edges derived without evidence
    (places in the division table) stay between nodes that stay.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", label="Person", name="李明"); g.add_node("m", label="Meeting", name="会")
    >>> ev = [{"article": "a", "date": "2024-01-02", "sentence": "s"},
    ...       {"article": "b", "date": "2025-01-02", "sentence": "t"}]
    >>> _ = g.add_edge("p", "m", key="ATTENDED", type="ATTENDED", evidence=ev)
    >>> h, _ = date_window(g, "2025-01-01", None)
    >>> [e["article"] for e in h.edges["p", "m", "ATTENDED"]["evidence"]]
    ['b']
    >>> date_window(g, "2026-01-01", None)[0].number_of_nodes()
    0
    """
    h = nx.MultiDiGraph()
    undated = outside = 0
    derived = []
    for s, t, k, d in g.edges(keys=True, data=True):
        evidence = d.get("evidence") or []
        if not evidence:
            derived.append((s, t, k, d))
            continue
        kept = [e for e in evidence if _inside(e.get("date"), since, until)]
        if not kept:
            undated += all(e.get("date") is None for e in evidence)
            outside += 1
            continue
        dates = sorted(e["date"] for e in kept)
        h.add_node(s, **g.nodes[s])
        h.add_node(t, **g.nodes[t])
        h.add_edge(s, t, key=k, **{**d, "evidence": kept, "first_seen": dates[0],
                                   "last_seen": dates[-1],
                                   "articles": len({e["article"] for e in kept})})
    for n, d in g.nodes(data=True):
        if d["label"] == Label.MEETING and _inside(d.get("date"), since, until):
            h.add_node(n, **d)
    for s, t, k, d in derived:
        if s in h and t in h:
            h.add_edge(s, t, key=k, **d)
    span = f"between {since} and {until}" if since and until else \
        f"on or after {since}" if since else f"on or before {until}"
    note = (f"Only what was seen {span}: {outside} edges left out, {undated} of them "
            "from undated articles. Drop --since/--until to see them.")
    return h, note


def distances(g: nx.MultiDiGraph, centres: Iterable[str], hops: int) -> dict[str, int]:
    """Hops from the nearest centre for every node within ``hops``, edges taken both ways.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> distances(g, ["a"], 2)
    {'a': 0, 'b': 1, 'c': 2}
    """
    seen = {c: 0 for c in centres}
    queue = deque(seen)
    while queue:
        n = queue.popleft()
        if seen[n] == hops:
            continue
        for m in (*g.successors(n), *g.predecessors(n)):
            if m not in seen:
                seen[m] = seen[n] + 1
                queue.append(m)
    return seen


def ego_network(g: nx.MultiDiGraph, centres: list[str], hops: int
                ) -> tuple[nx.MultiDiGraph, dict[str, int]]:
    """The nodes within ``hops`` of ``centres`` and every edge between them, with each
    node's distance (for the cap to keep the nearest first)."""
    dist = distances(g, centres, hops)
    return g.subgraph(dist).copy(), dist


def rank(g: nx.MultiDiGraph, by: str, first: dict[str, int] | None = None) -> list[str]:
    """Nodes best first: by ``first`` (lower first, e.g. hops from a centre), then by degree
    or supporting articles, then by id so that the order never changes between runs.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> for n in g: g.nodes[n].update(label="Person", articles=1 if n == "c" else 0)
    >>> rank(g, "degree"), rank(g, "articles")
    (['b', 'a', 'c'], ['c', 'a', 'b'])
    """
    if by not in RANKINGS:
        raise ValueError(f"rank by one of {RANKINGS}, not {by!r}")
    first = first or {}

    def score(n: str) -> int:
        return g.degree(n) if by == "degree" else g.nodes[n].get("articles", 0)

    return sorted(g, key=lambda n: (first.get(n, 0), -score(n), n))


def cap(g: nx.MultiDiGraph, max_nodes: int | None, by: str = "degree",
        first: dict[str, int] | None = None, how_to_see: str = "") -> tuple[nx.MultiDiGraph,
                                                                             str | None]:
    """At most ``max_nodes`` nodes (None or 0: all), the best by :func:`rank`, and a note
    naming what was left out, per label, and ``how_to_see`` it.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> for n in g: g.nodes[n].update(label="Person", name=n)
    >>> h, note = cap(g, 2)
    >>> sorted(h), note.split(":")[0]
    (['a', 'b'], 'Showing 2 of 3 nodes (those with the most edges); left out')
    >>> cap(g, 0)[1] is None
    True
    """
    order = rank(g, by, first)
    if not max_nodes or len(order) <= max_nodes:
        return g.copy(), None
    keep = order[:max_nodes]
    h = g.subgraph(keep).copy()
    dropped = Counter(g.nodes[n]["label"] for n in order[max_nodes:])
    left = ", ".join(f"{c} {label}" for label, c in sorted(dropped.items()))
    criterion = "with the most edges" if by == "degree" else "named in the most articles"
    if first:
        criterion = f"nearest, then {criterion}"
    note = (f"Showing {len(keep)} of {len(order)} nodes (those {criterion}); left out: "
            f"{left}, and {g.number_of_edges() - h.number_of_edges()} edges.")
    return h, f"{note} {how_to_see}".strip()
