"""Many articles' extractions → one set of global ids: which per-article nodes are one
entity (:mod:`govkg.graph.keys` for places, bodies, posts, projects and meetings;
:mod:`govkg.graph.persons` for persons)."""

from __future__ import annotations

from dataclasses import dataclass, field

from govkg.graph import keys
from govkg.graph.firms import join_firms
from govkg.graph.ids import make_id
from govkg.graph.overrides import Overrides
from govkg.graph.persons import Occurrence, resolve_persons
from govkg.graph.records import Extraction, Node
from govkg.graph.schema import Label, Rel
from govkg.graph.scope import ArticleScope, ancestors


class UnionFind:
    """Keys that name one entity, joined; each group is named by its smallest key."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller key names the group: the same whatever the input order
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class Mapping:
    """``(article id, local node id) -> global id``, and the merge decisions taken."""

    ids: dict[tuple[str, str], str] = field(default_factory=dict)
    decisions: list[dict] = field(default_factory=list)
    #: global body id -> the division it belongs to, for LOCATED_IN
    body_places: dict[str, str] = field(default_factory=dict)


def _targets(x: Extraction, rel: Rel) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in x.edges:
        if e.type == rel:
            out.setdefault(e.source, []).append(e.target)
    return out


def _sources(x: Extraction, rel: Rel) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in x.edges:
        if e.type == rel:
            out.setdefault(e.target, []).append(e.source)
    return out


def resolve(extractions: list[Extraction], overrides: Overrides) -> Mapping:
    """Global ids for every node of every extraction (in article id order)."""
    m = Mapping()
    scopes = {x.article["id"]: ArticleScope.of(
        x.article["id"], x.nodes, f"{x.article.get('title') or ''} {x.article.get('source') or ''}")
        for x in extractions}
    _places(extractions, scopes, m)
    _bodies(extractions, scopes, m)
    _meetings(extractions, scopes, m)
    for x in extractions:
        aid = x.article["id"]
        scope = scopes[aid]
        post_body = _targets(x, Rel.POST_OF)
        located = _targets(x, Rel.LOCATED_IN)
        for n in x.nodes:
            gid = _simple_id(n, aid, scope, m, post_body, located)
            if gid:
                m.ids[(aid, n.id)] = gid
    _persons(extractions, scopes, m, overrides)
    return m


def _places(extractions, scopes, m: Mapping) -> None:
    for x in extractions:
        aid = x.article["id"]
        for n in x.nodes:
            if n.label == Label.PLACE:
                key = keys.place_key(n.name, n.props.get("code"), scopes[aid])
                m.ids[(aid, n.id)] = make_id(Label.PLACE, key)


def _bodies(extractions, scopes, m: Mapping) -> None:
    uf, first_key = UnionFind(), {}
    for x in extractions:
        aid = x.article["id"]
        for n in x.nodes:
            if n.label == Label.BODY:
                ks = keys.body_keys([n.name, *n.aliases], scopes[aid]) or [
                    f"body:article:{aid}:{n.id}"]
                first_key[(aid, n.id)] = ks[0]
                uf.find(ks[0])
                for k in ks[1:]:
                    uf.union(ks[0], k)
    groups: dict[str, set[tuple[str, str]]] = {}
    for k in list(uf.parent):
        scope, _, name = k.removeprefix("body:").rpartition(":")
        groups.setdefault(uf.find(k), set()).add((scope, name))
    join_firms(groups, uf, ancestors)
    for ref, k in first_key.items():
        root = uf.find(k)
        gid = make_id(Label.BODY, root)
        m.ids[ref] = gid
        code = root.split(":")[1]
        if code.isdigit():
            m.body_places[gid] = code


def _simple_id(n: Node, aid: str, scope: ArticleScope, m: Mapping, post_body, located
               ) -> str | None:
    if n.label == Label.POST:
        body = next((m.ids[(aid, b)] for b in post_body.get(n.id, [])), None)
        return make_id(Label.POST, keys.post_key(n.name, body, scope))
    if n.label == Label.PROJECT:
        place = next((m.ids[(aid, p)] for p in located.get(n.id, [])
                      if (aid, p) in m.ids), None)
        return make_id(Label.PROJECT, keys.project_key_of(n.name, place, scope))
    return None


def _meetings(extractions, scopes, m: Mapping) -> None:
    """A dated meeting is keyed by each of its anchors (convening body, venue, the article's
    place): two reports that share any anchor, the date and the name are one meeting."""
    uf, first_key = UnionFind(), {}
    for x in extractions:
        aid, scope = x.article["id"], scopes[x.article["id"]]
        located, convened = _targets(x, Rel.LOCATED_IN), _sources(x, Rel.CONVENED)
        home = scope.home()
        for n in x.nodes:
            if n.label != Label.MEETING:
                continue
            anchors = [m.ids[(aid, b)] for b in convened.get(n.id, [])]
            anchors += [m.ids[(aid, p)] for p in located.get(n.id, []) if (aid, p) in m.ids]
            anchors += [] if home.startswith("article:") else [home]
            ks = [keys.meeting_key(n.name, n.props.get("date"), a, aid, n.id) for a in anchors]
            ks = ks or [keys.meeting_key(n.name, None, None, aid, n.id)]
            first_key[(aid, n.id)] = ks[0]
            for k in ks[1:]:
                uf.union(ks[0], k)
    for ref, k in first_key.items():
        m.ids[ref] = make_id(Label.MEETING, uf.find(k))


def _persons(extractions, scopes, m: Mapping, overrides: Overrides) -> None:
    occurrences = []
    names = {}
    for x in extractions:
        aid = x.article["id"]
        holds = _targets(x, Rel.HOLDS)
        post_body = _targets(x, Rel.POST_OF)
        names.update({(aid, n.id): n.name for n in x.nodes if n.label == Label.BODY})
        for n in x.nodes:
            if n.label != Label.PERSON or n.name in overrides.not_persons:
                continue
            bodies = {m.ids[(aid, b)]: names[(aid, b)]
                      for post in holds.get(n.id, []) for b in post_body.get(post, [])}
            occurrences.append(Occurrence(n.name, aid, n.id, x.article.get("date"),
                                          scopes[aid].home(), bodies))
    ids, decisions = resolve_persons(occurrences, overrides)
    m.ids.update(ids)
    m.decisions = decisions
