"""Warm paths to a company, as the CLI and the app show them: resolve names, pick the target
people, run the engine on the cached snapshot, explain every hop.

``find_paths`` is the one function both call, so they always agree.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from graph.core.errors import MemberNotFound
from graph.core.model import Company, IntroRequest, Job, Knows, Person, Referral, fold
from graph.core.names import named_at
from graph.core.paths import DEFAULT_EDGE_BUDGET, PathQuery, RankedPath, rank_introducers
from graph.core.roles import role_matches
from graph.core.scoring import (
    FORMER_EMPLOYEE_FIT,
    HOP_PENALTY,
    NEGATIVE_STATUSES,
    POSITIVE_STATUSES,
    REWARM_GAIN,
    STALE_DAYS,
    TrackRecord,
    ask_costs,
    card_record,
    days_since,
    opens_a_door,
    tie_strength,
    track_records,
)
from graph.core.snapshot import Snapshot, by_nodes
from graph.services.drafts import catch_up_draft
from graph.services.explain import (
    HopFacts,
    job_words,
    why_declined,
    why_path,
    why_rank,
    why_rewarm,
    why_tie,
)
from graph.services.lookup import resolve_company, resolve_person
from graph.services.snapshots import SnapshotCache, snapshot_for, snapshots
from graph.stores.port import GraphStore, consistent

if TYPE_CHECKING:  # networkx only for the page's picture (paths_graph)
    import networkx as nx


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

    @property
    def direct(self) -> list[Introduction]:
        """"You already know people there": the member's own contacts at the company."""
        return [i for i in self.introductions if i.direct]

    @property
    def asks(self) -> list[Introduction]:
        """The introductions to ask for, best first."""
        return [i for i in self.introductions if not i.direct]


def target_jobs(store: GraphStore, company_id: str, role: str | None,
                include_former: bool) -> dict[str, Job]:
    """The people who count as "at the company": current staff (and former ones when asked),
    filtered by role terms (comma-separated, any may match title or department). A person
    with several jobs there keeps the best one (current first)."""
    return jobs_for_role(store.employees(company_id, current_only=not include_former), role)


def jobs_for_role(staff: Iterable[Job], role: str | None) -> dict[str, Job]:
    """``target_jobs`` of a company's ``staff`` (as ``employees`` lists them)."""
    terms = [fold(term) for term in (role or "").split(",") if fold(term)]
    chosen: dict[str, Job] = {}
    for job in staff:
        if terms and not role_matches(terms, fold(job.title), fold(job.department)):
            continue
        if job.person not in chosen or (job.current and not chosen[job.person].current):
            chosen[job.person] = job
    return chosen


@consistent
def find_paths(store: GraphStore, company: str | Company, *, role: str | None = None,
               sources: Sequence[str] = (), exclude: Sequence[str] = (), top: int = 5,
               max_hops: int = 4, include_former: bool = False, lang: str = "en",
               today: date | None = None, cache: SnapshotCache = snapshots,
               edge_budget: int = DEFAULT_EDGE_BUDGET) -> PathsResult:
    """The ``top`` best introducers to ``company`` (a name or id, or the company a page has
    already looked up), best path each, explained. On a warm cache it reads the store four
    times, whatever the graph: the company, its staff, the version, the people and the ties
    the cards name (in one read; ``tests/test_store_calls.py``). Where the cache keeps every
    company's staff (``graph/services/staff.py``), once: the cards' read, after which the
    version is checked (a write since: searched again as above)."""
    today = today or date.today()

    def search(firm: Company, jobs: dict[str, Job], snap: Snapshot,
               if_still: int | None = None) -> PathsResult | None:
        return _search(store, firm, jobs, snap, [resolve_person(store, s).id for s in sources],
                       [resolve_person(store, e).id for e in exclude], role=role, top=top,
                       max_hops=max_hops, today=today, lang=lang, edge_budget=edge_budget,
                       if_still=if_still)

    if (snap := cache.latest(store, today)) is not None and (
            staff := cache.staff.at(store, snap.version)) is not None and (
            firm := company if isinstance(company, Company)
            else staff.companies.get(company)) is not None and (
            found := search(firm, jobs_for_role(staff.employees(firm.id, not include_former),
                                                role), snap, if_still=snap.version)):
        return found
    firm = company if isinstance(company, Company) else resolve_company(store, company)
    jobs = target_jobs(store, firm.id, role, include_former)
    searched = search(firm, jobs, snapshot_for(store, firm.id, cache, today))
    assert searched is not None  # (no version to check: always an answer)
    return searched


