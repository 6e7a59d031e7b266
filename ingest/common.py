"""What every importer shares: reading untrusted files, the parsed contact, the report.

Every file is checked before anything else: its size against one limit (``check_size``,
before a byte is read), then not an archive or other binary, no NUL bytes, valid UTF-8 (or
UTF-16 with a BOM, as some Outlook and LinkedIn exports are, or Windows-1252 when the first
line that is not plain ASCII is not UTF-8: classic Outlook and Excel write CSV files in the
Windows code page, with no way to choose). One limit on a field's length holds for every
format (``MAX_FIELD_CHARS``).
"""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from graph.core.errors import ImportFailed
from graph.core.names import MAX_NAME_CHARS
from graph.core.statuses import tags_added, whole_status, work_status
from graph.formats.interchange import MAX_FIELD_CHARS  # one field: CSV cell, vCard value, header
from ingest.identifiers import emails_in

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 1000
MAX_CONTACTS = 100_000  # per file: bounds the work of resolving them (LinkedIn caps at 30,000)
BINARY_MAGIC = {b"PK\x03\x04": "zip", b"%PDF": "pdf", b"\x1f\x8b": "gzip",
                b"SQLite format 3": "sqlite"}  # the kinds' words: kind_<kind> in the wording


@dataclass
class Contact:
    """One person as an export describes them, before identity resolution."""

    line: int
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin: str | None = None
    company: str = ""
    title: str = ""
    department: str = ""
    since: str | None = None  # when the tie began (LinkedIn's "Connected On")
    notes: str = ""
    tags: tuple[str, ...] = ()
    interactions: int = 0     # from mail and calendars
    last_contact: str | None = None
    ref: str | None = None    # the person's id in a Carnet CSV export: the same person
    aka: tuple[str, ...] = ()  # other full names (a maiden name LinkedIn gives in brackets)
    work: str = ""  # the company cell when it said how she works, not where (« Freelance »)
    # … the status tag the import adds to her for it (not one the file's own labels gave),
    # and the line it writes in her note (``ingest/status_tags.py`` may take both off)
    status_tag: str = ""
    status_note: str = ""
    # the key an import before ``emails_in`` made her id from, where it was an address typed
    # wrong (« e:elise@ ») that is no key now: to find the person that import made
    old_key: str = ""


@dataclass(frozen=True)
class Skipped:
    line: int          # 0 where a line number means nothing (a mail box's address)
    reason: str        # in English, as the CLI says it
    code: str = ""     # the app's translation: ``skip_<code>`` in ``graph/core/wording``
    detail: str = ""   # what was skipped, where there is no line (an e-mail address)


@dataclass(frozen=True)
class Notice:
    """Something the user should know about an import that went through (how a file was
    read), said in the report."""

    reason: str        # in English, as the CLI says it
    code: str          # the app's translation: ``notice_<code>`` in ``graph/core/wording``
    n: int = 0         # how many (headers, rows) it is about


