"""The build's files: identical for identical input whatever the input order, the
neo4j-admin CSVs well formed, overrides respected, rebuilds incremental, bad input reported."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from govkg.cli import cli
from govkg.graph import build, build_graph, load_overrides, read_graph
from govkg.graph.cache import extract_all
from govkg.graph.exports import neo4j_import_command, write_build
from govkg.graph.overrides import OverridesError
from govkg.graph.reports import find_nodes

from real_articles import SEEDS, shared

CORPORA = Path(__file__).parent / "fixtures" / "corpora"
OUTPUTS = ("graph.json", "graph.graphml", "decisions.jsonl")


def _files(out: Path) -> dict[str, bytes]:
    names = [*OUTPUTS, *(f"neo4j-import/{p.name}" for p in (out / "neo4j-import").iterdir())]
    return {n: (out / n).read_bytes() for n in sorted(names)}


def test_building_twice_gives_identical_files(tmp_path):
    write_build(build([str(SEEDS)]), tmp_path / "a")
    write_build(build([str(SEEDS)], cache_dir=str(tmp_path / "cache")), tmp_path / "b")
    write_build(build([str(SEEDS)], cache_dir=str(tmp_path / "cache")), tmp_path / "c")
    assert _files(tmp_path / "a") == _files(tmp_path / "b") == _files(tmp_path / "c")


def test_input_order_changes_no_id(tmp_path):
    folders = sorted(str(p) for p in CORPORA.iterdir() if p.is_dir())
    xs, errors, _ = extract_all(folders, None)
    assert not errors
    forward = build_graph(xs)
    backward = build_graph(list(reversed(xs)))
    assert nx.utils.graphs_equal(forward.graph, backward.graph)
    write_build(forward, tmp_path / "f")
    write_build(backward, tmp_path / "b")
    assert _files(tmp_path / "f") == _files(tmp_path / "b")


def test_graph_json_round_trips(tmp_path):
    result = build([str(SEEDS)])
    write_build(result, tmp_path)
    again = read_graph(tmp_path / "graph.json")
    assert sorted(again.nodes) == sorted(result.graph.nodes)
    assert again.number_of_edges() == result.graph.number_of_edges()
    graphml = nx.read_graphml(tmp_path / "graph.graphml")
    assert graphml.number_of_nodes() == result.graph.number_of_nodes()


def test_neo4j_import_csvs_are_well_formed(tmp_path):
    result = build([str(CORPORA / "promotion"), str(SEEDS)])
    write_build(result, tmp_path)
    folder = tmp_path / "neo4j-import"
    ids: set[str] = set()
    for path in sorted(folder.glob("nodes_*.csv")):
        rows = list(csv.reader(path.open(encoding="utf-8")))
        header = rows[0]
        assert header[0] == "id:ID" and header[-1] == ":LABEL"
        assert all(len(r) == len(header) for r in rows[1:])
        assert {r[-1] for r in rows[1:]} <= {path.stem.removeprefix("nodes_")}
        ids |= {r[0] for r in rows[1:]}
    assert len(ids) == result.graph.number_of_nodes()
    edges = 0
    for path in sorted(folder.glob("rels_*.csv")):
        rows = list(csv.reader(path.open(encoding="utf-8")))
        header = rows[0]
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        arrays = [i for i, h in enumerate(header) if h.endswith("[]")]
        for r in rows[1:]:
            assert len(r) == len(header)
            assert r[0] in ids and r[1] in ids, "every id reference resolves"
            evidence = [len(r[i].split(";")) if r[i] else 0 for i in arrays[:3]]
            assert len(set(evidence)) == 1, "evidence arrays line up"
            edges += 1
    assert edges == result.graph.number_of_edges()
    assert "--nodes=out/neo4j-import/nodes_Person.csv" in neo4j_import_command()


def test_overrides_merge_split_and_remove(tmp_path):
    corpus = [str(CORPORA / "same_name")]
    plain = build(corpus).graph
    assert len(find_nodes(plain, "向国栋", "Person")) == 2
    rules = tmp_path / "o.yaml"
    rules.write_text("same_person:\n  - [向国栋@s1, 向国栋@s2]\n"
                     "different_persons:\n  - [谭启明@s1, 谭启明@s3]\n"
                     "not_persons: [易湘君]\n", "utf-8")
    result = build(corpus, overrides=load_overrides(rules))
    g = result.graph
    assert len(find_nodes(g, "向国栋", "Person")) == 1
    assert len(find_nodes(g, "谭启明", "Person")) == 2
    assert find_nodes(g, "易湘君", "Person") == []
    rules_used = {d["rule"] for d in result.decisions}
    assert {"override: same person", "override: different persons"} <= rules_used


@pytest.mark.parametrize(("text", "problem"), [
    ("same_person: [[a@1]]\n", "should be a pair"),
    ("nobody: []\n", "unknown key"),
    ("same_person: [\n", "not valid YAML"),
])
def test_bad_overrides_are_one_clear_error(tmp_path, text, problem):
    path = tmp_path / "o.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(OverridesError, match=problem):
        load_overrides(path)


def test_rebuilds_extract_only_what_changed(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA / "promotion", corpus)
    (corpus / "expected.json").unlink()
    cache = str(tmp_path / "cache")
    first = build([str(corpus)], cache_dir=cache)
    assert (first.articles, first.cached) == (5, 0)
    shutil.copy(CORPORA / "same_meeting" / "m1.txt", corpus / "m1.txt")
    grown = build([str(corpus)], cache_dir=cache)
    assert (grown.articles, grown.cached) == (6, 5)
    assert find_nodes(grown.graph, "庞立新", "Person")
    (corpus / "m1.txt").unlink()
    shrunk = build([str(corpus)], cache_dir=cache)
    assert find_nodes(shrunk.graph, "庞立新", "Person") == []  # only m1 supported him
    assert nx.utils.graphs_equal(shrunk.graph, first.graph)
    monkeypatch.setattr("govkg.graph.cache.extractor_version", lambda: "changed")
    assert build([str(corpus)], cache_dir=cache).cached == 0


def test_build_command_reports_bad_inputs_and_builds_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA / "same_meeting", corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "empty.txt" in result.stderr
    assert "Traceback" not in result.output
    g = read_graph(out / "graph.json")
    assert find_nodes(g, "郁建华", "Person")
    assert "built" in result.stdout and "Meeting 1" in result.stdout


def test_person_and_why_commands(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(CORPORA / "promotion"), "--out", str(out),
                               "--silent"]).exit_code == 0
    result = runner.invoke(cli, ["person", "岳宏斌", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "副县长 of 沂南县人民政府  2022-03-16 – 2022-08-24" in result.stdout
    assert "县长 of 沂南县人民政府  2024-02-21 – 2024-10-11" in result.stdout
    early = runner.invoke(cli, ["person", "岳宏斌", "--as-of", "2022-12-31", "--out", str(out)])
    assert "县长 of 沂南县人民政府  2024" not in early.stdout
    why = runner.invoke(cli, ["why", "孔维娜", "--out", str(out)])
    assert "副县长孔维娜主持会议。" in why.stdout and "p5 2024-10-11" in why.stdout
    missing = runner.invoke(cli, ["person", "无此人", "--out", str(out)])
    assert missing.exit_code == 1 and "no person called 无此人" in missing.stderr
    nothing = runner.invoke(cli, ["why", "x", "--out", str(tmp_path / "none")])
    assert nothing.exit_code == 1 and "run `govkg build" in nothing.stderr


def test_seeds_and_dev_give_one_node_per_real_person(tmp_path):
    result = build([str(SEEDS), str(shared("dev"))])
    g = result.graph
    gold = [json.loads(line) for path in (shared("dev", "gold.jsonl"),
                                          Path(__file__).parent / "fixtures" / "gold" /
                                          "seeds.jsonl")
            for line in path.read_text("utf-8").splitlines() if line.strip()]
    names = {p["name"] for a in gold for p in a["persons"] if not p.get("optional")}
    persons = [d["name"] for _, d in g.nodes(data=True) if d["label"] == "Person"]
    # no two articles of these share a person, so every name is one node...
    assert len(persons) == len(set(persons))
    # ...and every annotated person is there, once
    assert len(names - set(persons)) <= 1
    assert result.articles == 25 and not result.errors
    places = [d.get("code") for _, d in g.nodes(data=True)
              if d["label"] == "Place" and d.get("code")]
    assert len(places) == len(set(places)), "one node per division"
