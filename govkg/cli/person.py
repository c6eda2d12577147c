"""``govkg person`` and ``govkg why``: what the built graph says about a person, and the
sentences behind any node's edges."""

from __future__ import annotations

import re
from pathlib import Path

import click

from govkg.errors import GovkgError


def _graph(out: str):
    from govkg.graph.exports import read_graph

    path = Path(out) / "graph.json"
    if not path.is_file():
        raise GovkgError(f"{path}: no graph here; run `govkg build PATH... --out {out}` first")
    return read_graph(path)


def _date(ctx, param, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise click.BadParameter("use YYYY-MM-DD")
    return value


@click.command()
@click.argument("name")
@click.option("--as-of", callback=_date, metavar="YYYY-MM-DD",
              help="Only what was seen on or before this date.")
@click.option("--out", default="out", show_default=True, help="The build directory.")
def person(name: str, as_of: str | None, out: str) -> None:
    """Posts over time, meetings, inspections and companions of each person called NAME.

    \b
    Examples:
      govkg person 高喜全
      govkg person 岳宏斌 --as-of 2023-12-31 --out corpus-graph
    """
    from govkg.graph.protocol import seniority
    from govkg.graph.reports import find_nodes, person_record

    g = _graph(out)
    ids = find_nodes(g, name, "Person")
    if not ids:
        raise GovkgError(f"no person called {name} in {out}/graph.json")
    if len(ids) > 1:
        click.echo(f"{len(ids)} people are called {name}; they are kept apart (see "
                   f"{out}/decisions.jsonl)\n")
    for pid in ids:
        r = person_record(g, pid, as_of)
        click.echo(f"{r['name']}  [{pid}]")
        for p in r["posts"]:
            span = p["first_seen"] if p["first_seen"] == p["last_seen"] else \
                f"{p['first_seen']} – {p['last_seen']}"
            body = p["body_display"] or "?"
            click.echo(f"  post     {p['title']} of {body}  {span or 'undated'}  "
                       f"({p['articles']} articles, first in {p['article']})")
        for m in r["meetings"]:
            rank = f", listed #{m['rank']}" if m["rank"] else ""
            click.echo(f"  {m['role'].lower():<8} {m['meeting']}  {m['date'] or 'undated'}  "
                       f"({m['article']}{rank})")
        for i in r["inspected"]:
            click.echo(f"  visited  {i['target']}  {i['date'] or 'undated'}  ({i['article']})")
        if r["companions"]:
            click.echo("  met most often: " + "，".join(f"{n} ({c})" for n, c in r["companions"]))
        latest: dict[str, str] = {}
        for p in r["posts"]:
            if p["body"] and p["last_seen"]:
                latest[p["body"]] = max(latest.get(p["body"], ""), p["last_seen"][:4])
        for body, year in sorted(latest.items()):
            _seniority_line(g, pid, body, year, seniority, click.echo)
        click.echo("")


def _seniority_line(g, pid: str, body_name: str, year: str, seniority, echo) -> None:
    from govkg.graph.reports import find_nodes

    for body in find_nodes(g, body_name, "Body"):
        order = seniority(g, body, year)
        mine = next((r for r in order if r["id"] == pid), None)
        if mine and len(order) > 1:
            names = "，".join(r["name"] for r in order)
            echo(f"  seniority in {body_name}, {year}, as articles list them: {mine['rank']} "
                 f"of {len(order)} ({names}; {mine['listings']} listings)")


@click.command()
@click.argument("name_or_id")
@click.option("--out", default="out", show_default=True, help="The build directory.")
def why(name_or_id: str, out: str) -> None:
    """The evidence behind every edge of a node: article, date and sentence.

    \b
    Examples:
      govkg why 高喜全
      govkg why 泽州县委
    """
    from govkg.graph.reports import evidence_of, find_nodes

    g = _graph(out)
    ids = find_nodes(g, name_or_id)
    if not ids:
        raise GovkgError(f"no node called {name_or_id} in {out}/graph.json")
    for nid in ids:
        d = g.nodes[nid]
        click.echo(f"{d['label']} {d['name']}  [{nid}]")
        for r in evidence_of(g, nid):
            arrow = f"-{r['type']}->" if r["direction"] == "out" else f"<-{r['type']}-"
            where = f"{r['article']} {r['date'] or ''}".strip() if r["article"] else ""
            click.echo(f"  {arrow} {r['other']}  {where}\n      {r['sentence']}")
        click.echo("")
