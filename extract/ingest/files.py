"""Bytes from a file or from standard input, within the size limit.

Files are opened without blocking and checked on the open descriptor: a path listed as a
regular file may have been replaced by a FIFO since, and a blocking ``open`` of a FIFO waits
for a writer forever. Lines of JSON Lines inputs are read one at a time, so that the limit
applies to each record and a huge line is skipped without being held in memory.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from govkg.errors import InputError
from govkg.extract.ingest.sources import not_regular

DEFAULT_MAX_BYTES = 20_000_000
SNIFF_BYTES = 2048  # the first bytes of standard input, that decide its format


def too_large(size: int, max_bytes: int) -> str:
    return f"file too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)"


def open_regular(path: Path, name: str, max_bytes: int) -> BinaryIO:
    """``path`` opened for reading; :class:`InputError` unless it is a regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    try:
        info = os.fstat(fd)
        problem = not_regular(info.st_mode)
        if problem is not None:
            raise InputError(name, problem)
        if info.st_size > max_bytes:
            raise InputError(name, too_large(info.st_size, max_bytes))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_file(path: Path, name: str, max_bytes: int) -> bytes:
    """The whole of a regular file of at most ``max_bytes``."""
    with open_regular(path, name, max_bytes) as f:
        try:
            data = f.read(max_bytes + 1)
        except OSError as e:
            raise InputError(name, f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise InputError(name, too_large(len(data), max_bytes))
    return data


def peek(stream: BinaryIO, max_bytes: int) -> bytes:
    """The first bytes of ``stream``, as many as sniffing its format looks at."""
    return stream.read(min(SNIFF_BYTES, max_bytes + 1))


def read_rest(head: bytes, stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """``head`` and the rest of ``stream``, at most ``max_bytes`` in all."""
    data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    if len(data) > max_bytes:
        raise InputError(name, f"input too large: more than {max_bytes:,} bytes "
                               "(see --max-bytes)")
    return data


def capped_lines(f: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of ``f``; a line longer than ``max_bytes`` is skipped over without being held
    in memory and stands as ``max_bytes + 1`` bytes so that the reader reports it."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def prefixed(head: bytes, stream: BinaryIO) -> BinaryIO:
    """A stream that gives ``head`` and then the rest of ``stream``: standard input cannot
    be rewound after its first bytes were read to sniff the format."""
    return io.BufferedReader(_Prefixed(head, stream))


class _Prefixed(io.RawIOBase):
    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
