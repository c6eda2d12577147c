"""Stage 2, bodies and jurisdiction: a Body node per organisation written (in the fullest
name the article supports, a sub-body PART_OF its firm) and a Place node per place."""

from __future__ import annotations

import re
from collections import defaultdict

from govkg.extract.draft import Draft
from govkg.extract.lexicon import sub_bodies_re
from govkg.extract.links import Span
from govkg.extract.orgs import kind_of
from govkg.extract.projects import GENERIC_SITES
from govkg.extract.resolve import body_key
from govkg.extract.spans import SpanIndex
from govkg.graph.schema import Label, Rel

_FIRM_SUB_BODY = re.compile(rf"(.*?(?:集团公司|集团|公司))(?:{sub_bodies_re()})$")
_LEVEL_START = "省市县区州旗镇乡"


def body_node(d: Draft, name: str, sentence) -> str:
    """The Body node for ``name`` as resolved; 集团党委 is PART_OF 集团."""
    name = re.sub(r"新一届", "", name)
    g = d.graph
    nid = g.node(Label.BODY, name, key=body_key(name, d.jurisdiction, d.prefixes, d.firms),
                 kind=kind_of(name))
    parent = _FIRM_SUB_BODY.match(name)
    if parent:
        pid = g.node(Label.BODY, parent.group(1),
                     key=body_key(parent.group(1), d.jurisdiction, d.prefixes, d.firms))
        g.edge(Rel.PART_OF, nid, pid, sentence)
    return nid


def add_bodies(d: Draft) -> Draft:
    for b, s in d.mentions.bodies:
        nid = body_node(d, d.resolver.resolve(b.name), s)
        d.spans[Label.BODY].append(Span(b.start, b.end, nid))
    return d


def add_places(d: Draft) -> Draft:
    """Place nodes; 镇安 in 镇安监办 is the town's 安监办, not 镇安县, and a place inside a
    person's name is none."""
    bodies_at: dict[int, list] = defaultdict(list)
    for b, _ in d.mentions.bodies:
        bodies_at[b.start].append(b)
    persons = SpanIndex(d.mentions.person_spans)

    def inside_body(p) -> bool:
        return any(p.end < b.end and b.name[0] in _LEVEL_START
                   for start in (p.start, p.start - 1) for b in bodies_at.get(start, ()))

    places = [p for p in d.mentions.places
              if p.name not in GENERIC_SITES and not (p.short and inside_body(p))]
    d.mentions.places = places
    for p in places:
        if persons.covers(p.start):
            continue
        nid = d.graph.node(Label.PLACE, p.name if not p.short else p.surface, key=p.name,
                           level=p.level, **({"code": p.code} if p.code else {}))
        d.spans[Label.PLACE].append(Span(p.start, p.end, nid))
    return d
