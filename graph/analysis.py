"""Who meets whom, who matters, and how careers run: pure functions of a built graph (after
networkx's algorithm modules), each returning plain data that a notebook turns into a table.

>>> g = nx.MultiDiGraph()
>>> for n, name in [("a", "甲"), ("b", "乙"), ("c", "丙")]:
...     g.add_node(n, label="Person", name=name)
>>> for m in ("m1", "m2"):
...     g.add_node(m, label="Meeting", name=m, date="2024-03-0" + m[1])
>>> for p, m in [("a", "m1"), ("b", "m1"), ("a", "m2"), ("b", "m2"), ("c", "m2")]:
...     _ = g.add_edge(p, m, key="ATTENDED")
>>> co = co_attendance(g)
>>> co["a"]["b"]["weight"], co["a"]["c"]["weight"]
(2, 1)
>>> strongest_ties(co, 1)
[('乙', '甲', 2)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from govkg.graph.schema import MEETING_ROLES, Label, Rel

_ROLES = frozenset(r.value for r in MEETING_ROLES)


def meeting_people(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Each meeting's people: whoever chaired, spoke at or attended it."""
    out: dict[str, set[str]] = defaultdict(set)
    for s, t, k in g.edges(keys=True):
        if k in _ROLES and g.nodes[s]["label"] == Label.PERSON:
            out[t].add(s)
    return dict(out)


def co_attendance(g: nx.MultiDiGraph, min_shared: int = 1) -> nx.Graph:
    """Persons linked by the meetings they shared: edge ``weight`` is how many, ``meetings``
    which. Person attributes (name, ...) are kept."""
    co = nx.Graph()
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting, people in sorted(meeting_people(g).items()):
        for a, b in combinations(sorted(people), 2):
            pairs[(a, b)].append(meeting)
    for (a, b), meetings in pairs.items():
        if len(meetings) >= min_shared:
            for n in (a, b):
                co.add_node(n, **g.nodes[n])
            co.add_edge(a, b, weight=len(meetings), meetings=meetings)
    return co


def strongest_ties(co: nx.Graph, top: int = 10) -> list[tuple[str, str, int]]:
    """The pairs who met most often, as ``(name, name, meetings)``."""
    rows = [(co.nodes[a]["name"], co.nodes[b]["name"], d["weight"])
            for a, b, d in co.edges(data=True)]
    rows = [(min(a, b), max(a, b), w) for a, b, w in rows]
    return sorted(rows, key=lambda r: (-r[2], r[0], r[1]))[:top]


def centrality(co: nx.Graph) -> list[dict]:
    """Degree and betweenness centrality of each person in a co-attendance network, the
    most central first (betweenness counts a tie of weight w as distance 1/w)."""
    if co.number_of_nodes() == 0:
        return []
    for _, _, d in co.edges(data=True):
        d["distance"] = 1 / d["weight"]
    degree = nx.degree_centrality(co)
    between = nx.betweenness_centrality(co, weight="distance")
    rows = [{"id": n, "name": co.nodes[n]["name"], "degree": round(degree[n], 4),
             "betweenness": round(between[n], 4), "meetings_shared":
             sum(d["weight"] for _, _, d in co.edges(n, data=True))} for n in co]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["name"]))


def communities(co: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Groups of people who meet among themselves (Louvain, weighted; deterministic for a
    seed), largest first, as lists of names."""
    if co.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(co, weight="weight", seed=seed)
    named = [sorted(co.nodes[n]["name"] for n in group) for group in groups]
    return sorted(named, key=lambda names: (-len(names), names))


def careers(g: nx.MultiDiGraph, people: list[str] | None = None) -> list[dict]:
    """Every post each person held, with the dates it was seen: one row per (person, post),
    ordered by person and first sighting. ``people`` limits it to those node ids."""
    rows = []
    for p, d in g.nodes(data=True):
        if d["label"] != Label.PERSON or (people is not None and p not in people):
            continue
        for _, post, k, e in g.out_edges(p, keys=True, data=True):
            if k != Rel.HOLDS:
                continue
            bodies = [g.nodes[b]["name"] for _, b, kk in g.out_edges(post, keys=True)
                      if kk == Rel.POST_OF]
            rows.append({"person": d["name"], "id": p, "post": g.nodes[post]["name"],
                         "body": bodies[0] if bodies else None,
                         "first_seen": e.get("first_seen"), "last_seen": e.get("last_seen"),
                         "articles": e.get("articles", 0)})
    return sorted(rows, key=lambda r: (r["person"], r["id"], r["first_seen"] or "", r["post"]))


def busiest_bodies(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Bodies by the meetings they convened, the posts of theirs seen held, and the
    articles naming them."""
    convened: Counter = Counter()
    posts: Counter = Counter()
    for s, t, k in g.edges(keys=True):
        if k == Rel.CONVENED:
            convened[s] += 1
        elif k == Rel.POST_OF:
            posts[t] += 1
    rows = [{"body": d["name"], "id": n, "meetings_convened": convened[n], "posts": posts[n],
             "articles": d.get("articles", 0)}
            for n, d in g.nodes(data=True) if d["label"] == Label.BODY]
    rows.sort(key=lambda r: (-r["meetings_convened"], -r["posts"], -r["articles"], r["body"]))
    return rows[:top]
