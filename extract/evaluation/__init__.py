"""Scoring extractions against gold annotations (see :mod:`govkg.extract.evaluate`)."""
