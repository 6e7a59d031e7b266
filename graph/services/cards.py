"""Each introducer's card, put together from what one search read (``warmpaths._search``):
the path and each hop's warmth and why, the sentence that says whom to ask, why the card
ranks where it does, the numbers behind its score, and "re-warm X first" (and, on a contact
the member barely knows, a friend's warmer way to her: ``warmer.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Final

from graph.core.model import Company, IntroRequest, Job, Knows, Person, Referral
from graph.core.paths import RankedPath
from graph.core.scoring import (
    FORMER_EMPLOYEE_FIT,
    HOP_PENALTY,
    POSITIVE_STATUSES,
    REWARM_GAIN,
    STALE_DAYS,
    TrackRecord,
    card_record,
    days_since,
    opens_a_door,
    tie_strength,
)
from graph.core.snapshot import Snapshot
from graph.services.drafts import catch_up_draft
from graph.services.explain import (
    HopFacts,
    job_words,
    why_asked,
    why_path,
    why_rank,
    why_rewarm,
    why_tie,
    why_underway,
    why_waiting,
)

# Asks still under way (asked, or accepted and not introduced yet): a card whose target
# one of them is for says so (``next_step_of``)
PENDING_ASKS: Final = ("asked", "accepted")


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str


@dataclass(frozen=True)
class Hop:
    source: PersonRef
    target: PersonRef
    strength: float
    why: str


@dataclass(frozen=True)
class Factor:
    """One number behind a score (the score is their product): a tie's strength (``tie``,
    between ``a`` and ``b``), the go-between penalty (``hops``, ``n`` ties), the target's fit
    (``fit``: a former employee counts half) or the introducer's factor (``introducer``, ``n``
    asks made to them: none, the never-asked prior)."""

    kind: str
    value: float
    a: str = ""
    b: str = ""
    n: int = 0


@dataclass(frozen=True)
class Rewarm:
    """"Re-warm X first": the member's own tie is the path's weak link and has gone quiet."""

    person: PersonRef
    days: int            # since the last contact
    strength: float      # the tie today
    fresh: float         # the same tie once back in touch
    score: float         # the card's score once the tie is fresh again
    why: str             # one sentence, in the requested language
    draft: str           # a catching-up message to send first


@dataclass(frozen=True)
class Introduction:
    rank: int
    direct: bool
    introducer: PersonRef
    target: PersonRef
    title: str
    current: bool
    score: float
    path: list[PersonRef]
    hops: list[Hop]
    explanation: str
    why_rank: str = ""                     # what lifts this card and what holds it back
    factors: tuple[Factor, ...] = ()       # the numbers behind the score
    rewarm: Rewarm | None = None
    # The path starts from a member: the card speaks to "you" (else it names ``path[0]``)
    for_member: bool = True
    # That member's ask already recorded for this introduction (not a draft), and its next
    # step in words, said instead of "ask X" (``explain.why_asked``, as the app's card says)
    asked: IntroRequest | None = None
    next_step: str = ""
    # A contact at the company the member barely knows: a friend's warmer way to her
    # (``graph/services/warmer.py``), advised on her card
    warmer: WarmerIntro | None = None


@dataclass(frozen=True)
class WarmerIntro:
    """The best introduction to a contact the member barely knows, by someone else (her own
    tie left out), when clearly warmer than that tie; ``intro`` is its card, as an
    introduction's (what the app's ask form and drafts take), ``advice`` one sentence."""

    intro: Introduction
    advice: str


@dataclass(frozen=True)
class PathsResult:
    company: Company
    role: str | None
    exact: bool
    targets: int  # how many people at the company matched (role, current or former)
    introductions: list[Introduction]  # the direct contacts first, then the introductions
    # Introductions to people there that their introducer declined, no longer suggested:
    # (introducer, target, one sentence), latest first
    declined: list[tuple[PersonRef, PersonRef, str]] = field(default_factory=list)
    # Referrals to people there still to act on that no card shows (the engine keeps one
    # path per introducer): (referrer, referee, one sentence), latest first
    referred: list[tuple[PersonRef, PersonRef, str]] = field(default_factory=list)

    @property
    def direct(self) -> list[Introduction]:
        """"You already know people there": the member's own contacts at the company."""
        return [i for i in self.introductions if i.direct]

    @property
    def asks(self) -> list[Introduction]:
        """The introductions to ask for, best first."""
        return [i for i in self.introductions if not i.direct]


@dataclass(frozen=True)
class CardFacts:
    """What one search read, for its cards."""

    snap: Snapshot
    firm: Company
    jobs: dict[str, Job]
    people: dict[str, Person]
    names: dict[str, str]
    stored: dict[tuple[str, str], Knows]
    accepted_on: dict[tuple[str, str], IntroRequest | None]
    referrals: list[Referral]
    intros: list[IntroRequest]
    records: dict[str, TrackRecord]
    asks: dict[tuple[int, int], float]
    today: date
    lang: str


