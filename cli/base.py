"""What every command shares: the ``carnet`` group, the store, errors, dates, language;
and ``carnet serve``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

import click

if TYPE_CHECKING:  # the store's modules are imported by the commands that open one
    from graph.stores.port import GraphStore

DATE = click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"])  # ISO, or the French 27/11/2026
# The language of the commands that have no --lang: English, as the errors they may end with
# (a CarnetError's message is its English line). Their words: graph/core/wording/cli.py.
ENGLISH: Final = "en"


def fail(message: str) -> NoReturn:
    raise click.ClickException(message)


def store_of(ctx: click.Context) -> GraphStore:
    """The store named by ``--db`` (opened once per command, closed when it ends)."""
    from graph.stores.opening import open_store

    obj: dict[str, Any] = ctx.ensure_object(dict)
    if "store" not in obj:
        obj["store"] = ctx.with_resource(closing(open_store(obj.get("db"))))
    return obj["store"]  # type: ignore[no-any-return]


def as_date(value: datetime | None) -> date | None:
    return value.date() if value else None


def cli_lang(lang: str | None) -> str:
    return lang or ("fr" if os.environ.get("LANG", "").lower().startswith("fr") else "en")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH|URI", help="The store: a SQLite file or a neo4j:// or bolt:// "
              "URI. Default: $CARNET_DB, else $NEO4J_URI, else a file in your user data folder.")
@click.version_option(package_name="carnet")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Carnet: your network as a graph; find who can introduce you, and ask well."""
    ctx.ensure_object(dict)["db"] = db


@cli.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.pass_context
def serve(ctx: click.Context, port: int, host: str) -> None:
    """Start the Carnet app (Streamlit) on this store."""
    from graph.stores.opening import store_url

    env = dict(os.environ, CARNET_DB=store_url(ctx.obj.get("db")))
    app = Path(__file__).parents[1] / "streamlit_app.py"
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", host,
               "--server.port", str(port), "--browser.gatherUsageStats", "false",
               "--server.headless", str(not sys.stdout.isatty()).lower()]
    raise SystemExit(run_until_stopped(command, env))


def run_until_stopped(command: list[str], env: dict[str, str]) -> int:
    """Run the server; SIGTERM, SIGINT or SIGHUP to ``carnet serve`` stop it too (a service
    manager or ``kill`` signals this process alone: without this, Streamlit kept running)."""
    server = subprocess.Popen(command, env=env)
    stopped: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        stopped.append(signum)
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop)
                for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        code = server.wait()
    finally:
        if server.poll() is None:  # stopped by something else (an exception): no orphan
            server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 128 + stopped[0] if stopped else code
