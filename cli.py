"""The ``carnet`` command: a thin shell over ``graph`` and ``ingest``.

Exit codes: 0 done, 1 no path found, 2 bad input or unreachable store (one line on stderr,
never a traceback).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import click

from graph.demo import ME, load_demo
from graph.errors import CarnetError
from graph.exports import EXPORT_FORMATS, people_csv, write_export
from graph.followups import draft_for, due_followups, followups_ics
from graph.interchange import dumps
from graph.lifecycle import (
    INTRO_STEPS,
    REFERRAL_STEPS,
    THANKS_DUE,
    ask_intro,
    set_intro_status,
    set_referral_status,
    thank_referrer,
)
from graph.lookup import (
    company_or_new,
    describe_person,
    person_or_new,
    resolve_company,
    resolve_person,
)
from graph.referrals import record_referral
from graph.store import GraphStore, copy_store, open_store, store_url
from graph.warmpaths import PathsResult, find_paths, to_json
from ingest.contacts_files import CSV_FIELDS
from ingest.importer import FORMATS, import_carnet, import_file

DATE = click.DateTime(formats=["%Y-%m-%d"])


def fail(message: str) -> NoReturn:
    raise click.ClickException(message)


def store_of(ctx: click.Context) -> GraphStore:
    """The store named by ``--db`` (opened once per command, closed when it ends)."""
    obj: dict[str, Any] = ctx.ensure_object(dict)
    if "store" not in obj:
        obj["store"] = ctx.with_resource(closing(open_store(obj.get("db"))))
    return obj["store"]  # type: ignore[no-any-return]


def as_date(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH|URI", help="The store: a SQLite file or a neo4j:// or bolt:// "
              "URI. Default: $CARNET_DB, else $NEO4J_URI, else a file in your user data folder.")
@click.version_option(package_name="carnet")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Carnet: your network as a graph; find who can introduce you, and ask well."""
    ctx.ensure_object(dict)["db"] = db


