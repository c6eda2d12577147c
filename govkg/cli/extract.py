"""`govkg extract` (being written)."""
import click


@click.command()
def extract() -> None:
    """Extract the graph."""
    raise click.ClickException("not yet built")
