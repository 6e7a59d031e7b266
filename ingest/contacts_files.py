"""Parsers for contact exports: LinkedIn ``Connections.csv``, Google Contacts CSV (both
layouts), vCard 2.1/3.0/4.0, and any CSV with a column mapping.

``parse_*(text, name)`` are pure (text in, ``Parsed`` out); ``name`` is the file's name, for
messages. Rows that cannot be used are skipped with their line number and a reason.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime

from graph.core.errors import ImportFailed
from graph.core.model import fold
from graph.core.names import name_key
from graph.formats import CSV_FIELDS
from graph.formats.exports import unguarded
from ingest.columns import chosen_columns, guess_mapping, unique_columns
from ingest.common import (
    CUT_SHORT,
    Contact,
    Parsed,
    Skipped,
    Text,
    clean,
    csv_rows,
    delimiter_of,
    text_lines,
)
from ingest.contentlines import ContentLine, parse_lines
from ingest.identifiers import linkedin_url

LINKEDIN_HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                   "Connected On")
GOOGLE_SEPARATOR = " ::: "
CARNET_ID = re.compile(r"p:[^\s;,]{1,200}")


def note_text(text: str) -> str:
    """A note's lines ended by ``\n`` whatever the file used (Outlook and vCard 2.1 notes
    carry Windows' ``\r\n``), so the same note from two exports is one text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _header_index(header: list[str]) -> dict[str, int]:
    return {cell.strip(): n for n, cell in enumerate(header)}


Rows = Iterator[tuple[int, list[str], bool]]


HEADER_WITHIN = 20  # lines: LinkedIn's header comes after a note of three or four


def _rows_after_header(text: Text, name: str, is_header: Callable[[list[str]], bool],
                       expected: str) -> tuple[dict[str, int], Rows]:
    """The header's columns and the rows after it, read with the separator the header line
    uses (a file saved again by French Excel has semicolons)."""
    lines, head, delimiter = text_lines(text), [], ","
    for line in lines:
        head.append(line)
        found = delimiter_of(line)
        try:
            cells = next(csv.reader([line], delimiter=found, strict=False), [])
        except csv.Error:  # (too long a field: csv_rows says so, with its line)
            cells = []
        if is_header(cells):
            delimiter = found
            break
        if len(head) >= HEADER_WITHIN:
            break
    rows = csv_rows(itertools.chain(head, lines), name, delimiter)
    for _line, cells, _whole in rows:
        if is_header(cells):
            return _header_index(cells), rows
    raise ImportFailed("not_format", file=name, format=expected)


def _records(rows: Rows, parsed: Parsed) -> Iterator[tuple[int, list[str]]]:
    """The rows that hold something; a last row cut short is skipped with its line number,
    never imported as if it were whole."""
    for line, cells, whole in rows:
        if not "".join(cells).strip():  # (nothing but spaces in any cell)
            continue
        if not whole:
            parsed.skipped.append(replace(CUT_SHORT, line=line))
            continue
        yield line, cells


def parse_linkedin(text: Text, name: str = "Connections.csv") -> Parsed:
    """LinkedIn's export: a "Notes:" preamble, then the header line, then one row per
    connection. Rows without a name (members who hide their connections) are skipped."""
    def is_header(cells: list[str]) -> bool:
        return tuple(c.strip() for c in cells[:3]) == LINKEDIN_HEADER[:3]

    col, rows = _rows_after_header(text, name, is_header, "LinkedIn Connections.csv")
    parsed = Parsed()
    places = [col.get(key) for key in LINKEDIN_HEADER]
    dates: dict[str, str | None] = {}  # (a file has far fewer days than rows)
    for line, cells in _records(rows, parsed):
        width = len(cells)
        first, last, url, email, company, position, connected = [
            cells[n].strip() if n is not None and n < width else "" for n in places]
        bare, other = _bare_name(last)
        full = clean(f"{first} {bare}")
        if not full:
            parsed.skipped.append(
                Skipped(line, "no name (a member who hides their details)", "hidden"))
            continue
        if connected not in dates:
            dates[connected] = _linkedin_date(connected)
        parsed.add(Contact(
            line, full, emails=(email,) if email else (), linkedin=linkedin_url(url),
            company=clean(company), title=clean(position), since=dates[connected],
            aka=(clean(f"{first} {other}"),) if other and first else ()), name)
    return parsed


