"""Stores made by every released schema, by the code of the time (``tests/data/stores``, made
by ``scripts/make-store-fixtures``), open with today's code: nothing lost, every command works."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from graph.core.errors import StoreUnavailable
from graph.formats.interchange import document_data, to_document
from graph.stores.sql import MIGRATIONS
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import run_in_process
from tests.keyed import assert_keyed_ties_match

STORES = Path(__file__).parent / "data" / "stores"
FIXTURES = ["schema1", "schema2", "schema3a", "schema3b", "schema5", "schema6"]
ASKED_TODAY = "i:p-pierre-castagnet-a2082285"  # asked and accepted on the same day


def opened(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / f"{name}.db"
    shutil.copyfile(STORES / f"{name}.db", copy)
    return copy


@pytest.mark.parametrize("name", FIXTURES)
def test_old_store_opens_with_nothing_lost(tmp_path: Path, name: str) -> None:
    store = SqliteStore(opened(tmp_path, name))
    then = to_document(document_data(json.loads((STORES / f"{name}.json").read_text("utf-8"))))
    now = to_document(store.dump())
    then_history, now_history = then.pop("history", []), now.pop("history", [])
    assert now == then
    # Schema 3's first form kept no order between steps of one day: repaired in lifecycle order
    assert sorted(map(str, now_history)) == sorted(map(str, then_history))
    if name.startswith(("schema3", "schema5", "schema6")):
        assert [e.status for e in store.events(ASKED_TODAY)] == ["asked", "accepted"]
    (version,) = store._db.execute("PRAGMA user_version").fetchone()
    assert version == len(MIGRATIONS)
    store.close()


@pytest.mark.parametrize("name", FIXTURES)
def test_every_command_works_on_an_old_store(tmp_path: Path, name: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    run, db = run_in_process(capsys), opened(tmp_path, name)
    data = Path(__file__).parent / "data"
    commands = [
        ("followups",), ("followups", "--json"), ("people", "search", "Solène"),
        ("paths", "--to", "Calanques Digital"), ("review",),
        ("referral", "add", "--from", "Sophie Lambert", "--to", "Pierre Castagnet"),
        ("intro", "ask", "--via", "Sophie Lambert", "--to", "Pierre Castagnet"),
        ("import", data / "google-contacts.csv", "--me", "Isabelle Prigent"),
        ("export", tmp_path / "out.json"), ("export", tmp_path / "out.csv"),
        ("copy", "--to", tmp_path / "copy.db"),
    ]
    for command in commands:
        result = run("--db", db, *command)
        assert result.code == 0, (command, result.err)
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["format"] == "carnet"


@pytest.mark.parametrize("name", FIXTURES[:-1])  # (before schema 6)
def test_an_old_stores_ties_are_keyed_by_integers_once_opened(tmp_path: Path, name: str) -> None:
    """Schema 6 gives each person a key and each tie its integer columns, from the text
    ones: the snapshot's columns are those the old read gave, byte for byte."""
    path = opened(tmp_path, name)
    with sqlite3.connect(path) as db:  # (before: ties by text only)
        columns = [row[1] for row in db.execute("PRAGMA table_info(knows)")]
        assert "a_num" not in columns
    store = SqliteStore(path)
    assert store.counts().knows > 100
    assert_keyed_ties_match(store)
    store.close()


def test_a_schema_6_store_gains_other_names_and_keeps_everything(tmp_path: Path) -> None:
    """Schema 7 gives each person a list of other names, empty at first: nothing else
    changes (each person's search key too); other names are then written, kept and found."""
    path = opened(tmp_path, "schema6")
    with sqlite3.connect(path) as db:
        assert "aliases" not in [row[1] for row in db.execute("PRAGMA table_info(person)")]
        keys_before = db.execute("SELECT id, name_key, search_key, num FROM person").fetchall()
    store = SqliteStore(path)
    assert store._db.execute("PRAGMA user_version").fetchone() == (7,)
    assert {p.aliases for p in store.dump(ties=False).people} == {()}
    assert store._db.execute("SELECT id, name_key, search_key, num FROM person"
                             ).fetchall() == keys_before
    (sophie,) = store.search_people("Sophie Lambert")
    store.update_person(sophie, replace(sophie, aliases=("Sophie Garnier",)))
    store.close()
    store = SqliteStore(path)
    assert [p.id for p in store.search_people("garnier")] == [sophie.id]
    assert store.get_person(sophie.id).aliases == ("Sophie Garnier",)
    store.close()


def test_a_migration_that_fails_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """All the migrations of one opening are one transaction: a failure half way (here a
    table in the way of schema 6's) leaves schema 5 whole, and says so in one line."""
    path = opened(tmp_path, "schema5")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE knows_keyed (x)")
    with pytest.raises(StoreUnavailable, match="knows_keyed already exists"):
        SqliteStore(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (5,)
        assert "num" not in [row[1] for row in db.execute("PRAGMA table_info(person)")]
        assert db.execute("SELECT count(*) FROM knows").fetchone()[0] > 100
        db.execute("DROP TABLE knows_keyed")
    store = SqliteStore(path)  # (the obstacle gone, it migrates)
    assert_keyed_ties_match(store)
    store.close()
