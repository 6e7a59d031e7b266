"""Exports as they arrive, zipped (LinkedIn's "Get a copy of your data", Google Takeout):
the one export inside is imported as if it had been unzipped first, on every store; an
archive that holds none, several, or cannot be read is refused in one line, nothing written."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

import ingest.common
from graph.core.errors import ImportFailed
from graph.stores.port import GraphStore
from ingest.importer import import_file, preview_file

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"


def zipped(path: Path, members: dict[str, bytes | Path]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, Path):
                archive.write(content, name)
            else:
                archive.writestr(name, content)
    return path


def refusal(store: GraphStore, path: Path) -> str:
    """The French line an import of ``path`` is refused with; nothing written."""
    version = store.graph_version()
    with pytest.raises(ImportFailed) as refused:
        import_file(store, path, me=ME, today=TODAY)
    assert store.graph_version() == version
    return refused.value.words("fr")


def test_linkedin_s_archive_imports_its_connections(store: GraphStore, tmp_path: Path) -> None:
    """LinkedIn's archive holds a dozen CSV files; Connections.csv is the network."""
    archive = zipped(tmp_path / "Basic_LinkedInDataExport_11-28-2026.zip", {
        "Connections.csv": DATA / "Connections.csv",
        "Invitations.csv": b"From,To,Sent At,Message,Direction\nA,B,1/1/24,,OUTGOING\n",
        "Profile.csv": b"First Name,Last Name,Headline\nIsabelle,Prigent,Consultante\n",
        "messages.csv": b"CONVERSATION ID,FROM,TO,DATE,CONTENT\n1,A,B,2024,Bonjour\n",
        "Rich_Media.csv": b"Date/Time,Media Link\n"})
    result = import_file(store, archive, me=ME, today=TODAY)
    assert result.format == "linkedin"
    from_zip = store.dump(ties=True)

    again = import_file(store, archive, me=ME, today=TODAY).report
    assert (again.added, again.updated) == (0, 0)
    plain = import_file(store, DATA / "Connections.csv", me=ME, today=TODAY).report
    assert (plain.added, plain.updated) == (0, 0)  # the very same import as the file itself
    assert store.dump(ties=True).people == from_zip.people
    assert result.report.added == len(from_zip.people) - 1  # (and the member)


def test_an_archive_s_one_export_in_a_folder_is_found_past_a_mac_s_files(
        store: GraphStore, tmp_path: Path) -> None:
    archive = zipped(tmp_path / "contacts.zip", {
        "export/": b"",
        "export/iphone-export.vcf": DATA / "iphone-export.vcf",
        "__MACOSX/export/._iphone-export.vcf": b"\x00\x05\x16\x07 resource fork",
        "export/.DS_Store": b"\x00\x00\x00\x01Bud1",
        "export/lisez-moi.txt": b"Export du 28/11"})
    fmt, parsed = preview_file(store, archive, me=ME)
    assert fmt == "vcard"
    names = {c.name for c in parsed.contacts}
    assert import_file(store, archive, me=ME, today=TODAY).report.added == len(names)


def test_google_takeout_s_every_contact_is_the_one_of_its_address_books(
        store: GraphStore, tmp_path: Path) -> None:
    """Takeout writes one vCard file per label, every contact in "All Contacts"."""
    archive = zipped(tmp_path / "takeout-20261128T101010Z-001.zip", {
        "Takeout/archive_browser.html": b"<html></html>",
        "Takeout/Contacts/All Contacts/All Contacts.vcf": DATA / "contacts-40.vcf",
        "Takeout/Contacts/Famille/Famille.vcf": DATA / "android-21.vcf"})
    fmt, parsed = preview_file(store, archive, me=ME)
    expected = preview_file(store, DATA / "contacts-40.vcf", me=ME)[1]
    assert (fmt, [c.name for c in parsed.contacts]) == (
        "vcard", [c.name for c in expected.contacts])


@pytest.mark.parametrize(("members", "said"), [
    ({"photo.jpg": b"\xff\xd8\xff", "index.html": b"<html>"},
     "x.zip : cette archive ZIP ne contient aucun export que Carnet lit (Connections.csv de "
     "LinkedIn, un fichier .vcf, .csv, .ics ou .mbox)"),
    ({"famille.vcf": DATA / "android-21.vcf", "travail.vcf": DATA / "apple-30.vcf"},
     "x.zip : cette archive ZIP contient plusieurs exports (famille.vcf, travail.vcf) : "
     "décompressez-la et importez-les un par un"),
])
def test_an_archive_without_one_export_says_so(store: GraphStore, tmp_path: Path,
                                              members: dict[str, bytes | Path], said: str,
                                              ) -> None:
    assert refusal(store, zipped(tmp_path / "x.zip", members)) == said


