"""The path engine's in-memory picture of the network: a CSR adjacency with costs.

Built from an ``EdgeTable`` (all ties as columns), the referrals (warm ties) and the intro
requests (introducers' track records). Costs are ``−ln(strength)`` (see ``scoring``), so the
engine adds numbers. A snapshot belongs to one ``graph_version`` and one day (recency moves
with the calendar). Pure: reading it from a store, caching and patching it are services
(``graph/services/snapshots.py``, ``snapshot_patch.py``, ``snapshot_file.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from graph.core.ids import Ids
from graph.core.model import SOURCES, IntroRequest, Referral
from graph.core.scoring import POSITIVE_STATUSES, TrackRecord, tie_strengths, track_records
from graph.core.ties import EdgeTable


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Node ``i`` is ``people[i]`` (sorted ids, packed: ``graph/core/ids.py``). The
    neighbours of ``i`` are ``indices[indptr[i]:indptr[i + 1]]`` and the matching ``cost``
    entries are the ties' ``−ln(strength)``; each tie is stored in both directions."""

    people: Ids
    indptr: np.ndarray    # int64, len n + 1
    indices: np.ndarray   # int32, len 2·ties
    cost: np.ndarray      # float64, len 2·ties
    intro_cost: dict[int, float]  # −ln(introducer factor) for people with a track record
    intro_default: float          # … and for everyone else (never asked)
    members: tuple[int, ...]
    version: int
    today: date
    # What the records said when it was built, by ids (``record_ties``): a patch compares
    # them with what they say after a write, to find the ties a record changed.
    warm: frozenset[tuple[str, str]] = frozenset()
    implied: dict[tuple[str, str], float] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.people)

    def node(self, person_id: str) -> int | None:
        """The node of ``person_id``, or ``None`` (no dict: ids are sorted, so bisect)."""
        return index_in(self.people, person_id)

    def introducer_cost(self, node: int) -> float:
        """−ln of the introducer factor: from their track record, else the never-asked prior."""
        return self.intro_cost.get(node, self.intro_default)

    def degree(self, nodes: np.ndarray) -> np.ndarray:
        degrees: np.ndarray = self.indptr[nodes + 1] - self.indptr[nodes]
        return degrees

    def edge_cost(self, u: int, v: int) -> float:
        """The cost of the tie u–v (``inf`` if they are not tied)."""
        start, end = self.indptr[u], self.indptr[u + 1]
        hits = np.flatnonzero(self.indices[start:end] == v)
        return float(self.cost[start + hits[0]]) if len(hits) else float("inf")

    @property
    def nbytes(self) -> int:
        """Memory of the arrays (the id list is counted apart, see ``bench/paths.py``)."""
        return self.indptr.nbytes + self.indices.nbytes + self.cost.nbytes


