"""The build's files: ``graph.json`` (networkx node-link), ``graph.graphml`` (Gephi and other
graph tools), ``neo4j-import/`` (CSV files for ``neo4j-admin database import full``) and
``decisions.jsonl``. Every file is written atomically and byte-identically for the same
input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from govkg.graph.schema import EDGE_PROPERTIES, NODE_PROPERTIES, Label, Rel
from govkg.graph.write import atomic_write_text, new_dir_beside, swap_dir

#: The array delimiter neo4j-admin uses by default; it is replaced inside values.
ARRAY_DELIMITER = ";"


def graph_json(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(g, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph a build wrote to ``graph.json``."""
    data = json.loads(Path(path).read_text("utf-8"))
    return nx.node_link_graph(data, edges="edges")


def write_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    atomic_write_text(path, graph_json(g))


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML holds scalars only: lists (aliases, evidence) become JSON text."""
    flat = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        flat.add_node(n, **_scalars(d))
    for s, t, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(s, t, key=k, **_scalars(d))
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    atomic_write_text(path, buf.getvalue().decode("utf-8"))


def _scalars(d: dict) -> dict:
    out = {}
    for k, v in sorted(d.items()):
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
    return out


def write_decisions(decisions: list[dict], path: str | Path) -> None:
    rows = sorted(decisions, key=lambda d: (d["name"], d["occurrences"], d["with"]))
    atomic_write_text(path, "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n"
                                    for d in rows))


# --- neo4j-admin ---------------------------------------------------------------------------
_TYPES = {str: "string", int: "int", list: "string[]"}


def _array(values: list) -> str:
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "；") for v in values)


def node_header(label: Label) -> list[str]:
    props = [f"{p.name}:{_TYPES.get(p.type, 'string')}" for p in NODE_PROPERTIES[label]]
    return ["id:ID", "name:string", "aliases:string[]", *props, "articles:int", ":LABEL"]


def edge_header(rel: Rel) -> list[str]:
    props = [f"{p.name}s:int[]" for p in EDGE_PROPERTIES[rel]]  # one per evidence item
    return [":START_ID", ":END_ID", ":TYPE", "articles:int", "first_seen:string",
            "last_seen:string", "basis:string", "evidence_articles:string[]",
            "evidence_dates:string[]", "evidence_sentences:string[]", *props]


def write_neo4j_import(g: nx.MultiDiGraph, directory: str | Path) -> None:
    """One CSV per label and per edge type, swapped in as a whole directory."""
    tmp = new_dir_beside(directory)
    for label in Label:
        rows = []
        for n, d in sorted(g.nodes(data=True)):
            if d["label"] != label:
                continue
            props = [d.get(p.name) for p in NODE_PROPERTIES[label]]
            rows.append([n, d["name"], _array(d.get("aliases", [])),
                         *["" if v is None else v for v in props], d.get("articles", 0),
                         label.value])
        _write_csv(tmp / f"nodes_{label.value}.csv", node_header(label), rows)
    for rel in Rel:
        rows = []
        for s, t, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
            if k != rel:
                continue
            ev = d.get("evidence", [])
            extra = [_array([i[p.name] for i in ev if i.get(p.name) is not None])
                     for p in EDGE_PROPERTIES[rel]]
            rows.append([s, t, rel.value, d.get("articles", 0), d.get("first_seen") or "",
                         d.get("last_seen") or "", d.get("basis", "text"),
                         _array([i["article"] for i in ev]),
                         _array([i.get("date") or "" for i in ev]),
                         _array([i["sentence"] for i in ev]), *extra])
        _write_csv(tmp / f"rels_{rel.value}.csv", edge_header(rel), rows)
    swap_dir(tmp, directory)


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def write_build(result, out: str | Path) -> dict[str, Path]:
    """Every file of a build into ``out``; returns them by name."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = {"graph.json": out / "graph.json", "graph.graphml": out / "graph.graphml",
             "decisions.jsonl": out / "decisions.jsonl", "neo4j-import": out / "neo4j-import"}
    write_json(result.graph, files["graph.json"])
    write_graphml(result.graph, files["graph.graphml"])
    write_decisions(result.decisions, files["decisions.jsonl"])
    write_neo4j_import(result.graph, files["neo4j-import"])
    return files


def neo4j_import_command(directory: str = "out/neo4j-import") -> str:
    """The neo4j-admin command that loads the CSV files (Neo4j 5)."""
    nodes = " ".join(f"--nodes={directory}/nodes_{label.value}.csv" for label in Label)
    rels = " ".join(f"--relationships={directory}/rels_{rel.value}.csv" for rel in Rel)
    return (f"neo4j-admin database import full neo4j --overwrite-destination "
            f"--multiline-fields=true {nodes} {rels}")
