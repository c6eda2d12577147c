"""The ``govkg`` command.

This module is the console script's entry point and stays light on purpose: :func:`main`
installs the signal handlers before click, the readers or jieba are imported, so that
Ctrl-C or SIGTERM at any moment - a third of a second of imports included - ends the run
with one line and status 130 (143), never a traceback. The click group is
:data:`govkg.cli.app.cli`, also reachable as ``govkg.cli.cli``.
"""

from __future__ import annotations

import os
import signal
import sys

from govkg.errors import Interrupted


def main() -> None:
    """Run ``govkg`` with the arguments of the command line."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)
    try:
        from govkg.cli.app import cli

        cli.main(prog_name="govkg")
    except Interrupted as e:
        _exit_interrupted(e)


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _exit_interrupted(e: Interrupted) -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)  # a second Ctrl-C must not interrupt this
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        # A reader that went away: point stdout at /dev/null so that the flush at exit
        # does not print a second message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    print(f"govkg: {e.message}", file=sys.stderr, flush=True)
    sys.exit(e.exit_status)


def __getattr__(name: str):
    if name == "cli":  # imported on demand, after main() has installed the handlers
        from govkg.cli.app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
