"""The views a build writes by default, and ``views/index.html`` linking them: the whole
graph, the co-attendance network, and the neighbourhood of the busiest people."""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from govkg.graph.schema import MEETING_ROLES, Label
from govkg.graph.views.data import View
from govkg.graph.views.make import (
    DEFAULT_MAX_NODES,
    co_attendance_view,
    ego_view,
    whole_graph_view,
)
from govkg.graph.views.page import CSP, write_html
from govkg.graph.write import atomic_write_text

_ROLES = frozenset(r.value for r in MEETING_ROLES)
#: The pages the last build wrote, one name a line, so that the next removes only its own.
MANIFEST = ".default-views"


def busiest_people(g: nx.MultiDiGraph, top: int = 3) -> list[str]:
    """Ids of the people with the most meeting roles (then articles, then id).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="Person", name="甲", articles=1)
    >>> g.add_node("b", label="Person", name="乙", articles=2)
    >>> g.add_node("m", label="Meeting", name="会")
    >>> _ = g.add_edge("a", "m", key="CHAIRED")
    >>> busiest_people(g)
    ['a', 'b']
    """
    def roles(n: str) -> int:
        return sum(1 for *_, k in g.out_edges(n, keys=True) if k in _ROLES)

    people = [n for n, d in g.nodes(data=True) if d["label"] == Label.PERSON]
    return sorted(people, key=lambda n: (-roles(n), -g.nodes[n].get("articles", 0), n))[:top]


def default_views(g: nx.MultiDiGraph, people: int = 3,
                  max_nodes: int = DEFAULT_MAX_NODES) -> dict[str, View]:
    """File name → view, in the order the index lists them."""
    views = {"graph.html": whole_graph_view(g, max_nodes)}
    co = co_attendance_view(g, max_nodes)
    if co.graph.number_of_edges():
        views["co-attendance.html"] = co
    for pid in busiest_people(g, people):
        views[f"person-{pid}.html"] = ego_view(g, pid, hops=2, max_nodes=max_nodes)
    return views


def write_default_views(graph: nx.MultiDiGraph, out_dir: str | Path, people: int = 3,
                        max_nodes: int = DEFAULT_MAX_NODES) -> Path:
    """Write the default views and ``index.html`` into ``out_dir/views/``; return the
    index's path.

    Each file is replaced atomically. The pages an earlier build wrote and this one did not
    (a person no longer among the busiest) are removed, found through a manifest, so that
    pages written there by ``govkg view`` are left alone.
    """
    target = Path(out_dir) / "views"
    target.mkdir(parents=True, exist_ok=True)
    views = default_views(graph, people, max_nodes)
    for file, view in views.items():
        write_html(view, target / file)
    manifest = target / MANIFEST
    old = set(manifest.read_text("utf-8").split()) if manifest.is_file() else set()
    for stale in sorted(old - set(views)):
        if Path(stale).name == stale and stale.endswith(".html"):  # never outside views/
            (target / stale).unlink(missing_ok=True)
    atomic_write_text(manifest, "".join(f"{f}\n" for f in views))
    others = sorted(p.name for p in target.glob("*.html")
                    if p.name not in views and p.name != "index.html")
    atomic_write_text(target / "index.html", index_html(views, others))
    return target / "index.html"


def index_html(views: dict[str, View], others: list[str] | None = None) -> str:
    """A plain page of links (no script), every name escaped: the build's views, then the
    other pages in the folder (written by ``govkg view``)."""
    esc = html.escape
    items = [f'<li><a href="{esc(file)}">{esc(v.title)}</a> '
             f"<span>{v.graph.number_of_nodes()} nodes, {v.graph.number_of_edges()} edges"
             "</span></li>" for file, v in views.items()]
    if others:
        items.append("</ul><h2>govkg view</h2><ul>")
        items += [f'<li><a href="{esc(f)}">{esc(f)}</a></li>' for f in others]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        "<title>govkg views</title><style>body{font-family:'Noto Sans CJK SC','Microsoft "
        "YaHei',sans-serif;margin:2em;max-width:50em}li{margin:.4em 0}span{color:#777}"
        "code{background:#f3f3f3;padding:0 .3em}</style></head><body>",
        "<h1>govkg views</h1>", "<ul>", *items, "</ul>",
        "<p>Each page works offline. Other views: <code>govkg view --person NAME</code>, "
        "<code>--body</code>, <code>--place</code>, <code>--meeting</code>, "
        "<code>--since YYYY-MM-DD --until YYYY-MM-DD</code>, <code>--co-attendance</code>, "
        "<code>--max-nodes N</code>; see <code>govkg view --help</code>.</p>",
        "</body></html>", ""])
