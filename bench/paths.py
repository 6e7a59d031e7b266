"""Benchmark of the warm-path engine against networkx's Yen (``shortest_simple_paths``).

Synthetic social graphs (``networkx.powerlaw_cluster_graph``, m=5: average degree ~10), random
tie attributes, 20 companies of 50 people and one of 1% of people, members drawn at random
plus a "hub" member (the best-connected person). For each size it prints the snapshot build
time and memory, p50/p95 query time for the top-5 introducers, edges touched, and the ratio
against Yen on the same graph and queries (Yen stops once it has 5 distinct first hops; it is
given a time limit per query and reported as unfinished past it).

    python bench/paths.py                        # 30k and 100k people
    python bench/paths.py --sizes 1000000        # 1M people, 5M ties (a few minutes, ~6 GB)
    python bench/paths.py --sizes 30000 --store  # also build through a real SQLite store
    python bench/paths.py --compare main         # and the engine of another commit, side by side

Figures vary with the machine's load; compare the ratios, which are measured side by side.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from types import ModuleType

import networkx as nx
import numpy as np

from graph.core.model import SOURCES, Company, GraphData, Job, Knows, Person
from graph.core.paths import HOP_COST, PathQuery, Ranking, rank_introducers
from graph.core.snapshot import Snapshot, build_snapshot
from graph.core.ties import EdgeTable
from graph.services.referrals import record_referral
from graph.services.snapshots import SnapshotCache, read_snapshot, wait_for_saves
from graph.services.warmpaths import find_paths
from graph.stores.sqlite_store import SqliteStore

TODAY = date(2026, 11, 22)
MAX_HOPS = 4
TOP = 5


def make_graph(n: int, seed: int) -> tuple[nx.Graph, EdgeTable]:
    graph = nx.powerlaw_cluster_graph(n, 5, 0.3, seed=seed)
    ends = np.array(graph.edges(), dtype=np.int32)
    rng = np.random.default_rng(seed)
    m = len(ends)
    table = EdgeTable(
        people=[f"p:{i:07d}" for i in range(n)], a=ends[:, 0], b=ends[:, 1],
        closeness=rng.choice(6, m, p=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1]).astype(np.int8),
        source=rng.integers(0, len(SOURCES), m).astype(np.int8),
        days=rng.choice([-1, 10, 60, 200, 800, 3000], m).astype(np.int32),
        interactions=rng.integers(0, 30, m).astype(np.int32))
    return graph, table


def companies(n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    staff = {f"c:small{k}": rng.choice(n, 50, replace=False) for k in range(20)}
    staff["c:big"] = rng.choice(n, n // 100, replace=False)
    return staff


Engine = Callable[[Snapshot, PathQuery], Ranking]


# Where the engine's file and its imports were before the layout of issue 12.
# (the lines below name the old places on purpose: layout-move: keep)
ENGINE_FILES = ("graph/core/paths.py", "graph/paths.py")  # layout-move: keep
OLD_MODULES = {"graph.snapshot ": "graph.services.snapshots ",  # layout-move: keep
               "graph.scoring ": "graph.core.scoring ",  # layout-move: keep
               "graph.model ": "graph.core.model "}  # layout-move: keep


def engine_at(ref: str) -> Engine:
    """``rank_introducers`` as it was at git ``ref`` (to measure a change side by side)."""
    for name in ENGINE_FILES:
        found = subprocess.run(["git", "show", f"{ref}:{name}"], capture_output=True,
                               text=True, cwd=Path(__file__).parents[1])
        if found.returncode == 0:
            break
    else:
        raise SystemExit(f"{ref}: no path engine at {' or '.join(ENGINE_FILES)}")
    source = found.stdout
    for old, new in OLD_MODULES.items():  # (an older layout's imports, run in this one)
        source = source.replace(f"from {old}", f"from {new}")
    module = ModuleType(f"bench_paths_{ref}")
    sys.modules[module.__name__] = module  # (dataclasses look their module up)
    exec(compile(source, f"{ref}:{name}", "exec"), module.__dict__)
    engine: Engine = module.rank_introducers
    return engine


def timed_queries(snap: Snapshot, queries: list[tuple[int, np.ndarray]],
                  engine: Engine = rank_introducers,
                  ) -> tuple[list[float], list[int], int, list[list[int]]]:
    times, touched, exact, introducers = [], [], 0, []
    for member, staff in queries:
        query = PathQuery((member,), dict.fromkeys(staff.tolist(), 0.0), max_hops=MAX_HOPS,
                          top=TOP)
        start = time.perf_counter()
        ranking = engine(snap, query)
        times.append(time.perf_counter() - start)
        touched.append(ranking.edges_touched)
        exact += ranking.exact
        introducers.append([p.introducer for p in ranking.paths])
    return times, touched, exact, introducers


def yen(graph: nx.Graph, member: int, staff: np.ndarray, limit_s: float) -> float | None:
    """Seconds for Yen to yield paths until 5 distinct first hops (within MAX_HOPS), or None
    past ``limit_s``."""
    sink = -1
    graph.add_edges_from((int(t), sink, {"cost": 0.0}) for t in staff)
    start = time.perf_counter()
    try:
        seen: set[int] = set()
        for path in nx.shortest_simple_paths(graph, member, sink, weight="cost"):
            if time.perf_counter() - start > limit_s:
                return None
            if len(path) - 2 <= MAX_HOPS:
                seen.add(path[1])
            if len(seen) >= TOP:
                break
        return time.perf_counter() - start
    except nx.NetworkXNoPath:
        return time.perf_counter() - start
    finally:
        graph.remove_node(sink)


def through_store(table: EdgeTable, folder: Path) -> None:
    """Load the graph into a real SQLite store, then time reading it back into a snapshot
    (next to the floor: the same number of rows of six integers read with ``np.fromiter``),
    and the app's first search after a one-referral write (the snapshot patched)."""
    store = SqliteStore(folder / "bench.db")
    start = time.perf_counter()
    people = [Person(pid, pid) for pid in table.people]
    ties = [Knows(table.people[a], table.people[b], int(c) or None,
                  None if d < 0 else date.fromordinal(TODAY.toordinal() - int(d)).isoformat(),
                  None, int(i), "", SOURCES[s])
            for a, b, c, s, d, i in zip(table.a, table.b, table.closeness, table.source,
                                        table.days, table.interactions, strict=True)]
    store.save(GraphData(members=[table.people[0]], people=people,
                         companies=[Company("c:x", "X")],
                         jobs=[Job(table.people[1], "c:x")], knows=ties))
    load = time.perf_counter() - start
    del people, ties
    read_floor = floor(table, folder / "floor.db")
    builds, floors = [], []
    for _ in range(3):  # alternately: both meet the same load
        floors.append(read_floor())
        start = time.perf_counter()
        read_snapshot(store, TODAY)
        builds.append(time.perf_counter() - start)
    build, floor_s = statistics.median(builds), statistics.median(floors)
    print(f"through SQLite: load {load:.1f} s, snapshot from the store {build:.2f} s; floor "
          f"(np.fromiter, {len(table.a):,} rows of 6 integers) {floor_s:.2f} s: "
          f"{build / floor_s:.1f}x the floor (medians of 3)", flush=True)

    app = SnapshotCache()  # the app's process: its snapshot built, then a referral saved
    app.get(store, TODAY)
    find_paths(store, "c:x", today=TODAY, cache=app)
    rng = np.random.default_rng(3)
    after_write, warm = [], []
    for k in range(7):
        referrer = store.get_person(table.people[int(rng.integers(len(table.people)))])
        record_referral(store, referrer=referrer, referee=Person(f"p:new{k}", f"Nouvelle {k}"),
                        member=table.people[0], offered_intro=True, on=TODAY)
        start = time.perf_counter()
        find_paths(store, "c:x", today=TODAY, cache=app)
        after_write.append(time.perf_counter() - start)
        start = time.perf_counter()
        find_paths(store, "c:x", today=TODAY, cache=app)
        warm.append(time.perf_counter() - start)
        wait_for_saves()  # (the patched snapshot is saved in the background: not timed)
    print(f"first search after a one-referral write (the app's process, median of 7): "
          f"{statistics.median(after_write) * 1e3:.0f} ms (a warm search: "
          f"{statistics.median(warm) * 1e3:.0f} ms; a full rebuild: {build * 1e3:.0f} ms)")
    store.close()


