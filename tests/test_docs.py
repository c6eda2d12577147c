"""Docs that are tested (sqlite-utils style): every command is in the README and teaches
with an example in its --help; the README's two commands are what CI runs."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented(command):
    assert f"govkg {command}" in README
    help_text = CliRunner().invoke(cli, [command, "--help"]).output
    assert "Example" in help_text or "example" in help_text


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
