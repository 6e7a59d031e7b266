"""What a real Neo4j server does to Carnet when things go wrong: a wrong password, a database
that does not exist, the server killed in the middle of an import, an import too big for the
server's transaction memory, a read-only database.
Each is one clear line (exit 2), and nothing is half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.ingest import write_export
from graph.core.errors import StoreUnavailable
from graph.stores.neo4j_store import Neo4jStore
from graph.stores.opening import open_store
from tests import neo4j_server
from tests.cli_helpers import carnet_command, run_process
from tests.conftest import wipe_neo4j
from tests.neo4j_server import Neo4jServer

pytestmark = pytest.mark.neo4j


def env_for(server: Neo4jServer, **changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CARNET_DB"}
    return {**env, **server.env(), **changes}


def test_wrong_password_is_one_line_naming_what_to_check(neo4j_server: Neo4jServer) -> None:
    # Another user name: failed logins of "neo4j" itself would lock it for the other tests.
    env = env_for(neo4j_server, NEO4J_USERNAME="intruder", NEO4J_PASSWORD="not-the-password")
    result = run_process("people", "search", "x", env=env)
    assert (result.code, result.err) == (
        2, f"carnet: {neo4j_server.uri}: the server refused the user name or password (check "
           "NEO4J_USERNAME and NEO4J_PASSWORD)\n")


def test_a_database_that_does_not_exist_is_one_line(neo4j_server: Neo4jServer) -> None:
    result = run_process("demo", env=env_for(neo4j_server, NEO4J_DATABASE="carnetteam"))
    assert (result.code, result.err) == (
        2, f"carnet: {neo4j_server.uri}: no database named 'carnetteam' (check "
           "NEO4J_DATABASE)\n")


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Path]:
    """A folder for a server of this test's own (the shared one must stay up)."""
    yield tmp_path / "neo4j-home"


def import_is_writing(server: Neo4jServer) -> bool:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver:
        records, _, _ = driver.execute_query(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $rows' "
            "RETURN count(*) AS writing")
    return bool(records[0]["writing"])


@pytest.mark.timeout(900)  # three server starts, one of them a recovery after a crash
def test_server_killed_during_an_import_leaves_none_of_it_then_read_only_still_reads(
        own_server: Path, tmp_path: Path) -> None:
    server = neo4j_server.start(home=own_server, password="carnet-kill-test")
    try:
        assert run_process("demo", env=env_for(server)).code == 0
        store = open_store(server.uri, username=server.username, password=server.password)
        before = (store.graph_version(), store.counts())
        store.close()
        export = tmp_path / "Connections.csv"
        write_export(export, 30_000)
        importing = subprocess.Popen(
            [*carnet_command(), "import", str(export), "--me", "Isabelle Prigent"],
            env=env_for(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not import_is_writing(server):
            assert importing.poll() is None, importing.communicate()
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.05)
        assert server.process is not None
        os.killpg(server.process.pid, signal.SIGKILL)  # the JVM and its script, at once
        server.process.wait()
        out, err = importing.communicate(timeout=120)
        assert importing.returncode == 2, (out, err)
        assert err.startswith("carnet: ") and err.count("\n") == 1, err
        assert "cannot reach the Neo4j server" in err and "Traceback" not in err
    finally:
        server.stop()

    # It recovers; and on a server whose transactions may use 8 MB (Aura's smaller tiers cap
    # them too), the same import is refused in one line, none of it written.
    server = neo4j_server.start(home=own_server, password="carnet-kill-test",
                                settings=("db.memory.transaction.max=8m",))
    try:
        store = open_store(server.uri, username=server.username, password=server.password)
        assert (store.graph_version(), store.counts()) == before
        result = run_process("import", export, "--me", "Isabelle Prigent", env=env_for(server))
        assert (result.code, result.err) == (
            2, f"carnet: {server.uri}: the change is too big for the server's transaction memory "
               "(ask its administrator to raise db.memory.transaction.max, or import the file in "
               "parts)\n")
        assert (store.graph_version(), store.counts()) == before
        store.close()
    finally:
        server.stop()

    server = neo4j_server.start(home=own_server, password="carnet-kill-test",
                                settings=("server.databases.read_only=neo4j",))
    try:
        store = open_store(server.uri, username=server.username, password=server.password)
        assert [p.name for p in store.search_people("Noémie Fabre")] == ["Noémie Fabre"]
        assert store.counts() == before[1]
        with pytest.raises(StoreUnavailable, match="read-only"):
            store.save(store.dump(ties=False))
        store.close()
        result = run_process("referral", "add", "--from", "Noémie Fabre", "--to", "Camille Girard",
                             env=env_for(server))
        assert (result.code, result.err) == (
            2, f"carnet: {server.uri}: the database is read-only on this server (ask its "
               "administrator)\n")
        assert run_process("export", tmp_path / "all.json", env=env_for(server)).code == 0
    finally:
        server.stop()


def test_concurrent_imports_on_neo4j_wait_their_turn_and_all_succeed(
        neo4j_server: Neo4jServer, tmp_path: Path) -> None:
    wipe_neo4j(neo4j_server)
    assert run_process("demo", env=env_for(neo4j_server)).code == 0
    files = []
    for n in range(4):
        files.append(tmp_path / f"Connections-{n}.csv")
        write_export(files[-1], 1500)  # the same people in each: they meet on every row
    running = [subprocess.Popen([*carnet_command(), "import", str(f), "--me", "Isabelle Prigent"],
                                env=env_for(neo4j_server), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for f in files]
    results = [p.communicate(timeout=300) for p in running]
    assert [p.returncode for p in running] == [0, 0, 0, 0], results
    store = Neo4jStore(neo4j_server.uri, neo4j_server.username, neo4j_server.password)
    people = {p.id for p in store.dump(ties=False).people}
    assert len(people) == store.counts().people  # each person once
    store.close()


def test_closing_the_store_waits_for_a_read_another_thread_has_under_way(
        neo4j_server: Neo4jServer) -> None:
    """The app's background readers (the snapshot's warm-up, the staff kept beside it) may
    still be reading when the store is closed: the close waits for the read under way, where
    closing the driver under it broke the connection's buffer (``BufferError``) in the
    closing thread; a read begun after the close is refused as the store being closed."""
    from graph.services.demo import load_demo

    def opened() -> Neo4jStore:
        return Neo4jStore(neo4j_server.uri, neo4j_server.username, neo4j_server.password,
                          os.environ.get("NEO4J_TEST_DATABASE"))

    wipe_neo4j(neo4j_server)
    first = opened()
    load_demo(first, "fr")
    jobs = len(first.companies_and_jobs()[1])
    first.close()
    def reader(store: Neo4jStore, read: list[object]) -> None:
        try:
            for _ in range(20):  # (reads one after the other: one is under way at the close)
                read.append(len(store.companies_and_jobs()[1]))
        except StoreUnavailable as exc:
            read.append(exc)

    for _ in range(20):
        store = opened()
        read: list[object] = []
        thread = threading.Thread(target=reader, args=(store, read))
        thread.start()
        time.sleep(0.01)
        store.close()
        thread.join()
        *done, last = read
        assert set(done) <= {jobs} and (last == jobs or (
            isinstance(last, StoreUnavailable) and "closed" in str(last))), read
