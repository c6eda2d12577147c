"""Reading inputs: files, directories and stdin; text, Markdown, HTML and JSONL; UTF-8
(with or without BOM), GB18030/GBK and Big5, detected rather than assumed.

:func:`read_documents` is the entry point; it yields a
:class:`~govkg.extract.article.Document` per article and an :class:`~govkg.errors.InputError`
per input that could not be read. Reading knows nothing of cleaning: the flow
(:mod:`govkg.extract.flow`) composes the two.
"""

from govkg.extract.ingest.decoding import decode_bytes
from govkg.extract.ingest.files import DEFAULT_MAX_BYTES
from govkg.extract.ingest.reader import read_documents, read_source, sniff_format
from govkg.extract.ingest.sources import FORMATS, STDIN, Source, expand_paths

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "STDIN",
    "Source",
    "decode_bytes",
    "expand_paths",
    "read_documents",
    "read_source",
    "sniff_format",
]
