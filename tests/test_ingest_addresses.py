"""Mail and calendar guests known only by their address: a readable name when the address
clearly holds one (« Solene Roux » from solene.roux@…), matched to « Solène Roux » as names
are; shared and automatic mailboxes (contact@, noreply@) are not people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.core.model import GraphData, Person
from graph.core.wording import say_n
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from ingest.common import read_lines
from ingest.importer import import_file
from ingest.mail import parse_ics, read_mbox
from ingest.mailboxes import mailbox_kind, name_from_address, names_someone
from tests.cli_helpers import run_in_process

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 22)
ME = "isabelle@prigent-conseil.fr"


@pytest.mark.parametrize(("address", "name"), [
    ("solene.roux@gme-energie.example", "Solene Roux"),
    ("Solene.Roux@gme-energie.example", "Solene Roux"),
    ("marie_dupont@exemple.fr", "Marie Dupont"),
    ("marie-dupont@exemple.fr", ""), ("jean-pierre@exemple.fr", ""),  # (a first name, or two?)
    ("ressources.humaines@exemple.fr", ""), ("prenom.nom@exemple.fr", ""),
    ("jean-pierre.martin@exemple.fr", "Jean-Pierre Martin"),
    ("anne.marie.leroy@exemple.fr", "Anne Marie Leroy"),
    ("solene.roux+agenda@gme-energie.example", "Solene Roux"),
    ("j.dupont@exemple.fr", ""),           # an initial: not clearly a name
    ("jdupont@exemple.fr", ""),             # one word
    ("solene@exemple.fr", ""),
    ("marie.dupont2@exemple.fr", ""),       # a digit
    ("a.b.c.d@exemple.fr", ""),             # four parts
    ("service.client@exemple.fr", ""),      # a role's words
    ("equipe.rh@exemple.fr", ""),
    ("contact.presse@exemple.fr", ""),
    ("no-reply@exemple.fr", ""),
    ("marie..dupont@exemple.fr", ""),
    ("not an address", ""),
])
def test_a_name_is_read_from_an_address_only_when_it_clearly_holds_one(address: str,
                                                                        name: str) -> None:
    assert name_from_address(address) == name


@pytest.mark.parametrize(("address", "kind"), [
    ("noreply@exemple.fr", "automatic"), ("no-reply@exemple.fr", "automatic"),
    ("no_reply@exemple.fr", "automatic"), ("donotreply@exemple.fr", "automatic"),
    ("ne-pas-repondre@exemple.fr", "automatic"), ("noreply-agenda@exemple.fr", "automatic"),
    ("newsletter@exemple.fr", "automatic"), ("NOTIFICATIONS@exemple.fr", "automatic"),
    ("mailer-daemon@exemple.fr", "automatic"), ("postmaster@exemple.fr", "automatic"),
    ("contact@exemple.fr", "shared"), ("info@exemple.fr", "shared"),
    ("infos@exemple.fr", "shared"), ("rh@exemple.fr", "shared"), ("hr@exemple.fr", "shared"),
    ("recrutement@exemple.fr", "shared"), ("service.client@exemple.fr", "shared"),
    ("contact+site@exemple.fr", "shared"), ("bonjour@exemple.fr", "shared"),
    ("solene.roux@exemple.fr", None), ("karim@exemple.fr", None),
    ("contacts.roux@exemple.fr", None), ("information.roux@exemple.fr", None)])
def test_shared_and_automatic_mailboxes_are_told_by_their_whole_local_part(
        address: str, kind: str | None) -> None:
    assert mailbox_kind(address) == kind


def calendar(tmp_path: Path, *attendees: str) -> Path:
    """A Google Calendar export of one meeting of the member's with these attendees."""
    path = tmp_path / "agenda.ics"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20261105T090000Z",
             f"ORGANIZER;CN=Isabelle Prigent:mailto:{ME}",
             *attendees, "SUMMARY:Point", "END:VEVENT", "END:VCALENDAR"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    return path


def guest(address: str, cn: str | None = None) -> str:
    named = f"CN={cn};" if cn is not None else ""
    return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
            f"{named}X-NUM-GUESTS=0:mailto:{address}")


def test_calendar_guests_without_a_name_and_shared_mailboxes(tmp_path: Path) -> None:
    path = calendar(tmp_path,
                    guest("marie_dupont@exemple.fr"),
                    guest("j.dupont@exemple.fr", "j.dupont@exemple.fr"),
                    guest("contact@agence-sud.fr", "contact@agence-sud.fr"),
                    guest("contact@benali-conseil.fr", "Karim Benali"),
                    guest("rh@frioul.io", "Équipe RH"),
                    guest("noreply@calendly.example", "Calendly"),
                    guest("solene.roux@gme-energie.example", "solene.roux"))
    parsed = parse_ics(read_lines(path), {ME})
    assert [(c.name, c.emails) for c in parsed.contacts] == [
        ("Karim Benali", ("contact@benali-conseil.fr",)),
        ("j.dupont", ("j.dupont@exemple.fr",)),
        ("Marie Dupont", ("marie_dupont@exemple.fr",)),
        ("Solene Roux", ("solene.roux@gme-energie.example",))]
    assert [(s.code, s.detail) for s in parsed.skipped] == [
        ("role_mailbox", "contact@agence-sud.fr"), ("role_mailbox", "noreply@calendly.example"),
        ("role_mailbox", "rh@frioul.io")]


