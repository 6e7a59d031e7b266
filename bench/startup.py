"""Whole-process timings of small ``carnet`` commands, side by side with another checkout.

Each command runs as its own process (``python -m cli …`` from the checkout's folder, so
each side imports its own code with the same interpreter), alternately on this checkout and
on the baseline, ``--runs`` times; the medians are printed next to each other with their
ratio. Stores: the demo network (small) and a synthetic one of ``--people`` people
(``bench.app.build_store``: ~5 ties a person, 20 companies of 50). ``carnet paths`` on the big
store runs once untimed first on each side (a store unchanged since the last query is what
is measured: a persisted snapshot, where there is one, is then on disk).

    git worktree add --detach /tmp/base main
    python -m bench.startup --against /tmp/base
    python -m bench.startup --against /tmp/base --people 0   # small commands only

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

ROOT = Path(__file__).parents[1]


def carnet(checkout: Path, *args: str) -> float:
    """Seconds for one ``carnet`` process run from ``checkout``'s code."""
    env = dict(os.environ, PYTHONPATH=str(checkout), LANG="C.UTF-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli", *args], cwd=checkout, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: no path found, still a whole answer
        raise SystemExit(f"{checkout}: carnet {' '.join(args)} failed: {done.stderr.strip()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="a checkout to compare with (baseline)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=30_000,
                        help="size of the big store for 'paths' (0: skip it)")
    options = parser.parse_args()
    sides = [("this", ROOT)] + ([("baseline", options.against)] if options.against else [])
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "demo.db"
        carnet(ROOT, "--db", str(small), "demo", "--lang", "fr")
        commands: list[tuple[str, list[str]]] = [
            ("carnet --help", ["--help"]),
            ("people search x (demo)", ["--db", str(small), "people", "search", "ma"]),
            ("paths (demo, 60 people)", ["--db", str(small), "paths", "--to", "GME"]),
        ]
        if options.people:
            from bench.app import build_store  # (numpy, playwright: only for the big store)

            big = Path(folder) / "big.db"
            company = build_store(big, options.people)[3]
            for _, checkout in sides:  # each side's own cache, if any, is made once here
                carnet(checkout, "--db", str(big), "paths", "--to", company)
            commands.append((f"paths ({options.people:,} people, unchanged store)",
                             ["--db", str(big), "paths", "--to", company]))
        print(f"{'command':44}" + "".join(f"{name:>10}" for name, _ in sides)
              + ("     ratio" if len(sides) == 2 else ""))
        for label, args in commands:
            times: dict[str, list[float]] = {name: [] for name, _ in sides}
            for _ in range(options.runs):
                for name, checkout in sides:  # alternated: both sides meet the same load
                    times[name].append(carnet(checkout, *args))
            medians = [statistics.median(times[name]) for name, _ in sides]
            ratio = f"{medians[1] / medians[0]:9.1f}×" if len(medians) == 2 else ""
            print(f"{label:44}" + "".join(f"{m:9.3f}s" for m in medians) + ratio, flush=True)
    print(f"(medians of {options.runs} runs each; load: {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
