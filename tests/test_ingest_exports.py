"""Real exports with their real quirks (tests/data, see README-exports.md), on every store:
each person once, nothing lost, names decoded, shared numbers never merging two people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from graph.core.model import GraphData, Person
from graph.stores.port import GraphStore
from ingest.columns import csv_columns
from ingest.common import Notice, read_head, read_lines
from ingest.importer import import_file
from ingest.mail import parse_ics, read_mbox

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"


def load(store: GraphStore, path: Path, me: str = ME):  # type: ignore[no-untyped-def]
    return import_file(store, path, me=me, today=TODAY).report


def people(store: GraphStore) -> dict[str, Person]:
    found = {p.name: p for p in store.dump(ties=False).people}
    assert len(found) == store.counts().people, "two people of one name"
    return found


def titles(store: GraphStore, person: Person) -> list[tuple[str, str]]:
    return sorted((store.get_company(j.company).name, j.title)
                  for j in store.jobs_of(person.id) if j.current)


def reviews(store: GraphStore) -> list[tuple[str, str, str]]:
    return sorted((store.get_person(r.a).name, store.get_person(r.b).name, r.reason)
                  for r in store.reviews())


def test_colleagues_sharing_a_switchboard_number_stay_two_people(store: GraphStore) -> None:
    report = load(store, DATA / "iphone-export.vcf")
    assert (report.added, report.updated, report.queued) == (3, 0, 1)
    assert [s.code for s in report.skipped] == ["company_card"]  # (Thalassa Hôtels)
    found = people(store)
    assert sorted(found) == ["Claire Dumas", ME, "Marc Olivier", "Nathalie Ferri"]
    assert found["Marc Olivier"].phones == found["Nathalie Ferri"].phones == ("+33491394000",)
    assert titles(store, found["Marc Olivier"]) == [("Port de Marseille Fos",
                                                     "Chargé de mission")]
    assert titles(store, found["Nathalie Ferri"]) == [("Port de Marseille Fos",
                                                       "Directrice de la communication")]
    assert reviews(store) == [("Nathalie Ferri", "Marc Olivier", "same_phone/vcard")]
    assert [r.score for r in store.reviews()] == [38.5]  # (how alike the names are)
    version = store.graph_version()
    again = load(store, DATA / "iphone-export.vcf")
    assert (again.added, again.updated, again.queued) == (0, 0, 0)
    assert store.graph_version() == version


def apple_card(name: str, company: str, *lines: str) -> str:
    last, first = name.split()[1], name.split()[0]
    return "".join(f"{line}\r\n" for line in (
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
        f"N:{last};{first};;;", f"FN:{name}", f"ORG:{company};", *lines, "END:VCARD"))


def test_a_switchboard_many_colleagues_give_is_no_reason_to_ask(store: GraphStore,
                                                                 tmp_path: Path) -> None:
    """A number (or an address) that three people of different names give is a switchboard's
    (a team's mailbox): it says nothing of who is who, and the review queue does not ask,
    pair by pair, whether each colleague is the first one. Two names with one number (a
    couple's home phone, two colleagues) are still asked about."""
    desk = "TEL;type=WORK;type=VOICE:+33 4 91 00 00 00"
    team = "item1.EMAIL;type=INTERNET:contact@calanques-digital.example"
    two = tmp_path / "two.vcf"
    two.write_text(apple_card("Marc Olivier", "Port de Marseille Fos", desk)
                   + apple_card("Nathalie Ferri", "Port de Marseille Fos", desk,
                                "TEL;type=CELL:06 12 00 00 01"), encoding="utf-8")
    first = load(store, two)
    assert (first.added, first.queued) == (2, 1)
    assert reviews(store) == [("Marc Olivier", "Nathalie Ferri", "same_phone/vcard")]
    more = tmp_path / "more.vcf"
    more.write_text(apple_card("Sophie Garnier", "Port de Marseille Fos", desk)
                    + apple_card("Luc Armand", "Port de Marseille Fos", desk)
                    + apple_card("Inès Haddad", "Calanques Digital", team)
                    + apple_card("Paul Mercier", "Calanques Digital", team)
                    + apple_card("Léa Vidal", "Calanques Digital", team), encoding="utf-8")
    report = load(store, more)
    assert (report.added, report.queued) == (5, 0)
    assert reviews(store) == [("Marc Olivier", "Nathalie Ferri", "same_phone/vcard")]
    found = people(store)
    assert found["Luc Armand"].phones == found["Marc Olivier"].phones == ("+33491000000",)
    assert found["Léa Vidal"].emails == ("contact@calanques-digital.example",)
    # Nathalie's own mobile, on a card of her nickname, is still hers.
    again = tmp_path / "nath.vcf"
    again.write_text(apple_card("Nath Ferri", "Port de Marseille Fos", desk,
                                "TEL;type=CELL:06 12 00 00 01"), encoding="utf-8")
    nath = load(store, again)
    assert (nath.added, nath.unchanged, nath.queued, store.counts().people) == (0, 1, 0, 8)


def test_a_couple_sharing_the_home_phone_stays_two_people(store: GraphStore) -> None:
    report = load(store, DATA / "android-21.vcf")
    assert (report.added, report.queued, report.skipped) == (3, 1, [])
    found = people(store)
    assert sorted(found) == [ME, "Omar Chérif", "Véronique Bastide", "Yasmine Chérif"]
    assert found["Yasmine Chérif"].phones == ("+33700112233", "+33491223344")
    assert found["Omar Chérif"].phones == ("+33491223344",)
    assert reviews(store) == [("Yasmine Chérif", "Omar Chérif", "same_phone/vcard")]
    # quoted-printable soft breaks, one inside "à" (=C3=\r\n=A0), and the photo ignored
    assert found["Véronique Bastide"].notes == (
        "Rencontrée au salon Provence Com', avril. Très active sur le réseau, connaît tout "
        "le monde à Marseille et à Aix.")


def test_a_nickname_with_a_known_address_is_that_person(store: GraphStore,
                                                        tmp_path: Path) -> None:
    store.save(GraphData(people=[Person("p:vero", "Véronique Bastide",
                                        ("vero.bastide@provence-medias.fr",))]))
    card = tmp_path / "vero.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:V\xc3\xa9ro Bastide\r\n"
                     b"EMAIL:Vero.Bastide@provence-medias.fr\r\nTEL:06 11 22 33 44\r\n"
                     b"END:VCARD\r\n")
    report = load(store, card)
    assert (report.added, report.updated, report.queued) == (0, 1, 0)
    assert people(store)["Véronique Bastide"].phones == ("+33611223344",)


def test_an_outlook_export_in_windows_1252_keeps_its_accents(store: GraphStore) -> None:
    result = import_file(store, DATA / "outlook-export-en.csv", me=ME, today=TODAY)
    assert {"Karim Benali", "Solène Roux"} <= set(people(store))
    assert people(store)["Karim Benali"].notes == "Rencontré chez Noémie.\nConnaît Solène (GME)."
    assert [(n.code, n.n) for n in result.notices] == [("cp1252", 2)]
    assert [(s.line, s.code) for s in result.report.skipped] == [(7, "company_card")]


def test_outlook_exports_in_english_and_french_read_every_address_and_phone(
        store: GraphStore) -> None:
    """Classic Outlook's CSV: several e-mail and phone columns, an Exchange contact's X.500
    "address" (no address at all), French headers with a trailing space and "Titre" twice
    (civility, then job title). The French export of the same contacts changes nothing."""
    header, guessed = csv_columns(read_head(DATA / "outlook-export-fr.csv"))
    assert (header[1], guessed["company"], guessed["title"]) == ("Prénom", "Société ",
                                                                 "Titre (2)")
    first = load(store, DATA / "outlook-export-en.csv")
    assert (first.added, [(s.line, s.code) for s in first.skipped]) == (4, [(7, "company_card")])
    found = people(store)
    karim, nathalie, solene = (found[n] for n in ("Karim Benali", "Nathalie Ferri",
                                                 "Solène Roux"))
    assert karim.emails == ("karim.benali@phocee-logistique.fr", "karim.benali@gmail.com")
    assert karim.phones == ("+33781223344", "+33491556677")
    assert karim.tags == ("Clients", "Marseille")
    assert nathalie.phones == ("+33491394000", "+33491001234")
    assert solene.emails == ()
    assert titles(store, karim) == [("Phocée Logistique", "Responsable communication interne")]
    assert [j.department for j in store.jobs_of(karim.id)] == ["Communication"]
    assert found['=HYPERLINK("http://x";"clic") <b>Gras</b>'].emails == ("gras@exemple.fr",)
    version = store.graph_version()
    again = load(store, DATA / "outlook-export-fr.csv")
    assert (again.added, again.updated, again.queued) == (0, 0, 0)
    assert store.graph_version() == version


def test_an_iphone_linkedin_social_profile_finds_the_linkedin_connection(
        store: GraphStore) -> None:
    """Apple writes a LinkedIn profile as ``X-SOCIALPROFILE;type=linkedin``, not ``URL``."""
    load(store, DATA / "iphone-export.vcf")
    assert people(store)["Claire Dumas"].linkedin == "http://www.linkedin.com/in/claire-dumas-rh"
    report = load(store, DATA / "Connections-2026.csv")
    assert report.matched == 0 and "Claire Dumas" in people(store)


def test_credentials_after_a_linkedin_last_name_are_not_part_of_the_name(
        store: GraphStore) -> None:
    """LinkedIn members write "Benali, MBA" or "Roux (elle)" as their last name: it is
    still Karim Benali, the one from the phone at the same company."""
    load(store, DATA / "iphone-my-card.vcf")
    report = load(store, DATA / "Connections-2026.csv")
    assert [(s.line, s.code) for s in report.skipped] == [(9, "hidden")]
    found = people(store)
    assert "Karim Benali, MBA" not in found
    assert found["Karim Benali"].linkedin == "https://www.linkedin.com/in/karimbenali"
    assert found["Karim Benali"].phones == ("+33781223344",)
    assert titles(store, found["Claire Dumas"]) == [("Joliette Conseil RH",
                                                     "DRH, recrutement & marque employeur")]


LINKEDIN_NOTE = ("\ufeffNotes:\r\n\"When exporting your connection data, you may notice that "
                 "some of the email addresses are missing.\"\r\n\r\n")


def test_a_maiden_name_in_brackets_after_a_linkedin_last_name_is_not_lost(
        store: GraphStore, tmp_path: Path) -> None:
    """"Dupont (Martin)", "Benali (née Garnier)": a name she also goes by, which her phone
    card may bear. The notebook shows her as LinkedIn's first and last name ("Marie
    Dupont"), and the card of the other name ("Marie Martin") is asked about, not taken for
    someone else. Pronouns in brackets ("(elle/she)", "(il/lui)", "(Elle)") and
    credentials ("(PhD)") are no name: they go, and ask about no one."""
    card = tmp_path / "phone.vcf"
    card.write_text(apple_card("Marie Martin", "Banque du Lacydon",
                               "TEL;type=CELL:06 33 44 55 66")
                    + apple_card("Claire Garnier", "", "TEL;type=CELL:06 33 44 55 67")
                    + apple_card("Sophie Elle", "", "TEL;type=CELL:06 33 44 55 68")
                    + apple_card("Luc PhD", "", "TEL;type=CELL:06 33 44 55 69"),
                    encoding="utf-8")
    load(store, card)
    connections = tmp_path / "Connections.csv"
    connections.write_text(LINKEDIN_NOTE + "".join(f"{line}\r\n" for line in (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Marie,Dupont (Martin),https://www.linkedin.com/in/marie-dupont-8b1,,Calanques Digital,"
        "Cheffe de projet,12 Mar 2024",
        "Claire,\"Benali (née Garnier), MBA\",https://www.linkedin.com/in/claire-benali,,"
        "Azur Télécom,DRH,03 Oct 2025",
        "Sophie,Roux (Elle),https://www.linkedin.com/in/sophie-roux,,GME,Acheteuse,01 Feb 2023",
        "Luc,Fabre (PhD),https://www.linkedin.com/in/luc-fabre,,GME,Ingénieur,01 Feb 2023",
        "Paul,Santoni (il/lui),https://www.linkedin.com/in/paul-santoni,,GME,DAF,01 Feb 2023")),
        encoding="utf-8")
    report = load(store, connections)
    assert (report.added, report.queued) == (5, 2)
    found = people(store)
    assert {"Marie Dupont", "Claire Benali", "Sophie Roux", "Luc Fabre",
            "Paul Santoni"} <= set(found)
    assert reviews(store) == [("Claire Garnier", "Claire Benali", "other_name/linkedin"),
                              ("Marie Martin", "Marie Dupont", "other_name/linkedin")]
    again = load(store, connections)  # (asked once: the pairs are the same reviews)
    assert (again.added, again.queued, len(store.reviews())) == (0, 0, 2)


def test_which_asides_after_a_linkedin_last_name_are_names() -> None:
    from ingest.contacts_files import parse_linkedin

    rows = ["Marie,Dupont (Martin)", "Marie,Dupont (née Martin)", "Marie,Dupont (ép. Martin)",
            "Marie,\"Dupont (Martin-Roux), MBA\"", "Anne,Leroy (O'Neil)", "Sophie,Roux (elle/she)",
            "Sophie,Roux (Elle)", "Paul,Santoni (il/lui)", "Paul,Santoni (He/Him)",
            "Luc,Fabre (PhD)", "Luc,Fabre (MBA)", "Luc,Fabre (Ing.)", "Luc,(Fabre)"]
    parsed = parse_linkedin("First Name,Last Name,URL,Email Address,Company,Position,"
                            "Connected On\n" + "".join(f"{row},,,,,\n" for row in rows))
    assert [(c.name, c.aka) for c in parsed.contacts] == [
        ("Marie Dupont", ("Marie Martin",)), ("Marie Dupont", ("Marie Martin",)),
        ("Marie Dupont", ("Marie Martin",)), ("Marie Dupont", ("Marie Martin-Roux",)),
        ("Anne Leroy", ("Anne O'Neil",)), ("Sophie Roux", ()), ("Sophie Roux", ()),
        ("Paul Santoni", ()), ("Paul Santoni", ()), ("Luc Fabre", ()), ("Luc Fabre", ()),
        ("Luc Fabre", ()), ("Luc (Fabre)", ())]


def test_names_in_mail_and_calendars_as_people_write_them() -> None:
    """Outlook's 'quoted' names and "Last, First", and a guest named by her address only
    (« Solene Roux » from solene.roux@…)."""
    me = {"isabelle@prigent-conseil.fr"}
    mail = read_mbox(DATA / "takeout.mbox", me)
    assert [(c.name, c.emails, c.interactions) for c in mail.contacts] == [
        ("<script>alert(1)</script>", ("evil@exemple.fr",), 2),
        ("Karim Benali", ("karim.benali@phocee-logistique.fr",), 2),
        ("Noémie Fabre", ("noemie.fabre@exemple.fr",), 2),
        ("Yasmine Chérif", ("yasmine.cherif@azurtelecom.fr",), 2)]
    calendar = parse_ics(read_lines(DATA / "calendar-google.ics"), me)
    assert [(c.name, c.since) for c in calendar.contacts] == [
        ("Mehdi Haddad", "2026-11-12"), ("Solene Roux", "2026-10-20"),
        ("Thomas Giraud", "2026-11-12"), ("Véronique Bastide", "2026-10-20")]


EXPORTS = ("Connections-2026.csv", "iphone-export.vcf", "android-21.vcf",
           "outlook-export-fr.csv", "takeout.mbox", "calendar-google.ics")


def test_one_network_from_six_real_exports_has_each_person_once(store: GraphStore) -> None:
    """LinkedIn, an iPhone, an Android phone, French Outlook, Gmail and Google Calendar: each
    person once (merged by an identifier, or by name and company), or a pair queued for
    review; a second round of the same files changes nothing."""
    def run() -> None:
        for name in EXPORTS:
            me = "isabelle@prigent-conseil.fr" if name.endswith(("mbox", "ics")) else ME
            load(store, DATA / name, me)

    run()
    found = people(store)
    assert sorted(found) == [
        "<script>alert(1)</script>", '=HYPERLINK("http://x";"clic") <b>Gras</b>',
        "Claire Dumas", ME, "Karim Benali", "Marc Olivier", "Mehdi Haddad", "Nathalie Ferri",
        "Noémie Fabre", "Omar Chérif", "Solene Roux", "Solène Roux", "Thomas Giraud",
        "Véronique Bastide", "Yasmine Chérif", "Yasmine Chérif 🌍"]
    karim = found["Karim Benali"]
    assert (karim.emails, karim.phones, karim.linkedin) == (
        ("karim.benali@phocee-logistique.fr", "karim.benali@gmail.com"),
        ("+33781223344", "+33491556677"), "https://www.linkedin.com/in/karimbenali")
    vero = found["Véronique Bastide"]
    assert (vero.emails, vero.phones, vero.linkedin) == (
        ("vero.bastide@provence-medias.fr",), ("+33611223344",),
        "https://www.linkedin.com/in/veronique-bastide-4a1b2c")
    # one job at Joliette: the iPhone's title is that job in other words (it made a second
    # one, which each LinkedIn import ended and each phone import brought back)
    assert titles(store, found["Claire Dumas"]) == [("Joliette Conseil RH",
                                                     "DRH, recrutement & marque employeur")]
    member = found[ME]
    assert {tie.source for tie in store.ties_of(member.id)} == {
        "linkedin", "vcard", "csv", "mail", "calendar"}
    assert reviews(store) == [
        ("Nathalie Ferri", "Marc Olivier", "same_phone/vcard"),
        ("Solène Roux", "Solene Roux", "same_name/calendar"),
        ("Yasmine Chérif", "Omar Chérif", "same_phone/vcard"),
        ("Yasmine Chérif 🌍", "Yasmine Chérif", "same_name/vcard")]
    version = store.graph_version()
    run()
    assert store.graph_version() == version


def test_a_french_excel_csv_with_semicolons(store: GraphStore) -> None:
    """French Excel separates cells with semicolons (the comma is the decimal mark)."""
    assert csv_columns(read_head(DATA / "excel-fr.csv"))[0] == [
        "Prénom", "Nom", "Courriel", "Téléphone", "Société", "Fonction"]
    report = load(store, DATA / "excel-fr.csv")
    assert (report.added, report.skipped) == (2, [])
    pierre = people(store)["Pierre Castagnet"]
    assert (pierre.emails, pierre.phones) == (("pierre@citeradieuse-archi.fr",),
                                              ("+33670809010",))
    assert titles(store, pierre) == [("Cité Radieuse; Architectes", "Directeur général")]


def test_a_calendar_folded_inside_a_character_is_read_as_utf8(tmp_path: Path) -> None:
    """Writers that fold at 75 bytes without looking (PHP's substr, some CRMs) cut "é" in
    two: the line and its continuation make the character again, and the file is UTF-8,
    not Windows-1252."""
    line = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zoé Mart;CN=Véronique Bastide" \
           ":mailto:vero@x.fr".encode()
    cut = line.index("é".encode()) + 1  # (after the first of its two bytes)
    path = tmp_path / "cut.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261020T090000Z\r\n"
                     b"ORGANIZER:mailto:me@x.fr\r\n" + line[:cut] + b"\r\n " + line[cut:] +
                     "\r\nSUMMARY:Café\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode())
    notices: list[Notice] = []
    parsed = parse_ics(read_lines(path, notices), {"me@x.fr"})
    assert [c.name for c in parsed.contacts] == ["Zoé Mart"]
    assert notices == []


def test_a_name_made_from_an_address_gives_way_to_a_contact_books(
        store: GraphStore, tmp_path: Path) -> None:
    """A calendar guest without a name is named after her address ("solene.roux"); her card
    from a phone, found by that address, names her."""
    store.save(GraphData(people=[Person("p:me", ME, ("isabelle@prigent-conseil.fr",))],
                         members=["p:me"]))
    load(store, DATA / "calendar-google.ics", "isabelle@prigent-conseil.fr")
    card = tmp_path / "solene.vcf"
    card.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roux;Solène;;;\r\nFN:Solène Roux\r\n"
                     "EMAIL;type=INTERNET:Solene.Roux@gme-energie.example\r\n"
                     "END:VCARD\r\n".encode())
    report = load(store, card)
    assert (report.added, report.updated, report.queued) == (0, 1, 0)
    found = people(store)
    assert "solene.roux" not in found
    assert found["Solène Roux"].emails == ("solene.roux@gme-energie.example",)
    version = store.graph_version()
    load(store, DATA / "calendar-google.ics", "isabelle@prigent-conseil.fr")  # stays Solène
    assert store.graph_version() == version and "Solène Roux" in people(store)


