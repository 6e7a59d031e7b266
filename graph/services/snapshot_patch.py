"""A snapshot brought up to date after a few writes, without reading every tie again.

The writes say what they touched (``graph/stores/changes.py``): people (all their ties, or their
existence) and single ties. The records (referrals, intro requests: few) are read again whole
and compared with what the snapshot was built from, which adds the pairs whose implied or
warm tie moved. Only those people's and pairs' ties are read; the old arrays are copied once,
spliced: their old entries out, their current ones in, each at its place in its row. People
added or removed shift the nodes after them (node = position in the sorted ids), so the
copied entries are renumbered and the rows of those people removed or inserted.

The result is exactly the snapshot a full build gives at that version (same arrays, same
order in each row: see ``build_snapshot``); ``tests/test_snapshot_patch.py`` checks it on
random write sequences, on both stores.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from datetime import date

import numpy as np

from graph.core.ids import Ids
from graph.core.model import SOURCE_CODES, Knows
from graph.core.scoring import TrackRecord, days_since, tie_strengths
from graph.core.snapshot import (
    Pair,
    Snapshot,
    index_in,
    introducer_costs,
    member_nodes,
    record_ties,
)
from graph.stores.changes import MOST_TOUCHED, Touched
from graph.stores.port import GraphStore

Rows = dict[int, list[tuple[int, float]]]  # node -> (neighbour, cost) of its rewritten ties


def patch(old: Snapshot, store: GraphStore, touched: Touched,
          version: int) -> Snapshot | None:
    """``old`` at ``version``, given what the writes since touched; ``None`` when that is too
    much (a full build is then as quick)."""
    today = old.today
    referrals, intros, members = store.referrals(), store.intros(), store.members()
    warm, implied = record_ties(referrals, intros, today)
    people = set(touched.people)
    ties = touched.ties | (warm ^ old.warm) | {
        pair for pair in implied.keys() | old.implied.keys()
        if implied.get(pair) != old.implied.get(pair)}
    ties = {pair for pair in ties if pair[0] not in people and pair[1] not in people}
    if len(people) + len(ties) > MOST_TOUCHED:
        return None
    present = set(store.people_by_id(people)) if people else set()
    ids, removed, added_at = renumbered(old.people, people, present)
    rows = fresh_rows(store, ids, present, ties, warm, implied, today)
    indptr, indices, cost = rewritten(old, ids, removed, added_at, people, ties, rows)
    return Snapshot(ids, indptr, indices, cost, introducer_costs(ids, intros),
                    float(-np.log(TrackRecord().factor)), member_nodes(ids, members),
                    version, today, warm, implied)


def renumbered(people: Ids, touched: set[str], present: set[str],
               ) -> tuple[Ids, list[int], list[int]]:
    """The new sorted ids; the old nodes removed, and for each person added the old node
    it comes before (both ascending)."""
    removed = sorted(i for i in (index_in(people, p) for p in touched - present)
                     if i is not None)
    added = sorted(p for p in present if index_in(people, p) is None)
    if not removed and not added:
        return people, [], []
    return people.spliced(removed, added), removed, [bisect_left(people, p) for p in added]


def fresh_rows(store: GraphStore, people: Ids, present: set[str], pairs: set[Pair],
               warm: frozenset[Pair], implied: dict[Pair, float], today: date) -> Rows:
    """The current ties of the touched people still there, and of the touched pairs, both
    ways, weighed as the full build weighs them (stored ties, warm where a referral offered
    to prepare the ground, and the ties records imply)."""
    ties: dict[Pair, Knows] = dict(store.ties_among(pairs)) if pairs else {}
    for person in sorted(present):
        for tie in store.ties_of(person):
            ties[(min(tie.a, tie.b), max(tie.a, tie.b))] = tie
    found = list(ties)
    strengths: dict[Pair, float] = {}
    if found:
        stored = [ties[pair] for pair in found]
        values = tie_strengths(
            np.array([t.closeness or 0 for t in stored], np.int8),
            np.array([SOURCE_CODES.get(t.source, 0) for t in stored], np.int8),
            np.array([days_since(t, today) for t in stored], np.int32),
            np.array([t.interactions or 0 for t in stored], np.int32),
            np.array([pair in warm for pair in found]))
        strengths = dict(zip(found, values.tolist(), strict=True))
    for pair, value in implied.items():
        if pair[0] in present or pair[1] in present or pair in pairs:
            strengths[pair] = max(strengths.get(pair, 0.0), value)
    rows: Rows = defaultdict(list)
    nodes: dict[str, int | None] = {}  # (the touched recur in most pairs)
    for (a, b), value in strengths.items():
        i = nodes[a] if a in nodes else nodes.setdefault(a, index_in(people, a))
        j = nodes[b] if b in nodes else nodes.setdefault(b, index_in(people, b))
        if i is None or j is None:
            continue
        cost = float(-np.log(value))
        rows[i].append((j, cost))
        rows[j].append((i, cost))
    return rows


def rewritten(old: Snapshot, people: Ids, removed: list[int], added_at: list[int],
              touched: set[str], pairs: set[Pair], rows: Rows,
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays with the touched people's ties and the touched pairs taken out, the
    nodes renumbered, and their current ties put in where a full build puts them. One
    copy of the arrays, spliced from slices of the old ones (numpy), and Python only for
    the entries that change."""
    n_old, n = len(old.people), len(people)
    indptr = old.indptr
    old_touched = sorted(i for i in (index_in(old.people, p) for p in touched) if i is not None)
    if not old_touched and not pairs and not removed and not added_at and not rows:
        return old.indptr, old.indices, old.cost
    degree = np.diff(indptr)
    is_touched = set(old_touched)
    drops = _drops(old, old_touched, pairs, degree)
    # In: each current tie, both ways, placed among the old entries (``_among``).
    inserts = sorted(_among(old, people, r, v, c, is_touched) for r, row in rows.items()
                     for v, c in row)
    # The splice: old slices (renumbered), the entries put in, the entries taken out.
    idx, costs = _splice(renumber(old.indices, n_old, removed, added_at), old.cost, inserts,
                         drops)
    if removed or added_at:  # the rows of the removed go, empty rows come for the added
        degree = np.delete(degree, removed)
        degree = np.insert(degree, [p - bisect_left(removed, p) for p in added_at], 0)
    if inserts:
        degree = degree + np.bincount(np.array([r for _, r, *_ in inserts], np.int64),
                                      minlength=n)
    return (np.concatenate([[0], np.cumsum(degree)]).astype(np.int64),
            np.concatenate(idx).astype(np.int32, copy=False), np.concatenate(costs))


