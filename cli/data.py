"""Data in and out: the demo, imports and their review queue, exports, copies, search."""

from __future__ import annotations

import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli.base import ENGLISH, cli, fail, store_of
from graph.core.wording import say, say_n
from graph.formats import CSV_FIELDS, EXPORT_FORMATS, IMPORT_FORMATS

if TYPE_CHECKING:
    from graph.core.model import Review
    from graph.stores.port import GraphStore

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the demo's texts (titles, contexts, notes).")
@click.pass_context
def demo(ctx: click.Context, lang: str) -> None:
    """Load the fictional demo network (once: run again, it changes nothing)."""
    from graph.services.demo import ME, load_demo

    store = store_of(ctx)
    data = load_demo(store, lang)
    me = store.get_person(ME).name
    if data is None:
        click.echo(say("cli_demo_already", ENGLISH, me=me))
        return
    click.echo(say("cli_demo_loaded", ENGLISH, people=len(data.people),
                   companies=len(data.companies), ties=len(data.knows),
                   referrals=len(data.referrals), me=me))


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), default="auto",
              show_default=True,
              help="The file's format; 'auto' guesses from its name and CSV header.")
@click.option("--me", "me", metavar="NAME|EMAILS",
              help="Whose contacts these are: your name (the first import creates you; later "
                   "ones want it as the notebook has it). For mail and calendars: your e-mail "
                   "address(es), comma-separated.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=HEADER",
              help="For --format csv: which column holds a field (repeatable), e.g. "
                   f"--column name=Nom. Fields: {', '.join(CSV_FIELDS)}.")
