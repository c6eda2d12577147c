"""The views without a browser: what each view keeps (caps, hops, date windows,
co-attendance weights), the notes that say what was left out, the escaping of article text
in the written HTML, the default views a build writes, and ``govkg view``'s errors.
The pages themselves are checked in a real browser by test_views_browser.py."""

from __future__ import annotations

import json
import re
from itertools import combinations

import networkx as nx
import pytest
from click.testing import CliRunner

from govkg.cli import cli
from govkg.errors import GovkgError
from govkg.graph import build
from govkg.graph.exports import write_json
from govkg.graph.schema import MEETING_ROLES, Label, Rel
from govkg.graph.views import (
    co_attendance,
    co_attendance_view,
    ego_view,
    inline,
    make_view,
    render_html,
    view_data,
    whole_graph_view,
    write_default_views,
)
from govkg.graph.views.select import date_window
from govkg.graph.views.style import EDGE_COLOUR, EDGE_ZH, LABEL_STYLE, ViewRel
from govkg.graph.views.tooltips import MAX_EVIDENCE, edge_tooltip, node_tooltip

from real_articles import FIXTURES, SEEDS

CORPORA = FIXTURES / "corpora"
HOSTILE = "<script>alert(1)</script>\"'&<!--"


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    return build([str(SEEDS)]).graph


@pytest.fixture(scope="module")
def corpus():
    graphs: dict[str, nx.MultiDiGraph] = {}

    def get(name: str) -> nx.MultiDiGraph:
        if name not in graphs:
            graphs[name] = build([str(CORPORA / name)]).graph
        return graphs[name]
    return get


def _id(g: nx.MultiDiGraph, name: str, label: str = Label.PERSON) -> str:
    (nid,) = [n for n, d in g.nodes(data=True) if d["name"] == name and d["label"] == label]
    return nid


def hostile_graph() -> nx.MultiDiGraph:
    """A person, a meeting and a post whose names and evidence carry markup."""
    g = nx.MultiDiGraph()
    g.add_node("p1", label="Person", name=f"李{HOSTILE}", aliases=[f"<b>{HOSTILE}"], articles=1)
    g.add_node("m1", label="Meeting", name="会议</script><script>alert(2)</script>",
               aliases=[], articles=1, date="2024-01-02")
    g.add_node("x1", label="Post", name="县长\u2028", aliases=[], articles=1)
    ev = [{"article": "a<1>", "date": "2024-01-02", "sentence": f"句子{HOSTILE}",
           "start": 0, "end": 3, "source_start": 0, "source_end": 3}]
    g.add_edge("p1", "m1", key="CHAIRED", type="CHAIRED", evidence=ev, articles=1,
               first_seen="2024-01-02", last_seen="2024-01-02")
    g.add_edge("p1", "x1", key="HOLDS", type="HOLDS", evidence=ev, articles=1,
               first_seen="2024-01-02", last_seen="2024-01-02")
    return g


# --- style -------------------------------------------------------------------------------
def test_every_label_and_edge_type_has_a_look():
    assert set(LABEL_STYLE) == set(Label)
    assert set(EDGE_COLOUR) == set(Rel) | set(ViewRel) == set(EDGE_ZH)
    assert len({shape for _, shape in LABEL_STYLE.values()}) == len(Label)


# --- whole graph and its cap -------------------------------------------------------------
def test_whole_graph_is_capped_by_degree_with_a_note(seeds):
    view = whole_graph_view(seeds, max_nodes=20)
    assert view.graph.number_of_nodes() == 20
    top = sorted(seeds, key=lambda n: (-seeds.degree(n), n))[:20]
    assert set(view.graph) == set(top)
    (note,) = view.notes
    assert note.startswith(f"Showing 20 of {seeds.number_of_nodes()} nodes")
    left = seeds.number_of_nodes() - 20
    assert sum(int(n) for n in re.findall(r"(\d+) (?:Body|Meeting|Person|Place|Post|Project)",
                                          note)) == left
    assert "--max-nodes" in note


def test_cap_by_articles_and_no_cap(seeds):
    view = whole_graph_view(seeds, max_nodes=5, by="articles")
    best = sorted(seeds, key=lambda n: (-seeds.nodes[n]["articles"], n))[:5]
    assert set(view.graph) == set(best)
    assert "named in the most articles" in view.notes[0]
    whole = whole_graph_view(seeds, max_nodes=0)
    assert nx.utils.edges_equal(whole.graph.edges(keys=True), seeds.edges(keys=True))
    assert whole.notes == []


