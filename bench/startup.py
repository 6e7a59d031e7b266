"""Whole-process timings of small ``carnet`` commands, side by side with another checkout.

Each command runs as its own process (``cli.main`` from the checkout's folder, so
each side imports its own code with the same interpreter), alternately on this checkout and
on the baseline, ``--runs`` times; the medians are printed next to each other with their
ratio. Stores: the demo network (small) and a synthetic one of ``--people`` people
(``bench.app.build_store``: ~5 ties a person, 20 companies of 50). ``carnet paths`` on the big
store runs once untimed first on each side (a store unchanged since the last query is what
is measured: a persisted snapshot, where there is one, is then on disk).

    git worktree add --detach /tmp/base main
    python -m bench.startup --against /tmp/base
    python -m bench.startup --against /tmp/base --people 0   # small commands only
    python -m bench.startup --peer DIR   # + warm-intro-finder on the same graph

``--peer DIR``: a checkout of the peer CLI `warm-intro-finder`
(https://github.com/jlsh29/warm-intro-finder, standard library only; not a dependency of
Carnet). Its ``warm_intro.py`` reads the big store's people and ties as its two CSV files and
finds the paths from the same member to one employee of the same company (the peer has no
notion of a company), top 5; it is timed alternately with ``carnet paths`` to that company,
and with a floor: a process that only imports numpy and click.

Figures vary with the machine's load (2 shared cores here): compare the ratios, measured in
the same run, and read ``uptime`` printed at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.memory import RUN

ROOT = Path(__file__).parents[1]


# As a user's Python runs them: modules compiled once to ``__pycache__`` (this project's
# machines set PYTHONDONTWRITEBYTECODE, which compiles every module again in every process).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


PEAKS: dict[tuple[str, ...], list[float]] = {}  # MiB, per command line, this checkout's


def carnet(checkout: Path, *args: str) -> float:
    """Seconds for one ``carnet`` process run from ``checkout``'s code (its peak resident
    memory goes to ``PEAKS`` when it is this checkout's)."""
    env = dict(ENV, PYTHONPATH=str(checkout), LANG="C.UTF-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN, *args], cwd=checkout, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    peak = (done.stderr.strip().splitlines() or [""])[-1]
    if done.returncode not in (0, 1) or not peak.startswith("peak_kb="):
        # (1: no path found, still a whole answer)
        raise SystemExit(f"{checkout}: carnet {' '.join(args)} failed: {done.stderr.strip()}")
    if checkout == ROOT:
        PEAKS.setdefault(args, []).append(int(peak.removeprefix("peak_kb=")) / 1024)
    return seconds


def peer(checkout: Path, people: Path, edges: Path, entry: str, target: str) -> float:
    """Seconds for one ``warm_intro.py`` process of the peer CLI."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "warm_intro.py", "--people", str(people), "--edges",
                           str(edges), "--entry", entry, "--target", target, "--top-k", "5"],
                          cwd=checkout, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{checkout}: warm_intro.py failed: {done.stderr.strip()}")
    return seconds


def floor() -> float:
    """Seconds for a process that only imports what any numpy and click command does: the
    least a ``carnet paths`` can take, whatever it then does."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import numpy, click, sqlite3, json"], env=ENV,
                   check=True)
    return time.perf_counter() - start


