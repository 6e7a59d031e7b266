"""Referrals, intro requests and follow-ups, from suggestion to thanks."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from cli.base import DATE, ENGLISH, as_date, cli, cli_lang, fail, store_of
from graph.core.wording import say, say_n, status_word
from graph.services.lifecycle import INTRO_STEPS, REFERRAL_STEPS

if TYPE_CHECKING:
    from graph.stores.port import GraphStore

# The commands import what they use when they run (lean start-up: docs/architecture.md).

F = TypeVar("F", bound=Callable[..., Any])


@cli.group()
def referral() -> None:
    """Record who suggested whom."""


@referral.command("add")
@click.option("--from", "referrer", required=True, metavar="REFERRER",
              help="Who suggested the contact (a name or id; a name no one has creates the "
                   "person, a name close to someone's is refused with suggestions).")
@click.option("--to", "referee", required=True, metavar="REFEREE",
              help="Whom you should contact (a name or id; new names as for --from).")
@click.option("--company", metavar="C", help="Where the referee works (a new name creates it; "
              "legal forms such as SAS or Ltd are ignored when matching).")
@click.option("--role", default="", help="The referee's role, or the team to reach.")
@click.option("--context", default="", help="What was said, in the referrer's words.")
@click.option("--offered-intro", is_flag=True, help="The referrer will prepare the ground.")
@click.option("--date", "on", type=DATE, help="When it was suggested (default: today).")
@click.option("--follow-up", type=DATE, help="When to follow up.")
@click.option("--for", "member", metavar="MEMBER",
              help="The member it was told to (needed only when there are several).")
@click.option("--new", "confirmed", is_flag=True,
              help="Names that are close to someone's (a typo?) are new people or companies: "
                   "create them.")
@click.pass_context
def referral_add(ctx: click.Context, referrer: str, referee: str, company: str | None, role: str,
                 context: str, offered_intro: bool, on: datetime | None,
                 follow_up: datetime | None, member: str | None, confirmed: bool) -> None:
    """Record a referral: REFERRER suggested that you contact REFEREE.

    The same referral (same people, company and day) recorded twice is one record; a role,
    context, --offered-intro or follow-up given again that it lacks is added to it (left
    out, a detail stays as recorded)."""
    from graph.services.lookup import company_or_new, person_or_new
    from graph.services.referrals import record_referral

    store = store_of(ctx)
    member_id = pick_member(store, member)
    giver, new_giver = person_or_new(store, referrer, confirmed)
    contact, new_contact = person_or_new(store, referee, confirmed)
    firm, new_firm = company_or_new(store, company, confirmed) if company else (None, False)
    saved, new, updated = record_referral(
        store, referrer=giver, referee=contact, member=member_id, company=firm, role=role,
        context=context, offered_intro=offered_intro, on=as_date(on),
        follow_up_on=as_date(follow_up))
    if not new:
        details = ", ".join(say(f"cli_detail_{field}", ENGLISH) for field in updated)
        change = (say("cli_details_updated", ENGLISH, details=details) if updated
                  else say("cli_nothing_changed", ENGLISH))
        click.echo(say("cli_referral_exists", ENGLISH, id=saved.id, status=saved.status,
                       referrer=giver.name, referee=contact.name, change=change))
        return
    created = [x.name for x, new in ((giver, new_giver), (contact, new_contact), (firm, new_firm))
               if new and x is not None]
    note = say("cli_created", ENGLISH, names=", ".join(created)) if created else ""
    click.echo(say("cli_referral_saved", ENGLISH, id=saved.id, referrer=giver.name,
                   referee=contact.name, new=note))


def pick_member(store: GraphStore, name: str | None) -> str:
    """The member this command acts for (``--for``, else the only one): the session's."""
    from graph.core.errors import MemberNotFound
    from graph.services.lookup import resolve_person
    from graph.services.session import open_session

    chosen = resolve_person(store, name).id if name else None
    try:
        return open_session(store, chosen).member
    except MemberNotFound as exc:
        if exc.code == "not_member":
            members = ", ".join(store.get_person(m).name for m in store.members())
            fail(say("cli_not_member", ENGLISH, name=name,
                     members=members or say("cli_no_members", ENGLISH)))
        if exc.code == "several_members":
            fail(say("cli_several_members", ENGLISH))
        fail(str(exc))


@referral.command("set")
@click.argument("referral_id")
@click.argument("status", type=click.Choice(list(REFERRAL_STEPS)))
@click.option("--note", default="", help="What happened, for the history.")
@click.option("--follow-up", type=DATE, help="The next follow-up date.")
@click.pass_context
def referral_set(ctx: click.Context, referral_id: str, status: str, note: str,
                 follow_up: datetime | None) -> None:
    """Move a referral on: researched, contacted, meeting, won, lost or dropped."""
    from graph.services.lifecycle import THANKS_DUE, set_referral_status

    store = store_of(ctx)
    changed = set_referral_status(store, referral_id, status, note, as_date(follow_up))
    click.echo(say("cli_status", ENGLISH, id=changed.id, status=changed.status))
    if changed.status in THANKS_DUE:
        click.echo(say("cli_thank_due", ENGLISH, id=changed.id,
                       name=store.get_person(changed.referrer).name))


