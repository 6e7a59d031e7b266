"""``copy_store`` into each store. Into an empty store Neo4j creates rather than upserts
(``GraphStore.save_new``): the copy must give exactly what the checked copy gives, and fall back
to the checked upserts whenever the store holds anything else: data it held before, a copy cut
short and run again, another writer meanwhile. None of these may leave a duplicate tie or job.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from graph.core.errors import DataRejected
from graph.core.model import Event, GraphData, Knows, Person, Review
from graph.services.export import write_export
from graph.stores.opening import copy_store
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.conftest import small_graph

BATCH = 60  # records per transaction: a copy of ``source_data`` is some 20 of them


def source_data(n: int = 200, seed: int = 3) -> GraphData:
    """The small graph (referrals, intros, jobs, members) and ``n`` more people with ~4 ties
    each, history events, a review and a target company: a record of every kind."""
    data = small_graph()
    rng = random.Random(seed)
    data.people += [Person(f"p:{i:04d}", f"Personne {i}", tags=("copie",) * (i % 2))
                    for i in range(n)]
    ids = [p.id for p in data.people]
    pairs = {tuple(sorted(rng.sample(ids, 2))) for _ in range(n * 4)}
    known = {(k.a, k.b) for k in data.knows}
    data.knows += [Knows(a, b, rng.choice([None, 1, 3, 5]), None, "2026-01-15",
                         rng.randint(0, 5), "", rng.choice(["manual", "linkedin"]))
                   for a, b in sorted(pairs) if (a, b) not in known]
    data.events = [Event("r:1", "noted", "2026-10-02"), Event("i:1", "asked", "2026-11-10")]
    data.reviews = [Review("v:1", "p:0001", "p:0003", 0.8, "même nom")]
    data.targets = ["c:gme"]
    return data


def source_store(tmp_path: Path, data: GraphData | None = None,
                 name: str = "source.db") -> SqliteStore:
    source = SqliteStore(tmp_path / name)
    source.save(data or source_data())
    return source


def export_of(store: GraphStore, tmp_path: Path, name: str) -> bytes:
    """What ``carnet export`` writes for the store."""
    write_export(tmp_path / name, store, "carnet")
    return (tmp_path / name).read_bytes()


def assert_no_duplicates(store: GraphStore) -> None:
    pairs = [(k.a, k.b) for k in store.edges()]
    jobs = [(j.person, j.company, j.title) for j in store.dump(ties=False).jobs]
    assert (len(pairs), len(jobs)) == (len(set(pairs)), len(set(jobs)))
    assert (store.counts().knows, store.counts().jobs) == (len(pairs), len(jobs))


def test_a_copy_into_an_empty_store_gives_what_the_checked_copy_gives(
        store: GraphStore, tmp_path: Path) -> None:
    source = source_store(tmp_path)
    written = copy_store(source, store, batch=BATCH)
    assert export_of(store, tmp_path, "copy.json") == export_of(source, tmp_path, "source.json")
    assert_no_duplicates(store)
    # The checked copy of the same source into it (it holds data now) changes nothing at all.
    version = store.graph_version()
    assert copy_store(source, store, batch=BATCH) == written
    assert store.graph_version() == version
    assert export_of(store, tmp_path, "again.json") == export_of(source, tmp_path, "source.json")


def test_save_new_creates_only_while_the_store_holds_nothing_but_the_copy(
        store: GraphStore) -> None:
    data = small_graph()
    on_neo4j = store.kind == "neo4j"  # (SQLite always upserts)
    after = store.save_new(GraphData(people=data.people), None)
    assert after == (store.graph_version() if on_neo4j else None)
    after = store.save_new(GraphData(knows=data.knows[:1]), after)
    assert after == (store.graph_version() if on_neo4j else None)
    # Someone else writes a tie of the copy's next batch: the copy must upsert it.
    store.save(GraphData(knows=data.knows[1:2]))
    assert store.save_new(GraphData(knows=data.knows[1:]), after) is None
    # A store that holds data before the copy's first batch: upserted too.
    assert store.save_new(GraphData(knows=data.knows), None) is None
    assert sorted(store.edges(), key=lambda k: (k.a, k.b)) == sorted(
        data.knows, key=lambda k: (k.a, k.b))
    assert_no_duplicates(store)


def test_a_copy_into_a_store_with_data_merges_without_duplicates(
        store: GraphStore, tmp_path: Path) -> None:
    data = source_data()
    tie = data.knows[10]
    store.save(GraphData(
        people=[Person("p:autre", "Quelqu'un d'autre"), Person(tie.a, "Ancien nom"),
                Person(tie.b, "Autre ancien nom")],
        knows=[Knows(tie.a, tie.b, 1, None, None, 99, "avant", "vcard"),
               Knows(tie.a, "p:autre", 2)]))
    copy_store(source_store(tmp_path, data), store, batch=BATCH)
    assert_no_duplicates(store)
    held = {(k.a, k.b): k for k in store.edges()}
    assert held == {**{(k.a, k.b): k for k in data.knows},
                    (min(tie.a, "p:autre"), max(tie.a, "p:autre")): Knows(tie.a, "p:autre", 2)}
    assert store.get_person(tie.a).name == next(p.name for p in data.people if p.id == tie.a)
    assert store.counts().people == len(data.people) + 1


def test_a_copy_cut_short_and_run_again_finishes_without_duplicates(
        store: GraphStore, tmp_path: Path) -> None:
    """A copy stopped after some batches left them written (each its own transaction): what a
    copy of the first part of the source leaves. Run again whole, it finishes the job."""
    data = source_data()
    first_part = GraphData(people=data.people, knows=data.knows[:len(data.knows) // 2])
    copy_store(source_store(tmp_path, first_part, "part.db"), store, batch=BATCH)
    source = source_store(tmp_path, data)
    copy_store(source, store, batch=BATCH)
    assert_no_duplicates(store)
    assert export_of(store, tmp_path, "copy.json") == export_of(source, tmp_path, "source.json")


def test_another_writer_during_the_copy_leaves_no_duplicate(
        store: GraphStore, tmp_path: Path) -> None:
    """While the copy runs, another writer saves, with the same people and values, ties the
    copy is about to write: had the copy gone on creating, each would be there twice."""
    data = source_data()
    source = source_store(tmp_path, data)
    people = {p.id: p for p in data.people}
    wrote: list[int] = []

    def other_writer() -> None:
        while not store.counts().people:  # (the copy has begun: its first batch is in)
            time.sleep(0.01)
        for tie in data.knows[-40:]:
            store.save(GraphData(people=[people[tie.a], people[tie.b]], knows=[tie]))
            wrote.append(1)
    writer = threading.Thread(target=other_writer)
    writer.start()
    copy_store(source, store, batch=BATCH // 3)
    writer.join(timeout=120)
    assert len(wrote) == 40
    assert_no_duplicates(store)
    assert export_of(store, tmp_path, "copy.json") == export_of(source, tmp_path, "source.json")


def test_a_tie_to_someone_missing_is_refused_on_the_fast_path_too(store: GraphStore) -> None:
    data = small_graph()
    after = store.save_new(GraphData(people=data.people), None)
    stray = Knows("p:isabelle", "p:personne")
    with pytest.raises(DataRejected):
        store.save_new(GraphData(knows=[*data.knows, stray]), after)
    assert store.counts().knows == 0  # (nothing of the batch: it is one transaction)
