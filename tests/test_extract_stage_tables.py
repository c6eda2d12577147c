"""One table of cases per extraction stage: each row runs the stages before it, then the
stage alone, and lists what that stage added (nodes as ``label:name``, edges as
``TYPE source -> target``)."""

from __future__ import annotations

import pytest

from govkg.extract.article import Article
from govkg.extract.pipeline import STAGES, extract_article, finish
from govkg.extract.stages.bodies import add_bodies, add_places
from govkg.extract.stages.inspections import add_inspections
from govkg.extract.stages.linking import add_links
from govkg.extract.stages.meetings import add_meetings_and_roles
from govkg.extract.stages.mentions import find_mentions
from govkg.extract.stages.posts import add_persons_and_posts
from govkg.graph.records import Extraction


def added_by(stage, text: str, date: str | None = "2024-03-06") -> tuple[set, set]:
    d = find_mentions(Article(id="t", text=text, date=date))
    for s in STAGES[: STAGES.index(stage)]:
        d = s(d)
    nodes_before, edges_before = set(d.graph.nodes), set(d.graph.edges)
    d = stage(d)
    g = d.graph
    nodes = {f"{n.label}:{n.name}" for nid, n in g.nodes.items() if nid not in nodes_before}
    edges = {f"{e.type} {g.nodes[e.source].name} -> {g.nodes[e.target].name}"
             for k, e in g.edges.items() if k not in edges_before}
    return nodes, edges


MEETING = "3月5日，县委书记李明主持召开县委常委会会议，县委副书记、县长王刚出席会议并讲话。"


@pytest.mark.parametrize(("text", "nodes", "edges"), [
    ("市发改委、市财政局负责同志参加会议。", {"Body:市发改委", "Body:市财政局"}, set()),
    ("集团党委召开会议。", {"Body:集团党委", "Body:集团"}, {"PART_OF 集团党委 -> 集团"}),
    ("研究部署工作。", set(), set()),
])
def test_bodies(text, nodes, edges):
    assert added_by(add_bodies, text) == (nodes, edges)


@pytest.mark.parametrize(("text", "nodes"), [
    ("在泽州县召开会议。", {"Place:泽州县"}),
    ("代表团来到武昌湖畔。", set()),  # a lake, not the district 武昌
    ("县委书记王泽州出席。", set()),  # a place inside a person's name is none
])
def test_places(text, nodes):
    assert added_by(add_places, text)[0] == nodes


@pytest.mark.parametrize(("text", "nodes", "edges"), [
    ("泽州县召开会议，县委书记李明出席。",
     {"Person:李明", "Post:书记", "Body:泽州县委"},  # the post is 书记 of 泽州县委
     {"HOLDS 李明 -> 书记", "POST_OF 书记 -> 泽州县委"}),
    ("县委副书记、县长王刚出席。",
     {"Person:王刚", "Post:副书记", "Post:县长", "Body:县委", "Body:县政府"},
     {"HOLDS 王刚 -> 副书记", "HOLDS 王刚 -> 县长", "POST_OF 副书记 -> 县委",
      "POST_OF 县长 -> 县政府"}),
    ("县领导王刚出席。", {"Person:王刚"}, set()),  # a title with no body is no post
])
def test_persons_and_posts(text, nodes, edges):
    assert added_by(add_persons_and_posts, text) == (nodes, edges)


@pytest.mark.parametrize(("text", "edges"), [
    (MEETING, {"CHAIRED 李明 -> 县委常委会会议", "ATTENDED 王刚 -> 县委常委会会议",
               "SPOKE_AT 王刚 -> 县委常委会会议"}),
    ("3月5日，副市长张华到城区调研。", {"ATTENDED 张华 -> 副市长张华到城区调研"}),
])
def test_meetings_and_roles(text, edges):
    assert added_by(add_meetings_and_roles, text)[1] == edges


@pytest.mark.parametrize(("text", "edges"), [
    ("3月5日，副县长张华先后来到卫店镇双钱村、三湾村等地调研。",
     {"INSPECTED 张华 -> 双钱村", "INSPECTED 张华 -> 三湾村"}),
    ("3月5日，县长王刚、副县长张华一行先后深入到孟轲小学、江汉路拆迁项目建设一线。",
     {"INSPECTED 王刚 -> 孟轲小学", "INSPECTED 张华 -> 孟轲小学",
      "INSPECTED 王刚 -> 江汉路拆迁项目", "INSPECTED 张华 -> 江汉路拆迁项目"}),
])
def test_inspections(text, edges):
    assert added_by(add_inspections, text)[1] == edges


@pytest.mark.parametrize(("text", "edges"), [
    ("5月28日，城投集团组织召开现场会。", {"CONVENED 城投集团 -> 现场会"}),
    ("5月28日，在安源区召开推进会。", {"LOCATED_IN 推进会 -> 安源区"}),
    ("市建设局派出6个驻区工作组。", {"DIRECTED 市建设局 -> 驻区工作组"}),
    ("3月5日，思明区建设局召开会议。", {"LOCATED_IN 思明区建设局 -> 思明区",
                                "CONVENED 思明区建设局 -> 会议"}),
    ("思明区建设局召开会议。", {"LOCATED_IN 思明区建设局 -> 思明区"}),  # undated: no node
])
def test_links(text, edges):
    assert added_by(add_links, text)[1] == edges


def test_finish_merges_one_project_written_two_ways():
    text = ("3月5日，副县长张华先后来到上虞区“一江两岸”景观工程。"
            "“一江两岸”景观工程进展顺利。")
    result = extract_article(Article(id="t", text=text, date="2024-03-06"))
    assert isinstance(result, Extraction)
    projects = [n for n in result.nodes if n.label == "Project"]
    assert len(projects) == 1


def test_stages_are_in_order():
    assert STAGES == (add_bodies, add_places, add_persons_and_posts, add_meetings_and_roles,
                      add_inspections, add_links)
    assert callable(finish)
