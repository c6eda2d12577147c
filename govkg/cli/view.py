"""``govkg view``: an interactive HTML page of the built graph, or of a part of it (one
node's neighbourhood, a date window, the co-attendance network), that works offline."""

from __future__ import annotations

import re
from pathlib import Path

import click

from govkg.errors import GovkgError, OutputError

_FOCUS = (("person", "Person"), ("body", "Body"), ("place", "Place"), ("meeting", "Meeting"))


def _graph(out: str):
    from govkg.graph.exports import read_graph

    path = Path(out) / "graph.json"
    if not path.is_file():
        raise GovkgError(f"{path}: no graph here; run `govkg build PATH... --out {out}` first")
    return read_graph(path)


def default_name(kind: str | None, name: str | None, hops: int, since: str | None,
                 until: str | None, co: bool, max_nodes: int) -> str:
    """A file name that says what the view holds, so that views never overwrite each
    other (nor the build's own ``graph.html``)."""
    parts = [kind or "graph", name or "", f"{hops}hops" if name else "", since or "",
             until or "", "co-attendance" if co else "", f"max{max_nodes}"]
    slug = "-".join(p for p in parts if p)
    return re.sub(r"[^\w.-]+", "_", slug) + ".html"


@click.command()
@click.option("--out", default="out", show_default=True,
              help="The build directory (where govkg build wrote graph.json).")
@click.option("--person", metavar="NAME", help="The neighbourhood of the person(s) called NAME.")
@click.option("--body", metavar="NAME", help="The neighbourhood of the body called NAME.")
@click.option("--place", metavar="NAME", help="The neighbourhood of the place called NAME.")
@click.option("--meeting", metavar="NAME", help="The neighbourhood of the meeting called NAME.")
@click.option("--hops", type=click.IntRange(min=0), default=2, show_default=True,
              help="How far from NAME the neighbourhood reaches.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only what was seen on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only what was seen on or before it.")
@click.option("--co-attendance", "co", is_flag=True,
              help="People linked by the meetings they shared, weighted by their number.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=300, show_default=True,
              help="Draw at most this many nodes (0: all); the page says what was left out.")
@click.option("--by", type=click.Choice(["degree", "articles"]), default="degree",
              show_default=True, help="Which nodes the cap keeps: most edges or most articles.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="The HTML file to write [default: OUT/views/<what it shows>.html].")
def view(out: str, person: str | None, body: str | None, place: str | None,
         meeting: str | None, hops: int, since: str | None, until: str | None, co: bool,
         max_nodes: int, by: str, output: str | None) -> None:
    """Write an interactive view of the built graph: one HTML file with everything inlined,
    that opens offline in any browser. Hover a node or edge for its evidence, search a name,
    filter by label or edge type.

    \b
    Examples:
      govkg view                                    # the whole graph, capped at 300 nodes
      govkg view --person 高喜全 --hops 2
      govkg view --body 泽州县委 --since 2022-01-01 --until 2022-12-31
      govkg view --co-attendance --max-nodes 0 -o people.html
    """
    from govkg.graph.views import make_view, write_html

    asked = [(label, value) for (opt, label), value in
             zip(_FOCUS, (person, body, place, meeting), strict=True) if value]
    if len(asked) > 1:
        raise GovkgError("give one of --person, --body, --place, --meeting")
    label, name = asked[0] if asked else (None, None)
    g = _graph(out)
    v = make_view(g, name=name, label=label, hops=hops, since=since, until=until,
                  co_attendance_only=co, max_nodes=max_nodes, by=by)
    kind = label.lower() if label else None
    path = Path(output) if output else Path(out) / "views" / default_name(
        kind, name, hops, since, until, co, max_nodes)
    try:
        write_html(v, path)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    click.echo(f"wrote {path} ({v.graph.number_of_nodes()} nodes, "
               f"{v.graph.number_of_edges()} edges)")
    for note in v.notes:
        click.echo(f"  {note}")