def peer_files(store_path: Path, company: str, folder: Path) -> tuple[Path, Path, str, str]:
    """The store's people and ties as the peer's ``people.csv`` and ``edges.csv``; the member
    and one current employee of ``company``."""
    import csv

    from graph.stores.sqlite_store import SqliteStore

    store = SqliteStore(store_path)
    data = store.dump()
    [found] = store.search_companies(company, limit=1)
    target = store.employees(found.id)[0].person
    store.close()
    people, edges = folder / "people.csv", folder / "edges.csv"
    with people.open("w", newline="") as out:
        csv.writer(out).writerows([("id", "name"), *((p.id, p.name) for p in data.people)])
    with edges.open("w", newline="") as out:
        csv.writer(out).writerows([("from", "to"), *((k.a, k.b) for k in data.knows)])
    return people, edges, data.members[0], target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="a checkout to compare with (baseline)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=30_000,
                        help="size of the big store for 'paths' (0: skip it)")
    parser.add_argument("--keep", type=Path,
                        help="a folder for the stores, kept for the next run (a 1M store takes "
                             "minutes to build)")
    parser.add_argument("--peer", type=Path,
                        help="a checkout of warm-intro-finder, timed beside 'paths'")
    options = parser.parse_args()
    sides = [("this", ROOT)] + ([("baseline", options.against)] if options.against else [])
    with tempfile.TemporaryDirectory() as temporary:
        folder = options.keep or temporary
        small = Path(folder) / "demo.db"
        carnet(ROOT, "--db", str(small), "demo", "--lang", "fr")
        commands: list[tuple[str, list[str]]] = [
            ("carnet --help", ["--help"]),
            ("people search x (demo)", ["--db", str(small), "people", "search", "ma"]),
            ("paths (demo, 60 people)", ["--db", str(small), "paths", "--to", "GME"]),
        ]
        if options.people:
            big = Path(folder) / f"big-{options.people}.db"
            company = "Entreprise 3"  # (build_store's names)
            if not big.exists():  # (in a process of its own: a child's peak memory counts
                # the process it was forked from, its exec notwithstanding)
                subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                                "from bench.app import build_store; "
                                "build_store(Path(sys.argv[1]), int(sys.argv[2]))",
                                str(big), str(options.people)], cwd=ROOT, check=True)
            for _, checkout in sides:  # each side's own cache, if any, is made once here
                carnet(checkout, "--db", str(big), "paths", "--to", company)
            PEAKS.clear()  # (that run's peak is a build's: not what is measured)
            commands.append((f"paths ({options.people:,} people, unchanged store)",
                             ["--db", str(big), "paths", "--to", company]))
            if options.peer:
                # (written by a process of its own, as the store is built)
                done = subprocess.run(
                    [sys.executable, "-c", "import sys; from pathlib import Path; "
                     "from bench.startup import peer_files; "
                     "print(*peer_files(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])), "
                     "sep='\\n')", str(big), company, str(folder)],
                    cwd=ROOT, check=True, capture_output=True, text=True)
                people, edges, entry, target = done.stdout.splitlines()
                files = Path(people), Path(edges), entry, target
                ours_runs, their_runs, floor_runs = [], [], []
                for _ in range(options.runs):  # alternated, as below
                    ours_runs.append(carnet(ROOT, *commands[-1][1]))
                    their_runs.append(peer(options.peer, *files))
                    floor_runs.append(floor())
                ours, theirs = statistics.median(ours_runs), statistics.median(their_runs)
                least = statistics.median(floor_runs)
                print(f"{options.people:,} people: carnet paths {ours:.3f}s, warm-intro-finder "
                      f"{theirs:.3f}s: carnet {theirs / ours:.1f}× faster; a process that only "
                      f"imports numpy and click: {least:.3f}s ({theirs / least:.1f}× the peer)",
                      flush=True)
        print(f"{'command':44}" + "".join(f"{name:>10}" for name, _ in sides)
              + ("     ratio" if len(sides) == 2 else ""))
        for label, args in commands:
            times: dict[str, list[float]] = {name: [] for name, _ in sides}
            for _ in range(options.runs):
                for name, checkout in sides:  # alternated: both sides meet the same load
                    times[name].append(carnet(checkout, *args))
            medians = [statistics.median(times[name]) for name, _ in sides]
            ratio = f"{medians[1] / medians[0]:9.1f}×" if len(medians) == 2 else ""
            print(f"{label:44}" + "".join(f"{m:9.3f}s" for m in medians) + ratio
                  + f"   peak {max(PEAKS[tuple(args)]):.0f} MiB", flush=True)
    print(f"(medians of {options.runs} runs each; load: {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
