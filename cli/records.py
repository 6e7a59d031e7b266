"""Referrals, intro requests and follow-ups, from suggestion to thanks."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from cli.base import DATE, as_date, cli, fail, store_of
from cli.words import lang_of, lang_option
from graph.core.wording import say, say_n, status_word
from graph.services.lifecycle import INTRO_CHOICES, REFERRAL_STEPS

if TYPE_CHECKING:
    from graph.stores.port import GraphStore

# The commands import what they use when they run (lean start-up: docs/architecture.md).

F = TypeVar("F", bound=Callable[..., Any])


@cli.group()
def referral() -> None:
    pass  # its words: graph/core/wording/cli_help.py


@referral.command("add")
@click.option("--from", "referrer", required=True, metavar="REFERRER")
@click.option("--to", "referee", required=True, metavar="REFEREE")
@click.option("--company", metavar="C")
@click.option("--role", default="")
@click.option("--context", default="")
@click.option("--offered-intro", is_flag=True)
@click.option("--date", "on", type=DATE)
@click.option("--follow-up", type=DATE)
@click.option("--for", "member", metavar="MEMBER")
@click.option("--new", "confirmed", is_flag=True)
@click.pass_context
def referral_add(ctx: click.Context, referrer: str, referee: str, company: str | None, role: str,
                 context: str, offered_intro: bool, on: datetime | None,
                 follow_up: datetime | None, member: str | None, confirmed: bool) -> None:
    from graph.core.errors import ReferralNotedBefore
    from graph.services.lookup import company_or_new, person_or_new
    from graph.services.referrals import earlier_referrals, noted_on, record_referral

    store = store_of(ctx)
    member_id = pick_member(ctx, store, member)
    giver, new_giver = person_or_new(store, referrer, confirmed)
    contact, new_contact = person_or_new(store, referee, confirmed)
    firm, new_firm = company_or_new(store, company, confirmed) if company else (None, False)
    if not confirmed and (earlier := earlier_referrals(
            store, referrer=giver, referee=contact, member=member_id, company=firm,
            on=as_date(on))):  # (as the form asks: a second record only when she says so)
        raise ReferralNotedBefore("referral_noted_before", referrer=giver.name,
                                  referee=contact.name,
                                  when=noted_on(store, earlier, lang_of(ctx)))
    saved, new, updated = record_referral(
        store, referrer=giver, referee=contact, member=member_id, company=firm, role=role,
        context=context, offered_intro=offered_intro, on=as_date(on),
        follow_up_on=as_date(follow_up))
    if not new:
        details = ", ".join(say(f"cli_detail_{field}", lang_of(ctx)) for field in updated)
        change = (say("cli_details_updated", lang_of(ctx), details=details) if updated
                  else say("cli_nothing_changed", lang_of(ctx)))
        click.echo(say("cli_referral_exists", lang_of(ctx), id=saved.id,
                       status=status_word(saved.status, lang_of(ctx)),
                       referrer=giver.name, referee=contact.name, change=change))
        return
    created = [x.name for x, new in ((giver, new_giver), (contact, new_contact), (firm, new_firm))
               if new and x is not None]
    note = say("cli_created", lang_of(ctx), names=", ".join(created)) if created else ""
    click.echo(say("cli_referral_saved", lang_of(ctx), id=saved.id, referrer=giver.name,
                   referee=contact.name, new=note))


def pick_member(ctx: click.Context, store: GraphStore, name: str | None) -> str:
    """The member this command acts for (``--for``, else the only one): the session's."""
    from graph.core.errors import MemberNotFound
    from graph.services.lookup import resolve_person
    from graph.services.session import open_session

    chosen = resolve_person(store, name).id if name else None
    try:
        return open_session(store, chosen).member
    except MemberNotFound as exc:
        if exc.code != "not_member":
            raise  # none yet, or several: said with --for (cli_err_several_members)
        lang = lang_of(ctx)
        members = ", ".join(store.get_person(m).name for m in store.members())
        fail(say("cli_not_member", lang, name=name, members=members or say("cli_no_members",
                                                                            lang)))


@referral.command("set")
@click.argument("referral_id")
@click.argument("status", type=click.Choice(list(REFERRAL_STEPS)))
@click.option("--note", default="")
@click.option("--follow-up", type=DATE)
@click.pass_context
def referral_set(ctx: click.Context, referral_id: str, status: str, note: str,
                 follow_up: datetime | None) -> None:
    from graph.services.lifecycle import MET, THANKS_DUE, set_referral_status

    store = store_of(ctx)
    changed = set_referral_status(store, referral_id, status, note, as_date(follow_up))
    click.echo(say("cli_status", lang_of(ctx), id=changed.id,
                   status=status_word(changed.status, lang_of(ctx))))
    if status == MET["referral"]:
        click.echo(say("now_known", lang_of(ctx), name=store.get_person(changed.referee).name))
    if changed.status in THANKS_DUE:
        click.echo(say("cli_thank_due", lang_of(ctx), id=changed.id,
                       name=store.get_person(changed.referrer).name))


@referral.command("thank")
@click.argument("referral_id")
@click.option("--note", default="")
@click.pass_context
def referral_thank(ctx: click.Context, referral_id: str, note: str) -> None:
    from graph.services.lifecycle import thank_referrer

    thank_referrer(store_of(ctx), referral_id, note)
    click.echo(say("cli_thanked", lang_of(ctx), id=referral_id))


