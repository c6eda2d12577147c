"""The extraction stages, in the order :mod:`govkg.extract.pipeline` runs them. The first
turns an :class:`~govkg.extract.article.Article` into a
:class:`~govkg.extract.draft.Draft`; every later one takes a Draft and returns it."""
