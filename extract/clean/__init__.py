"""Cleaning: from a decoded scrape to the article text later stages read.

:func:`clean` is the whole pipeline for a raw text; :func:`analyse` also returns the header
metadata, and :func:`build_article` makes an :class:`~govkg.extract.article.Article` of a
decoded document. The steps are small functions in the modules of this package, each with
its own tests: :mod:`.pinyin`, :mod:`.script`, :mod:`.punctuation`, :mod:`.whitespace`,
:mod:`.boilerplate`, :mod:`.bylines`, :mod:`.header` and :mod:`.dedupe`.
"""

from govkg.extract.clean.document import build_article
from govkg.extract.clean.normalize import normalize
from govkg.extract.clean.pipeline import Cleaned, analyse, clean

__all__ = ["Cleaned", "analyse", "build_article", "clean", "normalize"]
