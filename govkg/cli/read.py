"""`govkg read`: read and clean articles, print them as JSON Lines."""

from __future__ import annotations

import json
from functools import partial

import click

from govkg.cli.common import ByteSize, Inputs, Output
from govkg.extract.ingest.files import DEFAULT_MAX_BYTES


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this (for JSONL: each record); "
                   "accepts 20MB, 500k, ...")
@click.option("--silent", is_flag=True, help="Hide the progress bar.")
def read(paths: tuple[str, ...], max_bytes: int, silent: bool) -> None:
    """Read and clean articles; print one JSON object per article.

    \b
    PATH is a file, a directory (searched recursively for .txt, .md,
    .html/.htm and .jsonl files) or - for standard input (stdin). A file
    named explicitly with another extension is read as text. Encodings
    (UTF-8 with or without BOM, GB18030/GBK, Big5) are detected.

    \b
    Each output line holds:
      id      file name without extension (JSONL: the record's id)
      title   the headline
      date    publication date, YYYY-MM-DD, or null
      source  the publisher named after 来源:, when stated
      url     the article's address, when given
      text    the cleaned body: simplified characters, no pinyin,
              no navigation, bylines, copyright or related links,
              one paragraph per line

    \b
    Example:
      $ govkg read seeds/002_53bfa5bd6a0ce012.txt
      {"id": "002_53bfa5bd6a0ce012", "title": "市建设局6个驻区工作组下沉一线…",
       "date": "2023-07-05", "source": "厦门日报", "text": "近日，市建设局召开…"}

    \b
    An input that cannot be read (missing, empty, binary, undecodable,
    too large, not a regular file) is reported on stderr as
    'govkg: PATH: problem'; the other inputs are still read, and the exit
    status is 1.
    """
    from govkg.extract.flow import articles_of

    inputs = Inputs(paths, label="reading", silent=silent)
    out = Output()
    for article in inputs.each(partial(articles_of, max_bytes=max_bytes)):
        out.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
    inputs.finish()
