"""The path engine's snapshot (``graph/core/snapshot.py``) read from a store, kept per store
(``SnapshotCache``: rebuilt lazily when the graph version or the day moves, patched after this
process's own few writes), warmed up in the background, and saved beside a SQLite file."""

from __future__ import annotations

import threading
import weakref
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from graph.core.snapshot import Snapshot, build_snapshot
from graph.services.lookup import counts_now
from graph.services.snapshot_carry import folder_for
from graph.services.staff import ROUND_TRIP_STORES, StaffCache
from graph.stores.port import GraphStore

if TYPE_CHECKING:  # (numpy's files: imported where they are read or written)
    from graph.services.snapshot_file import SnapshotKey


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
    if (patched := cache.patched(store, today)) is not None:
        return patched  # after this process's own few writes: their rows rewritten
    if (feed := store.neighbourhood_feed) is None or reads_whole_graph(store):
        return cache.get(store, today)
    return build_snapshot(feed.neighbourhood_table(company_id, today),
                          store.referrals(), store.intros(), store.members(),
                          store.graph_version(), today)


def reads_whole_graph(store: GraphStore) -> bool:
    """Whether warm paths search the whole graph (one cached snapshot) rather than a
    neighbourhood read for each query (a team graph past ``BOUNDED_FEED_TIES`` ties)."""
    return (store.neighbourhood_feed is None
            or counts_now(store).knows <= BOUNDED_FEED_TIES)


def warm_up(store: GraphStore, cache: SnapshotCache) -> threading.Thread:
    """Build the cached snapshot in the background (and read every company's staff, where
    the cache keeps it), so that the app's first search (typed while this runs) finds them
    ready. A failure is left to that search to meet and report."""
    def build() -> None:
        try:
            if reads_whole_graph(store):
                cache.staff.at(store, cache.get(store).version)  # (Neo4j: read it too)
        except Exception:  # only a head start: the page's own call meets and reports it
            return
    thread = threading.Thread(target=build, name="carnet-snapshot-warm-up", daemon=True)
    thread.start()
    return thread


class SnapshotCache:
    """One snapshot per store, rebuilt when the store's ``graph_version`` or the day moves;
    for a SQLite file, also kept on disk beside it (``graph/services/snapshot_file.py``), so
    that the next process finds it there instead of reading every tie again."""

    def __init__(self, staff_for: frozenset[str] = ROUND_TRIP_STORES) -> None:
        self._lock = threading.Lock()
        self._snapshots: weakref.WeakKeyDictionary[object, Snapshot] = weakref.WeakKeyDictionary()
        self.staff = StaffCache(staff_for)  # every company's staff, for these store kinds

    def latest(self, store: GraphStore, today: date) -> Snapshot | None:
        """The cached snapshot of ``today``, whatever the store's version now (a search that
        uses it checks the version with its last read: ``warmpaths.find_paths``)."""
        with self._lock:
            cached = self._snapshots.get(store)
        return cached if cached is not None and cached.today == today else None

    def current(self, store: GraphStore, today: date) -> Snapshot | None:
        """The cached snapshot if it is still the store's (same version and day), else None."""
        cached = self.latest(store, today)
        return cached if cached is not None and cached.version == store.graph_version() else None

    def patched(self, store: GraphStore, today: date) -> Snapshot | None:
        """The cached snapshot brought up to the store's version by rewriting only the rows
        of the people that this process's writes since touched (``graph/stores/changes.py``,
        ``graph/services/snapshot_patch.py``); ``None`` when that cannot be done (nothing cached,
        another day, a write this process did not see, or too many people touched)."""
        from graph.services.snapshot_patch import patch  # (it imports this module)

        with self._lock:
            cached = self._snapshots.get(store)
            if cached is None or cached.today != today:
                return None
            version = store.graph_version()
            if cached.version == version:
                return cached
            touched = store.changed_since(cached.version, version)
            found = None if touched is None else patch(cached, store, touched, version)
            if found is None:
                return None
            self._snapshots[store] = found
        save_in_background(store, found)
        return found

    def get(self, store: GraphStore, today: date | None = None) -> Snapshot:
        today = today or date.today()
        if (found := self.patched(store, today)) is not None:
            return found
        with self._lock:
            cached = self._snapshots.get(store)
            version = store.graph_version()
            if cached is None or cached.version != version or cached.today != today:
                cached = persisted_snapshot(store, today)
                self._snapshots[store] = cached
            return cached


def persisted_snapshot(store: GraphStore, today: date) -> Snapshot:
    """The snapshot saved beside a SQLite file under its current version, stamp and this
    day, else one read from the store (and saved there for the next process)."""
    from graph.services import snapshot_file

    folder = folder_for(store.location) if store.kind == "sqlite" else None
    key = snapshot_file.key_for(store, today) if folder else None
    if folder is None or key is None:
        return read_snapshot(store, today)
    found = snapshot_file.load(folder, key)
    if found is None:
        found = read_snapshot(store, today)
        if found.version == key.version:  # (a write in between: its version is not the key's)
            snapshot_file.save(folder, key, found)
    return found


# by snapshot folder: the newest patched snapshot to save there, and its key
_saving: dict[Path, tuple[SnapshotKey, Snapshot]] = {}
_saving_lock = threading.Lock()
_saver: list[threading.Thread] = []  # the one saver thread, while it runs
# The saver waits this long before it starts: saving (json of every id, the arrays) holds
# the GIL and one of the 2 cores for most of the search that follows the patch, which it
# slowed 2-3x (issue 17: 13 ms against 34 ms at 100k people). Writes in a row meanwhile
# are saved once, the newest; a process started in between reads the store, as before.
SAVE_DELAY_S = 2.0
_hurry = threading.Event()  # set by ``wait_for_saves``: start now


def save_in_background(store: GraphStore, snap: Snapshot) -> None:
    """Save a patched snapshot beside its SQLite file, in a thread and a little later (at 1M
    people that is most of a second the search need not wait for, nor share its cores
    with), so that the next process maps it; one saver at a time, which saves the newest
    snapshot of each file and drops the others."""
    from graph.services import snapshot_file

    folder = folder_for(store.location) if store.kind == "sqlite" else None
    key = snapshot_file.key_for(store, snap.today) if folder is not None else None
    if folder is None or key is None or key.version != snap.version:
        return  # (another write already: its own patch saves)

    def run() -> None:
        _hurry.wait(SAVE_DELAY_S)
        while True:
            with _saving_lock:
                if not _saving:
                    _saver.clear()
                    return
                here, (key, newest) = _saving.popitem()
            snapshot_file.save(here, key, newest)

    with _saving_lock:
        _saving[folder] = (key, snap)
        if not _saver:  # (a running saver takes the newest snapshot when it is done)
            _saver.append(threading.Thread(target=run, name="carnet-snapshot-save",
                                           daemon=True))
            _saver[0].start()


snapshots = SnapshotCache()


def wait_for_saves() -> None:
    """Until the background saver is done (for tests and benches)."""
    with _saving_lock:
        running = list(_saver)
    _hurry.set()
    for thread in running:
        thread.join()
    _hurry.clear()
