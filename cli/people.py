"""People and companies: find them, delete them, merge two companies."""

from __future__ import annotations

from typing import NoReturn

import click

from cli.base import cli, fail, store_of
from cli.words import lang_of
from graph.core.model import Person, fold
from graph.core.wording import say

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.group()
def people() -> None:
    pass  # its words: graph/core/wording/cli_help.py


@people.command("search")
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.pass_context
def people_search(ctx: click.Context, text: str, limit: int) -> None:
    store = store_of(ctx)
    found = store.search_people(text, limit=limit)
    if not found:
        click.echo(say("cli_no_one_matches", lang_of(ctx), text=text), err=True)
    from graph.services.lookup import distinct_labels

    labels = distinct_labels(store, found, lang_of(ctx))
    for person in found:
        click.echo(f"{labels[person.id]}{found_as(person, text, lang_of(ctx))}\t{person.id}")


def found_as(person: Person, text: str, lang: str) -> str:
    """`` (autre nom : Marie Martin)`` when ``text`` found her by another name of hers, not
    her own (case and accents aside), else ``""``."""
    typed = fold(text)
    if typed in fold(person.name):
        return ""
    other = next((a for a in person.aliases if typed in fold(a)), None)
    return "" if other is None else say("cli_found_as", lang, name=other)


@people.command("delete")
@click.argument("person")
@click.option("--yes", is_flag=True)
@click.pass_context
def people_delete(ctx: click.Context, person: str, yes: bool) -> None:
    from graph.services.lookup import resolve_person

    store = store_of(ctx)
    found = resolve_person(store, person)
    if not yes:
        refuse(ctx, say("cli_would_delete_person", lang_of(ctx), name=found.name, id=found.id,
                   ties=len(store.ties_of(found.id)), jobs=len(store.jobs_of(found.id))))
    store.delete_person(found.id)
    click.echo(say("cli_deleted", lang_of(ctx), name=found.name))


@cli.group()
def companies() -> None:
    pass  # its words: graph/core/wording/cli_help.py


@companies.command("search")
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.pass_context
def companies_search(ctx: click.Context, text: str, limit: int) -> None:
    store = store_of(ctx)
    found = store.search_companies(text, limit=limit)
    if not found:
        click.echo(say("cli_no_company_matches", lang_of(ctx), text=text), err=True)
    for company in found:
        staff = len(store.employees(company.id))
        click.echo(f"{company.name}\t{say('cli_staff', lang_of(ctx), n=staff)}\t{company.id}")


@companies.command("merge")
@click.argument("keep")
@click.argument("other")
@click.option("--yes", is_flag=True)
@click.pass_context
def companies_merge(ctx: click.Context, keep: str, other: str, yes: bool) -> None:
    from graph.services.lookup import resolve_company

    store = store_of(ctx)
    kept, gone = resolve_company(store, keep), resolve_company(store, other)
    if not yes:
        refuse(ctx, say("cli_would_merge_companies", lang_of(ctx), other=gone.name, keep=kept.name,
                   jobs=len(store.employees(gone.id, current_only=False))))
    store.merge_companies(kept.id, gone.id)
    click.echo(say("cli_company_merged", lang_of(ctx), other=gone.name, keep=kept.name))


@companies.command("delete")
@click.argument("company")
@click.option("--yes", is_flag=True)
@click.pass_context
def companies_delete(ctx: click.Context, company: str, yes: bool) -> None:
    from graph.services.lookup import resolve_company

    store = store_of(ctx)
    found = resolve_company(store, company)
    if not yes:
        refuse(ctx, say("cli_would_delete_company", lang_of(ctx), name=found.name, id=found.id,
                   jobs=len(store.employees(found.id, current_only=False))))
    store.delete_company(found.id)
    click.echo(say("cli_deleted", lang_of(ctx), name=found.name))


def refuse(ctx: click.Context, what: str) -> NoReturn:
    """Without ``--yes``: say what would go, change nothing (exit 2)."""
    fail(say("cli_run_with_yes", lang_of(ctx), what=what))
