"""Hostile files: each is refused with exit code 2 and one clear line, the store unchanged,
and the process stays under 500 MB."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.memory import RUN
from graph.core.errors import ImportFailed
from graph.services.demo import load_demo
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from ingest.common import MAX_FILE_BYTES
from ingest.importer import import_file

DATA = Path(__file__).parent / "data"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
PEAK_LIMIT_KB = 500 * 1024


def write_empty(path: Path) -> None:
    path.write_bytes(b"")


def write_header_only(path: Path) -> None:
    path.write_text(LINKEDIN_HEADER, encoding="utf-8")


def write_invalid_utf8(path: Path) -> None:
    """UTF-8, then Latin-1: neither (a file all in Windows-1252 is read as such)."""
    path.write_bytes(LINKEDIN_HEADER.encode() + "Zoé,Durand,,,,,\n".encode() +
                     "Loïc,Hervé,,,,,\n".encode("latin-1"))


def write_huge_field(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(LINKEDIN_HEADER + 'Zoé,"')
        for _ in range(100):
            out.write("x" * (1024 * 1024))
        out.write('",,,,,\n')


def write_many_rows(path: Path) -> None:
    path.write_text("Name\n" + "".join(f"P{n}\n" for n in range(100_001)), encoding="utf-8")


def write_nul(path: Path) -> None:
    path.write_bytes(LINKEDIN_HEADER.encode() + b"Zo\x00e,Durand,,,,,\n")


def write_million_columns(path: Path) -> None:
    write_columns(1_000_000)(path)


def write_columns(n: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(",".join(f"c{n}" for n in range(n)) + "\n", encoding="utf-8")
    return write


def zip_of(members: dict[str, bytes]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in members.items():
                archive.writestr(name, content)
    return write


def write_cut_zip(path: Path) -> None:
    """LinkedIn's archive, half downloaded."""
    zip_of({"Connections.csv": (DATA / "Connections.csv").read_bytes()})(path)
    path.write_bytes(path.read_bytes()[:200])


def over_the_limit(path: Path) -> None:
    """One byte over the size limit, sparse: refused before a byte is read."""
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)


