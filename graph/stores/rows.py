"""A built graph as rows for a store: one table of nodes per label and one table of edges per
edge type and pair of labels, with columns generated from the schema (graph/schema.py).

Both backends load these rows, so that the embedded store and a Neo4j server hold the same
properties under the same names. Lists follow the neo4j-admin export (graph/exports.py):
an edge's evidence becomes aligned arrays, ``evidence_articles[i]``, ``evidence_dates[i]``,
``evidence_sentences[i]`` and, for meeting roles, ``evidence_ranks[i]`` (0 where the article
gives no rank, because Neo4j arrays cannot hold nulls). A role edge also carries ``rank``, the
smallest of its ranks: the most senior place any article lists the person in.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

from govkg.graph.schema import (
    EDGE_PROPERTIES,
    NODE_PROPERTIES,
    PATTERNS,
    Label,
    Rel,
    SchemaError,
)

#: Column kinds, the types both backends know.
STRING, INT, STRINGS, INTS = "string", "int", "string[]", "int[]"
_KINDS = {str: STRING, int: INT, list: STRINGS}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str


def node_columns(label: Label) -> tuple[Column, ...]:
    """The columns of a node table: the core, then the label's own properties."""
    own = tuple(Column(p.name, _KINDS.get(p.type, STRING)) for p in NODE_PROPERTIES[label])
    return (Column("id", STRING), Column("name", STRING), Column("aliases", STRINGS),
            Column("articles", INT), Column("article_ids", STRINGS), *own)


def edge_columns(rel: Rel) -> tuple[Column, ...]:
    """The property columns of an edge table (its endpoints are ``source`` and ``target``)."""
    own = []
    for p in EDGE_PROPERTIES[rel]:
        kind = _KINDS.get(p.type, STRING)
        own += [Column(p.name, kind), Column(f"evidence_{p.name}s", f"{kind}[]")]
    return (Column("articles", INT), Column("first_seen", STRING), Column("last_seen", STRING),
            Column("basis", STRING), Column("evidence_articles", STRINGS),
            Column("evidence_dates", STRINGS), Column("evidence_sentences", STRINGS), *own)


def edge_patterns() -> list[tuple[Rel, Label, Label]]:
    """Every (type, source label, target label) the schema allows, in a stable order."""
    return [(rel, s, t) for rel in Rel for s, t in sorted(PATTERNS[rel])]


@dataclass
class Tables:
    """Columnar tables of a graph: ``nodes[label][column]`` and ``edges[(rel, s, t)][column]``
    (edge tables also have ``source`` and ``target``)."""

    nodes: dict[Label, dict[str, list]] = field(default_factory=dict)
    edges: dict[tuple[Rel, Label, Label], dict[str, list]] = field(default_factory=dict)

    def node_count(self) -> int:
        return sum(len(t["id"]) for t in self.nodes.values())

    def edge_count(self) -> int:
        return sum(len(t["source"]) for t in self.edges.values())


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: a load makes millions of small lists, none of
    them cyclic, and the collector's passes over them would take most of its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Groups:
    """A graph's nodes by label and edges by (type, source label, target label), as
    ``(id, data)`` and ``(source, target, data)``: what the tables are made of."""

    nodes: dict[Label, list[tuple[str, dict]]]
    edges: dict[tuple[Rel, Label, Label], list[tuple[str, str, dict]]]

    def node_count(self) -> int:
        return sum(len(items) for items in self.nodes.values())

    def edge_count(self) -> int:
        return sum(len(items) for items in self.edges.values())