def test_a_thunderbird_address_book_without_a_mapping(store: GraphStore) -> None:
    report = load(store, DATA / "thunderbird.csv")
    assert (report.added, report.skipped) == (1, [])
    mehdi = people(store)["Mehdi Haddad"]
    assert (mehdi.emails, mehdi.phones, mehdi.linkedin, mehdi.notes) == (
        ("mehdi@frioul.io", "mehdi.haddad@gmail.com"), ("+33491778899", "+33644556677"),
        "https://www.linkedin.com/in/mehdi-haddad", "Grimpeur")
    assert titles(store, mehdi) == [("Frioul Software", "CTO")]


def test_a_linkedin_export_saved_again_by_french_excel(store: GraphStore) -> None:
    """Opened in Excel and saved: semicolons, Windows-1252, dates as 12/03/2024. Still
    LinkedIn's export, the same connections as the original's."""
    result = import_file(store, DATA / "Connections-excel-fr.csv", me=ME, today=TODAY)
    assert (result.format, result.report.added) == ("linkedin", 4)
    assert [(s.line, s.code) for s in result.report.skipped] == [(9, "hidden")]
    found = people(store)
    assert "Véronique Bastide" in found and "Karim Benali" in found
    vero = store.tie(found[ME].id, found["Véronique Bastide"].id)
    assert vero is not None and (vero.since, vero.source) == ("2024-03-12", "linkedin")
    again = load(store, DATA / "Connections-2026.csv")
    assert (again.added, again.updated) == (0, 0)


