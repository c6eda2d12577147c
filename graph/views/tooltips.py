"""The text of each node's and edge's tooltip. Plain text with line breaks: the page puts it
into the document as a text node, so whatever an article says is shown, never run."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from govkg.graph.reports import person_record
from govkg.graph.schema import Label, node_property_names
from govkg.graph.views.style import edge_caption, edge_names, label_names

#: Evidence sentences shown per edge; the rest are counted (``govkg why`` lists them all).
MAX_EVIDENCE = 3
#: Longest sentence shown whole in a tooltip.
MAX_SENTENCE = 240


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first if first == last or not last else f"{first} – {last}"


def _clip(text: str) -> str:
    return text if len(text) <= MAX_SENTENCE else text[:MAX_SENTENCE - 1] + "…"


def node_tooltip(source: nx.MultiDiGraph, nid: str) -> str:
    """Name, label, aliases, properties, posts with dates (people), and counts."""
    d = source.nodes[nid]
    zh, en = label_names(d["label"])
    lines = [d["name"], f"{zh} {en}"]
    if d.get("aliases"):
        lines.append("aliases: " + "，".join(d["aliases"]))
    for prop in node_property_names(d["label"]):
        if d.get(prop):
            lines.append(f"{prop}: {d[prop]}")
    if d["label"] == Label.PERSON:
        lines += _person_lines(source, nid)
    types = Counter(k for *_, k in source.out_edges(nid, keys=True))
    types.update(k for *_, k in source.in_edges(nid, keys=True))
    lines.append(f"articles: {d.get('articles', 0)} · edges: {sum(types.values())}")
    if types:
        lines.append("  " + "，".join(f"{edge_caption(k)} {c}" for k, c in sorted(types.items())))
    lines.append(f"id: {nid}")
    return "\n".join(lines)


def _person_lines(source: nx.MultiDiGraph, pid: str) -> list[str]:
    record = person_record(source, pid)
    lines = []
    if record["posts"]:
        lines.append("posts:")
        lines += [f"  {p['title']}（{p['body'] or '?'}） "
                  f"{_span(p['first_seen'], p['last_seen'])}" for p in record["posts"]]
    if record["meetings"]:
        lines.append(f"meetings: {len({m['meeting'] for m in record['meetings']})}")
    if record["companions"]:
        lines.append("met most often: " + "，".join(f"{n} ({c})" for n, c in
                                                    record["companions"]))
    return lines


def edge_tooltip(g: nx.MultiDiGraph, s: str, t: str, key: str) -> str:
    """Type, ends, dates, and the evidence sentences with their article and date."""
    d = g.edges[s, t, key]
    zh, en = edge_names(key)
    lines = [f"{zh} {en}", f"{g.nodes[s]['name']} → {g.nodes[t]['name']}",
             _span(d.get("first_seen"), d.get("last_seen"))]
    if "meetings" in d:  # a co-attendance edge: the meetings shared
        lines[-1] += f" · {d['weight']} meetings shared"
        lines += [f"  {m['date'] or 'undated'}  {m['name']}" for m in d["meetings"]]
        return "\n".join(lines)
    evidence = sorted(d.get("evidence") or [],
                      key=lambda e: (e.get("date") or "9999", e["article"]))
    if not evidence:
        lines.append(f"basis: {d.get('basis', 'derived')}")
        return "\n".join(lines)
    lines[-1] += f" · {d.get('articles', len(evidence))} articles"
    for e in evidence[:MAX_EVIDENCE]:
        lines += ["", f"[{e.get('date') or 'undated'} · {e['article']}]", _clip(e["sentence"])]
    if len(evidence) > MAX_EVIDENCE:
        lines += ["", f"… {len(evidence) - MAX_EVIDENCE} more: govkg why {g.nodes[s]['name']}"]
    return "\n".join(lines)
