"""What every command shares: the one policy for inputs that fail (one line each on stderr,
the others go on, exit status 1 at the end), output that is written whole or fails loudly,
errors without tracebacks unless ``--debug``, and progress bars that ``--silent`` hides."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import BinaryIO, TypeVar

import click

from govkg.errors import GovkgError, InputError, OutputError
from govkg.extract.ingest.sources import Source, expand_paths

T = TypeVar("T")


def is_debug() -> bool:
    """Whether ``govkg --debug`` was given: the one place that reads it."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("debug"))


class GovkgGroup(click.Group):
    """Turns :class:`GovkgError` into a one-line message and a broken pipe into a quiet exit;
    ``--debug`` lets tracebacks through. Notes of the library (an input skipped on purpose)
    go to stderr as ``govkg: ...`` lines."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        with _notes_to_stderr():
            try:
                return super().invoke(ctx)
            except BrokenPipeError:
                _quiet_broken_pipe()
            except (click.ClickException, click.exceptions.Exit, click.Abort):
                raise
            except GovkgError as e:
                if is_debug():
                    raise
                raise click.ClickException(str(e)) from None
            except Exception as e:  # noqa: BLE001 - the user gets one line, --debug the rest
                if is_debug():
                    raise
                raise click.ClickException(
                    f"unexpected error: {type(e).__name__}: {e} (rerun with --debug for details)"
                ) from None


def warn(message: str) -> None:
    """One line on stderr, prefixed so that it stands out from data on stdout."""
    click.echo(f"govkg: {message}", err=True)


class Inputs:
    """A command's run over its inputs, with the error policy every command shares: an input
    that fails (at reading, cleaning or extraction) is reported as ``govkg: PATH: problem``
    and the others go on; :meth:`finish` then exits with status 1. A progress bar over the
    inputs shows on a terminal unless ``silent``.

    In a command::

        inputs = Inputs(paths, label="reading", silent=silent)
        for article in inputs.each(govkg.extract.flow.articles_of):
            ...
        inputs.finish()
    """

    def __init__(self, paths: Sequence[str], *, label: str, silent: bool) -> None:
        self.sources = list(expand_paths(paths))
        self.label = label
        self.silent = silent
        self.failed = 0

    def each(self, step: Callable[[Source | InputError], Iterable[T | InputError]]
             ) -> Iterator[T]:
        """What ``step`` (a per-source function of :mod:`govkg.extract.flow`) gives for each
        input, errors reported and left out."""
        with progress(self.sources, label=self.label, silent=self.silent,
                      length=len(self.sources)) as sources:
            for source in sources:
                for item in step(source):
                    if isinstance(item, InputError):
                        self.report(item)
                    else:
                        yield item

    def report(self, error: InputError) -> None:
        if error.cause is not None and is_debug():
            raise error.cause
        self.failed += 1
        warn(f"{error.path}: {error.problem}")

    def finish(self) -> None:
        """Exit with status 1 when an input failed."""
        if self.failed:
            raise click.exceptions.Exit(1)


class Output:
    """Where a command writes its records: UTF-8 whatever the locale, flushed after each
    record so that a reader sees whole lines as they come, and never cut short silently -
    each write is checked and looped until complete, in pieces far below the 2 GiB a single
    system call can take. A failed write is an :class:`OutputError` (one line, exit 1); a
    reader that went away (``| head``) is a quiet exit."""

    CHUNK = 1 << 20

    def __init__(self, stream: BinaryIO | None = None, name: str = "output") -> None:
        if stream is None:
            sys.stdout.flush()  # text written before goes first
            stream = sys.stdout.buffer
        self.stream = stream
        self.name = name

    def write(self, text: str) -> None:
        data = memoryview(text.encode("utf-8"))
        try:
            while data:
                written = self.stream.write(data[: self.CHUNK])
                if not written:
                    raise OSError(f"nothing written of {len(data):,} bytes")
                data = data[written:]
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            if _fileno(self.stream) == 1:
                _discard_stdout()
            raise OutputError(f"cannot write {self.name}: {e.strerror or e}") from None


def _fileno(stream: BinaryIO) -> int | None:
    try:
        return stream.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (tests' captured stdout)
        return None


def _discard_stdout() -> None:
    """Point stdout at /dev/null: what is still buffered for a closed pipe or a full disk
    would otherwise fail again when Python flushes at exit, with a second message."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests' captured stdout)
        pass


def _quiet_broken_pipe() -> None:
    _discard_stdout()
    sys.exit(0)


@contextmanager
def _notes_to_stderr() -> Iterator[None]:
    logger = logging.getLogger("govkg")
    handler = _Notes()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


class _Notes(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        warn(record.getMessage())


@contextmanager
def progress(items: Iterable[T], *, label: str, silent: bool, length: int | None = None
             ) -> Iterator[Iterable[T]]:
    """A progress bar on stderr, hidden when ``silent`` or when stderr is not a terminal."""
    if silent or not sys.stderr.isatty():
        yield items
        return
    with click.progressbar(items, label=label, length=length, file=sys.stderr) as bar:
        yield bar


_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000,
          "ki": 1 << 10, "mi": 1 << 20, "gi": 1 << 30}


class ByteSize(click.ParamType):
    """A number of bytes: ``20000000``, ``20MB``, ``500k`` or ``1MiB``."""

    name = "bytes"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+)\s*([kmg]i?)?b?\s*", str(value).lower())
        if not m or int(m.group(1)) <= 0:
            self.fail(f"{value!r} is not a size such as 20000000, 20MB or 500k", param, ctx)
        return int(m.group(1)) * _UNITS[m.group(2) or ""]
