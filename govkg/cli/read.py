"""`govkg read`: read and clean articles, print them as JSON Lines."""

from __future__ import annotations

import json

import click

from govkg.cli.common import ByteSize, progress, warn
from govkg.errors import InputError
from govkg.extract.ingest import DEFAULT_MAX_BYTES, expand_paths, read_source


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this (for JSONL: each record); "
                   "accepts 20MB, 500k, ...")
@click.option("--silent", is_flag=True, help="Hide the progress bar.")
@click.pass_context
def read(ctx: click.Context, paths: tuple[str, ...], max_bytes: int, silent: bool) -> None:
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
    too large) is reported on stderr as 'govkg: PATH: problem'; the other
    inputs are still read, and the exit status is 1.
    """
    debug = bool((ctx.find_root().obj or {}).get("debug"))
    sources = list(expand_paths(paths))
    failed = False
    with progress(sources, label="reading", silent=silent, length=len(sources)) as bar:
        for source in bar:
            if isinstance(source, InputError):
                failed = True
                warn(f"{source.path}: {source.problem}")
                continue
            items = read_source(source, max_bytes=max_bytes)
            while True:
                try:
                    item = next(items)
                except StopIteration:
                    break
                except Exception as e:  # noqa: BLE001 - one bad input must not stop the rest
                    if debug:
                        raise
                    failed = True
                    warn(f"{source.name}: unexpected error: {type(e).__name__}: {e} "
                         f"(rerun with --debug for details)")
                    break
                if isinstance(item, InputError):
                    failed = True
                    warn(f"{item.path}: {item.problem}")
                else:
                    _emit(item.to_json())
    if failed:
        ctx.exit(1)


def _emit(record: dict) -> None:
    click.echo(json.dumps(record, ensure_ascii=False))
