"""The main content of an HTML page, extracted with trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from govkg.errors import InputError

_SITE_SUFFIX = re.compile(
    r"\s*(?:[-_|｜]|——)\s*[^-_|｜]{1,24}(?:网|网站|新闻|政府|门户|频道|官网|首页|\.com|\.cn|"
    r"\.gov\.cn|\.net|\.org)\s*$"
)


@dataclass(frozen=True)
class HtmlDocument:
    text: str
    title: str | None
    date: str | None
    url: str | None


def _trafilatura(name: str) -> ModuleType:
    # Imported on the first HTML page, not with this module: trafilatura brings lxml and
    # jusText (a third of a second), which nothing else needs, and an install where they
    # are broken must still run `govkg --help` and read text files.
    try:
        import trafilatura
    except ImportError as e:
        raise InputError(name, f"cannot read HTML: {e} (reinstall govkg with its "
                               "dependencies: pip install govkg)") from None
    return trafilatura


def parse_html(html: str, *, name: str = "<html>") -> HtmlDocument:
    """The article text of ``html`` with the page's title, date and canonical address.

    Falls back to all visible text when trafilatura finds no main content, so that a short
    page still yields something for the cleaning steps to work on. ``name`` is the input
    that an error names.
    """
    trafilatura = _trafilatura(name)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params={"original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        text = (trafilatura.html2txt(html) or "").strip()
    title = getattr(doc, "title", None) if doc is not None else None
    if title:
        title = _SITE_SUFFIX.sub("", title).strip() or title
    return HtmlDocument(
        text=text,
        title=title or None,
        date=getattr(doc, "date", None) if doc is not None else None,
        url=getattr(doc, "url", None) if doc is not None else None,
    )
