"""One rule for what an e-mail address is, in every importer (``ingest.identifiers``):
an address is an identity key (two rows of one address are one person), so a placeholder
(« n/a », « à compléter ») or an address typed wrong (« elise@ ») is no one's address, and a
real address is found whatever wraps it (capitals, spaces, « <…> », « mailto: », a display
name, several in one cell). Each format is written as its export writes it; on every store."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from graph.core.errors import DataRejected
from graph.core.model import Company, GraphData, Job, Knows, Person, fold, stable_id
from graph.core.wording import say_n
from graph.stores.port import GraphStore
from ingest.digests import import_key
from ingest.identifiers import email_address, emails_in, person_keys
from ingest.importer import ImportResult, import_file
from ingest.typed import typed_person
from tests.cli_helpers import Run

TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"
MY_ADDRESS = "isabelle@prigent-conseil.fr"
X500 = ("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/"
        "cn=4c1f0e2a9b7d4e3f8a6b5c4d3e2f1a0b-solene.roux")


@pytest.mark.parametrize(("cell", "found", "wrong"), [
    ("lea@x.fr", ("lea@x.fr",), 0),
    ("  Lea.Roux@X.fr ", ("Lea.Roux@X.fr",), 0),
    ("<lea@x.fr>", ("lea@x.fr",), 0),
    (" < lea@x.fr > ", ("lea@x.fr",), 0),
    ("mailto:lea@x.fr", ("lea@x.fr",), 0),
    ("MAILTO:lea@x.fr", ("lea@x.fr",), 0),
    ("<mailto:lea@x.fr>", ("lea@x.fr",), 0),
    ("Léa Roux <lea@x.fr>", ("lea@x.fr",), 0),
    ('"Roux, Léa" <lea@x.fr>', ("lea@x.fr",), 0),
    ("Karim Benali (karim@x.fr)", ("karim@x.fr",), 0),  # (Outlook's display name)
    ("Léa Roux (lea@x.fr, lea.roux@gmail.com)", ("lea@x.fr", "lea.roux@gmail.com"), 0),
    ("Élise Noël (elise@)", (), 1),
    ("a@x.fr ::: b@y.fr", ("a@x.fr", "b@y.fr"), 0),
    ("a@x.fr:::b@y.fr", ("a@x.fr", "b@y.fr"), 0),
    ("a@x.fr; b@y.fr", ("a@x.fr", "b@y.fr"), 0),
    ("a@x.fr, b@y.fr", ("a@x.fr", "b@y.fr"), 0),
    ("a@x.fr b@y.fr", ("a@x.fr", "b@y.fr"), 0),
    ("a@x.fr, A@X.FR", ("a@x.fr",), 0),
    ("", (), 0), ("n/a", (), 0), ("N/A", (), 0), ("-", (), 0), ("none", (), 0),
    ("aucun", (), 0), ("?", (), 0), ("à compléter", (), 0), ("SMTP", (), 0), (X500, (), 0),
    ("elise@", (), 1), ("lea.roux@gmail", (), 1), ("lea roux@gmail.com", (), 1),
    ("à compléter @ gmail.com", (), 1), ("@x.fr", (), 1), ("lea@@x.fr", (), 1),
    ("lea@x..fr", (), 1), ("Léa Roux lea@x.fr", (), 1), ("<elise@>", (), 1),
    ("lea@x.fr; elise@", ("lea@x.fr",), 1),
    # (an address named, after another: two addresses, not the last one alone)
    ("Léa Roux <lea@x.fr>, Léa <lea.roux@gmail.com>", ("lea@x.fr", "lea.roux@gmail.com"), 0),
    ("b@y.fr; Léa Roux <lea@acme.fr>", ("b@y.fr", "lea@acme.fr"), 0),
    ("a@x.fr, Léa Roux (lea@x.fr)", ("a@x.fr", "lea@x.fr"), 0),
    ('"lea@x.fr" <lea@x.fr>', ("lea@x.fr",), 0),
    ("lea@x.fr.", ("lea@x.fr",), 0), ("noel@cre\u0300merie.fr", ("noel@crèmerie.fr",), 0),
])
def test_what_an_e_mail_address_is(cell: str, found: tuple[str, ...], wrong: int) -> None:
    """The one rule: each address a cell holds, unwrapped; what is no address left out, and
    counted when it looks like one typed wrong (an « @ » in it)."""
    assert emails_in([cell]) == (found, wrong)


@pytest.mark.parametrize(("text", "address"), [
    (" <LEA@X.fr> ", "LEA@X.fr"), ("mailto:lea@x.fr", "lea@x.fr"),
    ("Léa Roux <lea@x.fr>", "lea@x.fr"), ("Léa Roux (lea@x.fr)", "lea@x.fr"),
    ("elise@", None), ("n/a", None), ("a@x.fr; b@y.fr", None)])
def test_the_one_address_a_value_is(text: str, address: str | None) -> None:
    assert email_address(text) == address


def test_identity_keys_are_addresses_only() -> None:
    """A person stored with a placeholder or an address typed wrong by an earlier import has
    no key of it; one stored with a quirk is keyed by the address."""
    assert person_keys(("n/a", "elise@", "<Lea@X.fr>", "mailto:b@y.fr; c@z.fr"), (), None) == [
        "e:lea@x.fr", "e:b@y.fr", "e:c@z.fr"]


# What each format's export writes: (first name, last name, company, e-mail cell) → a file.
Row = tuple[str, str, str, str]


def linkedin(folder: Path, rows: list[Row]) -> Path:
    path = folder / "Connections.csv"
    lines = ["Notes:", '"When exporting your connection data, you may notice that some of the '
             'email addresses are missing."', "",
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f'{first},{last},https://www.linkedin.com/in/{fold(first + "-" + last)}-{n},'
              f'"{email}",{company},Chargée de mission,12 Mar 2024'
              for n, (first, last, company, email) in enumerate(rows)]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode())
    return path


def google(folder: Path, rows: list[Row]) -> Path:
    path = folder / "contacts.csv"
    lines = ["First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Label,"
             "E-mail 1 - Value"]
    lines += [f'{first},,{last},{company},* myContacts,* Work,"{email}"'
              for first, last, company, email in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def outlook(folder: Path, rows: list[Row]) -> Path:
    path = folder / "outlook.csv"
    lines = ['"Title","First Name","Middle Name","Last Name","Company","Job Title",'
             '"E-mail Address","E-mail Type","E-mail Display Name"']
    lines += [f'"","{first}","","{last}","{company}","","{email}","SMTP",'
              f'"{first} {last} ({email})"' for first, last, company, email in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def vcard(folder: Path, rows: list[Row]) -> Path:
    path = folder / "contacts.vcf"
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}".strip()
             + f"\r\nORG:{company};\r\n" * bool(company) + "\r\n" * (not company)
             + f"item1.EMAIL;type=INTERNET;type=pref:{email.replace(',', chr(92) + ',')}\r\n"
             "item1.X-ABLabel:_$!<Work>!$_\r\nEND:VCARD\r\n"
             for first, last, company, email in rows]
    path.write_text("".join(cards), encoding="utf-8")
    return path


FORMATS: dict[str, Callable[[Path, list[Row]], Path]] = {
    "linkedin": linkedin, "google": google, "outlook": outlook, "vcard": vcard}

PLACEHOLDERS: list[Row] = [
    ("Élise", "Noël", "Acme", "elise@"),
    ("Élise", "Martin", "Orange", "elise@"),
    ("Karim", "", "", "à compléter @ gmail.com"),
    ("Karim", "Benali", "", "à compléter @ gmail.com"),
    ("Léa", "Roux", "", "n/a"),
    ("Marc", "Olivier", "", "n/a"),
    ("Nathalie", "Ferri", "", "-"),
    ("Omar", "Cherif", "", "?"),
    ("Zoé", "Martin", "", "à compléter"),
    ("Yasmine", "Cherif", "", "aucun"),
    ("Paul", "Girard", "", "none")]


def load(store: GraphStore, path: Path, fmt: str = "auto") -> ImportResult:
    return import_file(store, path, fmt=fmt, me=ME, today=TODAY)


def names_and_emails(store: GraphStore) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((p.name, p.emails) for p in store.dump(ties=False).people)


@pytest.mark.parametrize("fmt", FORMATS)
def test_people_who_share_a_placeholder_address_stay_apart(store: GraphStore, tmp_path: Path,
                                                          fmt: str) -> None:
    """Eleven people whose e-mail field says nothing (« n/a », « - », « à compléter ») or
    holds an address typed wrong (« elise@ », one with spaces): eleven people, each with her
    other fields, no address, nobody asked about for sharing one (two « Élise » were asked
    about, « Karim » and « Karim Benali » merged); the report counts the four typed wrong; the
    same file again changes nothing."""
    result = load(store, FORMATS[fmt](tmp_path, PLACEHOLDERS))
    report = result.report
    assert (report.added, report.updated, report.queued, report.skipped) == (11, 0, 0, [])
    assert store.reviews() == []
    assert names_and_emails(store) == sorted(
        [(" ".join(filter(None, (first, last))), ()) for first, last, _, _ in PLACEHOLDERS]
        + [(ME, ())])
    elise = next(p for p in store.search_people("Élise Noël"))
    assert [store.get_company(j.company).name for j in store.jobs_of(elise.id)] == ["Acme"]
    assert [(n.code, n.n) for n in result.notices if n.code == "not_addresses"] == [
        ("not_addresses", 4)]
    version = store.graph_version()
    again = load(store, FORMATS[fmt](tmp_path, PLACEHOLDERS))
    assert (again.report.added, again.report.updated, again.report.queued) == (0, 0, 0)
    assert store.graph_version() == version


KNOWN = [Person("p:lea", "Léa Roux", ("lea.roux@x.fr",)),
         Person("p:karim", "Karim Benali", ("karim@x.fr",)),
         Person("p:zoe", "Zoé Martin", ("Zoe.Martin@x.fr",)),
         Person("p:solene", "Solène Roux", ("solene@x.fr",))]

QUIRKS: list[Row] = [
    ("Léa", "Roux", "", "  <LEA.ROUX@X.fr> "),
    ("Karim", "Benali", "", "mailto:karim@x.fr"),
    ("Zoé", "Martin", "", "Zoé Martin <zoe.martin@x.fr>"),
    ("Solène", "Roux", "", "solene@x.fr, solene.roux@gmail.com"),
    ("Omar", "Cherif", "", "omar@x.fr; omar.cherif@gmail.com"),
    ("Paul", "Girard", "", "paul@x.fr ::: paul.girard@gmail.com")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_known_address_is_found_whatever_wraps_it(store: GraphStore, tmp_path: Path,
                                                    fmt: str) -> None:
    """Capitals, spaces, « <…> », « mailto: », a display name: the address she is known by,
    so the person she is (they were new people, asked about); several addresses in one cell
    are each an address (they were one)."""
    store.save(GraphData(people=KNOWN))
    result = load(store, FORMATS[fmt](tmp_path, QUIRKS))
    assert (result.report.added, result.report.queued) == (2, 0)
    assert [n.code for n in result.notices if n.code == "not_addresses"] == []
    found = dict(names_and_emails(store))
    assert found["Léa Roux"] == ("lea.roux@x.fr",)
    assert found["Karim Benali"] == ("karim@x.fr",)
    assert found["Zoé Martin"] == ("Zoe.Martin@x.fr",)
    assert found["Solène Roux"] == ("solene@x.fr", "solene.roux@gmail.com")
    assert found["Omar Cherif"] == ("omar@x.fr", "omar.cherif@gmail.com")
    assert found["Paul Girard"] == ("paul@x.fr", "paul.girard@gmail.com")
    version = store.graph_version()
    again = load(store, FORMATS[fmt](tmp_path, QUIRKS))
    assert (again.report.added, again.report.updated, again.report.queued) == (0, 0, 0)
    assert store.graph_version() == version


def old_import(store: GraphStore, name: str, company: str, email: str) -> Person:
    """Someone as an import before this rule left her: her id made from the address typed
    wrong (then her first key), the address kept, a job, a tie to the member."""
    me = Person(stable_id("p", ME, "member"), ME)
    person = Person(stable_id("p", name, fold(company), f"e:{email.strip().lower()}"), name,
                    (email,))
    store.save(GraphData(members=[me.id], people=[me, person],
                         companies=[Company("c:acme", company)],
                         jobs=[Job(person.id, "c:acme", "Chargée de mission")],
                         knows=[Knows(me.id, person.id, None, None, None, 0, "", "google")]))
    return person


def test_someone_an_earlier_import_gave_an_address_typed_wrong_is_found_again(
        store: GraphStore, tmp_path: Path) -> None:
    """Her card from an earlier import keeps what it has (nothing is taken from a card), but
    the address is no key any more: the same file imported again finds her, not a second
    Élise Noël to ask about; another Élise giving « elise@ » is someone else, not asked
    about."""
    elise = old_import(store, "Élise Noël", "Acme", "elise@")
    rows = [("Élise", "Noël", "Acme", "elise@"), ("Élise", "Martin", "Orange", "elise@")]
    result = load(store, google(tmp_path, rows))
    assert (result.report.added, result.report.queued) == (1, 0)
    assert store.reviews() == []
    assert dict(names_and_emails(store))["Élise Noël"] == ("elise@",)
    assert store.get_person(elise.id).name == "Élise Noël"
    assert dict(names_and_emails(store))["Élise Martin"] == ()
    again = load(store, google(tmp_path, rows))
    assert (again.report.added, again.report.updated, again.report.queued) == (0, 0, 0)


def test_someone_a_csv_import_read_no_address_of_is_found_again(store: GraphStore,
                                                                tmp_path: Path) -> None:
    """Outlook's Exchange rows (an X.500 name, the address in the display name) and a
    « <paul@girard.fr> » cell: the CSV importer before this rule read no address there, so it
    made their ids without one. The same file now finds them (the review found « 2 added, 2
    queued »); a namesake at the same company whom a LinkedIn import made is not taken for her
    (the twin rule, undoable, as before)."""
    me = Person(stable_id("p", ME, "member"), ME)
    made = [Person(stable_id("p", name, fold(""), ""), name) for name in ("Solène Roux",
                                                                          "Paul Girard")]
    linkedin = Person(stable_id("p", "Zoé Martin", fold(""), ""), "Zoé Martin")
    store.save(GraphData(members=[me.id], people=[me, *made, linkedin], knows=[
        *(Knows(me.id, p.id, None, None, None, 0, "", "csv") for p in made),
        Knows(me.id, linkedin.id, None, None, None, 0, "", "linkedin")]))
    path = tmp_path / "outlook.csv"
    path.write_bytes((
        '"Title","First Name","Middle Name","Last Name","Company","Job Title",'
        '"E-mail Address","E-mail Type","E-mail Display Name"\r\n'
        f'"","Solène","","Roux","","","{X500}","EX","Solène Roux (solene.roux@x.fr)"\r\n'
        '"","Paul","","Girard","","","<paul@girard.fr>","SMTP",""\r\n'
        '"","Zoé","","Martin","","","zoe@martin.fr","SMTP",""\r\n').encode("cp1252"))
    report = load(store, path).report
    assert (report.added, report.updated, report.queued) == (1, 2, 1)  # (the Zoé Martins)
    assert names_and_emails(store) == [
        (ME, ()), ("Paul Girard", ("paul@girard.fr",)), ("Solène Roux", ("solene.roux@x.fr",)),
        ("Zoé Martin", ()), ("Zoé Martin", ("zoe@martin.fr",))]
    assert [{store.get_person(r.a).name, store.get_person(r.b).name}
            for r in store.reviews()] == [{"Zoé Martin"}]
    again = load(store, path).report
    assert (again.added, again.updated, again.queued) == (0, 0, 0)


def test_a_file_imported_before_this_rule_is_read_again(store: GraphStore,
                                                       tmp_path: Path) -> None:
    """The note an import leaves answers the same file again at once, with its report: one
    left by an import before this rule (``digests.READING``) is not used, so the report says
    what this version leaves out; nothing changes."""
    export = google(tmp_path, PLACEHOLDERS)
    load(store, export)
    key = import_key("google", stable_id("p", ME, "member"), ME, None)
    note = json.loads(str(store.note(key)))
    store.leave_note(key, json.dumps(note | {"reading": 3, "notices": []}))
    version = store.graph_version()
    again = load(store, export)
    assert [(n.code, n.n) for n in again.notices] == [("not_addresses", 4)]
    assert (again.report.added, again.report.updated, again.report.unchanged) == (0, 0, 11)
    assert store.graph_version() == version


def calendar(tmp_path: Path, *attendees: tuple[str, str]) -> Path:
    path = tmp_path / "agenda.ics"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20261105T090000Z",
             f"ORGANIZER;CN=Isabelle Prigent:mailto:{MY_ADDRESS}",
             *(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn};"
               f"X-NUM-GUESTS=0:{address}" for cn, address in attendees),
             "SUMMARY:Point", "END:VEVENT", "END:VCALENDAR"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    return path


def mailbox(tmp_path: Path, *correspondents: str) -> Path:
    """Mail both ways with each correspondent (a To: and a From: header as written)."""
    path = tmp_path / "mail.mbox"
    messages = []
    for n, header in enumerate(correspondents):
        messages += [f"From {n}a@xxx Mon Nov 02 09:00:00 +0000 2026",
                     f"From: Isabelle Prigent <{MY_ADDRESS}>", f"To: {header}",
                     "Date: Mon, 2 Nov 2026 09:00:00 +0100", "", "Bonjour", "",
                     f"From {n}b@xxx Tue Nov 03 09:00:00 +0000 2026", f"From: {header}",
                     f"To: {MY_ADDRESS}", "Date: Tue, 3 Nov 2026 09:00:00 +0100", "", "Merci",
                     ""]
    path.write_bytes("\r\n".join(messages).encode())
    return path


def test_mail_and_calendars_keep_only_addresses(store: GraphStore, tmp_path: Path) -> None:
    """A calendar guest or a correspondent whose address is typed wrong is no one (an address
    is all mail knows of someone), and the report counts it; « MAILTO: » and capitals are the
    address she is known by, and the member's card, as an older import kept it, hers."""
    member = Person(stable_id("p", ME, "member"), ME, ("mailto:Isabelle@Prigent-Conseil.fr",))
    store.save(GraphData(members=[member.id], people=[member, *KNOWN]))
    me = None  # (her addresses: her card's)
    agenda = calendar(tmp_path, ("Élise Noël", "mailto:elise@"),
                      ("Karim Benali", "MAILTO:Karim@X.fr"),
                      ("Élise Martin", "mailto:elise@"),
                      ("Omar Cherif", "mailto:omar cherif@x.fr"))
    result = import_file(store, agenda, me=me, today=TODAY)
    assert (result.report.added, result.report.updated) == (0, 1)
    assert [(n.code, n.n) for n in result.notices] == [("not_addresses", 2)]
    box = mailbox(tmp_path, "Léa Roux <LEA.ROUX@x.fr>", "Élise Noël <elise@>",
                  "Omar <omar@x>")
    result = import_file(store, box, me=me, today=TODAY)
    assert (result.report.added, result.report.updated) == (0, 1)
    # (« elise@ » in a header is no mailbox: mail never read it as one)
    assert [(n.code, n.n) for n in result.notices] == [("not_addresses", 1)]
    assert sorted(p.name for p in store.dump(ties=False).people) == sorted(
        [ME, *(p.name for p in KNOWN)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_report_says_how_many_addresses_were_left_out_in_both_languages(
        store: GraphStore, tmp_path: Path, fmt: str) -> None:
    result = load(store, FORMATS[fmt](tmp_path, [("Élise", "Noël", "Acme", "elise@")]))
    [notice] = [n for n in result.notices if n.code == "not_addresses"]
    assert notice.reason == "1 malformed e-mail address(es) left out"
    assert say_n("notice_not_addresses", notice.n, "fr") == (
        "1 adresse e-mail mal formée laissée de côté")
    assert say_n("notice_not_addresses", notice.n, "en") == "1 malformed e-mail address left out"


def test_the_import_command_says_how_many_addresses_it_left_out(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    """A phone's vCard: the command's report says it, in French and in English, each time."""
    store, carnet = notebook
    cards = vcard(tmp_path, PLACEHOLDERS[:4])
    french = carnet("--lang", "fr", "import", str(cards), "--me", ME)
    assert french.out.splitlines()[1:] == [
        "  remarque : 4 adresses e-mail mal formées laissées de côté"]
    english = carnet("--lang", "en", "import", str(cards), "--me", ME)
    assert english.out.splitlines()[1:] == ["  note: 4 malformed e-mail addresses left out"]
    assert store.counts().people == 5


def test_the_people_form_reads_an_address_as_imports_do() -> None:
    """An address pasted from a mail's header (« Léa Roux <lea@x.fr> ») is the address (it
    was refused); the same address again, in capitals, once; « elise@ » refused."""
    lea = Person("p:lea", "Léa Roux")

    def typed(*emails: str) -> Person:
        return typed_person(lea, name="Léa Roux", emails=emails, phones=(), linkedin="",
                            notes="", tags=(), aliases=())

    assert typed("Léa Roux <lea@x.fr>", "mailto:LEA@x.fr").emails == ("lea@x.fr",)
    with pytest.raises(DataRejected):
        typed("elise@")
