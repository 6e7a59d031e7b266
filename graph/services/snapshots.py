"""The path engine's in-memory picture of the network: a CSR adjacency with costs.

Built from ``GraphStore.edge_table`` (all ties as columns), the referrals (warm ties) and the
intro requests (introducers' track records). Costs are ``−ln(strength)`` (see ``scoring``), so
the engine adds numbers. A snapshot belongs to one ``graph_version`` and one day (recency
moves with the calendar); ``SnapshotCache`` rebuilds it lazily when either moves.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from graph.core.model import SOURCES, IntroRequest, Referral
from graph.core.scoring import POSITIVE_STATUSES, TrackRecord, tie_strengths, track_records
from graph.core.ties import EdgeTable
from graph.stores.port import GraphStore


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Node ``i`` is ``people[i]`` (sorted ids). The neighbours of ``i`` are
    ``indices[indptr[i]:indptr[i + 1]]`` and the matching ``cost`` entries are the ties'
    ``−ln(strength)``; each tie is stored in both directions."""

    people: list[str]
    indptr: np.ndarray    # int64, len n + 1
    indices: np.ndarray   # int32, len 2·ties
    cost: np.ndarray      # float64, len 2·ties
    intro_cost: dict[int, float]  # −ln(introducer factor) for people with a track record
    intro_default: float          # … and for everyone else (never asked)
    members: tuple[int, ...]
    version: int
    today: date

    def __len__(self) -> int:
        return len(self.people)

    def node(self, person_id: str) -> int | None:
        """The index of ``person_id``, or ``None`` (no dict: ids are sorted, so bisect)."""
        i = bisect_left(self.people, person_id)
        return i if i < len(self.people) and self.people[i] == person_id else None

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
    """A snapshot from plain data (what ``SnapshotCache`` reads from a store)."""
    people = table.people
    n = len(people)
    referrals, intros = list(referrals), list(intros)  # each is read twice

    def index(person_id: str) -> int | None:
        i = bisect_left(people, person_id)
        return i if i < n and people[i] == person_id else None

    warm_keys = []
    for referral in referrals:
        a, b = index(referral.referrer), index(referral.referee)
        if referral.offered_intro and a is not None and b is not None:
            warm_keys.append(min(a, b) * n + max(a, b))
    low = np.minimum(table.a, table.b).astype(np.int64)
    high = np.maximum(table.a, table.b).astype(np.int64)
    warm = np.isin(low * n + high, np.array(warm_keys, dtype=np.int64))

    strength = tie_strengths(table.closeness, table.source, table.days, table.interactions, warm)
    ends_a, ends_b = table.a, table.b
    implied = implied_ties(people, referrals, intros, today)
    if implied:  # records imply ties: the warmer of the record's and a stored tie's counts
        keys = np.fromiter((a * n + b for a, b in implied), dtype=np.int64, count=len(implied))
        warmth = np.fromiter(implied.values(), dtype=float, count=len(implied))
        order = np.argsort(keys)
        keys, warmth = keys[order], warmth[order]
        at = np.minimum(np.searchsorted(keys, low * n + high), len(keys) - 1)
        stored = keys[at] == low * n + high
        strength[stored] = np.maximum(strength[stored], warmth[at[stored]])
        new = ~np.isin(keys, low * n + high)
        ends_a = np.concatenate([ends_a, (keys[new] // n).astype(np.int32)])
        ends_b = np.concatenate([ends_b, (keys[new] % n).astype(np.int32)])
        strength = np.concatenate([strength, warmth[new]])
    cost = -np.log(strength)
    # Both directions, grouped by source node: a counting sort.
    src = np.concatenate([ends_a, ends_b])
    order = np.argsort(src, kind="stable")
    indices = np.concatenate([ends_b, ends_a])[order].astype(np.int32)
    costs = np.concatenate([cost, cost])[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])

    intro_cost = {}
    for person_id, record in track_records(intros).items():
        node = index(person_id)
        if node is not None:
            intro_cost[node] = float(-np.log(record.factor))
    member_nodes = tuple(sorted(i for i in map(index, members) if i is not None))
    return Snapshot(people, indptr, indices, costs, intro_cost,
                    float(-np.log(TrackRecord().factor)), member_nodes, version, today)


def implied_ties(people: list[str], referrals: Iterable[Referral],
                 intros: Iterable[IntroRequest], today: date) -> dict[tuple[int, int], float]:
    """The ties that records imply, ``{(low, high) node: strength}``: a referral says the
    referrer knows the referee (warm when they offered to prepare the ground), and an intro
    request that the introducer accepted (or took further) says the introducer knows the
    target, warmly. Recency runs from the record's date; the warmest record on a pair counts.

    >>> implied_ties(["p:a", "p:b"], [Referral("r:1", "p:b", "p:a", "p:me",
    ...              offered_intro=True)], [], date(2026, 11, 22))
    {(0, 1): 0.42}
    """
    def index(person_id: str) -> int | None:
        i = bisect_left(people, person_id)
        return i if i < len(people) and people[i] == person_id else None

    rows: list[tuple[int | None, int | None, str | None, bool]] = [
        (index(r.referrer), index(r.referee), r.date, r.offered_intro) for r in referrals]
    rows += [(index(i.introducer), index(i.target), i.updated_on or i.asked_on, True)
             for i in intros if i.status in POSITIVE_STATUSES]
    found = [(a, b, on, warm) for a, b, on, warm in rows
             if a is not None and b is not None and a != b]
    if not found:
        return {}
    days = np.array([-1 if on is None else max(0, (today - date.fromisoformat(on)).days)
                     for _, _, on, _ in found])
    strength = tie_strengths(np.zeros(len(found), dtype=np.int64),
                             np.full(len(found), SOURCES.index("referral")), days,
                             np.zeros(len(found)), np.array([w for *_, w in found]))
    implied: dict[tuple[int, int], float] = {}
    for (a, b, _, _), value in zip(found, strength.tolist(), strict=True):
        key = (min(a, b), max(a, b))
        implied[key] = max(implied.get(key, 0.0), value)
    return implied


def read_snapshot(store: GraphStore, today: date | None = None) -> Snapshot:
    """Read everything the engine needs from ``store`` and build the snapshot."""
    today = today or date.today()
    version = store.graph_version()
    return build_snapshot(store.edge_table(today), store.referrals(), store.intros(),
                          store.members(), version, today)


BOUNDED_FEED_TIES = 2_000_000  # past this, a store that can feed a neighbourhood does


def snapshot_for(store: GraphStore, company_id: str, cache: SnapshotCache,
                 today: date | None = None) -> Snapshot:
    """The snapshot to search for paths to ``company_id``: the whole graph, cached; or, for a
    team graph too big to stream (a store with a ``neighbourhood_feed``, e.g. Neo4j), only the
    ties around the members and the company's staff, read for this query."""
    today = today or date.today()
    if (cached := cache.current(store, today)) is not None:
        return cached  # (no count of every tie on each search: Neo4j counts by reading)
    if (feed := store.neighbourhood_feed) is None or reads_whole_graph(store):
        return cache.get(store, today)
    return build_snapshot(feed.neighbourhood_table(company_id, today),
                          store.referrals(), store.intros(), store.members(),
                          store.graph_version(), today)


def reads_whole_graph(store: GraphStore) -> bool:
    """Whether warm paths search the whole graph (one cached snapshot) rather than a
    neighbourhood read for each query (a team graph past ``BOUNDED_FEED_TIES`` ties)."""
    return (store.neighbourhood_feed is None
            or store.counts().knows <= BOUNDED_FEED_TIES)


def warm_up(store: GraphStore, cache: SnapshotCache) -> threading.Thread:
    """Build the cached snapshot in the background, so that the app's first search (typed
    while this runs) finds it ready. A failure is left to that search to meet and report."""
    def build() -> None:
        try:
            if reads_whole_graph(store):
                cache.get(store)
        except Exception:  # only a head start: the page's own call meets and reports it
            return
    thread = threading.Thread(target=build, name="carnet-snapshot-warm-up", daemon=True)
    thread.start()
    return thread


class SnapshotCache:
    """One snapshot per store, rebuilt when the store's ``graph_version`` or the day moves;
    for a SQLite file, also kept on disk beside it (``graph/services/snapshot_file.py``), so
    that the next process finds it there instead of reading every tie again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshots: weakref.WeakKeyDictionary[object, Snapshot] = weakref.WeakKeyDictionary()

    def current(self, store: GraphStore, today: date) -> Snapshot | None:
        """The cached snapshot if it is still the store's (same version and day), else None."""
        with self._lock:
            cached = self._snapshots.get(store)
        if cached is None or cached.today != today or cached.version != store.graph_version():
            return None
        return cached

    def get(self, store: GraphStore, today: date | None = None) -> Snapshot:
        today = today or date.today()
        with self._lock:
            cached = self._snapshots.get(store)
            version = store.graph_version()
            if cached is None or cached.version != version or cached.today != today:
                cached = persisted_snapshot(store, version, today)
                self._snapshots[store] = cached
            return cached


def persisted_snapshot(store: GraphStore, version: int, today: date) -> Snapshot:
    """The snapshot saved beside a SQLite file under this version, day and file, else one
    read from the store (and saved there for the next process)."""
    from graph.services import snapshot_file
    from graph.stores.sqlite_store import SqliteStore

    folder = (snapshot_file.folder_for(store.location) if isinstance(store, SqliteStore)
              else None)
    key = snapshot_file.key_for(store.location, version, today) if folder else None
    if folder is None or key is None:
        return read_snapshot(store, today)
    found = snapshot_file.load(folder, key)
    if found is None:
        found = read_snapshot(store, today)
        if found.version == key.version:  # (a write in between: its version is not the key's)
            snapshot_file.save(folder, key, found)
    return found


snapshots = SnapshotCache()
