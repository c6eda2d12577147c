"""Issue 7, row 3: only regular files are read. A FIFO (or a device, or a socket) named on
the command line or met in a directory walk is reported in one line and skipped, never
opened: opening a FIFO for reading blocks until a writer comes, so govkg used to hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .helpers import govkg, lines

STORY = "12月26日，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。\n"
GUARD = 30  # seconds: far more than reading one article takes, far less than forever


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "f.txt")
    return tmp_path


def test_fifo_named_directly_is_skipped(folder: Path) -> None:
    result = govkg("read", folder / "a.txt", folder / "f.txt", timeout=GUARD)
    assert result.returncode == 1
    assert len(lines(result.stdout)) == 1
    assert lines(result.stderr) == [f"govkg: {folder / 'f.txt'}: not a regular file (a FIFO)"]


def test_fifo_in_a_directory_is_skipped(folder: Path) -> None:
    result = govkg("read", folder, timeout=GUARD)
    assert result.returncode == 1
    assert len(lines(result.stdout)) == 1
    assert lines(result.stderr) == [f"govkg: {folder / 'f.txt'}: not a regular file (a FIFO)"]


def test_fifo_jsonl_in_a_directory_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "export.jsonl")
    result = govkg("extract", tmp_path, timeout=GUARD)
    assert result.returncode == 1
    assert lines(result.stderr) == [
        f"govkg: {tmp_path / 'export.jsonl'}: not a regular file (a FIFO)"]


def test_character_device_named_directly_is_skipped() -> None:
    result = govkg("read", "/dev/zero", timeout=GUARD)  # would read forever, up to the limit
    assert result.returncode == 1
    assert lines(result.stderr) == ["govkg: /dev/zero: not a regular file (a character device)"]