@dataclass
class Parsed:
    """What a parser found: contacts, the rows it skipped with the reason, notices, and the
    companies named by cards of their own (a business in a phone: no person's name)."""

    contacts: list[Contact] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    statuses: int = 0  # company cells that were a work status ("Freelance"): see ``add``
    not_addresses: int = 0  # e-mail addresses typed wrong (« elise@ »), left out: ``add``

    def company_card(self, line: int, company: str) -> None:
        """A company's own card: the company is noted, the card is no person (the paths
        would offer the business as "someone you know there"). A card with no name whose
        company is a status ("Freelance") or a placeholder ("N/A") names no one."""
        if work_status(company) is not None:
            self.skipped.append(Skipped(line, "no name", "no_name"))
            return
        self.companies.append(company)
        self.skipped.append(Skipped(line, "a company's card, not a person's (the company is "
                                          "noted)", "company_card", company))

    def add(self, contact: Contact, name: str) -> None:
        if len(self.contacts) >= MAX_CONTACTS:
            raise too_many(name)
        if len(contact.name) > MAX_NAME_CHARS:
            self.skipped.append(replace(NAME_LONG, line=contact.line))
            return
        if len(contact.company) > MAX_NAME_CHARS:  # (a cell pasted whole: she is kept)
            contact = replace(contact, company="")
        if contact.emails:
            contact = self.with_addresses(contact)
        # (Carnet's own export names companies, never statuses: a company called "X" stays)
        status = None if contact.ref else work_status(contact.company)
        if status is not None:
            contact = self.without_company(contact, status)
        self.contacts.append(contact)

    def with_addresses(self, contact: Contact) -> Contact:
        """The contact with the addresses her e-mail fields hold (``emails_in``, the one rule
        of every importer): a placeholder or an address typed wrong is left out (and counted,
        for the report: ``not_addresses``), her other fields kept; a wrapped one unwrapped,
        several in one field each an address."""
        emails, wrong = emails_in(contact.emails)
        self.not_addresses += wrong
        if emails == contact.emails:
            return contact
        first = next((e.strip().lower() for e in contact.emails if "@" in e), "")
        old_key = f"e:{first}" if first and not emails else ""
        return replace(contact, emails=emails, old_key=old_key)

    def without_company(self, contact: Contact, status: str) -> Contact:
        """A contact whose company cell says how she works, not where (« Freelance »,
        "Retired": ``graph.core.statuses``), or nothing ("N/A"): no company, so no job (two
        freelancers "at" Freelance are no colleagues, "Freelance" no door to anyone). The
        status is kept as a tag, its kind's one tag whatever the cell's words or language
        (« Indépendante », "Self-employed": « Freelance »; Explore lists everyone who bears
        it), once (not beside a tag of its kind she has: ``tags_added``); her title, which
        only a job would hold, goes into her note with the cell's own words
        (« Consultante communication · Indépendante »), and so do words the cell holds
        besides its status (« Freelance - Capgemini », « Retraité (ex-EDF) »: a client, a
        former employer); a note she has already stays first. The same row gives the same
        contact at every import: nothing changes the second time (and the same person as
        before this rule: ``work`` keeps the cell, her id is made from it)."""
        self.statuses += bool(status)
        cell = contact.company
        said = cell if status and (contact.title or not whole_status(cell)) else ""
        line = " · ".join(filter(None, (contact.title, said)))
        notes = "\n".join(filter(None, (contact.notes, line)))
        tags = tags_added(contact.tags, (status,)) if status else contact.tags
        return replace(contact, company="", department="", notes=notes, tags=tags, work=cell,
                       status_tag=status if tags != contact.tags else "",
                       status_note=line if status else "")


def too_many(name: str) -> ImportFailed:
    return ImportFailed("too_many", file=name, most=MAX_CONTACTS)


