"""Benchmark of importing a LinkedIn export end to end, as a user runs it.

Writes a 30,000-row ``Connections.csv`` (preamble, accents, quoted commas, some empty rows),
then times ``carnet import`` into an empty store (a new process, as a user runs it), a
second import of the same file, which must change nothing, and ``carnet review`` (which
looks for likely duplicates among everyone: 270 names shared by all the rows, on purpose).

    python bench/ingest.py [--rows 30000]
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.stores.sqlite_store import SqliteStore

FIRST = ["Camille", "Léa", "Chloé", "Inès", "Zoé", "Anaïs", "Lucas", "Théo", "Raphaël", "Loïc",
         "François", "Jérôme", "Stéphane", "Hélène", "Noémie", "Solène", "Karim", "Véronique"]
LAST = ["Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Mercier", "Guérin", "Faure",
        "Roux", "Bastide", "Benali", "Chérif", "Santoni", "Ferracci", "Escoffier"]
WORDS = ["Azur", "Phocée", "Calanque", "Mistral", "Lumière", "Rade", "Frioul", "Estaque",
         "Noailles", "Prado", "Pharo", "Joliette", "Canebière", "Goudes", "Endoume", "Olivier"]
KINDS = ["Conseil", "Logistique", "Santé", "Médias", "Digital", "Habitat", "Énergie", "Studio",
         "Assurances", "Transports", "Formation", "Événements"]
COMPANIES = [f"{a} {b} {k}" for a in WORDS for b in WORDS if a != b for k in KINDS]


def write_export(path: Path, rows: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write('Notes:\r\n"When exporting your connection data, you may notice that some '
                  'of the email addresses are missing."\r\n\r\n')
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                         "Position", "Connected On"])
        for n in range(rows):
            if n % 500 == 499:
                writer.writerow(["", "", "", "", "", "", "01 Jan 2020"])
                continue
            first, last = rng.choice(FIRST), rng.choice(LAST)
            writer.writerow([first, last, f"https://www.linkedin.com/in/{first}-{last}-{n}"
                             "?miniProfileUrn=x", f"{n}@exemple.fr" if n % 7 == 0 else "",
                             rng.choice(COMPANIES), "Chargée de communication",
                             f"{rng.randint(1, 28):02d} Mar {rng.randint(2010, 2026)}"])


def carnet(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True,
                          check=True)
    return time.perf_counter() - start, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        export, db = Path(folder) / "Connections.csv", Path(folder) / "carnet.db"
        write_export(export, args.rows)
        print(f"{args.rows:,} rows, {export.stat().st_size / 1e6:.1f} MB")
        for label in ("first import", "same file again"):
            seconds, said = carnet("--db", str(db), "import", str(export), "--me",
                                   "Isabelle Prigent")
            print(f"{label:<16} {seconds:5.2f} s  {args.rows / seconds:>9,.0f} rows/s  {said}")
        seconds, said = carnet("--db", str(db), "review")
        print(f"{'review':<16} {seconds:5.2f} s  {len(said.splitlines()):,} pairs listed")
        store = SqliteStore(db)
        print(f"store: {store.counts()}, graph_version {store.graph_version()}")
        store.close()


if __name__ == "__main__":
    main()
