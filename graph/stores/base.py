"""The one interface every store implements (after nomenklatura's ``store/base.py``): open,
load a built graph, run a parameterised Cypher query, count by label and by type, close.

    with open_store("embedded", out="out") as store:     # govkg.graph.stores.open_store
        store.load(graph)
        rows = store.query("MATCH (p:Person) RETURN p.name AS name LIMIT $n", {"n": 3})
        rows.columns, rows.rows                            # ['name'], [{'name': ...}, ...]
        store.counts().labels["Person"]

``tests/test_stores_contract.py`` runs the same cases against every backend.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from govkg.errors import GovkgError
from govkg.graph.stores.rows import Counts, graph_counts

#: Called as ``progress(rows_done, rows_total)`` while a load runs.
Progress = Callable[[int, int], None]


class StoreError(GovkgError):
    """A store cannot be opened, reached or loaded."""


class QueryError(GovkgError):
    """A query the store refused: a syntax error (with its line and column), an unknown
    label or property, a missing parameter, a timeout."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None
                 ) -> None:
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(f"Cypher error{where}: {message}")
        self.line, self.column = line, column


@dataclass
class Rows:
    """A query's answer: the column names in order, and one dict per row."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def values(self, column: str) -> list[Any]:
        return [r[column] for r in self.rows]


@dataclass(frozen=True)
class LoadReport:
    nodes: int
    edges: int
    seconds: float
    #: nodes and edges an earlier load wrote that this graph no longer has (Neo4j only)
    removed: int = 0

    @property
    def rows_per_second(self) -> float:
        return (self.nodes + self.edges) / max(self.seconds, 1e-9)


class Store(ABC):
    """A graph database holding one built graph."""

    #: "embedded" or "neo4j"
    kind: str = ""

    @property
    @abstractmethod
    def dialect(self) -> str:
        """Which Cypher the store speaks: embedded, neo4j or falkordb (picks query files)."""

    @abstractmethod
    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None) -> LoadReport:
        """Replace what the store holds with ``graph``. Loading the same graph twice, or
        again after an interrupted load, leaves every count as one load does."""

    @abstractmethod
    def query(self, text: str, params: dict[str, Any] | None = None,
              timeout: float | None = None) -> Rows:
        """Run one Cypher statement with named parameters; raise :class:`QueryError` on a
        refusal. ``timeout`` (seconds) overrides the store's own."""

    @abstractmethod
    def counts(self) -> Counts:
        """Nodes per label and edges per type, for every label and type of the schema."""

    @abstractmethod
    def close(self) -> None:
        """Release the database; the store cannot be used after."""

    def check(self, graph: nx.MultiDiGraph) -> Counts:
        """The store's counts, after making sure they are the graph's."""
        return check_counts(self.kind, graph_counts(graph), self.counts())

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def require_params(text: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """``params`` as a dict, or a :class:`QueryError` naming the parameters the statement
    uses but lacks (every store checks: LadybugDB would quietly read them as null)."""
    from govkg.graph.stores.queries import missing_params

    params = dict(params or {})
    missing = missing_params(text, params)
    if missing:
        raise QueryError("missing parameter " + ", ".join(f"${m}" for m in missing))
    return params


def check_counts(kind: str, want: Counts, have: Counts) -> Counts:
    """``have``, after making sure it is ``want``: a load that lost rows says which."""
    if have != want:
        diff = [f"{k} {have.labels[k]} (graph {v})" for k, v in want.labels.items()
                if have.labels[k] != v]
        diff += [f"{k} {have.types[k]} (graph {v})" for k, v in want.types.items()
                 if have.types[k] != v]
        raise StoreError(f"{kind} store does not hold the graph: {', '.join(diff)}")
    return have
