"""The stores' parts without a database: tables and statements generated from the schema,
query files and parameters, settings from .env, FalkorDB's byte budget and escaping, and
display widths."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from govkg.graph.schema import EDGE_PROPERTIES, NODE_PROPERTIES, PATTERNS, Label, Rel
from govkg.graph.stores import bolt, cypher
from govkg.graph.stores.queries import (
    QueryFileError,
    missing_params,
    parse_params,
    read_query,
    variant,
)
from govkg.graph.stores.render import cell, cut, table, width
from govkg.graph.stores.rows import edge_columns, node_columns, tables
from govkg.graph.stores.settings import neo4j_settings


def test_tables_and_statements_follow_the_schema():
    ddl = "\n".join(cypher.ladybug_tables())
    for label in Label:
        assert f"CREATE NODE TABLE {label.value}(" in ddl
        names = [c.name for c in node_columns(label)]
        assert [p.name for p in NODE_PROPERTIES[label]] == names[5:]
    for rel in Rel:
        for s, t in PATTERNS[rel]:
            assert f"FROM {s.value} TO {t.value}" in ddl
        names = {c.name for c in edge_columns(rel)}
        for p in EDGE_PROPERTIES[rel]:
            assert {p.name, f"evidence_{p.name}s"} <= names
    merge = cypher.merge_edges(Rel.ATTENDED, Label.BODY, Label.MEETING)
    assert merge.startswith("UNWIND $rows AS row MATCH (a:Body {id: row.source})")
    assert "r.evidence_ranks = row.evidence_ranks" in merge
    assert all("IF NOT EXISTS" in s for s in cypher.neo4j_schema("neo4j"))
    assert not any("IF NOT EXISTS" in s or "CONSTRAINT" in s
                   for s in cypher.neo4j_schema("falkordb"))


def test_evidence_becomes_aligned_arrays():
    g = nx.MultiDiGraph()
    g.add_node("p", label="Person", name="甲", aliases=[], articles=2, article_ids=["a", "b"])
    g.add_node("m", label="Meeting", name="会", aliases=[], articles=2, article_ids=["a", "b"],
               date="2024-01-02")
    g.add_edge("p", "m", key="ATTENDED", type="ATTENDED", articles=2, first_seen="2024-01-02",
               last_seen="2024-01-03",
               evidence=[{"article": "a", "date": "2024-01-02", "sentence": "s1", "rank": 3},
                         {"article": "b", "date": "2024-01-03", "sentence": "s2"}])
    t = tables(g).edges[(Rel.ATTENDED, Label.PERSON, Label.MEETING)]
    assert t["evidence_articles"] == [["a", "b"]] and t["evidence_ranks"] == [[3, 0]]
    assert t["rank"] == [3] and t["basis"] == ["text"]
    g.add_edge("m", "p", key="HOLDS")
    with pytest.raises(ValueError, match="HOLDS may not link Meeting to Person"):
        tables(g)


def test_query_files_declare_their_parameters(tmp_path):
    (tmp_path / "q.cypher").write_text(
        "// What q answers.\n// $who: a name\n// $n: how many (default: 5)\n"
        "// $year: YYYY (default: \"\")\nMATCH (p) RETURN p LIMIT $n\n", "utf-8")
    (tmp_path / "q.embedded.cypher").write_text("// embedded q\nRETURN 1\n", "utf-8")
    spec = read_query(tmp_path / "q.cypher")
    assert spec.description == "What q answers."
    assert [(p.name, p.required, p.default) for p in spec.params.values()] == [
        ("who", True, None), ("n", False, 5), ("year", False, "")]
    assert parse_params(["who=岳宏斌", "year=2024"], spec.params) == {
        "who": "岳宏斌", "n": 5, "year": "2024"}  # year stays text: its default is text
    assert parse_params(["who=x", "n=7"], spec.params)["n"] == 7
    with pytest.raises(QueryFileError, match="missing --param who=... \\(a name\\)"):
        parse_params([], spec.params)
    assert variant(tmp_path / "q.cypher", "embedded").name == "q.embedded.cypher"
    assert variant(tmp_path / "q.cypher", "falkordb").name == "q.cypher"
    assert variant(tmp_path / "q.embedded.cypher", "neo4j").name == "q.embedded.cypher"


@pytest.mark.parametrize("raw, value", [
    ("3", 3), ("-2", -2), ("0.5", 0.5), ("null", None), ("true", True), ("[1, 2]", [1, 2]),
    ("2024-06-01", "2024-06-01"), ("岳宏斌", "岳宏斌"), ("a=b", "a=b"), ("", ""),
])
def test_undeclared_parameters_read_as_json_scalars_or_text(raw, value):
    assert parse_params([f"x={raw}"]) == {"x": value}


def test_used_parameters_are_found_outside_strings_and_comments():
    text = "// $not_this\nMATCH (p {name: '$nor_this'}) WHERE p.x = $a RETURN $b, `$c`"
    assert missing_params(text, {"a": 1}) == ["b"]


def test_settings_come_from_the_environment_over_dotenv(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("# comment\nNEO4J_PASSWORD='secret'\nNEO4J_URI=bolt://h:1\n"
                      "export NEO4J_DATABASE=govkg\n", "utf-8")
    s = neo4j_settings({"NEO4J_URI": "bolt://env:2"}, dotenv)
    assert (s.uri, s.user, s.password, s.database, s.dialect) == (
        "bolt://env:2", "neo4j", "secret", "govkg", "auto")
    assert neo4j_settings({}, tmp_path / "none").password is None


def test_falkordb_rows_are_escaped_and_cut_to_fit_its_messages():
    name = "it's a \\ test"
    sent = bolt._escape({"rows": [{"name": name, "l": [name]}]})
    assert sent == {"rows": [{"name": "it\\'s a \\\\ test", "l": ["it\\'s a \\\\ test"]}]}
    big = {"source": "x", "evidence_articles": [f"a{i}" for i in range(20)],
           "evidence_sentences": ["句子" * 100] * 20, "articles": 20}
    fitted, size = bolt._fit(big, 2000)
    assert size <= 2000 and fitted["articles"] == 20
    assert 0 < len(fitted["evidence_sentences"]) == len(fitted["evidence_articles"]) < 20
    kept = len(fitted["evidence_articles"])
    assert fitted["evidence_articles"] == big["evidence_articles"][:kept]
    store = bolt.Neo4jStore(driver=None, dialect="falkordb", batch_size=1000)
    rows = [{"id": str(i), "name": "名" * 50} for i in range(100)]
    batches = list(store._batches("UNWIND $rows AS row RETURN row", rows))
    assert sum(len(b) for b in batches) == 100 and len(batches) > 1
    assert all(len(json.dumps(b, ensure_ascii=False).encode()) < bolt.FALKORDB_BATCH_BYTES
               for b in batches)


def test_display_width_counts_wide_characters_twice():
    assert width("岳宏斌") == 6 and width("ab") == 2 and width("e\u0301") == 1
    assert cut("这是一个很长的句子", 9) == "这是一个…" and width(cut("长" * 50, 11)) <= 11
    assert cell(["甲", "乙"]) == "甲、乙" and cell(None) == "" and cell(0.125) == "0.125"
    from govkg.graph.stores.base import Rows

    text = table(Rows(["名字", "n"], [{"名字": "岳宏斌", "n": 1}, {"名字": "Li", "n": 10}]))
    assert text.splitlines() == ["名字    n", "------  --", "岳宏斌   1", "Li      10", "(2 rows)"]