def test_her_partner_on_the_home_phone_is_not_the_member(store: GraphStore,
                                                         tmp_path: Path) -> None:
    """The member's card is hers whatever its name when found by her address or profile;
    by a phone number, only under a name that may be hers (a home phone is shared)."""
    store.save(GraphData(people=[Person("p:me", ME, ("isabelle@prigent-conseil.fr",),
                                        ("+33612345678", "+33491223344"))],
                         members=["p:me"]))
    card = tmp_path / "famille.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marc Prigent\r\n"
                     b"TEL;type=HOME:04 91 22 33 44\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Isa P.\r\n"
                     b"TEL;type=CELL:06 12 34 56 78\r\nEND:VCARD\r\n")
    report = load(store, card)
    assert (report.added, report.updated, report.queued) == (1, 0, 1)
    assert sorted(people(store)) == [ME, "Marc Prigent"]
    assert reviews(store) == [(ME, "Marc Prigent", "same_phone/vcard")]


def linkedin_file(folder: Path, name: str, rows: list[tuple[str, str, str, str]]) -> Path:
    """A LinkedIn Connections.csv of (first name, last name, profile, company) rows."""
    path = folder / name
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    path.write_text(header + "".join(
        f"{first},{last},https://www.linkedin.com/in/{profile},,{company},Chargée de mission,"
        "02 Mar 2024\n" for first, last, profile, company in rows), encoding="utf-8")
    return path