def bytes_of(content: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(content)
    return write


FOLDED_10_MB = (" " + "x" * 2**16 + "\n") * 160  # a field of 10 MB, folded in 64 KB lines


def ten_mb_field(template: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        big = "x" * (10 * 2**20) if path.suffix == ".json" else FOLDED_10_MB
        path.write_text(template.replace("{big}", big), encoding="utf-8")
    return write


def copy_of(name: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes((DATA / name).read_bytes())
    return write


CASES: list[tuple[str, Callable[[Path], None], tuple[str, ...], str]] = [
    ("empty.csv", write_empty, (), "the file is empty"),
    ("header.csv", write_header_only, (), "no contacts found"),
    ("wrong.csv", copy_of("Connections.csv"), ("--format", "vcard"), "not in vCard format"),
    ("Connections.vcf", copy_of("apple-30.vcf"), ("--format", "linkedin"),
     "not in LinkedIn Connections.csv format"),
    ("latin1.csv", write_invalid_utf8, (), "not UTF-8 text (line 3"),
    ("huge.csv", write_huge_field, (), "huge.csv: line 2 is longer than 1 MB"),
    ("cell.csv", ten_mb_field(LINKEDIN_HEADER + 'Zoé,"{big}",,,,,\n'), (),
     "cell.csv: line 3: a field is larger than 128 KB"),
    ("big.vcf", ten_mb_field("BEGIN:VCARD\nFN:Zo\n{big}END:VCARD\n"), (),
     "big.vcf: line 2: a field is larger than 128 KB"),
    ("big.ics", ten_mb_field("BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTENDEE;CN=Zo\n{big}:mailto:z@x"
                             "\nEND:VEVENT\n"), ("--me", "me@example.fr"),
     "big.ics: line 3: a field is larger than 128 KB"),
    ("big.mbox", ten_mb_field("From x\nSubject: hi\nFrom: Zo\n{big} <z@x.fr>\n\nbody\n"),
     ("--me", "me@example.fr"), "big.mbox: line 3: a field is larger than 128 KB"),
    ("big.json", ten_mb_field('{"format": "carnet", "version": 1, "people": [{"id": "p:z", '
                              '"name": "{big}"}]}'), (), "people[0].name: longer than 128 KB"),
    *[(f"over.{ext}", over_the_limit, args, f"over.{ext}: 200.0 MB is more than an export "
       "holds (limit 200 MB)") for ext, args in
      [("csv", ()), ("vcf", ()), ("ics", ("--me", "me@example.fr")),
       ("mbox", ("--me", "me@example.fr")), ("json", ())]],
    ("many.csv", write_many_rows, ("--format", "csv"),
     "many.csv: more than 100,000 contacts; no export holds so many"),
    ("nul.csv", write_nul, (), "contains NUL bytes"),
    ("wide.csv", write_million_columns, ("--format", "csv"), "line 1 is longer than 1 MB"),
    ("wider.csv", write_columns(1001), ("--format", "csv"), "line 1: 1,001 columns"),
    ("Connections.csv", write_cut_zip, (), "an unreadable ZIP archive (damaged, or protected"),
    # An archive is read for the one export it holds (a LinkedIn download is a ZIP)
    ("Basic_LinkedInDataExport.zip", zip_of({"inner.zip": b"PK\x03\x04", "a.pdf": b"%PDF"}),
     (), "Basic_LinkedInDataExport.zip: this ZIP archive holds no export Carnet reads"),
    ("export.zip", zip_of({"Connections.csv": b"First Name,Last Name\x00,URL\n"}), (),
     "Connections.csv: contains NUL bytes"),
    ("gzip.gz", bytes_of(b"\x1f\x8b\x08\x00"), (), "a gzip archive (unpack it first)"),
    ("scan.pdf", bytes_of(b"%PDF-1.4\n%\xe2\xe3\n"), (), "a PDF document"),
    ("photo.jpg", bytes_of(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), (),
     "photo.jpg: contains NUL bytes"),
    ("mail.mbox", write_header_only, ("--me", "me@example.fr"), "not in mbox format"),
    ("cal.ics", write_header_only, ("--me", "me@example.fr"), "not in iCalendar format"),
]


@pytest.mark.parametrize(("name", "make", "args", "message"), CASES,
                         ids=[case[0] + "-" + "-".join(case[2]) for case in CASES])
def test_hostile_file_is_refused_whole(tmp_path: Path, name: str, make: Callable[[Path], None],
                                       args: tuple[str, ...], message: str) -> None:
    db = tmp_path / "c.db"
    store = SqliteStore(db)
    load_demo(store)
    version, counts = store.graph_version(), store.counts()
    store.close()
    path = tmp_path / name
    make(path)
    if "--me" not in args:
        args = (*args, "--me", "Isabelle Prigent")
    done = subprocess.run([sys.executable, "-c", RUN, "--db", str(db), "import", str(path),
                           *args], capture_output=True, text=True, timeout=120, check=False)
    *lines, peak = done.stderr.splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("carnet: ") and message in lines[0], lines
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert int(peak.removeprefix("peak_kb=")) < PEAK_LIMIT_KB
    after = SqliteStore(db)
    assert (after.graph_version(), after.counts()) == (version, counts)


def test_a_row_whose_name_or_company_is_too_long_to_be_one_is_skipped(
        store: GraphStore, tmp_path: Path) -> None:
    """A name of 5,000 characters is no one's: the row is skipped, with its line, the rest
    imported (it filled screens of a card's heading)."""
    export = tmp_path / "Connections.csv"
    export.write_text(LINKEDIN_HEADER + f"{'A' * 5000},Roux,,,Phocée,Graphiste,12 Mar 2024\n"
                      f"Léa,Roux,,,{'Phocée ' * 40},Graphiste,12 Mar 2024\n"
                      "Inès,Benali,,,Phocée,Graphiste,12 Mar 2024\n", encoding="utf-8")
    report = import_file(store, export, me="Isabelle Prigent").report
    assert report.added == 2
    assert [(s.line, s.code) for s in report.skipped] == [(2, "name_long")]
    data = store.dump(ties=False)
    assert sorted(p.name for p in data.people) == ["Inès Benali", "Isabelle Prigent", "Léa Roux"]
    assert [c.name for c in data.companies] == ["Phocée"]  # (Léa kept, her company's cell not)
    aside = export.with_name("aside.csv")  # (an other name in brackets too long to be one)
    aside.write_text(LINKEDIN_HEADER + f"Marie,Dupont ({'X' * 300}),,,,,\n", encoding="utf-8")
    import_file(store, aside, me="Isabelle Prigent")
    [marie] = [p for p in store.dump(ties=False).people if p.name == "Marie Dupont"]
    assert marie.aliases == ()
    version = store.graph_version()
    with pytest.raises(ImportFailed) as refused:
        import_file(store, export, me="I" * 201)
    assert refused.value.code == "name_long" and store.graph_version() == version
