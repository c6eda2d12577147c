"""The one flow from inputs to graphs: read → clean → extract, for every command.

Reading (:mod:`govkg.extract.ingest`) yields a :class:`Document` per article; cleaning
(:func:`govkg.extract.clean.build_article`) turns it into an :class:`Article`; extraction
(:func:`govkg.extract.pipeline.extract_article`) gives its nodes and edges. ``govkg read``
stops after cleaning, ``extract`` and ``eval`` go on to extraction, ``build`` takes the
extractions further.

Failure policy, the same at every step: an input that cannot be read, cleaned or extracted
becomes an :class:`InputError` item in the stream, in its place, and the others go on. An
unexpected exception (a bug) is caught per input too, and carries the exception as
``cause`` for a caller that wants its traceback. What to do with the errors - print one line
each, exit 1 - is the caller's decision (the command line's is in
:mod:`govkg.cli.common`).

>>> import io
>>> story = "縣委書記陸衛東主持召開縣委常委會會議。".encode("big5")
>>> [(a.id, a.text) for a in read_articles(["-"], stdin=io.BytesIO(story))]
[('stdin', '县委书记陆卫东主持召开县委常委会会议。')]
>>> [str(e) for e in read_articles(["no/such/file.txt"])]
['no/such/file.txt: no such file or directory']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from govkg.errors import InputError
from govkg.extract.article import Article, Document
from govkg.extract.clean import build_article
from govkg.extract.ingest import DEFAULT_MAX_BYTES, Source, expand_paths, read_source

Paths = Iterable[str | Path]
Extracted = tuple[Article, dict]


def read_articles(paths: Paths, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Cleaned articles from files, directories (recursively) and ``-`` (stdin), in order;
    an :class:`InputError` in place of each input that fails."""
    for source in expand_paths(paths):
        yield from articles_of(source, max_bytes=max_bytes, stdin=stdin)


def extract_articles(paths: Paths, *, max_bytes: int = DEFAULT_MAX_BYTES,
                     stdin: BinaryIO | None = None) -> Iterator[Extracted | InputError]:
    """``(article, extraction)`` for each article under ``paths``, the extraction in the
    ``govkg extract`` output contract; an :class:`InputError` in place of each failure."""
    for source in expand_paths(paths):
        yield from extractions_of(source, max_bytes=max_bytes, stdin=stdin)


def articles_of(source: Source | InputError, *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """The cleaned articles of one source (several for JSONL), or errors. ``source`` may
    be the error :func:`~govkg.extract.ingest.expand_paths` gave in its place."""
    if isinstance(source, InputError):
        yield source
        return
    for document in _guarded(read_source(source, max_bytes=max_bytes, stdin=stdin),
                             source.name):
        if isinstance(document, InputError):
            yield document
        else:
            yield clean(document)


def extractions_of(source: Source | InputError, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   stdin: BinaryIO | None = None) -> Iterator[Extracted | InputError]:
    """What :func:`extract_articles` yields, for one source."""
    for article in articles_of(source, max_bytes=max_bytes, stdin=stdin):
        yield article if isinstance(article, InputError) else extract(article)


def clean(document: Document) -> Article | InputError:
    """The article of one document, or why there is none."""
    try:
        return build_article(document)
    except InputError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one article never loses the others
        return InputError.unexpected(document.path, e, "cleaning")


def extract(article: Article) -> Extracted | InputError:
    """One article's nodes and edges as a JSON-ready dict, or why there are none."""
    # Imported on the first article, not with this module: extraction loads jieba and the
    # lexicons, which `govkg read` never needs.
    from govkg.extract.pipeline import extract_article

    try:
        result = extract_article(article)
    except Exception as e:  # noqa: BLE001 - one article never loses the others
        return InputError.unexpected(article.path or article.id, e, "extracting")
    to_json = getattr(result, "to_json", None)
    return article, (to_json() if to_json is not None else result)


def _guarded(items: Iterator[Document | InputError], name: str
             ) -> Iterator[Document | InputError]:
    """``items``, with an unexpected exception inside the reader turned into the last item:
    the rest of that source is lost, the other sources are not."""
    try:
        yield from items
    except Exception as e:  # noqa: BLE001 - one input never loses the others
        yield InputError.unexpected(name, e, "reading")