@cli.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the demo's texts (titles, contexts, notes).")
@click.pass_context
def demo(ctx: click.Context, lang: str) -> None:
    """Load the fictional demo network (once: run again, it changes nothing)."""
    store = store_of(ctx)
    data = load_demo(store, lang)
    me = store.get_person(ME).name
    if data is None:
        click.echo(f"The demo network is already loaded; nothing changed. You are {me}.")
        return
    click.echo(f"Demo network loaded: {len(data.people)} people, {len(data.companies)} companies,"
               f" {len(data.knows)} ties, {len(data.referrals)} referrals. You are {me}.")


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="The file's format; 'auto' guesses from its name and CSV header.")
@click.option("--me", "me", metavar="NAME|EMAILS",
              help="Whose contacts these are (your name; the first import creates you). For "
                   "mail and calendars: your e-mail address(es), comma-separated.")
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
    Importing the same file again changes nothing. Possible duplicates wait in
    'carnet review'.
    """
    if fmt == "auto" and file.suffix.lower() == ".json":
        fmt = "carnet"
    if fmt == "carnet":  # a dry run of a backup needs no store: it opens (creates) none
        data, changed = import_carnet(store_of(ctx) if me or not dry_run else None, file, me,
                                      dry_run)
        summary = (f"{len(data.people)} people, {len(data.companies)} companies, "
                   f"{len(data.knows)} ties, {len(data.jobs)} jobs, {len(data.referrals)} "
                   f"referrals, {len(data.intros)} intro requests")
        if dry_run:
            click.echo(f"Dry run, nothing written. {file.name} holds {summary}.")
        else:
            click.echo(f"Imported {summary} from {file.name}."
                       + ("" if changed else " Nothing changed: all already there."))
        return
    store = store_of(ctx)
    mapping = dict(column.partition("=")[::2] for column in columns)
    if any(not key or not value for key, value in mapping.items()):
        fail("--column takes FIELD=HEADER, e.g. --column email=Courriel")
    result = import_file(store, file, fmt, me, dry_run, mapping,
                         progress=Progress("Resolving contacts") if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        click.echo("\r\033[K", nl=False, err=True)
    report = result.report
    click.echo(f"{'Dry run, nothing written. ' if dry_run else ''}{file.name} ({result.format}):"
               f" {report.summary()}.")
    for reason, lines in report.skipped_by_reason().items():
        shown = ", ".join(map(str, lines[:8])) + (", …" if len(lines) > 8 else "")
        where = f" (line{'s' if len(lines) > 1 else ''} {shown})" if lines[0] else ""
        click.echo(f"  skipped {len(lines)}: {reason}{where}")
    if report.queued and not dry_run:
        click.echo("  Possible duplicates to review: carnet review")


class Progress:
    """A count on one terminal line, for big imports (only when stderr is a terminal)."""

    def __init__(self, label: str) -> None:
        self.label, self.done = label, 0

    def __call__(self, step: int) -> None:
        self.done += step
        click.echo(f"\r{self.label}: {self.done:,}", nl=False, err=True)


@cli.group(invoke_without_command=True)
@click.pass_context
def review(ctx: click.Context) -> None:
    """Possible duplicates found by imports: list them, merge or keep apart, undo a merge."""
    if ctx.invoked_subcommand is None:
        store = store_of(ctx)
        found = store.reviews()
        if not found:
            click.echo("Nothing to review.")
        for item in found:
            a, b = store.get_person(item.a), store.get_person(item.b)
            click.echo(f"{item.id}\t{item.score:.0f}%\t{describe_person(store, a)} ({a.id})"
                       f"  ~  {describe_person(store, b)} ({b.id})")


@review.command("merge")
@click.argument("review_id")
@click.pass_context
def review_merge(ctx: click.Context, review_id: str) -> None:
    """Merge the two people of REVIEW_ID into the first one (undo: carnet review undo)."""
    store = store_of(ctx)
    item = next((r for r in store.reviews() if r.id == review_id), None)
    if item is None:
        fail(f"no open review with id {review_id} (see: carnet review)")
    store.merge_people(item.a, item.b)
    click.echo(f"Merged {item.b} into {item.a}. Undo: carnet review undo {review_id}")


@review.command("apart")
@click.argument("review_id")
@click.pass_context
def review_apart(ctx: click.Context, review_id: str) -> None:
    """Mark the two people of REVIEW_ID as different people."""
    store_of(ctx).keep_apart(review_id)
    click.echo(f"Kept apart: {review_id}.")


@review.command("undo")
@click.argument("review_id")
@click.pass_context
def review_undo(ctx: click.Context, review_id: str) -> None:
    """Undo the merge made for REVIEW_ID: both people back as they were."""
    store = store_of(ctx)
    merged = next((r for r in store.reviews(None) if r.id == review_id and r.merge), None)
    if merged is None or merged.merge is None:
        fail(f"no merged review with id {review_id}")
    store.undo_merge(merged.merge)
    click.echo(f"Merge undone: {merged.a} and {merged.b} are two people again.")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Default: from FILE's ending (.csv, .graphml), else Carnet JSON.")
@click.pass_context
def export(ctx: click.Context, file: Path, fmt: str | None) -> None:
    """Export the whole store to FILE ('-' for standard output, Carnet JSON or CSV)."""
    fmt = fmt or {".csv": "csv", ".graphml": "graphml"}.get(file.suffix.lower(), "carnet")
    data = store_of(ctx).dump()
    if str(file) == "-":
        click.echo(people_csv(data) if fmt == "csv" else dumps(data), nl=False)
        return
    try:
        write_export(file, data, fmt)
    except OSError as exc:
        fail(f"{file}: cannot write ({exc.strerror})")
    click.echo(f"Exported {len(data.people)} people and {len(data.companies)} companies to {file}"
               f" ({fmt}).", err=True)


@cli.command()
@click.option("--to", "company", required=True, metavar="COMPANY", help="The company to reach.")
@click.option("--role", metavar="TERMS",
              help="Only people whose title or department has one of these comma-separated "
                   "terms (case and accents ignored).")
@click.option("--from", "sources", multiple=True, metavar="PERSON",
              help="Start from this person (repeatable). Default: the network's members.")
@click.option("--exclude", multiple=True, metavar="PERSON",
              help="Never ask or go through this person (repeatable).")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100),
              help="How many introducers.")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 6),
              help="Longest path, in ties.")
@click.option("--include-former", is_flag=True,
              help="Count former employees too (as weaker targets than current ones).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the explanations. Default: from $LANG, else English.")
@click.pass_context
def paths(ctx: click.Context, company: str, role: str | None, sources: tuple[str, ...],
          exclude: tuple[str, ...], top: int, max_hops: int, include_former: bool,
          as_json: bool, lang: str | None) -> None:
    """Whom to ask for an introduction to COMPANY, by which path, and why (best first).

    Exits 1 when no path is found within --max-hops.
    """
    lang = cli_lang(lang)
    result = find_paths(store_of(ctx), company, role=role, sources=sources, exclude=exclude,
                        top=top, max_hops=max_hops, include_former=include_former, lang=lang)
    if as_json:
        click.echo(json.dumps(to_json(result), ensure_ascii=False, indent=1))
    else:
        click.echo(paths_text(result, max_hops, lang))
    if not result.introductions:
        raise SystemExit(1)


def paths_text(result: PathsResult, max_hops: int, lang: str) -> str:
    fr = lang == "fr"
    role = f" ({result.role})" if result.role else ""
    if not result.introductions:
        if not result.targets:
            return (f"Personne chez {result.company.name}{role} dans votre carnet." if fr else
                    f"No one at {result.company.name}{role} in your network yet.")
        hops = f"{max_hops} {'hop' if max_hops == 1 else 'hops'}"
        return (f"Aucun chemin vers {result.company.name}{role} en {max_hops} lien(s) au plus."
                if fr else f"No path to {result.company.name}{role} within {hops}.")
    lines = [(f"Chemins vers {result.company.name}{role} :" if fr
              else f"Warm paths to {result.company.name}{role}:")]
    for intro in result.introductions:
        title = f", {intro.title}" if intro.title else ""
        flag = (" [contact direct]" if fr else " [direct contact]") if intro.direct else ""
        lines += ["", f"{intro.rank}. {intro.introducer.name}{flag} → {intro.target.name}{title}"
                      f"   score {intro.score:.2f}",
                  "   " + " → ".join(p.name for p in intro.path)]
        lines += [f"   · {h.source.name} – {h.target.name} ({h.strength:.2f}): {h.why}"
                  for h in intro.hops]
        lines.append(f"   {intro.explanation}")
    if not result.exact:
        lines += ["", ("(approché : pour rester rapide, la recherche a laissé de côté des "
                       "personnes très connectées)") if fr else
                  "(approximate: to stay fast, the search left out some very connected people)"]
    return "\n".join(lines)


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
    source = store_of(ctx)
    with closing(open_store(target)) as destination:
        written = copy_store(source, destination, batch)
        click.echo(f"Copied {written} records from {source.location} to "
                   f"{destination.location}.")


@cli.group()
def people() -> None:
    """Find people."""


@people.command("search")
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.pass_context
def people_search(ctx: click.Context, text: str, limit: int) -> None:
    """People whose name, e-mail or phone contains TEXT (case and accents ignored)."""
    store = store_of(ctx)
    found = store.search_people(text, limit=limit)
    if not found:
        click.echo(f"No one matches '{text}'.", err=True)
    for person in found:
        click.echo(f"{describe_person(store, person)}\t{person.id}")


@cli.group()
def referral() -> None:
    """Record who suggested whom."""


@referral.command("add")
@click.option("--from", "referrer", required=True, metavar="REFERRER",
              help="Who suggested the contact (a name or id; a new name creates the person).")
@click.option("--to", "referee", required=True, metavar="REFEREE",
              help="Whom you should contact (a name or id; a new name creates the person).")
@click.option("--company", metavar="C", help="Where the referee works (a new name creates it).")
@click.option("--role", default="", help="The referee's role, or the team to reach.")
@click.option("--context", default="", help="What was said, in the referrer's words.")
@click.option("--offered-intro", is_flag=True, help="The referrer will prepare the ground.")
@click.option("--date", "on", type=DATE, help="When it was suggested (default: today).")
@click.option("--follow-up", type=DATE, help="When to follow up.")
@click.option("--for", "member", metavar="MEMBER",
              help="The member it was told to (needed only when there are several).")
@click.pass_context
def referral_add(ctx: click.Context, referrer: str, referee: str, company: str | None, role: str,
                 context: str, offered_intro: bool, on: datetime | None,
                 follow_up: datetime | None, member: str | None) -> None:
    """Record a referral: REFERRER suggested that you contact REFEREE."""
    store = store_of(ctx)
    member_id = pick_member(store, member)
    giver, new_giver = person_or_new(store, referrer)
    contact, new_contact = person_or_new(store, referee)
    firm, new_firm = company_or_new(store, company) if company else (None, False)
    saved = record_referral(store, referrer=giver, referee=contact, member=member_id,
                            company=firm, role=role, context=context,
                            offered_intro=offered_intro, on=as_date(on),
                            follow_up_on=as_date(follow_up))
    created = [x.name for x, new in ((giver, new_giver), (contact, new_contact), (firm, new_firm))
               if new and x is not None]
    note = f" New: {', '.join(created)}." if created else ""
    click.echo(f"Referral {saved.id} recorded: {giver.name} suggested {contact.name}.{note}")


def pick_member(store: GraphStore, name: str | None) -> str:
    members = store.members()
    if name:
        chosen = resolve_person(store, name).id
        if chosen not in members:
            fail(f"{name} is not a member of this network (members: "
                 f"{', '.join(store.get_person(m).name for m in members) or 'none'})")
        return chosen
    if len(members) == 1:
        return members[0]
    if not members:
        fail("this network has no member yet: load the demo (carnet demo) or import your "
             "contacts with --me YOUR NAME")
    fail("this network has several members: say which with --for")


@cli.group()
def intro() -> None:
    """Ask for introductions and follow them to the end."""


@intro.command("ask")
@click.option("--via", "introducer", required=True, metavar="INTRODUCER",
              help="Whom you ask to introduce you.")
@click.option("--to", "target", required=True, metavar="TARGET", help="Whom you want to meet.")
@click.option("--company", metavar="C", help="The target's company (default: their current one).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the drafts. Default: from $LANG, else English.")
@click.option("--draft", "only_draft", is_flag=True,
              help="Only draft it (status draft); 'carnet intro set ID asked' when sent.")
@click.option("--for", "member", metavar="MEMBER", help="The member asking (if several).")
@click.pass_context
def intro_ask(ctx: click.Context, introducer: str, target: str, company: str | None,
              lang: str | None, only_draft: bool, member: str | None) -> None:
    """Record an intro request (one per introducer and target) and print the drafts: the
    double opt-in ask to the introducer and a short note they can forward."""
    store = store_of(ctx)
    via, whom = resolve_person(store, introducer), resolve_person(store, target)
    firm = resolve_company(store, company).id if company else next(
        (j.company for j in store.jobs_of(whom.id) if j.current), None)
    request, new = ask_intro(store, requester=pick_member(store, member), introducer=via.id,
                             target=whom.id, company=firm, asked=not only_draft)
    drafts = draft_for(store, request, cli_lang(lang))
    state = "recorded" if new else "already recorded"
    click.echo(f"Intro request {request.id} {state} ({request.status}).\n")
    click.echo(drafts.ask)
    click.echo("\n---\n")
    click.echo(drafts.blurb)


@intro.command("set")
@click.argument("intro_id")
@click.argument("status", type=click.Choice(list(INTRO_STEPS)))
@click.option("--note", default="", help="What happened, for the history.")
@click.pass_context
def intro_set(ctx: click.Context, intro_id: str, status: str, note: str) -> None:
    """Move an intro request on: asked, accepted or declined, introduced, met, won or lost."""
    changed = set_intro_status(store_of(ctx), intro_id, status, note)
    click.echo(f"{changed.id}: {changed.status}.")


@referral.command("set")
@click.argument("referral_id")
@click.argument("status", type=click.Choice(list(REFERRAL_STEPS)))
@click.option("--note", default="", help="What happened, for the history.")
@click.option("--follow-up", type=DATE, help="The next follow-up date.")
@click.pass_context
def referral_set(ctx: click.Context, referral_id: str, status: str, note: str,
                 follow_up: datetime | None) -> None:
    """Move a referral on: researched, contacted, meeting, won, lost or dropped."""
    store = store_of(ctx)
    changed = set_referral_status(store, referral_id, status, note, as_date(follow_up))
    click.echo(f"{changed.id}: {changed.status}.")
    if changed.status in THANKS_DUE:
        click.echo(f"Something came of it: thank {store.get_person(changed.referrer).name} "
                   f"(carnet referral thank {changed.id}).")


@referral.command("thank")
@click.argument("referral_id")
@click.option("--note", default="", help="How you thanked them.")
@click.pass_context
def referral_thank(ctx: click.Context, referral_id: str, note: str) -> None:
    """Note that you thanked the referrer."""
    thank_referrer(store_of(ctx), referral_id, note)
    click.echo(f"{referral_id}: thanks noted.")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.option("--ics", "ics_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the follow-ups to an .ics calendar file.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the lines. Default: from $LANG, else English.")
@click.pass_context
def followups(ctx: click.Context, as_json: bool, ics_file: Path | None,
              lang: str | None) -> None:
    """What is due or overdue: referrals to contact, intro requests with no answer after
    7 days, thanks not sent. Newest first."""
    items = due_followups(store_of(ctx), lang=cli_lang(lang))
    if ics_file is not None:
        ics_file.write_text(followups_ics(items), encoding="utf-8")
    if as_json:
        click.echo(json.dumps([{"kind": f.kind, "record": f.record, "due_on": f.due_on,
                                "days_overdue": f.days_overdue, "person": f.person,
                                "about": f.about, "what": f.what} for f in items],
                              ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo("Nothing due. Well done.")
    for item in items:
        late = f", {item.days_overdue} days late" if item.days_overdue else ""
        click.echo(f"{item.due_on}{late}\t{item.what}\t({item.record})")


def cli_lang(lang: str | None) -> str:
    return lang or ("fr" if os.environ.get("LANG", "").lower().startswith("fr") else "en")


@cli.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.pass_context
def serve(ctx: click.Context, port: int, host: str) -> None:
    """Start the Carnet app (Streamlit) on this store."""
    env = dict(os.environ, CARNET_DB=store_url(ctx.obj.get("db")))
    app = Path(__file__).with_name("streamlit_app.py")
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", host,
               "--server.port", str(port), "--browser.gatherUsageStats", "false",
               "--server.headless", str(not sys.stdout.isatty()).lower()]
    raise SystemExit(subprocess.call(command, env=env))


def main(argv: list[str] | None = None) -> None:
    """Entry point: Carnet's and click's errors become one line on stderr and exit code 2."""
    try:
        code = cli.main(args=argv, prog_name="carnet", standalone_mode=False)
    except CarnetError as exc:
        click.echo(f"carnet: {exc}", err=True)
        raise SystemExit(2) from None
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.Abort:
        click.echo("carnet: interrupted", err=True)
        raise SystemExit(2) from None
    except click.ClickException as exc:  # usage errors and fail()
        click.echo(f"carnet: {exc.format_message()}", err=True)
        raise SystemExit(2) from None
    raise SystemExit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
