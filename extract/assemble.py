"""One article's nodes and edges as they are collected: nodes merged by label and key (one
entity, one node), edges checked against the schema and carrying their evidence sentence."""

from __future__ import annotations

from typing import Any

from govkg.extract.article import Article
from govkg.graph.ids import make_id
from govkg.graph.records import Edge, Evidence, Extraction, Node
from govkg.graph.schema import Label, Rel, check_edge, check_properties


class ArticleGraph:
    """Collects nodes and edges for one article, merging nodes by label and key."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.nodes: dict[str, Node] = {}
        self.keys: dict[tuple[Label, str], str] = {}
        self.edges: dict[tuple[str, str, Rel], Edge] = {}

    def node(self, label: Label, name: str, key: str | None = None, **props: Any) -> str:
        """The id of the node for ``(label, key)``, made on first sight; a later mention
        adds its name as an alias and fills properties not yet known."""
        check_properties(label, props)
        key = key or name
        nid = self.keys.get((label, key))
        if nid is None:
            nid = make_id(self.article.id, label, key)
            self.keys[(label, key)] = nid
            self.nodes[nid] = Node(nid, label, name, props=dict(props))
        else:
            node = self.nodes[nid]
            node.add_name(name)
            for k, v in props.items():
                node.props.setdefault(k, v)
        return nid

    def has(self, label: Label, key: str) -> bool:
        return (label, key) in self.keys

    def label_of(self, nid: str) -> Label:
        return self.nodes[nid].label

    def merge(self, old: str, new: str) -> None:
        """Fold node ``old`` into ``new``: one entity, one node."""
        gone = self.nodes.pop(old)
        keep = self.nodes[new]
        for n in [gone.name, *gone.aliases]:
            if n != keep.name and n not in keep.aliases:
                keep.aliases.append(n)
        self.keys = {k: (new if v == old else v) for k, v in self.keys.items()}
        edges: dict[tuple[str, str, Rel], Edge] = {}
        for (s, t, r), e in self.edges.items():
            s, t = (new if s == old else s), (new if t == old else t)
            edges.setdefault((s, t, r), Edge(s, t, e.type, e.evidence, e.props))
        self.edges = edges

    def edge(self, rel: Rel, source: str, target: str, sentence, **props: Any) -> None:
        """An edge with the sentence it was read from; the first reading of an edge wins."""
        check_edge(rel, self.nodes[source].label, self.nodes[target].label)
        k = (source, target, rel)
        if k in self.edges:
            return
        o_start, o_end = self.article.offsets.span(sentence.start, sentence.end)
        evidence = Evidence(sentence.text, sentence.start, sentence.end, o_start, o_end)
        self.edges[k] = Edge(source, target, rel, evidence, dict(props))

    def extraction(self) -> Extraction:
        a = self.article
        head: dict[str, Any] = {"id": a.id, "title": a.title, "date": a.date}
        if a.source:
            head["source"] = a.source
        if a.url:
            head["url"] = a.url
        return Extraction(head, list(self.nodes.values()), list(self.edges.values()))
