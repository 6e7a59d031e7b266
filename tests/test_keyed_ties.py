"""SQLite keeps each tie's ends, last-seen day and source as integers (schema 6), so that the
snapshot reads them with ``np.fromiter``: every kind of write keeps them true to the text
columns (``tests/keyed.py``), a copy and a backup too. (A part of the SQLite adapter only:
Neo4j's snapshot is read from Cypher, unchanged.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph.core.model import GraphData, Knows, Person
from graph.core.ties import columns_table, day_number
from graph.services.demo import load_demo
from graph.stores.opening import copy_store
from graph.stores.sqlite_store import SqliteStore
from tests.keyed import assert_keyed_ties_match
from tests.test_snapshot_patch import KINDS, write


def test_every_kind_of_write_keeps_the_integer_columns_true(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "carnet.db", create=True)
    load_demo(store, "fr")
    assert_keyed_ties_match(store)
    merges: list[str] = []
    for round_ in range(3):
        for n, kind in enumerate(KINDS):
            people = [row[0] for row in store._rows("SELECT id FROM person ORDER BY id")]
            write(store, people, merges, (kind, 7 * n + round_, 3 * n + 1, n % 6, n % 2 == 0))
            assert_keyed_ties_match(store)
    assert merges or store._rows("SELECT count(*) FROM merge_log WHERE undone_at IS NOT NULL")
    # A tie saved again with new dates and source, then with none and a source unknown here.
    a, b = sorted(row[0] for row in store._rows("SELECT id FROM person LIMIT 2"))
    for tie in (Knows(a, b, 2, "2019-02-28", "2024-02-29", 3, "", "google"),
                Knows(a, b, None, "2019-02-28", None, 0, "", "linkedin"),
                Knows(a, b, None, None, None, 0, "", "an unknown source")):
        store.save(GraphData(knows=[tie]))
        assert_keyed_ties_match(store)
    copy = SqliteStore(tmp_path / "copy.db", create=True)
    copy_store(store, copy, batch=50)
    assert_keyed_ties_match(copy)
    store.backup(tmp_path / "backup.db")  # (VACUUM INTO: the keys are columns, kept as they are)
    backup = SqliteStore(tmp_path / "backup.db")
    assert_keyed_ties_match(backup)
    for opened in (store, copy, backup):
        opened.close()


def test_a_person_deleted_and_made_again_gets_a_new_key_and_her_ties_follow(
        tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "carnet.db", create=True)
    store.save(GraphData(people=[Person("p:a", "A"), Person("p:b", "B"), Person("p:c", "C")],
                         knows=[Knows("p:a", "p:c", since="2026-01-01")]))
    store.delete_person("p:c")  # the largest key: a new person could be given it again
    store.save(GraphData(people=[Person("p:c", "C"), Person("p:d", "D")],
                         knows=[Knows("p:b", "p:c", since="2026-02-01"),
                                Knows("p:c", "p:d", last_contact="2026-03-01")]))
    keys = dict(store._rows("SELECT id, num FROM person"))
    assert len(set(keys.values())) == 4
    assert store._rows("SELECT a, b, a_num, b_num FROM knows ORDER BY a, b") == [
        ("p:b", "p:c", keys["p:b"], keys["p:c"]), ("p:c", "p:d", keys["p:c"], keys["p:d"])]
    assert_keyed_ties_match(store)
    store.close()


@pytest.mark.parametrize("iso", ["0001-01-01", "1970-01-01", "2024-02-29", "2026-11-22",
                                 "9999-12-31"])
def test_sql_numbers_a_day_as_python_does(iso: str) -> None:
    """What the migration computes in SQL for the ties already there is ``day_number``."""
    from graph.stores.sql import _DAY_NUMBER

    store = SqliteStore(":memory:")
    (number,) = store._rows(f"SELECT {_DAY_NUMBER} FROM (SELECT ? AS last_contact, "
                            "NULL AS since) AS k", (iso,))[0]
    assert number == day_number(iso) == date.fromisoformat(iso).toordinal()
    store.close()


@pytest.mark.parametrize("ids", [["p:b", "p:a", "p:é", "p:z"], ["p:a\x00", "p:a", "p:b\x00\x00"]])
def test_ties_given_as_columns_are_numbered_in_the_order_of_their_ids(ids: list[str]) -> None:
    """The Neo4j feed's ties (people found from the ties, by numpy) and its whole graph's
    (people given): each end is the node of its own id, trailing NULs included."""
    ends = [(ids[0], ids[1]), (ids[2], ids[0]), (ids[1], ids[2])]
    columns: dict[str, list[Any]] = {"a": [a for a, _ in ends], "b": [b for _, b in ends],
               "closeness": [3, None, 1], "source": ["vcard", "linkedin", "nowhere"],
               "last": ["2026-11-20", None, "2026-12-01"], "interactions": [None, 2, 0]}
    today = date(2026, 11, 27)
    for people in (None, sorted({*ids, "p:alone"})):
        table = columns_table(columns, today, people)
        assert table.people == (people or sorted({a for pair in ends for a in pair}))
        assert [(table.people[a], table.people[b]) for a, b in zip(table.a, table.b,
                                                                    strict=True)] == ends
        assert table.closeness.tolist() == [3, 0, 1]
        assert table.source.tolist() == [2, 1, 0]
        assert table.days.tolist() == [7, -1, 0]
        assert table.interactions.tolist() == [0, 2, 0]
