"""Issue 7, row 1: govkg installs the ordinary way and then runs.

The wheel is built from this tree and installed into a fresh virtual environment outside the
repository, made by ``python -m venv`` with the pip that Python bundles - not upgraded, as a
user has it (pip 23.2 on Python 3.11 did not match lxml's ``html-clean`` extra to jusText's
``html_clean``, so ``govkg --help`` died on an ImportError). Dependencies come from the
package index. The installed command then reads and extracts the seeds and an HTML page,
and must give what the development install gives.

Slow (about a minute with a warm pip cache); ``-m "not install"`` deselects it locally. It
never skips: in CI a missing network or a packaging mistake fails it.
"""

from __future__ import annotations

import ensurepip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import govkg
from real_articles import FIXTURES, REPO, SEEDS

PAGE = FIXTURES / "ingest" / "page.html"


def _run(*args: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, cwd=cwd, env=env,
                            timeout=900, check=False)
    assert result.returncode == 0, (args, result.stdout[-3000:], result.stderr[-3000:])
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The ``govkg`` script of a fresh venv with the wheel installed, and its environment."""
    tmp = tmp_path_factory.mktemp("install")
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
         tmp / "dist", REPO, cwd=tmp, env=env)
    (wheel,) = (tmp / "dist").glob("govkg-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp, env=env)
    pip = _run(venv / "bin" / "python", "-m", "pip", "--version", cwd=tmp, env=env)
    assert pip.stdout.split()[1].decode() == ensurepip.version()  # Python's own, not upgraded
    _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, cwd=tmp, env=env)
    return venv / "bin" / "govkg", env


def test_help_and_text_files_need_no_html_extraction(tmp_path: Path) -> None:
    """trafilatura (with lxml and jusText) is imported on the first HTML page only."""
    article = tmp_path / "a.txt"
    article.write_text("12月26日，县委书记陆卫东主持召开县委常委会会议。", "utf-8")
    code = ("import sys; from click.testing import CliRunner; from govkg.cli import cli; "
            "r = CliRunner(); assert r.invoke(cli, ['--help']).exit_code == 0; "
            f"assert r.invoke(cli, ['read', {str(article)!r}]).exit_code == 0; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'trafilatura', 'justext', 'lxml', 'jieba'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.install
def test_help(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    script, env = installed
    result = _run(script, "--help", cwd=tmp_path, env=env)
    assert b"govkg read" in result.stdout


@pytest.mark.install
@pytest.mark.parametrize("command", ["read", "extract"])
def test_seeds_and_html_page_as_the_development_install(
        installed: tuple[Path, dict[str, str]], tmp_path: Path, command: str) -> None:
    script, env = installed
    inputs = [*sorted(SEEDS.glob("*.txt")), PAGE]
    result = _run(script, command, *inputs, "--silent", cwd=tmp_path, env=env)
    assert len(result.stdout.splitlines()) == len(inputs)
    assert result.stderr == b""
    assert result.stdout == govkg(command, *inputs, "--silent").stdout
