"""``govkg load``: a built graph (OUT/graph.json) into the embedded store or a Neo4j server."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from govkg.cli.common import warn

STORES = ("embedded", "neo4j")


@click.command()
@click.option("--store", type=click.Choice(STORES), default="embedded", show_default=True,
              help="embedded: LadybugDB in OUT/govkg.lbug; neo4j: the server of NEO4J_URI.")
@click.option("--out", default="out", show_default=True, type=click.Path(file_okay=False),
              help="The build directory holding graph.json.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Rows per write transaction (neo4j store; default 1000).")
@click.option("--silent", is_flag=True, help="No progress line and no summary.")
def load(store: str, out: str, batch_size: int | None, silent: bool) -> None:
    """Load the graph that `govkg build` wrote into a store for Cypher queries.

    `govkg build` already loads the embedded store; run this to reload it, or to fill a
    Neo4j server. Loading again, or after an interrupted load, gives the same counts.

    \b
    The neo4j store reads NEO4J_URI (default bolt://localhost:7687), NEO4J_USER (neo4j),
    NEO4J_PASSWORD, NEO4J_DATABASE and NEO4J_DIALECT (auto, neo4j or falkordb) from the
    environment or from ./.env (see .env.example).

    \b
    Examples:
      govkg load                          # out/graph.json into out/govkg.lbug
      docker compose up -d --wait         # a Neo4j server (docker-compose.yml)
      govkg load --store neo4j --out out --batch-size 5000
    """
    from govkg.graph import read_graph
    from govkg.graph.stores import open_store

    path = Path(out) / "graph.json"
    if not path.is_file():
        raise click.ClickException(f"{path} not found: run `govkg build PATH... --out {out}` "
                                   "first")
    graph = read_graph(path)
    progress = _Progress(silent)
    with open_store(store, out, batch_size=batch_size) as target:
        report = target.load(graph, progress)
        counts = target.counts()
    progress.done()
    if silent:
        return
    where = Path(out) / "govkg.lbug" if store == "embedded" else f"the {target.dialect} server"
    click.echo(f"loaded {report.nodes} nodes and {report.edges} edges into {where} in "
               f"{report.seconds:.2f} s ({report.rows_per_second:,.0f} rows/s)")
    click.echo("  nodes: " + ", ".join(f"{k} {v}" for k, v in counts.labels.items()))
    click.echo("  edges: " + ", ".join(f"{k} {v}" for k, v in counts.types.items()))
    if report.removed:
        warn(f"removed {report.removed} nodes and edges of an earlier load that this graph "
             "no longer has")


class _Progress:
    """Rows loaded and rows/s on one line of a terminal's stderr."""

    def __init__(self, silent: bool) -> None:
        self.on = not silent and sys.stderr.isatty()
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.on:
            rate = done / max(time.monotonic() - self.start, 1e-9)
            click.echo(f"\rloading: {done:,}/{total:,} rows, {rate:,.0f} rows/s", err=True,
                       nl=False)
            self.shown = True

    def done(self) -> None:
        if self.shown:
            click.echo("", err=True)
