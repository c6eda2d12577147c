"""`govkg eval` (being written)."""
import click


@click.command(name="eval")
def eval_() -> None:
    """Evaluate extraction."""
    raise click.ClickException("not yet built")
