"""The reference scorer (an unchanged copy of the annotation guideline's score.py), loaded
as a module for tests that check govkg's evaluator agrees with it."""

import importlib.util
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def load_reference():
    spec = importlib.util.spec_from_file_location("score_reference",
                                                  FIXTURES / "score_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