def group(g: nx.MultiDiGraph) -> Groups:
    """Nodes and edges sorted into their tables, in the graph's own order (a built graph's is
    deterministic). An edge outside the schema's patterns raises :class:`SchemaError`."""
    # plain dict look-ups: an Enum call per row would cost more than the row
    labels, rels = {lb.value: lb for lb in Label}, {r.value: r for r in Rel}
    by_label: dict[Label, list] = {lb: [] for lb in Label}
    node_label = {}
    for n, d in g.nodes(data=True):
        node_label[n] = label = labels[d["label"]]
        by_label[label].append((n, d))
    by_pattern: dict[tuple[Rel, Label, Label], list] = {p: [] for p in edge_patterns()}
    for s, t, k, d in g.edges(keys=True, data=True):
        items = by_pattern.get((rels[k], node_label[s], node_label[t]))
        if items is None:
            raise SchemaError(f"{k} may not link {node_label[s]} to {node_label[t]} "
                              f"({s} -> {t})")
        items.append((s, t, d))
    return Groups(by_label, by_pattern)


def tables(g: nx.MultiDiGraph) -> Tables:
    """The graph as columns (one comprehension per column: a dict per row would cost more
    than the values themselves)."""
    with gc_paused():
        groups = group(g)
        return Tables({label: node_table(label, items) for label, items in groups.nodes.items()},
                      {key: edge_table(key[0], items) for key, items in groups.edges.items()})


def _columns(items: list[tuple], width: int) -> list[list]:
    """Tuples as columns, in one pass at C speed."""
    if not items:
        return [[] for _ in range(width)]
    return [list(column) for column in zip(*items, strict=True)]


def node_table(label: Label, items: list[tuple[str, dict]]) -> dict[str, list]:
    ids, ds = _columns(items, 2)
    table = {"id": ids, "name": [d["name"] for d in ds],
             "aliases": [list(d.get("aliases") or ()) for d in ds],
             "articles": [int(d.get("articles") or 0) for d in ds],
             "article_ids": [list(d.get("article_ids") or ()) for d in ds]}
    for p in NODE_PROPERTIES[label]:
        table[p.name] = [d.get(p.name) for d in ds]
    return table


def edge_table(rel: Rel, items: list[tuple[str, str, dict]]) -> dict[str, list]:
    """Indexing, not .get(), for what govkg.graph.build puts on every edge and evidence item:
    a million .get() calls are a quarter of a large load's Python time."""
    sources, targets, ds = _columns(items, 3)
    evs = [d["evidence"] for d in ds]
    table = {"source": sources, "target": targets,
             "articles": [d["articles"] for d in ds],
             "first_seen": [d["first_seen"] for d in ds],
             "last_seen": [d["last_seen"] for d in ds],
             "basis": [d.get("basis", "text") for d in ds],
             "evidence_articles": [[i["article"] for i in ev] for ev in evs],
             "evidence_dates": [[i["date"] or "" for i in ev] for ev in evs],
             "evidence_sentences": [[i["sentence"] for i in ev] for ev in evs]}
    for p in EDGE_PROPERTIES[rel]:
        given = [[i.get(p.name) for i in ev] for ev in evs]
        table[p.name] = [min((v for v in vs if v is not None), default=None) for vs in given]
        table[f"evidence_{p.name}s"] = [[0 if v is None else v for v in vs] for vs in given]
    return table


def row_dicts(table: dict[str, list]) -> list[dict]:
    """A columnar table as one dict per row (what ``UNWIND $rows`` takes)."""
    names = list(table)
    return [dict(zip(names, values, strict=True)) for values in zip(*table.values(), strict=True)]


@dataclass(frozen=True)
class Counts:
    """Nodes per label and edges per type, every label and type of the schema present."""

    labels: dict[str, int]
    types: dict[str, int]

    @property
    def nodes(self) -> int:
        return sum(self.labels.values())

    @property
    def edges(self) -> int:
        return sum(self.types.values())


def graph_counts(g: nx.MultiDiGraph) -> Counts:
    """What a store holding ``g`` must count."""
    labels = Counter(d["label"] for _, d in g.nodes(data=True))
    types = Counter(k for _, _, k in g.edges(keys=True))
    return Counts({lb.value: labels.get(lb.value, 0) for lb in Label},
                  {r.value: types.get(r.value, 0) for r in Rel})
