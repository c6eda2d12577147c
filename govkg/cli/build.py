"""``govkg build``: many articles in, one graph out (graph.json, graph.graphml,
neo4j-import/, decisions.jsonl), rebuilt incrementally."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from govkg.cli.common import ByteSize, warn
from govkg.extract.ingest import DEFAULT_MAX_BYTES

DEFAULT_OVERRIDES = "govkg.overrides.yaml"


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--out", "out", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Directory for the graph files and the extraction cache.")
@click.option("--overrides", type=click.Path(dir_okay=False),
              help=f"Merge corrections (YAML or JSON); default: ./{DEFAULT_OVERRIDES} if present.")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this (for JSONL: each record).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes on this machine [default: its cores].")
@click.option("--dask", metavar="ADDRESS",
              help="Extract on this Dask scheduler (tcp://host:8786); merge here.")
@click.option("--silent", is_flag=True, help="No progress line and no summary.")
def build(paths: tuple[str, ...], out: str, overrides: str | None, max_bytes: int,
          workers: int | None, dask: str | None, silent: bool) -> None:
    """Build one graph from many articles: the same person, body, place, meeting or
    project named in several articles becomes one node.

    \b
    Writes into --out (default out/):
      graph.json        the whole graph, networkx node-link form
      graph.graphml     the same for Gephi and other graph tools
      neo4j-import/     CSV files for neo4j-admin database import full
      decisions.jsonl   every merge and refused merge of persons, with its rule
      govkg.lbug        the embedded Cypher store (govkg query)
      views/            interactive HTML views (index.html links them)
      cache/            extractions by content, so a rebuild extracts only what changed

    \b
    Examples:
      govkg build seeds/
      govkg build corpus/ --out corpus-graph --overrides my.overrides.yaml
      govkg build corpus/ --workers 8
      govkg build corpus/ --dask tcp://scheduler:8786

    An input that cannot be read is reported on stderr and the rest is built; the exit
    status is then 1. Files are replaced atomically: an interrupted build leaves the
    previous outputs intact.
    """
    from govkg.graph.builder import build as build_graph
    from govkg.graph.engine import default_workers
    from govkg.graph.exports import write_build
    from govkg.graph.overrides import load_overrides

    if overrides is None and Path(DEFAULT_OVERRIDES).is_file():
        overrides = DEFAULT_OVERRIDES
    rules = load_overrides(overrides)
    tick = _Progress(silent)
    result = build_graph(paths, overrides=rules, cache_dir=str(Path(out) / "cache"),
                         max_bytes=max_bytes, on_article=tick,
                         workers=workers or default_workers(), dask=dask)
    tick.done()
    for error in result.errors:
        warn(str(error))
    files = write_build(result, out)
    from govkg.graph.stores import embedded_path, load_embedded

    load_embedded(out, result.graph)
    files["govkg.lbug"] = embedded_path(out)
    from govkg.graph.views import write_default_views

    files["views/index.html"] = write_default_views(result.graph, out)
    if not silent:
        click.echo(render_summary(result, files, overrides))
    if result.errors:
        sys.exit(1)


class _Progress:
    """Articles and articles/s on one line of a terminal's stderr."""

    def __init__(self, silent: bool) -> None:
        self.on = not silent and sys.stderr.isatty()
        self.n, self.start = 0, time.monotonic()

    def __call__(self, _article: str) -> None:
        self.n += 1
        if self.on and self.n % 10 == 0:
            rate = self.n / max(time.monotonic() - self.start, 1e-9)
            click.echo(f"\rbuilding: {self.n} articles, {rate:.0f}/s", err=True, nl=False)

    def done(self) -> None:
        if self.on and self.n >= 10:
            click.echo("", err=True)


def render_summary(result, files: dict, overrides: str | None) -> str:
    from govkg.graph.reports import summary

    s = summary(result.graph)
    g = result.graph
    lines = [f"built {g.number_of_nodes()} nodes and {g.number_of_edges()} edges from "
             f"{result.articles} articles ({result.cached} from the cache)"
             + (f", with overrides from {overrides}" if overrides else "")]
    lines.append("  nodes: " + ", ".join(f"{k} {v}" for k, v in s["labels"].items()))
    lines.append("  edges: " + ", ".join(f"{k} {v}" for k, v in s["edge_types"].items()))
    if s["busiest_people"]:
        lines.append("  busiest people (meeting roles): "
                     + "，".join(f"{n} {c}" for n, c in s["busiest_people"]))
    if s["busiest_bodies"]:
        lines.append("  busiest bodies (articles): "
                     + "，".join(f"{n} {c}" for n, c in s["busiest_bodies"]))
    merges = sum(1 for d in result.decisions if d["decision"] == "merge")
    lines.append(f"  person decisions: {merges} merged, {len(result.decisions) - merges} kept "
                 f"apart (see {files['decisions.jsonl']})")
    lines.append("  wrote " + ", ".join(str(p) for p in files.values()))
    return "\n".join(lines)
