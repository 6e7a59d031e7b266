"""Carrying referrals and intro requests to an outcome: allowed steps, kept history, thanks.

Referral: noted → researched → contacted → meeting → won | lost, and dropped from any open
step. Intro request (one per requester, introducer and target): draft → asked → accepted |
declined; accepted → introduced → met → won | lost. Every change is an ``Event`` (the history
is kept, never overwritten) written in the same transaction as the new status.

Every open intro request can be carried to an end, within those statuses (``INTRO_ENDS``):
- an introduction accepted but never made, or made but the target never answered, ends
  ``lost`` (« n'a pas abouti »): the introducer did open the door, so it counts for them;
- an ask the introducer never answered ends ``declined``, its step written ``unanswered``
  (« restée sans réponse »: no door opened, it counts as a no, but she is not told it was
  refused); a late answer, yes or no, is still taken (``LATE_ANSWERS``);
- a draft never sent is deleted with its history (``deleted``): nobody was asked, so it
  counts neither for nor against the introducer (drafts never do).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Final

from graph.core.errors import DataRejected, NotFound, PersonChanged
from graph.core.model import Event, GraphData, IntroRequest, Knows, Referral, stable_id
from graph.stores.port import GraphStore

REFERRAL_STEPS: Final = {
    "noted": ("researched", "contacted", "dropped"),
    "researched": ("contacted", "dropped"),
    "contacted": ("meeting", "lost", "dropped"),
    "meeting": ("won", "lost", "dropped"),
    "won": (), "lost": (), "dropped": (),
}
INTRO_STEPS: Final = {
    "draft": ("asked", "deleted"),
    "asked": ("accepted", "declined", "unanswered"),
    "accepted": ("introduced", "lost"),
    "declined": (),
    "introduced": ("met", "lost"),
    "met": ("won", "lost"),
    "won": (), "lost": (),
}
# Steps that are not statuses of their own: the status an ask closed without an answer is
# recorded with (its event says "unanswered"); a draft deleted is no longer recorded at all.
INTRO_ENDS: Final = {"unanswered": "declined"}
DELETED: Final = "deleted"
# An ask closed unanswered may be answered after all: a late yes or no is recorded over it
LATE_ANSWERS: Final = ("accepted", "declined")
INTRO_CHOICES: Final = (*INTRO_STEPS, *INTRO_ENDS, DELETED)  # what ``intro set`` takes
THANKS_DUE: Final = ("meeting", "won")  # something came of it: thank the referrer
# The introduction was made: thank the introducer (whatever came of it since: an
# introduction closed « lost » after it was made is thanked too, from its history)
INTRO_THANKS_DUE: Final = ("introduced", "met", "won")
MET: Final = {"intro": "met", "referral": "meeting"}  # the step where she meets the person
BEFORE_MEETING: Final = {"referral": ("noted", "researched", "contacted"),  # moved on to
                          "intro": ("introduced",)}  # the meeting when met by the other way


class TransitionRefused(DataRejected):
    """A status change that the lifecycle does not allow."""


def _check(kind: str, steps: dict[str, tuple[str, ...]], current: str, wanted: str) -> None:
    known = dict.fromkeys(s for status, next_ in steps.items() for s in (status, *next_))
    if wanted not in known:
        raise TransitionRefused("unknown_status", status=wanted, statuses=", ".join(known))
    if wanted not in steps[current]:
        which = "intro" if kind == "intro request" else "referral"
        if not steps[current]:
            raise TransitionRefused(f"{which}_closed", current=current, wanted=wanted)
        raise TransitionRefused(f"{which}_cannot_go", current=current, wanted=wanted,
                                allowed=" / ".join(steps[current]))


def find_intro(store: GraphStore, intro_id: str) -> IntroRequest:
    found = next((i for i in store.intros() if i.id == intro_id), None)
    if found is None:
        raise NotFound("no_intro", id=intro_id)
    return found


def find_referral(store: GraphStore, referral_id: str) -> Referral:
    found = next((r for r in store.referrals() if r.id == referral_id), None)
    if found is None:
        raise NotFound("no_referral", id=referral_id)
    return found


def planned_intro(store: GraphStore, *, requester: str, introducer: str, target: str,
                  company: str | None = None, today: date | None = None) -> IntroRequest:
    """The intro request for this requester, introducer and target: the recorded one, else
    one not saved (status draft) — what a draft is written from, recording nothing."""
    intro_id = stable_id("i", introducer, requester, target)
    return _recorded_intro(store, intro_id) or IntroRequest(
        intro_id, requester, introducer, target, company, "draft", None,
        (today or date.today()).isoformat())


def _recorded_intro(store: GraphStore, intro_id: str) -> IntroRequest | None:
    return next((i for i in store.intros() if i.id == intro_id), None)


def ask_intro(store: GraphStore, *, requester: str, introducer: str, target: str,
              company: str | None = None, asked: bool = True, note: str = "",
              today: date | None = None) -> tuple[IntroRequest, bool]:
    """Record an intro request (asked now, or only drafted); an existing one for the same
    requester, introducer and target is returned as it is (a recorded draft moves on to
    asked when asked). Returns it and whether this changed it: asking twice records once."""
    today = today or date.today()
    intro_id = stable_id("i", introducer, requester, target)
    existing = _recorded_intro(store, intro_id)
    if existing is not None:
        if asked and existing.status == "draft":
            return set_intro_status(store, intro_id, "asked", note, today), True
        return existing, False
    status = "asked" if asked else "draft"
    intro = IntroRequest(intro_id, requester, introducer, target, company, status,
                         today.isoformat() if asked else None, today.isoformat(), note)
    store.save(GraphData(intros=[intro], events=[Event(intro_id, status, today.isoformat(),
                                                        note)]))
    return intro, True


def set_intro_status(store: GraphStore, intro_id: str, step: str, note: str = "",
                     today: date | None = None) -> IntroRequest:
    """Move an intro request on by one of ``INTRO_STEPS``; returns it as recorded now (a
    draft deleted: as it was)."""
    today = today or date.today()
    intro = find_intro(store, intro_id)
    steps = INTRO_STEPS  # (closed unanswered: a late answer is taken)
    if intro.status in INTRO_ENDS.values() and ended_unanswered(store.events(intro_id)):
        steps = {**INTRO_STEPS, intro.status: LATE_ANSWERS}
    _check("intro request", steps, intro.status, step)
    if step == DELETED:
        store.delete_intro(intro)  # (refused if another tab sent it meanwhile)
        return intro
    status = INTRO_ENDS.get(step, step)
    changed = replace(intro, status=status, updated_on=today.isoformat(),
                      asked_on=intro.asked_on or (today.isoformat() if status == "asked"
                                                  else None),
                      note=note or intro.note)
    # (refused if another tab moved it on meanwhile)
    moved = store.update_intro(intro, changed, [Event(intro_id, step, today.isoformat(), note)],
                               meeting(intro.requester, intro.target, today)
                               if status == MET["intro"] else None)
    if status == MET["intro"]:
        _referrals_met(store, moved, today)
    return moved


def ended_unanswered(events: Iterable[Event]) -> frozenset[str]:
    """The asks whose last step closed them without an answer (``INTRO_ENDS``: recorded
    declined), from their history (``events`` in the store's order: a late answer since is
    their last step)."""
    last = {e.record: e.status for e in events if e.status != "thanked"}
    return frozenset(record for record, step in last.items() if step in INTRO_ENDS)


def _referrals_met(store: GraphStore, intro: IntroRequest, today: date) -> None:
    """She has met the person this introduction was for: her referrals of that person not yet
    at a meeting move to it too, so that the referrer's thanks come due (the tie was written
    by the introduction's step). Steps skipped on the way are not refused here: the meeting
    happened. A referral another tab moved meanwhile is left as it is."""
    for referral in store.referrals():
        if ((referral.for_, referral.referee) == (intro.requester, intro.target)
                and referral.status in BEFORE_MEETING["referral"]):
            with contextlib.suppress(PersonChanged):
                store.update_referral(referral, replace(referral, status=MET["referral"]),
                                      [Event(referral.id, MET["referral"], today.isoformat(),
                                             "")])


def _intros_met(store: GraphStore, referral: Referral, today: date) -> None:
    """The reverse: she has met the person a referral was about, so her introductions to that
    person already made (``introduced``) are met too. One not yet taken up by its introducer
    is left for her to close. No second meeting on the tie (the referral's step wrote it)."""
    for intro in store.intros():
        if ((intro.requester, intro.target) == (referral.for_, referral.referee)
                and intro.status in BEFORE_MEETING["intro"]):
            with contextlib.suppress(PersonChanged):
                store.update_intro(intro, replace(intro, status=MET["intro"],
                                                  updated_on=today.isoformat()),
                                   [Event(intro.id, MET["intro"], today.isoformat(), "")],
                                   None)


def set_referral_status(store: GraphStore, referral_id: str, status: str, note: str = "",
                        follow_up_on: date | None = None,
                        today: date | None = None) -> Referral:
    today = today or date.today()
    referral = find_referral(store, referral_id)
    _check("referral", REFERRAL_STEPS, referral.status, status)
    closed = not REFERRAL_STEPS[status]
    changed = replace(referral, status=status, follow_up_on=None if closed else (
        follow_up_on.isoformat() if follow_up_on else referral.follow_up_on))
    # field by field: a context added in another tab meanwhile stays
    moved = store.update_referral(
        referral, changed, [Event(referral_id, status, today.isoformat(), note)],
        meeting(referral.for_, referral.referee, today)
        if status == MET["referral"] and referral.for_ != referral.referee else None)
    if status == MET["referral"]:
        _intros_met(store, moved, today)
    return moved


def meeting(person: str, other: str, today: date) -> Knows:
    """Two people meeting today (an introduction, a referral's meeting), as a new tie from
    today, known through Carnet's records; the store keeps the tie they had, brought up to
    today, if there is one (``model.after_meeting``)."""
    day = today.isoformat()
    return Knows(person, other, None, day, day, 1, "", "referral")


def thank_referrer(store: GraphStore, referral_id: str, note: str = "",
                   today: date | None = None) -> None:
    find_referral(store, referral_id)
    _thanked(store, referral_id, note, today)


def thank_introducer(store: GraphStore, intro_id: str, note: str = "",
                     today: date | None = None) -> None:
    """Her thanks to whoever made an introduction (``INTRO_THANKS_DUE``), noted: the
    follow-up that asked for it is done."""
    find_intro(store, intro_id)
    _thanked(store, intro_id, note, today)


def _thanked(store: GraphStore, record: str, note: str, today: date | None) -> None:
    store.save(GraphData(events=[Event(record, "thanked", (today or date.today()).isoformat(),
                                       note)]))
