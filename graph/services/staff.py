"""Who works where, every company at once, kept beside the path snapshot by a long-lived
process (the app) whose store answers each read with a round trip (Neo4j).

A company's first search would otherwise read the company and its staff before the engine
runs, then the cards' people: three round trips, each 1-3 ms on a near server, for a search
whose own work takes 3-7 ms. With this kept, a warm search makes one read, the cards', and
checks there that the store is still at the version this and the snapshot were read at
(``warmpaths.find_paths``); a write since, and it searches again as before.

It is read whole in the background, once per graph version that a search meets: the search
that finds it missing reads its company's staff itself, as before. So a one-shot process
(``carnet paths``) never reads it, and SQLite, whose reads cost microseconds, never keeps it.
"""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass

from graph.core.model import Company, Job
from graph.stores.port import GraphStore

ROUND_TRIP_STORES = frozenset({"neo4j"})  # the kinds of store for which it is kept


@dataclass(frozen=True)
class Staff:
    """Every company and its jobs (current and former), as read at ``version`` or later (the
    version is read first: a search checks it is still the store's)."""

    version: int
    companies: dict[str, Company]
    jobs: dict[str, tuple[Job, ...]]  # by company id, by person then title (as ``employees``)

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]:
        """What ``store.employees`` gives at ``version``."""
        return [job for job in self.jobs.get(company_id, ()) if job.current or not current_only]


def read_staff(store: GraphStore) -> Staff:
    version = store.graph_version()  # before the rows: they are never older than it
    companies, jobs = store.companies_and_jobs()
    by_company: defaultdict[str, list[Job]] = defaultdict(list)
    for job in jobs:  # (by person, company and title: each company's by person and title)
        by_company[job.company].append(job)
    return Staff(version, {company.id: company for company in companies},
                 {company: tuple(found) for company, found in by_company.items()})


class StaffCache:
    """One ``Staff`` per store, for the store kinds in ``kinds``."""

    def __init__(self, kinds: frozenset[str] = ROUND_TRIP_STORES) -> None:
        self.kinds = kinds
        self._lock = threading.Lock()
        self._kept: weakref.WeakKeyDictionary[object, Staff] = weakref.WeakKeyDictionary()
        self._reading: dict[int, threading.Thread] = {}  # by id(store)

    def at(self, store: GraphStore, version: int) -> Staff | None:
        """The staff read at ``version``; else ``None``, and it is read in the background
        for the searches to come (one read at a time per store)."""
        if store.kind not in self.kinds:
            return None
        with self._lock:
            kept = self._kept.get(store)
            if kept is not None and kept.version == version:
                return kept
            if id(store) not in self._reading:
                reader = threading.Thread(target=self._read, args=(store,), daemon=True,
                                          name="carnet-staff-read")
                self._reading[id(store)] = reader
                reader.start()
        return None

    def _read(self, store: GraphStore) -> None:
        try:
            found: Staff | None = read_staff(store)
        except Exception:  # (a head start only: a search reads its company's staff itself)
            found = None
        with self._lock:
            del self._reading[id(store)]
            if found is not None:
                self._kept[store] = found

    def wait(self) -> None:
        """Until the reads under way are done (for tests and benches)."""
        with self._lock:
            running = list(self._reading.values())
        for reader in running:
            reader.join()