def _search(store: GraphStore, firm: Company, jobs: dict[str, Job], snap: Snapshot,
            source_ids: list[str], excluded: list[str], *, role: str | None, top: int,
            max_hops: int, today: date, lang: str, edge_budget: int,
            if_still: int | None) -> PathsResult | None:
    """``find_paths`` once the company, the people at it and the snapshot are known; ``None``
    if the store is no longer at version ``if_still`` when the cards' people are read (on
    Neo4j, the block's version comes with that read: ``consistent_reads``)."""
    # The members are in the snapshot (a member without a tie may not be: ask the store)
    source_ids = (source_ids or [snap.people[node] for node in snap.members]
                  or store.members())
    if not source_ids:
        raise MemberNotFound("no_member")
    fit_cost = {True: 0.0, False: -math.log(FORMER_EMPLOYEE_FIT)}
    targets = {node: fit_cost[job.current] for person, job in jobs.items()
               if (node := snap.node(person)) is not None}
    referrals, intros = records_of(store, snap)
    asks = by_nodes(snap.people, ask_costs(intros))  # declined: never; her own wait: no cost
    query = PathQuery(sources=tuple(n for s in source_ids if (n := snap.node(s)) is not None),
                      targets=targets,
                      blocked=frozenset(n for e in excluded if (n := snap.node(e)) is not None),
                      max_hops=max_hops, top=top, edge_budget=edge_budget, asks=asks)
    ranking = rank_introducers(snap, query)

    # Everyone and every tie the cards name, in one read (not one per hop).
    paths = [[snap.people[node] for node in found.path] for found in ranking.paths]
    pairs = [pair for ids in paths for pair in pairwise(ids)]
    accepted_on = {pair: _intro_on(intros, *pair) for pair in pairs}
    # (whoever asked: the engine drops them for every member, ``scoring.ask_costs``)
    declined = sorted((i for i in intros if i.status in NEGATIVE_STATUSES and i.target in jobs),
                      key=lambda i: (i.updated_on or i.asked_on or "", i.id), reverse=True)
    people, stored, namesakes = store.people_and_ties(
        {*(pid for ids in paths for pid in ids), *(i.requester for i in accepted_on.values() if i),
         *(pid for i in declined for pid in (i.introducer, i.target))}, pairs)
    if if_still is not None and store.graph_version() != if_still:
        return None  # a write since what was searched was read: search again
    # Someone whose name another person has too is named with where she works now, so that
    # the reader knows which Julien Martin it is (one at the company: by the job her card gives)
    names = {pid: person.name for pid, person in people.items()}
    names.update({pid: named_at(names[pid], company) for pid, company in namesakes.items()
                  if company and pid not in jobs})
    facts = _Facts(snap, firm, jobs, people, names, stored, accepted_on, referrals, intros,
                   track_records(intros), asks, today, lang)
    return PathsResult(firm, role or None, ranking.exact, len(targets),
                       [_card(facts, rank, found, ids) for rank, (found, ids)
                        in enumerate(zip(ranking.paths, paths, strict=True), start=1)],
                       [(PersonRef(i.introducer, names[i.introducer]),
                         PersonRef(i.target, names[i.target]), why_declined(i, names, lang))
                        for i in declined])


@dataclass(frozen=True)
class _Facts:
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


def _card(facts: _Facts, rank: int, found: RankedPath, ids: list[str]) -> Introduction:
    """One introducer's card: the path, each hop's warmth and why, and the ranking's why."""
    snap, names, today, lang = facts.snap, facts.names, facts.today, facts.lang
    refs = [PersonRef(pid, names[pid]) for pid in ids]
    ties = [facts.stored.get((min(a, b), max(a, b))) for a, b in pairwise(ids)]
    hops = [Hop(a, b, math.exp(-snap.edge_cost(u, v)), _why_hop(facts, a.id, b.id, tie))
            for a, b, u, v, tie in zip(refs, refs[1:], found.path, found.path[1:], ties,
                                       strict=False)]
    job = facts.jobs[ids[-1]]
    job_text = job_words(job.title, facts.firm.name, job.current, lang)
    introducer, target = refs[1], refs[-1]
    record = facts.records.get(introducer.id)
    if record is not None:  # as this card counts it: her wait for this very person left out
        record = card_record(record, facts.intros, introducer.id, target.id)
    return Introduction(
        rank=rank, direct=found.direct, introducer=introducer, target=target,
        title=job.title, current=job.current, score=found.score, path=refs, hops=hops,
        explanation=why_path(introducer.name, target.name, [r.name for r in refs[2:-1]],
                             job_text, found.direct, record, lang),
        why_rank=why_rank([HopFacts(h.source.name, h.target.name, h.strength,
                                    days := days_since(t, today) if t and _in_touch(t) else -1,
                                    undated=bool(t and _in_touch(t) and days < 0))
                           for h, t in zip(hops, ties, strict=True)],
                          target.name, job.current, record, STALE_DAYS, lang),
        factors=_factors(hops, job.current, found.direct,
                         snap.introducer_cost(found.path[1])
                         + facts.asks.get((found.path[1], found.path[-1]), 0.0),
                         record.asks if record else 0),
        rewarm=_rewarm(facts.people, hops, ties[0], found.score, facts.firm.name,
                       facts.referrals, today, lang))


def _why_hop(facts: _Facts, a: str, b: str, tie: Knows | None) -> str:
    """One hop in words: the tie, and the records behind it (a referral of one by the
    other, an accepted introduction, or, for a tie the notebook learnt from a referral
    alone, the referral one told the other)."""
    referral = _referral_on(facts.referrals, a, b)
    told = (_told_on(facts.referrals, a, b)
            if referral is None and tie is not None and tie.source == "referral" else None)
    return why_tie(tie, referral, facts.names, facts.today, facts.lang,
                   accepted=facts.accepted_on[a, b], told=told)