@referral.command("thank")
@click.argument("referral_id")
@click.option("--note", default="", help="How you thanked them.")
@click.pass_context
def referral_thank(ctx: click.Context, referral_id: str, note: str) -> None:
    """Note that you thanked the referrer."""
    from graph.services.lifecycle import thank_referrer

    thank_referrer(store_of(ctx), referral_id, note)
    click.echo(say("cli_thanked", ENGLISH, id=referral_id))


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
              help="Only print the drafts, record nothing (run again without --draft once "
                   "the message is sent).")
@click.option("--for", "member", metavar="MEMBER", help="The member asking (if several).")
@click.pass_context
def intro_ask(ctx: click.Context, introducer: str, target: str, company: str | None,
              lang: str | None, only_draft: bool, member: str | None) -> None:
    """Record an intro request as asked (one per introducer and target; asking again changes
    nothing) and print the drafts: the double opt-in ask to the introducer and a short note
    they can forward. With --draft, only print the drafts."""
    from graph.services.drafts import draft_for
    from graph.services.lifecycle import ask_intro, planned_intro
    from graph.services.lookup import resolve_company, resolve_person

    store = store_of(ctx)
    via, whom = resolve_person(store, introducer), resolve_person(store, target)
    firm = resolve_company(store, company).id if company else next(
        (j.company for j in store.jobs_of(whom.id) if j.current), None)
    requester = pick_member(store, member)
    if only_draft:
        request, state = planned_intro(store, requester=requester, introducer=via.id,
                                       target=whom.id, company=firm), "cli_not_recorded"
    else:
        request, new = ask_intro(store, requester=requester, introducer=via.id,
                                 target=whom.id, company=firm)
        state = "cli_recorded" if new else "cli_already_recorded"
    lang = cli_lang(lang)
    drafts = draft_for(store, request, lang)
    click.echo(say("cli_intro_state", lang, id=request.id, state=say(state, lang),
                   status=status_word(request.status, lang)))
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
    from graph.services.lifecycle import set_intro_status

    changed = set_intro_status(store_of(ctx), intro_id, status, note)
    click.echo(say("cli_status", ENGLISH, id=changed.id, status=changed.status))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.option("--ics", "ics_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the follow-ups to an .ics calendar file.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the lines and drafts. Default: from $LANG, else English.")
@click.option("--drafts", is_flag=True,
              help="Under each line, a message to send: first contact, gentle nudge, thanks.")
@click.pass_context
def followups(ctx: click.Context, as_json: bool, ics_file: Path | None,
              lang: str | None, drafts: bool) -> None:
    """What is due or overdue: referrals to contact (or, once contacted, to follow up),
    intro requests with no answer after 7 days, thanks not sent. Newest first."""
    from graph.services.drafts import followup_draft
    from graph.services.followups import due_followups, followups_ics

    store, lang = store_of(ctx), cli_lang(lang)
    items = due_followups(store, lang=lang)
    if ics_file is not None:
        ics_file.write_text(followups_ics(items), encoding="utf-8")
    if as_json:
        click.echo(json.dumps([{"kind": f.kind, "record": f.record, "due_on": f.due_on,
                                "days_overdue": f.days_overdue, "person": f.person,
                                "about": f.about, "what": f.what} for f in items],
                              ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo(say("cli_nothing_due", lang))
    for item in items:
        late = say_n("cli_days_late", item.days_overdue, lang) if item.days_overdue else ""
        click.echo(f"{item.due_on}{late}\t{item.what}\t({item.record})")
        if drafts:
            draft = followup_draft(store, item.kind, item.record, lang)
            click.echo("\n" + textwrap.indent(draft, "    ") + "\n")


def list_records(ctx: click.Context, kind: str, everything: bool, lang: str | None) -> None:
    from graph.services.followups import ongoing

    lang = cli_lang(lang)
    found = [o for o in ongoing(store_of(ctx), lang, closed=everything) if o.kind == kind]
    if not found:
        click.echo(say("cli_nothing_yet" if everything else "cli_nothing_in_progress", lang),
                   err=True)
    for item in found:
        click.echo(f"{item.record}\t{item.status}\t{item.since}\t{item.what}")


def list_options(command: F) -> F:
    """``--all`` and ``--lang``, for the list commands."""
    command = click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
                           help="Default: from $LANG, else English.")(command)
    return click.option("--all", "everything", is_flag=True, help="Closed ones too.")(command)


@referral.command("list")
@list_options
@click.pass_context
def referral_list(ctx: click.Context, everything: bool, lang: str | None) -> None:
    """Referrals in progress, the oldest first: id, status, date, who (see referral set)."""
    list_records(ctx, "referral", everything, lang)


@intro.command("list")
@list_options
@click.pass_context
def intro_list(ctx: click.Context, everything: bool, lang: str | None) -> None:
    """Intro requests in progress, the oldest first: id, status, date, who (see intro set)."""
    list_records(ctx, "intro", everything, lang)
