"""What govkg writes: never cut short silently, quiet when the reader goes away, one clear
line when the disk is full, and the same bytes whatever the run, the hash seed or the order
of the inputs."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from govkg.cli.common import Output
from govkg.errors import OutputError

from .helpers import GOVKG, govkg, lines
from real_articles import SEEDS, seed_paths


def test_reader_going_away_is_a_quiet_exit(tmp_path: Path) -> None:
    for n in range(30):  # far more output than a pipe holds
        for seed in seed_paths():
            shutil.copy(seed, tmp_path / f"{n:02}_{seed.name}")
    child = subprocess.Popen([str(GOVKG), "read", str(tmp_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stdout.readline().startswith(b"{")
    child.stdout.close()  # as `| head -1` does
    _, err = child.communicate(timeout=120)
    assert (child.returncode, err) == (0, b"")


@pytest.mark.parametrize("command", ["read", "extract"])
def test_full_disk_is_one_line_and_status_1(command: str) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([str(GOVKG), command, str(SEEDS)], stdout=full,
                                stderr=subprocess.PIPE, timeout=120, check=False)
    assert result.returncode == 1
    assert lines(result.stderr) == ["Error: cannot write output: No space left on device"]


class _Trickle(io.RawIOBase):
    """A stream that takes at most three bytes per write, as a pipe or a socket may."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        self.data += bytes(b[:3])
        return min(3, len(b))


class _Stuck(_Trickle):
    def write(self, b) -> int:  # type: ignore[override]
        return 0


def test_short_writes_are_completed() -> None:
    stream = _Trickle()
    text = "县委书记陆卫东主持会议。\n" * 1000
    Output(stream).write(text)  # type: ignore[arg-type]
    assert stream.data.decode("utf-8") == text


def test_a_write_that_makes_no_progress_is_an_error() -> None:
    with pytest.raises(OutputError, match="cannot write output"):
        Output(_Stuck()).write("县委书记")  # type: ignore[arg-type]


def test_output_is_the_same_across_runs_hash_seeds_and_input_order() -> None:
    seeds = [str(p) for p in seed_paths()]
    first = govkg("extract", *seeds, env={"PYTHONHASHSEED": "0"})
    again = govkg("extract", *seeds, env={"PYTHONHASHSEED": "4242"})
    reversed_ = govkg("extract", *reversed(seeds), env={"PYTHONHASHSEED": "1"})
    assert first.returncode == again.returncode == reversed_.returncode == 0
    assert len(lines(first.stdout)) == len(seeds)
    assert first.stdout == again.stdout
    assert lines(reversed_.stdout) == list(reversed(lines(first.stdout)))
