"""Reads a search repeats at one graph version (``GraphStore.consistent_reads``): on Neo4j a
warm search is one round trip, and never shows anything older than a fresh read would."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from graph.core.model import GraphData
from graph.services.demo import load_demo
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths
from graph.stores.opening import open_store
from graph.stores.port import GraphStore
from tests.test_concurrent_edits import where


def test_a_search_sees_a_write_made_elsewhere_since_the_last_one(
        store: GraphStore, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads a search repeats at one graph version may be answered from the last search's (on
    Neo4j), but a write through any other handle moves the version: nothing stale is shown."""
    load_demo(store, "fr")
    cache = SnapshotCache()
    first = find_paths(store, "c:gme", cache=cache)
    assert find_paths(store, "c:gme", cache=cache) == first
    url, env = where(store, request) if store.location != ":memory:" else ("", {})
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    other = open_store(url) if url else store
    introducer = other.get_person(first.asks[0].introducer.id)
    other.update_person(introducer, replace(introducer, name="Véronique Renommée"))
    names = [i.introducer.name for i in find_paths(store, "c:gme", cache=cache).asks]
    assert names[0] == "Véronique Renommée", names


def round_trips(neo4j: GraphStore) -> Counter[str]:
    """From now on, the Neo4j store's round trips (``Reads._run``: one each), by statement."""
    trips, run = Counter[str](), neo4j._reads._run  # type: ignore[attr-defined]

    def counted(statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        trips[statement] += 1
        return run(statement, params)  # type: ignore[no-any-return]
    neo4j._reads._run = counted  # type: ignore[attr-defined]
    return trips


def test_a_warm_search_on_neo4j_is_one_round_trip(neo4j: GraphStore) -> None:
    """The same search again: one round trip (the company, with the version). Another
    company's first search, the snapshot warm: three (the company with the version, its
    staff, then the cards' people with their ties)."""
    load_demo(neo4j, "fr")
    # (without every company's staff kept: tests/test_staff.py)
    cache = SnapshotCache(staff_for=frozenset())
    find_paths(neo4j, "c:gme", cache=cache)
    trips = round_trips(neo4j)
    find_paths(neo4j, "c:gme", cache=cache)
    assert sum(trips.values()) == 1, trips
    neo4j.save(GraphData())  # (no change: the version stays, the reads are still good)
    find_paths(neo4j, "c:gme", cache=cache)
    assert sum(trips.values()) == 2, trips
    find_paths(neo4j, "c:phocee-logistique", cache=cache)
    assert sum(trips.values()) == 5, trips
