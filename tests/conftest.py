"""Shared fixtures: stores (one contract, every implementation), tiny graphs, the CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, IntroRequest, Job, Knows, Person, Referral
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests import neo4j_server as neo4j_server_mod
from tests.cli_helpers import Run, run_in_process

# "neo4j-routing" is the same server through neo4j:// (the driver asks for a routing table).
STORES = ["sqlite-file", "sqlite-memory", "neo4j", "neo4j-routing"]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[neo4j_server_mod.Neo4jServer]:
    """A live Neo4j for the whole run: ``NEO4J_TEST_URI`` if set, else one this run starts
    (``scripts/neo4j-test-server``) and stops at the end. Without Java 21+ and Maven the Neo4j
    tests are skipped — except in CI, where that is a failure."""
    server = neo4j_server_mod.from_environment()
    if server is None:
        why = neo4j_server_mod.cannot_start()
        if why:
            if IN_CI:
                pytest.fail(f"cannot start the Neo4j test server: {why}")
            pytest.skip(f"no Neo4j test server: {why} (or set NEO4J_TEST_URI)")
        server = neo4j_server_mod.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Each contract test runs once per store implementation."""
    kind = request.param
    if kind.startswith("neo4j"):
        yield from neo4j_store(request.getfixturevalue("neo4j_server"),
                               routing=kind == "neo4j-routing")
        return
    path = tmp_path / "carnet.db" if kind == "sqlite-file" else ":memory:"
    opened: GraphStore = SqliteStore(path)
    yield opened
    opened.close()


@pytest.fixture
def neo4j(neo4j_server: neo4j_server_mod.Neo4jServer) -> Iterator[GraphStore]:
    """The Neo4j store alone, for what only it does, on an empty database."""
    yield from neo4j_store(neo4j_server)


def wipe_neo4j(server: neo4j_server_mod.Neo4jServer) -> None:
    """Empty the test server's database (data only; the schema stays, as on a real store)."""
    from neo4j import GraphDatabase

    with (GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver,
          driver.session(database=os.environ.get("NEO4J_TEST_DATABASE")) as session):
        # ties first, in batches: a node's DETACH DELETE takes all its ties in one batch,
        # and a member with 100,000s of them (the 1M-people bench graph) ran out of heap
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS"
                    ).consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()


