"""Every error govkg reports to a user, in one place.

Errors carry enough to print one clear line: the file (when there is one) and what is wrong.
The CLI turns them into messages without a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the console script imports this module first: it stays light
    import json


class GovkgError(Exception):
    """Base class for problems govkg explains to the user."""


class InputError(GovkgError):
    """One input (a file, a line of a JSONL export, stdin) could not be read, cleaned or
    extracted. The flow yields it in place of the input's result and goes on with the rest.

    ``cause`` is the exception behind an unexpected failure (a bug rather than a bad input),
    kept so that ``--debug`` can show its traceback.
    """

    def __init__(self, path: str, problem: str, *, cause: BaseException | None = None) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.cause = cause

    def __reduce__(self):
        # across processes (worker pools, Dask) an error travels as its path and problem;
        # the cause's traceback stays where it happened
        return InputError, (self.path, self.problem)

    @classmethod
    def unexpected(cls, path: str, error: Exception, step: str) -> InputError:
        """A bug met while ``step`` (reading, cleaning, extracting) one input: reported like a
        bad input, so that one article never loses the others."""
        return cls(path, f"unexpected error while {step}: {type(error).__name__}: {error} "
                         "(rerun with --debug for details)", cause=error)


class OutputError(GovkgError):
    """The output could not be written (disk full, file closed): the run stops."""


class Interrupted(BaseException):
    """SIGINT (Ctrl-C) or SIGTERM arrived. Derived from BaseException, as KeyboardInterrupt
    is, so that no ``except Exception`` on the way - one input's error handling, click's -
    takes it for an ordinary error."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum  # what a shell reports for a process the signal ended

    @property
    def message(self) -> str:
        return "interrupted" if self.signum == signal.SIGINT else "terminated"


def json_problem(error: json.JSONDecodeError) -> str:
    """``not valid JSON (expecting ',' delimiter at column 12)``: json's own messages end
    in 'at' for some errors ('Invalid control character at'), which must not double."""
    message = error.msg.removesuffix(" at")
    return f"not valid JSON ({message[:1].lower()}{message[1:]} at column {error.colno})"
