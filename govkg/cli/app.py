"""The ``govkg`` group: a thin layer over library functions, one module per command."""

from __future__ import annotations

import click

from govkg import __version__
from govkg.cli.common import GovkgGroup


@click.group(cls=GovkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkg")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """govkg turns Chinese governance news into a knowledge graph of who governs what.

    \b
    Typical run:
      govkg read seeds/                 # cleaned articles as JSON Lines
      govkg extract seeds/ --format table
      govkg eval gold.jsonl seeds/      # precision/recall against your annotations
      govkg build seeds/                # one graph from many articles, into out/
      govkg person 高喜全                # posts over time, meetings, companions
    """
    # --debug is read where it matters, from this group's parameters (common.is_debug).


def _register() -> None:
    from govkg.cli import build as build_cmd
    from govkg.cli import eval as eval_cmd
    from govkg.cli import extract as extract_cmd
    from govkg.cli import load as load_cmd
    from govkg.cli import person as person_cmd
    from govkg.cli import query as query_cmd
    from govkg.cli import read as read_cmd
    from govkg.cli import view as view_cmd

    cli.add_command(read_cmd.read)
    cli.add_command(extract_cmd.extract)
    cli.add_command(eval_cmd.eval_)
    cli.add_command(build_cmd.build)
    cli.add_command(person_cmd.person)
    cli.add_command(person_cmd.why)
    cli.add_command(view_cmd.view)
    cli.add_command(load_cmd.load)
    cli.add_command(query_cmd.query)


_register()
