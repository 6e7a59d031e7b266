"""Time and peak memory of ``carnet import`` of a Carnet JSON backup (a new process, as a user
runs it, into an empty SQLite store), read as a stream (graph/formats/carnet_stream.py).

The backup holds ``--people`` people (one e-mail each), one tie per ten people and a job per
person at one of a thousand companies: 35 MB at 100k people, 350 MB at 1M — over the 200 MB
size limit, which this benchmark lifts for that run (and says so) to measure the stream.
Printed next to it: the floor of merely parsing the file with ``json.loads`` (time and memory of
a process that does only that), and a second import of the same file (nothing changes).

    python -m bench.carnet_json [--people 100000 1000000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.memory import OWN_PEAK_KB, carnet
from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.formats.interchange import write_document
from ingest.common import MAX_FILE_BYTES

PARSE_ONLY = f"""
import json, sys, time
start = time.perf_counter()
json.loads(open(sys.argv[1], encoding="utf-8").read())
print(time.perf_counter() - start, {OWN_PEAK_KB} / 1024)
"""


def backup(path: Path, people: int) -> None:
    """A canonical Carnet JSON file, written as it is made (as ``carnet export`` does)."""
    data = GraphData(
        members=["p:0000000"],
        people=[Person(f"p:{n:07d}", f"Zoé Martin {n}", (f"zoe.{n}@exemple.fr",))
                for n in range(people)],
        companies=[Company(f"c:{n:04d}", f"Phocée Logistique {n}") for n in range(1000)],
        jobs=[Job(f"p:{n:07d}", f"c:{n % 1000:04d}", "Cheffe de projet")
              for n in range(people)])
    ties = (Knows(f"p:{n:07d}", f"p:{n + 1:07d}", closeness=3, since="2020-01-01",
                  how_met="au travail") for n in range(0, people - 1, 10))
    with path.open("w", encoding="utf-8") as out:
        write_document(out, data, ties)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        backup(args.write, args.people[0])
        return
    with tempfile.TemporaryDirectory() as folder:
        for people in args.people:
            path, db = Path(folder) / "backup.json", Path(folder) / "restored.db"
            # (written by another process, as a user's backup is)
            subprocess.run([sys.executable, "-m", "bench.carnet_json", "--write", str(path),
                            "--people", str(people)], check=True)
            size = path.stat().st_size
            print(f"Carnet JSON of {people:,} people ({size / 2**20:.0f} MB, limit "
                  f"{MAX_FILE_BYTES / 2**20:.0f} MB"
                  + (", lifted for this run" if size > MAX_FILE_BYTES else "") + "):")
            done = subprocess.run([sys.executable, "-c", PARSE_ONLY, str(path)],
                                  capture_output=True, text=True, check=True)
            seconds, peak = map(float, done.stdout.split())
            print(f"  floor: json.loads alone        {seconds:6.1f} s  peak {peak:6.0f} MB")
            # A file over the size limit is imported all the same, to measure (said below)
            lift = (f"import ingest.common; ingest.common.MAX_FILE_BYTES = {size}\n"
                    if size > MAX_FILE_BYTES else "")
            for label in ("import, empty store", "import again"):
                seconds, peak, said = carnet("--db", str(db), "import", str(path),
                                             prelude=lift)
                print(f"  {label:<30}{seconds:6.1f} s  peak {peak:6.0f} MB  {said[:70]}")
            db.unlink()
            path.unlink()


if __name__ == "__main__":
    main()
