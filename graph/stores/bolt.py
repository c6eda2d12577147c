"""The Neo4j store: a team's Neo4j server over Bolt, through the official driver, which the
caller passes in (never a global one). FalkorDB's Bolt endpoint, which the tests use, is the
same store with ``dialect="falkordb"``.

A load merges every node and edge on its deterministic id in batches of parameterised
``UNWIND $rows AS row MERGE ...`` (one write transaction per batch, through a session), marks
each with the load's ``load_id``, then deletes what an earlier load wrote and this one did not.
So loading twice, or re-running an interrupted load, ends with the graph's counts.

FalkorDB's limits, all behind ``dialect`` (queries/README.md lists them with the query forms):
it writes string parameters into the query text between single quotes, reading backslash
escapes, so that a value with a ``'`` fails or, worse, runs as Cypher (measured here: a
name deleted nodes): the store escapes ``\\`` and ``'`` in every string it sends there;
a Bolt message over about 4 KB crashes the server, so batches are cut at
:data:`FALKORDB_BATCH_BYTES` of parameters and a row alone over that budget loses the tail of
its evidence and article lists (its counts stay whole); no ``CREATE CONSTRAINT`` and no
``IF NOT EXISTS``; ``database`` is ignored (everything is in the graph ``falkordb``); no
transaction rollback; a query sent with a timeout is answered from an empty graph, so none is
sent (start FalkorDB with ``TIMEOUT_DEFAULT``); once a client has disconnected, new
connections hang (so one driver serves a whole test run); dates travel and are stored as ISO strings
(as for every dialect here: a temporal value returned over Bolt crashes FalkorDB).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import networkx as nx

from govkg.graph.schema import Label, Rel
from govkg.graph.stores import cypher
from govkg.graph.stores.base import (
    LoadReport,
    Progress,
    QueryError,
    Rows,
    Store,
    StoreError,
    require_params,
)
from govkg.graph.stores.rows import Counts, gc_paused, row_dicts, tables
from govkg.graph.stores.settings import Neo4jSettings

DEFAULT_BATCH_SIZE = 1000
DEFAULT_TIMEOUT = 30.0
#: parameter bytes (as JSON) per FalkorDB message, well under the ~4 KB that crashes it
FALKORDB_BATCH_BYTES = 2500
#: lists a node row may shorten to fit FalkorDB's messages (an edge's evidence arrays are
#: cut together, so that they stay aligned)
_NODE_LISTS = ("article_ids", "aliases")


class Neo4jStore(Store):
    kind = "neo4j"

    def __init__(self, driver: Any, database: str | None = None, dialect: str = "auto",
                 batch_size: int = DEFAULT_BATCH_SIZE, timeout: float = DEFAULT_TIMEOUT,
                 owns_driver: bool = False, uri: str = "NEO4J_URI") -> None:
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        self.driver, self.database, self.batch_size = driver, database, batch_size
        self.timeout, self._owns, self.uri = timeout, owns_driver, uri
        self._dialect = None if dialect == "auto" else dialect

    @classmethod
    def connect(cls, settings: Neo4jSettings, **options: Any) -> Neo4jStore:
        """A store over a driver of its own, made from ``settings`` and closed with it."""
        from neo4j import GraphDatabase
        from neo4j.exceptions import ConfigurationError

        auth = (settings.user, settings.password) if settings.password else None
        try:
            # a server that does not answer fails in seconds, not after the default minute
            driver = GraphDatabase.driver(settings.uri, auth=auth, connection_timeout=10.0,
                                          connection_acquisition_timeout=20.0)
        except (ValueError, ConfigurationError) as e:  # a malformed URI
            raise StoreError(f"NEO4J_URI {settings.uri!r}: {e}") from None
        return cls(driver, database=settings.database, dialect=settings.dialect,
                   owns_driver=True, uri=settings.uri, **options)

    @property
    def dialect(self) -> str:
        if self._dialect is None:
            try:
                self._run(cypher.NEO4J_PROBE)
                self._dialect = "neo4j"
            except QueryError:
                self._dialect = "falkordb"
        return self._dialect

    def _session(self):
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            if self._dialect == "falkordb" or self.database is None:
                return self.driver.session()
            return self.driver.session(database=self.database)
        except (DriverError, Neo4jError) as e:
            raise StoreError(f"cannot reach the Neo4j server: {e}") from None

    # --- loading ----------------------------------------------------------------------------
    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None) -> LoadReport:
        start = time.monotonic()
        self._ensure_schema()
        load = uuid.uuid4().hex
        with gc_paused():
            data = tables(graph)
            jobs = [(cypher.merge_nodes(lb), row_dicts(t)) for lb, t in data.nodes.items()]
            jobs += [(cypher.merge_edges(*key), row_dicts(t)) for key, t in data.edges.items()]
            if self.dialect == "falkordb":
                jobs = [(statement, _escape(rows)) for statement, rows in jobs]
        total, done = data.node_count() + data.edge_count(), 0
        with self._session() as session:
            for statement, rows in jobs:
                for batch in self._batches(statement, rows):
                    _write(session, statement, rows=batch, load=load)
                    done += len(batch)
                    if progress:
                        progress(done, total)
            removed = self._remove_stale(session, load)
        report = LoadReport(data.node_count(), data.edge_count(), time.monotonic() - start,
                            removed)
        self.check(graph)
        return report

    def _ensure_schema(self) -> None:
        statements = cypher.neo4j_schema(self.dialect)
        if self.dialect == "falkordb":
            have = {(r.get("label"), p) for r in self._run(cypher.FALKORDB_INDEXES).rows
                    for p in r.get("properties") or []}
            statements = [s for s in statements if _index_key(s) not in have]
        for statement in statements:
            self._run(statement)

    def _batches(self, statement: str, rows: list[dict]) -> Iterator[list[dict]]:
        if self.dialect != "falkordb":
            for i in range(0, len(rows), self.batch_size):
                yield rows[i:i + self.batch_size]
            return
        budget = FALKORDB_BATCH_BYTES - len(statement.encode())
        batch, size = [], 0
        for row in rows:
            row, n = _fit(row, budget)
            if batch and (size + n > budget or len(batch) >= self.batch_size):
                yield batch
                batch, size = [], 0
            batch.append(row)
            size += n
        if batch:
            yield batch

    def _remove_stale(self, session, load: str) -> int:
        removed = 0
        statements = [cypher.delete_stale_edges(r) for r in Rel]
        statements += [cypher.delete_stale_nodes(lb) for lb in Label]
        for statement in statements:
            while True:  # in batches: one huge delete would not fit a server's memory
                n = _write(session, statement, load=load, limit=self.batch_size)[0]["n"]
                removed += n
                if n == 0:
                    break
        return removed

    # --- querying ---------------------------------------------------------------------------
    def query(self, text: str, params: dict[str, Any] | None = None,
              timeout: float | None = None) -> Rows:
        params = require_params(text, params)
        self.dialect  # noqa: B018 - the probe must not run inside the user's query
        return self._run(text, params, timeout)

    def _run(self, text: str, params: dict[str, Any] | None = None,
             timeout: float | None = None) -> Rows:
        from neo4j import Query
        from neo4j.exceptions import AuthError, DriverError, Neo4jError

        limit = self.timeout if timeout is None else timeout
        # FalkorDB answers a query sent with a timeout from an empty graph: its own
        # TIMEOUT_DEFAULT module setting bounds queries there
        query = Query(text, timeout=limit) if self._dialect == "neo4j" else text
        if self._dialect == "falkordb":
            params = _escape(params)
        try:
            with self._session() as session:
                result = session.run(query, params or {})
                columns = list(result.keys())
                rows = [{k: _plain(record[k]) for k in columns} for record in result]
        except AuthError as e:
            raise StoreError(f"the Neo4j server at {self.uri} refused NEO4J_USER and "
                             f"NEO4J_PASSWORD (environment or .env): {_first_line(e)}") from None
        except Neo4jError as e:
            raise _query_error(e, self._dialect) from None
        except DriverError as e:
            # the driver's messages run over lines: one line for the user
            raise StoreError(f"the Neo4j server at {self.uri} failed: "
                             f"{' '.join(str(e).split())}") from None
        return Rows(columns, rows)

    def counts(self) -> Counts:
        labels = {lb.value: self._run(cypher.count_label(lb)).rows[0]["n"] for lb in Label}
        types = {r.value: self._run(cypher.count_type(r)).rows[0]["n"] for r in Rel}
        return Counts(labels, types)

    def close(self) -> None:
        if self._owns:
            self.driver.close()


def _write(session, statement: str, **params: Any) -> list[dict]:
    """One write transaction, retried by the driver on transient errors."""
    from neo4j.exceptions import DriverError, Neo4jError

    def work(tx):
        return tx.run(statement, params).data()

    try:
        return session.execute_write(work)
    except (Neo4jError, DriverError) as e:
        raise StoreError(f"loading the Neo4j store failed: {_first_line(e)}") from None


def _escape(value: Any) -> Any:
    """Every string in ``value`` as FalkorDB must receive it to read it back unchanged: it
    pastes parameters into the query between single quotes and reads backslash escapes."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list | tuple):
        return [_escape(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape(v) for k, v in value.items()}
    return value


def _index_key(statement: str) -> tuple[str, str]:
    m = re.search(r"\(n:(\w+)\) ON \(n\.(\w+)\)", statement)
    return (m.group(1), m.group(2)) if m else ("", "")


def _size(row: dict) -> int:
    return len(json.dumps(row, ensure_ascii=False).encode())


def _fit(row: dict, budget: int) -> tuple[dict, int]:
    """``row`` with its lists cut until it takes at most ``budget`` bytes (FalkorDB only):
    the evidence arrays all to the same first items, then a node's lists."""
    size = _size(row)
    if size <= budget:
        return row, size
    row = dict(row)
    aligned = [k for k in row if k.startswith("evidence_")]
    while size > budget and aligned and row[aligned[0]]:
        keep = len(row[aligned[0]]) // 2
        for name in aligned:
            row[name] = row[name][:keep]
        size = _size(row)
    for name in _NODE_LISTS:
        while size > budget and row.get(name):
            row[name] = row[name][:len(row[name]) // 2]
            size = _size(row)
    if size > budget:
        raise StoreError(f"a row of {size} bytes does not fit FalkorDB's {budget}-byte "
                         f"messages even without its lists (id {row.get('id') or row})")
    return row, size


_POSITION = re.compile(r"\(line (\d+), column (\d+)(?: \(offset: \d+\))?\)")


def _first_line(error: BaseException) -> str:
    text = getattr(error, "message", None) or str(error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__


def _query_error(error: Exception, dialect: str | None) -> QueryError:
    message = _first_line(error)
    code = getattr(error, "code", "") or ""
    if dialect == "falkordb" and "UnknownError" in code:
        return QueryError("FalkorDB refused the query and gives no reason (it lacks some "
                          "Neo4j features: see queries/README.md)")
    if "TransactionTimedOut" in code or "Terminated" in code:
        return QueryError("stopped by the server's timeout (raise it with --timeout)")
    m = _POSITION.search(message)
    if m:
        return QueryError(_POSITION.sub("", message).rstrip(" :"), int(m.group(1)),
                          int(m.group(2)))
    return QueryError(message)


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships as dicts with their label or
    type, paths as their nodes and relationships, temporal values as ISO strings."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        labels = sorted(value.labels)
        return {"label": labels[0] if len(labels) == 1 else labels,
                **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes],
                "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
