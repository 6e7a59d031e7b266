"""The command's language, and its words: ``--help`` texts, errors, click's own lines.

The language: ``carnet --lang`` (or a command's own ``--lang``), else the environment's:
``$CARNET_LANG`` (``fr`` or ``en``), else French where the locale (``$LC_ALL``,
``$LC_MESSAGES``, ``$LANG``, the first one set) starts with ``fr``, else English.

The help texts are not in the code: a command's is ``help_<path>`` in
``graph/core/wording/cli_help.py`` (``help_referral_add``), an option's
``opt_<path>_<flag>``, else ``opt_<flag>`` where one text serves every command
(``opt_lang``); the command classes below fill them in when the help is shown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from graph.core.errors import CarnetError
from graph.core.wording import LANGS, WORDING, error_params, say

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def env_lang() -> str:
    """The language the environment asks for (see the module's docstring)."""
    carnet = os.environ.get("CARNET_LANG", "").strip().lower()[:2]
    if carnet in LANGS:
        return carnet
    locale = next((os.environ[name] for name in LOCALE_VARS if os.environ.get(name)), "")
    return "fr" if locale.lower().startswith("fr") else "en"


def lang_of(ctx: click.Context) -> str:
    """The language this command speaks: ``--lang`` (the command's, else ``carnet``'s), else
    the environment's."""
    return str(ctx.find_root().ensure_object(dict).get("lang") or env_lang())


def keep_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--lang``'s callback: kept where the whole command (and its errors) finds it."""
    if value:
        ctx.find_root().ensure_object(dict)["lang"] = value
    return value


def lang_option(command: Any) -> Any:
    """A command's own ``--lang`` (eager: it also says the command's ``--help``)."""
    return click.option("--lang", type=click.Choice(LANGS), default=None, is_eager=True,
                        expose_value=False, callback=keep_lang)(command)


# -- help -------------------------------------------------------------------------------------
def command_path(ctx: click.Context) -> list[str]:
    """The command's names under ``carnet`` (``["referral", "add"]``)."""
    names: list[str] = []
    while ctx.parent is not None:
        names.insert(0, ctx.info_name or "")
        ctx = ctx.parent
    return names


def help_key(path: list[str]) -> str:
    return "help_" + ("_".join(path) if path else "carnet")


def option_key(path: list[str], option: click.Option) -> str:
    """``opt_<path>_<flag>`` where the table has it, else ``opt_<flag>``."""
    flag = max(option.opts, key=len).lstrip("-").replace("-", "_")
    specific = f"opt_{'_'.join(path or ['carnet'])}_{flag}"
    return specific if specific in WORDING else f"opt_{flag}"


class WordedFormatter(click.HelpFormatter):
    """Click's help layout, its own words (Usage, Options, [default: …]) in ``lang``."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, say("help_usage", self.lang) if prefix is None
                            else prefix)

    def write_heading(self, heading: str) -> None:
        key = f"help_heading_{heading.lower()}"
        super().write_heading(say(key, self.lang) if key in WORDING else heading)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term, self.extras(text)) for term, text in rows], col_max,
                         col_spacing)

    def extras(self, text: str) -> str:
        """``[default: 5; required]`` in the help's language."""
        return re.sub(r"\[(default: |required)", lambda m: "[" + say(
            "help_default" if m.group(1).startswith("default") else "help_required",
            self.lang), text)


class WordedContext(click.Context):
    def make_formatter(self) -> click.HelpFormatter:
        return WordedFormatter(lang_of(self), width=self.terminal_width,
                               max_width=self.max_content_width)


@contextmanager
def worded(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """The command's help texts (its own, its options', its subcommands' short ones) from
    the table, in the command's language, while its help is written."""
    lang, path = lang_of(ctx), command_path(ctx)
    saved: list[tuple[Any, str | None]] = []

    def put(thing: click.Command | click.Option, text: str) -> None:
        saved.append((thing, thing.help))
        thing.help = text

    put(command, say(help_key(path), lang))
    for param in command.get_params(ctx):
        if isinstance(param, click.Option):
            put(param, say(option_key(path, param), lang))
    for name, sub in getattr(command, "commands", {}).items():
        put(sub, say(help_key([*path, name]), lang))
    try:
        yield
    finally:
        for thing, text in reversed(saved):
            thing.help = text


class WordedCommand(click.Command):
    context_class = WordedContext

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with worded(self, ctx):
            super().format_help(ctx, formatter)


class WordedGroup(click.Group):
    context_class = WordedContext
    command_class = WordedCommand
    group_class = type  # subgroups are WordedGroups too

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with worded(self, ctx):
            super().format_help(ctx, formatter)

    def resolve_command(self, ctx: click.Context,
                        args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if (self.get_command(ctx, name) is None and not name.startswith("-")
                and not ctx.resilient_parsing):
            raise click.UsageError(say("cli_no_such_command", lang_of(ctx), name=name), ctx)
        return super().resolve_command(ctx, args)


# -- errors -----------------------------------------------------------------------------------
def error_words(exc: CarnetError, lang: str) -> str:
    """A Carnet error as the command says it: ``cli_err_<code>`` where the command has its own
    words for it (naming its options), else the error's own (``err_<code>``)."""
    key = f"cli_err_{exc.code}"
    return say(key, lang, **error_params(exc.params, lang)) if key in WORDING \
        else exc.words(lang)


def click_error(exc: click.ClickException, lang: str) -> str:
    """Click's refusal of the command line in ``lang``: the common ones in our words, the
    others as click says them (English)."""
    if lang == "en" or not isinstance(exc, click.UsageError):
        return exc.format_message()
    ctx = exc.ctx
    if isinstance(exc, click.NoSuchOption):
        return say("cli_no_such_option", lang, name=exc.option_name)
    if isinstance(exc, click.MissingParameter) and exc.param is not None and ctx is not None:
        return say("cli_missing", lang, name=exc.param.get_error_hint(ctx))
    if isinstance(exc, click.BadParameter) and exc.param is not None and ctx is not None:
        return say("cli_bad_value", lang, name=exc.param.get_error_hint(ctx),
                   expected=expected(exc.param.type, lang))
    return exc.format_message()


def expected(kind: click.ParamType[Any], lang: str) -> str:
    """What a parameter takes, in words (``fr, en``; ``1 à 100``)."""
    if isinstance(kind, click.Choice):
        return ", ".join(map(str, kind.choices))
    if isinstance(kind, click.IntRange):
        return say("cli_range", lang, low=kind.min, high=kind.max)
    if isinstance(kind, click.DateTime):
        return say("cli_date_formats", lang)
    return say("cli_a_value", lang, kind=kind.name)
