"""Stage 5, inspections: the people written before a visit verb INSPECTED each project or
place after it; a tour's later sentences (一行先后来到…) belong to the people who led it."""

from __future__ import annotations

import re

from govkg.extract.draft import Draft
from govkg.extract.links import Span
from govkg.extract.projects import Site
from govkg.extract.resolve import project_key
from govkg.extract.spans import SpanIndex
from govkg.graph.schema import Label, Rel

_TOUR_VERBS = ("先后", "来到", "走访", "走进", "实地")


def add_inspections(d: Draft) -> Draft:
    g = d.graph
    places = SpanIndex(d.mentions.places)
    for x, s in d.mentions.sites:
        visited = _as_visited(x, places.within(x.start, x.end))
        if visited is None:
            continue
        x, inner = visited
        target = _target(d, x, inner)
        if not x.verb:
            continue
        for name in _visitors(d, s, x.start):
            g.edge(Rel.INSPECTED, g.node(Label.PERSON, name), target, s)
    return d


def _as_visited(x: Site, inner: list) -> tuple[Site, list] | None:
    """The site visited and the places inside it. A site of unknown kind is the place that
    starts it (万安街道城市更新), a named project after a tour verb (华阳闸), else nothing."""
    if x.kind != "unknown":
        return x, inner
    if inner and inner[0].start == x.start:
        return Site(x.start, inner[0].end, inner[0].surface, "place", x.verb), inner[:1]
    if x.verb.startswith(_TOUR_VERBS):
        return Site(x.start, x.end, x.name, "project", x.verb), inner
    return None


def _target(d: Draft, x: Site, inner: list) -> str:
    g = d.graph
    if x.kind == "project":
        target = g.node(Label.PROJECT, x.name, key=project_key(x.name))
        d.spans[Label.PROJECT].append(Span(x.start, x.end, target))
        return target
    if inner and inner[-1].end == x.end:  # 卫店镇双钱村 is the place 双钱村
        return g.node(Label.PLACE, inner[-1].name, key=inner[-1].name, level=inner[-1].level)
    return g.node(Label.PLACE, x.name, key=x.name, level="site")


def _visitors(d: Draft, s, pos: int) -> list[str]:
    before = [p for p in d.mentions.persons_in(s.index) if p.end <= pos]
    if before:
        return _leading_group(before, s)
    # 一行先后来到…: the people who led the tour, in the sentence that opened it
    e = d.timeline.at(s.index)
    if not (e and e.kind == "inspection"):
        return []
    return [p.name for p in d.mentions.persons_in(e.sentence)][:1]


def _leading_group(before: list, s) -> list[str]:
    """戴传亮、程敏珍一行先后来到 → both; 彭代元率队到 → the leader only, not those after him."""
    group = [before[-1]]
    for prev in reversed(before[:-1]):
        between = s.text[prev.end - s.start : group[0].start - s.start]
        if len(between) <= 12 and re.fullmatch(r"[、和与及]?[\u4e00-\u9fff]{0,12}?[、和与及]?",
                                               between):
            group.insert(0, prev)
        else:
            break
    return [p.name for p in group]
