"""Issue 7, row 9: ``govkg eval`` extracting PATHs exits with status 1 when one of them
cannot be read, as ``read`` and ``extract`` do; the scores of the others are still given."""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import govkg, lines
from real_articles import FIXTURES, SEEDS


def test_unreadable_input_sets_the_exit_status(tmp_path: Path) -> None:
    junk = tmp_path / "random.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = govkg("eval", FIXTURES / "gold" / "seeds.jsonl", seed, junk, "--json", "--silent")
    assert result.returncode == 1
    assert json.loads(result.stdout)["articles"] == 5
    assert lines(result.stderr)[0] == f"govkg: {junk}: binary file, not text"
