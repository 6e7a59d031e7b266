"""Recording referrals: "you should contact X — tell her I sent you"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from graph.core.errors import NotFound
from graph.core.formatting import day, listing
from graph.core.model import Company, GraphData, Job, Knows, Person, Referral, stable_id, union
from graph.core.roles import jobs_for_role
from graph.core.wording import say
from graph.services.lifecycle import REFERRAL_STEPS
from graph.stores.port import GraphStore


class SavedReferral(NamedTuple):
    referral: Referral  # as it is now in the store
    new: bool  # recorded by this call
    updated: tuple[str, ...] = ()  # the fields a re-save changed (see ``with_new_details``)


def record_referral(
    store: GraphStore, *, referrer: Person, referee: Person, member: str,
    company: Company | None = None, role: str = "", context: str = "",
    offered_intro: bool = False, on: date | None = None, follow_up_on: date | None = None,
) -> SavedReferral:
    """Save a referral in one transaction, with what it implies for the graph.

    The same referral (same referrer, referee, company and day, told to the same member) is
    one record: saving it again (a double click, a command run twice) writes nothing, unless
    it brings details the record lacks (``updated``, see ``with_new_details``), which are written
    into it: its status and history go on as they were.

    People and the company may be new (not yet in the store): they are saved with it. The
    member knows the referrer and the referrer knows the referee; those ties are added when
    missing (existing ties, maybe closer, are left as they are). When a company is named, the
    referee works there (with ``role`` as title) unless the store already says so.
    """
    on = on or date.today()
    referral_id = same_referral_id(referrer, referee, member, company, on)
    existing = next((r for r in store.referrals() if r.id == referral_id), None)
    if existing is not None:
        updated, fields = with_new_details(existing, role=role, context=context,
                                           offered_intro=offered_intro,
                                           follow_up_on=follow_up_on)
        if fields:  # field by field: a status moved on meanwhile stays where it went
            updated = store.update_referral(existing, updated)
        return SavedReferral(updated, False, fields)
    referral = Referral(
        id=referral_id, referrer=referrer.id, referee=referee.id, for_=member,
        company=company.id if company else None, role=role.strip(), context=context.strip(),
        offered_intro=offered_intro, date=on.isoformat(), status="noted",
        follow_up_on=follow_up_on.isoformat() if follow_up_on else None)
    # Only new people are saved: people already in the store keep what they hold now (the
    # caller read them earlier; writing them back would undo edits made meanwhile).
    batch = GraphData(people=[p for p in (referrer, referee) if not _known(store.get_person, p.id)],
                      referrals=[referral])
    for a, b, how in ((member, referrer.id, ""), (referrer.id, referee.id, context.strip())):
        if a != b and store.tie(a, b) is None:
            batch.knows.append(Knows(a, b, since=on.isoformat(), how_met=how, source="referral"))
    if company is not None:
        if not _known(store.get_company, company.id):
            batch.companies.append(company)
        elif not set(company.aliases) <= set((stored := store.get_company(company.id)).aliases):
            # Only the way the user wrote it is added (the rest as stored now).
            batch.companies.append(replace(stored, aliases=union(stored.aliases, company.aliases)))
        if not any(j.company == company.id for j in store.jobs_of(referee.id)):
            batch.jobs.append(Job(referee.id, company.id, title=role.strip()))
    store.save(batch)
    return SavedReferral(referral, True)


def role_to_search(store: GraphStore, referral: Referral) -> str | None:
    """The role to search the company's paths for, once a referral is noted: the role noted
    with it if the referee holds a job there that it names (the referrer's card may lead to
    someone else there without it), else none (a role she does not hold there, « Recruteuse »
    for a « Chargée de recrutement », would hide her and everyone)."""
    if not referral.role or not referral.company:
        return None
    held = [job for job in store.jobs_of(referral.referee)
            if job.company == referral.company and job.current]
    return referral.role if jobs_for_role(held, referral.role) else None


def same_referral_id(referrer: Person, referee: Person, member: str, company: Company | None,
                     on: date) -> str:
    """The id of the referral of those people, company and day: one record per day."""
    return stable_id("r", referee.name, referrer.id, referee.id, member,
                     company.id if company else "", on.isoformat())


def earlier_referrals(store: GraphStore, *, referrer: Person, referee: Person, member: str,
                      company: Company | None = None, on: date | None = None) -> list[Referral]:
    """The referrals of ``referee`` by ``referrer`` told to ``member`` on other days (or for
    another company), oldest first: a referral noted again another day would be a second
    record, so the form says "already suggested on …" before saving. The same record (same
    day and company) is left out: saving it again writes nothing new (``record_referral``)."""
    same = same_referral_id(referrer, referee, member, company, on or date.today())
    return sorted((r for r in store.referrals() if r.referrer == referrer.id
                   and r.referee == referee.id and r.for_ == member and r.id != same),
                  key=lambda r: (r.date or "", r.id))


def noted_on(store: GraphStore, earlier: list[Referral], lang: str) -> str:
    """When (and for which company) ``earlier`` referrals were noted, as the warning says it:
    "le 8 oct. 2026 (pour Phocée Logistique)"."""
    return listing([say("referral_again_on_company", lang, date=day(r.date, lang),
                        company=store.get_company(r.company).name) if r.company
                    else say("referral_again_on", lang, date=day(r.date, lang))
                    for r in earlier], lang)


def with_new_details(recorded: Referral, *, role: str = "", context: str = "",
                     offered_intro: bool = False, follow_up_on: date | None = None,
                     ) -> tuple[Referral, tuple[str, ...]]:
    """``recorded`` with the details a referral saved again brings, and their names: those
    given (a role or a context typed, the offer to prepare the ground, a follow-up date) that
    differ from it. One left out (empty, unticked) is not a change: a re-save adds, it never
    erases. A follow-up date is kept only while the referral is open (a closed one has none).
    Only the referral changes: the referee's job title and the tie's "how met", which a new
    referral fills from its role and context, are left as the notebook holds them (the user
    may have edited them since; the People page edits them).

    >>> with_new_details(Referral("r:1", "p:a", "p:b", "p:me", role="DSI"), role=" DSI ",
    ...                  context="ses mots", offered_intro=True)[1]
    ('context', 'offered_intro')
    """
    due = follow_up_on.isoformat() if follow_up_on and REFERRAL_STEPS[recorded.status] else None
    changed = replace(recorded, role=role.strip() or recorded.role,
                      context=context.strip() or recorded.context,
                      offered_intro=offered_intro or recorded.offered_intro,
                      follow_up_on=due or recorded.follow_up_on)
    return changed, tuple(name for name in ("role", "context", "offered_intro", "follow_up_on")
                          if getattr(changed, name) != getattr(recorded, name))


def _known(get: Callable[[str], object], record_id: str) -> bool:
    """Whether the store already holds it (``get`` is ``store.get_person`` or the like)."""
    try:
        get(record_id)
    except NotFound:
        return False
    return True
