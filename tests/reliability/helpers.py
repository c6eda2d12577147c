"""Running the installed ``govkg`` command as a user would: a separate process, so that
signals, exit statuses, stdout and stderr are the real ones, with a timeout so that a
regression that hangs fails instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GOVKG = Path(sys.executable).with_name("govkg")
TIMEOUT = 120


def govkg(*args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None,
          cwd: Path | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """``govkg ARGS`` in a child process; stdout and stderr as bytes."""
    return subprocess.run([str(GOVKG), *map(str, args)], input=stdin, capture_output=True,
                          env={**os.environ, **(env or {})}, cwd=cwd, timeout=timeout,
                          check=False)


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()
