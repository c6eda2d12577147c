"""``govkg query``: a Cypher statement or a ready query (queries/*.cypher) against a store."""

from __future__ import annotations

from pathlib import Path

import click

STORES = ("embedded", "neo4j")
FORMATS = ("table", "json", "csv")
DIALECTS = ("embedded", "neo4j", "falkordb")
QUERIES = Path("queries")


@click.command()
@click.argument("cypher", required=False)
@click.option("-f", "--file", "file_", type=click.Path(dir_okay=False),
              help="Run a query file; its dialect's own file is picked when there is one.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A named parameter ($NAME in the query); repeat for several.")
@click.option("--store", type=click.Choice(STORES), default="embedded", show_default=True,
              help="embedded: OUT/govkg.lbug; neo4j: the server of NEO4J_URI (see govkg load).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: aligned for a terminal; json: an array of row objects; csv.")
@click.option("--out", default="out", show_default=True, type=click.Path(file_okay=False),
              help="The build directory of the embedded store.")
@click.option("--dialect", type=click.Choice(DIALECTS), default=None,
              help="Which file of a ready query to run (default: the store's dialect).")
@click.option("--timeout", type=click.FloatRange(min=0.001), default=30.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--list", "list_", is_flag=True, help="List the ready queries in queries/.")
def query(cypher: str | None, file_: str | None, params: tuple[str, ...], store: str,
          fmt: str, out: str, dialect: str | None, timeout: float, list_: bool) -> None:
    """Run Cypher against the graph in a store and print the rows.

    Values travel as parameters, never inside the statement: --param person=岳宏斌 for
    $person. A value reads as a number, null, true or false when it looks like one, else
    as text; a ready query's declared parameters take the type of their default, and the
    defaults fill in what is not given.

    \b
    Examples:
      govkg query "MATCH (p:Person) RETURN p.name AS name LIMIT 5"
      govkg query --file queries/person_posts.cypher --param person=岳宏斌
      govkg query -f queries/county_seniority.cypher -p county=丹棱县 -p year=2024
      govkg query -f queries/co_attendance.cypher --format csv > pairs.csv
      govkg query --list
      govkg query --store neo4j -f queries/top_chairs.cypher -p place=沂南县

    A Cypher error is reported in one line with its position.
    """
    from govkg.graph.stores import open_store
    from govkg.graph.stores.queries import parse_params, read_query
    from govkg.graph.stores.render import RENDERERS

    if list_:
        click.echo(_listing())
        return
    if (cypher is None) == (file_ is None):
        raise click.UsageError("give either a CYPHER statement or --file, not both")
    with open_store(store, out, timeout=timeout) as target:
        spec = read_query(file_, dialect or target.dialect) if file_ else None
        text = spec.text if spec else cypher
        values = parse_params(params, spec.params if spec else None)
        rows = target.query(text, values)
    if fmt == "table" and spec and spec.description:
        click.echo(f"# {spec.description}")
    click.echo(RENDERERS[fmt](rows))


def _listing() -> str:
    from govkg.graph.stores.queries import read_query, ready_queries

    files = ready_queries(QUERIES)
    if not files:
        return f"no ready queries in {QUERIES}/ (run from the govkg folder)"
    lines = []
    for path in files:
        spec = read_query(path)
        lines.append(f"{path}  {spec.description}")
        for p in spec.params.values():
            default = "" if p.required else f" (default {p.default!r})"
            lines.append(f"    --param {p.name}=...  {p.doc}{default}")
    return "\n".join(lines)
