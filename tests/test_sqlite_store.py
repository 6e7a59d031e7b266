"""What only the SQLite store has: its file settings, schema versions and concurrent writers."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from graph.core.errors import StoreUnavailable
from graph.core.model import GraphData, Knows, Person
from graph.stores.opening import default_db_path, open_store, store_url
from graph.stores.sql import MIGRATIONS
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import run_in_process
from tests.conftest import small_graph


def test_file_is_wal_with_full_sync_and_the_current_schema(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    assert store._rows("PRAGMA journal_mode") == [("wal",)]
    assert store._rows("PRAGMA synchronous") == [(2,)]  # FULL
    assert store._rows("PRAGMA foreign_keys") == [(1,)]
    assert store._rows("PRAGMA user_version") == [(len(MIGRATIONS),)]
    store.close()


def test_a_database_from_a_newer_carnet_is_refused(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "c.db").close()
    with sqlite3.connect(tmp_path / "c.db") as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreUnavailable, match="made by a newer Carnet"):
        SqliteStore(tmp_path / "c.db")


def test_two_writers_lose_nothing(tmp_path: Path) -> None:
    """Separate connections writing at once: every write lands (BEGIN IMMEDIATE + timeout)."""
    path = tmp_path / "c.db"
    SqliteStore(path).save(GraphData(people=[Person("p:hub", "Hub")]))

    def write(prefix: str) -> None:
        store = SqliteStore(path)
        for n in range(150):
            pid = f"p:{prefix}{n}"
            store.save(GraphData(people=[Person(pid, pid)], knows=[Knows("p:hub", pid)]))
        store.close()

    threads = [threading.Thread(target=write, args=(p,)) for p in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store = SqliteStore(path)
    assert store.counts().knows == 300
    assert store.graph_version() == 301
    store.close()


def test_store_url_prefers_flag_then_carnet_db_then_neo4j_uri(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CARNET_DB", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert store_url() == str(default_db_path())
    monkeypatch.setenv("NEO4J_URI", "neo4j://graph.example:7687")
    assert store_url() == "neo4j://graph.example:7687"
    monkeypatch.setenv("CARNET_DB", "/data/carnet.db")
    assert store_url() == "/data/carnet.db"
    assert store_url("/flag.db") == "/flag.db"


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    store.save(small_graph())
    version, data = store.graph_version(), store.dump()
    store.close()
    again = SqliteStore(tmp_path / "c.db")
    assert (again.graph_version(), again.dump()) == (version, data)
    again.close()


def test_a_closed_neo4j_port_is_one_clear_line_within_seconds(tmp_path: Path) -> None:
    import time

    from tests.cli_helpers import run_process

    start = time.monotonic()
    result = run_process("--db", "bolt://127.0.0.1:1", "paths", "--to", "X", timeout=30)
    assert time.monotonic() - start < 15
    assert result.code == 2
    assert result.err == ("carnet: bolt://127.0.0.1:1: cannot reach the Neo4j server (is it "
                          "running, and is the address right?)\n")


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:notaport", "bolt://[::1"])
def test_a_malformed_neo4j_address_is_one_clear_line(
        capsys: pytest.CaptureFixture[str], uri: str) -> None:
    result = run_in_process(capsys)("--db", uri, "paths", "--to", "X")
    assert result.code == 2
    assert result.err.startswith(f"carnet: {uri}: not a valid Neo4j address (")
    assert result.err.count("\n") == 1


def test_an_unknown_scheme_is_refused() -> None:
    with pytest.raises(StoreUnavailable, match="not a store Carnet knows"):
        open_store("postgres://localhost/carnet")


def test_ties_among_finds_each_pair_by_its_key_not_by_a_scan() -> None:
    from graph.stores.sqlite_rows import TIES_AMONG

    store = SqliteStore(":memory:")
    plan = store._db.execute("EXPLAIN QUERY PLAN " + TIES_AMONG.format(pairs="(?, ?), (?, ?)"),
                             ["p:a", "p:b", "p:c", "p:d"]).fetchall()
    details = [row[-1] for row in plan]
    assert any("SEARCH k USING PRIMARY KEY" in d for d in details), details
    assert not any(d.startswith("SCAN k") for d in details), details
    store.close()
