"""`govkg read` (being written)."""
import click


@click.command()
def read() -> None:
    """Read and clean articles."""
    raise click.ClickException("not yet built")
