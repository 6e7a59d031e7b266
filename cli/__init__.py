"""The ``carnet`` command: a thin shell over ``graph`` and ``ingest``.

Exit codes: 0 done, 1 no path found, 2 bad input or unreachable store (one line on stderr,
in the command's language, never a traceback).
"""

from __future__ import annotations

import click

from cli import data, paths, people, records, rewarm  # noqa: F401  (each module adds its commands)
from cli.base import cli
from cli.words import click_error, env_lang, error_words
from graph.core.errors import CarnetError
from graph.core.wording import say


def main(argv: list[str] | None = None) -> None:
    """Entry point: Carnet's and click's errors become one line on stderr and exit code 2."""
    shared: dict[str, object] = {}  # what the commands keep: the store, the language
    try:
        code = cli.main(args=argv, prog_name="carnet", standalone_mode=False, obj=shared)
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except (CarnetError, click.Abort, click.ClickException) as exc:
        lang = str(shared.get("lang") or env_lang())
        line = (error_words(exc, lang) if isinstance(exc, CarnetError)
                else say("cli_interrupted", lang) if isinstance(exc, click.Abort)
                else click_error(exc, lang))  # usage errors and fail()
        click.echo(f"carnet: {line}", err=True)
        raise SystemExit(2) from None
    raise SystemExit(code if isinstance(code, int) else 0)