@cli.group()
def intro() -> None:
    pass  # its words: graph/core/wording/cli_help.py


@intro.command("ask")
@click.option("--via", "introducer", required=True, metavar="INTRODUCER")
@click.option("--to", "target", required=True, metavar="TARGET")
@click.option("--company", metavar="C")
@lang_option
@click.option("--draft", "only_draft", is_flag=True)
@click.option("--for", "member", metavar="MEMBER")
@click.pass_context
def intro_ask(ctx: click.Context, introducer: str, target: str, company: str | None,
              only_draft: bool, member: str | None) -> None:
    from graph.services.drafts import draft_for
    from graph.services.lifecycle import INTRO_ENDS, ask_intro, ended_unanswered, planned_intro
    from graph.services.lookup import resolve_company, resolve_person

    store = store_of(ctx)
    via, whom = resolve_person(store, introducer), resolve_person(store, target)
    firm = resolve_company(store, company).id if company else next(
        (j.company for j in store.jobs_of(whom.id) if j.current), None)
    requester = pick_member(ctx, store, member)
    if only_draft:
        request, state = planned_intro(store, requester=requester, introducer=via.id,
                                       target=whom.id, company=firm), "cli_not_recorded"
    else:
        request, new = ask_intro(store, requester=requester, introducer=via.id,
                                 target=whom.id, company=firm)
        state = "cli_recorded" if new else "cli_already_recorded"
    lang = lang_of(ctx)
    drafts = draft_for(store, request, lang)
    shown = request.status  # (an ask closed unanswered is said so, not « refusée »)
    if shown in INTRO_ENDS.values() and request.id in ended_unanswered(store.events(request.id)):
        shown = "unanswered"
    click.echo(say("cli_intro_state", lang, id=request.id, state=say(state, lang),
                   status=status_word(shown, lang)))
    click.echo(drafts.ask)
    click.echo("\n---\n")
    click.echo(drafts.blurb)


@intro.command("set")
@click.argument("intro_id")
@click.argument("status", type=click.Choice(INTRO_CHOICES))
@click.option("--note", default="")
@click.pass_context
def intro_set(ctx: click.Context, intro_id: str, status: str, note: str) -> None:
    from graph.services.lifecycle import INTRO_THANKS_DUE, MET, set_intro_status

    store = store_of(ctx)
    changed = set_intro_status(store, intro_id, status, note)
    click.echo(say("cli_status", lang_of(ctx), id=changed.id,  # (the step: "unanswered")
                   status=status_word(status, lang_of(ctx))))
    if status == MET["intro"]:  # (the step wrote her tie to them)
        click.echo(say("now_known", lang_of(ctx), name=store.get_person(changed.target).name))
    if status == INTRO_THANKS_DUE[0]:
        click.echo(say("cli_thank_intro_due", lang_of(ctx), id=changed.id,
                       name=store.get_person(changed.introducer).name))


@intro.command("thank")
@click.argument("intro_id")
@click.option("--note", default="")
@click.pass_context
def intro_thank(ctx: click.Context, intro_id: str, note: str) -> None:
    from graph.services.lifecycle import thank_introducer

    thank_introducer(store_of(ctx), intro_id, note)
    click.echo(say("cli_thanked", lang_of(ctx), id=intro_id))


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--ics", "ics_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--ahead", type=click.IntRange(0, 3660), default=0, metavar="DAYS")
@lang_option
@click.option("--drafts", is_flag=True)
@click.pass_context
def followups(ctx: click.Context, as_json: bool, ics_file: Path | None, ahead: int,
              drafts: bool) -> None:
    from graph.services.drafts import followup_draft
    from graph.services.followups import due_followups, followups_ics

    store, lang = store_of(ctx), lang_of(ctx)
    items = due_followups(store, lang=lang, ahead=ahead)
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
        late = (say_n("cli_days_late", item.days_overdue, lang) if item.days_overdue > 0
                else say_n("cli_days_ahead", -item.days_overdue, lang) if item.coming else "")
        click.echo(f"{item.due_on}{late}\t{item.what}\t({item.record})")
        if drafts:
            draft = followup_draft(store, item.kind, item.record, lang)
            click.echo("\n" + textwrap.indent(draft, "    ") + "\n")


def list_records(ctx: click.Context, kind: str, everything: bool) -> None:
    from graph.services.followups import ongoing

    lang = lang_of(ctx)
    found = [o for o in ongoing(store_of(ctx), lang, closed=everything) if o.kind == kind]
    if not found:
        click.echo(say("cli_nothing_yet" if everything else "cli_nothing_in_progress", lang),
                   err=True)
    for item in found:
        click.echo(f"{item.record}\t{item.status}\t{item.since}\t{item.what}")


def list_options(command: F) -> F:
    """``--all`` and ``--lang``, for the list commands."""
    command = lang_option(command)
    return click.option("--all", "everything", is_flag=True)(command)


@referral.command("list")
@list_options
@click.pass_context
def referral_list(ctx: click.Context, everything: bool) -> None:
    list_records(ctx, "referral", everything)


@intro.command("list")
@list_options
@click.pass_context
def intro_list(ctx: click.Context, everything: bool) -> None:
    list_records(ctx, "intro", everything)
