"""After a few writes made by this process, the cached snapshot is patched (only the touched
rows rewritten), not rebuilt, and the patched snapshot is exactly a fresh full build: same
people, arrays (order within rows included), members, introducer costs, and the same paths.
Random write sequences on both stores; writes from elsewhere fall back to a full build; the
snapshot saved beside a SQLite file after a patch is the new version's."""

from __future__ import annotations

import itertools
from contextlib import suppress
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.core.errors import CarnetError
from graph.core.model import GraphData, IntroRequest, Knows, Person
from graph.services.demo import ME, load_demo
from graph.services.lookup import counts_now
from graph.services.referrals import record_referral
from graph.services.snapshots import SnapshotCache, read_snapshot, wait_for_saves
from graph.services.warmpaths import find_paths, to_json
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.graphs import count_builds
from tests.test_snapshot_file import assert_same, new_process, persists

TODAY = date(2026, 11, 22)
KINDS = ("tie", "closeness", "referral", "referral_new", "intro", "import", "merge", "undo",
         "delete", "edit", "delete_company")
Write = tuple[str, int, int, int, bool]
writes = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 10**6),
                            st.integers(0, 10**6), st.integers(0, 5), st.booleans()),
                  min_size=1, max_size=6)
fresh_ids = itertools.count()


def write(store: GraphStore, people: list[str], merges: list[str], op: Write) -> None:
    """One write of the kind the app and the CLI make, on people of the store."""
    kind, i, j, k, flag = op
    others = [p for p in people if p != ME]
    a, b = others[i % len(others)], others[j % len(others)]
    if kind == "tie" and a != b:  # a new tie, or a tie changed whole
        store.save(GraphData(knows=[Knows(min(a, b), max(a, b), k or None,
                                          last_contact=f"2026-{k + 1:02d}-10",
                                          interactions=i % 4, source="manual")]))
    elif kind == "closeness":  # the closeness of one of a's ties edited
        ties = store.ties_of(a)
        if ties:
            tie = ties[j % len(ties)]
            store.save(GraphData(knows=[replace(tie, closeness=k or None)]))
    elif kind in ("referral", "referral_new") and a != b:
        referee = (Person(f"p:new-{next(fresh_ids)}", "Nouvelle Personne")
                   if kind == "referral_new" else store.get_person(b))
        record_referral(store, referrer=store.get_person(a), referee=referee, member=ME,
                        offered_intro=flag, on=date(2026, 1 + k, 3))
    elif kind == "intro" and a != b:
        store.save(GraphData(intros=[IntroRequest(
            f"i:patch-{i}-{j}", ME, a, b, status=("asked", "accepted", "declined",
                                                  "introduced", "met", "asked")[k],
            asked_on="2026-09-01", updated_on="2026-10-01" if flag else None)]))
    elif kind == "import":  # ten new contacts of the member, as an import writes them
        batch = [Person(f"p:imp-{next(fresh_ids)}", f"Contact {n}") for n in range(10)]
        store.save(GraphData(people=batch, knows=[
            Knows(min(ME, p.id), max(ME, p.id), source="linkedin", since="2025-05-01")
            for p in batch]))
    elif kind == "merge" and a != b:
        merges.append(store.merge_people(a, b))
    elif kind == "undo" and merges:
        store.undo_merge(merges.pop())
    elif kind == "delete":
        store.delete_person(a)
    elif kind == "edit":  # a person's notes: the version moves, the snapshot does not
        person = store.get_person(a)
        store.update_person(person, replace(person, notes=person.notes + " !"))
    elif kind == "delete_company":
        found = [c for c in store.search_companies("a", limit=50) if c.id != "c:gme"]
        if found:  # (GME stays: the paths to it are compared at the end)
            store.delete_company(found[i % len(found)].id)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=writes)
