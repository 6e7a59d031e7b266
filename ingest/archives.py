"""Exports as they arrive, zipped: LinkedIn's "Get a copy of your data" sends a ZIP of a dozen
CSV files (the network is ``Connections.csv``), Google Takeout one vCard file per label (every
contact in "All Contacts"), and people zip a file to send it. The one export inside is taken
out to a temporary file of its own name, which the import then reads as if it had been
unzipped first.

An archive is read by its last record first (more than ``MAX_FILES`` files are refused before
they are listed), then by its table of contents: the export's size is checked against the
limit before a byte of it is written out (a small archive may hold gigabytes), and an archive
holding no export, or several, is refused with their names. A damaged or encrypted archive is
refused in one line.
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from graph.core.errors import ImportFailed
from ingest.common import check_size, head_bytes, within_limit

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive's first bytes, or an empty one's
EXPORT_SUFFIXES = (".csv", ".vcf", ".vcard", ".ics", ".ical", ".mbox")
# The export of an archive that holds several: LinkedIn's network, Takeout's every contact
THE_EXPORT = ("connections.csv", "all contacts.vcf", "tous les contacts.vcf")
NAMES_SAID = 5  # an archive's exports named in a refusal, at most
MAX_FILES = 1_000  # files in an archive, at most (LinkedIn's holds about 40)
NAME_CHARS = 100  # of a file's name in the archive, shown and used (its suffix kept)


@contextmanager
def unpacked(path: Path) -> Iterator[Path]:
    """``path`` itself, or for a ZIP archive the one export it holds, as a file of the same
    name in a temporary folder, deleted after use (``ImportFailed``: none, several, too big,
    too many files, or an archive that cannot be read)."""
    if head_bytes(path, 4) not in ZIP_MAGIC:
        yield path
        return
    check_size(path)
    with tempfile.TemporaryDirectory(prefix="carnet-unzip-") as folder:
        yield _take_out(path, Path(folder))


def _take_out(path: Path, folder: Path) -> Path:
    try:
        files = _files_said(path)
        if files is not None and files > MAX_FILES:  # (listing them costs 1 KB and 50 µs each)
            raise ImportFailed("zip_too_many", file=path.name, n=files, most=MAX_FILES)
        with zipfile.ZipFile(path) as archive:
            member = _the_export(archive, path.name)
            name = _shown(member.filename)
            within_limit(name, member.file_size)
            inner = folder / name
            with archive.open(member) as source, inner.open("wb") as out:
                shutil.copyfileobj(source, out)
            return inner
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError) as exc:  # (encrypted; a compression method; names not UTF-8)
        raise ImportFailed("zip_unreadable", file=path.name) from exc
    except OSError as exc:  # (the temporary folder's disk full)
        raise ImportFailed("cannot_read", file=path.name, reason=exc.strerror) from exc


def _files_said(path: Path) -> int | None:
    """How many files the archive says it holds, from its last record (ZIP64's when there
    are 65,535 or more), read before the archive is; None where there is none to read (the
    archive is then said damaged)."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - 2**16 - 42))  # (the record, its comment, ZIP64's locator)
        tail = handle.read()
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) < end + 22:
            return None
        files = int.from_bytes(tail[end + 10:end + 12], "little")
        locator = tail.rfind(b"PK\x06\x07", 0, end)
        if files != 0xFFFF or locator < 0:
            return files
        handle.seek(int.from_bytes(tail[locator + 8:locator + 16], "little"))
        record = handle.read(40)
        return int.from_bytes(record[32:40], "little") if record[:4] == b"PK\x06\x06" \
            else None


def _the_export(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """The archive's one export: a file of an export's kind (a Mac's ``__MACOSX`` copies and
    hidden files aside), the known one of several (``THE_EXPORT``), else ``ImportFailed``."""
    exports = [member for member in archive.infolist()
               if not member.is_dir() and not _hidden(member.filename)
               and PurePosixPath(member.filename).suffix.lower() in EXPORT_SUFFIXES]
    known = [m for m in exports if PurePosixPath(m.filename).name.lower() in THE_EXPORT]
    found = known or exports
    if not found:
        raise ImportFailed("zip_none", file=name)
    if len(found) > 1:
        names = sorted(_shown(m.filename) for m in found)
        raise ImportFailed("zip_several", file=name, found=", ".join(names[:NAMES_SAID])
                           + (", …" if len(names) > NAMES_SAID else ""))
    return found[0]


def _hidden(filename: str) -> bool:
    """A file no one exported: a Mac's resource forks (``__MACOSX/``, ``._x``), ``.DS_Store``."""
    return any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(filename).parts)


def _shown(filename: str) -> str:
    """A file's name in the archive as it is said and written out: no folder, no control
    characters (a terminal's colours, a line break), at most ``NAME_CHARS`` with its suffix."""
    name = "".join(c for c in PurePosixPath(filename).name if unicodedata.category(c)[0] != "C")
    if len(name) > NAME_CHARS:
        suffix = PurePosixPath(name).suffix[:10]
        name = name[:NAME_CHARS - len(suffix)] + suffix
    return name
