"""One graph from many articles: a networkx ``MultiDiGraph`` with one node per real entity
and one edge per (source, type, target), carrying the evidence of every article behind it.

From Python, in three lines::

    from govkg.graph import build
    result = build(["seeds/"])
    result.graph.number_of_nodes()

Nodes carry ``label``, ``name``, ``aliases``, ``articles`` (how many articles name them),
``article_ids`` (which) and their label's properties (graph/schema.py). Edges are keyed by
their type and carry ``type``, ``evidence`` (a list of ``{article, date, sentence, start,
end, source_start, source_end}``, with ``rank`` on meeting roles), ``articles``, and
``first_seen`` /
``last_seen`` (article dates). LOCATED_IN edges up the division chain come from the shipped
division table and carry ``basis: "division table"`` and no evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from govkg.errors import InputError
from govkg.graph.ids import make_id
from govkg.graph.merge import Mapping, resolve
from govkg.graph.overrides import Overrides
from govkg.graph.records import Extraction
from govkg.graph.schema import Label, Rel
from govkg.graph.scope import ancestors, divisions


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    decisions: list[dict] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    #: articles read in this build, and how many of them came from the cache
    articles: int = 0
    cached: int = 0


def build_graph(extractions: Iterable[Extraction], overrides: Overrides | None = None
                ) -> BuildResult:
    """The cross-article graph of ``extractions`` (any order: the result is the same)."""
    overrides = overrides or Overrides()
    xs = sorted(extractions, key=lambda x: x.article["id"])
    mapping = resolve(xs, overrides)
    g = nx.MultiDiGraph()
    _add_nodes(g, xs, mapping)
    _add_edges(g, xs, mapping)
    _add_division_chain(g, mapping)
    return BuildResult(g, mapping.decisions, articles=len(xs))


def _add_nodes(g: nx.MultiDiGraph, xs: list[Extraction], m: Mapping) -> None:
    names: dict[str, Counter] = defaultdict(Counter)
    props: dict[str, dict] = defaultdict(dict)
    seen_in: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Label] = {}
    for x in xs:
        aid = x.article["id"]
        for n in x.nodes:
            gid = m.ids.get((aid, n.id))
            if gid is None:  # a name the user says is no person
                continue
            labels[gid] = n.label
            names[gid][n.name] += 2  # the written name counts more than an alias
            for a in n.aliases:
                names[gid][a] += 1
            for k, v in n.props.items():
                props[gid].setdefault(k, v)
            seen_in[gid].add(aid)
    for gid in sorted(labels):
        counts = names[gid]
        # a division is called by its official name (泽州 is 泽州县); anything else by the
        # fullest name the articles support, then the most written, then the first
        official = divisions().division(props[gid]["code"]) \
            if labels[gid] == Label.PLACE and props[gid].get("code") else None
        name = official.name if official else min(counts, key=lambda s: (-len(s), -counts[s], s))
        aliases = sorted(a for a in counts if a != name)
        g.add_node(gid, label=labels[gid].value, name=name, aliases=aliases,
                   articles=len(seen_in[gid]), article_ids=sorted(seen_in[gid]), **props[gid])


def _add_edges(g: nx.MultiDiGraph, xs: list[Extraction], m: Mapping) -> None:
    counted: set[tuple[str, str, str, str]] = set()
    for x in xs:
        aid, date = x.article["id"], x.article.get("date")
        for e in x.edges:
            s, t = m.ids.get((aid, e.source)), m.ids.get((aid, e.target))
            if s is None or t is None or s == t:
                continue
            ev = e.evidence
            item = {"article": aid, "date": date, "sentence": ev.sentence, "start": ev.start,
                    "end": ev.end, "source_start": ev.source_start,
                    "source_end": ev.source_end, **e.props}
            key = e.type.value
            if not g.has_edge(s, t, key):
                g.add_edge(s, t, key=key, type=key, evidence=[], articles=0,
                           first_seen=None, last_seen=None)
            data = g.edges[s, t, key]
            if (s, t, key, aid) not in counted:
                counted.add((s, t, key, aid))
                data["articles"] += 1
            data["evidence"].append(item)
            if date:
                data["first_seen"] = min(filter(None, (data["first_seen"], date)))
                data["last_seen"] = max(filter(None, (data["last_seen"], date)))


def _add_division_chain(g: nx.MultiDiGraph, m: Mapping) -> None:
    """Every coded place LOCATED_IN its parent, up to the province; every body whose name
    places it LOCATED_IN that place."""
    by_code = {d["code"]: n for n, d in g.nodes(data=True)
               if d["label"] == Label.PLACE and d.get("code")}
    for code in sorted(by_code):
        child = by_code[code]
        for parent_code in ancestors(code):
            parent = _place_node(g, by_code, parent_code)
            _derived(g, child, parent)
            child = parent
    for body, code in sorted(m.body_places.items()):
        if body in g:
            _derived(g, body, _place_node(g, by_code, code))


def _place_node(g: nx.MultiDiGraph, by_code: dict[str, str], code: str) -> str:
    if code not in by_code:
        d = divisions().division(code)
        gid = make_id(Label.PLACE, f"place:{code}")
        g.add_node(gid, label=Label.PLACE.value, name=d.name if d else code, aliases=[],
                   articles=0, article_ids=[], level=d.level if d else None, code=code)
        by_code[code] = gid
    return by_code[code]


def _derived(g: nx.MultiDiGraph, source: str, target: str) -> None:
    key = Rel.LOCATED_IN.value
    if source != target and not g.has_edge(source, target, key):
        g.add_edge(source, target, key=key, type=key, evidence=[], articles=0,
                   first_seen=None, last_seen=None, basis="division table")


def build(paths: Iterable[str], *, overrides: Overrides | None = None,
          cache_dir: str | None = None, max_bytes: int | None = None,
          on_article: Callable[[str], None] | None = None, workers: int = 1,
          dask: str | None = None) -> BuildResult:
    """Read, clean and extract every article under ``paths`` (reusing ``cache_dir``; on
    ``workers`` processes or the Dask scheduler at ``dask``), then build the graph. A bad
    input is kept in ``errors`` and never stops the build."""
    from govkg.graph.cache import ExtractionCache, extract_all

    cache = ExtractionCache(cache_dir) if cache_dir else None
    extractions, errors, cached = extract_all(paths, cache, max_bytes=max_bytes,
                                              on_article=on_article, workers=workers,
                                              dask=dask)
    result = build_graph(extractions, overrides)
    result.errors, result.cached = errors, cached
    return result
