"""A snapshot brought up to date after a few writes, without reading every tie again.

The writes say which people they touched (``graph/changes.py``); the records (referrals,
intro requests: few) are read again whole and compared with what the snapshot was built
from, which adds the people whose implied or warm ties moved. Every tie that changed has a
touched person at one end, so the patch reads only the touched people's ties and rewrites
only their rows and the rows of their neighbours (old and new); every other row is copied
as it was, in spans. People added or removed shift the nodes after them (node = position in
the sorted ids): the copied spans are renumbered on the way.

The result is exactly the snapshot a full build gives at that version (same arrays, same
order in each row: see ``build_snapshot``); ``tests/test_snapshot_patch.py`` checks it on
random write sequences, on both stores.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from datetime import date

import numpy as np

from graph.changes import MOST_TOUCHED
from graph.model import SOURCES, Knows
from graph.scoring import TrackRecord, days_since, tie_strengths
from graph.snapshot import (
    Pair,
    Snapshot,
    index_in,
    introducer_costs,
    member_nodes,
    record_ties,
)
from graph.store import GraphStore

SOURCE_CODES = {source: n for n, source in enumerate(SOURCES)}
Rows = dict[int, list[tuple[int, float]]]  # node -> (neighbour, cost) of its rewritten ties


def patch(old: Snapshot, store: GraphStore, touched: frozenset[str],
          version: int) -> Snapshot | None:
    """``old`` at ``version``, given the people the writes since touched; ``None`` when they
    are too many (a full build is then as quick)."""
    today = old.today
    referrals, intros, members = store.referrals(), store.intros(), store.members()
    warm, implied = record_ties(referrals, intros, today)
    people_touched = set(touched)
    for a, b in warm ^ old.warm:
        people_touched |= {a, b}
    for pair in implied.keys() | old.implied.keys():
        if implied.get(pair) != old.implied.get(pair):
            people_touched.update(pair)
    if len(people_touched) > MOST_TOUCHED:
        return None
    present = set(store.people_by_id(people_touched))
    people, remap = renumbered(old.people, people_touched, present)
    rows = fresh_rows(store, people, present, warm, implied, today)
    indptr, indices, cost = rewritten(old, people, remap, people_touched, rows)
    return Snapshot(people, indptr, indices, cost, introducer_costs(people, intros),
                    float(-np.log(TrackRecord().factor)), member_nodes(people, members),
                    version, today, warm, implied)


def renumbered(people: list[str], touched: set[str], present: set[str],
               ) -> tuple[list[str], np.ndarray | None]:
    """The new sorted ids, and each old node's new number (-1: removed), or ``None`` when
    nobody came or went."""
    removed = sorted(i for i in (index_in(people, p) for p in touched - present)
                     if i is not None)
    added = sorted(p for p in present if index_in(people, p) is None)
    if not removed and not added:
        return people, None
    new = list(people)
    for i in reversed(removed):
        del new[i]
    for person in added:
        insort(new, person)
    old_nodes = np.arange(len(people))
    positions = np.array([bisect_left(people, p) for p in added], np.int64)  # (sorted)
    remap = (old_nodes - np.searchsorted(np.array(removed, np.int64), old_nodes)
             + np.searchsorted(positions, old_nodes, side="right")).astype(np.int32)
    remap[removed] = -1
    return new, remap


def fresh_rows(store: GraphStore, people: list[str], present: set[str], warm: frozenset[Pair],
               implied: dict[Pair, float], today: date) -> Rows:
    """The current ties of the touched people still there, both ways, as the full build
    weighs them (stored ties, warm where a referral offered, and the ties records imply)."""
    ties: dict[Pair, Knows] = {}
    for person in sorted(present):
        for tie in store.ties_of(person):
            ties[(min(tie.a, tie.b), max(tie.a, tie.b))] = tie
    pairs = list(ties)
    strengths: dict[Pair, float] = {}
    if pairs:
        stored = [ties[pair] for pair in pairs]
        values = tie_strengths(
            np.array([t.closeness or 0 for t in stored], np.int8),
            np.array([SOURCE_CODES.get(t.source, 0) for t in stored], np.int8),
            np.array([days_since(t, today) for t in stored], np.int32),
            np.array([t.interactions or 0 for t in stored], np.int32),
            np.array([pair in warm for pair in pairs]))
        strengths = dict(zip(pairs, values.tolist(), strict=True))
    for pair, value in implied.items():
        if pair[0] in present or pair[1] in present:
            strengths[pair] = max(strengths.get(pair, 0.0), value)
    rows: Rows = defaultdict(list)
    for (a, b), value in strengths.items():
        i, j = index_in(people, a), index_in(people, b)
        if i is None or j is None:
            continue
        cost = float(-np.log(value))
        rows[i].append((j, cost))
        rows[j].append((i, cost))
    return rows


def rewritten(old: Snapshot, people: list[str], remap: np.ndarray | None, touched: set[str],
              rows: Rows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays with the affected rows rewritten and the others copied in spans."""
    n_old, n = len(old.people), len(people)
    old_touched = [i for i in (index_in(old.people, p) for p in touched) if i is not None]
    new_touched = {i for i in (index_in(people, p) for p in touched) if i is not None}
    if not old_touched and not new_touched and remap is None:
        return old.indptr, old.indices, old.cost
    dropped = np.zeros(n_old, dtype=bool)
    dropped[old_touched] = True

    def new_node(old_node: int) -> int:
        return old_node if remap is None else int(remap[old_node])

    affected = set(new_touched) | set(rows)
    for t in old_touched:
        neighbours = old.indices[old.indptr[t]:old.indptr[t + 1]]
        affected.update(new_node(int(v)) for v in neighbours)
        nxt = t + 1  # a span must not run across a removed row: break it after one
        if nxt < n_old and new_node(nxt) >= 0:
            affected.add(new_node(nxt))
    affected.discard(-1)

    def old_node(node: int) -> int:
        found = index_in(old.people, people[node])
        assert found is not None  # (only touched people are new, and they are rewritten)
        return found

    idx_parts: list[np.ndarray] = []
    cost_parts: list[np.ndarray] = []
    degrees: list[np.ndarray] = [np.zeros(1, np.int64)]
    start = 0
    for row in [*sorted(affected), n]:
        if start < row:  # rows start..row-1 are unchanged: one slice of the old arrays
            first, last = old_node(start), old_node(row - 1) + 1
            lo, hi = old.indptr[first], old.indptr[last]
            chunk = old.indices[lo:hi]
            idx_parts.append(chunk if remap is None else remap[chunk])
            cost_parts.append(old.cost[lo:hi])
            degrees.append(np.diff(old.indptr[first:last + 1]))
        if row == n:
            break
        fresh = rows.get(row, [])
        targets = np.array([v for v, _ in fresh], np.int32)
        costs = np.array([c for _, c in fresh], np.float64)
        if row not in new_touched:  # a neighbour: its other ties stay as they were
            o = old_node(row)
            lo, hi = old.indptr[o], old.indptr[o + 1]
            kept = ~dropped[old.indices[lo:hi]]
            others = old.indices[lo:hi][kept]
            targets = np.concatenate([others if remap is None else remap[others], targets])
            costs = np.concatenate([old.cost[lo:hi][kept], costs])
        order = np.argsort(np.where(targets > row, targets, targets + n), kind="stable")
        idx_parts.append(targets[order].astype(np.int32))
        cost_parts.append(costs[order])
        degrees.append(np.array([len(targets)], np.int64))
        start = row + 1
    indptr = np.cumsum(np.concatenate(degrees)).astype(np.int64)
    indices = (np.concatenate(idx_parts) if idx_parts else np.zeros(0, np.int32)).astype(
        np.int32, copy=False)
    cost = np.concatenate(cost_parts) if cost_parts else np.zeros(0, np.float64)
    return indptr, indices, cost
