"""From a :class:`Document` as read to an :class:`Article`: the one step of cleaning that
the flow calls."""

from __future__ import annotations

from govkg.errors import InputError
from govkg.extract.article import Article, Document, compose
from govkg.extract.clean.header import parse_date
from govkg.extract.clean.pipeline import analyse


def build_article(document: Document) -> Article:
    """Clean ``document`` into an article; raise :class:`InputError` when nothing of a story
    is left (a page of navigation only).

    Metadata that came with the document (JSONL fields, HTML meta tags, Markdown front
    matter) wins over what the header of the text says. The article's offsets point into
    ``document.original`` when there is one (Markdown source), else into ``document.text``.
    """
    result = analyse(document.text, title=document.title)
    if not result.text:
        raise InputError(document.path, "no article text found")
    offsets = result.offsets
    if document.offsets is not None:
        offsets = compose(offsets, document.offsets, len(result.text))
    date = parse_date(document.date) if document.date else None
    return Article(
        id=document.id,
        text=result.text,
        title=result.title,
        date=date or result.date,
        source=document.source or result.source,
        url=document.url or result.url,
        path=document.path,
        original=document.text if document.original is None else document.original,
        offsets=offsets,
    )