def test_namesakes_with_two_linkedin_profiles_are_not_queued_for_review(
        store: GraphStore, tmp_path: Path) -> None:
    """LinkedIn says two profiles are two people: two Camille Martin at companies written
    alike are not asked about, in one file or across two; a card without a profile still is."""
    load(store, linkedin_file(tmp_path, "Connections.csv", [
        ("Camille", "Martin", "camille-martin-1", "Phocée Conseil"),
        ("Camille", "Martin", "camille-martin-2", "Phocée Conseils"),
        ("Camile", "Martin", "camile-martin", "Phocée Conseil")]))
    assert reviews(store) == []
    assert store.counts().people == 4
    report = load(store, linkedin_file(tmp_path, "later.csv", [
        ("Camille", "Martin", "camille-martin-3", "Phocée Conseil SAS")]))
    assert (report.added, report.queued, reviews(store)) == (1, 0, [])
    card = tmp_path / "camille.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Camille Martin\nORG:Phocée Conseil\n"
                    "END:VCARD\n", encoding="utf-8")
    assert load(store, card).queued == 1


def test_the_fullest_name_for_an_address_wins_and_their_own_on_a_tie() -> None:
    """"Karim" as she typed him in a To: line, "Karim Benali" as he signs his own mail: the
    notebook keeps "Karim Benali", whichever came first; of two names as full, his own."""
    from ingest.mail import summarize_mail

    me = {"isabelle@prigent-conseil.fr"}
    mine, his = "Isabelle <isabelle@prigent-conseil.fr>", "Karim <karim@phocee.fr>"
    sent = (mine, his, "", "Mon, 2 Nov 2026 10:00:00 +0100")
    reply = ("Karim Benali <karim@phocee.fr>", mine, "", "Tue, 3 Nov 2026 10:00:00 +0100")
    assert summarize_mail([sent, reply], me)["karim@phocee.fr"].name == "Karim Benali"
    assert summarize_mail([reply, sent], me)["karim@phocee.fr"].name == "Karim Benali"
    typed = (mine, "Karim Benali <karim@phocee.fr>", "", "Mon, 2 Nov 2026 10:00:00 +0100")
    signed = ("K. Benali <karim@phocee.fr>", mine, "", "Tue, 3 Nov 2026 10:00:00 +0100")
    assert summarize_mail([typed, signed], me)["karim@phocee.fr"].name == "K. Benali"
    cc = (mine, "Zoé <zoe@x.fr>", "Zoé Martin <zoe@x.fr>", "Mon, 2 Nov 2026 10:00:00 +0100")
    assert summarize_mail([cc], me)["zoe@x.fr"].name == "Zoé Martin"
    # More words are not a better name: an aside in brackets goes, and a name that is not
    # a fuller form of the one he signs with does not replace it.
    aside = (mine, "Karim Benali (Phocée) <karim@phocee.fr>", "",
             "Wed, 4 Nov 2026 10:00:00 +0100")
    assert summarize_mail([reply, aside], me)["karim@phocee.fr"].name == "Karim Benali"
    team = (mine, "Équipe communication Phocée <karim@phocee.fr>", "",
            "Wed, 4 Nov 2026 10:00:00 +0100")
    assert summarize_mail([reply, team], me)["karim@phocee.fr"].name == "Karim Benali"


