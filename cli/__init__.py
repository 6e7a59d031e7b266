"""The ``carnet`` command: a thin shell over ``graph`` and ``ingest``.

Exit codes: 0 done, 1 no path found, 2 bad input or unreachable store (one line on stderr,
never a traceback).
"""

from __future__ import annotations

import click

from cli import data, paths, people, records, rewarm  # noqa: F401  (each module adds its commands)
from cli.base import cli
from graph.core.errors import CarnetError


def main(argv: list[str] | None = None) -> None:
    """Entry point: Carnet's and click's errors become one line on stderr and exit code 2."""
    try:
        code = cli.main(args=argv, prog_name="carnet", standalone_mode=False)
    except CarnetError as exc:
        click.echo(f"carnet: {exc}", err=True)
        raise SystemExit(2) from None
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.Abort:
        click.echo("carnet: interrupted", err=True)
        raise SystemExit(2) from None
    except click.ClickException as exc:  # usage errors and fail()
        click.echo(f"carnet: {exc.format_message()}", err=True)
        raise SystemExit(2) from None
    raise SystemExit(code if isinstance(code, int) else 0)
