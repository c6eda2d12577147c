"""Where the tests find articles: the seeds (the project's own demo corpus, in the repo) and
the real development articles, which stay in ``../shared`` beside the clone.

The project holds no copy of third-party pages except the seeds. A test that scores or pins
real development articles asks for them here: without ``../shared`` it skips with a note on a
developer's machine and fails in CI (``CI=true``), where the folder is always laid out.
``GOVKG_SHARED`` points somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("GOVKG_SHARED") or REPO.parent / "shared")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def shared(*parts: str) -> Path:
    """``../shared/<parts>``, or a skip (a failure in CI) with a one-line note."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    note = (f"{path} is missing: the real development articles live in ../shared beside "
            "the clone (set GOVKG_SHARED to point elsewhere)")
    if in_ci():
        pytest.fail(note)
    pytest.skip(note)


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def dev_path(stem: str) -> Path:
    """A development article by its id (``001``) in ``../shared/dev``."""
    return shared("dev", f"{stem}.txt")


def article_path(stem: str) -> Path:
    """A seed (in the repo) or a development article (in ``../shared/dev``) by its id."""
    seed = SEEDS / f"{stem}.txt"
    return seed if seed.exists() else dev_path(stem)
