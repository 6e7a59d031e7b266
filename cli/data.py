"""Data in and out: the demo, imports and their review queue, exports, copies, search."""

from __future__ import annotations

import sys
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli.base import cli, fail, store_of
from cli.words import lang_of
from graph.core import formatting
from graph.core.wording import WORDING, reason_words, say, say_n
from graph.formats import EXPORT_FORMATS, IMPORT_FORMATS

if TYPE_CHECKING:
    from graph.core.model import Review
    from graph.services.compare import Side
    from graph.stores.port import GraphStore

# The commands import what they use when they run (lean start-up: docs/architecture.md).


@cli.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.pass_context
def demo(ctx: click.Context, lang: str) -> None:
    from graph.services.demo import ME, load_demo

    store = store_of(ctx)
    data = load_demo(store, lang)
    me = store.get_person(ME).name
    if data is None:
        click.echo(say("cli_demo_already", lang_of(ctx), me=me))
        return
    click.echo(say("cli_demo_loaded", lang_of(ctx), people=len(data.people),
                   companies=len(data.companies), ties=len(data.knows),
                   referrals=len(data.referrals), me=me))


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), default="auto",
              show_default=True)
@click.option("--me", "me", metavar="NAME|EMAILS")
@click.option("--column", "columns", multiple=True, metavar="FIELD=HEADER")
@click.option("--dry-run", is_flag=True)
@click.pass_context
def import_(ctx: click.Context, file: Path, fmt: str, me: str | None, columns: tuple[str, ...],
            dry_run: bool) -> None:
    from ingest.importer import import_carnet, import_file, skipped_unit
    from ingest.resolve import skipped_where

    lang = lang_of(ctx)

    if fmt == "auto" and file.suffix.lower() == ".json":
        fmt = "carnet"
    if fmt == "carnet":  # a dry run of a backup needs no store: it opens (creates) none
        held, changed = import_carnet(store_of(ctx) if me or not dry_run else None, file, me,
                                      dry_run)
        summary = ", ".join(say_n(f"held_{kind}", held[kind], lang) for kind in (
            "people", "companies", "knows", "jobs", "referrals", "intros"))
        if dry_run:
            click.echo(say("cli_dry_run", lang)
                       + say("cli_backup_dry_run", lang, file=file.name, summary=summary))
        else:
            click.echo(say("cli_backup_imported", lang, file=file.name, summary=summary)
                       + ("" if changed else say("cli_backup_unchanged", lang)))
        return
    store = store_of(ctx)
    mapping = dict(column.partition("=")[::2] for column in columns)
    if any(not key or not value for key, value in mapping.items()):
        fail(say("cli_column_syntax", lang))
    result = import_file(store, file, fmt, me, dry_run, mapping,
                         progress=partial(show_progress, lang) if sys.stderr.isatty()
                         else None)
    if sys.stderr.isatty():
        click.echo("\r\033[K", nl=False, err=True)
    report = result.report
    click.echo((say("cli_dry_run", lang) if dry_run else "")
               + say("cli_import_report", lang, file=file.name, format=result.format,
                     summary=report.summary(lang)))
    for notice in result.notices:
        click.echo(say("cli_import_note", lang,
                       reason=say_n(f"notice_{notice.code}", notice.n, lang)))
    for reason, group in report.skipped_by_reason().items():
        where = skipped_where(group)
        if where and group[0].line:
            where = say_n("cli_at_lines", len(group), lang, where=where)
        key = f"skip_{group[0].code}"
        said = say(key, lang) if key in WORDING else reason
        click.echo(say_n(f"cli_import_skipped_{skipped_unit(result.format)}", len(group),
                         lang, reason=said)
                   + (f" ({where})" if where else ""))
    if report.matched and not dry_run:
        click.echo(say("cli_import_merged", lang, n=report.matched))
    if report.queued and not dry_run:
        click.echo(say("cli_import_queued", lang))


def show_progress(lang: str, done: int, total: int) -> None:
    """How far a big import is, on one terminal line (only when stderr is a terminal)."""
    click.echo(say("cli_progress", lang, done=formatting.count(done, lang),
                   total=formatting.count(total, lang),
                   share=formatting.percent(done / total, lang)), nl=False, err=True)


