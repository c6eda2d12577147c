"""Removing the pinyin that converters insert after polyphonic characters.

Scraped pages run through a 'traditional with pinyin' converter read ``集團(tuán)召開(kāi)``.
The remnant is lowercase pinyin with at least one tone mark inside parentheses right after a
Han character. Pages cut at a byte limit end in a stub such as ``穩(w``; encoders that lost
bytes leave ``?yōu)``, ``(tu?n)`` or ``??h``. Ordinary parentheses - ``(扩大)``, ``(2023-07-05)``,
``(09868)``, ``(GDP)`` - carry no tone mark and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.extract.article import Edit, OffsetMap, apply_edits
from govkg.extract.clean.chars import HAN, PINYIN_LETTERS, TONE_VOWELS

_REMNANT = re.compile(
    # (tuán), (huì ), （jí）, or with the opening parenthesis garbled into '?': ?yōu)
    rf"(?<=[{HAN}])(?:[(（]\s?|\?+)?[a-zü]*[{TONE_VOWELS}][{PINYIN_LETTERS}]*"
    rf"(?: [{PINYIN_LETTERS}]+)*\s?[)）]"
    # the tone vowel lost to an encoding without it (Big5): 團(tu?n)
    rf"|(?<=[{HAN}])[(（](?=[a-z?]*[a-z])[a-z]{{0,5}}\?[a-z]{{0,5}} ?[)）]"
    # a syllable cut off at the end of a line or of the document: 穩(w
    rf"|(?<=[{HAN}])[(（][{PINYIN_LETTERS}]{{1,6}}[ \t]*$"
    # bytes lost by an encoder, leaving question marks and a stray letter: 會??h長
    rf"|(?<=[{HAN}])\?{{2,}}[a-z]{{1,6}}(?=[{HAN}])",
    re.MULTILINE,
)


def pinyin_edits(text: str) -> Iterator[Edit]:
    """Deletions of every pinyin remnant in ``text``."""
    for m in _REMNANT.finditer(text):
        yield m.start(), m.end(), ""


def strip_pinyin(text: str) -> tuple[str, OffsetMap]:
    """``text`` without pinyin remnants, and the map back to ``text``."""
    return apply_edits(text, pinyin_edits(text))