# (words only: "=HYPERLINK(…)" is kept)
_ASIDE = re.compile(r"\s+\(([\w\s/.'’-]*)\)\s*$")
# Words in brackets after a last name that name no one: pronouns, civilities, credentials.
NOT_A_NAME = frozenset({"elle", "il", "iel", "ielle", "lui", "she", "he", "they", "her", "him",
                        "them", "hers", "his", "theirs", "xe", "ze", "phd", "dr", "md", "mba",
                        "msc", "ing", "ir", "me", "mme", "m", "mr", "mrs", "ms", "pr"})
BORN = frozenset({"nee", "ne", "born", "ep", "epouse", "ex", "geb", "geborene"})


def _bare_name(last: str) -> tuple[str, str]:
    """A LinkedIn last name without what members add to it: credentials after a comma
    ("Benali, MBA"), an aside in brackets at the end ("Roux (elle/she)"); and the other last
    name that aside gives, if it is one ("Dupont (Martin)", "Dupont (née Martin)": a
    maiden or married name her phone card may bear), else "". No name holds a comma."""
    if "," not in last and not last.endswith(")"):  # (most names: 30,000 rows in one file)
        return last, ""
    found = _ASIDE.search(last.split(",", 1)[0])
    bare = clean(last.split(",", 1)[0][:found.start()] if found else last.split(",", 1)[0])
    if not bare:
        return clean(last), ""
    words = clean(found.group(1)).split() if found else []
    if words and name_key(words[0]) in BORN:
        words = words[1:]
    is_name = 0 < len(words) <= 3 and all(
        name_key(w) not in NOT_A_NAME and all(  # ("Martin-Dupont", not "PhD" or "MBA")
            part.isalpha() and part[0].isupper() and not any(c.isupper() for c in part[1:])
            for part in re.split(r"[-'’]", w)) for w in words)
    return bare, " ".join(words) if is_name else ""


# A month by its first letters, English or French, accents left out ("févr." → "fev"); June
# and July by four in French ("juin", "juil").
MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), start=1)} | {
    "fev": 2, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "aou": 8}


def _linkedin_date(text: str) -> str | None:
    """``12 Mar 2024`` (LinkedIn's form, parsed fast; ``12 mars 2024``, ``1 févr. 2023``: the
    same, written in French) and a few others → ISO."""
    parts = text.split()
    if parts and parts[0].endswith("er"):  # (« 1er mars 2024 »: the first, in French)
        parts[0] = parts[0].removesuffix("er")
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit():
        word = fold(parts[1])
        month = MONTHS.get(word[:4] if word.startswith("jui") else word[:3])
        if month and 1 <= int(parts[0]) <= 31 and len(parts[2]) == 4:
            try:
                return date(int(parts[2]), month, int(parts[0])).isoformat()
            except ValueError:
                return None
    for fmt in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


GOOGLE_NAME_COLUMNS = ("First Name", "Given Name", "Name")


def parse_google(text: Text, name: str = "contacts.csv") -> Parsed:
    """Google Contacts CSV, current (``First Name,…,E-mail 1 - Value``) or older layout
    (``Name,Given Name,…``), mapped by header name; several values per cell joined by
    `` ::: ``."""
    def is_header(cells: list[str]) -> bool:
        names = {c.strip() for c in cells}
        return bool(names & set(GOOGLE_NAME_COLUMNS)) and any(
            c.startswith(("E-mail 1", "Phone 1", "Organization")) for c in names)

    col, rows = _rows_after_header(text, name, is_header, "Google Contacts CSV")
    parsed = Parsed()

    def values(cells: list[str], prefix: str, suffix: str) -> list[str]:
        found = []
        for key, n in col.items():
            if key.startswith(prefix) and key.endswith(suffix) and n < len(cells):
                found += [v.strip() for v in cells[n].split(GOOGLE_SEPARATOR) if v.strip()]
        return found

    def cell(cells: list[str], *keys: str) -> str:
        for key in keys:
            n = col.get(key)
            if n is not None and n < len(cells) and cells[n].strip():
                return cells[n].strip()
        return ""

    for line, cells in _records(rows, parsed):
        full = clean(cell(cells, "Name") or " ".join(
            cell(cells, k) for k in ("First Name", "Given Name", "Middle Name",
                                     "Additional Name", "Last Name", "Family Name"))) \
            or clean(cell(cells, "Nickname"))  # (someone saved under a nickname only)
        if not full:
            if company := clean(cell(cells, "Organization Name", "Organization 1 - Name")):
                parsed.company_card(line, company)
            else:
                parsed.skipped.append(Skipped(line, "no name", "no_name"))
            continue
        websites = values(cells, "Website", "Value")
        labels = values(cells, "Labels", "") + values(cells, "Group Membership", "")
        parsed.add(Contact(
            line, full, emails=tuple(values(cells, "E-mail", "Value")),
            phones=tuple(values(cells, "Phone", "Value")),
            linkedin=next((linkedin_url(w) for w in websites if "linkedin.com" in w), None),
            company=clean(cell(cells, "Organization Name", "Organization 1 - Name")),
            title=clean(cell(cells, "Organization Title", "Organization 1 - Title")),
            department=clean(cell(cells, "Organization Department",
                                  "Organization 1 - Department")),
            notes=note_text(cell(cells, "Notes")),
            tags=tuple(label.removeprefix("* ") for label in labels
                       if label not in ("* myContacts", "* other"))), name)
    return parsed


