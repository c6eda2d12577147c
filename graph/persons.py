"""Persons across articles: the same name is one person only where the contexts agree.

Each mention of a person in an article is an occurrence with its context: the bodies of the
posts it holds there and the article's jurisdiction. Occurrences are taken in order of date
and article id (so the input order changes nothing) and each joins the first namesake
cluster it is compatible with, by the strongest rule that applies:

1. the user said so (overrides), either way;
2. a body in common (县长 of 沂南县人民政府 in 2022 and in 2024);
3. the same jurisdiction (the same county named by both articles);
4. one jurisdiction inside the other (a county official in an article about its city).

Different jurisdictions, or nothing to tie them, keep two people. Every merge and every
refusal is a decision row (``decisions.jsonl``), with the rule and what supported it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govkg.graph.ids import make_id
from govkg.graph.overrides import Overrides
from govkg.graph.schema import Label
from govkg.graph.scope import ancestors


@dataclass
class Occurrence:
    name: str
    article: str
    local_id: str
    date: str | None
    home: str  # a division code, or article:<id>
    bodies: dict[str, str] = field(default_factory=dict)  # body id -> body name

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.article}"


@dataclass
class Cluster:
    """Namesake occurrences taken for one person, with their context kept up to date so
    that comparing costs the same however many articles the person appears in."""

    name: str
    members: list[Occurrence] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)
    homes: set[str] = field(default_factory=set)
    refs: set[str] = field(default_factory=set)
    id: str = ""

    def add(self, unit: list[Occurrence]) -> None:
        for m in unit:
            self.members.append(m)
            self.bodies.update(m.bodies)
            self.refs.add(m.ref)
            if not m.home.startswith("article:"):
                self.homes.add(m.home)


def _nested(a: str, b: str) -> bool:
    return a in ancestors(b) or b in ancestors(a)


def compare(unit: list[Occurrence], cluster: Cluster, overrides: Overrides
            ) -> tuple[str | None, str, dict]:
    """``("merge" | "refuse" | None, rule, evidence)`` for a unit of occurrences (those the
    user tied together) against a cluster of namesakes."""
    refs = {o.ref for o in unit}
    apart = [tuple(p) for p in overrides.different if p & refs and p & cluster.refs]
    if apart:
        return "refuse", "override: different persons", {"pair": sorted(apart[0])}
    shared = {k: v for o in unit for k, v in o.bodies.items() if k in cluster.bodies}
    if shared:
        return "merge", "same body", {"bodies": sorted(shared.values())}
    homes = {o.home for o in unit if not o.home.startswith("article:")}
    if homes & cluster.homes:
        return "merge", "same jurisdiction", {"places": sorted(homes & cluster.homes)}
    nested = sorted((a, b) for a in homes for b in cluster.homes if _nested(a, b))
    if nested:
        return "merge", "nested jurisdiction", {"places": list(nested[0])}
    if homes and cluster.homes:
        return "refuse", "different jurisdiction", {
            "places": sorted(homes), "other_places": sorted(cluster.homes)}
    return "refuse", "no shared context", {}


def resolve_persons(occurrences: list[Occurrence], overrides: Overrides
                    ) -> tuple[dict[tuple[str, str], str], list[dict]]:
    """``(article, local id) -> person id`` and the decision rows."""
    units = _units(occurrences, overrides)
    clusters: dict[str, list[Cluster]] = {}
    decisions: list[dict] = []
    for unit in units:
        name = unit[0].name
        target = None
        for c in clusters.get(name, []):
            verdict, rule, evidence = compare(unit, c, overrides)
            decisions.append({"name": name, "decision": verdict, "rule": rule,
                              "occurrences": sorted(o.ref for o in unit),
                              "with": [m.ref for m in c.members[:5]], "evidence": evidence})
            if verdict == "merge":
                target = c
                break
        if target is None:
            target = Cluster(name)
            clusters.setdefault(name, []).append(target)
            if len(unit) > 1:
                decisions.append({"name": name, "decision": "merge",
                                  "rule": "override: same person",
                                  "occurrences": sorted(o.ref for o in unit),
                                  "with": [], "evidence": {}})
        target.add(unit)
    ids: dict[tuple[str, str], str] = {}
    for name, group in clusters.items():
        taken: set[str] = set()
        for c in group:
            anchor = sorted(c.homes)[0] if c.homes else c.members[0].ref
            c.id = make_id(Label.PERSON, name, anchor)
            if c.id in taken:  # two namesakes of one place the user or a rule kept apart
                c.id = make_id(Label.PERSON, name, anchor, c.members[0].ref)
            taken.add(c.id)
            for m in c.members:
                ids[(m.article, m.local_id)] = c.id
    by_ref = {o.ref: ids[(o.article, o.local_id)] for o in occurrences}
    for d in decisions:
        d["person"] = by_ref[d["occurrences"][0]]
    return ids, decisions


def _units(occurrences: list[Occurrence], overrides: Overrides) -> list[list[Occurrence]]:
    """Occurrences grouped by the user's same-person pairs, in date and article order."""
    parent = {o.ref: o.ref for o in occurrences}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in overrides.same:
        if a in parent and b in parent and a.split("@")[0] == b.split("@")[0]:
            parent[find(a)] = find(b)
    groups: dict[str, list[Occurrence]] = {}
    for o in sorted(occurrences, key=lambda o: (o.date or "", o.article, o.local_id)):
        groups.setdefault(find(o.ref), []).append(o)
    return sorted(groups.values(), key=lambda u: (u[0].date or "", u[0].article, u[0].local_id))
