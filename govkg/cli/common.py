"""What every command shares: error handling without tracebacks, stdout that tolerates a
closed pipe, and progress bars that ``--silent`` turns off."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import click

from govkg.errors import GovkgError

T = TypeVar("T")


class GovkgGroup(click.Group):
    """Turns :class:`GovkgError` into a one-line message and a broken pipe into a quiet exit;
    ``--debug`` lets tracebacks through."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        debug = "--debug" in sys.argv[1:]
        try:
            return super().invoke(ctx)
        except GovkgError as e:
            if debug:
                raise
            raise click.ClickException(str(e)) from None
        except BrokenPipeError:
            _quiet_broken_pipe()
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as e:  # noqa: BLE001 - the user gets one line, --debug the rest
            if debug:
                raise
            raise click.ClickException(
                f"unexpected error: {type(e).__name__}: {e} (rerun with --debug for details)"
            ) from None


def _quiet_broken_pipe() -> None:
    try:
        sys.stdout.close()
    except Exception:  # noqa: BLE001
        pass
    sys.exit(0)


def warn(message: str) -> None:
    """One line on stderr, prefixed so that it stands out from data on stdout."""
    click.echo(f"govkg: {message}", err=True)


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
