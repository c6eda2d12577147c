"""Deterministic ids from hashed, normalised parts: rebuilding gives the same graph and
re-loading is idempotent (after followthemoney's ``make_entity_id``)."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise(part: object) -> str:
    text = unicodedata.normalize("NFKC", str(part)).strip()
    return "".join(text.split())


def make_id(*parts: object, length: int = 16) -> str:
    """A stable hex id for the normalised ``parts``; ``None`` and empty parts are skipped.

    >>> make_id("a1", "高喜全") == make_id("a1", " 高喜全 ")
    True
    >>> len(make_id("a1", "县委书记"))
    16
    """
    digest = hashlib.sha1()
    for part in parts:
        if part is None:
            continue
        text = normalise(part)
        if not text:
            continue
        digest.update(text.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]
