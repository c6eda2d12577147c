"""Stage 3, persons and posts: a Person node per person, a Post node per (title, body) they
hold, HOLDS from the person and POST_OF to the body."""

from __future__ import annotations

from govkg.extract.draft import Draft
from govkg.extract.links import Span
from govkg.extract.resolve import post_bodies
from govkg.extract.stages.bodies import body_node
from govkg.graph.schema import Label, Rel


def add_persons_and_posts(d: Draft) -> Draft:
    g = d.graph
    sentences = d.sentences
    held = post_bodies(d.mentions.persons, d.resolver)
    for p, si in d.mentions.persons:
        pid = g.node(Label.PERSON, p.name)
        d.spans[Label.PERSON].append(Span(p.start, p.end, pid))
        for t in p.titles:
            if not t.is_post:
                continue
            body_name = held[(p.name, t.short)]
            post_id = g.node(Label.POST, t.short, key=f"{t.short}@{body_name or ''}",
                             written=t.text)
            g.edge(Rel.HOLDS, pid, post_id, sentences[si])
            if body_name:
                g.edge(Rel.POST_OF, post_id, body_node(d, body_name, sentences[si]),
                       sentences[si])
    return d