def _drops(old: Snapshot, old_touched: list[int], pairs: set[Pair],
           degree: np.ndarray) -> list[tuple[int, int]]:
    """The slices to take out, sorted: the touched rows, the entries of other rows that point
    to a touched node, and both entries of each touched pair (``degree`` follows)."""
    drops: list[tuple[int, int]] = []
    is_touched = set(old_touched)
    for t in old_touched:
        lo, hi = int(old.indptr[t]), int(old.indptr[t + 1])
        drops.append((lo, hi))
        degree[t] = 0
        for v in old.indices[lo:hi].tolist():
            if v not in is_touched and (slot := _slot(old, v, t)) is not None:
                drops.append((slot, slot + 1))
                degree[v] -= 1
    for a, b in pairs:
        i, j = index_in(old.people, a), index_in(old.people, b)
        for u, v in ((i, j), (j, i)) if i is not None and j is not None else ():
            if (slot := _slot(old, u, v)) is not None:
                drops.append((slot, slot + 1))
                degree[u] -= 1
    return sorted(drops)


def _splice(source: np.ndarray, cost: np.ndarray, inserts: list[tuple[int, int, int, int, float]],
            drops: list[tuple[int, int]]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """``source`` and ``cost`` in slices, with the ``inserts`` put in at their places and the
    ``drops`` taken out (both sorted by place)."""
    idx: list[np.ndarray] = []
    costs: list[np.ndarray] = []
    cursor, d = 0, 0
    pending: list[tuple[int, float]] = []

    def copy(until: int) -> None:
        if pending:
            idx.append(np.array([v for v, _ in pending], np.int32))
            costs.append(np.array([c for _, c in pending], np.float64))
            pending.clear()
        idx.append(source[cursor:until])
        costs.append(cost[cursor:until])

    for place, _, _, v, c in inserts:
        while d < len(drops) and drops[d][0] <= place:
            lo, hi = drops[d]
            if lo > cursor:
                copy(lo)
            cursor, d = max(cursor, hi), d + 1
        if place > cursor:
            copy(place)
            cursor = place
        pending.append((v, c))
    for lo, hi in drops[d:]:
        if lo > cursor:
            copy(lo)
        cursor = max(cursor, hi)
    copy(len(source))
    return idx, costs


def renumber(indices: np.ndarray, n_old: int, removed: list[int], added_at: list[int],
             ) -> np.ndarray:
    """Old node numbers to new ones (the removed ones' entries are all dropped): a few
    passes of comparisons for a few people come or gone (cheaper than a gather)."""
    added_at = [node for node in added_at if node < n_old]  # (after every old node: no shift)
    if not removed and not added_at:
        return indices
    if len(removed) + len(added_at) > 8:
        nodes = np.arange(n_old)
        at = (nodes - np.searchsorted(np.array(removed, np.int64), nodes)
              + np.searchsorted(np.array(added_at, np.int64), nodes, side="right"))
        gathered: np.ndarray = at.astype(np.int32)[indices]
        return gathered
    out = np.array(indices, dtype=np.int32)
    for node in removed:
        out -= indices > node
    for node in added_at:
        out += indices >= node
    return out


def _among(old: Snapshot, people: Ids, r: int, v: int, cost: float,
           old_touched: set[int]) -> tuple[int, int, int, int, float]:
    """Where the entry ``r → v`` (new numbers) goes among the old entries: (old position,
    row, key in the row, v, cost), so that sorting puts each in its row's order."""
    n, n_old = len(people), len(old.people)
    key = v if v > r else v + n
    o = index_in(old.people, people[r])
    if o is None:  # a new person's row: before the old row that follows it
        return int(old.indptr[bisect_left(old.people, people[r])]), r, key, v, cost
    lo, hi = int(old.indptr[o]), int(old.indptr[o + 1])
    if o in old_touched:  # (all its old entries go: any place in the row will do)
        return lo, r, key, v, cost
    # v in old numbers, doubled: an old node w at 2w, a new one between its old neighbours
    ov = index_in(old.people, people[v])
    x = 2 * ov if ov is not None else 2 * bisect_left(old.people, people[v]) - 1
    keys = [2 * w if w > o else 2 * (w + n_old) for w in old.indices[lo:hi].tolist()]
    return lo + bisect_left(keys, x if x > 2 * o else x + 2 * n_old), r, key, v, cost


def _slot(old: Snapshot, row: int, v: int) -> int | None:
    """The position of the entry ``row → v`` in the old arrays, if there is one (each row
    lists the nodes above it ascending, then those below it ascending)."""
    lo, hi = int(old.indptr[row]), int(old.indptr[row + 1])
    n = len(old.people)
    keys = [w if w > row else w + n for w in old.indices[lo:hi].tolist()]
    at = lo + bisect_left(keys, v if v > row else v + n)
    return at if at < hi and int(old.indices[at]) == v else None