def neo4j_store(server: neo4j_server_mod.Neo4jServer,
                routing: bool = False) -> Iterator[GraphStore]:
    from graph.stores.neo4j_store import Neo4jStore

    wipe_neo4j(server)
    opened = Neo4jStore(server.routing_uri if routing else server.uri, server.username,
                        server.password,
                        os.environ.get("NEO4J_TEST_DATABASE"))
    yield opened
    opened.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that runs on Neo4j (a store parameter or the Neo4j fixtures)."""
    for item in items:
        params = getattr(item, "callspec", None)
        on_neo4j = params is not None and any(str(value).startswith("neo4j")
                                              for value in params.params.values())
        if on_neo4j or "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)


NEO4J_OUTCOMES: dict[str, int] = {"passed": 0, "failed": 0, "skipped": 0}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "neo4j" not in report.keywords:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        NEO4J_OUTCOMES[report.outcome] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    ran = NEO4J_OUTCOMES
    terminalreporter.write_line(f"Neo4j tests: {ran['passed']} passed, {ran['failed']} failed, "
                                f"{ran['skipped']} skipped")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped Neo4j test is a failure, and so is a run with none of them."""
    if IN_CI and exitstatus == 0 and (NEO4J_OUTCOMES["skipped"] or not NEO4J_OUTCOMES["passed"]):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command speaks the environment's language (cli/words.py): the tests pin English,
    whatever the machine's locale; a test that wants French says so."""
    for name in ("CARNET_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh store file, also made the default for the CLI and the app (CARNET_DB)."""
    path = tmp_path / "carnet.db"
    monkeypatch.setenv("CARNET_DB", str(path))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    return path


def small_graph() -> GraphData:
    """Me (Isabelle) – Véronique – Solène (at GME); a referral and an intro request.

        isabelle ──5── veronique ──── solene @ GME (Communication)
            └──2── stephanie          marc @ GME (formerly)
    """
    return GraphData(
        members=["p:isabelle"],
        people=[
            Person("p:isabelle", "Isabelle Prigent", emails=("isabelle@example.fr",),
                   phones=("+33612345678",), linkedin="https://www.linkedin.com/in/iprigent",
                   notes="moi", tags=("moi", "freelance")),
            Person("p:veronique", "Véronique Bastide", emails=("vero@example.fr",)),
            Person("p:solene", "Solène Roux", notes="<img src=x onerror=alert(1)>"),
            Person("p:stephanie", "Stéphanie Œuvray", tags=("=HYPERLINK(\"x\")",)),
            Person("p:marc", "Marc Aubert"),
        ],
        companies=[Company("c:gme", "Groupe Méditerranée Énergie", "gme-energie.fr", ("GME",)),
                   Company("c:phocee", "Phocée Logistique")],
        knows=[
            Knows("p:isabelle", "p:veronique", 5, "2010-04-21", "2026-11-01", 12,
                  "école de journalisme", "manual"),
            Knows("p:veronique", "p:solene", None, None, None, 0, "", "linkedin"),
            Knows("p:stephanie", "p:isabelle", 2, None, "2019-03-01", 1, "", "vcard"),
        ],
        jobs=[
            Job("p:solene", "c:gme", "Responsable communication interne", "Communication",
                "2021-09-14", None, True),
            Job("p:marc", "c:gme", "DRH", "RH", "2015-01-01", "2024-06-30", False),
            Job("p:marc", "c:phocee", "DRH", "RH", "2024-07-01", None, True),
        ],
        referrals=[Referral("r:1", "p:veronique", "p:solene", "p:isabelle", "c:gme", "comm",
                            "« elle fait la même chose que toi »", True, "2026-10-02", "noted",
                            "2026-11-30")],
        intros=[IntroRequest("i:1", "p:isabelle", "p:veronique", "p:solene", "c:gme", "asked",
                             "2026-11-10", "2026-11-10", "par mail")],
    )


TODAY = date.today()


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


def office() -> GraphData:
    """The small graph, plus a recent friend (Nadia) of both Isabelle and Marc, a direct
    LinkedIn contact at GME (Hugo), and Paul, a former GME employee Isabelle knows well.

        isabelle ─5─ veronique ── solene (GME, communication)
        isabelle ─4─ nadia ─4─ marc (GME until 2024: former; Phocée now)
        isabelle ── hugo (GME, marketing; LinkedIn)
        isabelle ─5─ paul (GME until 2020)
    """
    data = small_graph()
    data.people += [Person("p:nadia", "Nadia Amrani"), Person("p:hugo", "Hugo Lefèvre"),
                    Person("p:paul", "Paul Roux")]
    data.knows = [
        Knows("p:isabelle", "p:veronique", 5, None, days_ago(20), 0, "école de journalisme",
              "manual"),
        Knows("p:veronique", "p:solene", 4, None, days_ago(60), 0, "", "manual"),
        Knows("p:isabelle", "p:nadia", 4, None, days_ago(10), 0, "", "manual"),
        Knows("p:nadia", "p:marc", 4, None, days_ago(10), 0, "", "manual"),
        Knows("p:isabelle", "p:hugo", None, days_ago(900), None, 0, "", "linkedin"),
        Knows("p:isabelle", "p:paul", 5, None, days_ago(5), 0, "", "manual"),
    ]
    data.jobs += [Job("p:hugo", "c:gme", "Chef de produit marketing", "Marketing"),
                  Job("p:paul", "c:gme", "Responsable RH", "Ressources humaines", None,
                      "2020-01-01", False)]
    data.intros = []
    return data


@pytest.fixture(params=["sqlite", "neo4j"])
def notebook(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[GraphStore, Run]]:
    """An empty store, and the `carnet` command pointed at it (in process)."""
    for name in ("CARNET_DB", "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD",
                 "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    if request.param == "sqlite":
        monkeypatch.setenv("CARNET_DB", str(tmp_path / "carnet.db"))
        store = SqliteStore(tmp_path / "carnet.db")
        yield store, run_in_process(capsys)
        store.close()
        return
    server = request.getfixturevalue("neo4j_server")
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    if os.environ.get("NEO4J_TEST_DATABASE"):
        monkeypatch.setenv("NEO4J_DATABASE", os.environ["NEO4J_TEST_DATABASE"])
    for opened in neo4j_store(server):
        yield opened, run_in_process(capsys)
