"""Cypher over a built graph: one store interface (graph/stores/base.py), two backends.

- ``embedded`` (default): LadybugDB in ``OUT/govkg.lbug``, no server needed.
- ``neo4j``: a Neo4j server (or FalkorDB's Bolt endpoint) from ``NEO4J_*`` settings or ``.env``.

>>> from govkg.graph.stores import open_store              # doctest: +SKIP
>>> with open_store("embedded", out="out") as store:        # doctest: +SKIP
...     store.query("MATCH (p:Person) RETURN count(p) AS n").rows
[{'n': 22}]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from govkg.graph.stores.base import (
    LoadReport,
    Progress,
    QueryError,
    Rows,
    Store,
    StoreError,
)
from govkg.graph.stores.rows import Counts, graph_counts

KINDS = ("embedded", "neo4j")

__all__ = ["KINDS", "Counts", "LoadReport", "QueryError", "Rows", "Store", "StoreError",
           "embedded_path", "graph_counts", "load_embedded", "open_store"]


def embedded_path(out: str | Path) -> Path:
    """Where a build in ``out`` keeps its embedded store."""
    from govkg.graph.stores.embedded import FILENAME

    return Path(out) / FILENAME


def open_store(kind: str = "embedded", out: str | Path = "out", *,
               batch_size: int | None = None, timeout: float | None = None,
               dotenv: str | Path = ".env", **options: Any) -> Store:
    """The store of a build in ``out`` (embedded) or the Neo4j server of the ``NEO4J_*``
    settings (neo4j). ``timeout`` is in seconds, for every query."""
    if kind == "embedded":
        from govkg.graph.stores.embedded import DEFAULT_TIMEOUT, EmbeddedStore

        return EmbeddedStore(embedded_path(out), timeout=timeout or DEFAULT_TIMEOUT)
    if kind == "neo4j":
        from govkg.graph.stores.bolt import DEFAULT_BATCH_SIZE, DEFAULT_TIMEOUT, Neo4jStore
        from govkg.graph.stores.settings import neo4j_settings

        return Neo4jStore.connect(neo4j_settings(dotenv=dotenv),
                                  batch_size=batch_size or DEFAULT_BATCH_SIZE,
                                  timeout=timeout or DEFAULT_TIMEOUT, **options)
    raise StoreError(f"unknown store {kind!r}: expected one of {', '.join(KINDS)}")


def load_embedded(out_dir: str | Path, graph: nx.MultiDiGraph,
                  progress: Progress | None = None) -> LoadReport:
    """Load ``graph`` into the embedded store of the build in ``out_dir`` (what ``govkg
    build`` does last)."""
    with open_store("embedded", out_dir) as store:
        return store.load(graph, progress)