def test_a_damaged_archive_is_refused_in_one_line(store: GraphStore, tmp_path: Path) -> None:
    whole = zipped(tmp_path / "whole.zip", {"Connections.csv": DATA / "Connections.csv"})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[:300])
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    locked = tmp_path / "locked.zip"  # (zipfile writes no encryption: the flag says it)
    central = whole.read_bytes().index(b"PK\x01\x02")
    flags = bytearray(whole.read_bytes())
    flags[central + 8] |= 0x1
    locked.write_bytes(bytes(flags))
    for path in (cut, fake, locked):
        assert refusal(store, path) == (
            f"{path.name} : archive ZIP illisible (abîmée, ou protégée par un mot de passe) ; "
            "décompressez-la d'abord")


def test_an_export_too_big_once_unzipped_is_refused_before_it_is_unzipped(
        store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small archive may hold a file of gigabytes (a "zip bomb"): its size is checked
    against the limit before a byte of it is written out."""
    archive = zipped(tmp_path / "x.zip", {"Connections.csv": b"First Name," + b" " * 2**21})
    monkeypatch.setattr(ingest.common, "MAX_FILE_BYTES", 2**20)
    assert archive.stat().st_size < 2**20

    def not_read(*_: object, **__: object) -> None:
        raise AssertionError("a byte of it was read")
    monkeypatch.setattr(zipfile.ZipFile, "open", not_read)
    assert refusal(store, archive) == (
        "Connections.csv : 2,0 Mo, c'est plus qu'un export (limite : 1 Mo)")


def test_an_archive_s_own_strangeness_is_refused_in_one_line(store: GraphStore,
                                                            tmp_path: Path) -> None:
    """Names marked UTF-8 that are not, two networks zipped together, an empty archive, a
    name that would print control characters: each is one line, nothing written."""
    bad_names = tmp_path / "bad.zip"
    zipped(bad_names, {"Connections.csv": DATA / "Connections.csv"})
    raw = bytearray(bad_names.read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # the name's bytes, in both headers
        at = raw.index(header)
        name_at = at + (30 if header == b"PK\x03\x04" else 46)
        raw[name_at] = 0xFF
        flag = at + (6 if header == b"PK\x03\x04" else 8)
        raw[flag + 1] |= 0x08  # (bit 11: the name is UTF-8)
    bad_names.write_bytes(bytes(raw))
    assert refusal(store, bad_names) == (
        "bad.zip : archive ZIP illisible (abîmée, ou protégée par un mot de passe) ; "
        "décompressez-la d'abord")
    two = zipped(tmp_path / "two.zip", {"elle/Connections.csv": DATA / "Connections.csv",
                                        "lui/Connections.csv": DATA / "Connections-2026.csv"})
    assert refusal(store, two) == (
        "two.zip : cette archive ZIP contient plusieurs exports (Connections.csv, "
        "Connections.csv) : décompressez-la et importez-les un par un")
    empty = zipped(tmp_path / "empty.zip", {})
    assert refusal(store, empty).startswith("empty.zip : cette archive ZIP ne contient aucun")
    odd = zipped(tmp_path / "odd.zip", {"a\x1b[31mRED\n.vcf": DATA / "android-21.vcf",
                                        "b.vcf": DATA / "apple-30.vcf"})
    assert refusal(store, odd) == (
        "odd.zip : cette archive ZIP contient plusieurs exports (a[31mRED.vcf, b.vcf) : "
        "décompressez-la et importez-les un par un")


def test_an_export_of_a_very_long_name_is_read_under_a_shorter_one(
        store: GraphStore, tmp_path: Path) -> None:
    archive = zipped(tmp_path / "long.zip", {"x" * 300 + ".vcf": DATA / "android-21.vcf"})
    fmt, parsed = preview_file(store, archive, me=ME)
    assert fmt == "vcard" and parsed.contacts


def test_an_archive_of_too_many_files_is_refused_before_it_is_read(
        store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """300,000 empty entries in 25 MB took 16 s and 320 MB to list: the count is read from
    the archive's last record first."""
    archive = zipped(tmp_path / "many.zip", {f"{n}.txt": b"" for n in range(1001)})

    def not_opened(*_: object, **__: object) -> None:
        raise AssertionError("the archive was opened")
    monkeypatch.setattr(zipfile, "ZipFile", not_opened)
    assert refusal(store, archive) == (
        "many.zip : cette archive ZIP contient 1\u00a0001 fichiers ; un export en contient au "
        "plus 1\u00a0000 : décompressez-la et choisissez le fichier")