def card(facts: CardFacts, rank: int, found: RankedPath, ids: list[str]) -> Introduction:
    """One introducer's card: the path, each hop's warmth and why, and the ranking's why."""
    snap, names, today, lang = facts.snap, facts.names, facts.today, facts.lang
    refs = [PersonRef(pid, names[pid]) for pid in ids]
    ties = [facts.stored.get((min(a, b), max(a, b))) for a, b in pairwise(ids)]
    hops = [Hop(a, b, math.exp(-snap.edge_cost(u, v)), _why_hop(facts, a.id, b.id, tie))
            for a, b, u, v, tie in zip(refs, refs[1:], found.path, found.path[1:], ties,
                                       strict=False)]
    job = facts.jobs[ids[-1]]
    job_text = job_words(job.title, facts.firm.name, job.current, lang)
    source, introducer, target = refs[0], refs[1], refs[-1]
    yours = found.path[0] in snap.members  # (else the card names whom it starts from)
    named = None if yours else source.name
    record = facts.records.get(introducer.id)
    if record is not None:  # as this card counts it: her wait for this very person left out
        record = card_record(record, facts.intros, introducer.id, target.id)
    asked = (latest_ask(facts.intros, source.id, introducer.id, target.id)
             if yours and not found.direct else None)
    next_step = (next_step_of(facts, source.id, introducer, target, asked, found.direct)
                 if yours else "")
    return Introduction(
        rank=rank, direct=found.direct, introducer=introducer, target=target,
        title=job.title, current=job.current, score=found.score, path=refs, hops=hops,
        explanation=why_path(introducer.name, target.name, [r.name for r in refs[2:-1]],
                             job_text, found.direct, record, lang, named),
        why_rank=why_rank([HopFacts(h.source.name, h.target.name, h.strength,
                                    days_since(t, today) if t and _in_touch(t) else -1)
                           for h, t in zip(hops, ties, strict=True)],
                          target.name, job.current, record, STALE_DAYS, lang, yours),
        factors=_factors(hops, job.current, found.direct,
                         snap.introducer_cost(found.path[1])
                         + facts.asks.get((found.path[1], found.path[-1]), 0.0),
                         record.asks if record else 0),
        rewarm=_rewarm(facts.people, hops, ties[0], found.score, facts.firm.name,
                       facts.referrals, today, lang, named),
        for_member=yours, asked=asked, next_step=next_step)


def next_step_of(facts: CardFacts, member: str, introducer: PersonRef, target: PersonRef,
                 asked: IntroRequest | None, direct: bool) -> str:
    """What the member's asks already recorded say about this card, as the app's cards say
    it: her ask for this very introduction (where it stands, ``why_asked``); else, for a
    contact at the company, an introduction asked for before she was one; else an ask
    to someone else for the same person still waiting (wait for it). ``""``: nothing."""
    lang = facts.lang
    if asked is not None:
        return why_asked(asked, introducer.name, target.name, facts.today, lang)
    mine = [i for i in facts.intros if i.requester == member and i.target == target.id
            and i.status in (PENDING_ASKS if direct else PENDING_ASKS[:1])]
    if not mine:
        return ""
    other = max(mine, key=lambda i: (i.updated_on or i.asked_on or "", i.id))
    said = why_underway if direct else why_waiting
    return said(other, facts.names[other.introducer], target.name, lang)


def _why_hop(facts: CardFacts, a: str, b: str, tie: Knows | None) -> str:
    """One hop in words: the tie, and the records behind it (a referral of one by the
    other, an accepted introduction, or, for a tie the notebook learnt from a referral
    alone, the referral one told the other)."""
    referral = _referral_on(facts.referrals, a, b)
    told = (told_on(facts.referrals, a, b)
            if referral is None and tie is not None and tie.source == "referral" else None)
    met = (met_through(facts.intros, facts.referrals, a, b)
           if told is None and tie is not None and tie.source == "referral" else None)
    return why_tie(tie, referral, facts.names, facts.today, facts.lang,
                   accepted=facts.accepted_on[a, b], told=told,
                   met_through=(facts.names[met[0]], met[1]) if met else None)


def met_through(intros: list[IntroRequest], referrals: list[Referral], a: str,
                b: str) -> tuple[str, str | None] | None:
    """Who brought a and b together, and when, where Carnet's records say they met (the
    meeting wrote their tie: ``lifecycle.meeting``): the introducer of the latest
    introduction of one to the other that led to a meeting, else the referrer of the latest
    referral of one to the other that did; ``None`` if neither."""
    intro = max((i for i in intros if {i.requester, i.target} == {a, b}
                 and i.status in ("met", "won")), key=lambda i: i.updated_on or "", default=None)
    if intro is not None:
        return intro.introducer, intro.updated_on
    referral = max((r for r in referrals if {r.for_, r.referee} == {a, b}
                    and r.status in ("meeting", "won")), key=lambda r: r.date or "", default=None)
    return (referral.referrer, None) if referral is not None else None