def test_a_company_s_own_card_notes_the_company_and_is_no_person(
        store: GraphStore, tmp_path: Path) -> None:
    """A phone keeps cards of businesses (no person's name, only a company): each notes the
    company, and is said skipped as a company's card; never a person named after it, whom
    the paths would offer as "someone you know there". A person's card at a company whose
    name it repeats is still a person."""
    cards = tmp_path / "phone.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Mairie du 7e\nORG:Mairie du 7e;\n"
        "TEL:04 91 55 15 75\nX-ABShowAs:COMPANY\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nORG:Calanques Digital\nTEL:04 91 00 11 22\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Jean;;;\nFN:Jean Dupont\nORG:Plomberie Dupont\n"
        "X-ABShowAs:COMPANY\nEND:VCARD\n", encoding="utf-8")
    report = load(store, cards)
    assert (report.added, [(s.line, s.code) for s in report.skipped]) == (
        1, [(1, "company_card"), (9, "company_card")])
    assert report.companies_noted == 2 and report.summary().endswith(
        "(1 new tie, 2 companies noted)")  # (Plomberie Dupont is the company of a job)
    google = tmp_path / "contacts.csv"
    google.write_text("First Name,Middle Name,Last Name,Organization Name,Organization Title,"
                      "E-mail 1 - Label,E-mail 1 - Value\n"
                      ",,,Vieux-Port Assurances,,* Work,contact@vpa.fr\n", encoding="utf-8")
    assert [s.code for s in load(store, google).skipped] == ["company_card"]
    nickname = tmp_path / "nickname.csv"  # (a Google contact saved under a nickname only)
    nickname.write_text("First Name,Middle Name,Last Name,Nickname,Organization Name,"
                        "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
                        ",,,Mamie Jo,,,,Mobile,06 11 22 33 44\n", encoding="utf-8")
    assert load(store, nickname).added == 1
    outlook = tmp_path / "outlook.csv"
    outlook.write_text("Prénom,Nom,Société,Adresse de messagerie\n"
                       ",,Frioul Software,contact@frioul.example\n", encoding="utf-8")
    assert [s.code for s in load(store, outlook).skipped] == ["company_card"]
    assert sorted(people(store)) == ["Isabelle Prigent", "Jean Dupont", "Mamie Jo"]
    assert sorted(c.name for c in store.dump(ties=False).companies) == [
        "Calanques Digital", "Frioul Software", "Mairie du 7e", "Plomberie Dupont",
        "Vieux-Port Assurances"]
    version = store.graph_version()
    for again in (cards, google, outlook, nickname):
        assert load(store, again).companies_noted == 0
    assert store.graph_version() == version


