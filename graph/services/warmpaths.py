"""Warm paths to a company, as the CLI and the app show them: resolve names, pick the target
people, run the engine on the cached snapshot, explain every hop.

``find_paths`` is the one function both call, so they always agree.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from graph.core.errors import MemberNotFound
from graph.core.model import Company, IntroRequest, Job, Referral
from graph.core.names import named_at
from graph.core.paths import DEFAULT_EDGE_BUDGET, PathQuery, rank_introducers
from graph.core.roles import jobs_for_role
from graph.core.scoring import FORMER_EMPLOYEE_FIT, NEGATIVE_STATUSES, ask_costs, track_records
from graph.core.snapshot import Snapshot, by_nodes
from graph.services.cards import (  # (the cards' shapes: what the app and the CLI show)
    PENDING_ASKS,
    CardFacts,
    Factor,
    Hop,
    Introduction,
    PathsResult,
    PersonRef,
    Rewarm,
    WarmerIntro,
    card,
    intro_on,
    met_through,
    told_on,
)
from graph.services.explain import job_words, why_declined, why_referred
from graph.services.lifecycle import ended_unanswered
from graph.services.lookup import resolve_company, resolve_person
from graph.services.snapshots import SnapshotCache, snapshot_for, snapshots
from graph.services.warmer import warmer_intro, warmer_paths
from graph.stores.port import GraphStore, consistent

if TYPE_CHECKING:  # networkx only for the page's picture (paths_graph)
    import networkx as nx


# Referrals still to act on: noted or looked into, the referee not contacted yet
TO_CONTACT: Final = ("noted", "researched")

__all__ = ["Factor", "Hop", "Introduction", "PathsResult", "PersonRef", "Rewarm",
           "WarmerIntro", "find_paths", "jobs_for_role", "paths_graph", "records_of", "target_jobs",
           "to_json"]


def target_jobs(store: GraphStore, company_id: str, role: str | None,
                include_former: bool) -> dict[str, Job]:
    """The people who count as "at the company": current staff (and former ones when asked),
    filtered by role terms (comma-separated, any may match title or department). A person
    with several jobs there keeps the best one (current first)."""
    return jobs_for_role(store.employees(company_id, current_only=not include_former), role)


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
    # (a contact there the member barely knows: a friend's warmer way to her, ``warmer.py``)
    warmer, warmer_exact = warmer_paths(snap, query, ranking, intros)

    # Everyone and every tie the cards name, in one read (not one per hop).
    paths = [[snap.people[node] for node in found.path] for found in ranking.paths]
    warmer_ids = {node: [snap.people[n] for n in found.path] for node, found in warmer.items()}
    pairs = [pair for ids in (*paths, *warmer_ids.values()) for pair in pairwise(ids)]
    accepted_on = {pair: intro_on(intros, *pair) for pair in pairs}
    # (whoever asked: the engine drops them for every member, ``scoring.ask_costs``)
    declined = sorted((i for i in intros if i.status in NEGATIVE_STATUSES and i.target in jobs),
                      key=lambda i: (i.updated_on or i.asked_on or "", i.id), reverse=True)
    # (a hop may be said as the referral one told the other, of someone off the path, and
    # a card as an ask to someone else for its target: ``cards.next_step_of``)
    more = [r.referee for pair in pairs if (r := told_on(referrals, *pair)) is not None]
    more += [met[0] for pair in pairs if (met := met_through(intros, referrals, *pair))]
    ends = {ids[-1] for ids in paths}
    more += [i.introducer for i in intros if i.target in ends and i.status in PENDING_ASKS]
    # (not a referral whose path a card shows, nor one whose ask was declined: no longer
    # proposed, as the page says)
    referred = _referred(referrals, jobs, {*source_ids}, {*excluded},
                         {(ids[1], ids[-1]) for ids in paths if len(ids) > 2}
                         | {(i.introducer, i.target) for i in declined})
    people, stored, namesakes = store.people_and_ties(
        {*(pid for ids in (*paths, *warmer_ids.values()) for pid in ids),
         *(i.requester for i in accepted_on.values() if i),
         *(pid for i in declined for pid in (i.introducer, i.target)),
         *(pid for r in referred for pid in (r.referrer, r.referee)), *more}, pairs)
    unanswered = unanswered_of(store, snap) if declined else frozenset()
    if if_still is not None and store.graph_version() != if_still:
        return None  # a write since what was searched was read: search again
    # Someone whose name another person has too is named with where she works now, so that
    # the reader knows which Julien Martin it is (one at the company: by the job her card gives)
    names = {pid: person.name for pid, person in people.items()}
    names.update({pid: named_at(names[pid], company) for pid, company in namesakes.items()
                  if company and pid not in jobs})
    facts = CardFacts(snap, firm, jobs, people, names, stored, accepted_on, referrals, intros,
                   track_records(intros), asks, today, lang)
    cards = [card(facts, rank, found, ids) for rank, (found, ids)
             in enumerate(zip(ranking.paths, paths, strict=True), start=1)]
    cards = [replace(c, warmer=warmer_intro(facts, c, warmer[node], warmer_ids[node]))
             if (node := found.introducer) in warmer else c
             for c, found in zip(cards, ranking.paths, strict=True)]
    return PathsResult(firm, role or None, ranking.exact and warmer_exact, len(targets), cards,
                       [(PersonRef(i.introducer, names[i.introducer]),
                         PersonRef(i.target, names[i.target]),
                         why_declined(i, names, lang, i.id in unanswered))
                        for i in declined],
                       [(PersonRef(r.referrer, names[r.referrer]),
                         PersonRef(r.referee, names[r.referee]),
                         why_referred(r, names, job_words(jobs[r.referee].title, firm.name,
                                                          jobs[r.referee].current, lang), lang))
                        for r in referred])


def _referred(referrals: list[Referral], jobs: dict[str, Job], members: set[str],
              excluded: set[str], shown: set[tuple[str, str]]) -> list[Referral]:
    """The referrals to people there, told to the people searched from, whose latest (of a
    referrer for a referee) is still to act on (noted or researched: not contacted yet),
    whose (referrer, referee) is not ``shown`` already, no one in it excluded from the
    search: latest first. (A referee she knows herself is said too: her card says how well
    she knows her, not who recommended her.)"""
    latest: dict[tuple[str, str], Referral] = {}
    for r in sorted(referrals, key=lambda r: (r.date or "", r.id)):
        if r.referee in jobs and r.for_ in members:
            latest[r.referrer, r.referee] = r
    return sorted((r for pair, r in latest.items() if r.status in TO_CONTACT
                   and pair not in shown and excluded.isdisjoint(pair)),
                  key=lambda r: (r.date or "", r.id), reverse=True)


_records: weakref.WeakKeyDictionary[Snapshot, tuple[list[Referral], list[IntroRequest]]] = (
    weakref.WeakKeyDictionary())
_records_lock = threading.Lock()


_unanswered: weakref.WeakKeyDictionary[Snapshot, frozenset[str]] = weakref.WeakKeyDictionary()


def unanswered_of(store: GraphStore, snap: Snapshot) -> frozenset[str]:
    """The asks closed unanswered (recorded declined, ``lifecycle.INTRO_ENDS``), read from
    the history once per snapshot (the caller asks only where some ask was declined)."""
    with _records_lock:
        found = _unanswered.get(snap)
    if found is None:
        found = ended_unanswered(store.events())
        with _records_lock:
            _unanswered[snap] = found
    return found


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
            "score": round(i.score, 4), **_way_json(i),
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
            # The member's ask already recorded for this introduction, and what her asks
            # say to do next (said instead of "ask X": ``cards.next_step_of``)
            "asked": None if i.asked is None else {"id": i.asked.id, "status": i.asked.status},
            "next_step": i.next_step or None,
            # Added later, on a direct card only, and only there (left out when absent): a
            # contact the member barely knows, and a friend's warmer way to her
            **({} if i.warmer is None else {"warmer_intro": _warmer_json(i.warmer)}),
        } for i in result.introductions],
        # Added later: the introductions declined there, no longer suggested, and the
        # referrals to people there that no card shows
        "declined": [{"introducer": {"id": a.id, "name": a.name},
                      "target_person": {"id": b.id, "name": b.name}, "why": why}
                     for a, b, why in result.declined],
        "referred": [{"referrer": {"id": a.id, "name": a.name},
                      "target_person": {"id": b.id, "name": b.name}, "why": why}
                     for a, b, why in result.referred],
    }


def _way_json(intro: Introduction) -> dict[str, Any]:
    """A card's ``path`` and ``hops``, as ``paths --json`` says them."""
    return {"path": [{"id": p.id, "name": p.name} for p in intro.path],
            "hops": [{"from": h.source.id, "to": h.target.id, "strength": round(h.strength, 4),
                      "why": h.why} for h in intro.hops]}


def _warmer_json(warmer: WarmerIntro) -> dict[str, Any]:
    """A direct card's ``warmer_intro``: the introduction advised first, as an intro card's
    first fields say it, and the advice."""
    intro = warmer.intro
    return {"introducer": {"id": intro.introducer.id, "name": intro.introducer.name},
            "score": round(intro.score, 4), **_way_json(intro), "advice": warmer.advice}


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