_records: weakref.WeakKeyDictionary[Snapshot, tuple[list[Referral], list[IntroRequest]]] = (
    weakref.WeakKeyDictionary())
_records_lock = threading.Lock()


def records_of(store: GraphStore, snap: Snapshot) -> tuple[list[Referral], list[IntroRequest]]:
    """The referrals and intro requests, read once per snapshot: a write moves the version,
    and the version a new snapshot (so these are never older than the snapshot searched)."""
    with _records_lock:
        found = _records.get(snap)
    if found is None:
        found = (store.referrals(), store.intros())
        with _records_lock:
            _records[snap] = found
    return found


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
            company: str, referrals: list[Referral], today: date, lang: str) -> Rewarm | None:
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
                  why_rewarm(contact.name, ", ".join(words), score, rewarmed, lang),
                  catch_up_draft(member, people[contact.id], days, [company], lang))


def _in_touch(tie: Knows) -> bool:
    """Whether the two were ever in touch, as far as the notebook knows (a closeness, a last
    contact, an exchange): a bare connection that only has its start date never went quiet,
    it was never warm (so it is weak, and there is nothing to re-warm)."""
    return tie.closeness is not None or tie.last_contact is not None or tie.interactions > 0


def _intro_on(intros: list[IntroRequest], a: str, b: str) -> IntroRequest | None:
    """The latest intro request where ``a`` agreed to introduce someone to ``b`` (or the
    other way round): an accepted intro implies the tie."""
    linked = [i for i in intros if {i.introducer, i.target} == {a, b}
              and i.status in POSITIVE_STATUSES]
    return max(linked, key=lambda i: i.updated_on or i.asked_on or "") if linked else None


def _referral_on(referrals: list[Referral], a: str, b: str) -> Referral | None:
    """The latest referral that links a and b (either way round), if any."""
    linked = [r for r in referrals if {r.referrer, r.referee} == {a, b}]
    return max(linked, key=lambda r: r.date or "") if linked else None


def _told_on(referrals: list[Referral], a: str, b: str) -> Referral | None:
    """The first referral one of a and b told the other (a member): what a tie the notebook
    learnt from that referral alone stands for."""
    told = [r for r in referrals if {r.referrer, r.for_} == {a, b} and r.referrer != r.for_]
    return min(told, key=lambda r: (r.date or "9999", r.id)) if told else None


def to_json(result: PathsResult) -> dict[str, Any]:
    """The ``carnet paths --json`` document (DESIGN.md)."""
    return {
        "target": {"company": {"id": result.company.id, "name": result.company.name},
                   "role": result.role},
        "exact": result.exact,
        "introducers": [{
            "rank": i.rank, "direct": i.direct,
            "introducer": {"id": i.introducer.id, "name": i.introducer.name},
            "target_person": {"id": i.target.id, "name": i.target.name, "title": i.title},
            "score": round(i.score, 4),
            "path": [{"id": p.id, "name": p.name} for p in i.path],
            "hops": [{"from": h.source.id, "to": h.target.id, "strength": round(h.strength, 4),
                      "why": h.why} for h in i.hops],
            "explanation": i.explanation,
            # Added after the first shape (readers of the fields above are unaffected):
            "group": "direct" if i.direct else "introduction",
            "why_rank": i.why_rank,
            "factors": [{"kind": f.kind, "value": round(f.value, 4),
                         **({"from": f.a, "to": f.b} if f.kind == "tie" else {}),
                         **({"ties": f.n} if f.kind == "hops" else {})} for f in i.factors],
            "rewarm": None if i.rewarm is None else {
                "person": {"id": i.rewarm.person.id, "name": i.rewarm.person.name},
                "days_since_contact": i.rewarm.days, "strength": round(i.rewarm.strength, 4),
                "fresh_strength": round(i.rewarm.fresh, 4),
                "score_once_rewarmed": round(i.rewarm.score, 4), "why": i.rewarm.why,
                "draft": i.rewarm.draft},
        } for i in result.introductions],
        # Added later: the introductions declined there, no longer suggested
        "declined": [{"introducer": {"id": a.id, "name": a.name},
                      "target_person": {"id": b.id, "name": b.name}, "why": why}
                     for a, b, why in result.declined],
    }


def paths_graph(result: PathsResult) -> nx.Graph:
    """The top paths as one small graph, for a picture: members, introducers, targets."""
    import networkx as nx

    graph = nx.Graph()
    for intro in result.introductions:
        for n, ref in enumerate(intro.path):
            kind = ("member" if n == 0 else "target" if n == len(intro.path) - 1
                    else "contact" if n == 1 else "person")
            if ref.id not in graph or kind in ("member", "target"):
                graph.add_node(ref.id, label=ref.name, title=ref.name, kind=kind,
                               size=25 if kind == "member" else 15, order=n)
        for hop in intro.hops:
            graph.add_edge(hop.source.id, hop.target.id, strength=hop.strength, title=hop.why)
    return graph