def _factors(hops: list[Hop], current: bool, direct: bool, introducer_cost: float,
             asked: int) -> tuple[Factor, ...]:
    """The numbers whose product is the card's score (``graph/core/scoring.py``)."""
    factors = [Factor("tie", h.strength, h.source.id, h.target.id) for h in hops]
    if not direct:
        factors.append(Factor("hops", HOP_PENALTY ** (len(hops) - 1), n=len(hops)))
    factors.append(Factor("fit", 1.0 if current else FORMER_EMPLOYEE_FIT))
    if not direct:
        factors.append(Factor("introducer", math.exp(-introducer_cost), n=asked))
    return tuple(factors)


def _rewarm(people: dict[str, Person], hops: list[Hop], tie: Knows | None, score: float,
            company: str, referrals: list[Referral], today: date, lang: str,
            source: str | None = None) -> Rewarm | None:
    """"Re-warm X first" when the member's own tie is the path's weakest link, has been quiet
    for ``STALE_DAYS`` or more, and catching up would lift the path by ``REWARM_GAIN``, to a
    path worth trying by a difference she can feel (``opens_a_door``: not "2 % → 3 %"). Only
    towards an introducer ("re-warm X to reach X" says nothing), and only a tie that was once
    warm: one cannot get back in touch with a bare connection one never spoke with."""
    first = hops[0]
    days = days_since(tie, today) if tie is not None else -1
    if (tie is None or len(hops) < 2 or days < STALE_DAYS
            or first.strength > min(h.strength for h in hops)):
        return None
    if not _in_touch(tie):
        return None
    referral = _referral_on(referrals, tie.a, tie.b)
    fresh = max(first.strength, tie_strength(
        Knows(tie.a, tie.b, tie.closeness, tie.since, today.isoformat(), tie.interactions,
              tie.how_met, tie.source), today, bool(referral and referral.offered_intro)))
    rewarmed = score * fresh / first.strength
    if fresh < REWARM_GAIN * first.strength or not opens_a_door(score, rewarmed):
        return None
    words = [part.strip() for part in why_tie(tie, None, {}, today, lang).split(";")][:2]
    contact = first.target
    member = people[first.source.id]
    return Rewarm(contact, days, first.strength, fresh, rewarmed,
                  why_rewarm(contact.name, ", ".join(words), score, rewarmed, lang, source),
                  catch_up_draft(member, people[contact.id], days, [company], lang))


def _in_touch(tie: Knows) -> bool:
    """Whether the two were ever in touch, as far as the notebook knows (a closeness, a last
    contact, an exchange): a bare connection that only has its start date never went quiet,
    it was never warm (so it is weak, and there is nothing to re-warm)."""
    return tie.closeness is not None or tie.last_contact is not None or tie.interactions > 0


def latest_ask(intros: list[IntroRequest], requester: str, introducer: str,
               target: str) -> IntroRequest | None:
    """The latest ask ``requester`` sent ``introducer`` for ``target`` (drafts are not sent)."""
    sent = [i for i in intros if (i.requester, i.introducer, i.target) ==
            (requester, introducer, target) and i.status != "draft"]
    return max(sent, key=lambda i: (i.updated_on or i.asked_on or "", i.id)) if sent else None


def intro_on(intros: list[IntroRequest], a: str, b: str) -> IntroRequest | None:
    """The latest intro request where ``a`` agreed to introduce someone to ``b`` (or the
    other way round): an accepted intro implies the tie."""
    linked = [i for i in intros if {i.introducer, i.target} == {a, b}
              and i.status in POSITIVE_STATUSES]
    return max(linked, key=lambda i: i.updated_on or i.asked_on or "") if linked else None


def _referral_on(referrals: list[Referral], a: str, b: str) -> Referral | None:
    """The latest referral that links a and b (either way round), if any."""
    linked = [r for r in referrals if {r.referrer, r.referee} == {a, b}]
    return max(linked, key=lambda r: r.date or "") if linked else None


def told_on(referrals: list[Referral], a: str, b: str) -> Referral | None:
    """The first referral one of a and b told the other (a member): what a tie the notebook
    learnt from that referral alone stands for."""
    told = [r for r in referrals if {r.referrer, r.for_} == {a, b} and r.referrer != r.for_]
    return min(told, key=lambda r: (r.date or "9999", r.id)) if told else None