def test_a_shared_mailbox_mail_goes_both_ways_with_is_no_one(tmp_path: Path) -> None:
    box = tmp_path / "mail.mbox"
    box.write_bytes(
        b"From 1@xxx Mon Nov 02 09:00:00 +0000 2026\r\n"
        b"From: Isabelle Prigent <isabelle@prigent-conseil.fr>\r\n"
        b"To: contact@agence-sud.fr, solene.roux@gme-energie.example\r\n"
        b"Date: Mon, 2 Nov 2026 09:00:00 +0100\r\n\r\nBonjour\r\n\r\n"
        b"From 2@xxx Tue Nov 03 09:00:00 +0000 2026\r\n"
        b"From: contact@agence-sud.fr\r\n"
        b"To: isabelle@prigent-conseil.fr\r\n"
        b"Date: Tue, 3 Nov 2026 09:00:00 +0100\r\n\r\nMerci\r\n\r\n"
        b"From 3@xxx Tue Nov 03 10:00:00 +0000 2026\r\n"
        b"From: solene.roux@gme-energie.example\r\n"
        b"To: isabelle@prigent-conseil.fr\r\n"
        b"Date: Tue, 3 Nov 2026 10:00:00 +0100\r\n\r\nMerci\r\n")
    parsed = read_mbox(box, {ME})
    assert [(c.name, c.interactions) for c in parsed.contacts] == [("Solene Roux", 2)]
    assert [(s.code, s.detail) for s in parsed.skipped] == [
        ("role_mailbox", "contact@agence-sud.fr")]


def people(store: GraphStore) -> dict[str, Person]:
    return {p.name: p for p in store.dump(ties=False).people}


def reviews(store: GraphStore) -> list[tuple[str, str, str]]:
    return sorted((store.get_person(r.a).name, store.get_person(r.b).name, r.reason)
                  for r in store.reviews())


def test_a_guest_named_by_her_address_is_asked_about_not_merged(store: GraphStore) -> None:
    """« Solène Roux » from LinkedIn (no address) and the calendar's guest solene.roux@…:
    « Solene Roux », the same name as names match, is queued for review (no identifier
    says they are one), never merged silently; a second import changes nothing."""
    store.save(GraphData(people=[Person("p:me", "Isabelle Prigent", (ME,)),
                                 Person("p:solene", "Solène Roux")], members=["p:me"]))
    report = import_file(store, DATA / "calendar-google.ics", me=ME, today=TODAY).report
    assert (report.added, report.queued) == (4, 1)
    assert reviews(store) == [("Solène Roux", "Solene Roux", "same_name/calendar")]
    assert people(store)["Solene Roux"].emails == ("solene.roux@gme-energie.example",)
    version = store.graph_version()
    again = import_file(store, DATA / "calendar-google.ics", me=ME, today=TODAY).report
    assert (again.added, again.queued) == (0, 0)
    assert store.graph_version() == version


def test_a_guest_whose_address_is_known_is_that_person(store: GraphStore) -> None:
    store.save(GraphData(people=[
        Person("p:me", "Isabelle Prigent", (ME,)),
        Person("p:solene", "Solène Roux", ("solene.roux@gme-energie.example",))],
        members=["p:me"]))
    report = import_file(store, DATA / "calendar-google.ics", me=ME, today=TODAY).report
    assert (report.added, report.updated, report.queued) == (3, 1, 0)
    assert "Solene Roux" not in people(store)
    assert store.tie("p:me", "p:solene") is not None


def test_a_name_made_of_an_address_earlier_becomes_readable_then_hers(
        store: GraphStore, tmp_path: Path) -> None:
    """Someone an older import named « solene.roux » is « Solene Roux » after the next
    calendar import, and « Solène Roux » once a contact book names her."""
    store.save(GraphData(people=[
        Person("p:me", "Isabelle Prigent", (ME,)),
        Person("p:old", "solene.roux", ("solene.roux@gme-energie.example",))],
        members=["p:me"]))
    import_file(store, DATA / "calendar-google.ics", me=ME, today=TODAY)
    assert store.get_person("p:old").name == "Solene Roux"
    card = tmp_path / "solene.vcf"
    card.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roux;Solène;;;\r\nFN:Solène Roux\r\n"
                     "EMAIL;type=INTERNET:solene.roux@gme-energie.example\r\n"
                     "END:VCARD\r\n".encode())
    import_file(store, card, me="Isabelle Prigent", today=TODAY)
    assert store.get_person("p:old").name == "Solène Roux"
    version = store.graph_version()
    (tmp_path / "again.ics").write_bytes((DATA / "calendar-google.ics").read_bytes() + b"\r\n")
    import_file(store, tmp_path / "again.ics", me=ME, today=TODAY)  # (read and planned again)
    assert store.get_person("p:old").name == "Solène Roux"
    assert store.graph_version() == version


