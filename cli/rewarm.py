"""``carnet targets`` (the companies you aim at) and ``carnet rewarm`` (the quiet ties that
open the most doors to them)."""

from __future__ import annotations

import json

import click

from cli.base import ENGLISH, cli, cli_lang, store_of
from graph.core.wording import say

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.group()
def targets() -> None:
    """The companies you aim at (with those named in your open referrals)."""


@targets.command("add")
@click.argument("company")
@click.pass_context
def targets_add(ctx: click.Context, company: str) -> None:
    """Put COMPANY on your short list (again changes nothing)."""
    from graph.services.rewarm import add_target

    click.echo(say("cli_target_added", ENGLISH, name=add_target(store_of(ctx), company).name))


@targets.command("remove")
@click.argument("company")
@click.pass_context
def targets_remove(ctx: click.Context, company: str) -> None:
    """Take COMPANY off your short list."""
    from graph.services.rewarm import remove_target

    click.echo(say("cli_target_removed", ENGLISH,
                   name=remove_target(store_of(ctx), company).name))


@targets.command("list")
@click.pass_context
def targets_list(ctx: click.Context) -> None:
    """Your short list, then the companies named in your open referrals."""
    from graph.services.rewarm import target_companies

    for company, saved in target_companies(store_of(ctx)):
        click.echo(company.name + ("" if saved else say("cli_open_referral", ENGLISH)))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the texts and drafts. Default: from $LANG, else English.")
@click.pass_context
def rewarm(ctx: click.Context, as_json: bool, lang: str | None) -> None:
    """The 5 people worth re-warming this month: your quiet ties that open the most doors
    to your target companies, with the doors each opens and a catching-up draft."""
    from graph.services.rewarm import to_json, worth_rewarming

    lang = cli_lang(lang)
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
            click.echo(f"   → {door.company.name} ({door.target.name}): {door.score:.2f} → "
                       f"{door.rewarmed:.2f}")
        click.echo("\n" + "\n".join(f"   | {line}" for line in item.draft.splitlines()))
