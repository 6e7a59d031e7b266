"""The snapshot kept on disk beside a SQLite store: a new process (a new ``SnapshotCache``)
finds it instead of reading the store, and its answer is always the one a fresh build gives
(after writes, on another day, with a damaged file, with another file in the store's place).
On Neo4j nothing is kept on disk, and the answers are the same."""

from __future__ import annotations

import random
import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from graph.core.model import GraphData, IntroRequest, Knows, Person, Referral
from graph.core.snapshot import Snapshot
from graph.services import snapshot_file
from graph.services.demo import load_demo
from graph.services.snapshot_carry import folder_for
from graph.services.snapshots import SnapshotCache, read_snapshot, wait_for_saves
from graph.services.warmpaths import find_paths, to_json
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import run_in_process
from tests.graphs import count_builds

TODAY = date(2026, 11, 22)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the snapshots read from a store (a hit on disk reads none)."""
    return count_builds(monkeypatch)


def persists(store: GraphStore) -> bool:
    return isinstance(store, SqliteStore) and store.location != ":memory:"


def assert_same(found: Snapshot, fresh: Snapshot) -> None:
    assert found.people == fresh.people
    for name in ("indptr", "indices", "cost"):
        assert np.array_equal(getattr(found, name), getattr(fresh, name)), name
        assert getattr(found, name).dtype == getattr(fresh, name).dtype
    assert found.intro_cost == fresh.intro_cost
    assert (found.intro_default, found.members) == (fresh.intro_default, fresh.members)
    assert (found.version, found.today) == (fresh.version, fresh.today)


def new_process(store: GraphStore, today: date = TODAY) -> Snapshot:
    """What the next ``carnet`` process gets (a cache of its own, empty)."""
    return SnapshotCache().get(store, today)


def test_the_next_process_maps_the_saved_snapshot_and_answers_the_same(
        store: GraphStore, builds: list[int]) -> None:
    load_demo(store, "fr")
    first = find_paths(store, "GME", today=TODAY, cache=SnapshotCache())
    assert builds == [1]
    again = find_paths(store, "GME", today=TODAY, cache=SnapshotCache())
    assert builds == ([1] if persists(store) else [1, 1])  # found on disk: no read
    assert to_json(again) == to_json(first)
    assert_same(new_process(store), read_snapshot(store, TODAY))
    folder = folder_for(store.location)
    if persists(store):
        assert folder is not None
        assert [p.name for p in folder.iterdir()] == [
            snapshot_file.key_for(store, TODAY).name]  # type: ignore[union-attr]
        assert isinstance(new_process(store).cost.base, np.memmap)  # mapped, not read
    else:
        assert folder is None or not folder.exists()


def test_a_write_or_a_new_day_is_a_new_snapshot(store: GraphStore, builds: list[int]) -> None:
    load_demo(store, "fr")
    app = SnapshotCache()  # a long-lived process (the app) meets the same writes
    new_process(store)
    store.save(GraphData(knows=[Knows("p:isabelle-prigent", "p:sophie-lambert", 5,
                                      last_contact="2026-11-20")]))
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert_same(app.get(store, TODAY), read_snapshot(store, TODAY))
    tomorrow = TODAY + timedelta(days=1)
    assert_same(new_process(store, tomorrow), read_snapshot(store, tomorrow))
    builds.clear()
    assert_same(new_process(store, tomorrow), read_snapshot(store, tomorrow))
    assert len(builds) == (0 if persists(store) else 1)


def damaged(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()]


@pytest.mark.parametrize("damage", ["truncated", "empty", "garbage meta", "other key",
                                    "swapped arrays", "index out of range", "ids cut short",
                                    "ids of another snapshot"])
def test_a_damaged_file_is_ignored_and_rebuilt(tmp_path: Path, damage: str,
                                               builds: list[int]) -> None:
    store = SqliteStore(tmp_path / "carnet.db")
    load_demo(store, "fr")
    new_process(store)
    folder = folder_for(store.location)
    assert folder is not None
    [saved] = folder.iterdir()
    if damage == "truncated":
        data = (saved / "cost.npy").read_bytes()
        (saved / "cost.npy").write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        (saved / "indices.npy").write_bytes(b"")
    elif damage == "garbage meta":
        (saved / "meta.json").write_text("{not json", encoding="utf-8")
    elif damage == "other key":  # e.g. a folder copied from another store's snapshots
        meta = (saved / "meta.json").read_text(encoding="utf-8")
        (saved / "meta.json").write_text(meta.replace('"version": ', '"version": 1'),
                                         encoding="utf-8")
    elif damage == "swapped arrays":
        np.save(saved / "indptr.npy", np.zeros(3, dtype=np.int64))
    elif damage == "ids cut short":
        blob = np.load(saved / "id_bytes.npy")
        np.save(saved / "id_bytes.npy", blob[: len(blob) // 2])
    elif damage == "ids of another snapshot":  # one id fewer, its bytes dropped
        offsets = np.load(saved / "id_offsets.npy")
        np.save(saved / "id_offsets.npy", offsets[:-1])
        np.save(saved / "id_bytes.npy", np.load(saved / "id_bytes.npy")[: offsets[-2]])
    else:
        indices = np.load(saved / "indices.npy")
        indices[0] = len(store.dump(ties=False).people)
        np.save(saved / "indices.npy", indices)
    builds.clear()
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert len(builds) == 1  # rebuilt, not trusted
    builds.clear()
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert builds == []  # … and saved whole again


def test_another_file_in_the_stores_place_is_not_trusted(tmp_path: Path) -> None:
    """A backup copied over the store can have the same graph_version: the stamp its last
    write drew tells it apart."""
    path, other = tmp_path / "carnet.db", tmp_path / "other.db"
    for where, closeness in ((path, 1), (other, 5)):
        one = SqliteStore(where)
        one.save(GraphData(members=["p:a"], people=[Person("p:a", "A"), Person("p:b", "B")],
                           knows=[Knows("p:a", "p:b", closeness)]))
        one.close()
    store = SqliteStore(path)
    before = new_process(store)
    store.close()
    shutil.copyfile(other, path)  # same inode, other content, same version
    store = SqliteStore(path)
    assert store.graph_version() == before.version
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert not np.array_equal(new_process(store).cost, before.cost)


def test_the_saved_snapshot_outlives_the_process_that_wrote(tmp_path: Path,
                                                            builds: list[int]) -> None:
    """The app writes (its snapshot patched, then saved), then stops: closing the store
    folds SQLite's log into the file. The next process maps that snapshot all the same."""
    path = tmp_path / "carnet.db"
    store = SqliteStore(path)
    load_demo(store, "fr")
    app = SnapshotCache()
    app.get(store, TODAY)
    store.save(GraphData(people=[Person("p:new", "Nouvelle")], referrals=[
        Referral("r:new", "p:noemie-fabre", "p:new", "p:isabelle-prigent")]))
    app.get(store, TODAY)
    wait_for_saves()
    store.close()
    builds.clear()
    store = SqliteStore(path)
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert builds == []
    store.close()


