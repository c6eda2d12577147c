"""A view as the data its page draws: vis-network nodes, edges and options, the legend, the
notes. Plain JSON-ready dicts, so that tests can compare what the page draws with what the
view holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from govkg.graph.schema import Label, Rel
from govkg.graph.views.style import (
    EDGE_COLOUR,
    LABEL_STYLE,
    SHAPE_GLYPH,
    edge_caption,
    edge_kind,
    edge_names,
    label_names,
)
from govkg.graph.views.tooltips import edge_tooltip, node_tooltip

#: Longest the page lets the layout run (ms from its start), so that a big view settles in
#: seconds on a slow machine instead of spinning; small views normally settle well before
#: their budget, which is there for a machine under load.
LAYOUT_BUDGET_MS = {"big": 3000, "small": 10000}
#: Views with more nodes than this get the cheaper physics and hide labels until zoomed in.
BIG = 300
#: The fonts the views ask for, Chinese first (fonts-noto-cjk on Debian).
FONT = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
        '"Microsoft YaHei", sans-serif')


@dataclass
class View:
    """What one page shows: ``graph`` is drawn; ``source`` (the whole built graph) gives
    the facts in node tooltips; ``notes`` say what was left out and how to see it;
    ``focus`` are the nodes the view is about (ringed, selected on opening)."""

    graph: nx.MultiDiGraph
    source: nx.MultiDiGraph
    title: str
    notes: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)


def hint(g: nx.MultiDiGraph, nid: str) -> str:
    """A few words that tell apart nodes sharing a name: a person's latest post, the body a
    post belongs to, the place something is in, a meeting's date."""
    d = g.nodes[nid]
    if d["label"] == Label.PERSON:
        posts = sorted((e.get("last_seen") or "", t)
                       for _, t, k, e in g.out_edges(nid, keys=True, data=True) if k == Rel.HOLDS)
        if posts:
            post = posts[-1][1]
            body = hint(g, post) if any(k == Rel.POST_OF for *_, k in
                                        g.out_edges(post, keys=True)) else ""
            return g.nodes[post]["name"] + (f"（{body}）" if body else "")
    if d["label"] == Label.MEETING and d.get("date"):
        return d["date"]
    for _, t, k in g.out_edges(nid, keys=True):
        if k in (Rel.POST_OF, Rel.LOCATED_IN, Rel.PART_OF):
            return g.nodes[t]["name"]
    return nid[:8]


def wrap(text: str, width: int = 12) -> str:
    """Long names on several lines (vis-network breaks lines only at spaces, which Chinese
    does not have).

    >>> print(wrap("城投集团组织召开城市管养提升现场会", 8))
    城投集团组织召开
    城市管养提升现场
    会
    """
    return "\n".join(text[i:i + width] for i in range(0, len(text), width)) or text


def _nodes(view: View) -> list[dict]:
    g, source = view.graph, view.source
    names = Counter(d["name"] for _, d in g.nodes(data=True))
    rows = []
    for n, d in sorted(g.nodes(data=True)):
        tell = hint(source, n) if names[d["name"]] > 1 else ""
        shown = wrap(d["name"]) + (f"\n{tell}" if tell else "")
        rows.append({"id": n, "label": shown, "name": d["name"], "hint": tell,
                     "aliases": d.get("aliases", []), "group": d["label"],
                     "value": g.degree(n), "focus": n in view.focus,
                     "tooltip": node_tooltip(source if n in source else g, n)})
    return rows


