"""What the Explore page shows: the members' neighbourhood as a graph and a table, and one
person's whole story (ties, jobs, referrals, intro requests)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.connectors import MAX_EGO_NODES, ego_nodes
from graph.model import IntroRequest, Job, Knows, Person, Referral
from graph.scoring import TrackRecord, track_records
from graph.snapshot import Snapshot
from graph.store import GraphStore


@dataclass
class EgoView:
    graph: nx.Graph
    rows: list[dict[str, Any]]   # one per person, for a sortable table
    matched: int                 # people passing the filters (before the picture's own cap)


def ego_view(store: GraphStore, snap: Snapshot, *, hops: int = 2, min_closeness: int = 0,
             company: str | None = None, tag: str | None = None, show_companies: bool = True,
             limit: int = MAX_EGO_NODES) -> EgoView:
    """The members and everyone within ``hops`` ties of them. Filters keep the people who
    pass them, plus the members' contacts that link to them, so the picture stays whole."""
    members = set(snap.members)
    order = {node: n for n, node in enumerate(ego_nodes(snap, members, hops, limit))}
    people = {node: store.get_person(snap.people[node]) for node in order}
    current = {node: [j for j in store.jobs_of(people[node].id) if j.current] for node in order}

    def passes(node: int) -> bool:
        return ((company is None or any(j.company == company for j in current[node]))
                and (tag is None or tag in people[node].tags))

    ties: dict[tuple[int, int], Knows] = {}
    for node in order:
        for tie in store.ties_of(people[node].id):
            u, v = snap.node(tie.a), snap.node(tie.b)
            if u in order and v in order and (tie.closeness or 0) >= min_closeness:
                ties[(min(u, v), max(u, v))] = tie
    matching = {node for node in order if node not in members and passes(node)}
    graph = nx.Graph()
    graph.add_nodes_from(members)
    graph.add_nodes_from(matching)
    if company is not None or tag is not None:  # add the contacts that lead to a match
        for (u, v), _tie in list(ties.items()):
            for a, b in ((u, v), (v, u)):
                if a in matching and b not in members and any(
                        (min(b, m), max(b, m)) in ties for m in members):
                    graph.add_node(b)
    for (u, v), tie in ties.items():
        if u in graph and v in graph:
            graph.add_edge(u, v, strength=_strength(snap, u, v),
                           title=tie.how_met or tie.source)
    centrality = nx.betweenness_centrality(graph, k=min(len(graph), 300) or None, seed=0)

    names = {c.id: c.name for c in _companies(store, current, graph)}
    rows = []
    for node in graph.nodes:
        person = people[node]
        job = current[node][0] if current[node] else None
        job_text = (f"{job.title}, {names[job.company]}" if job and job.title
                    else names[job.company] if job else "")
        kind = ("member" if node in members else
                "contact" if any(graph.has_edge(node, m) for m in members) else "person")
        graph.nodes[node].update(label=person.name, title=f"{person.name}\n{job_text}".strip(),
                                 kind=kind, size=10 + 40 * centrality.get(node, 0.0),
                                 order=order[node])
        first = [ties.get((min(node, m), max(node, m))) for m in members]
        mine = next((t for t in first if t is not None), None)
        rows.append({"id": person.id, "name": person.name,
                     "company": names[job.company] if job else "",
                     "title": job.title if job else "", "tags": ", ".join(person.tags),
                     "closeness": mine.closeness if mine else None,
                     "last_contact": mine.last_contact if mine else None,
                     "connector": round(centrality.get(node, 0.0), 3), "kind": kind})
    if show_companies:
        for node in list(graph.nodes):
            for job in current[node]:
                key = f"c:{job.company}"
                graph.add_node(key, label=names[job.company], title=names[job.company],
                               kind="company", size=8, order=order[node] + len(order))
                graph.add_edge(node, key, strength=0.2, title=job.title)
    return EgoView(graph, sorted(rows, key=lambda r: (r["kind"] != "member", r["name"])),
                   len(matching))


def _strength(snap: Snapshot, u: int, v: int) -> float:
    return math.exp(-snap.edge_cost(u, v))


def _companies(store: GraphStore, current: dict[int, list[Job]], graph: nx.Graph) -> list[Any]:
    ids = {j.company for node in graph.nodes for j in current[node]}
    return [store.get_company(cid) for cid in sorted(ids)]


@dataclass
class PersonCard:
    person: Person
    jobs: list[tuple[Job, str]]                       # job, company name
    ties: list[tuple[Knows, Person]]                  # tie, the other person
    referrals_given: list[Referral] = field(default_factory=list)
    referrals_received: list[Referral] = field(default_factory=list)
    intros: list[IntroRequest] = field(default_factory=list)
    record: TrackRecord | None = None


def person_card(store: GraphStore, person_id: str) -> PersonCard:
    person = store.get_person(person_id)
    intros = store.intros()
    return PersonCard(
        person=person,
        jobs=[(j, store.get_company(j.company).name) for j in store.jobs_of(person_id)],
        ties=sorted(((t, store.get_person(t.other(person_id))) for t in store.ties_of(person_id)),
                    key=lambda pair: (-(pair[0].closeness or 0), pair[1].name)),
        referrals_given=[r for r in store.referrals() if r.referrer == person_id],
        referrals_received=[r for r in store.referrals() if r.referee == person_id],
        intros=[i for i in intros if person_id in (i.introducer, i.target, i.requester)],
        record=track_records(intros, store.events()).get(person_id),
    )
