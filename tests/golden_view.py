"""The reviewable view of one extraction that golden files hold: what the scorer reads
(persons, posts with bodies, roles, bodies, places, projects, meeting dates, inspections),
then the whole graph: every node with its id and properties, every edge of every type with
its evidence offsets (offsets, not the sentence: the development articles' text stays in
../shared)."""

from __future__ import annotations

from pathlib import Path

from govkg.extract.evaluate import predicted_items

from real_articles import FIXTURES, seed_paths

GOLDEN = Path(__file__).parent / "golden"
SEED_IDS = [p.stem for p in seed_paths()]
#: Development articles pinned by a golden file; their text stays in ../shared/dev.
DEV_IDS = sorted(p.stem for p in GOLDEN.glob("*.json") if p.stem not in SEED_IDS)

__all__ = ["DEV_IDS", "FIXTURES", "GOLDEN", "SEED_IDS", "view"]


def view(result: dict) -> dict:
    items = predicted_items(result)
    out = {"id": result["article"]["id"], "date": result["article"]["date"]}
    for category, values in items.items():
        rows = []
        for v in values:
            if isinstance(v, tuple):
                v = [sorted(x) if isinstance(x, frozenset) else x for x in v]
            rows.append(v)
        out[category] = sorted(rows, key=str)
    out["graph"] = graph_view(result)
    return out


def graph_view(result: dict) -> dict:
    """Nodes as ``[id, label, name, aliases, {properties}]``, edges as ``[type, source,
    target, start, end, source_start, source_end, {properties}]`` with endpoints written
    ``Label:name``, both sorted."""
    core = {"id", "label", "name", "aliases"}
    edge_core = {"source", "target", "type", "evidence", "start", "end", "source_start",
                 "source_end"}
    nodes = {n["id"]: n for n in result["nodes"]}

    def ref(nid: str) -> str:
        return f"{nodes[nid]['label']}:{nodes[nid]['name']}"

    node_rows = [[n["id"], n["label"], n["name"], sorted(n.get("aliases", [])),
                  {k: v for k, v in sorted(n.items()) if k not in core}]
                 for n in result["nodes"]]
    edge_rows = [[e["type"], ref(e["source"]), ref(e["target"]), e["start"], e["end"],
                  e["source_start"], e["source_end"],
                  {k: v for k, v in sorted(e.items()) if k not in edge_core}]
                 for e in result["edges"]]
    return {"nodes": sorted(node_rows, key=str), "edges": sorted(edge_rows, key=str)}