def test_a_freelancer_s_own_card_named_after_her_business_is_hers(
        store: GraphStore, tmp_path: Path) -> None:
    """A freelancer's business often bears her name: a card whose FN repeats its ORG and
    has no N line ("FN:Camille Martin", "ORG:Camille Martin") may be hers or a company's,
    and vCard 4.0 reads a card that does not say its KIND as a person's: she is imported,
    working at her business. A card saying it is a company's (Apple's X-ABShowAs:COMPANY,
    vCard 4.0's KIND:org, or an N with no name in it, as Apple, Google and Outlook write a
    company's) is still one."""
    cards = tmp_path / "contacts.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Camille Martin\nORG:Camille Martin\n"
        "EMAIL:camille@cm-conseil.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Julien Fabre\nORG:Julien Fabre\nTEL:06 71 22 33 44\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Cabinet Roux\nORG:Cabinet Roux\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Frioul Software\nORG:Frioul Software\n"
        "X-ABShowAs:COMPANY\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Vieux-Port Assurances\n"
        "ORG:Vieux-Port Assurances\nEND:VCARD\n", encoding="utf-8")
    report = load(store, cards)
    assert (report.added, report.queued) == (2, 0)
    assert [(s.line, s.code, s.detail) for s in report.skipped] == [
        (13, "company_card", "Cabinet Roux"), (19, "company_card", "Frioul Software"),
        (25, "company_card", "Vieux-Port Assurances")]
    found = people(store)
    assert found["Camille Martin"].emails == ("camille@cm-conseil.fr",)
    assert found["Julien Fabre"].phones == ("+33671223344",)
    assert titles(store, found["Camille Martin"]) == [("Camille Martin", "")]
    assert titles(store, found["Julien Fabre"]) == [("Julien Fabre", "")]
    assert sorted(c.name for c in store.dump(ties=False).companies) == [
        "Cabinet Roux", "Camille Martin", "Frioul Software", "Julien Fabre",
        "Vieux-Port Assurances"]


