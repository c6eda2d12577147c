"""Issue 7, row 10: Ctrl-C (SIGINT) at any moment of a run - while govkg imports click, the
readers and jieba (the first 0.4 s used to print a KeyboardInterrupt traceback), while it
reads or extracts - ends it with status 130 and one line, never a traceback; SIGTERM likewise
with status 143.

What comes before govkg's first line of code is Python's own start-up, the same for every
Python program: a signal before Python has set its handlers kills the process the default
way (the parent sees -SIGINT; a shell prints 130 for both), which is clean, and one during
the import of site packages (0.1 s in the development venv, mostly the editable install's
import hook; a few milliseconds in a wheel install) is reported by Python itself. So the
signals are sent once at the very start, and then at fixed delays after govkg's ``main`` has
installed its handlers - seen in ``/proc/PID/status``, where the caught signals gain SIGTERM,
which Python alone never catches - through the imports and into the extraction.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from .helpers import GOVKG
from real_articles import SEEDS

AFTER_HANDLERS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)  # seconds


def _handlers_installed(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status").read_text()
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) >> (signal.SIGTERM - 1) & 1)


def _signal_after(signum: int, delay: float | None) -> tuple[int, str]:
    """Status and stderr of a run sent ``signum`` right at the start (``delay`` None) or
    ``delay`` seconds after govkg installed its handlers."""
    child = subprocess.Popen([str(GOVKG), "extract", str(SEEDS), "--format", "table"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if delay is not None:
            deadline = time.monotonic() + 60
            while not _handlers_installed(child.pid):
                assert child.poll() is None and time.monotonic() < deadline
                time.sleep(0.001)
            time.sleep(delay)
        child.send_signal(signum)
        _, err = child.communicate(timeout=60)
    finally:
        child.kill()
    return child.returncode, err.decode("utf-8", "replace")


def test_sigint_at_the_very_start() -> None:
    status, err = _signal_after(signal.SIGINT, None)
    assert status in (130, -signal.SIGINT) and "Traceback" not in err, err


@pytest.mark.parametrize("delay", AFTER_HANDLERS)
def test_sigint(delay: float) -> None:
    status, err = _signal_after(signal.SIGINT, delay)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert (status, err) == (130, "govkg: interrupted\n")


@pytest.mark.parametrize("delay", (0.0, 0.3, 1.0))
def test_sigterm(delay: float) -> None:
    status, err = _signal_after(signal.SIGTERM, delay)
    assert (status, err) == (143, "govkg: terminated\n")
