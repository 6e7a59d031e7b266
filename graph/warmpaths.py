"""Warm paths to a company, as the CLI and the app show them: resolve names, pick the target
people, run the engine on the cached snapshot, explain every hop.

``find_paths`` is the one function both call, so they always agree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from graph.errors import MemberNotFound
from graph.explain import job_words, why_path, why_tie
from graph.lookup import resolve_company, resolve_person
from graph.model import Company, Job, Referral, fold
from graph.paths import DEFAULT_EDGE_BUDGET, PathQuery, rank_introducers
from graph.scoring import FORMER_EMPLOYEE_FIT, role_matches, track_records
from graph.snapshot import SnapshotCache, snapshot_for, snapshots
from graph.store import GraphStore


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


@dataclass(frozen=True)
class PathsResult:
    company: Company
    role: str | None
    exact: bool
    targets: int  # how many people at the company matched (role, current or former)
    introductions: list[Introduction]


def target_jobs(store: GraphStore, company_id: str, role: str | None,
                include_former: bool) -> dict[str, Job]:
    """The people who count as "at the company": current staff (and former ones when asked),
    filtered by role terms (comma-separated, any may match title or department). A person
    with several jobs there keeps the best one (current first)."""
    terms = [fold(term) for term in (role or "").split(",") if fold(term)]
    chosen: dict[str, Job] = {}
    for job in store.employees(company_id, current_only=not include_former):
        if terms and not role_matches(terms, fold(job.title), fold(job.department)):
            continue
        if job.person not in chosen or (job.current and not chosen[job.person].current):
            chosen[job.person] = job
    return chosen


def find_paths(store: GraphStore, company: str, *, role: str | None = None,
               sources: Sequence[str] = (), exclude: Sequence[str] = (), top: int = 5,
               max_hops: int = 4, include_former: bool = False, lang: str = "en",
               today: date | None = None, cache: SnapshotCache = snapshots,
               edge_budget: int = DEFAULT_EDGE_BUDGET) -> PathsResult:
    """The ``top`` best introducers to ``company`` (a name or id), best path each, explained."""
    today = today or date.today()
    firm = resolve_company(store, company)
    source_ids = [resolve_person(store, s).id for s in sources] or store.members()
    if not source_ids:
        raise MemberNotFound("this network has no member yet: load the demo (carnet demo), "
                             "import your contacts with --me YOUR NAME, or give --from")
    excluded = [resolve_person(store, e).id for e in exclude]
    jobs = target_jobs(store, firm.id, role, include_former)

    snap = snapshot_for(store, firm.id, cache, today)
    fit_cost = {True: 0.0, False: -math.log(FORMER_EMPLOYEE_FIT)}
    targets = {node: fit_cost[job.current] for person, job in jobs.items()
               if (node := snap.node(person)) is not None}
    query = PathQuery(sources=tuple(n for s in source_ids if (n := snap.node(s)) is not None),
                      targets=targets,
                      blocked=frozenset(n for e in excluded if (n := snap.node(e)) is not None),
                      max_hops=max_hops, top=top, edge_budget=edge_budget)
    ranking = rank_introducers(snap, query)

    referrals = store.referrals()
    records = track_records(store.intros())
    names: dict[str, str] = {}
    introductions = []
    for rank, found in enumerate(ranking.paths, start=1):
        ids = [snap.people[node] for node in found.path]
        names.update({pid: store.get_person(pid).name for pid in ids if pid not in names})
        refs = [PersonRef(pid, names[pid]) for pid in ids]
        hops = [Hop(a, b, math.exp(-snap.edge_cost(u, v)),
                    why_tie(store.tie(a.id, b.id), _referral_on(referrals, a.id, b.id), names,
                            today, lang))
                for a, b, u, v in zip(refs, refs[1:], found.path, found.path[1:], strict=False)]
        job = jobs[ids[-1]]
        job_text = job_words(job.title, firm.name, job.current, lang)
        introducer, target = refs[1], refs[-1]
        introductions.append(Introduction(
            rank=rank, direct=found.direct, introducer=introducer, target=target,
            title=job.title, current=job.current, score=found.score, path=refs, hops=hops,
            explanation=why_path(introducer.name, target.name, [r.name for r in refs[2:-1]],
                                 job_text, found.direct, records.get(introducer.id), lang)))
    return PathsResult(firm, role or None, ranking.exact, len(targets), introductions)


def _referral_on(referrals: list[Referral], a: str, b: str) -> Referral | None:
    """The latest referral that links a and b (either way round), if any."""
    linked = [r for r in referrals if {r.referrer, r.referee} == {a, b}]
    return max(linked, key=lambda r: r.date or "") if linked else None


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
        } for i in result.introductions],
    }


def paths_graph(result: PathsResult) -> nx.Graph:
    """The top paths as one small graph, for a picture: members, introducers, targets."""
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
