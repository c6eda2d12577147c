"""A synthetic graph of the built graph's shape, at any size, for the views' performance
checks (the real corpora are far smaller than what users open), and the tests that keep it
honest: every edge allowed by the schema, every node carrying what a build gives it."""

from __future__ import annotations

import random

import networkx as nx

from govkg.graph.schema import MEETING_ROLES, Label, Rel, check_edge

#: Share of each label among the nodes, as in the seeds' build.
SHARES = {Label.PERSON: 0.18, Label.POST: 0.2, Label.BODY: 0.3, Label.PLACE: 0.17,
          Label.PROJECT: 0.08, Label.MEETING: 0.07}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志宏斌"
PLACES = "江山河湖海城林石泉松云龙凤阳安平宁兴"


def _name(rng: random.Random, label: Label, i: int) -> str:
    if label == Label.PERSON:
        return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
    place = "".join(rng.choices(PLACES, k=2))
    return {Label.POST: f"{place}县副县长{i}", Label.BODY: f"{place}县委{i}",
            Label.PLACE: f"{place}镇{i}", Label.PROJECT: f"{place}产业园{i}",
            Label.MEETING: f"{place}县工作会议{i}"}[label]


def _evidence(rng: random.Random, a: str, b: str) -> list[dict]:
    rows = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append({"article": f"art_{rng.randint(0, 400):04d}", "date": day,
                     "sentence": f"{a}在会上与{b}一起研究部署了相关工作。", "start": 0, "end": 20,
                     "source_start": 0, "source_end": 20})
    return rows


def synthetic_graph(n: int = 2000, seed: int = 7) -> nx.MultiDiGraph:
    """``n`` nodes with the labels, properties and edge types of a build, about 1.3 edges
    per node, hubs included (busy bodies and places), deterministic for a seed."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    ids: dict[Label, list[str]] = {label: [] for label in Label}
    for i in range(n):
        label = rng.choices(list(SHARES), weights=list(SHARES.values()))[0]
        nid = f"{label.value[:2].lower()}{i:05d}"
        props = {Label.MEETING: {"kind": "meeting", "date": "2024-05-01"},
                 Label.PLACE: {"level": "township"}, Label.BODY: {"kind": "party"}}
        g.add_node(nid, label=label.value, name=_name(rng, label, i), aliases=[],
                   articles=rng.randint(1, 5), article_ids=[], **props.get(label, {}))
        ids[label].append(nid)

    def link(rel: Rel, source: str, target: str) -> None:
        s, t = g.nodes[source], g.nodes[target]
        ev = _evidence(rng, s["name"], t["name"])
        dates = sorted(e["date"] for e in ev)
        g.add_edge(source, target, key=rel.value, type=rel.value, evidence=ev,
                   articles=len(ev), first_seen=dates[0], last_seen=dates[-1])

    hubs = {label: rng.sample(ids[label], max(1, len(ids[label]) // 10)) for label in Label}
    for p in ids[Label.PERSON]:
        link(Rel.HOLDS, p, rng.choice(ids[Label.POST]))
        for m in rng.sample(ids[Label.MEETING], 2):
            link(rng.choice(MEETING_ROLES), p, m)
        if rng.random() < 0.3:
            link(Rel.INSPECTED, p, rng.choice(ids[Label.PROJECT]))
    for post in ids[Label.POST]:
        link(Rel.POST_OF, post, rng.choice(hubs[Label.BODY] + ids[Label.BODY]))
    for m in ids[Label.MEETING]:
        link(Rel.CONVENED, rng.choice(hubs[Label.BODY]), m)
    for b in ids[Label.BODY] + ids[Label.PROJECT]:
        g.add_edge(b, rng.choice(hubs[Label.PLACE]), key=Rel.LOCATED_IN.value,
                   type=Rel.LOCATED_IN.value, evidence=[], articles=0, first_seen=None,
                   last_seen=None, basis="division table")
    return g


def test_synthetic_graph_has_the_shape_of_a_build():
    g = synthetic_graph(2000)
    assert g.number_of_nodes() == 2000
    assert 1.0 < g.number_of_edges() / g.number_of_nodes() < 2.0
    for s, t, k in g.edges(keys=True):
        check_edge(k, g.nodes[s]["label"], g.nodes[t]["label"])
    assert {d["label"] for _, d in g.nodes(data=True)} == {label.value for label in Label}
    assert nx.utils.graphs_equal(synthetic_graph(300), synthetic_graph(300))
