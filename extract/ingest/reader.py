"""Reading sources into documents: one bad input yields an :class:`InputError` item and the
rest are still read. Reading decodes and takes the format apart (HTML main content, Markdown
markup, JSONL records); cleaning the text is the next step's business."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from govkg.errors import InputError
from govkg.extract.article import Document
from govkg.extract.ingest.decoding import decode_bytes
from govkg.extract.ingest.files import (
    DEFAULT_MAX_BYTES,
    SNIFF_BYTES,
    capped_lines,
    open_regular,
    peek,
    prefixed,
    read_file,
    read_rest,
)
from govkg.extract.ingest.html import parse_html
from govkg.extract.ingest.jsonl import is_annotation_file, read_records
from govkg.extract.ingest.markdown import parse_markdown
from govkg.extract.ingest.sources import Source, expand_paths

# Notes are not errors: an input skipped on purpose is said on stderr (by the command line's
# handler, or Python's default one) and does not change the exit status.
log = logging.getLogger("govkg")


def read_documents(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Documents from files, directories (recursively) and ``-`` (stdin), in order; each
    input that cannot be read yields an :class:`InputError` instead."""
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
) -> Iterator[Document | InputError]:
    """The documents of one source (several for JSONL), or errors."""
    try:
        if source.path is None:
            yield from _read_stdin(source, max_bytes, stdin or sys.stdin.buffer)
        elif source.format == "jsonl":
            yield from _read_jsonl_file(source, max_bytes)
        else:
            data = read_file(source.path, source.name, max_bytes)
            yield document_of(decode_bytes(data, source.name), source.format, source)
    except InputError as e:
        yield e


def sniff_format(data: bytes) -> str:
    """The format of unnamed input (stdin) from its first bytes."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if head.startswith((b"---\n", b"# ")):
        return "markdown"
    return "text"


def document_of(text: str, fmt: str, source: Source) -> Document:
    """The document of a decoded text, a Markdown source or an HTML page."""
    name, stem = source.name, source.stem
    if fmt == "html":
        page = parse_html(text, name=name)
        if not page.text:
            raise InputError(name, "no article text found in HTML")
        return Document(id=stem, path=name, text=page.text, title=page.title,
                        date=page.date, url=page.url)
    if fmt == "markdown":
        doc = parse_markdown(text)
        return Document(id=stem, path=name, text=doc.text, title=doc.title, date=doc.date,
                        source=doc.source, url=doc.url, original=text, offsets=doc.offsets)
    return Document(id=stem, path=name, text=text)


def _read_stdin(source: Source, max_bytes: int, stream: BinaryIO
                ) -> Iterator[Document | InputError]:
    head = peek(stream, max_bytes)
    fmt = sniff_format(head)
    if fmt == "jsonl":  # the limit is per record, as for a file
        lines = capped_lines(prefixed(head, stream), max_bytes)
        yield from read_records(lines, name=source.name, stem=source.stem, max_bytes=max_bytes)
        return
    data = read_rest(head, stream, source.name, max_bytes)
    yield document_of(decode_bytes(data, source.name), fmt, source)


def _read_jsonl_file(source: Source, max_bytes: int) -> Iterator[Document | InputError]:
    assert source.path is not None
    with open_regular(source.path, source.name, max_bytes=sys.maxsize) as f:
        # Beside the articles of a directory may lie their annotations (dev/gold.jsonl): a
        # file where no record has text. Named explicitly, a file is always read.
        if source.found_in_directory and is_annotation_file(capped_lines(f, max_bytes),
                                                            max_bytes):
            log.warning("%s: skipped: no record has a 'text' field (annotations, not "
                        "articles)", source.name)
            return
        f.seek(0)
        yield from read_records(capped_lines(f, max_bytes), name=source.name,
                                stem=source.stem, max_bytes=max_bytes)
