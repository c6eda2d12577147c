"""What the user named: files, directories searched recursively, or ``-`` for stdin."""

from __future__ import annotations

import os
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


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Sources in the order given, directories expanded (sorted, hidden entries and
    unsupported extensions skipped); a path that does not exist yields an error."""
    for given in paths:
        if str(given) == STDIN:
            yield Source(STDIN_NAME, None, "auto")
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield Source(str(file), file, FORMATS[file.suffix.lower()], True)
            if not found:
                yield InputError(str(given), "no .txt, .md, .html or .jsonl files in directory")
        elif path.exists():
            yield source_for(path)
        elif path.is_symlink():
            yield InputError(str(given), "broken symbolic link")
        else:
            yield InputError(str(given), "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                yield Path(folder) / name
