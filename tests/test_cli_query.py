"""``govkg load`` and ``govkg query`` on the embedded store: tables aligned by display width,
JSON and CSV that read back, one-line errors with the position, parameters as data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import cli
from govkg.graph import build, read_graph, write_build
from govkg.graph.stores import graph_counts, open_store
from govkg.graph.stores.render import width

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    write_build(build([str(ROOT / "seeds")]), out)
    result = CliRunner().invoke(cli, ["load", "--out", str(out)])
    assert result.exit_code == 0, result.output
    counts = graph_counts(read_graph(out / "graph.json"))
    assert result.output.startswith(f"loaded {counts.nodes} nodes and {counts.edges} edges into ")
    return out


def query(out: Path, *args: str):
    return CliRunner().invoke(cli, ["query", "--out", str(out), *args], catch_exceptions=False)


def test_load_fills_the_embedded_store_with_the_graph(out):
    with open_store("embedded", out) as store:
        counts = store.counts()
    assert counts == graph_counts(read_graph(out / "graph.json"))
    assert counts.nodes > 100 and counts.edges > 100


def test_a_table_aligns_chinese_text_by_display_width(out):
    result = query(out, "--file", str(ROOT / "queries" / "co_attendance.cypher"),
                   "--param", "limit=4")
    assert result.exit_code == 0, result.output
    title, header, rule, *rows, footer = result.output.rstrip("\n").split("\n")
    assert title.startswith("# Who meets whom most often")
    assert header.split() == ["person", "other", "meetings", "last"]
    assert footer == "(4 rows)" and len(rows) == 4
    # every column starts at the same display column in every line
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for line in [header, *rows]:
        for start in starts[1:]:
            prefix = _prefix_of_width(line, start)
            assert prefix.endswith("  ") or prefix.endswith(" "), (line, start)


def _prefix_of_width(line: str, columns: int) -> str:
    out = ""
    for ch in line:
        if width(out + ch) > columns:
            break
        out += ch
    return out


def test_json_and_csv_carry_the_same_rows(out):
    args = ["--file", str(ROOT / "queries" / "person_posts.cypher"), "-p", "person=高喜全"]
    rows = json.loads(query(out, *args, "--format", "json").output)
    g = read_graph(out / "graph.json")
    person = next(n for n, d in g.nodes(data=True) if d["name"] == "高喜全")
    posts = [t for _, t, k in g.out_edges(person, keys=True) if k == "HOLDS"]
    assert [(r["person_id"], r["post"]) for r in rows] == [(person, g.nodes[t]["name"])
                                                          for t in posts]
    assert list(rows[0]) == ["person", "post", "body", "first_seen", "last_seen", "articles",
                             "person_id"]
    table = list(csv.DictReader(io.StringIO(query(out, *args, "--format", "csv").output)))
    assert table == [{k: str(v) for k, v in rows[0].items()}]


def test_a_parameter_is_data_even_when_it_looks_like_cypher(out):
    evil = "高喜全' }) MATCH (n) DETACH DELETE n //"
    result = query(out, "MATCH (p:Person) WHERE p.name = $name RETURN count(p) AS n",
                   "--param", f"name={evil}", "--format", "json")
    assert json.loads(result.output) == [{"n": 0}]
    with open_store("embedded", out) as store:
        assert store.counts() == graph_counts(read_graph(out / "graph.json"))


def test_a_cypher_error_is_one_line_with_its_position(out):
    result = CliRunner().invoke(cli, ["query", "--out", str(out), "MATCH (p:Person RETURN p"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "line 1, column 17" in lines[0], lines
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args, message", [
    (["--file", "queries/person_posts.cypher"], "missing --param person=..."),
    (["RETURN $x AS x"], "missing parameter $x"),
    (["--file", "queries/nope.cypher"], "queries/nope.cypher"),
    (["MATCH (n:Nobody) RETURN n"], "Nobody"),
    (["RETURN 1", "--file", "queries/person_posts.cypher"], "not both"),
])
def test_mistakes_are_one_line(out, args, message, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["query", "--out", str(out), *args])
    assert result.exit_code != 0 and message in result.output, result.output
    assert "Traceback" not in result.output


def test_a_runaway_query_stops_at_the_timeout(out):
    result = CliRunner().invoke(cli, ["query", "--out", str(out), "--timeout", "0.3",
                                      "MATCH p = (a)-[*1..30]-(b) RETURN count(*) AS n"])
    assert result.exit_code == 1 and "timeout" in result.output


def test_without_a_build_the_store_says_what_to_run(tmp_path):
    result = CliRunner().invoke(cli, ["query", "--out", str(tmp_path), "RETURN 1 AS x"])
    assert result.exit_code == 1 and "govkg build" in result.output
    result = CliRunner().invoke(cli, ["load", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "graph.json not found" in result.output


def test_list_shows_every_ready_query_with_its_parameters(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert "queries/county_seniority.cypher" in result.output
    assert "--param county=" in result.output and ".embedded." not in result.output
