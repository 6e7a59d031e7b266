"""Peak memory (and time) of the largest allowed import and of a big export, as a user runs
them (``carnet`` in a new process; peak = the process's own maximum resident set size, ``VmHWM``).

Imports: the largest accepted LinkedIn export (100,000 rows, the most a file may hold), then a
file of each kind just under the size limit (``--mb``, default the limit itself): a LinkedIn
export and a vCard file (refused past 100,000 contacts), an mbox (mostly bodies, which are
skipped) and a hostile mbox (nothing but headers, 50,000 correspondents).
Export: a store of ``--people`` people with five ties each, to Carnet JSON and to CSV.

    python -m bench.memory [--mb 200] [--people 100000] [--only import|export|hostile]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.ingest import write_export as write_linkedin
from graph.core.model import GraphData, Knows, Person
from graph.stores.sqlite_store import SqliteStore
from ingest.common import MAX_CONTACTS, MAX_FILE_BYTES

# A process's own peak resident memory, in kB, as the process itself reads it: ``VmHWM``,
# which starts again at exec. (``ru_maxrss`` keeps the peak of the process it was forked
# from: a bench's, or a test run's, 514 MB half-way through the suite.)
OWN_PEAK_KB = ('int(next(line.split()[1] for line in open("/proc/self/status") '
               'if line.startswith("VmHWM:")))')
# ``carnet`` with its arguments, saying its peak last on stderr (``peak_kb=…``)
RUN = f"""
import sys
from cli import main
try:
    main(sys.argv[1:])
finally:
    print("peak_kb=%d" % {OWN_PEAK_KB}, file=sys.stderr)
"""
ME = "moi@exemple.fr"


def carnet(*args: str, prelude: str = "") -> tuple[float, float, str]:
    """(seconds, peak MB, what it said) of one ``carnet`` command (``prelude``: Python run
    first in that process)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", prelude + RUN, *args], capture_output=True,
                          text=True, check=False)
    seconds = time.perf_counter() - start
    *said, peak = done.stderr.splitlines()
    out = (done.stdout.strip().splitlines() or said or [""])[0]
    return seconds, int(peak.removeprefix("peak_kb=")) / 1024, out


def fill(path: Path, size: int, chunk: Callable[[int], str]) -> None:
    """Write ``chunk(n)`` for n = 0, 1, … while the file stays under ``size`` bytes."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(10**9):
            text = chunk(n)
            encoded = len(text.encode())
            if written + encoded > size:
                return
            out.write(text)
            written += encoded


def vcard(n: int) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Martin {n}\r\nN:Martin;Zoé;;;\r\n"
            f"EMAIL;TYPE=work:zoe.{n}@exemple.fr\r\nTEL;TYPE=cell:+3361{n % 10**7:07d}\r\n"
            f"ORG:Phocée Logistique {n % 997}\r\nTITLE:Cheffe de projet\r\nEND:VCARD\r\n")


def mail(n: int, body: int) -> str:
    other = f"contact{n // 2 % 50_000}@exemple.fr"  # each writes and gets an answer
    sender, to = (ME, other) if n % 2 else (other, ME)
    return (f"From x Mon Oct 06 09:00:00 2026\nFrom: Zoé Martin {n // 2 % 50_000} <{sender}>\n"
            f"To: {to}\nSubject: bonjour\nDate: Mon, 06 Oct 2026 09:00:00 +0200\n\n"
            + ("Le contenu n'est jamais lu.\n" * body) + "\n")


def imports(folder: Path, size: int, only_hostile: bool = False) -> None:
    print(f"Imports of files of {size / 2**20:.0f} MB (limit {MAX_FILE_BYTES / 2**20:.0f} MB):")
    files = {
        "LinkedIn, 100k rows": (folder / "Most.csv", ("--me", "Isabelle Prigent")),
        "LinkedIn CSV": (folder / "Connections.csv", ("--me", "Isabelle Prigent")),
        "vCard": (folder / "contacts.vcf", ("--me", "Isabelle Prigent")),
        "mbox (bodies)": (folder / "mail.mbox", ("--me", ME)),
        "mbox (headers only)": (folder / "headers.mbox", ("--me", ME)),
    }
    if not only_hostile:
        write_linkedin(files["LinkedIn, 100k rows"][0], MAX_CONTACTS)  # the most a file holds
        write_linkedin(files["LinkedIn CSV"][0], size // 150)  # about 145 bytes a row
        fill(files["vCard"][0], size, vcard)
        fill(files["mbox (bodies)"][0], size, lambda n: mail(n, 4000))
    fill(files["mbox (headers only)"][0], size, lambda n: mail(n, 0))
    for label, (path, me) in files.items():
        if only_hostile and label != "mbox (headers only)":
            continue
        db = folder / f"{path.stem}.db"
        store = SqliteStore(db)  # the member, whose addresses tell which side mail is on
        store.save(GraphData(people=[Person("p:me", "Isabelle Prigent", (ME,))],
                             members=["p:me"]))
        store.close()
        seconds, peak, said = carnet("--db", str(db), "import", str(path), *me)
        print(f"  {label:<20} {path.stat().st_size / 2**20:6.0f} MB  {seconds:7.1f} s  "
              f"peak {peak:6.0f} MB  {said[:90]}")
        if label == "mbox (headers only)":  # 50,000 names alike: the review queue's work
            seconds, peak, said = carnet("--db", str(db), "review")
            print(f"  {'  then carnet review':<20} {'':>9}  {seconds:7.1f} s  "
                  f"peak {peak:6.0f} MB  {said[:90]}")
        db.unlink(missing_ok=True)


def tie(a: int, b: int, rng: random.Random) -> Knows:
    """A tie between two people (each new person knows five earlier ones)."""
    return Knows(f"p:{b:07d}", f"p:{a:07d}", closeness=rng.randint(1, 5), since="2020-01-01",
                 how_met="au travail", source="manual")


def exports(folder: Path, people: int) -> None:
    db = folder / "big.db"
    store = SqliteStore(db)
    rng = random.Random(5)
    batch = 20_000
    for start in range(0, people, batch):
        chunk = range(start, min(start + batch, people))
        store.save(GraphData(
            people=[Person(f"p:{n:07d}", f"Zoé Martin {n}", (f"zoe.{n}@exemple.fr",),
                           notes="Rencontrée au salon, « à recontacter »") for n in chunk],
            knows=[tie(n, rng.randrange(n), rng) for n in chunk for _ in range(5) if n]))
    counts = store.counts()
    store.close()
    print(f"Exports of a store of {counts.people:,} people and {counts.knows:,} ties "
          f"({db.stat().st_size / 2**20:.0f} MB):")
    for fmt in ("json", "csv"):
        out = folder / f"out.{fmt}"
        seconds, peak, _ = carnet("--db", str(db), "export", str(out))
        print(f"  {fmt:<5} {out.stat().st_size / 2**20:6.0f} MB written  {seconds:6.1f} s  "
              f"peak {peak:6.0f} MB  ({peak / (out.stat().st_size / 2**20):.1f}× the file)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=MAX_FILE_BYTES / 2**20)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--only", choices=("import", "export", "hostile"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "export":
            imports(Path(folder), int(args.mb * 2**20), args.only == "hostile")
        if args.only not in ("import", "hostile"):
            exports(Path(folder), args.people)


if __name__ == "__main__":
    main()
