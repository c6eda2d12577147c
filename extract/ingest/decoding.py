"""Bytes to text: byte-order marks, UTF-8, and detection among the encodings Chinese pages
use (GB18030/GBK, Big5) with charset-normalizer - never an assumed encoding."""

from __future__ import annotations

import re

import charset_normalizer

from govkg.errors import InputError

# Encodings a Chinese news page plausibly comes in. Single-byte code pages are left out on
# purpose: they decode any byte string, so they would turn binary junk into 'text'.
CANDIDATE_ENCODINGS = ("utf_8", "gb18030", "big5", "big5hkscs", "cp950")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_SAMPLE = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"
# What UTF-16 Chinese text is made of: ASCII, the Han blocks (extension A, basic,
# compatibility, supplementary planes), CJK symbols and punctuation, general punctuation
# (curly quotes, dashes, ellipsis) and full-width forms. Binary data read as UTF-16 falls
# mostly elsewhere.
_READABLE = re.compile(
    "[\t\n\r\x20-\x7e\u2010-\u2027\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff00-\uffef\U00020000-\U0003134f]"
)
_DAMAGE = re.compile("\ufffd+")
_LONG_DAMAGE = re.compile("\ufffd{4,}")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode ``data`` read from ``name``; raise :class:`InputError` for empty, binary or
    undecodable input."""
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(name, f"cannot decode: invalid {encoding} text") from None
            return _non_empty(text, name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _non_empty(utf16, name)
    if _looks_binary(data):
        raise InputError(name, "binary file, not text")
    try:
        return _non_empty(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is None:
        match = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
        if match is None:
            raise InputError(name, "cannot decode: not UTF-8, GB18030/GBK or Big5 text")
        text = str(match)
    return _non_empty(text, name)


def _non_empty(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls * 20 > len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM has NUL bytes (ASCII characters' high halves, and some Han
    characters'); it is recognised by decoding as one byte order or the other into text that
    reads as Chinese or ASCII, which binary data does not."""
    if len(data) < 4 or b"\x00" not in data[:_SAMPLE]:
        return None
    even = data[: len(data) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = even.decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:2048]
        if len(_READABLE.findall(head)) >= 0.95 * len(head):
            return text
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 damaged in a few places - a page cut at a byte limit in the middle of a
    character, a stray or corrupted byte - is still UTF-8, decoded with U+FFFD in place.

    Counted in characters, not bytes: each damaged place becomes one short run of U+FFFD
    (one to three: a byte of a three-byte character), and there must be at least 50 correctly
    decoded non-ASCII characters per damaged place. Another encoding mixed in - a GBK
    paragraph, Latin-1 accents - gives long runs, or runs without UTF-8 characters around.
    """
    text = data.decode("utf-8", errors="replace")
    if _LONG_DAMAGE.search(text):
        return None
    damaged = len(_DAMAGE.findall(text))
    replaced = text.count("\ufffd")
    decoded = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    if damaged and decoded >= 50 * damaged:
        return text
    return None
