"""An interrupted ``govkg build`` leaves the previous outputs intact: every file is replaced
by a rename, so a reader sees the old build or the new one, never a part of either."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOVKG = [str(Path(sys.executable).parent / "govkg")]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generate  # noqa: E402


def _write(folder: Path, n: int, seed: int) -> None:
    folder.mkdir()
    for aid, text in generate(n, seed):
        (folder / f"{aid}.txt").write_text(text, "utf-8")


def _snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "cache" not in p.parts}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_build_keeps_the_previous_outputs(tmp_path, sig):
    small, large, out = tmp_path / "small", tmp_path / "large", tmp_path / "out"
    _write(small, 5, seed=1)
    _write(large, 1500, seed=2)
    first = subprocess.run([*GOVKG, "build", str(small), "--out", str(out), "--silent"],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = _snapshot(out)
    assert "graph.json" in before and "neo4j-import/nodes_Person.csv" in before
    proc = subprocess.Popen([*GOVKG, "build", str(large), "--out", str(out), "--silent",
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    time.sleep(2.0)
    os.killpg(proc.pid, sig)  # the whole group, as a terminal's Ctrl-C reaches workers too
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0, "the build finished before it could be interrupted"
    assert "Traceback" not in stderr
    assert _snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary files left"
