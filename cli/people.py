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


@people.command("edit")
@click.argument("person")
@click.option("--name")
@click.option("--add-email", multiple=True)
@click.option("--remove-email", multiple=True)
@click.option("--add-phone", multiple=True)
@click.option("--remove-phone", multiple=True)
@click.option("--linkedin")
@click.option("--notes")
@click.option("--add-tag", multiple=True)
@click.option("--remove-tag", multiple=True)
@click.option("--add-other-name", multiple=True)
@click.option("--remove-other-name", multiple=True)
@click.option("--title")
@click.option("--company")
@click.option("--old-job", type=click.Choice(["wrong", "ended"]))
@click.option("--new", "confirmed", is_flag=True)
@click.pass_context
def people_edit(ctx: click.Context, person: str, name: str | None, add_email: tuple[str, ...],
                remove_email: tuple[str, ...], add_phone: tuple[str, ...],
                remove_phone: tuple[str, ...], linkedin: str | None, notes: str | None,
                add_tag: tuple[str, ...], remove_tag: tuple[str, ...],
                add_other_name: tuple[str, ...], remove_other_name: tuple[str, ...],
                title: str | None, company: str | None, old_job: str | None,
                confirmed: bool) -> None:
    from graph.core.formatting import phone
    from graph.core.names import name_key
    from graph.services.lookup import distinct_labels, resolve_person
    from ingest.identifiers import email_key, phone_key
    from ingest.typed import listed, typed_person, without

    lang = lang_of(ctx)
    card = any((add_email, remove_email, add_phone, remove_phone, add_tag, remove_tag,
                add_other_name, remove_other_name)) or (name, linkedin, notes) != (None,) * 3
    if not card and (title, company) == (None, None):
        fail(say("cli_nothing_to_edit", lang))
    store = store_of(ctx)
    found = resolve_person(store, person)
    # (the card's values checked before anything is written: one refused writes nothing)
    edited = None if not card else typed_person(  # (values split at commas, as the app's are)
        found, name=found.name if name is None else name,
        emails=without(found.emails + listed(add_email), listed(remove_email), email_key,
                       "email"),
        phones=without(found.phones + listed(add_phone), listed(remove_phone),
                       lambda p: phone_key(p) or p.strip(), "phone"),
        linkedin=(found.linkedin or "") if linkedin is None else linkedin,
        notes=found.notes if notes is None else notes,
        tags=without(found.tags + listed(add_tag), listed(remove_tag), fold, "tag"),
        aliases=without(found.aliases + listed(add_other_name), listed(remove_other_name),
                        name_key, "other_name"))
    if (title, company) != (None, None):
        edit_job(ctx, found, title, company, old_job, confirmed)
    if edited is None:
        return
    if edited == found:
        click.echo(say("cli_unchanged", lang, name=found.name))
        return
    saved = store.update_person(found, edited)
    click.echo(say("cli_person_saved", lang, name=distinct_labels(store, [saved], lang)[saved.id]))
    for key, values in (("cli_card_emails", saved.emails),
                        ("cli_card_phones", tuple(map(phone, saved.phones))),
                        ("cli_card_linkedin", (saved.linkedin,) if saved.linkedin else ()),
                        ("cli_card_other_names", saved.aliases), ("cli_card_tags", saved.tags)):
        if values:
            click.echo("  " + say(key, lang, values=", ".join(values)))
    if saved.notes:
        click.echo("  " + say("cli_card_notes", lang, values=" ".join(saved.notes.split())))


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


def edit_job(ctx: click.Context, person: Person, title: str | None, company: str | None,
             old_job: str | None, confirmed: bool) -> None:
    """``people edit``'s --title and --company (``graph/services/jobs.py``): her current job
    corrected (--old-job wrong) or changed (--old-job ended: kept as a past job); an empty
    --company, no job now."""
    from graph.services.jobs import change_job, current_job, planned_job
    from graph.services.lookup import company_or_new

    store, lang = store_of(ctx), lang_of(ctx)
    before = current_job(store, person.id)
    if company is None:
        firm = store.get_company(before.company) if before else None
    else:
        firm = company_or_new(store, company, confirmed)[0] if company.strip() else None
    title = (before.title if before else "") if title is None else title
    now = change_job(store, planned_job(person.id, before, title, firm), old_job, firm)
    if now is None or firm is None:
        click.echo(say("job_saved_none", lang))
        return
    click.echo(say("job_saved", lang, job=say("job_at", lang, title=now.title, company=firm.name)
                   if now.title else firm.name))
