"""Benchmark of importing a LinkedIn export end to end, as a user runs it.

Writes a 30,000-row ``Connections.csv`` (preamble, accents, quoted commas, some empty rows),
then times ``carnet import`` into an empty store (a new process, as a user runs it), a
second import of the same file, which must change nothing, and ``carnet review`` (which
looks for likely duplicates among everyone: 270 names shared by all the rows, on purpose;
``--distinct-names``: a different name on every row instead; ``--compound-names``: a third
of the last names double, « Martin-Roux », and an eighth of the first names compound,
« Anne-Sophie », whose shorter forms the look-alike search looks up).

Each is printed next to the floor: a process writing the same four tables with plain ``csv`` +
``executemany``. The floor and the first import are timed ``--repeat`` times, one after the
other (the machine may be shared: medians, side by side). Both run as a user's processes do,
with Python's compiled modules kept (a sandbox's ``PYTHONDONTWRITEBYTECODE`` left out; one
untimed import first compiles them). ``--neo4j`` also times the first import into the Neo4j
test server. ``--against DIR`` also times the first import of another checkout (a baseline,
e.g. ``git worktree add /tmp/base <commit>``), in turn with this one, next to the same floor.

    python -m bench.ingest [--rows 30000] [--repeat 3] [--neo4j] [--distinct-names]
                           [--compound-names] [--against DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.core.wording import say
from graph.stores.sqlite_store import SqliteStore

FIRST = ["Camille", "Léa", "Chloé", "Inès", "Zoé", "Anaïs", "Lucas", "Théo", "Raphaël", "Loïc",
         "François", "Jérôme", "Stéphane", "Hélène", "Noémie", "Solène", "Karim", "Véronique"]
LAST = ["Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Mercier", "Guérin", "Faure",
        "Roux", "Bastide", "Benali", "Chérif", "Santoni", "Ferracci", "Escoffier"]
WORDS = ["Azur", "Phocée", "Calanque", "Mistral", "Lumière", "Rade", "Frioul", "Estaque",
         "Noailles", "Prado", "Pharo", "Joliette", "Canebière", "Goudes", "Endoume", "Olivier"]
COMPOUND = ["Anne-Sophie", "Jean-Baptiste", "Marie-Claire", "Pierre-Yves", "Marie-Hélène"]
KINDS = ["Conseil", "Logistique", "Santé", "Médias", "Digital", "Habitat", "Énergie", "Studio",
         "Assurances", "Transports", "Formation", "Événements"]
COMPANIES = [f"{a} {b} {k}" for a in WORDS for b in WORDS if a != b for k in KINDS]


def distinct_names(rows: int, rng: random.Random) -> list[tuple[str, str]]:
    """As many different names as rows, made of syllables (a few hundred first names, two
    thousand last names): their blocking keys crowd as a real notebook's common ones do, and
    no name is met twice, so the look-alike search cannot keep a name's candidates."""
    syllables = ["ma", "ri", "lo", "be", "na", "chi", "ter", "vel", "do", "ra", "su", "mi", "ko",
                 "len", "bar", "tho", "gui", "zan", "fe", "lu"]

    def words(n: int, most: int) -> list[str]:
        made: dict[str, None] = {}
        while len(made) < most:
            made["".join(rng.choice(syllables) for _ in range(n)).capitalize()] = None
        return list(made)

    firsts, lasts = words(2, 300), words(3, 2000)
    pairs = [(first, last) for first in firsts for last in lasts]
    return rng.sample(pairs, rows)


def write_export(path: Path, rows: int, seed: int = 3, distinct: bool = False,
                 compound: bool = False) -> None:
    rng = random.Random(seed)
    names = distinct_names(rows, rng) if distinct else None
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
            first, last = names[n] if names else (rng.choice(FIRST), rng.choice(LAST))
            if compound and rng.random() < 1 / 3:
                last += "-" + (rng.choice(names)[1] if names else rng.choice(LAST))
            if compound and rng.random() < 1 / 8:
                first = rng.choice(COMPOUND)
            writer.writerow([first, last, f"https://www.linkedin.com/in/{first}-{last}-{n}"
                             "?miniProfileUrn=x", f"{n}@exemple.fr" if n % 7 == 0 else "",
                             rng.choice(COMPANIES), "Chargée de communication",
                             f"{rng.randint(1, 28):02d} Mar {rng.randint(2010, 2026)}"])


def user_env(folder: Path) -> dict[str, str]:
    """The environment of a user's process: compiled modules written and read again (here
    under ``folder``, not beside the sources)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(folder / "pycache")}


ROOT = Path(__file__).parents[1]


def carnet(*args: str, env: dict[str, str] | None = None,
           checkout: Path = ROOT) -> tuple[float, str]:
    """A ``carnet`` process of ``checkout``'s code: its time and what it said."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True,
                          check=True, cwd=checkout,
                          env={**(env or os.environ), "PYTHONPATH": str(checkout)})
    return time.perf_counter() - start, done.stdout.strip()


