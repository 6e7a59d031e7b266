"""What every command shares: the ``carnet`` group, the store, errors, dates, language;
and ``carnet serve``. (The help texts: ``graph/core/wording/cli_help.py``, see cli/words.py.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from cli.words import WordedGroup, lang_option

if TYPE_CHECKING:  # the store's modules are imported by the commands that open one
    from graph.stores.port import GraphStore

DATE = click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"])  # ISO, or the French 27/11/2026


def fail(message: str) -> NoReturn:
    raise click.ClickException(message)


def store_of(ctx: click.Context) -> GraphStore:
    """The store named by ``--db`` (opened once per command, closed when it ends)."""
    from graph.services.snapshot_carry import carrying
    from graph.stores.opening import open_store

    obj: dict[str, Any] = ctx.ensure_object(dict)
    if "store" not in obj:  # (its saved snapshot is brought up to the command's writes)
        obj["store"] = ctx.with_resource(carrying(open_store(obj.get("db"))))
    return obj["store"]  # type: ignore[no-any-return]


def as_date(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.group(cls=WordedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH|URI")
@lang_option
@click.version_option(package_name="carnet")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    ctx.ensure_object(dict)["db"] = db


@cli.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.pass_context
def serve(ctx: click.Context, port: int, host: str) -> None:
    from graph.stores.opening import store_url

    env = dict(os.environ, CARNET_DB=store_url(ctx.obj.get("db")))
    app = Path(__file__).parents[1] / "streamlit_app.py"
    # (no file watcher: a served app runs the code it started with; Carnet upgraded under
    # it is used from the next start, never half reloaded into a page that is running)
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", host,
               "--server.port", str(port), "--browser.gatherUsageStats", "false",
               "--server.headless", str(not sys.stdout.isatty()).lower(),
               "--server.fileWatcherType", "none"]
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