def test_another_carnet_rebuilds_what_the_old_one_saved(
        tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqliteStore(tmp_path / "carnet.db")
    load_demo(store, "fr")
    new_process(store)
    monkeypatch.setattr(snapshot_file, "code_digest", lambda: "an upgraded Carnet")
    builds.clear()
    assert_same(new_process(store), read_snapshot(store, TODAY))
    assert builds == [1]
    folder = folder_for(store.location)
    assert folder is not None and len(list(folder.iterdir())) == 1  # the old one is gone


def test_processes_that_build_at_once_all_get_a_whole_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "carnet.db"
    first = SqliteStore(path)
    load_demo(first, "fr")
    fresh = read_snapshot(first, TODAY)
    found: list[Snapshot] = []
    failed: list[BaseException] = []

    def one_process() -> None:
        try:
            store = SqliteStore(path)
            for _ in range(5):
                found.append(new_process(store))
        except BaseException as exc:  # said below, not lost in the thread
            failed.append(exc)
    workers = [threading.Thread(target=one_process) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert failed == []
    assert len(found) == 20
    for snap in found:
        assert_same(snap, fresh)
    assert len(damaged(Path(f"{path}.snapshot"))) == 1  # one key, no temporary folder left


def random_write(store: GraphStore, rng: random.Random, n: int) -> None:
    people = sorted(p.id for p in store.dump(ties=False).people)
    a, b = rng.sample(people, 2)
    kind = rng.choice(["tie", "closeness", "referral", "intro", "delete"])
    if kind in ("tie", "closeness"):
        store.save(GraphData(knows=[Knows(a, b, rng.randint(1, 5),
                                          last_contact=f"2026-{rng.randint(1, 11):02d}-10")]))
    elif kind == "referral":
        store.save(GraphData(referrals=[Referral(f"r:bench{n}", a, b, store.members()[0],
                                                 offered_intro=rng.random() < 0.5,
                                                 date="2026-10-01")]))
    elif kind == "intro":
        store.save(GraphData(intros=[IntroRequest(f"i:bench{n}", store.members()[0], a, b,
                                                  status=rng.choice(["asked", "accepted"]),
                                                  asked_on="2026-09-01")]))
    elif a not in store.members():
        store.delete_person(a)


@pytest.mark.parametrize("seed", range(4))
def test_after_any_writes_the_saved_snapshot_is_a_fresh_build(store: GraphStore,
                                                              seed: int) -> None:
    load_demo(store, "fr")
    rng, app = random.Random(seed), SnapshotCache()
    for n in range(6):
        random_write(store, rng, n)
        fresh = read_snapshot(store, TODAY)
        assert_same(new_process(store), fresh)
        assert_same(new_process(store), fresh)  # (from disk where there is one)
        assert_same(app.get(store, TODAY), fresh)


def test_a_command_that_writes_carries_its_writes_into_the_saved_snapshot(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, builds: list[int]) -> None:
    """``carnet referral add`` then ``carnet paths``, or the app open meanwhile: they map the
    snapshot the command patched and saved (``snapshot_carry``), the one a full build gives."""
    carnet, db = run_in_process(capsys), tmp_path / "carnet.db"
    assert carnet("--db", db, "demo").code == 0
    assert carnet("--db", db, "paths", "--to", "GME").code == 0  # (saves the snapshot)
    app, app_cache, today = SqliteStore(db), SnapshotCache(), date.today()
    app_cache.get(app, today)
    writes = [
        ["referral", "add", "--from", "Noémie Fabre", "--to", "Jeanne Nouvelle",
         "--company", "GME", "--role", "Chargée de communication", "--offered-intro"],
        ["intro", "ask", "--via", "Noémie Fabre", "--to", "Jeanne Nouvelle"],
        ["people", "delete", "Jeanne Nouvelle", "--yes"],
    ]
    for write in writes:
        builds.clear()
        assert carnet("--db", db, *write).code == 0, write
        assert carnet("--db", db, "paths", "--to", "GME", "--json").code == 0
        assert_same(app_cache.get(app, today), read_snapshot(app, today))
        assert builds == [], write  # neither the write, the search nor the app read every tie
        assert_same(new_process(app, today), read_snapshot(app, today))
    app.close()


def test_a_command_that_only_reads_leaves_the_saved_snapshot_as_it_was(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    carnet, db = run_in_process(capsys), tmp_path / "carnet.db"
    carnet("--db", db, "demo")
    carnet("--db", db, "paths", "--to", "GME")
    folder = folder_for(str(db))
    assert folder is not None
    saved = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    for read in (["people", "search", "noemie"], ["followups"], ["paths", "--to", "GME"]):
        carnet("--db", db, *read)
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == saved