def floor(table: EdgeTable, path: Path) -> Callable[[], float]:
    """Seconds to read as many rows of six integers as there are ties (``np.fromiter`` on
    a plain SQLite table): what no reading of the ties out of SQLite can beat."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE tie (a INTEGER, b INTEGER, closeness INTEGER, source INTEGER, "
               "days INTEGER, interactions INTEGER)")
    db.executemany("INSERT INTO tie VALUES (?, ?, ?, ?, ?, ?)", zip(
        table.a.tolist(), table.b.tolist(), table.closeness.tolist(), table.source.tolist(),
        table.days.tolist(), table.interactions.tolist(), strict=True))
    db.commit()
    row = np.dtype([(name, np.int64) for name in ("a", "b", "c", "s", "d", "i")])

    def read() -> float:
        start = time.perf_counter()
        np.fromiter(db.execute("SELECT * FROM tie"), row, len(table.a))
        return time.perf_counter() - start
    return read


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(values, q))


def run(n: int, n_queries: int, yen_queries: int, yen_limit: float, with_store: bool,
        seed: int, compare: str | None = None) -> None:
    print(f"\n== {n:,} people ==", flush=True)
    start = time.perf_counter()
    graph, table = make_graph(n, seed)
    print(f"generated {len(table.a):,} ties in {time.perf_counter() - start:.1f} s", flush=True)

    start = time.perf_counter()
    snap = build_snapshot(table, [], [], [], 1, TODAY)
    build_s = time.perf_counter() - start
    per_million = snap.nbytes / 1e6 / (len(table.a) / 1e6)
    ids_mb = (snap.people.offsets.nbytes + snap.people.blob.nbytes) / 1e6
    print(f"snapshot: built in {build_s:.2f} s from columns; arrays {snap.nbytes / 1e6:.0f} MB "
          f"= {per_million:.1f} MB per million ties (+ {ids_mb:.0f} MB of packed ids)")
    if with_store:
        with tempfile.TemporaryDirectory() as folder:
            through_store(table, Path(folder))

    rng = np.random.default_rng(seed + 1)
    staff = companies(n, rng)
    names = list(staff)
    typical = [(int(rng.integers(n)), staff[names[int(rng.integers(len(names)))]])
               for _ in range(n_queries)]
    big = [(int(rng.integers(n)), staff["c:big"]) for _ in range(max(10, n_queries // 5))]
    hub = int(np.argmax(snap.degree(np.arange(n))))
    hubs = [(hub, staff[names[k % len(names)]]) for k in range(max(10, n_queries // 5))]
    rank_introducers(snap, PathQuery((0,), {1: 0.0}))  # warm up

    print(f"{'queries':<34}{'p50 ms':>8}{'p95 ms':>8}{'edges p50':>11}{'edges p95':>11}"
          f"{'exact':>7}")
    for label, queries in ((f"random member, any company ({len(typical)})", typical),
                           (f"random member, 1% company ({len(big)})", big),
                           (f"hub member (degree {int(snap.degree(np.array([hub]))[0])})",
                            hubs)):
        engines: list[tuple[str, Engine]] = [(label, rank_introducers)]
        if compare:
            engines.append((f"  … engine at {compare}", engine_at(compare)))
        # Query by query, each engine in turn: the machine's load drifts the same for both.
        runs = [[timed_queries(snap, [q], engine) for _, engine in engines] for q in queries]
        for n, (name, _) in enumerate(engines):
            times = [run[n][0][0] for run in runs]
            touched = [run[n][1][0] for run in runs]
            exact = sum(run[n][2] for run in runs)
            print(f"{name:<34}{pct(times, 50) * 1e3:>8.2f}{pct(times, 95) * 1e3:>8.2f}"
                  f"{pct(touched, 50):>11,.0f}{pct(touched, 95):>11,.0f}"
                  f"{exact / len(queries):>7.0%}", flush=True)

    if yen_queries:
        for u, v, slot in _edge_slots(snap):
            graph.edges[u, v]["cost"] = float(snap.cost[slot]) + HOP_COST
        sample = list(islice(typical, yen_queries))
        engine_times, _, _, _ = timed_queries(snap, sample)
        yen_times = [yen(graph, member, people, yen_limit) for member, people in sample]
        done = [t for t in yen_times if t is not None]
        print(f"Yen on the same {len(sample)} queries: {len(done)} finished within "
              f"{yen_limit:.0f} s", end="")
        if done:
            paired = [e for e, t in zip(engine_times, yen_times, strict=True) if t is not None]
            print(f"; median {statistics.median(done) * 1e3:.0f} ms vs engine "
                  f"{statistics.median(paired) * 1e3:.2f} ms: "
                  f"{statistics.median(done) / statistics.median(paired):,.0f}x faster")
        else:
            print()


def _edge_slots(snap: Snapshot) -> list[tuple[int, int, int]]:
    out = []
    for u in range(len(snap)):
        for slot in range(int(snap.indptr[u]), int(snap.indptr[u + 1])):
            v = int(snap.indices[slot])
            if u < v:
                out.append((u, v, slot))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="30000,100000",
                        help="comma-separated numbers of people (default: 30000,100000)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--yen-queries", type=int, default=10)
    parser.add_argument("--yen-limit", type=float, default=60, help="seconds per Yen query")
    parser.add_argument("--store", action="store_true", help="also time a SQLite round trip")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compare", metavar="GIT_REF",
                        help="also time the engine of this commit on the same queries")
    args = parser.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        run(n, args.queries, args.yen_queries, args.yen_limit, args.store, args.seed,
            args.compare)


if __name__ == "__main__":
    main()