def test_a_patched_snapshot_is_exactly_a_full_build(store: GraphStore, ops: list[Write],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    load_demo(store, "fr")  # (once: the examples go on from where the last one left off)
    app = SnapshotCache()  # the app's process, with its snapshot built
    people = list(app.get(store, TODAY).people)
    with monkeypatch.context() as patching:
        builds = count_builds(patching)
        merges: list[str] = []
        for op in ops:
            with suppress(CarnetError):  # (a merge undone after a delete, …: refused, fine)
                write(store, people, merges, op)
            patched = app.get(store, TODAY)
            assert builds == []  # patched, not read again
            fresh = read_snapshot(store, TODAY)  # (the module's own: not counted)
            assert_same(patched, fresh)
            people = list(fresh.people)
    answer = to_json(find_paths(store, "GME", today=TODAY, cache=app))
    assert answer == to_json(find_paths(store, "GME", today=TODAY, cache=SnapshotCache()))


def test_a_write_by_another_process_means_a_full_build(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    load_demo(store, "fr")
    app = SnapshotCache()
    app.get(store, TODAY)
    builds = count_builds(monkeypatch)
    other = (SqliteStore(store.location) if persists(store) else None)
    (other or store).save(GraphData(knows=[Knows("p:thomas-giraud", "p:veronique-bastide", 5,
                                                 interactions=17)]))
    if other is None:  # (one store object: it forgets what it logged, as if another wrote)
        store._changes = type(store._changes)()  # type: ignore[attr-defined]
    assert_same(app.get(store, TODAY), read_snapshot(store, TODAY))
    assert builds == [1]  # the log could not patch: the app read the store again
    if other is not None:
        other.close()


def test_a_save_lists_what_it_touched_until_it_is_too_big_to(store: GraphStore) -> None:
    """A save's people and ties are listed for the patch; past ``MOST_TOUCHED`` (an import
    of thousands) the write is "unknown", and the next snapshot is built whole."""
    from graph.stores.changes import MOST_TOUCHED

    few = [Person(f"p:few-{n}", f"Few {n}") for n in range(3)]
    before = store.graph_version()
    store.save(GraphData(people=few, knows=[Knows("p:few-0", "p:few-2", 3)]))
    touched = store.changed_since(before, store.graph_version())
    assert touched is not None
    assert (touched.people, touched.ties) == ({"p:few-0", "p:few-1", "p:few-2"},
                                              {("p:few-0", "p:few-2")})
    many = [Person(f"p:many-{n:05d}", f"Many {n}") for n in range(MOST_TOUCHED + 1)]
    before = store.graph_version()
    store.save(GraphData(people=many, knows=[Knows("p:few-0", "p:many-00000", 2)]))
    assert store.changed_since(before, store.graph_version()) is None


def test_after_a_patch_the_saved_snapshot_is_the_new_versions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqliteStore(tmp_path / "carnet.db")  # (only a SQLite file keeps one beside it)
    load_demo(store, "fr")
    app = SnapshotCache()
    app.get(store, TODAY)
    builds = count_builds(monkeypatch)
    record_referral(store, referrer=store.get_person("p:veronique-bastide"),
                    referee=Person("p:new-saved", "Nadia Nouvelle"), member=ME,
                    offered_intro=True, on=date(2026, 11, 20))
    patched = app.get(store, TODAY)
    wait_for_saves()
    assert builds == []
    found = new_process(store)
    assert builds == []  # mapped from the folder saved after the patch
    assert_same(found, patched)
    assert_same(found, read_snapshot(store, TODAY))
    store.close()


def test_pages_count_the_notebook_again_only_after_a_write(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    load_demo(store, "fr")
    counted: list[int] = []
    count = type(store).counts
    monkeypatch.setattr(type(store), "counts",
                        lambda self: counted.append(1) or count(self))  # type: ignore[func-returns-value]
    first = counts_now(store)
    assert counts_now(store) == first
    assert counted == [1]  # the second page counted nothing
    store.save(GraphData(people=[Person("p:zoe-comptee", "Zoé Comptée")]))
    assert counts_now(store).people == first.people + 1
    assert counted == [1, 1]
