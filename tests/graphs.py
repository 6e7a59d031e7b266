"""Tiny graphs for engine tests, built straight into snapshots (no store needed)."""

from __future__ import annotations

import math
from datetime import date
from itertools import pairwise

import networkx as nx
import numpy as np
import pytest

from graph.core.model import SOURCES, IntroRequest, Referral
from graph.core.paths import HOP_COST, PathQuery
from graph.core.snapshot import Snapshot, build_snapshot
from graph.core.ties import EdgeTable
from graph.stores.port import GraphStore

TODAY = date(2026, 11, 22)


def snapshot_of(n: int, ties: list[tuple[int, int, int, str, int, int]], members: list[int],
                referrals: list[Referral] | None = None,
                intros: list[IntroRequest] | None = None) -> Snapshot:
    """Nodes ``p:000``… and ties ``(a, b, closeness 0-5, source, days or -1, interactions)``."""
    people = [pid(i) for i in range(n)]
    cols: list[tuple[object, ...]] = list(zip(*ties, strict=True)) if ties else [()] * 6
    table = EdgeTable(people, np.array(cols[0], dtype=np.int32), np.array(cols[1], dtype=np.int32),
                      np.array(cols[2], dtype=np.int8),
                      np.array([SOURCES.index(s) for s in cols[3]], dtype=np.int8),
                      np.array(cols[4], dtype=np.int32), np.array(cols[5], dtype=np.int32))
    return build_snapshot(table, referrals or [], intros or [], [pid(m) for m in members], 1,
                          TODAY)


def pid(i: int) -> str:
    return f"p:{i:03d}"


def to_networkx(snap: Snapshot) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(range(len(snap)))
    for u in range(len(snap)):
        for slot in range(snap.indptr[u], snap.indptr[u + 1]):
            graph.add_edge(u, int(snap.indices[slot]), cost=float(snap.cost[slot]))
    return graph


def path_cost(snap: Snapshot, query: PathQuery, path: list[int] | tuple[int, ...]) -> float:
    """What the scoring says a path costs: first tie + target fit, and for an introduction the
    introducer's record and every further tie with its hop penalty."""
    cost = snap.edge_cost(path[0], path[1]) + query.targets[path[-1]]
    if len(path) > 2:
        cost += snap.introducer_cost(path[1]) + query.asks.get((path[1], path[-1]), 0.0) + sum(
            snap.edge_cost(u, v) + HOP_COST for u, v in pairwise(path[1:]))
    return cost


def contacts_of(snap: Snapshot, query: PathQuery) -> set[int]:
    """The sources' direct contacts (people who may be a first hop)."""
    never = set(snap.members) | set(query.sources) | set(query.blocked)
    return {int(v) for s in set(query.sources)
            for v in snap.indices[snap.indptr[s]:snap.indptr[s + 1]]} - never


def oracle(snap: Snapshot, query: PathQuery) -> list[tuple[str, bool, float]]:
    """Every simple path of ≤ max_hops edges from a source to a target, scored the same way,
    under the rules a person would follow: a contact at the company is a direct card; an
    introduction neither targets nor passes through a contact, nor asks an introducer for
    someone she declined to introduce, or by way of them (``query.asks``, priced per card).
    With ``through_others``, a contact at the company is a target like anyone else there,
    never a first hop (no direct card). The best per first hop, direct contacts first then
    introductions, each group by cost: (introducer id, direct, cost)."""
    graph = to_networkx(snap)
    inside_never = set(snap.members) | set(query.sources) | set(query.blocked)
    contacts = contacts_of(snap, query)
    targets = {t: c for t, c in query.targets.items() if t not in inside_never}
    if query.through_others:  # (a contact at the company: only ever reached through others)
        contacts -= set(targets)
    best: dict[int, tuple[float, bool]] = {}
    for source in set(query.sources):
        for target in targets:
            for path in nx.all_simple_paths(graph, source, target, cutoff=query.max_hops):
                if inside_never & set(path[1:]) or contacts & set(path[2:]):
                    continue
                introducer, direct = path[1], len(path) == 2
                if introducer in targets and (query.through_others or not direct):
                    continue  # a contact at the company is only ever a direct card (or none)
                cost = path_cost(snap, query, path)
                if not math.isfinite(cost) or any(
                        math.isinf(query.asks.get((introducer, v), 0.0)) for v in path[2:]):
                    continue  # she declined this introduction, or one on the way
                old = best.get(introducer)
                if old is None or round(cost, 9) < round(old[0], 9):
                    best[introducer] = (cost, direct)
    ranked = []
    for group in (True, False):
        cards = sorted(((a, c) for a, (c, d) in best.items() if d == group),
                       key=lambda kv: (round(kv[1], 9), snap.people[kv[0]]))
        ranked += [(snap.people[a], group, cost) for a, cost in cards[:query.top]]
    return ranked


def count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the snapshots read from a store from now on (one entry per read)."""
    import graph.services.snapshots as snapshot

    built: list[int] = []
    read = snapshot.read_snapshot
    monkeypatch.setattr(snapshot, "read_snapshot",
                        lambda *args: built.append(1) or read(*args))  # type: ignore[func-returns-value]
    return built


class WholeGraphFeed:
    """A neighbourhood feed (``graph/stores/port.py``) that reads the whole graph, for a
    store that has none (SQLite): what warm paths do past the bounded-feed size, on a small
    graph. Records the companies asked for."""

    def __init__(self, store: GraphStore) -> None:
        self.store, self.asked = store, list[str]()

    def neighbourhood_table(self, company_id: str, today: date) -> EdgeTable:
        self.asked.append(company_id)
        return self.store.edge_table(today)
