"""One graph from many articles: each merge and each non-merge that the corpora written for
these tests state in their expected.json (tests/fixtures/corpora/)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from govkg.graph import build
from govkg.graph.protocol import seniority
from govkg.graph.reports import find_nodes

CORPORA = Path(__file__).parent / "fixtures" / "corpora"
NAMES = sorted(p.name for p in CORPORA.iterdir() if (p / "expected.json").is_file())


@cache
def built(corpus: str):
    return build([str(CORPORA / corpus)])


def expected(corpus: str) -> dict:
    return json.loads((CORPORA / corpus / "expected.json").read_text("utf-8"))


def node_of(g, ref: str, labels: tuple[str, ...]) -> str:
    """The node for ``name@article``: named so (or aliased) and supported by that article."""
    name, article = ref.split("@")
    found = {n for label in labels for n in find_nodes(g, name, label)
             if article in g.nodes[n]["article_ids"]}
    assert len(found) == 1, (ref, found)
    return found.pop()


CASES = [(corpus, kind, pair) for corpus in NAMES
         for kind in ("same_person", "different_persons", "same_body", "different_bodies",
                      "same_place", "different_places", "same_meeting")
         for pair in expected(corpus).get(kind, [])]
LABELS = {"person": ("Person",), "persons": ("Person",), "body": ("Body",),
          "bodies": ("Body",), "place": ("Place",), "places": ("Place",),
          "meeting": ("Meeting",)}


@pytest.mark.parametrize(("corpus", "kind", "pair"), CASES,
                         ids=[f"{c}-{k}-{'~'.join(p)}" for c, k, p in CASES])
def test_merges_and_non_merges(corpus, kind, pair):
    g = built(corpus).graph
    labels = LABELS[kind.split("_")[1]]
    a, b = (node_of(g, ref, labels) for ref in pair)
    assert (a == b) == kind.startswith("same"), (kind, pair)


def test_a_promotion_is_one_person_with_posts_over_time():
    g = built("promotion").graph
    (pid,) = find_nodes(g, "岳宏斌", "Person")
    posts = {g.nodes[t]["name"]: d for _, t, k, d in g.out_edges(pid, keys=True, data=True)
             if k == "HOLDS"}
    assert posts["副县长"]["first_seen"] == "2022-03-16"
    assert posts["副县长"]["last_seen"] == "2022-08-24"
    assert posts["县长"]["first_seen"] == "2024-02-21"
    assert posts["县长"]["articles"] == 2


def test_one_meeting_from_two_outlets_has_the_evidence_of_both():
    g = built("same_meeting").graph
    (mid,) = [n for n, d in g.nodes(data=True) if d["label"] == "Meeting"]
    assert g.nodes[mid]["articles"] == 2
    assert g.nodes[mid]["date"] == "2024-01-09"
    assert sorted(g.nodes[mid]["aliases"]) == ["安全生产工作会议"]


def test_protocol_order_is_derived_from_the_listings():
    exp = expected("protocol_order")["protocol_order"]
    g = built("protocol_order").graph
    (county,) = find_nodes(g, exp["body"], "Place")
    assert [r["name"] for r in seniority(g, county)] == exp["order"]


def test_decisions_name_their_rule_and_evidence():
    rows = built("same_name").decisions
    refused = [d for d in rows if d["decision"] == "refuse"]
    assert refused and all(d["rule"] == "different jurisdiction" for d in refused)
    assert all(d["evidence"]["places"] for d in refused)
    merged = [d for d in rows if d["decision"] == "merge"]
    assert merged and all(d["rule"] in {"same body", "same jurisdiction"} for d in merged)


def test_places_carry_code_and_chain_up_to_the_province():
    g = built("chaoyang").graph
    codes = sorted(g.nodes[n]["code"] for n in find_nodes(g, "朝阳区", "Place"))
    assert codes == ["110105000000", "220104000000"]
    (changchun,) = find_nodes(g, "长春市", "Place")
    (jilin,) = find_nodes(g, "吉林省", "Place")
    assert g.has_edge(changchun, jilin, "LOCATED_IN")
    assert g.edges[changchun, jilin, "LOCATED_IN"]["basis"] == "division table"
