"""Who are my connectors? The contacts through whom I reach companies I reach no other way.

For each of the members' direct contacts: the companies where *their* contacts work now,
where none of my direct contacts works and no other contact's contacts work (the doors only
they open; the others they share are counted), and their betweenness
centrality in my ego network (networkx), which says how much of my network runs through them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from graph.core.snapshot import Snapshot
from graph.stores.port import GraphStore

MAX_EGO_NODES = 3000   # beyond this, the ego network is cut in breadth-first order
CENTRALITY_SAMPLES = 300  # betweenness is estimated from this many sources past that size


@dataclass(frozen=True)
class Connector:
    person_id: str
    name: str
    centrality: float
    companies: list[str]  # names of the companies only they open, sorted
    shared: int = 0       # how many more companies they open, as other contacts do


def ego_nodes(snap: Snapshot, sources: Iterable[int], radius: int = 2,
              limit: int = MAX_EGO_NODES) -> list[int]:
    """The sources and everyone within ``radius`` ties, breadth first, at most ``limit``."""
    seen = dict.fromkeys(sources)
    frontier = list(seen)
    for _ in range(radius):
        nxt = []
        for node in frontier:
            for other in snap.indices[snap.indptr[node]:snap.indptr[node + 1]].tolist():
                if other not in seen and len(seen) < limit:
                    seen[other] = None
                    nxt.append(other)
        frontier = nxt
    return list(seen)


def ego_graph(snap: Snapshot, nodes: list[int]) -> nx.Graph:
    inside = set(nodes)
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for u in nodes:
        start, end = snap.indptr[u], snap.indptr[u + 1]
        for v, cost in zip(snap.indices[start:end].tolist(), snap.cost[start:end].tolist(),
                           strict=True):
            if v in inside and u < v:
                graph.add_edge(u, v, strength=float(np.exp(-cost)))
    return graph


def find_connectors(store: GraphStore, snap: Snapshot, top: int = 10) -> list[Connector]:
    """The members' contacts who open the most doors, best first."""
    members = set(snap.members)
    nodes = ego_nodes(snap, members)
    graph = ego_graph(snap, nodes)
    k = CENTRALITY_SAMPLES if len(graph) > CENTRALITY_SAMPLES else None
    centrality = nx.betweenness_centrality(graph, k=k, seed=0)

    employers: dict[int, set[str]] = {}

    def works_at(node: int) -> set[str]:
        if node not in employers:
            employers[node] = {j.company for j in store.jobs_of(snap.people[node]) if j.current}
        return employers[node]

    contacts = {v for m in members for v in graph.neighbors(m)} - members if members else set()
    mine = set().union(*(works_at(c) for c in contacts)) if contacts else set()
    doors = {c: set().union(*(works_at(v) for v in graph.neighbors(c) if v not in members))
             - mine for c in contacts}
    alone = only_door(doors)
    ranked = sorted(contacts, key=lambda c: (-len(alone[c]), -len(doors[c]), -centrality[c],
                                             snap.people[c]))
    names = {cid: store.get_company(cid).name for c in ranked[:top] for cid in alone[c]}
    return [Connector(snap.people[c], store.get_person(snap.people[c]).name,
                      round(centrality[c], 4), sorted(names[cid] for cid in alone[c]),
                      len(doors[c]) - len(alone[c]))
            for c in ranked[:top]]


def only_door(doors: dict[int, set[str]]) -> dict[int, set[str]]:
    """For each contact, the companies no other contact opens: ``{1: {a, b}, 2: {b, c}}`` →
    ``{1: {a}, 2: {c}}`` (a company two contacts open is neither's alone)."""
    openers = Counter(company for opened in doors.values() for company in opened)
    return {c: {company for company in opened if openers[company] == 1}
            for c, opened in doors.items()}
