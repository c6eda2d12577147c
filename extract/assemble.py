"""One article's nodes and edges as they are collected: nodes merged by label and key (one
entity, one node), edges checked against the schema and carrying their evidence sentence."""

from __future__ import annotations

import re

from govkg.extract.article import Article
from govkg.graph.ids import make_id
from govkg.graph.schema import check_edge


class ArticleGraph:
    """Collects nodes and edges for one article, merging nodes by label and key."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.nodes: dict[str, dict] = {}
        self.keys: dict[tuple[str, str], str] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}

    def node(self, label: str, name: str, key: str | None = None, **props) -> str:
        key = key or name
        nid = self.keys.get((label, key))
        if nid is None:
            nid = make_id(self.article.id, label, key)
            self.keys[(label, key)] = nid
            self.nodes[nid] = {"id": nid, "label": label, "name": name, **props}
        else:
            node = self.nodes[nid]
            if len(name) > len(node["name"]):
                node.setdefault("aliases", []).append(node["name"])
                node["name"] = name
            elif name != node["name"] and name not in node.get("aliases", []):
                node.setdefault("aliases", []).append(name)
            for k, v in props.items():
                node.setdefault(k, v)
        return nid

    def merge(self, old: str, new: str) -> None:
        """Fold node ``old`` into ``new``: one entity, one node."""
        gone = self.nodes.pop(old)
        keep = self.nodes[new]
        for n in [gone["name"], *gone.get("aliases", [])]:
            if n != keep["name"] and n not in keep.setdefault("aliases", []):
                keep["aliases"].append(n)
        self.keys = {k: (new if v == old else v) for k, v in self.keys.items()}
        edges = {}
        for (s, t, r), e in self.edges.items():
            s, t = (new if s == old else s), (new if t == old else t)
            e = {**e, "source": s, "target": t}
            edges.setdefault((s, t, r), e)
        self.edges = edges

    def merge_suffix_projects(self) -> None:
        """上虞区“一江两岸”景观工程 and “一江两岸”景观工程 are one project, and so are
        龙城大道-成自泸赤高速公路连接线 and 龙城大道与高速连接线 (same start, same end)."""
        keys = {k: nid for (label, k), nid in self.keys.items() if label == "Project"}
        for k, nid in sorted(keys.items(), key=lambda x: len(x[0])):
            for kk, other in keys.items():
                if other == nid or other not in self.nodes or nid not in self.nodes:
                    continue
                placed = kk.endswith(k) and re.fullmatch(r".{1,6}[省市县区镇乡]", kk[: -len(k)])
                if placed or (k[:2] == kk[:2] and len(k) >= 6 and k[-3:] == kk[-3:]):
                    self.merge(nid, other)
                    break

    def merge_suffix_bodies(self) -> None:
        """国安委 and 旗委国安委 are one body when no other body ends the same way."""
        keys = {k: nid for (label, k), nid in self.keys.items() if label == "Body"}
        for k, nid in sorted(keys.items(), key=lambda x: len(x[0])):
            if nid not in self.nodes or len(k) < 3 or re.fullmatch(r".?(?:政府|委)", k):
                continue  # 省政府 in 省委省政府 is a body of its own
            longer = {v for kk, v in keys.items() if kk != k and kk.endswith(k)
                      and v in self.nodes and v != nid
                      and not re.search(r"[省市县区州旗盟镇乡]$", kk[: -len(k)])}
            if len(longer) == 1:
                self.merge(nid, longer.pop())

    def edge(self, rel: str, source: str, target: str, sentence, **props) -> None:
        """An edge with the sentence it was read from."""
        check_edge(rel, self.nodes[source]["label"], self.nodes[target]["label"])
        k = (source, target, rel)
        if k in self.edges:
            return
        o_start, o_end = self.article.offsets.span(sentence.start, sentence.end)
        self.edges[k] = {"source": source, "target": target, "type": rel,
                         "evidence": sentence.text, "start": sentence.start,
                         "end": sentence.end, "source_start": o_start, "source_end": o_end,
                         **props}
