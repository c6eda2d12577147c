"""Scraper exports: one JSON object per line with ``text`` and optional ``id``, ``title``,
``url``, ``date`` (or ``html`` instead of ``text``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from govkg.errors import InputError, json_problem
from govkg.extract.article import Document
from govkg.extract.ingest.decoding import decode_bytes
from govkg.extract.ingest.html import parse_html

_TEXT_FIELDS = ("text", "content", "body")
_DATE_FIELDS = ("date", "publish_date", "published", "pubdate", "time")


def read_records(lines: Iterable[bytes], *, name: str, stem: str, max_bytes: int
                 ) -> Iterator[Document | InputError]:
    """One document (or one error) per non-blank line; a bad line does not stop the rest."""
    seen = False
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        if len(raw) > max_bytes:
            yield InputError(where, f"record too large: {len(raw):,} bytes "
                                    f"(limit {max_bytes:,}; see --max-bytes)")
            seen = True
            continue
        if not raw.strip():
            continue
        seen = True
        try:
            yield _record(raw, where=where, default_id=f"{stem}-{number}")
        except InputError as e:
            yield e
        except Exception as e:  # noqa: BLE001 - a bug on one record must not lose the rest
            yield InputError.unexpected(where, e, "reading")
    if not seen:
        yield InputError(name, "empty file")


def is_annotation_file(lines: Iterable[bytes], max_bytes: int) -> bool:
    """Whether a JSON Lines file holds annotations rather than articles: every line is a
    JSON object and none has article text. Broken lines make it an export, read and
    reported line by line."""
    seen = False
    for raw in lines:
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            return False
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError):
            return False
        if not isinstance(record, dict) or _has_text(record):
            return False
        seen = True
    return seen


def _has_text(record: dict) -> bool:
    return any(k in record for k in (*_TEXT_FIELDS, "html"))


def _record(raw: bytes, *, where: str, default_id: str) -> Document:
    line = decode_bytes(raw, where).rstrip("\r\n")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(where, json_problem(e)) from None
    except RecursionError:  # '[[[[…': json's parser recurses once per level
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    text = next((record[k] for k in _TEXT_FIELDS if isinstance(record.get(k), str)), None)
    title = _string(record.get("title"))
    date = next((_string(record.get(k)) for k in _DATE_FIELDS if record.get(k)), None)
    url = _string(record.get("url"))
    if not (text and text.strip()) and isinstance(record.get("html"), str):
        page = parse_html(record["html"], name=where)
        text, title = page.text, title or page.title
        date, url = date or page.date, url or page.url
    if not text or not text.strip():
        raise InputError(where, "no 'text' field")
    return Document(id=_string(record.get("id")) or default_id, path=where, text=text,
                    title=title, date=date, source=_string(record.get("source")), url=url)


def _string(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None
