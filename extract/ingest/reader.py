"""Reading sources into articles: one bad input yields an :class:`InputError` item and the
rest are still read."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from govkg.errors import InputError
from govkg.extract.article import Article
from govkg.extract.clean import build_article
from govkg.extract.ingest.decoding import decode_bytes
from govkg.extract.ingest.html import parse_html
from govkg.extract.ingest.jsonl import read_records
from govkg.extract.ingest.markdown import parse_markdown
from govkg.extract.ingest.sources import Source, expand_paths

DEFAULT_MAX_BYTES = 20_000_000


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from files, directories (recursively) and ``-`` (stdin), in order; each input
    that cannot be read yields an :class:`InputError` instead."""
    for source in expand_paths(paths):
        if isinstance(source, InputError):
            yield source
        else:
            yield from read_source(source, max_bytes=max_bytes, stdin=stdin)


def read_source(
    source: Source,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """The articles of one source (several for JSONL), or errors."""
    try:
        if source.format == "jsonl" and source.path is not None:
            yield from _read_jsonl_file(source, max_bytes)
            return
        data = _read_bytes(source, max_bytes, stdin)
        fmt = source.format if source.format != "auto" else sniff_format(data)
        if fmt == "jsonl":
            yield from read_records(data.splitlines(), name=source.name, stem=source.stem,
                                    max_bytes=max_bytes)
            return
        yield _article(decode_bytes(data, source.name), fmt, source)
    except InputError as e:
        yield e


def sniff_format(data: bytes) -> str:
    """The format of unnamed input (stdin) from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if head.startswith((b"---\n", b"# ")):
        return "markdown"
    return "text"


def _article(text: str, fmt: str, source: Source) -> Article:
    name, stem = source.name, source.stem
    if fmt == "html":
        page = parse_html(text)
        if not page.text:
            raise InputError(name, "no article text found in HTML")
        article = build_article(page.text, id=stem, path=name, title=page.title,
                                date=page.date, url=page.url)
    elif fmt == "markdown":
        doc = parse_markdown(text)
        article = build_article(doc.text, id=stem, path=name, title=doc.title, date=doc.date,
                                url=doc.url, source=doc.source, original=text,
                                base_offsets=doc.offsets)
    else:
        article = build_article(text, id=stem, path=name)
    if not article.text:
        raise InputError(name, "no article text found")
    return article


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)"


def _read_bytes(source: Source, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if source.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(source.name, f"input too large: more than {max_bytes:,} bytes "
                                          f"(see --max-bytes)")
        return data
    try:
        size = source.path.stat().st_size
        if size > max_bytes:
            raise InputError(source.name, _too_large(size, max_bytes))
        with source.path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(source.name, "is a directory") from None
    except OSError as e:
        raise InputError(source.name, f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:  # grew while we looked, or a special file
        raise InputError(source.name, _too_large(len(data), max_bytes))
    return data


def _read_jsonl_file(source: Source, max_bytes: int) -> Iterator[Article | InputError]:
    assert source.path is not None
    try:
        f = source.path.open("rb")
    except OSError as e:
        raise InputError(source.name, f"cannot read: {e.strerror or e}") from None
    with f:
        if source.found_in_directory and not _looks_like_export(f):
            return  # an annotation or gold file beside the articles, not a scraper export
        yield from read_records(_capped_lines(f, max_bytes), name=source.name,
                                stem=source.stem, max_bytes=max_bytes)


def _looks_like_export(f: BinaryIO) -> bool:
    """Whether the first record of a JSONL file carries article text; rewinds ``f``."""
    first = b""
    for line in f:
        if line.strip():
            first = line
            break
    f.seek(0)
    try:
        record = json.loads(first)
    except ValueError:
        return True  # let the reader report the broken line
    return not isinstance(record, dict) or any(k in record for k in ("text", "content", "body",
                                                                       "html"))


def _capped_lines(f: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of ``f``; a line longer than ``max_bytes`` is skipped over without being held
    in memory and stands as ``max_bytes + 1`` bytes so that the reader reports it."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line
