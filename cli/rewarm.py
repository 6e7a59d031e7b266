"""``carnet targets`` (the companies you aim at) and ``carnet rewarm`` (the quiet ties that
open the most doors to them)."""

from __future__ import annotations

import json

import click

from cli.base import cli, store_of
from cli.words import lang_of, lang_option
from graph.core.formatting import percent
from graph.core.wording import say

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.group()
def targets() -> None:
    pass  # its words: graph/core/wording/cli_help.py


@targets.command("add")
@click.argument("company")
@click.pass_context
def targets_add(ctx: click.Context, company: str) -> None:
    from graph.services.rewarm import add_target

    click.echo(say("cli_target_added", lang_of(ctx), name=add_target(store_of(ctx), company).name))


@targets.command("remove")
@click.argument("company")
@click.pass_context
def targets_remove(ctx: click.Context, company: str) -> None:
    from graph.services.rewarm import remove_target

    click.echo(say("cli_target_removed", lang_of(ctx),
                   name=remove_target(store_of(ctx), company).name))


@targets.command("list")
@click.pass_context
def targets_list(ctx: click.Context) -> None:
    from graph.services.rewarm import target_companies

    for company, saved in target_companies(store_of(ctx)):
        click.echo(company.name + ("" if saved else say("cli_open_referral", lang_of(ctx))))


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@lang_option
@click.pass_context
def rewarm(ctx: click.Context, as_json: bool) -> None:
    from graph.services.rewarm import to_json, worth_rewarming

    lang = lang_of(ctx)
    found = worth_rewarming(store_of(ctx), lang=lang)
    if as_json:
        click.echo(json.dumps(to_json(found), ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo(say("cli_rewarm_none", lang))
        return
    click.echo(say("cli_rewarm_title", lang))
    for n, item in enumerate(found, start=1):
        click.echo(f"\n{n}. {item.person.name} ({item.why})")
        for door in item.doors:
            click.echo(f"   → {door.company.name} ({door.target.name}){say('colon', lang)} "
                       f"{percent(door.score, lang)} → {percent(door.rewarmed, lang)}")
        click.echo("\n" + "\n".join(f"   | {line}" for line in item.draft.splitlines()))
