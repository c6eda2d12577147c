"""What the user named: files, directories searched recursively, or ``-`` for stdin.

Only regular files are inputs. A FIFO, a device or a socket - named on the command line or
met in a directory - is reported here and never opened: opening a FIFO for reading blocks
until a writer comes, and a device like ``/dev/zero`` never ends.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from govkg.errors import InputError

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
STDIN = "-"
STDIN_NAME = "<stdin>"

_SPECIAL = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


@dataclass(frozen=True)
class Source:
    """One input to read. ``path`` is ``None`` for stdin; ``format`` is ``"auto"`` when it
    has to be sniffed from the content."""

    name: str
    path: Path | None
    format: str
    found_in_directory: bool = False

    @property
    def stem(self) -> str:
        return self.path.stem if self.path is not None else "stdin"


def source_for(path: Path) -> Source:
    """A file named explicitly: unknown extensions are read as text."""
    return Source(str(path), path, FORMATS.get(path.suffix.lower(), "text"))


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _SPECIAL if test(mode)), "a special file")
    return f"not a regular file ({kind})"


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Sources in the order given, directories expanded (sorted, hidden entries and
    unsupported extensions skipped); a path that does not exist or is not a regular file
    yields an error."""
    for given in paths:
        if str(given) == STDIN:
            yield Source(STDIN_NAME, None, "auto")
            continue
        path = Path(given)
        try:
            mode = path.stat().st_mode  # follows symbolic links, as reading would
        except OSError as e:
            yield InputError(str(given), _missing(path, e))
            continue
        if stat.S_ISDIR(mode):
            yield from _directory(path, str(given))
        elif (problem := not_regular(mode)) is not None:
            yield InputError(str(given), problem)
        else:
            yield source_for(path)


def _missing(path: Path, error: OSError) -> str:
    if path.is_symlink():
        return "broken symbolic link"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return f"cannot read: {error.strerror or error}"


def _directory(root: Path, given: str) -> Iterator[Source | InputError]:
    found = False
    for file in _walk(root):
        found = True
        try:
            problem = not_regular(file.stat().st_mode)
        except OSError as e:
            problem = _missing(file, e)
        if problem is None:
            yield Source(str(file), file, FORMATS[file.suffix.lower()], True)
        else:
            yield InputError(str(file), problem)
    if not found:
        yield InputError(given, "no .txt, .md, .html or .jsonl files in directory")


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                yield Path(folder) / name
