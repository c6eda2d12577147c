"""``govkg extract``: articles in, nodes and edges out (the ANNOTATION.md output contract)."""

from __future__ import annotations

import json
from functools import partial
from typing import BinaryIO

import click

from govkg.cli.common import ByteSize, Inputs, Output
from govkg.errors import InputError
from govkg.extract.ingest.files import DEFAULT_MAX_BYTES
from govkg.graph.schema import Label, Rel

FORMATS = ("jsonl", "table")


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one JSON object per article; table: a readable summary.")
@click.option("-o", "--output", type=click.File("wb"), default="-",
              help="Write here instead of standard output.")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this (for JSONL: each record).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes [default: the machine's cores for 16 files or more or "
                   "a JSONL export, else 1]; the output is in input order either way.")
@click.option("--silent", is_flag=True, help="No progress bar.")
def extract(paths: tuple[str, ...], fmt: str, output: BinaryIO, max_bytes: int,
            workers: int | None, silent: bool) -> None:
    """Extract people, posts, bodies, places, projects and meetings from articles.

    PATH is a file (.txt, .md, .html, .jsonl), a directory (read recursively) or - for
    standard input. Each article becomes one JSON object:

    \b
      {"article": {"id", "title", "date", "source", "url"},
       "nodes": [{"id", "label", "name", ...}],
       "edges": [{"source", "target", "type", "evidence", "start", "end", ...}]}

    Labels: {labels}. Edge types: {types}. Every edge carries the sentence it was read
    from (evidence) and its offsets in the cleaned text (start, end) and in the original
    file (source_start, source_end).

    \b
    Examples:
      govkg extract seeds/ > graph.jsonl
      govkg extract seeds/004_b5e028a742a41c81.txt --format table
      cat article.txt | govkg extract -

    A file that cannot be read is reported on stderr; the others are still extracted and
    the exit status is 1.
    """
    from govkg.extract.flow import articles_of
    from govkg.graph import engine

    inputs = Inputs(paths, label="extracting", silent=silent)
    out = Output(output)
    articles = inputs.each(partial(articles_of, max_bytes=max_bytes))
    for _, result in engine.run(articles, workers=workers or engine.workers_for(inputs.sources)):
        if isinstance(result, InputError):
            inputs.report(result)
            continue
        if fmt == "jsonl":
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(render_table(result))
    inputs.finish()


# the help lists the labels and edge types of the schema, not a copy of them
extract.help = (extract.help or "").replace("{labels}", ", ".join(Label)).replace(
    "{types}", ", ".join(Rel))


def render_table(result: dict) -> str:
    """A readable summary of one article's extraction."""
    a = result["article"]
    nodes = {n["id"]: n for n in result["nodes"]}
    lines = [f"== {a['id']}  {a.get('date') or '????-??-??'}  {a.get('title') or ''}"]
    by_label: dict[str, list[str]] = {}
    for n in result["nodes"]:
        name = n["name"] + (f" [{n['date']}]" if n.get("date") else "")
        by_label.setdefault(n["label"], []).append(name)
    for label in Label:
        if by_label.get(label):
            lines.append(f"  {label:<8} " + "；".join(by_label[label]))
    for e in result["edges"]:
        s, t = nodes[e["source"]], nodes[e["target"]]
        if e["type"] in (Rel.HOLDS, Rel.POST_OF):
            continue
        lines.append(f"  {s['name']} -{e['type']}-> {t['name']}")
    holds = [(nodes[e["source"]]["name"], e["target"]) for e in result["edges"]
             if e["type"] == Rel.HOLDS]
    post_of = {e["source"]: nodes[e["target"]]["name"] for e in result["edges"]
               if e["type"] == Rel.POST_OF}
    for person, post in holds:
        body = post_of.get(post)
        lines.append(f"  {person} holds {nodes[post]['name']}" + (f" of {body}" if body else ""))
    return "\n".join(lines) + "\n\n"