@click.option("--dry-run", is_flag=True, help="Check the file and report, write nothing.")
@click.pass_context
def import_(ctx: click.Context, file: Path, fmt: str, me: str | None, columns: tuple[str, ...],
            dry_run: bool) -> None:
    """Import FILE into the store, all or nothing, merging people it already knows.

    Formats: LinkedIn Connections.csv, vCard (.vcf), Google Contacts CSV, any CSV (with
    --column), mbox and .ics (who you exchange with, never the content), Carnet JSON.
    Importing the same file again changes nothing. Your own card (phone, Google) is you.
    Someone of the same name at the same company is merged (undo: carnet review undo ID);
    other possible duplicates wait in 'carnet review'.
    """
    from ingest.importer import import_carnet, import_file
    from ingest.resolve import skipped_where

    if fmt == "auto" and file.suffix.lower() == ".json":
        fmt = "carnet"
    if fmt == "carnet":  # a dry run of a backup needs no store: it opens (creates) none
        held, changed = import_carnet(store_of(ctx) if me or not dry_run else None, file, me,
                                      dry_run)
        summary = say("cli_backup_holds", ENGLISH, ties=held["knows"], **held)
        if dry_run:
            click.echo(say("cli_dry_run", ENGLISH)
                       + say("cli_backup_dry_run", ENGLISH, file=file.name, summary=summary))
        else:
            click.echo(say("cli_backup_imported", ENGLISH, file=file.name, summary=summary)
                       + ("" if changed else say("cli_backup_unchanged", ENGLISH)))
        return
    store = store_of(ctx)
    mapping = dict(column.partition("=")[::2] for column in columns)
    if any(not key or not value for key, value in mapping.items()):
        fail(say("cli_column_syntax", ENGLISH))
    result = import_file(store, file, fmt, me, dry_run, mapping,
                         progress=show_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        click.echo("\r\033[K", nl=False, err=True)
    report = result.report
    click.echo((say("cli_dry_run", ENGLISH) if dry_run else "")
               + say("cli_import_report", ENGLISH, file=file.name, format=result.format,
                     summary=report.summary()))
    for notice in result.notices:
        click.echo(say("cli_import_note", ENGLISH, reason=notice.reason))
    for reason, group in report.skipped_by_reason().items():
        where = skipped_where(group)
        if where and group[0].line:
            where = say_n("cli_at_lines", len(group), ENGLISH, where=where)
        click.echo(say("cli_import_skipped", ENGLISH, n=len(group), reason=reason)
                   + (f" ({where})" if where else ""))
    if report.matched and not dry_run:
        click.echo(say("cli_import_merged", ENGLISH, n=report.matched))
    if report.queued and not dry_run:
        click.echo(say("cli_import_queued", ENGLISH))


def show_progress(done: int, total: int) -> None:
    """How far a big import is, on one terminal line (only when stderr is a terminal)."""
    click.echo(say("cli_progress", ENGLISH, done=f"{done:,}", total=f"{total:,}",
                   share=f"{done / total:.0%}"), nl=False, err=True)


@cli.group(invoke_without_command=True)
@click.option("--all", "everything", is_flag=True,
              help="Also the pairs already settled (merged, e.g. at import, or kept apart).")
@click.pass_context
def review(ctx: click.Context, everything: bool) -> None:
    """Possible duplicates: pairs found by imports, and people already in the notebook who
    are probably one person (same or close name, same company). List them, merge or keep
    apart, undo a merge."""
    from ingest.duplicates import likely_company_duplicates, open_reviews

    if ctx.invoked_subcommand is not None:
        return
    store = store_of(ctx)
    found = open_reviews(store) + ([r for r in store.reviews(None) if r.status != "open"]
                                   if everything else [])
    companies = likely_company_duplicates(store)
    if not found and not companies:
        click.echo(say("cli_nothing_to_review", ENGLISH))
    for item in found:
        click.echo(review_line(store, item))
    for keep, other in companies:
        click.echo(say("cli_same_company", ENGLISH, keep=f"{keep.name} ({keep.id})",
                       other=f"{other.name} ({other.id})",
                       command=f"carnet companies merge {keep.id} {other.id} --yes"))


def review_line(store: GraphStore, item: Review) -> str:
    """One pair, each person labelled so that the two lines never read the same."""
    from graph.core.errors import PersonNotFound
    from graph.core.model import reason_english
    from graph.services.lookup import distinct_labels

    reason = reason_english(item.reason)
    status = "" if item.status == "open" else f" [{item.status}]"
    try:
        people = [store.get_person(item.a), store.get_person(item.b)]
    except PersonNotFound:  # merged: only the one kept is left
        return (f"{item.id}\t{item.score:.0f}%\t{reason}{status}: "
                f"{say('cli_merged_into', ENGLISH, other=item.b, keep=item.a)}")
    labels = distinct_labels(store, people)
    return (f"{item.id}\t{item.score:.0f}%\t{labels[item.a]} ({item.a})  ~  "
            f"{labels[item.b]} ({item.b})\t{reason}{status}")


@review.command("merge")
@click.argument("review_id")
@click.pass_context
def review_merge(ctx: click.Context, review_id: str) -> None:
    """Merge the two people of REVIEW_ID into the first one (undo: carnet review undo)."""
    from ingest.duplicates import review_to_settle

    store = store_of(ctx)
    item = review_to_settle(store, review_id)
    store.merge_people(item.a, item.b)
    click.echo(say("cli_review_merged", ENGLISH, other=item.b, keep=item.a, review=review_id))


@review.command("apart")
@click.argument("review_id")
@click.pass_context
def review_apart(ctx: click.Context, review_id: str) -> None:
    """Mark the two people of REVIEW_ID as different people."""
    from ingest.duplicates import review_to_settle

    store = store_of(ctx)
    store.keep_apart(review_to_settle(store, review_id).id)
    click.echo(say("cli_kept_apart", ENGLISH, review=review_id))


@review.command("undo")
@click.argument("review_id")
@click.pass_context
def review_undo(ctx: click.Context, review_id: str) -> None:
    """Undo the merge made for REVIEW_ID (by you, or at import): both people back as they
    were."""
    store = store_of(ctx)
    merged = next((r for r in store.reviews(None) if r.id == review_id and r.merge), None)
    if merged is None or merged.merge is None:
        fail(say("cli_no_merged_review", ENGLISH, review=review_id))
    store.undo_merge(merged.merge)
    click.echo(say("cli_merge_undone", ENGLISH, a=merged.a, b=merged.b))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Default: from FILE's ending (.csv, .graphml), else Carnet JSON.")
@click.pass_context
def export(ctx: click.Context, file: Path, fmt: str | None) -> None:
    """Export the whole store to FILE ('-' for standard output, Carnet JSON or CSV)."""
    from graph.core.errors import disk_reason
    from graph.formats.exports import write_stream
    from graph.services.export import write_export

    fmt = fmt or {".csv": "csv", ".graphml": "graphml"}.get(file.suffix.lower(), "carnet")
    store = store_of(ctx)
    if str(file) == "-":
        if fmt == "graphml":
            fail(say("cli_graphml_to_file", ENGLISH))
        write_stream(sys.stdout, store.dump(ties=False), store.edges(), fmt)
        return
    try:
        data = write_export(file, store, fmt)
    except OSError as exc:
        fail(say("cli_cannot_write", ENGLISH, file=file, reason=disk_reason(exc)))
    click.echo(say("cli_exported", ENGLISH, people=len(data.people),
                   companies=len(data.companies), file=file, format=fmt), err=True)


@cli.command()
@click.option("--to", "target", required=True, metavar="PATH|URI",
              help="The store to copy into: a SQLite file or a neo4j:// or bolt:// URI "
                   "(credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).")
@click.option("--batch", default=5000, show_default=True, type=click.IntRange(1, 100_000),
              help="Records per transaction.")
@click.pass_context
def copy(ctx: click.Context, target: str, batch: int) -> None:
    """Copy the whole store (--db) into another one, in batches; run it again to finish a
    copy that was cut short (nothing is duplicated)."""
    from graph.stores.opening import copy_store, open_store

    source = store_of(ctx)
    with closing(open_store(target, create=True)) as destination:
        written = copy_store(source, destination, batch)
        click.echo(say("cli_copied", ENGLISH, n=written, source=source.location,
                       target=destination.location))
