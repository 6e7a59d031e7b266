"""Imports store what the file says: any header encoding in mail, RFC 5545 parameters in
calendars, no half row from a cut file, UTF-16 exports found by their BOM."""

from __future__ import annotations

from pathlib import Path

from graph.core.model import GraphData, Person
from graph.stores.port import GraphStore
from ingest.common import read_head
from ingest.contacts_files import parse_csv, parse_linkedin
from ingest.importer import guess_format, import_file, parse_file
from ingest.mail import decode_words, parse_ics

ME = "me@example.fr"
LINKEDIN = ("Notes:\r\n\"a note, quoted\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,"
            "Position,Connected On\r\n")


def mbox(*senders: bytes) -> bytes:
    """Each sender writes to me and I answer (mail counts only both ways)."""
    out = b""
    for n, sender in enumerate(senders):
        address = sender.split(b"<")[1].rstrip(b">")
        out += (b"From x Mon Oct 06 09:00:00 2026\n" + b"From: " + sender + b"\nTo: " +
                ME.encode() + b"\nSubject: caf\xc3\xa9\nDate: Mon, 06 Oct 2026 09:00:00 +0200\n"
                b"\nFrom the body: never a header\nTo: nobody@x.fr\n\n"
                b"From y Tue Oct 07 09:00:00 2026\nFrom: " + ME.encode() + b"\nTo:\n "
                + address + b"\nDate: Tue, 0" + str(7 + n % 2).encode() +
                b" Oct 2026 09:00:00 +0200\n\nok\n")
    return out


def test_mbox_names_in_any_encoding(tmp_path: Path, store: GraphStore) -> None:
    path = tmp_path / "mail.mbox"
    path.write_bytes(mbox("Zoé Martin <zoe@x.fr>".encode(),             # raw UTF-8
                          "Loïc Hervé <loic@x.fr>".encode("latin-1"),    # raw Latin-1
                          b"=?ISO-8859-1?Q?Ren=E9e?= =?UTF-8?B?IEzDqXZ5?= <renee@x.fr>",
                          b'"Robert, O\'Brien" <rob@x.fr>'))
    store.save(GraphData(people=[Person("p:me", "Moi", (ME,))], members=["p:me"]))
    result = import_file(store, path, "mbox", ME)
    assert sorted(p.name for p in store.dump().people) == [
        "Loïc Hervé", "Moi", "O'Brien Robert", "Renée Lévy", "Zoé Martin"]  # "Last, First"
    assert result.report.added == 4 and not result.report.skipped
    assert [(n.code, n.n, n.reason) for n in result.notices] == [
        ("latin1", 1, "1 header(s) were not UTF-8 and were read as Latin-1")]
    assert "nobody@x.fr" not in {e for p in store.dump().people for e in p.emails}


def test_encoded_words_decoded_and_joined() -> None:
    assert decode_words("=?utf-8?q?Zo=C3=A9?=  =?utf-8?q?_Martin?= (x)") == "Zoé Martin (x)"
    assert decode_words("=?bogus?q?a?= b") == "=?bogus?q?a?= b"


def test_ics_parameters_per_rfc5545() -> None:
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261020T090000Z\r\n"
            f"ORGANIZER;CN=Me:mailto:{ME}\r\n"
            'ATTENDEE;CN="Robert\\; O\\,Brien";ROLE=REQ-PARTICIPANT:mailto:rob@x.fr\r\n'
            'ATTENDEE;CN="Dupont: Marie, Anne; PhD";PARTSTAT=ACCEPTED:mailto:ma@x.fr\r\n'
            "ATTENDEE;CN=^'Zo^'^^:MAILTO:Zoe@X.fr\r\n"
            "ATTENDEE;CN=Jean \r\n Dupont:mailto:jean@x.fr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    parsed = parse_ics(text, {ME})
    assert [(c.name, c.emails) for c in parsed.contacts] == [
        ("Jean Dupont", ("jean@x.fr",)), ("Dupont: Marie, Anne; PhD", ("ma@x.fr",)),
        ("Robert; O,Brien", ("rob@x.fr",)), ('"Zo"^', ("zoe@x.fr",))]


def test_csv_last_row_cut_short_is_skipped_with_its_line() -> None:
    whole = "Name,Email,Company,Title\r\nZoé Martin,zoe@x.fr,Cité Radieuse,Architecte\r\n"
    cut = parse_csv(whole + "Loïc Hervé,loic@x.fr,Cité Radieuse", "c.csv")
    assert [c.name for c in cut.contacts] == ["Zoé Martin"]
    assert [(s.line, s.code) for s in cut.skipped] == [(3, "cut_short")]
    in_quotes = parse_csv(whole + 'Loïc Hervé,loic@x.fr,"Cité Radieuse\r\n', "c.csv")
    assert [(s.line, s.code) for s in in_quotes.skipped] == [(3, "cut_short")]
    assert [c.name for c in in_quotes.contacts] == ["Zoé Martin"]
    # a whole last row without a final newline is whole
    assert [c.name for c in parse_csv(whole.rstrip(), "c.csv").contacts] == ["Zoé Martin"]
    linkedin = parse_linkedin(LINKEDIN + "Zoé,Martin,https://www.linkedin.com/in/zm,,Cité "
                              "Radieuse,Architect,12 Mar 2024\r\nLoïc,Hervé,https://www.link",
                              "Connections.csv")
    assert [c.name for c in linkedin.contacts] == ["Zoé Martin"]
    assert [(s.line, s.reason) for s in linkedin.skipped] == [
        (6, "the file ends in the middle of this row (cut short)")]


def test_utf16_linkedin_export_found_by_its_bom(tmp_path: Path, store: GraphStore) -> None:
    rows = LINKEDIN + "Zoé,Martin,https://www.linkedin.com/in/zm,,Cité Radieuse,Architecte,12 " \
                      "Mar 2024\r\n"
    for encoding in ("utf-16-le", "utf-16-be", "utf-8"):
        bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-8": b"\xef\xbb\xbf"}
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(bom[encoding] + rows.encode(encoding))
        assert read_head(path).startswith("Notes:")
        assert guess_format(path) == "linkedin"
        parsed = parse_file(path, "linkedin", store, None, None)
        assert [(c.name, c.company, c.since) for c in parsed.contacts] == [
            ("Zoé Martin", "Cité Radieuse", "2024-03-12")]
    result = import_file(store, tmp_path / "utf-16-le.csv", me="Isabelle Prigent")
    assert (result.format, result.report.added) == ("linkedin", 1)
    assert sorted(p.name for p in store.dump().people) == ["Isabelle Prigent", "Zoé Martin"]