def parse_vcard(text: Text, name: str = "contacts.vcf") -> Parsed:
    """vCard 2.1, 3.0 and 4.0 as phones, Google, Apple and Outlook export them."""
    parsed = Parsed()
    card: list[ContentLine] | None = None
    start = 0
    for line in parse_lines(text, name):
        if line.name == "BEGIN" and line.text.upper() == "VCARD":
            card, start = [], line.line
        elif line.name == "END" and line.text.upper() == "VCARD" and card is not None:
            contact = _vcard_contact(card, start)
            if isinstance(contact, Skipped):
                parsed.skipped.append(contact)
            elif not contact.name:
                parsed.company_card(contact.line, contact.company)
            else:
                parsed.add(contact, name)
            card = None
        elif card is not None:
            card.append(line)
    if not parsed.contacts and not parsed.skipped:
        raise ImportFailed("not_format", file=name, format="vCard")
    return parsed


def _vcard_contact(card: list[ContentLine], start: int) -> Contact | Skipped:
    def first(prop: str) -> ContentLine | None:
        return next((line for line in card if line.name == prop), None)

    labels = {line.group: line.text.lower() for line in card
              if line.name == "X-ABLABEL" and line.group}
    fn, n = first("FN"), first("N")
    parts = (n.parts if n else []) + [""] * 5
    full = clean(fn.text) if fn else ""
    full = full or clean(" ".join([parts[3], parts[1], parts[2], parts[0], parts[4]]))
    org = first("ORG")
    org_parts = org.parts if org else []
    company = clean(org_parts[0]) if org_parts else ""
    if not full and not company:
        return Skipped(start, "a card with neither a name nor a company", "no_vcard_name")
    if company and not clean(parts[0] + parts[1]) and name_key(full) in ("", name_key(company)) \
            and (not full or n is not None or _says_company(card)):
        full = ""  # a company's own card (phones write the company as its FN): no person
    urls = [(line.text.strip(), labels.get(line.group or "", "")) for line in card
            if line.name == "URL"] + [  # Apple: X-SOCIALPROFILE;type=linkedin;x-user=…:http…
        (text if "linkedin.com" in text.lower() else
         f"https://www.linkedin.com/in/{line.param('X-USER')[0]}" if line.param("X-USER")
         else text, "linkedin")
        for line in card if line.name == "X-SOCIALPROFILE" and "LINKEDIN" in line.types
        for text in [line.text.strip()]]
    linkedin = next((linkedin_url(u) for u, label in urls
                     if "linkedin.com" in u.lower() or "linkedin" in label), None)
    title = first("TITLE")
    note = first("NOTE")
    categories = [c.strip() for line in card if line.name == "CATEGORIES"
                  for c in re.split(r"(?<!\\),", line.value) if c.strip()]
    return Contact(
        start, full,
        emails=tuple(dict.fromkeys(line.text.strip() for line in card
                                   if line.name == "EMAIL" and line.text.strip())),
        phones=tuple(dict.fromkeys(line.text.strip().removeprefix("tel:") for line in card
                                   if line.name == "TEL" and line.text.strip())),
        linkedin=linkedin, company=company,
        department=clean(" ".join(org_parts[1:])) if len(org_parts) > 1 else "",
        title=clean(title.text) if title else "", notes=note_text(note.text) if note else "",
        tags=tuple(c.replace("\\,", ",") for c in categories))


def _says_company(card: list[ContentLine]) -> bool:
    """Whether a card says it is a company's: Apple's ``X-ABShowAs:COMPANY``, vCard 4.0's
    ``KIND:org``. (Apple, Google and Outlook also write a company's card with an empty N; a
    card with no N at all, its FN its ORG, is as likely a freelancer's card named after her
    business, and vCard 4.0 reads a card that says no KIND as a person's.)"""
    return any((line.name == "X-ABSHOWAS" and line.text.strip().upper() == "COMPANY")
               or (line.name == "KIND" and line.text.strip().lower() in ("org", "organization"))
               for line in card)


