"""Stage 6, links: CONVENED, LOCATED_IN and DIRECTED edges from the words between mentions,
LOCATED_IN up the division chain, and the article's own place from its headline and
publisher."""

from __future__ import annotations

from govkg.extract import links
from govkg.extract.draft import Draft
from govkg.extract.spans import SpanIndex
from govkg.extract.stages.meetings import meeting_node
from govkg.graph.schema import Label, Rel

_OWN_PLACE_LEVELS = ("province", "city", "county")


def add_links(d: Draft) -> Draft:
    for e in d.events:
        if e.date:  # a dated meeting is a node even when no one named took part
            meeting_node(d, e)
    _meeting_links(d)
    _sentence_links(d)
    _division_links(d)
    _own_place(d)
    return d


def _meeting_links(d: Draft) -> None:
    """Who convened each meeting (城投集团组织召开) and where (在安源区召开)."""
    bodies, places = SpanIndex(d.spans[Label.BODY]), SpanIndex(d.spans[Label.PLACE])
    for e in d.events:
        if e.index not in d.meeting_ids:
            continue
        s = d.sentences[e.sentence]
        who = links.convener(s.text, s.start, bodies.within(s.start, s.end))
        if who:
            d.graph.edge(Rel.CONVENED, who.ref, d.meeting_ids[e.index], s)
        where = links.venue(s.text, s.start, places.within(s.start, s.end))
        if where:
            d.graph.edge(Rel.LOCATED_IN, d.meeting_ids[e.index], where.ref, s)


def _sentence_links(d: Draft) -> None:
    """DIRECTED (区长带领区发改委), and a place written first locates the body or project it
    starts (思明区建设局, 上虞区“一江两岸”景观工程)."""
    g = d.graph
    ix = {label: SpanIndex(d.spans[label])
          for label in (Label.PERSON, Label.BODY, Label.PROJECT, Label.PLACE)}
    for s in d.sentences:
        bodies = ix[Label.BODY].within(s.start, s.end)
        projects = ix[Label.PROJECT].within(s.start, s.end)
        actors = ix[Label.PERSON].within(s.start, s.end) + bodies
        for who, what in links.directions(s.text, s.start, actors, bodies + projects):
            g.edge(Rel.DIRECTED, who.ref, what.ref, s)
        for place in ix[Label.PLACE].within(s.start, s.end):
            for x in bodies + projects:
                if x.start == place.start and x.end > place.end and x.ref in g.nodes:
                    g.edge(Rel.LOCATED_IN, x.ref, place.ref, s)


def _division_links(d: Draft) -> None:
    """泽州县 LOCATED_IN 晋城市 when the article names both."""
    g = d.graph
    names = {n.name: nid for nid, n in g.nodes.items() if n.label == Label.PLACE}
    starts = [s.start for s in d.sentences]
    from bisect import bisect_right

    for p in d.mentions.places:
        child, parent = names.get(p.name), names.get(p.parent or "")
        if child and parent and child != parent:
            i = bisect_right(starts, p.start) - 1
            if i >= 0 and p.start < d.sentences[i].end:
                g.edge(Rel.LOCATED_IN, child, parent, d.sentences[i])


def _own_place(d: Draft) -> None:
    """The headline and the publisher name the article's own place."""
    from govkg.extract.stages.mentions import find_places

    a = d.article
    for p in find_places(a.title or "") + find_places(a.source or ""):
        if p.level in _OWN_PLACE_LEVELS and not d.graph.has(Label.PLACE, p.name):
            d.graph.node(Label.PLACE, p.surface if p.short else p.name, key=p.name,
                         level=p.level)