def _edges(g: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for (s, t), keys in _pairs(g).items():
        for i, k in enumerate(keys):
            d = g.edges[s, t, k]
            row = {"id": f"{s}|{t}|{k}", "from": s, "to": t, "type": k,
                   "label": edge_caption(k), "color": EDGE_COLOUR[edge_kind(k)],
                   "tooltip": edge_tooltip(g, s, t, k)}
            if "weight" in d:  # co-attendance: undirected, as wide as the meetings shared
                row["value"], row["arrows"] = d["weight"], False
                row["label"] = f"{row['label']} ×{d['weight']}"
            if len(keys) > 1:  # curve parallel edges apart so each label can be read
                row["smooth"] = {"enabled": True, "type": "curvedCW",
                                 "roundness": 0.15 + 0.2 * i}
            rows.append(row)
    return rows


def _pairs(g: nx.MultiDiGraph) -> dict[tuple[str, str], list[str]]:
    pairs: dict[tuple[str, str], list[str]] = {}
    for s, t, k in sorted(g.edges(keys=True)):
        pairs.setdefault((s, t), []).append(k)
    return pairs


def legend(g: nx.MultiDiGraph) -> dict:
    """The labels and edge types in the view, with colour, symbol, names and count."""
    labels = Counter(d["label"] for _, d in g.nodes(data=True))
    types = Counter(k for *_, k in g.edges(keys=True))
    return {
        "labels": [{"key": label.value, "names": label_names(label), "count": labels[label],
                    "colour": LABEL_STYLE[label][0],
                    "glyph": SHAPE_GLYPH[LABEL_STYLE[label][1]]}
                   for label in Label if labels[label]],
        "types": [{"key": k, "names": edge_names(k), "count": c,
                   "colour": EDGE_COLOUR[edge_kind(k)]} for k, c in sorted(types.items())],
    }


def physics(big: bool) -> dict:
    """ForceAtlas2 physics. Big views take coarser Barnes-Hut steps (half the cost) and
    bigger time steps, to come near a layout in the few iterations the page's time budget
    allows; the page checks the budget between batches of ``updateInterval`` iterations."""
    return {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springConstant": 0.08,
                             "springLength": 80,
                             "avoidOverlap": 0.4,
                             "centralGravity": 0.03 if big else 0.015,
                             "theta": 0.9 if big else 0.5},
        "timestep": 1.0 if big else 0.5, "maxVelocity": 150 if big else 50, "minVelocity": 1.0,
        "stabilization": {"enabled": True, "fit": True, "iterations": 1000,
                          "updateInterval": 5 if big else 25},
    }


def _colours(colour: str) -> dict:
    """A label's colour in every state: selected and hovered nodes keep it (vis-network
    would turn them pale blue) and get a dark border instead."""
    dark = {"background": colour, "border": "#222222"}
    return {"background": colour, "border": colour, "highlight": dark, "hover": dark}


def vis_options(n_nodes: int) -> dict:
    """vis-network options: colour and shape per label, physics that stabilise (the page
    stops them at :data:`LAYOUT_BUDGET_MS` if they have not settled, and then switches them
    off), labels that appear only when zoomed in far enough to read them."""
    big = n_nodes > BIG
    return {
        "groups": {label.value: {"shape": shape, "color": _colours(colour)}
                   for label, (colour, shape) in LABEL_STYLE.items()},
        "nodes": {"font": {"face": FONT, "size": 14, "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 30,
                              "label": {"enabled": True, "min": 14, "max": 20,
                                        "drawThreshold": 9 if big else 5}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 10, "align": "middle", "color": "#555555"},
                  "scaling": {"min": 1, "max": 8, "label": {"enabled": False,
                                                            "drawThreshold": 8}},
                  "smooth": False, "width": 1.2, "selectionWidth": 2},
        "physics": physics(big),
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "navigationButtons": False, "keyboard": False},
    }


def view_data(view: View) -> dict:
    """Everything the page needs, JSON-ready."""
    return {"title": view.title, "notes": view.notes, "focus": view.focus,
            "nodes": _nodes(view), "edges": _edges(view.graph), "legend": legend(view.graph),
            "options": vis_options(view.graph.number_of_nodes()),
            "layout_budget_ms": LAYOUT_BUDGET_MS[
                "big" if view.graph.number_of_nodes() > BIG else "small"]}