# The floor: a process that reads the same rows with plain ``csv`` and writes the same four
# tables (person, company, knows, job) with ``executemany``: no resolution, no checks.
FLOOR = """
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2], isolation_level=None)
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for line in f:
        if line.startswith("First Name,"):
            break
    rows = [r for r in csv.reader(f) if r[0]]
people = [(f"p:{n}", f"{r[0]} {r[1]}", "[]", "[]", r[2], "", "[]", f"{r[0]} {r[1]}".lower(),
           f"{r[0]} {r[1]}".lower(), "now", "now", n + 1) for n, r in enumerate(rows)]
companies = {r[4]: (f"c:{r[4]}", r[4], None, "[]", r[4].lower(), r[4].lower()) for r in rows}
# (the columns named: schema 7's other names keep their default, '[]')
person = ("INSERT INTO person (id, name, emails, phones, linkedin, notes, tags, name_key, "
          "search_key, created_at, updated_at, num) VALUES ")
db.execute("BEGIN IMMEDIATE")
db.execute(person + "('p:me', 'Moi', '[]', '[]', NULL, '', '[]', 'moi', 'moi', 'now', 'now', 0)")
db.executemany(person + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", people)
db.executemany("INSERT INTO company VALUES (?, ?, ?, ?, ?, ?)", companies.values())
# (schema 6: each tie also keeps its ends' integer keys, its day and its source's code)
db.executemany("INSERT INTO knows VALUES (?, ?, NULL, ?, NULL, 0, '', 'linkedin', ?, ?, NULL, 1)",
               [(min("p:me", p[0]), max("p:me", p[0]), r[6], *sorted((0, p[11])))
                for p, r in zip(people, rows)])
db.executemany("INSERT INTO job VALUES (?, ?, ?, '', NULL, NULL, 1)",
               [(p[0], f"c:{r[4]}", r[5]) for p, r in zip(people, rows)])
db.execute("COMMIT")
"""


def floor(export: Path, db: Path, env: dict[str, str] | None = None) -> float:
    SqliteStore(db).close()  # an empty store: the same schema and indexes
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", FLOOR, str(export), str(db)], check=True, env=env)
    return time.perf_counter() - start


def neo4j_import(export: Path) -> float:
    """The same first import into the Neo4j test server (started as bench/neo4j.py does)."""
    from bench.neo4j import server
    from tests.conftest import wipe_neo4j

    with server() as neo:
        wipe_neo4j(neo)
        seconds, _ = carnet("--db", neo.uri, "import", str(export), "--me", "Isabelle Prigent",
                            env={**os.environ, **neo.env()})
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="times the floor and the first import are timed (medians)")
    parser.add_argument("--neo4j", action="store_true", help="time the import on Neo4j too")
    parser.add_argument("--against", type=Path,
                        help="a checkout whose first import is timed in turn with this one's")
    parser.add_argument("--distinct-names", action="store_true",
                        help="a different name on every row (by default the rows share 270 "
                             "names, which the look-alike search finds once each)")
    parser.add_argument("--compound-names", action="store_true",
                        help="a third of the last names double, an eighth of the first names "
                             "compound")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        export, db = Path(folder) / "Connections.csv", Path(folder) / "carnet.db"
        write_export(export, args.rows, distinct=args.distinct_names,
                     compound=args.compound_names)
        print(f"{args.rows:,} rows, {export.stat().st_size / 1e6:.1f} MB, "
              f"load {os.getloadavg()[0]:.2f}")
        env = user_env(Path(folder))
        small = Path(folder) / "small.csv"
        write_export(small, 10)
        checkouts = [ROOT] + ([args.against.resolve()] if args.against else [])
        for n, checkout in enumerate(checkouts):  # (untimed: compiles the modules, as pip does)
            carnet("--db", str(Path(folder) / f"warm{n}.db"), "import", str(small), "--me",
                   "Isabelle Prigent", env=env, checkout=checkout)
        floors: list[float] = []
        firsts: list[list[float]] = [[] for _ in checkouts]
        other = Path(folder) / "other.db"
        for _ in range(args.repeat):
            for name in (db.name, other.name, "floor.db"):
                for suffix in ("", "-wal", "-shm"):
                    (Path(folder) / (name + suffix)).unlink(missing_ok=True)
            floors.append(floor(export, Path(folder) / "floor.db", env))
            saids = []
            for times, checkout, into in zip(firsts, checkouts, (db, other)[:len(checkouts)],
                                             strict=True):
                seconds, said = carnet("--db", str(into), "import", str(export), "--me",
                                       "Isabelle Prigent", env=env, checkout=checkout)
                times.append(seconds)
                saids.append(said)
            said = saids[0]  # (this checkout's)
        base, first = statistics.median(floors), statistics.median(firsts[0])
        print(f"{'floor':<16} {base:5.2f} s  (csv + executemany into the four tables; "
              f"median of {args.repeat})")
        print(f"{'first import':<16} {first:5.2f} s  {args.rows / first:>9,.0f} rows/s  "
              f"{first / base:4.1f}× the floor (median of {args.repeat})  {said}")
        if args.against:
            then = statistics.median(firsts[1])
            print(f"{'  of ' + args.against.name:<16} {then:5.2f} s  {args.rows / then:>9,.0f} "
                  f"rows/s  {then / base:4.1f}× the floor (the baseline, in turn)")
        seconds, said = carnet("--db", str(db), "import", str(export), "--me",
                               "Isabelle Prigent", env=env)
        print(f"{'same file again':<16} {seconds:5.2f} s  {args.rows / seconds:>9,.0f} rows/s  "
              f"{seconds / base:4.1f}× the floor, {seconds / first:4.0%} of the first  {said}")
        seconds, said = carnet("--db", str(db), "--lang", "en", "review", env=env)
        pairs = 0 if said == say("cli_nothing_to_review", "en") else sum(
            not line.startswith(" ") for line in said.splitlines())  # (each side indented)
        print(f"{'review':<16} {seconds:5.2f} s  {pairs:,} pairs listed")
        store = SqliteStore(db)
        print(f"store: {store.counts()}, graph_version {store.graph_version()}")
        store.close()
        if args.neo4j:
            seconds = neo4j_import(export)
            print(f"{'Neo4j, first':<16} {seconds:5.2f} s  {seconds / first:4.1f}× SQLite's")


if __name__ == "__main__":
    main()
