"""People and companies: find them, delete them, merge two companies."""

from __future__ import annotations

from typing import NoReturn

import click

from cli.base import ENGLISH, cli, fail, store_of
from graph.core.wording import say

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.group()
def people() -> None:
    """Find and delete people."""


@people.command("search")
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.pass_context
def people_search(ctx: click.Context, text: str, limit: int) -> None:
    """People whose name, e-mail or phone contains TEXT (case and accents ignored)."""
    store = store_of(ctx)
    found = store.search_people(text, limit=limit)
    if not found:
        click.echo(say("cli_no_one_matches", ENGLISH, text=text), err=True)
    from graph.services.lookup import distinct_labels

    labels = distinct_labels(store, found)
    for person in found:
        click.echo(f"{labels[person.id]}\t{person.id}")


@people.command("delete")
@click.argument("person")
@click.option("--yes", is_flag=True, help="Really delete (without it, says what would go).")
@click.pass_context
def people_delete(ctx: click.Context, person: str, yes: bool) -> None:
    """Delete PERSON (a name or id) with their ties, jobs, referrals and intro requests."""
    from graph.services.lookup import resolve_person

    store = store_of(ctx)
    found = resolve_person(store, person)
    if not yes:
        refuse(say("cli_would_delete_person", ENGLISH, name=found.name, id=found.id,
                   ties=len(store.ties_of(found.id)), jobs=len(store.jobs_of(found.id))))
    store.delete_person(found.id)
    click.echo(say("cli_deleted", ENGLISH, name=found.name))


@cli.group()
def companies() -> None:
    """Find, merge and delete companies."""


@companies.command("search")
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.pass_context
def companies_search(ctx: click.Context, text: str, limit: int) -> None:
    """Companies whose name, alias or web domain contains TEXT (case and accents ignored)."""
    store = store_of(ctx)
    found = store.search_companies(text, limit=limit)
    if not found:
        click.echo(say("cli_no_company_matches", ENGLISH, text=text), err=True)
    for company in found:
        staff = len(store.employees(company.id))
        click.echo(f"{company.name}\t{say('cli_staff', ENGLISH, n=staff)}\t{company.id}")


@companies.command("merge")
@click.argument("keep")
@click.argument("other")
@click.option("--yes", is_flag=True, help="Really merge (there is no undo).")
@click.pass_context
def companies_merge(ctx: click.Context, keep: str, other: str, yes: bool) -> None:
    """Fold OTHER into KEEP: OTHER's name becomes an alias; its staff, referrals and intro
    requests move to KEEP."""
    from graph.services.lookup import resolve_company

    store = store_of(ctx)
    kept, gone = resolve_company(store, keep), resolve_company(store, other)
    if not yes:
        refuse(say("cli_would_merge_companies", ENGLISH, other=gone.name, keep=kept.name,
                   jobs=len(store.employees(gone.id, current_only=False))))
    store.merge_companies(kept.id, gone.id)
    click.echo(say("cli_company_merged", ENGLISH, other=gone.name, keep=kept.name))


@companies.command("delete")
@click.argument("company")
@click.option("--yes", is_flag=True, help="Really delete (without it, says what would go).")
@click.pass_context
def companies_delete(ctx: click.Context, company: str, yes: bool) -> None:
    """Delete COMPANY and the jobs at it (the people stay; referrals lose the company)."""
    from graph.services.lookup import resolve_company

    store = store_of(ctx)
    found = resolve_company(store, company)
    if not yes:
        refuse(say("cli_would_delete_company", ENGLISH, name=found.name, id=found.id,
                   jobs=len(store.employees(found.id, current_only=False))))
    store.delete_company(found.id)
    click.echo(say("cli_deleted", ENGLISH, name=found.name))


def refuse(what: str) -> NoReturn:
    """Without ``--yes``: say what would go, change nothing (exit 2)."""
    fail(say("cli_run_with_yes", ENGLISH, what=what))
