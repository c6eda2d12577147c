"""From a decoded document and whatever metadata came with it to an :class:`Article`."""

from __future__ import annotations

from govkg.extract.article import Article, OffsetMap
from govkg.extract.clean.header import parse_date
from govkg.extract.clean.offsets import compose
from govkg.extract.clean.pipeline import analyse


def build_article(
    raw: str,
    *,
    id: str,  # noqa: A002 - the field is called id everywhere else
    path: str = "",
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    original: str | None = None,
    base_offsets: OffsetMap | None = None,
) -> Article:
    """Clean ``raw`` into an article. Metadata passed in (from a JSONL record, HTML meta tags
    or Markdown front matter) wins over what the header of the text says.

    When ``raw`` was itself derived from a source document (Markdown with its markup
    stripped), pass that document as ``original`` and the map from ``raw`` into it as
    ``base_offsets``, so that the article's offsets point into the source.
    """
    result = analyse(raw, title=title)
    offsets = result.offsets
    if base_offsets is not None:
        offsets = compose(offsets, base_offsets, len(result.text))
    return Article(
        id=id,
        text=result.text,
        title=result.title,
        date=(parse_date(date) if date else None) or result.date,
        source=source or result.source,
        url=url or result.url,
        path=path,
        original=raw if original is None else original,
        offsets=offsets,
    )