def test_views_are_deterministic_and_leave_the_graph_alone(seeds):
    before = nx.node_link_data(seeds, edges="edges")
    a = render_html(whole_graph_view(seeds, max_nodes=50))
    b = render_html(whole_graph_view(seeds, max_nodes=50))
    assert a == b
    assert nx.node_link_data(seeds, edges="edges") == before


# --- ego networks --------------------------------------------------------------------------
def test_ego_hops(seeds):
    pid = _id(seeds, "高喜全")
    assert set(ego_view(seeds, "高喜全", hops=0).graph) == {pid}
    one = set(ego_view(seeds, "高喜全", hops=1).graph)
    assert one == {pid, *seeds.successors(pid), *seeds.predecessors(pid)}
    two = set(ego_view(seeds, "高喜全", hops=2).graph)
    undirected = nx.Graph(seeds)
    assert two == set(nx.single_source_shortest_path_length(undirected, pid, cutoff=2))
    view = ego_view(seeds, "高喜全", hops=2)
    assert view.focus == [pid] and view.title == "高喜全 · 2 hops"


def test_ego_by_body_place_and_meeting(seeds):
    for label in (Label.BODY, Label.PLACE, Label.MEETING):
        name = next(d["name"] for _, d in sorted(seeds.nodes(data=True))
                    if d["label"] == label)
        view = make_view(seeds, name=name, label=label, hops=1)
        assert all(seeds.nodes[f]["label"] == label for f in view.focus) and view.focus


def test_ego_keeps_the_nearest_first_when_capped(seeds):
    pid = _id(seeds, "刘仁羿")
    view = ego_view(seeds, "刘仁羿", hops=3, max_nodes=5)
    assert pid in view.graph and view.graph.number_of_nodes() == 5
    dist = nx.single_source_shortest_path_length(nx.Graph(seeds), pid, cutoff=3)
    left = set(dist) - set(view.graph)
    assert left and max(dist[n] for n in view.graph) <= min(dist[n] for n in left)
    assert "fewer --hops" in view.notes[-1]


def test_same_name_is_shown_apart_with_a_note(corpus):
    g = corpus("same_name")
    view = ego_view(g, "向国栋", hops=1)
    assert len(view.focus) == 2
    assert "2 persons are called 向国栋" in view.notes[0] and "Give an id" in view.notes[0]
    labels = {n["label"] for n in view_data(view)["nodes"] if n["focus"]}
    assert len(labels) == 2 and all(label.startswith("向国栋\n") for label in labels)
    one = ego_view(g, view.focus[0], hops=1)
    assert one.focus == [view.focus[0]] and one.notes == []


def test_unknown_names_and_bad_requests_are_one_clear_error(seeds):
    with pytest.raises(GovkgError, match="no person called 无名氏"):
        ego_view(seeds, "无名氏")
    with pytest.raises(GovkgError, match="names containing it: .*高喜全"):
        ego_view(seeds, "喜全")
    with pytest.raises(GovkgError, match="not a date"):
        make_view(seeds, since="2024-02-30")
    with pytest.raises(GovkgError, match="after --until"):
        make_view(seeds, since="2025-01-01", until="2024-01-01")
    with pytest.raises(GovkgError, match="people only"):
        make_view(seeds, name="泽州县委", label=Label.BODY, co_attendance_only=True)
    with pytest.raises(GovkgError, match="not in that date window"):
        make_view(seeds, name="高喜全", label=Label.PERSON, until="2000-01-01")


# --- date windows ----------------------------------------------------------------------------
def test_date_window_keeps_what_was_seen_inside(corpus):
    g = corpus("promotion")
    h, note = date_window(g, "2023-01-01", "2023-12-31")
    dated = [(s, t, k) for s, t, k, d in h.edges(keys=True, data=True) if d.get("evidence")]
    assert dated
    for s, t, k in dated:
        d = h.edges[s, t, k]
        dates = [e["date"] for e in d["evidence"]]
        assert all("2023-01-01" <= x <= "2023-12-31" for x in dates)
        assert (d["first_seen"], d["last_seen"]) == (min(dates), max(dates))
        assert d["articles"] == len({e["article"] for e in d["evidence"]})
    expected = {(s, t, k) for s, t, k, d in g.edges(keys=True, data=True)
                if any("2023" == (e.get("date") or "")[:4] for e in d.get("evidence") or [])}
    assert set(dated) == expected
    for s, t, d in h.edges(data=True):
        if not d.get("evidence"):  # derived: only between nodes that stayed
            assert d["basis"] and s in h and t in h
    assert "between 2023-01-01 and 2023-12-31" in note
    assert g.number_of_edges() > h.number_of_edges()


