"""Benchmark of the Neo4j store beside the SQLite one, on the same graphs and queries.

Starts the Neo4j test server (``scripts/neo4j-test-server``, with a page cache and a heap of
2 GB) unless ``NEO4J_TEST_URI`` (with
``NEO4J_TEST_USERNAME``, ``NEO4J_TEST_PASSWORD``) names one; it wipes that server's database.
For each store it prints, side by side, with the ratio Neo4j / SQLite:

- the import of a LinkedIn export (``carnet import``, a whole process, as a user runs it) into
  an empty store, after one untimed import of the same file on each (a warm server);
- warm-path queries through the service (``find_paths``, top 5) on synthetic social graphs
  (``bench/paths.py``'s ``powerlaw_cluster_graph``, ~5 ties per person): the cold first query
  (snapshot read from the store), then p50/p95 of warm ones (snapshot cached): each company's
  first search (its staff, names and ties read from the store) and the same search again
  (nothing changed: on Neo4j the reads are answered at the same graph version, one round trip);
  each store first answers the same searches through another handle, untimed (a warm server);
- ``--copy``: ``copy`` of a SQLite store of that many ties into an empty Neo4j (ties/s), after an
  untimed copy of a tenth as many (a warm server);
- ``--feed``: the bounded neighbourhood feed of a team graph of that many people (seconds and
  ties read), the graph written by the bench's bulk loader (``bench/neo4j_load.py``);
  ``--reuse`` reads a database that already holds it (with ``NEO4J_TEST_URI``: a kept server).

    python -m bench.neo4j                              # 30k-row import; 30k and 100k people
    python -m bench.neo4j --sizes --copy 1000000 --feed 1000000   # the big parts only

Figures vary with the machine's load; the ratios are measured side by side in one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path

import numpy as np

from bench.ingest import write_export
from bench.neo4j_load import bulk_load
from bench.paths import make_graph
from graph.core.model import SOURCES, Company, GraphData, Job, Knows, Person
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths
from graph.stores.neo4j_store import Neo4jStore
from graph.stores.opening import copy_store
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests import neo4j_server
from tests.conftest import wipe_neo4j

TODAY = date(2026, 11, 22)
WARM_UP = 30  # seconds of untimed searches on each store before the timed ones


@contextmanager
def server() -> Iterator[neo4j_server.Neo4jServer]:
    """The server named by ``NEO4J_TEST_URI``, else a test server sized as a server is for
    its graph: a page cache of 2 GB and a heap of 2 GB (the tests' server caps its page
    cache at 128 MB: a copy of 1M ties by upserts took 156 s there, 138 s with these, at load
    2–3)."""
    found = neo4j_server.from_environment()
    os.environ.setdefault("NEO4J_TEST_HEAP", "2g")
    started = found or neo4j_server.start(settings=("server.memory.pagecache.size=2g",))
    try:
        yield started
    finally:
        started.stop()


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def carnet(db: str, env: dict[str, str], *args: str) -> float:
    return seconds(lambda: subprocess.run([sys.executable, "-m", "cli", "--db", db, *args],
                                          env=env, check=True, capture_output=True))


def imports(neo: neo4j_server.Neo4jServer, rows: int, folder: Path) -> None:
    export = folder / "Connections.csv"
    write_export(export, rows)
    env = {**os.environ, **neo.env()}
    args = ("import", str(export), "--me", "Isabelle Prigent")
    # Each store first imports the file once, untimed, then starts again empty: a server runs
    # for days, and a fresh JVM's first import (before its JIT) took 2-4x as long.
    carnet(str(folder / "warm-up.db"), env, *args)
    carnet(neo.uri, env, *args)
    wipe_neo4j(neo)
    lite = carnet(str(folder / "import.db"), env, *args)
    graph = carnet(neo.uri, env, *args)
    print(f"import of {rows:,} LinkedIn rows (whole process): SQLite {lite:.2f} s · "
          f"Neo4j {graph:.2f} s · ratio {graph / lite:.2f}× (target ≤ 3×)")


def social_graph(n: int) -> GraphData:
    """``n`` people (the first is the member), ~5n ties, 20 companies of 50 people."""
    _, table = make_graph(n, seed=n)
    rng = np.random.default_rng(n)
    people = [Person(pid, f"Personne {i}") for i, pid in enumerate(table.people)]
    ties = [Knows(table.people[a], table.people[b], int(c) or None,
                  None if d < 0 else date.fromordinal(TODAY.toordinal() - int(d)).isoformat(),
                  None, int(k), "", SOURCES[s])
            for a, b, c, s, d, k in zip(table.a, table.b, table.closeness, table.source,
                                        table.days, table.interactions, strict=True)]
    firms = [Company(f"c:{k:02d}", f"Société {k}") for k in range(20)]
    jobs = [Job(table.people[int(i)], firm.id, "Chargée de communication")
            for firm in firms for i in rng.choice(np.arange(1, n), 50, replace=False)]
    return GraphData(members=[people[0].id], people=people, companies=firms, knows=ties,
                     jobs=jobs)


def queries(stores: dict[str, GraphStore], firms: list[str]
            ) -> tuple[dict[str, float], dict[str, list[float]], dict[str, list[float]]]:
    """Each store's cold first query; then each company once (snapshot warm, the company's
    records read for the first time), then each again (nothing changed: on Neo4j, one round
    trip). The stores take turns on each search, so a change in the machine's load falls on
    both alike."""
    caches = {name: SnapshotCache() for name in stores}
    cold = {name: seconds(partial(find_paths, store, firms[0], today=TODAY, cache=caches[name]))
            for name, store in stores.items()}
    first: dict[str, list[float]] = {name: [] for name in stores}
    again: dict[str, list[float]] = {name: [] for name in stores}
    for times in (first, again):
        for firm in firms:
            for name, store in stores.items():
                times[name].append(seconds(partial(find_paths, store, firm, today=TODAY,
                                                   cache=caches[name])))
    return cold, first, again


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def paths(neo: neo4j_server.Neo4jServer, n: int, folder: Path) -> None:
    data = social_graph(n)
    lite = SqliteStore(folder / f"paths-{n}.db")
    lite.save(data)
    wipe_neo4j(neo)
    graph = Neo4jStore(neo.uri, neo.username, neo.password)
    copy = seconds(lambda: copy_store(lite, graph, batch=20_000))
    firms = [c.id for c in data.companies]
    print(f"{n:,} people, {len(data.knows):,} ties (copied to Neo4j in {copy:.1f} s)")
    # Each store first answers the same searches through other handles, untimed, for
    # WARM_UP seconds: a server runs for days, and a fresh JVM's first minutes (before its
    # JIT) made every round trip 3-5x slower; the measured handles still start with nothing
    # cached of their own.
    until = time.monotonic() + WARM_UP
    while time.monotonic() < until:
        others: dict[str, GraphStore] = {
            "SQLite": SqliteStore(folder / f"paths-{n}.db"),
            "Neo4j": Neo4jStore(neo.uri, neo.username, neo.password)}
        queries(others, firms)
        for store in others.values():
            store.close()
    cold, first, again = queries({"SQLite": lite, "Neo4j": graph}, firms)
    for name in ("SQLite", "Neo4j"):
        print(f"  {name:<6} cold first query {cold[name]:6.2f} s · warm, a company's first "
              f"search: p50 {pct(first[name], 50):6.1f} ms, p95 {pct(first[name], 95):6.1f} ms"
              f" · searched again: p50 {pct(again[name], 50):6.1f} ms, "
              f"p95 {pct(again[name], 95):6.1f} ms")
    ratios = [statistics.median(t["Neo4j"]) / statistics.median(t["SQLite"])
              for t in (first, again)]
    print(f"  warm median ratio Neo4j / SQLite: first search {ratios[0]:.2f}×, again "
          f"{ratios[1]:.2f}× (target ≤ 1.5×); cold at 100k: target ≤ 5 s")
    lite.close()
    graph.close()


def feed(neo: neo4j_server.Neo4jServer, n: int, reuse: bool) -> None:
    """The bounded neighbourhood feed around two companies of an ``n``-people graph, written
    into Neo4j by the bench's bulk loader (``copy`` of 1M people takes half an hour; the
    copy's own figure is ``copy_ties``'s). With ``reuse``, a database that already holds a
    graph of that size (same counts) is read as it is."""
    data = social_graph(n)
    graph = Neo4jStore(neo.uri, neo.username, neo.password)
    held = graph.counts()
    if reuse and (held.people, held.knows) == (n, len(data.knows)):
        print(f"{n:,} people, {held.knows:,} ties: already in the database")
    else:
        graph.close()
        wipe_neo4j(neo)
        graph = Neo4jStore(neo.uri, neo.username, neo.password)  # (its schema first)
        start = time.perf_counter()
        bulk_load(graph._driver, data)
        print(f"{n:,} people, {len(data.knows):,} ties: bulk-loaded in "
              f"{time.perf_counter() - start:.0f} s")
    data.people, data.knows = [], []  # (the feed's figures without them in memory)
    for firm in ("c:00", "c:07", "c:00", "c:07"):
        start = time.perf_counter()
        table = graph.neighbourhood_table(firm, TODAY)
        print(f"  neighbourhood feed around {firm}: {time.perf_counter() - start:.2f} s, "
              f"{len(table.a):,} ties of {len(table.people):,} people read (target ≤ 3 s)")
    graph.close()


def copy_ties(neo: neo4j_server.Neo4jServer, ties: int, folder: Path) -> None:
    """``copy`` of a SQLite store of about ``ties`` ties into an empty Neo4j (ties/s): the
    copy's fast path, which creates rather than upserts while the store holds nothing but
    what the copy wrote (``GraphStore.save_new``)."""
    lite = SqliteStore(folder / "copy.db")
    lite.save(social_graph(ties // 5))
    graph = Neo4jStore(neo.uri, neo.username, neo.password)
    # First a copy of a tenth as many, untimed: a server runs for days, and a fresh JVM's
    # first minutes (before its JIT) took 123 s where a server up 50 minutes took 83 s.
    warm = SqliteStore(folder / "warm.db")
    warm.save(social_graph(ties // 50))
    wipe_neo4j(neo)
    copy_store(warm, graph, batch=20_000)
    warm.close()
    wipe_neo4j(neo)
    held = lite.counts().knows
    copy = seconds(lambda: copy_store(lite, graph, batch=20_000))
    print(f"copy of {lite.counts().people:,} people, {held:,} ties into Neo4j: {copy:.0f} s "
          f"({held / copy:,.0f} ties/s; 1M ties in {1e6 / (held / copy):.0f} s, "
          f"target ≤ 120 s)")
    lite.close()
    graph.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000, help="LinkedIn rows to import")
    parser.add_argument("--sizes", type=int, nargs="*", default=[30_000, 100_000])
    parser.add_argument("--feed", type=int, default=0,
                        help="people of the graph for the neighbourhood feed (e.g. 1000000)")
    parser.add_argument("--reuse", action="store_true",
                        help="read a database that already holds the --feed graph as it is")
    parser.add_argument("--copy", type=int, default=0, help="ties to copy (e.g. 1000000)")
    args = parser.parse_args()
    with server() as neo, tempfile.TemporaryDirectory() as folder:
        print(f"Neo4j at {neo.uri}")
        if args.rows:
            imports(neo, args.rows, Path(folder))
        for n in args.sizes:
            paths(neo, n, Path(folder))
        if args.copy:
            copy_ties(neo, args.copy, Path(folder))
        if args.feed:
            feed(neo, args.feed, args.reuse)


if __name__ == "__main__":
    main()
