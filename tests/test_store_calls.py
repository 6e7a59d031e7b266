"""How often a warm-paths search calls the store (one call, one round trip on Neo4j),
counted around the real store, on both stores."""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph.services.demo import load_demo
from graph.services.lifecycle import ask_intro
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths
from graph.stores.port import GraphStore


class CountingStore:
    """The real store, counting the calls made to it (one call, one round trip on Neo4j)."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner, self.calls = inner, Counter[str]()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return attr(*args, **kwargs)
        return counted


def test_a_warm_search_reads_the_store_a_few_times_not_once_per_hop(store: GraphStore) -> None:
    load_demo(store, "fr")
    # (the search reads its company's staff: with every company's, tests/test_staff.py)
    counting, cache = CountingStore(store), SnapshotCache(staff_for=frozenset())
    find_paths(counting, "c:gme", cache=cache)
    counting.calls.clear()
    result = find_paths(counting, "c:gme", cache=cache)
    assert len(result.introductions) >= 5
    # at most 5: the version the reads are pinned to (consistent_reads; on Neo4j it comes
    # with the first read, and the other reads, made before at that version, are then
    # answered without a round trip), the company, its staff, the version, then everyone and
    # every tie the cards name in one read; members, referrals and intros come with the
    # snapshot; no count (Neo4j counts every tie by reading them)
    assert counting.calls == {"consistent_reads": 1, "get_company": 1, "employees": 1,
                              "graph_version": 1, "people_and_ties": 1}
    counting.calls.clear()
    again = find_paths(counting, result.company, cache=cache)  # the page has looked it up
    assert again == result
    assert sum(counting.calls.values()) == 4 and "get_company" not in counting.calls


def test_a_write_between_two_searches_is_seen_by_the_second(store: GraphStore) -> None:
    """Referrals and intros are read once per snapshot: a write makes a new one."""
    load_demo(store, "fr")
    cache = SnapshotCache()
    before = find_paths(store, "c:gme", cache=cache)
    first = before.asks[0]
    member = before.introductions[0].path[0].id
    elsewhere = store.employees("c:phocee-logistique")[0].person
    ask_intro(store, requester=member, introducer=first.introducer.id, target=elsewhere,
              company="c:phocee-logistique")
    after = find_paths(store, "c:gme", cache=cache)
    card = next(i for i in after.introductions if i.introducer == first.introducer)
    assert card.score < first.score  # an ask waiting elsewhere weighs on its introducer