# Every column of these kinds is read, where the user kept the guessed column: Outlook has
# three e-mail columns and a dozen phone ones (not the fax, pager or switchboard); a LinkedIn
# profile may be any web page (Outlook's "Web Page", Thunderbird's "Web Page 1").
MORE_COLUMNS = {"email": re.compile(r"e-?mail|courriel|messagerie|courrier|electronique"),
                "phone": re.compile(r"phone|telephone|^tel\b|mobile|portable|\bcell"),
                "linkedin": re.compile(r"linkedin|url|web|site")}
NOT_THEIR_PHONE = re.compile(r"fax|telecopie|pager|radiomessagerie|telex|tty|tdd|isdn|rnis"
                             r"|assistant|company main|societe|callback|rappel")
CIVILITIES = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "me", "pr",
                        "monsieur", "madame", "mademoiselle"})


def parse_csv(text: Text, name: str = "contacts.csv",
              mapping: dict[str, str] | None = None) -> Parsed:
    """Any CSV: the first line is the header (its cells separated by commas, semicolons or
    tabs: ``delimiter_of``); ``mapping`` (field → header) completes or overrides what
    ``guess_mapping`` finds."""
    lines = text_lines(text)
    first = next(lines, "")
    rows = csv_rows(itertools.chain([first], lines), name, delimiter_of(first))
    try:
        _, cells, _ = next(rows)
    except StopIteration:
        raise ImportFailed("empty", file=name) from None
    header = unique_columns(cells)
    unknown = sorted(set(mapping or {}) - set(CSV_FIELDS))
    if unknown:
        raise ImportFailed("unknown_fields", fields=", ".join(unknown),
                           known=", ".join(CSV_FIELDS))
    guessed = guess_mapping(cells)
    # (header names as the app shows them may end in a space: "Société " in French Outlook)
    chosen = chosen_columns({key: column.strip() for key, column in {**guessed,
                                                                  **(mapping or {})}.items()},
                            cells, name)
    col = _header_index(header)
    kept = {key for key in MORE_COLUMNS
            if (chosen.get(key) or "") == guessed.get(key, "").strip()}
    more = {key: [name for name in col if name != chosen.get(key)
                  and pattern.search(fold(name))
                  and not (key == "phone" and NOT_THEIR_PHONE.search(fold(name)))]
            for key, pattern in MORE_COLUMNS.items() if key in kept}
    if not ({"name", "first_name", "last_name"} & set(chosen)):
        raise ImportFailed("no_name_column", file=name)
    parsed = Parsed()

    def cell(cells: list[str], field_name: str) -> str:
        header_name = chosen.get(field_name)
        n = col.get(header_name) if header_name else None
        return unguarded(cells[n].strip()) if n is not None and n < len(cells) else ""

    def several(cells: list[str], field_name: str, split: bool = True) -> tuple[str, ...]:
        """A cell holding several values, as Carnet's export writes them (``a; b``), then
        the field's other columns (``more``); not ``split`` (e-mails: ``emails_in`` reads
        « Léa Roux (a@x.fr; b@y.fr) »), each cell whole."""
        texts = [cell(cells, field_name)] + [
            unguarded(cells[col[name]]) for name in more.get(field_name, ())
            if col[name] < len(cells)]
        return tuple(dict.fromkeys(v.strip() for text in texts
                                   for v in (text.split(";") if split else (text,))
                                   if v.strip()))

    for line, cells in _records(rows, parsed):
        full = clean(cell(cells, "name") or f"{cell(cells, 'first_name')} "
                                            f"{cell(cells, 'last_name')}")
        if not full:
            if company := clean(cell(cells, "company")):
                parsed.company_card(line, company)
            else:
                parsed.skipped.append(Skipped(line, "no name", "no_name"))
            continue
        url = next((u for u in several(cells, "linkedin") if "linkedin.com" in u.lower()), "")
        ref, title = cell(cells, "id"), clean(cell(cells, "title"))
        # (what is no address, « elise@ », Outlook's e-mail type, is left out by ``add``;
        # Outlook's display name « Léa Roux (lea@x.fr) » is the address)
        parsed.add(Contact(
            line, full, emails=several(cells, "email", split=False),
            phones=several(cells, "phone"),
            linkedin=linkedin_url(url) if "linkedin.com" in url.lower() else None,
            company=clean(cell(cells, "company")),
            title="" if name_key(title) in CIVILITIES else title,
            department=clean(cell(cells, "department")), notes=note_text(cell(cells, "notes")),
            since=_linkedin_date(cell(cells, "since")), tags=several(cells, "tags"),
            aka=several(cells, "other_names"),
            ref=ref if CARNET_ID.fullmatch(ref) else None), name)
    return parsed
