"""What needs doing: referrals to contact, intro requests waiting too long (for an answer, or
for the introduction promised), thanks not sent;
and everything still in progress. (The messages to send are in ``graph/services/drafts.py``;
the lines' words in ``graph/core/wording/followups.py``.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from graph.core.formatting import of
from graph.core.wording import say
from graph.services.lifecycle import (
    BEFORE_MEETING,
    INTRO_ENDS,
    INTRO_STEPS,
    INTRO_THANKS_DUE,
    REFERRAL_STEPS,
    THANKS_DUE,
    ended_unanswered,
)
from graph.services.lookup import names_of
from graph.stores.port import GraphStore

ANSWER_WAIT_DAYS: Final = 7
# An ask to be introduced, waiting on the introducer: she does not contact the person herself
# meanwhile (the introducer's follow-up is the one due, when due).
INTRO_UNDER_WAY: Final = ("asked", "accepted")
COMING_DAYS: Final = 30  # the follow-ups page shows what falls due in the next month
# Thanks for an introduction are due from the day it was made, for two months: later, a
# thank-you is no longer one (and a notebook that had none lists none for its old ones)
INTRO_THANKS_DAYS: Final = 60


@dataclass(frozen=True)
class FollowUp:
    kind: str        # "contact" | "nudge" (contacted, no news) | "no_answer" | "thank" |
    #                  "not_introduced" (the introducer said yes, no introduction yet) |
    #                  "thank_intro" (the introduction was made: thank the introducer)
    record: str      # the referral or intro request
    due_on: str
    days_overdue: int
    person: str      # whom to write to
    about: str       # who or what it concerns
    what: str        # one line, in the requested language
    prepare: bool = False  # a first contact whose referrer offered to prepare the ground
    context: str = ""      # a referral's context, in the referrer's words, as noted

    @property
    def coming(self) -> bool:
        """Not due yet: falls due in ``-days_overdue`` days."""
        return self.days_overdue < 0


@dataclass(frozen=True)
class Ongoing:
    kind: str                     # "referral" | "intro"
    record: str
    status: str                   # or the step it ended with (``lifecycle.INTRO_ENDS``)
    since: str                    # when it was suggested, or asked (drafted)
    what: str                     # one line, in the requested language
    next_steps: tuple[str, ...]   # the statuses it may move to


def ongoing(store: GraphStore, lang: str = "en", closed: bool = False) -> list[Ongoing]:
    """Every referral and intro request not closed yet (or every one), the oldest first. An
    ask closed without an answer says so (``unanswered``), not that it was declined."""
    name = names_of(store)
    ends = dict.fromkeys(ended_unanswered(store.events()) if closed else (), "unanswered")
    found = [Ongoing("referral", r.id, r.status, r.date or "", say(
                 "todo_referral", lang, about=name(r.referee), of_person=of(name(r.referrer)),
                 person=name(r.referrer)), REFERRAL_STEPS[r.status])
             for r in store.referrals() if closed or REFERRAL_STEPS[r.status]]
    found += [Ongoing("intro", i.id, ends.get(i.id, i.status) if i.status in INTRO_ENDS.values()
                      else i.status, i.asked_on or i.updated_on or "",
                      say("todo_intro", lang, person=name(i.introducer), about=name(i.target)),
                      INTRO_STEPS[i.status])
              for i in store.intros() if closed or INTRO_STEPS[i.status]]
    return sorted(found, key=lambda o: (o.since, o.record))


def due_followups(store: GraphStore, today: date | None = None, lang: str = "en",
                  ahead: int = 0) -> list[FollowUp]:
    """Everything due today or overdue, and with ``ahead``, what falls due in the next
    ``ahead`` days too (``coming``); the latest due first. A referral is not "contact her"
    while an ask to be introduced to her is under way (``INTRO_UNDER_WAY``)."""
    today = today or date.today()
    until = (today + timedelta(days=ahead)).isoformat()
    events = store.events()
    thanked = {e.record for e in events if e.status == "thanked"}
    came_of_it = {e.record: e.on for e in events if e.status in THANKS_DUE}
    introduced_on = {e.record: e.on for e in events if e.status == INTRO_THANKS_DUE[0]}
    name = names_of(store)
    intros = store.intros()
    introduced_by_ask = {(i.requester, i.target) for i in intros if i.status in INTRO_UNDER_WAY}
    found = []
    for r in store.referrals():
        # (a follow-up date is about getting in touch: once the meeting is set, no more)
        if r.follow_up_on and r.follow_up_on <= until and r.status in BEFORE_MEETING["referral"]:
            kind = "nudge" if r.status == "contacted" else "contact"  # as the status says
            if kind == "contact" and (r.for_, r.referee) in introduced_by_ask:
                continue  # she asked to be introduced: not "contact her" behind it
            found.append(_item(kind, r.id, r.follow_up_on, today, name(r.referrer),
                               name(r.referee), lang,
                               prepare=kind == "contact" and r.offered_intro,
                               context=r.context))
        if r.status in THANKS_DUE and r.id not in thanked:
            found.append(_item("thank", r.id, came_of_it.get(r.id) or r.date or
                               today.isoformat(), today, name(r.referrer), name(r.referee),
                               lang))
    for i in intros:
        made = introduced_on.get(i.id) or (i.updated_on or i.asked_on or today.isoformat()
                                           if i.status in INTRO_THANKS_DUE else None)
        if (made and i.id not in thanked
                and (today - date.fromisoformat(made)).days <= INTRO_THANKS_DAYS):
            found.append(_item("thank_intro", i.id, made, today, name(i.introducer),
                               name(i.target), lang))
        if i.status == "asked" and not i.asked_on:  # (no date recorded: due now, no "n days")
            found.append(_item("no_answer", i.id, today.isoformat(), today, name(i.introducer),
                               name(i.target), lang, key="todo_no_answer_undated"))
        elif i.status == "asked" and i.asked_on:
            due = (date.fromisoformat(i.asked_on) + timedelta(days=ANSWER_WAIT_DAYS)).isoformat()
            if due <= until:
                found.append(_item("no_answer", i.id, due, today, name(i.introducer),
                                   name(i.target), lang,
                                   days=(today - date.fromisoformat(i.asked_on)).days))
        elif i.status == "accepted":  # (the day of her yes: the step's day)
            said_yes = date.fromisoformat(i.updated_on or i.asked_on or today.isoformat())
            due = (said_yes + timedelta(days=ANSWER_WAIT_DAYS)).isoformat()
            if due <= until:
                found.append(_item("not_introduced", i.id, due, today, name(i.introducer),
                                   name(i.target), lang, days=(today - said_yes).days))
    return sorted(found, key=lambda f: (f.due_on, f.record), reverse=True)


def _item(kind: str, record: str, due_on: str, today: date, person: str, about: str,
          lang: str, days: int = 0, prepare: bool = False, key: str = "",
          context: str = "") -> FollowUp:
    overdue = (today - date.fromisoformat(due_on)).days
    # (an ask not yet a week old has not gone unanswered: "if it still is, then")
    key = key or (f"todo_{kind}_coming" if kind in ("no_answer", "not_introduced")
                  and overdue < 0 else f"todo_{kind}")
    return FollowUp(kind, record, due_on, overdue, person, about,
                    say(key, lang, person=person, of_person=of(person), about=about,
                        days=days), prepare, context)


def followups_ics(items: list[FollowUp], today: date | None = None) -> str:
    """An iCalendar file with one all-day event per follow-up (on its due date, or today if
    it is overdue), for any calendar app: coming ones remind her on their day."""
    stamp = (today or date.today()).strftime("%Y%m%d")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Carnet//Follow-ups//EN",
             "CALSCALE:GREGORIAN"]
    for item in items:
        day = max(item.due_on, f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}").replace("-", "")
        lines += ["BEGIN:VEVENT", f"UID:{item.record}-{item.kind}@carnet",
                  f"DTSTAMP:{stamp}T000000Z", f"DTSTART;VALUE=DATE:{day}",
                  f"SUMMARY:{_ics_text(item.what)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))
