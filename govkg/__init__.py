"""govkg: turn Chinese governance news into a knowledge graph of who governs what.

The installed package maps the repository's folders under one namespace:
``extract/`` is :mod:`govkg.extract` (reading, cleaning, extraction) and ``graph/`` is
:mod:`govkg.graph` (schema, ids and graph building).
"""

__version__ = "0.1.0"
