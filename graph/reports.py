"""What the graph says about one node, as plain data for the command line and notebooks:
a build summary, a person's record over time, and the evidence behind any node's edges.
Pure functions of a built graph."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from govkg.graph.schema import MEETING_ROLES, Label, Rel

ROLE_TYPES = frozenset(r.value for r in MEETING_ROLES)


def summary(g: nx.MultiDiGraph, top: int = 5) -> dict:
    """Counts per label and edge type, and the busiest people and bodies.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", label="Person", name="李明", articles=2)
    >>> g.add_node("m", label="Meeting", name="常委会", articles=1)
    >>> _ = g.add_edge("p", "m", key="CHAIRED", type="CHAIRED", evidence=[])
    >>> summary(g)["labels"], summary(g)["busiest_people"]
    ({'Meeting': 1, 'Person': 1}, [('李明', 1)])
    """
    labels = Counter(d["label"] for _, d in g.nodes(data=True))
    types = Counter(k for _, _, k in g.edges(keys=True))
    people = Counter({n: sum(1 for _, _, k in g.out_edges(n, keys=True) if k in ROLE_TYPES)
                      for n, d in g.nodes(data=True) if d["label"] == Label.PERSON})
    # articles naming the body, then how connected it is
    bodies = Counter({n: d.get("articles", 0) * 10_000 + g.degree(n)
                      for n, d in g.nodes(data=True) if d["label"] == Label.BODY})
    return {
        "labels": dict(sorted(labels.items())), "edge_types": dict(sorted(types.items())),
        "busiest_people": [(g.nodes[n]["name"], c) for n, c in _top(people, top)],
        "busiest_bodies": [(display_name(g, n), g.nodes[n].get("articles", 0))
                           for n, _ in _top(bodies, top)],
    }


def display_name(g: nx.MultiDiGraph, n: str) -> str:
    """A node's name, with its place when the name does not say it: two bodies written
    城投集团 in articles about two cities read 城投集团（嵊州市） and 城投集团（苏州市）."""
    d = g.nodes[n]
    if d["label"] != Label.BODY:
        return d["name"]
    for _, place, k in g.out_edges(n, keys=True):
        if k == Rel.LOCATED_IN and g.nodes[place]["label"] == Label.PLACE:
            where = g.nodes[place]["name"]
            short = where[:2]
            return d["name"] if short in d["name"] else f"{d['name']}（{where}）"
    return d["name"]


def _top(counter: Counter, n: int) -> list[tuple[str, int]]:
    return sorted(((k, c) for k, c in counter.items() if c), key=lambda x: (-x[1], x[0]))[:n]


def find_nodes(g: nx.MultiDiGraph, name_or_id: str, label: str | None = None) -> list[str]:
    """Nodes whose id, name or alias is ``name_or_id``, of ``label`` if given."""
    if name_or_id in g and (label is None or g.nodes[name_or_id]["label"] == label):
        return [name_or_id]
    return sorted(n for n, d in g.nodes(data=True)
                  if (label is None or d["label"] == label)
                  and (d["name"] == name_or_id or name_or_id in d.get("aliases", [])))


def _first(ev: list[dict]) -> dict:
    return min(ev, key=lambda i: (i.get("date") or "9999", i["article"])) if ev else {}


def person_record(g: nx.MultiDiGraph, pid: str, as_of: str | None = None) -> dict:
    """One person's posts over time, meetings, inspections and most frequent companions;
    ``as_of`` (YYYY-MM-DD) keeps what was seen on or before that date."""
    def seen(d: dict) -> bool:
        return as_of is None or (d.get("first_seen") or "") <= as_of

    posts, meetings, inspected = [], [], []
    for _, target, key, d in g.out_edges(pid, keys=True, data=True):
        if not seen(d):
            continue
        t = g.nodes[target]
        first = _first(d["evidence"])
        if key == Rel.HOLDS:
            body_ids = [b for _, b, k in g.out_edges(target, keys=True) if k == Rel.POST_OF]
            bodies = [g.nodes[b]["name"] for b in body_ids]
            posts.append({"title": t["name"], "body": bodies[0] if bodies else None,
                          "body_display": display_name(g, body_ids[0]) if body_ids else None,
                          "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
                          "articles": d.get("articles", 0), "article": first.get("article")})
        elif key in ROLE_TYPES:
            meetings.append({"role": key, "meeting": t["name"], "date": t.get("date"),
                             "rank": first.get("rank"), "article": first.get("article")})
        elif key == Rel.INSPECTED:
            inspected.append({"target": t["name"], "label": t["label"],
                              "date": first.get("date"), "article": first.get("article")})
    posts.sort(key=lambda p: (p["first_seen"] or "", p["title"]))
    meetings.sort(key=lambda m: (m["date"] or "", m["meeting"], m["role"]))
    inspected.sort(key=lambda i: (i["date"] or "", i["target"]))
    return {"id": pid, "name": g.nodes[pid]["name"], "posts": posts, "meetings": meetings,
            "inspected": inspected, "companions": companions(g, pid)}


def companions(g: nx.MultiDiGraph, pid: str, top: int = 5) -> list[tuple[str, int]]:
    """The people met most often: (name, meetings shared)."""
    shared: Counter = Counter()
    meetings = {t for _, t, k in g.out_edges(pid, keys=True) if k in ROLE_TYPES}
    for m in meetings:
        others = {s for s, _, k in g.in_edges(m, keys=True) if k in ROLE_TYPES and s != pid}
        shared.update(others)
    return [(g.nodes[n]["name"], c) for n, c in _top(shared, top)]


def evidence_of(g: nx.MultiDiGraph, nid: str) -> list[dict]:
    """Every edge of a node with the sentences behind it, oldest first."""
    rows = []
    edges = [(s, t, k, d, "out") for s, t, k, d in g.out_edges(nid, keys=True, data=True)]
    edges += [(s, t, k, d, "in") for s, t, k, d in g.in_edges(nid, keys=True, data=True)]
    for s, t, k, d, way in edges:
        other = g.nodes[t if way == "out" else s]
        for ev in d.get("evidence", []) or [{"article": None, "date": None,
                                             "sentence": f"({d.get('basis', 'derived')})"}]:
            rows.append({"type": k, "direction": way, "other": other["name"],
                         "other_label": other["label"], "article": ev["article"],
                         "date": ev.get("date"), "sentence": ev["sentence"],
                         "source_start": ev.get("source_start"),
                         "source_end": ev.get("source_end")})
    rows.sort(key=lambda r: (r["date"] or "", r["article"] or "", r["type"], r["other"]))
    return rows
