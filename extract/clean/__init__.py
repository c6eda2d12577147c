"""Cleaning: from a document as read to the article text later stages read.

:func:`build_article` - the step the flow calls - makes an
:class:`~govkg.extract.article.Article` of a :class:`~govkg.extract.article.Document`;
:func:`clean` is the whole pipeline for a raw text and :func:`analyse` also returns the
header metadata. The steps are small functions in the modules of this package, each with
its own tests: :mod:`.pinyin`, :mod:`.script`, :mod:`.punctuation`, :mod:`.whitespace`,
:mod:`.boilerplate`, :mod:`.bylines`, :mod:`.header` and :mod:`.dedupe`.
"""

from govkg.extract.clean.document import build_article
from govkg.extract.clean.normalize import normalize
from govkg.extract.clean.pipeline import Cleaned, analyse, clean

__all__ = ["Cleaned", "analyse", "build_article", "clean", "normalize"]
