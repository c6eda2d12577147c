"""Typed records for what crosses the seams between stages: nodes, edges with their
evidence, and one article's extraction. Their JSON form is the ``govkg extract`` output
contract (ANNOTATION.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govkg.graph.schema import EDGE_PROPERTIES, Label, Rel, check_edge, node_property_names


@dataclass
class Node:
    """One entity. ``props`` holds the label's declared properties (graph/schema.py).

    >>> Node("n1", Label.PLACE, "泽州县", props={"level": "county"}).to_json()
    {'id': 'n1', 'label': 'Place', 'name': '泽州县', 'level': 'county'}
    """

    id: str
    label: Label
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def add_name(self, name: str) -> None:
        """Another written form: the longer one becomes the name, the other an alias."""
        if len(name) > len(self.name):
            self.aliases.append(self.name)
            self.name = name
        elif name != self.name and name not in self.aliases:
            self.aliases.append(name)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"id": self.id, "label": self.label.value, "name": self.name}
        out.update((k, self.props[k]) for k in node_property_names(self.label)
                   if k in self.props)
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class Evidence:
    """The sentence an edge was read from, with its offsets in the cleaned text and in the
    decoded original file."""

    sentence: str
    start: int
    end: int
    source_start: int
    source_end: int


@dataclass
class Edge:
    source: str
    target: str
    type: Rel
    evidence: Evidence
    props: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict:
        ev = self.evidence
        out: dict[str, Any] = {
            "source": self.source, "target": self.target, "type": self.type.value,
            "evidence": ev.sentence, "start": ev.start, "end": ev.end,
            "source_start": ev.source_start, "source_end": ev.source_end,
        }
        out.update((p.name, self.props[p.name]) for p in EDGE_PROPERTIES[self.type]
                   if p.name in self.props)
        return out


@dataclass
class Extraction:
    """One article's nodes and edges; ``article`` is its id, title, date, source and url."""

    article: dict[str, Any]
    nodes: list[Node]
    edges: list[Edge]

    def to_json(self) -> dict:
        return {"article": dict(self.article), "nodes": [n.to_json() for n in self.nodes],
                "edges": [e.to_json() for e in self.edges]}

    @classmethod
    def from_json(cls, data: dict) -> Extraction:
        """The record back from its JSON form (a cached or saved ``govkg extract`` line)."""
        nodes = []
        for n in data["nodes"]:
            props = {k: v for k, v in n.items() if k not in ("id", "label", "name", "aliases")}
            nodes.append(Node(n["id"], Label(n["label"]), n["name"], list(n.get("aliases", [])),
                              props))
        edges = []
        for e in data["edges"]:
            ev = Evidence(e.get("evidence", ""), e.get("start", 0), e.get("end", 0),
                          e.get("source_start", 0), e.get("source_end", 0))
            rel = Rel(e["type"])
            props = {p.name: e[p.name] for p in EDGE_PROPERTIES[rel] if p.name in e}
            edges.append(Edge(e["source"], e["target"], rel, ev, props))
        return cls(dict(data["article"]), nodes, edges)

    def check(self) -> None:
        """Every edge links existing nodes in a way the schema allows."""
        labels = {n.id: n.label for n in self.nodes}
        for e in self.edges:
            check_edge(e.type, labels[e.source], labels[e.target])
