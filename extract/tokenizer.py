"""jieba behind one adapter: its own ``Tokenizer`` instance, loaded lazily, never jieba's
module-level tokenizer (whose import sets up global logging and state)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType


@cache
def _tokenizer():
    try:
        import jieba
    except ImportError as e:  # pragma: no cover - jieba is a declared dependency
        raise ImportError("govkg needs jieba: pip install jieba") from e
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in _user_words():
        tok.add_word(word)
    return tok


def _user_words() -> list[str]:
    """govkg's user dictionary: titles and division names from the shipped lexicons, so that
    jieba keeps 副县长 or 泽州县 whole instead of guessing."""
    from govkg.extract.lexicon import lexicon, rows

    words = [t for t in lexicon().titles if len(t) > 1]
    words += [r[1] for r in rows("divisions.tsv")
              if len(r) > 2 and r[0].isdigit() and len(r[1]) > 1]
    return words


def word_tags() -> Mapping[str, tuple[int, str]]:
    """jieba's dictionary with part-of-speech tags: word -> (frequency, tag), read-only.

    Used to tell a personal name from an ordinary word of the same shape (候选人, 高尚).
    """
    return _word_tags()


@cache
def _word_tags() -> MappingProxyType[str, tuple[int, str]]:
    import jieba

    path = resources.files(jieba).joinpath("dict.txt")
    out: dict[str, tuple[int, str]] = {}
    with path.open("r", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = (int(parts[1]), parts[2])
    # one table per process, shared by every caller: nobody may change it
    return MappingProxyType(out)


def cut(text: str, hmm: bool = True) -> list[str]:
    """Segment ``text`` with govkg's own jieba instance (precise mode)."""
    return _tokenizer().lcut(text, HMM=hmm)
