"""Every error govkg reports to a user, in one place.

Errors carry enough to print one clear line: the file (when there is one) and what is wrong.
The CLI turns them into messages without a traceback unless ``--debug`` is given.
"""

from __future__ import annotations


class GovkgError(Exception):
    """Base class for problems govkg explains to the user."""


class InputError(GovkgError):
    """One input (a file, a line of a JSONL export, stdin) could not be read."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