def test_her_notebook_s_csv_imported_back_changes_nothing(store: GraphStore,
                                                          tmp_path: Path) -> None:
    """Carnet's own CSV lists everyone in the notebook, not her address book: imported back
    (to fix a name in a spreadsheet), it tied her to all of them, people she has never met
    (135 "new ties" in the demo), and wrote her phone a second time in another form."""
    from graph.services.demo import demo_network
    from graph.services.export import write_export

    store.save(demo_network("fr", TODAY))
    before = store.dump()
    write_export(tmp_path / "carnet.csv", store, "csv")
    report = load(store, tmp_path / "carnet.csv")
    assert (report.added, report.updated, report.ties_added) == (0, 0, 0)
    assert store.dump() == before


def test_linkedin_dates_in_english_or_french_and_as_a_spreadsheet_saves_them() -> None:
    from ingest.contacts_files import parse_linkedin

    days = ["12 Mar 2024", "01 févr. 2023", "1 fevr 2023", "3 juil. 2021", "12 juin 2024",
            "4 août 2020", "15 déc. 2022", "7 Sept 2019", "9 mai 2018", "2 avr. 2017",
            "2024-03-12", "12/03/2024", "31 févr. 2023", "le 3 juillet", "", "1er févr. 2023"]
    parsed = parse_linkedin("First Name,Last Name,URL,Email Address,Company,Position,"
                            "Connected On\n" + "".join(f"Léa,Roux,,,,,{day}\n" for day in days))
    assert [c.since for c in parsed.contacts] == [
        "2024-03-12", "2023-02-01", "2023-02-01", "2021-07-03", "2024-06-12", "2020-08-04",
        "2022-12-15", "2019-09-07", "2018-05-09", "2017-04-02", "2024-03-12", "2024-03-12",
        None, None, None, "2023-02-01"]
