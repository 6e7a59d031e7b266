"""What every importer shares: reading untrusted files, the parsed contact, the report.

Files are read whole (a personal export is small; a hard cap keeps a hostile one from taking
the machine) and checked before anything else: not an archive or other binary, no NUL bytes,
valid UTF-8 (or UTF-16 with a BOM, as some Outlook exports are).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ImportFailed

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_FIELD_CHARS = 128 * 1024      # one CSV cell; the csv module's default limit
MAX_COLUMNS = 1000
BINARY_MAGIC = {b"PK\x03\x04": ("zip", "a ZIP archive (unzip it first)"),
                b"%PDF": ("pdf", "a PDF document"),
                b"\x1f\x8b": ("gzip", "a gzip archive (unpack it first)"),
                b"SQLite format 3": ("sqlite", "an SQLite database")}


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


@dataclass(frozen=True)
class Skipped:
    line: int          # 0 where a line number means nothing (a mail box's address)
    reason: str        # in English, as the CLI says it
    code: str = ""     # the app's translation: ``skip_<code>`` in ``app/i18n.py``
    detail: str = ""   # what was skipped, where there is no line (an e-mail address)


@dataclass
class Parsed:
    """What a parser found: contacts, and the rows it skipped with the reason."""

    contacts: list[Contact] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_head(path: Path, size: int = 4096) -> str:
    """The start of a file, to guess its format (undecodable bytes replaced)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(size).decode("utf-8", "replace")
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read ({exc.strerror})") from exc


def read_text(path: Path) -> str:
    """The file's text, or ``ImportFailed`` saying why it is not a text export."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(f"{path.name}: {size // 2**20} MB is more than an export holds "
                               f"(limit {MAX_FILE_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read ({exc.strerror})") from exc
    return decode(data, path.name)


def decode(data: bytes, name: str) -> str:
    if not data or data.isspace():  # (no .strip(): it would copy a big file)
        raise ImportFailed(f"{name}: the file is empty", "empty", file=name)
    for magic, (kind, what) in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ImportFailed(f"{name}: this is {what}, not a contacts export", "binary",
                               file=name, kind=kind)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"{name}: broken UTF-16 text (byte {exc.start})") from exc
    if b"\x00" in data:
        raise ImportFailed(f"{name}: contains NUL bytes: not a text export", "nul", file=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailed(f"{name}: not UTF-8 text (line {line}, byte {exc.start}); export it "
                           "again as UTF-8", "encoding", file=name, line=line) from exc


def _lines(text: str) -> Iterator[str]:
    """The text's lines, one at a time (a StringIO would copy the whole text, 4 bytes a
    character for some)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def csv_rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each CSV record, with clear errors for hostile files."""
    reader = csv.reader(_lines(text), strict=False)
    try:
        for cells in reader:
            if len(cells) > MAX_COLUMNS:
                raise ImportFailed(f"{name}: line {reader.line_num}: {len(cells):,} columns; "
                                   f"an export has at most {MAX_COLUMNS}", "columns", file=name,
                                   line=reader.line_num, n=len(cells), most=MAX_COLUMNS)
            yield reader.line_num, cells
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFailed(f"{name}: line {reader.line_num}: a cell is larger than "
                               f"{MAX_FIELD_CHARS // 1024} KB", "cell", file=name,
                               line=reader.line_num, kb=MAX_FIELD_CHARS // 1024) from exc
        raise ImportFailed(f"{name}: line {reader.line_num}: not valid CSV ({exc})") from exc


def clean(text: str) -> str:
    """Spacing folded; everything else kept as it is (imported text is stored as text)."""
    return " ".join(text.split())