def too_big(name: str, size: int) -> ImportFailed:
    return ImportFailed("too_big", file=name, mb=size / 2**20,
                        most=MAX_FILE_BYTES // 2**20)


def check_size(path: Path) -> int:
    """The file's size, or ``ImportFailed`` if it is over the limit (checked before reading)."""
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise ImportFailed("cannot_read", file=path, reason=exc.strerror) from exc
    within_limit(Path(path).name, size)
    return size


def within_limit(name: str, size: int) -> None:
    """``ImportFailed`` if a file of that name and size is over the limit."""
    if size > MAX_FILE_BYTES:
        raise too_big(name, size)


def field_too_long(name: str, line: int) -> ImportFailed:
    kb = MAX_FIELD_CHARS // 1024
    return ImportFailed("cell", file=name, line=line, kb=kb)


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
WINDOWS = "cp1252"  # what Windows calls ANSI in France and western Europe


def read_head(path: Path, size: int = 4096) -> str:
    """The start of a file, to guess its format: its encoding told by its BOM (UTF-8,
    UTF-16 LE or BE), else UTF-8, else Windows-1252 as ``read_lines`` reads it; undecodable
    bytes replaced."""
    head = head_bytes(path, size)
    if head.startswith(UTF16_BOMS):
        return head[:len(head) // 2 * 2].decode("utf-16", "replace")
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # (a character cut by the end of the head)
            return head[:exc.start].decode("utf-8-sig")
        if head[:exc.start].isascii():
            return head.decode(WINDOWS, "replace")
        return head.decode("utf-8-sig", "replace")


Text = str | Iterable[str]  # what parsers take: the whole text, or its lines as read


def open_export(path: Path) -> BinaryIO:
    """The file opened for reading once its size is checked, or ``ImportFailed``."""
    check_size(path)
    try:
        return path.open("rb")
    except OSError as exc:
        raise ImportFailed("cannot_read", file=path, reason=exc.strerror) from exc


def refuse_binary(path: Path) -> None:
    """``ImportFailed`` if the file's first bytes say it is not a text export: an archive or
    a document (``BINARY_MAGIC``: "a PDF document"), or NUL bytes outside UTF-16. For a
    file whose name tells no format, before saying so: what the file is helps more than
    "say which format". (A ZIP is opened before: ``ingest/archives.py``.)"""
    head = head_bytes(path, 4096)
    refuse_archive(head, Path(path).name)
    if b"\x00" in head and not head.startswith(UTF16_BOMS):
        raise ImportFailed("nul", file=Path(path).name)


def refuse_archive(head: bytes, name: str) -> None:
    """``ImportFailed`` if a file's first bytes are an archive's or a document's."""
    for magic, kind in BINARY_MAGIC.items():
        if head.startswith(magic):
            raise ImportFailed("binary", file=name, kind=kind)


def head_bytes(path: Path, size: int) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise ImportFailed("cannot_read", file=path, reason=exc.strerror) from exc


def read_lines(path: Path, notices: list[Notice] | None = None) -> Iterator[str]:
    """The file's lines, decoded and checked as they are read (memory bounded by one line),
    or ``ImportFailed`` saying why it is not a text export: too big (before reading), empty,
    an archive or other binary, NUL bytes, not UTF-8 (UTF-16 with a BOM is fine; with
    ``notices``, a file whose first line beyond ASCII is not UTF-8 is read as Windows-1252,
    and a notice says so), a line over the field limit."""
    path = Path(path)
    name = path.name
    with open_export(path) as handle:
        head = handle.read(64)
        refuse_archive(head, name)
        handle.seek(0)
        # A file whose lines end in a bare carriage return (classic Mac OS, Excel's "CSV
        # (Macintosh)"): read as one line, the csv module refused it.
        sample = handle.read(2**16)
        handle.seek(0)
        raw = _cr_lines(handle) if b"\r" in sample and b"\n" not in sample else \
            iter(partial(handle.readline, MAX_LINE_CHARS * 4 + 1), b"")
        text = _utf16_lines(handle, name) if head.startswith(UTF16_BOMS) else \
            _utf8_lines(raw, name, notices)
        blank = True
        for number, line in enumerate(text, start=1):
            if "\x00" in line:
                raise ImportFailed("nul", file=name)
            if len(line) > MAX_LINE_CHARS:
                raise line_too_long(name, number)
            blank = blank and line.isspace()
            yield line
        if blank:
            raise ImportFailed("empty", file=name)


MAX_LINE_CHARS = 2**20  # a row of an export; longer, a line is read no further


def line_too_long(name: str, line: int) -> ImportFailed:
    return ImportFailed("line", file=name, line=line, mb=MAX_LINE_CHARS // 2**20)


def _cr_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of a file that ends them with a bare ``\\r``, as ``readline`` gives those
    ending in ``\\n``: each ending with it, none longer than ``readline``'s limit."""
    most, rest = MAX_LINE_CHARS * 4 + 1, b""
    while chunk := handle.read(2**20):
        *lines, rest = (rest + chunk).split(b"\r")
        yield from (line + b"\r" for line in lines)
        if len(rest) >= most:  # (the caller refuses a line this long)
            yield rest[:most]
            return
    if rest:
        yield rest


def _mended(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines, where one ends inside a UTF-8 character that the next, a folded line's
    continuation, ends (writers that fold vCard and iCalendar lines at 75 bytes without
    looking, PHP's ``substr``, cut "é" in two), joined into one line: the character whole, as
    unfolding would leave it. (The lines after it are then numbered one less.)"""
    held, ending = b"", b""  # a line cut inside a character, and its line break
    for raw in lines:
        if held:
            if raw[:1] in (b" ", b"\t") and len(raw) > 1 and 0x80 <= raw[1] < 0xC0:
                raw = held + raw[1:]
            else:
                yield held + ending
            held = b""
        if not raw.isascii():
            body = raw.rstrip(b"\r\n")
            if body and body[-1] >= 0x80 and _cut_at_end(body):
                held, ending = body, raw[len(body):]
                continue
        yield raw
    if held:
        yield held + ending


def _cut_at_end(body: bytes) -> bool:
    """Whether the bytes end with the start of a UTF-8 character, not all of it."""
    start = len(body) - 1
    while start >= 0 and len(body) - start < 4 and 0x80 <= body[start] < 0xC0:
        start -= 1  # back over continuation bytes to the character's first byte
    if start < 0:
        return False
    lead = body[start]
    size = 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else \
        4 if 0xF0 <= lead < 0xF5 else 0
    return size > len(body) - start


def _utf8_lines(lines: Iterable[bytes], name: str,
                notices: list[Notice] | None = None) -> Iterator[str]:
    encoding, ascii_so_far = "utf-8", True
    for number, raw in enumerate(_mended(lines), start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else encoding)
        except UnicodeDecodeError as exc:
            if len(raw) > MAX_LINE_CHARS * 4:  # cut inside a character: too long anyway
                raise line_too_long(name, number) from exc
            if encoding == WINDOWS or not ascii_so_far or notices is None:
                raise ImportFailed("encoding", file=name, line=number) from exc
            # Nothing but ASCII before, and not UTF-8 here: a file in the Windows code page
            # (UTF-8 would have shown its first accent as UTF-8).
            encoding = WINDOWS
            notices.append(Notice(f"the file is not UTF-8 (line {number}): read as "
                                  "Windows-1252, as Outlook and Excel write it", "cp1252",
                                  number))
            try:
                line = raw.decode(WINDOWS)
            except UnicodeDecodeError as also:
                raise ImportFailed("encoding", file=name, line=number) from also
        ascii_so_far = ascii_so_far and raw.isascii()
        yield line


def _utf16_lines(handle: BinaryIO, name: str) -> Iterator[str]:
    text = io.TextIOWrapper(handle, encoding="utf-16", newline="")
    try:
        while line := text.readline(MAX_LINE_CHARS + 1):
            yield line
    except UnicodeDecodeError as exc:
        raise ImportFailed("utf16", file=name) from exc
    finally:
        text.detach()


def text_lines(text: Text) -> Iterator[str]:
    """The lines of a text (one at a time: a StringIO would copy the whole text, 4 bytes a
    character for some), or the lines given."""
    if not isinstance(text, str):
        yield from text
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


NAME_LONG = Skipped(0, f"a name over {MAX_NAME_CHARS} characters (too long to be one)",
                    "name_long")
CUT_SHORT = Skipped(0, "the file ends in the middle of this row (cut short)", "cut_short")


def delimiter_of(header: str) -> str:
    """The cell separator a CSV's header line uses: a comma, or the semicolon French Excel
    writes (the comma is its decimal mark), or a tab, whichever makes the most cells (a
    comma when they tie).

    >>> delimiter_of('Prénom;Nom;"Société, SA"'), delimiter_of("Name,Notes;x")
    (';', ',')
    """
    def cells(delimiter: str) -> int:
        try:
            return len(next(csv.reader([header], delimiter=delimiter, strict=False), []))
        except csv.Error:
            return 0
    return max(",;\t", key=cells)


def csv_rows(text: Text, name: str, delimiter: str = ",",
             ) -> Iterator[tuple[int, list[str], bool]]:
    """(line number, cells, whole) for each CSV record, with clear errors for hostile files.

    ``whole`` is False for a last record the file cuts short: it ends inside a quoted cell, or
    without a final newline and with fewer cells than the rows before (a truncated download
    or copy). The csv module would return such a row as if it were complete.
    """
    raw: list[str] = []  # the current record's lines, to see how it ends

    def lines() -> Iterator[str]:
        for line in text_lines(text):
            raw.append(line)
            yield line

    reader = csv.reader(lines(), strict=False, delimiter=delimiter)
    width = 0
    pending: tuple[int, list[str], list[str]] | None = None
    try:
        for cells in reader:
            if len(cells) > MAX_COLUMNS:
                raise ImportFailed("columns", file=name, line=reader.line_num, n=len(cells),
                                   most=MAX_COLUMNS)
            if pending is not None:
                yield pending[0], pending[1], True
                width = max(width, len(pending[1]))
            pending = (reader.line_num, cells, raw[:])  # (joined for the last record only)
            raw.clear()
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise field_too_long(name, reader.line_num) from exc
        raise ImportFailed("not_csv", file=name, line=reader.line_num, detail=str(exc)) from exc
    if pending is not None:
        line, cells, lines_of = pending
        record = "".join(lines_of)
        cut = record.count('"') % 2 == 1 or (
            not record.endswith(("\n", "\r")) and len(cells) < width)
        yield line, cells, not cut


def clean(text: str) -> str:
    """Spacing folded; everything else kept as it is (imported text is stored as text)."""
    return " ".join(text.split())


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block: an import makes a few objects per row and
    no cycles, yet the collector walked every one of them again and again (issue 17: a
    fifth of the planning of a 30k-row file). Back on after, whatever happens.

    Every object made meanwhile is then in the youngest generation, which the collector's
    next pass would walk whole (issue 17: 0.15–0.25 s after a 30k-row import, for nothing):
    they are handed to the oldest generation instead (``freeze`` then ``unfreeze``: two list
    splices), which is what a full pass walks, and only when enough new objects call for it.
    (Not when someone froze objects on purpose: ``unfreeze`` would let theirs go too.)"""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
