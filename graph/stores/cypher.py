"""Every statement the stores send, in one place. Labels, edge types and property names come
from the schema (through graph/stores/rows.py), never from data; values always travel as
parameters, so no name or sentence read from an article is ever part of a statement.

Dialects: ``embedded`` is LadybugDB (typed node and relationship tables, bulk ``COPY``),
``neo4j`` is Neo4j 5, and ``falkordb`` is the Neo4j form with FalkorDB's limits (no
``CREATE CONSTRAINT``, no ``IF NOT EXISTS``: see queries/README.md for the whole list).
"""

from __future__ import annotations

import re

from govkg.graph.schema import PATTERNS, Label, Rel
from govkg.graph.stores.rows import INT, INTS, STRING, STRINGS, edge_columns, node_columns

_LADYBUG_TYPES = {STRING: "STRING", INT: "INT64", STRINGS: "STRING[]", INTS: "INT64[]"}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _name(text: str) -> str:
    """An identifier from the schema, checked: a schema change can never inject syntax."""
    if not _NAME.fullmatch(text):
        raise ValueError(f"not a plain identifier: {text!r}")
    return text


# --- counts, shared by every dialect --------------------------------------------------------
def count_label(label: Label) -> str:
    return f"MATCH (n:{_name(label.value)}) RETURN count(n) AS n"


def count_type(rel: Rel) -> str:
    return f"MATCH ()-[r:{_name(rel.value)}]->() RETURN count(r) AS n"


# --- embedded (LadybugDB) -------------------------------------------------------------------
def ladybug_tables() -> list[str]:
    """CREATE statements for one node table per label and one relationship table per edge
    type, holding every (source, target) label pair the schema allows for it."""
    out = []
    for label in Label:
        cols = [f"{_name(c.name)} {_LADYBUG_TYPES[c.kind]}" for c in node_columns(label)]
        out.append(f"CREATE NODE TABLE {_name(label.value)}({', '.join(cols)}, "
                   "PRIMARY KEY (id))")
    for rel in Rel:
        pairs = [f"FROM {_name(s.value)} TO {_name(t.value)}" for s, t in sorted(PATTERNS[rel])]
        cols = [f"{_name(c.name)} {_LADYBUG_TYPES[c.kind]}" for c in edge_columns(rel)]
        out.append(f"CREATE REL TABLE {_name(rel.value)}({', '.join(pairs + cols)})")
    return out


def ladybug_copy_nodes(label: Label) -> str:
    return f"COPY {_name(label.value)} FROM $frame"


def ladybug_copy_edges(rel: Rel, source: Label, target: Label) -> str:
    """The frame's first two columns are the source and target ids."""
    return (f"COPY {_name(rel.value)} FROM $frame "
            f"(from='{_name(source.value)}', to='{_name(target.value)}')")


LADYBUG_CHECKPOINT = "CHECKPOINT"
#: two scans instead of one count per table (LadybugDB's label() is Neo4j's labels()[0])
LADYBUG_COUNT_LABELS = "MATCH (n) RETURN label(n) AS name, count(*) AS n"
LADYBUG_COUNT_TYPES = "MATCH ()-[r]->() RETURN label(r) AS name, count(*) AS n"


# --- neo4j and falkordb ---------------------------------------------------------------------
def neo4j_schema(dialect: str) -> list[str]:
    """Uniqueness of ids and an index on names, per label. Neo4j: named, IF NOT EXISTS.
    FalkorDB knows neither constraints nor IF NOT EXISTS: plain indexes, which the store
    creates only where ``CALL db.indexes()`` shows none."""
    out = []
    for label in Label:
        lb = _name(label.value)
        if dialect == "falkordb":
            out += [f"CREATE INDEX FOR (n:{lb}) ON (n.id)",
                    f"CREATE INDEX FOR (n:{lb}) ON (n.name)"]
        else:
            low = lb.lower()
            out += [f"CREATE CONSTRAINT govkg_{low}_id IF NOT EXISTS "
                    f"FOR (n:{lb}) REQUIRE n.id IS UNIQUE",
                    f"CREATE INDEX govkg_{low}_name IF NOT EXISTS FOR (n:{lb}) ON (n.name)"]
    return out


FALKORDB_INDEXES = "CALL db.indexes()"


def merge_nodes(label: Label) -> str:
    """One batch of nodes of ``label``, merged on their id; ``load_id`` marks this load."""
    sets = [f"n.{_name(c.name)} = row.{_name(c.name)}"
            for c in node_columns(label) if c.name != "id"]
    return (f"UNWIND $rows AS row MERGE (n:{_name(label.value)} {{id: row.id}}) "
            f"SET {', '.join(sets)}, n.load_id = $load")


def merge_edges(rel: Rel, source: Label, target: Label) -> str:
    """One batch of edges, merged on their endpoints and type (one edge per type and pair)."""
    sets = [f"r.{_name(c.name)} = row.{_name(c.name)}" for c in edge_columns(rel)]
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{_name(source.value)} {{id: row.source}}) "
            f"MATCH (b:{_name(target.value)} {{id: row.target}}) "
            f"MERGE (a)-[r:{_name(rel.value)}]->(b) "
            f"SET {', '.join(sets)}, r.load_id = $load")


def delete_stale_edges(rel: Rel) -> str:
    """Up to $limit edges that an earlier load wrote and this one did not (a rebuilt graph
    lost them); edges without ``load_id`` are not govkg's and stay."""
    return (f"MATCH ()-[r:{_name(rel.value)}]->() WHERE r.load_id <> $load "
            "WITH r LIMIT $limit DELETE r RETURN count(*) AS n")


def delete_stale_nodes(label: Label) -> str:
    return (f"MATCH (n:{_name(label.value)}) WHERE n.load_id <> $load "
            "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n")


#: Neo4j answers this; FalkorDB fails it, which is how ``dialect="auto"`` tells them apart.
NEO4J_PROBE = "CALL dbms.components() YIELD name RETURN name"
