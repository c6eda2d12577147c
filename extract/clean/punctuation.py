"""Width and punctuation in one consistent form.

Chinese text keeps full-width ``，：；！？`` and curly quotes ``“”``; letters and digits are
half-width; parentheses are ASCII ``( )``, as the gold annotations write them
(``丹井大道(南互通连接线段)工程``). Every rule here but the last replaces one character by one, so
offsets are unchanged; :func:`collapse_punctuation` deletes doubled marks left by broken
converters (``帷幕,,25省份`` → ``帷幕，25省份``).
"""

from __future__ import annotations

import re

from govkg.extract.article import OffsetMap, apply_edits
from govkg.extract.clean.chars import CJK_PUNCT, HAN

_KEEP_FULL_WIDTH = set("！，：；？")


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        char = chr(code)
        if char not in _KEEP_FULL_WIDTH:
            table[code] = chr(code - 0xFEE0)
    table.update({ord(k): v for k, v in {
        "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
        "\u202f": " ", "\u205f": " ", "\t": " ",
        "「": "“", "」": "”", "『": "‘", "』": "’",
        "｡": "。", "､": "、", "﹐": "，", "﹑": "、", "﹔": "；", "﹕": "：", "﹖": "？",
        "﹗": "！", "﹒": ".", "﹙": "(", "﹚": ")",
    }.items()})
    return table


_WIDTH = _width_table()

_CJKISH = f"{HAN}{CJK_PUNCT}"
# A run of marks is converted as a whole, so that ',,' or ',!' after Chinese text becomes
# '，，' or '，！' (and is then collapsed) instead of keeping its second ASCII mark.
_ASCII_PUNCT = re.compile(
    rf"(?:(?<=[{_CJKISH}])|(?<=[{_CJKISH}] ))[,:;!?]+|[,:;!?]+(?= ?[{_CJKISH}])"
)
_TO_FULL = str.maketrans(",:;!?", "，：；！？")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]{0,300}?)"')
_HAN_RE = re.compile(f"[{HAN}]")
_DOUBLED = re.compile(r"，(?=[，。、；！？：])|。(?=。)")


def normalize_width(text: str) -> str:
    """Full-width letters, digits and symbols to ASCII; odd spaces to a plain space."""
    return text.translate(_WIDTH)


def normalize_punctuation(text: str) -> str:
    """ASCII ``, : ; ! ?`` next to Chinese text become full-width; straight double quotes
    around Chinese text become curly ones. Lengths are unchanged."""
    text = _ASCII_PUNCT.sub(lambda m: m.group().translate(_TO_FULL), text)
    return _STRAIGHT_QUOTES.sub(_curl, text)


def _curl(m: re.Match[str]) -> str:
    inner = m.group(1)
    if _HAN_RE.search(inner):
        return f"“{inner}”"
    return m.group()


def collapse_punctuation(text: str) -> tuple[str, OffsetMap]:
    """Doubled marks reduced to the stronger one: ``，，`` → ``，``, ``，。`` → ``。``."""
    return apply_edits(text, ((m.start(), m.end(), "") for m in _DOUBLED.finditer(text)))
