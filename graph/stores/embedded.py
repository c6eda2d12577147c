"""The embedded store: LadybugDB, an in-process Cypher database in one file beside the build
(``OUT/govkg.lbug``), for a researcher's laptop without a server.

Its node and relationship tables are generated from the schema (graph/stores/cypher.py) and
filled with bulk ``COPY ... FROM`` a DataFrame: parameterised MERGE is two orders of
magnitude slower there. A load writes a fresh database next to the old one and renames it
over it, so that a load is all or nothing, reloading gives the same counts, and a query that
is running keeps reading the database it opened. Queries open it read-only: the store is
derived from graph.json and only ``load`` writes it.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
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
    check_counts,
    require_params,
)
from govkg.graph.stores.rows import (
    INT,
    Counts,
    Groups,
    edge_columns,
    edge_table,
    gc_paused,
    graph_counts,
    group,
    node_columns,
    node_table,
)

FILENAME = "govkg.lbug"
#: seconds; an unbounded variable-length pattern would otherwise run for hours
DEFAULT_TIMEOUT = 30.0


def _ladybug():
    try:
        import ladybug
    except ImportError as e:  # pragma: no cover - a dependency, but say what to do
        raise StoreError("the embedded store needs LadybugDB: pip install 'ladybug>=0.22'"
                         ) from e
    return ladybug


class EmbeddedStore(Store):
    kind = "embedded"

    def __init__(self, path: str | Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._db = self._conn = None

    @property
    def dialect(self) -> str:
        return "embedded"

    # --- loading ----------------------------------------------------------------------------
    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None) -> LoadReport:
        start = time.monotonic()
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with gc_paused():
                data = group(graph)
                have = _write_database(tmp, data, progress)
            check_counts(self.kind, graph_counts(graph), have)  # before it replaces anything
            # a WAL left by a crash belongs to the old file and must not replay onto the new
            Path(f"{self.path}.wal").unlink(missing_ok=True)
            os.replace(tmp, self.path)
        finally:
            for leftover in (tmp, Path(f"{tmp}.wal")):
                leftover.unlink(missing_ok=True)
        return LoadReport(data.node_count(), data.edge_count(), time.monotonic() - start)

    # --- querying ---------------------------------------------------------------------------
    def _connection(self):
        if self._conn is None:
            if not self.path.is_file():
                raise StoreError(f"no embedded store at {self.path}: run `govkg build` or "
                                 "`govkg load` first")
            lb = _ladybug()
            try:
                self._db = lb.Database(str(self.path), read_only=True)
            except RuntimeError as e:
                raise StoreError(f"cannot open {self.path}: {_first_line(e)} (`govkg load` "
                                 "rebuilds it from graph.json)") from None
            self._conn = lb.Connection(self._db)
            self._conn.set_query_timeout(int(self.timeout * 1000))
        return self._conn

    def query(self, text: str, params: dict[str, Any] | None = None,
              timeout: float | None = None) -> Rows:
        params = require_params(text, params)
        conn = self._connection()
        limit = self.timeout if timeout is None else timeout
        conn.set_query_timeout(int(limit * 1000))
        try:
            result = conn.execute(text, params)
            if isinstance(result, list):  # several statements: the last one answers
                result = result[-1]
            columns = list(result.get_column_names())
            rows = [dict(zip(columns, (_plain(v) for v in values), strict=True))
                    for values in result.get_all()]
        except RuntimeError as e:
            raise _query_error(e, limit) from None
        return Rows(columns, rows)

    def counts(self) -> Counts:
        return _counts(self._connection())

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._db.close()
        self._db = self._conn = None


def _counts(conn) -> Counts:
    labels = dict(conn.execute(cypher.LADYBUG_COUNT_LABELS).get_all())
    types = dict(conn.execute(cypher.LADYBUG_COUNT_TYPES).get_all())
    return Counts({lb.value: labels.get(lb.value, 0) for lb in Label},
                  {r.value: types.get(r.value, 0) for r in Rel})


def _write_database(path: Path, data: Groups, progress: Progress | None) -> Counts:
    """Write ``data`` into a new database at ``path``; its counts, read before closing."""
    lb = _ladybug()
    # one checkpoint at the end instead of one per COPY: five times faster on small graphs
    db = lb.Database(str(path), auto_checkpoint=False)
    conn = lb.Connection(db)
    total, done = data.node_count() + data.edge_count(), 0
    try:
        conn.execute(";\n".join(cypher.ladybug_tables()))  # one call: faster than one each
        for statement, frame in _frames(data):
            conn.execute(statement, {"frame": frame})
            done += len(frame)
            if progress:
                progress(done, total)
        conn.execute(cypher.LADYBUG_CHECKPOINT)  # everything in the file, no WAL to carry
        return _counts(conn)
    except RuntimeError as e:
        raise StoreError(f"loading the embedded store failed: {_first_line(e)}") from None
    finally:
        conn.close()
        db.close()


def _frames(data: Groups) -> Iterator[tuple[str, Any]]:
    """The COPY statement and DataFrame of every non-empty table, each made just before it
    is copied, so that one table's columns are in memory at a time. (Making the next one in
    a thread while the database copies was measured slower: both want the GIL.)"""
    import pandas as pd

    for label, items in data.nodes.items():
        if items:
            yield (cypher.ladybug_copy_nodes(label),
                   _frame(pd, node_table(label, items), node_columns(label)))
    for (rel, s, t), items in data.edges.items():
        if items:
            # COPY takes the endpoints from the frame's first two columns
            yield (cypher.ladybug_copy_edges(rel, s, t),
                   _frame(pd, edge_table(rel, items), edge_columns(rel), endpoints=True))


def _frame(pd, table: dict[str, list], columns, endpoints: bool = False):
    """A DataFrame of ``table``. Object columns keep None as null: pandas would turn a
    missing int into NaN (a float) and LadybugDB refuses nullable integer arrays."""
    names = (["source", "target"] if endpoints else []) + [c.name for c in columns]
    kinds = {c.name: c.kind for c in columns}
    data = {}
    for name in names:
        values = table[name]
        nullable = kinds.get(name) != INT or any(v is None for v in values)
        data[name] = pd.Series(values, dtype=object) if nullable else values
    return pd.DataFrame(data, columns=names)


_POSITION = re.compile(r"\s*\(line: (\d+), offset: (\d+)\)")


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _query_error(error: RuntimeError, timeout: float) -> QueryError:
    message = _first_line(error)
    if message == "Interrupted.":
        return QueryError(f"stopped after the {timeout:g} s timeout (raise it with --timeout)")
    m = _POSITION.search(message)
    if m:
        return QueryError(_POSITION.sub("", message), int(m.group(1)), int(m.group(2)) + 1)
    return QueryError(message)


def _plain(value: Any) -> Any:
    """LadybugDB's nodes, relationships and paths as plain dicts without its internal ids."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):  # sums of integers are INT128, which arrive as Decimal
        return int(value) if value == value.to_integral_value() else float(value)
    if not isinstance(value, dict):
        return value
    if "_nodes" in value and "_rels" in value:
        return {"nodes": _plain(value["_nodes"]), "relationships": _plain(value["_rels"])}
    if "_LABEL" in value:
        key = "type" if "_SRC" in value else "label"
        props = {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
        return {key: value["_LABEL"], **props}
    return {k: _plain(v) for k, v in value.items()}
