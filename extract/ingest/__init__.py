"""Reading articles: files, directories and stdin; text, Markdown, HTML and JSONL; UTF-8
(with or without BOM), GB18030/GBK and Big5, detected rather than assumed.

:func:`read_paths` is the entry point; it yields an :class:`~govkg.extract.article.Article`
per article and an :class:`~govkg.errors.InputError` per input that could not be read.
"""

from govkg.extract.ingest.decoding import decode_bytes
from govkg.extract.ingest.reader import DEFAULT_MAX_BYTES, read_paths, read_source, sniff_format
from govkg.extract.ingest.sources import FORMATS, STDIN, Source, expand_paths

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "STDIN",
    "Source",
    "decode_bytes",
    "expand_paths",
    "read_paths",
    "read_source",
    "sniff_format",
]