def test_window_view_and_open_ends(corpus):
    g = corpus("promotion")
    late = make_view(g, since="2024-01-01", max_nodes=0)
    assert all(e["date"] >= "2024-01-01" for *_, d in late.graph.edges(data=True)
               for e in d.get("evidence") or [])
    assert "2024-01-01 – …" in late.title and "on or after 2024-01-01" in late.notes[0]
    early = make_view(g, until="2022-12-31", max_nodes=0)
    assert all(e["date"] <= "2022-12-31" for *_, d in early.graph.edges(data=True)
               for e in d.get("evidence") or [])


# --- co-attendance -----------------------------------------------------------------------------
def _shared_by_hand(g: nx.MultiDiGraph) -> dict[frozenset, int]:
    roles = {r.value for r in MEETING_ROLES}
    at: dict[str, set] = {}
    for s, t, k in g.edges(keys=True):
        if k in roles and g.nodes[s]["label"] == Label.PERSON:
            at.setdefault(s, set()).add(t)
    return {frozenset((a, b)): len(at[a] & at[b]) for a, b in combinations(sorted(at), 2)
            if at[a] & at[b]}


@pytest.mark.parametrize("name", ["protocol_order", "same_meeting", "promotion"])
def test_co_attendance_weights_count_meetings_shared(corpus, name):
    g = corpus(name)
    h = co_attendance(g)
    got = {frozenset((a, b)): d["weight"] for a, b, d in h.edges(data=True)}
    assert got == _shared_by_hand(g) and got
    assert all(h.nodes[n]["label"] == Label.PERSON for n in h)
    for a, b, d in h.edges(data=True):
        assert a < b and len(d["meetings"]) == d["weight"]


def test_co_attendance_view_draws_weights(corpus):
    view = co_attendance_view(corpus("protocol_order"))
    edges = view_data(view)["edges"]
    assert all(e["type"] == ViewRel.CO_ATTENDED and e["value"] >= 1 for e in edges)
    assert any(e["label"] == "同场出席 CO_ATTENDED ×2" for e in edges)
    assert "meetings shared" in edges[0]["tooltip"]


# --- data and tooltips -------------------------------------------------------------------------
def test_view_data_matches_the_view(seeds):
    view = whole_graph_view(seeds, max_nodes=0)
    data = view_data(view)
    assert len(data["nodes"]) == seeds.number_of_nodes()
    assert len(data["edges"]) == seeds.number_of_edges()
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])
    assert {n["value"] for n in data["nodes"]} == {seeds.degree(n) for n in seeds}
    counts = {row["key"]: row["count"] for row in data["legend"]["labels"]}
    assert sum(counts.values()) == seeds.number_of_nodes()
    assert all(e["label"].split()[1] == e["type"] for e in data["edges"])


def test_tooltips_say_posts_dates_and_evidence(seeds):
    pid = _id(seeds, "高喜全")
    text = node_tooltip(seeds, pid)
    assert text.startswith("高喜全\n人物 Person") and "posts:" in text
    assert re.search(r"\d{4}-\d{2}-\d{2}", text.split("posts:")[1])
    s, t, k, d = next(e for e in seeds.out_edges(pid, keys=True, data=True)
                      if e[2] == Rel.SPOKE_AT)
    tip = edge_tooltip(seeds, s, t, k)
    ev = d["evidence"][0]
    assert tip.startswith("讲话 SPOKE_AT\n高喜全 → ")
    assert ev["sentence"] in tip and ev["article"] in tip and ev["date"] in tip


def test_long_evidence_lists_are_cut_with_a_pointer():
    g = hostile_graph()
    ev = g.edges["p1", "m1", "CHAIRED"]["evidence"]
    g.edges["p1", "m1", "CHAIRED"]["evidence"] = [dict(ev[0], article=f"a{i}")
                                                  for i in range(MAX_EVIDENCE + 2)]
    tip = edge_tooltip(g, "p1", "m1", "CHAIRED")
    assert tip.count("[2024-01-02 · a") == MAX_EVIDENCE and "… 2 more: govkg why" in tip