@pytest.mark.parametrize(("name", "someone"), [
    ("Karim Benali", True), ("Anne-Marie Leroy", True), ("Équipe RH", False),
    ("Acme Conseil", False), ("Studio Lumière", False), ("Phocée Logistique SAS", False),
    ("Karim", False)])
def test_a_shared_mailbox_is_someone_s_only_under_a_person_s_name(name: str,
                                                                  someone: bool) -> None:
    assert names_someone(name) is someone


@pytest.mark.parametrize("written", ["marie", "DUPONT Marie", "Marie (Acme)"])
def test_mail_never_renames_someone_a_contact_book_named(store: GraphStore, tmp_path: Path,
                                                         written: str) -> None:
    """« Marie Dupont » from her card (which reads as her address's name, too) stays so,
    whatever a From line calls her."""
    card = tmp_path / "marie.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie Dupont\r\n"
                     b"EMAIL:marie.dupont@acme.example\r\nEND:VCARD\r\n")
    import_file(store, card, me="Isabelle Prigent", today=TODAY)
    box = tmp_path / "mail.mbox"
    box.write_bytes(
        b"From 1@xxx Mon Nov 02 09:00:00 +0000 2026\r\n"
        b"From: Isabelle Prigent <isabelle@prigent-conseil.fr>\r\n"
        b"To: marie.dupont@acme.example\r\n"
        b"Date: Mon, 2 Nov 2026 09:00:00 +0100\r\n\r\nBonjour\r\n\r\n"
        b"From 2@xxx Tue Nov 03 09:00:00 +0000 2026\r\n"
        + f"From: {written} <marie.dupont@acme.example>\r\n".encode()
        + b"To: isabelle@prigent-conseil.fr\r\n"
        b"Date: Tue, 3 Nov 2026 09:00:00 +0100\r\n\r\nMerci\r\n")
    import_file(store, box, me=ME, today=TODAY)
    assert "Marie Dupont" in people(store) and written not in people(store)


def test_the_import_command_says_which_mailboxes_are_no_one(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    store = SqliteStore(db_path)
    store.save(GraphData(people=[Person("p:me", "Isabelle Prigent", (ME,))], members=["p:me"]))
    store.close()
    carnet = run_in_process(capsys)
    path = calendar(tmp_path, guest("contact@agence-sud.fr"), guest("noreply@calendly.example"),
                    guest("marie_dupont@exemple.fr"))
    french = carnet("--lang", "fr", "import", path, "--me", ME, "--dry-run")
    assert french.out.splitlines()[1:] == [
        "  2 adresses ignorées : une boîte partagée ou automatique (contact@, noreply@…), pas "
        "une personne (contact@agence-sud.fr, noreply@calendly.example)"]
    english = carnet("--lang", "en", "import", path, "--me", ME, "--dry-run")
    assert english.out.splitlines()[1:] == [
        "  skipped 2 addresses: a shared or automatic mailbox (contact@, noreply@…), not a "
        "person (contact@agence-sud.fr, noreply@calendly.example)"]


def test_an_e_mail_cell_that_holds_no_address_is_said_not_dropped_silently(
        store: GraphStore, tmp_path: Path) -> None:
    """« elise@ » or « lea.roux@gmail » typed in a spreadsheet's e-mail column: the person
    comes, without it, and the import says how many such addresses it left out (it said « 0
    skipped », nothing more); the same file again says it again (it is about the file)."""
    export = tmp_path / "contacts.csv"
    export.write_text('Nom,E-mail\nÉlise Noël,elise@\nLéa Roux,"lea@roux.fr; lea.roux@gmail"\n',
                      encoding="utf-8")
    result = import_file(store, export, me="Isabelle Prigent", today=date(2026, 11, 22))
    assert [(n.code, n.n) for n in result.notices] == [("not_addresses", 2)]
    assert [(p.name, p.emails) for p in store.search_people("roux")] == [
        ("Léa Roux", ("lea@roux.fr",))]
    assert store.search_people("elise")[0].emails == ()
    again = import_file(store, export, me="Isabelle Prigent", today=date(2026, 11, 22))
    assert [(n.code, n.n) for n in again.notices] == [("not_addresses", 2)]
    assert say_n("notice_not_addresses", 2, "fr") == (
        "2 adresses e-mail mal formées laissées de côté")