def build_snapshot(table: EdgeTable, referrals: Iterable[Referral],
                   intros: Iterable[IntroRequest], members: Iterable[str], version: int,
                   today: date) -> Snapshot:
    """A snapshot from plain data (what ``SnapshotCache`` reads from a store).

    Each row lists its neighbours in one order whatever the store's: the higher nodes
    ascending, then the lower ones ascending (what a patch of a few rows reproduces,
    ``graph/services/snapshot_patch.py``, so that a patched snapshot is this one exactly)."""
    people = table.people
    n = len(people)
    intros = list(intros)
    warm_pairs, implied_pairs = record_ties(referrals, intros, today)
    low = np.minimum(table.a, table.b).astype(np.int64)
    high = np.maximum(table.a, table.b).astype(np.int64)
    stored_keys = low * n + high
    if len(stored_keys) > 1 and not np.all(stored_keys[1:] > stored_keys[:-1]):
        order = np.argsort(stored_keys)  # (SQLite's come in key order: no sort)
        stored_keys, low, high = stored_keys[order], low[order], high[order]
        table = EdgeTable(people, *(column[order] for column in (
            table.a, table.b, table.closeness, table.source, table.days, table.interactions)))
    warm = np.isin(stored_keys, np.array(sorted(pair_keys(people, warm_pairs)), np.int64))
    strength = tie_strengths(table.closeness, table.source, table.days, table.interactions, warm)
    implied = pair_keys(people, implied_pairs)
    if implied:  # records imply ties: the warmer of the record's and a stored tie's counts
        keys = np.array(sorted(implied), dtype=np.int64)
        warmth = np.array([implied[key] for key in keys.tolist()], dtype=float)
        at = np.minimum(np.searchsorted(keys, stored_keys), len(keys) - 1)
        stored = keys[at] == stored_keys
        strength[stored] = np.maximum(strength[stored], warmth[at[stored]])
        new = ~np.isin(keys, stored_keys)
        into = np.searchsorted(stored_keys, keys[new])  # kept in key order
        low = np.insert(low, into, keys[new] // n)
        high = np.insert(high, into, keys[new] % n)
        strength = np.insert(strength, into, warmth[new])
    cost = -np.log(strength)
    # Both directions, grouped by source node (a stable sort: each row keeps key order).
    src = np.concatenate([low, high])
    order = np.argsort(src, kind="stable")
    indices = np.concatenate([high, low])[order].astype(np.int32)
    costs = np.concatenate([cost, cost])[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return Snapshot(Ids.of(people), indptr, indices, costs, introducer_costs(people, intros),
                    float(-np.log(TrackRecord().factor)), member_nodes(people, members),
                    version, today, frozenset(warm_pairs), implied_pairs)


Pair = tuple[str, str]  # two people's ids, the lower first


def index_in(people: Sequence[str], person_id: str) -> int | None:
    """The node of ``person_id`` in the sorted ``people`` (bisect: no id dictionary)."""
    if isinstance(people, Ids):
        return people.find(person_id)
    i = bisect_left(people, person_id)
    return i if i < len(people) and people[i] == person_id else None


def pair_keys(people: Sequence[str], pairs: Iterable[Pair] | dict[Pair, float],
              ) -> dict[int, float]:
    """``low · n + high`` node keys of the pairs whose people are both in ``people`` (with
    the pair's value when ``pairs`` is a dict)."""
    n, keys = len(people), {}
    values = pairs if isinstance(pairs, dict) else dict.fromkeys(pairs, 1.0)
    for (a, b), value in values.items():
        i, j = index_in(people, a), index_in(people, b)
        if i is not None and j is not None:
            keys[min(i, j) * n + max(i, j)] = value
    return keys


def by_nodes(people: Sequence[str], values: dict[Pair, float]) -> dict[tuple[int, int], float]:
    """``{(a, b): value}`` by people's ids → by nodes, in the same order (pairs naming
    someone not in ``people`` left out)."""
    found = {}
    for (a, b), value in values.items():
        i, j = index_in(people, a), index_in(people, b)
        if i is not None and j is not None:
            found[i, j] = value
    return found


def introducer_costs(people: Sequence[str], intros: Iterable[IntroRequest]) -> dict[int, float]:
    """−ln(introducer factor) of the people with a track record, by node."""
    costs = {}
    for person_id, record in track_records(intros).items():
        node = index_in(people, person_id)
        if node is not None:
            costs[node] = float(-np.log(record.factor))
    return costs


def member_nodes(people: Sequence[str], members: Iterable[str]) -> tuple[int, ...]:
    return tuple(sorted(i for i in (index_in(people, m) for m in members) if i is not None))


def record_ties(referrals: Iterable[Referral], intros: Iterable[IntroRequest], today: date,
                ) -> tuple[frozenset[Pair], dict[Pair, float]]:
    """What records say about ties, by people's ids: the pairs where a referrer offered to
    prepare the ground (a stored tie there counts as warm), and the ties that records imply,
    ``{(low, high): strength}``: a referral says the referrer knows the referee (warm when
    they offered to prepare the ground), and an intro request that the introducer accepted
    (or took further) says the introducer knows the target, warmly. Recency runs from the
    record's date; the warmest record on a pair counts.

    >>> record_ties([Referral("r:1", "p:b", "p:a", "p:me", offered_intro=True)], [],
    ...             date(2026, 11, 22))
    (frozenset({('p:a', 'p:b')}), {('p:a', 'p:b'): 0.42})
    """
    referrals = list(referrals)
    warm = frozenset((min(r.referrer, r.referee), max(r.referrer, r.referee))
                     for r in referrals if r.offered_intro)
    rows: list[tuple[str, str, str | None, bool]] = [
        (r.referrer, r.referee, r.date, r.offered_intro) for r in referrals]
    rows += [(i.introducer, i.target, i.tie_day, True)
             for i in intros if i.status in POSITIVE_STATUSES]
    found = [row for row in rows if row[0] != row[1]]
    if not found:
        return warm, {}
    days = np.array([-1 if on is None else max(0, (today - date.fromisoformat(on)).days)
                     for _, _, on, _ in found])
    strength = tie_strengths(np.zeros(len(found), dtype=np.int64),
                             np.full(len(found), SOURCES.index("referral")), days,
                             np.zeros(len(found)), np.array([w for *_, w in found]))
    implied: dict[Pair, float] = {}
    for (a, b, _, _), value in zip(found, strength.tolist(), strict=True):
        key = (min(a, b), max(a, b))
        implied[key] = max(implied.get(key, 0.0), value)
    return warm, implied