# --- the written page ----------------------------------------------------------------------------
def _data_json(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="govkg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_article_text_cannot_leave_the_data_element():
    g = hostile_graph()
    page = render_html(make_view(g, name="p1", label=Label.PERSON, hops=1))
    assert "<script>alert" not in page and "</script><script>" not in page
    # three elements (data, vis-network, ours): no name or sentence opened or closed one
    assert page.count("\n<script") == 3 and page.count("</script>") == 3
    assert "\u2028" not in page.split('id="govkg-data">')[1]
    data = _data_json(page)
    names = {n["name"] for n in data["nodes"]}
    assert f"李{HOSTILE}" in names and "会议</script><script>alert(2)</script>" in names
    assert any(f"句子{HOSTILE}" in e["tooltip"] for e in data["edges"])
    assert "<title>李&lt;script&gt;" in page  # the title, escaped for HTML


def test_page_is_self_contained(seeds):
    page = render_html(whole_graph_view(seeds))
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page, re.I)
    assert not re.search(r"""\s(src|href)\s*=""", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "vis-network" in page and "@version 9.1.2" in page


def test_notebook_inline_needs_no_ipython(seeds):
    shown = inline(ego_view(seeds, "高喜全", hops=1), height=400)
    frame = shown._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert "height:400px" in frame and "<script" not in frame
    src = (FIXTURES.parents[1] / "graph" / "views" / "page.py").read_text("utf-8")
    assert "import IPython" not in src and "from IPython" not in src


def test_default_views_and_their_index(seeds, tmp_path):
    index = write_default_views(seeds, tmp_path)
    assert index == tmp_path / "views" / "index.html"
    files = sorted(p.name for p in index.parent.iterdir())
    assert "graph.html" in files and "co-attendance.html" in files
    people = [f for f in files if f.startswith("person-")]
    assert len(people) == 3
    links = re.findall(r'href="([^"]+)"', index.read_text("utf-8"))
    assert sorted(links) == sorted(f for f in files if f.endswith(".html") and
                                   f != "index.html")
    mine = index.parent / "person-高喜全-2hops-max300.html"  # as govkg view names it
    mine.write_text("mine")
    manifest = index.parent / ".default-views"
    manifest.write_text(manifest.read_text() + "person-0000.html\n../graph.json\n")
    (index.parent / "person-0000.html").write_text("a person of an earlier build")
    (tmp_path / "graph.json").write_text("{}")
    write_default_views(seeds, tmp_path)
    assert not (index.parent / "person-0000.html").exists()
    assert mine.read_text() == "mine" and (tmp_path / "graph.json").exists()
    assert f'href="{mine.name}"' in index.read_text("utf-8")


# --- govkg view --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def built(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    write_json(seeds, out / "graph.json")
    return out


def test_view_command_writes_views(built):
    run = CliRunner().invoke(cli, ["view", "--out", str(built), "--person", "高喜全",
                                   "--hops", "1"])
    assert run.exit_code == 0, run.output
    path = built / "views" / "person-高喜全-1hops-max300.html"
    assert path.is_file() and f"wrote {path}" in run.output
    target = built / "mine.html"
    run = CliRunner().invoke(cli, ["view", "--out", str(built), "--co-attendance",
                                   "--since", "2020-01-01", "-o", str(target)])
    assert run.exit_code == 0, run.output
    assert "Co-attendance" in _data_json(target.read_text("utf-8"))["title"]


@pytest.mark.parametrize("args, message", [
    (["--person", "无名氏"], "no person called 无名氏"),
    (["--since", "2024-1-1"], "--since '2024-1-1' is not a date; use YYYY-MM-DD"),
    (["--person", "高喜全", "--body", "泽州县委"], "give one of --person"),
])
def test_view_command_errors_are_one_line(built, args, message):
    run = CliRunner().invoke(cli, ["view", "--out", str(built), *args])
    assert run.exit_code != 0
    assert message in run.output and len(run.output.strip().splitlines()) == 1


def test_view_command_without_a_build(tmp_path):
    run = CliRunner().invoke(cli, ["view", "--out", str(tmp_path)])
    assert run.exit_code != 0 and "no graph here; run `govkg build" in run.output


def test_an_empty_graph_still_gets_its_index(tmp_path):
    index = write_default_views(nx.MultiDiGraph(), tmp_path)
    assert sorted(p.name for p in index.parent.iterdir()) == [".default-views", "graph.html",
                                                               "index.html"]