@cli.group(invoke_without_command=True)
@click.option("--all", "everything", is_flag=True)
@click.pass_context
def review(ctx: click.Context, everything: bool) -> None:
    from ingest.duplicates import likely_company_duplicates, open_reviews

    if ctx.invoked_subcommand is not None:
        return
    store = store_of(ctx)
    found = open_reviews(store) + ([r for r in store.reviews(None) if r.status != "open"]
                                   if everything else [])
    companies = likely_company_duplicates(store)
    if not found and not companies:
        click.echo(say("cli_nothing_to_review", lang_of(ctx)))
    if found:
        from graph.services.compare import sides

        side_of = sides(store, {pid for item in found for pid in (item.a, item.b)})  # (one read)
        for item in found:
            click.echo(review_line(store, item, lang_of(ctx), side_of))
    for keep, other in companies:
        click.echo(say("cli_same_company", lang_of(ctx), keep=f"{keep.name} ({keep.id})",
                       other=f"{other.name} ({other.id})",
                       command=f"carnet companies merge {keep.id} {other.id} --yes"))


def review_line(store: GraphStore, item: Review, lang: str, side_of: dict[str, Side]) -> str:
    """One pair, each person labelled so that the two lines never read the same; below it,
    indented, one line a person of what tells them apart (their ``Side`` in ``side_of``,
    ``graph.services.compare``)."""
    from graph.core.errors import PersonNotFound
    from graph.services.compare import side_lines
    from graph.services.lookup import distinct_labels

    reason = reason_words(item.reason, lang)
    key = f"review_status_{item.status}"
    status = ("" if item.status == "open" else
              f" [{say(key, lang) if key in WORDING else item.status}]")
    try:
        people = [store.get_person(item.a), store.get_person(item.b)]
    except PersonNotFound:  # merged: only the one kept is left
        return (f"{item.id}\t{item.score:.0f}%\t{reason}{status}: "
                f"{say('cli_merged_into', lang, other=item.b, keep=item.a)}")
    labels = distinct_labels(store, people, lang)
    details = "".join(f"\n    {pid}: {' · '.join(side_lines(side_of[pid], lang))}"
                      for pid in (item.a, item.b) if pid in side_of)
    return (f"{item.id}\t{item.score:.0f}%\t{labels[item.a]} ({item.a})  ~  "
            f"{labels[item.b]} ({item.b})\t{reason}{status}{details}")


@review.command("merge")
@click.argument("review_id")
@click.pass_context
def review_merge(ctx: click.Context, review_id: str) -> None:
    from ingest.duplicates import review_to_settle

    store = store_of(ctx)
    item = review_to_settle(store, review_id)
    store.merge_people(item.a, item.b)
    click.echo(say("cli_review_merged", lang_of(ctx), other=item.b, keep=item.a, review=review_id))


@review.command("apart")
@click.argument("review_id")
@click.pass_context
def review_apart(ctx: click.Context, review_id: str) -> None:
    from ingest.duplicates import review_to_settle

    store = store_of(ctx)
    store.keep_apart(review_to_settle(store, review_id).id)
    click.echo(say("cli_kept_apart", lang_of(ctx), review=review_id))


@review.command("undo")
@click.argument("review_id")
@click.pass_context
def review_undo(ctx: click.Context, review_id: str) -> None:
    store = store_of(ctx)
    merged = next((r for r in store.reviews(None) if r.id == review_id and r.merge), None)
    if merged is None or merged.merge is None:
        fail(say("cli_no_merged_review", lang_of(ctx), review=review_id))
    store.undo_merge(merged.merge)
    click.echo(say("cli_merge_undone", lang_of(ctx), a=merged.a, b=merged.b))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None)
@click.pass_context
def export(ctx: click.Context, file: Path, fmt: str | None) -> None:
    from graph.core.errors import disk_reason
    from graph.formats.exports import write_stream
    from graph.services.export import write_export

    fmt = fmt or {".csv": "csv", ".graphml": "graphml"}.get(file.suffix.lower(), "carnet")
    store = store_of(ctx)
    if str(file) == "-":
        if fmt == "graphml":
            fail(say("cli_graphml_to_file", lang_of(ctx)))
        write_stream(sys.stdout, store.dump(ties=False), store.edges(), fmt)
        return
    try:
        data = write_export(file, store, fmt)
    except OSError as exc:
        lang = lang_of(ctx)
        fail(say("cli_cannot_write", lang, file=file, reason=disk_reason(exc, lang)))
    click.echo(say("cli_exported", lang_of(ctx), people=len(data.people),
                   companies=len(data.companies), file=file, format=fmt), err=True)


@cli.command()
@click.option("--to", "target", required=True, metavar="PATH|URI")
@click.option("--batch", default=5000, show_default=True, type=click.IntRange(1, 100_000))
@click.pass_context
def copy(ctx: click.Context, target: str, batch: int) -> None:
    from graph.stores.opening import copy_store, open_store

    source = store_of(ctx)
    with closing(open_store(target, create=True)) as destination:
        written = copy_store(source, destination, batch)
        click.echo(say("cli_copied", lang_of(ctx), n=written, source=source.location,
                       target=destination.location))
