"""Every company's staff kept beside the snapshot (``graph/services/staff.py``): the same
answers as a search that reads its company's staff, on both stores, before and after writes
that change who works where; and on Neo4j, a company's first warm search in one round trip."""

from __future__ import annotations

from datetime import date

import pytest

from graph.core.model import GraphData, Job
from graph.services.demo import load_demo
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import PathsResult, find_paths
from graph.stores.port import GraphStore
from tests.test_consistent_reads import round_trips
from tests.test_store_calls import CountingStore

TODAY = date(2026, 11, 22)
EVERY_STORE = frozenset({"sqlite", "neo4j"})  # (SQLite does not keep it: forced here)
SEARCHES = [("c:gme", None, False), ("c:gme", "communication, RH", True),
            ("c:calanques-digital", None, False), ("c:azur-telecom", "rh", False)]


@pytest.fixture
def inner(store: GraphStore) -> GraphStore:
    """The store under test (searched through a ``CountingStore``: the cache keys on it)."""
    return store


def answers(store: GraphStore, cache: SnapshotCache) -> list[PathsResult]:
    return [find_paths(store, company, role=role, include_former=former, today=TODAY,
                       cache=cache) for company, role, former in SEARCHES]


def read_each_time(store: GraphStore) -> list[PathsResult]:
    """The answers of searches that read their company's staff (a cache without it)."""
    return answers(store, SnapshotCache(staff_for=frozenset()))


def from_kept_staff(store: CountingStore, cache: SnapshotCache) -> list[PathsResult]:
    """The answers once the staff at the store's version is kept (the searches before: the
    first brings the snapshot up to date, the second starts the staff's read)."""
    answers(store, cache)
    answers(store, cache)
    cache.staff.wait()
    store.calls.clear()
    found = answers(store, cache)
    assert not {"employees", "get_company"} & set(store.calls), store.calls
    return found


def test_searches_from_the_kept_staff_find_what_reading_it_finds(inner: GraphStore) -> None:
    load_demo(inner, "fr")
    cache, store = SnapshotCache(staff_for=EVERY_STORE), CountingStore(inner)
    assert from_kept_staff(store, cache) == read_each_time(inner)
    # a new director of communication: the role search now finds her
    inner.save(GraphData(jobs=[Job("p:camille-girard", "c:gme",
                                   "Directrice de la communication", "Communication")]))
    assert from_kept_staff(store, cache) == read_each_time(inner)
    assert any(i.target.id == "p:camille-girard"
               for i in answers(inner, SnapshotCache())[1].introductions)
    # the company's staff goes to another one; someone who worked there leaves the notebook
    inner.merge_companies("c:gme", "c:joliette-conseil")
    inner.delete_person(inner.employees("c:azur-telecom")[0].person)
    assert from_kept_staff(store, cache) == read_each_time(inner)


def test_a_write_after_the_staff_was_read_is_seen_by_the_next_search(inner: GraphStore) -> None:
    """The kept staff is of one version: a search after any write reads again."""
    load_demo(inner, "fr")
    cache, store = SnapshotCache(staff_for=EVERY_STORE), CountingStore(inner)
    before = from_kept_staff(store, cache)
    gone = before[0].introductions[0].target.id
    inner.delete_person(gone)
    after = answers(store, cache)
    assert all(i.target.id != gone for i in after[0].introductions)
    assert after == read_each_time(inner)


def test_a_companys_first_warm_search_on_neo4j_is_one_round_trip(neo4j: GraphStore) -> None:
    """With every company's staff kept (the default on Neo4j), a company searched for the
    first time needs only the cards' read, which brings the version it is checked against
    (without: three, ``tests/test_consistent_reads.py``)."""
    load_demo(neo4j, "fr")
    cache = SnapshotCache()
    find_paths(neo4j, "c:gme", cache=cache)
    find_paths(neo4j, "c:gme", cache=cache)
    cache.staff.wait()
    trips = round_trips(neo4j)
    find_paths(neo4j, "c:phocee-logistique", cache=cache)
    find_paths(neo4j, "c:phocee-logistique", role="communication", cache=cache)
    assert sum(trips.values()) == 2, trips
