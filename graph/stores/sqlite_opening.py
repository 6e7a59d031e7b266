"""Opening an SQLite store: the connection's settings, read-only fallbacks, schema migrations,
and the one place where SQLite's exceptions become Carnet's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.core.errors import CarnetError, DataRejected, StoreUnavailable
from graph.stores.sql import HAS_STAMP, MIGRATIONS, NEW_STAMP

BUSY_TIMEOUT_MS = 10_000
# What SQLite says → the error's code (its words: graph/core/wording/errors.py).
SQLITE_REASONS = (
    (("disk is full", "disk I/O error"), "store_full"),
    (("readonly", "read-only"), "store_readonly"),
    (("locked", "busy"), "store_busy"),
    (("unable to open",), "store_cannot_open"),
)
CANNOT_WRITE = ("store_readonly", "store_cannot_open", "store_full")  # reading may still work

# ``sqlite3`` binds an int or a str at once, but a None or a bool only after its adaptation
# protocol found nothing for it (a tuple made, a dict looked up, two attribute look-ups: about a
# microsecond each); a 30k-row import binds five a contact (a tie's unknown closeness and last
# contact, a job's dates and ``current``). Adapters registered answer at the dict (issue 17).
# The same values are bound: NULL, and 1 or 0.
sqlite3.register_adapter(type(None), lambda _: None)
sqlite3.register_adapter(bool, int)


@contextmanager
def sqlite_errors(location: str) -> Iterator[None]:
    """SQLite's exceptions as Carnet's, naming the store's ``location``."""
    try:
        yield
    except CarnetError:
        raise
    except sqlite3.IntegrityError as exc:
        raise DataRejected("breaks_rule", where=location, detail=str(exc)) from exc
    except sqlite3.OperationalError as exc:
        message = str(exc)
        code = next((code for words, code in SQLITE_REASONS
                     if any(w in message for w in words)), "store_other")
        raise StoreUnavailable(code, where=location, detail=message) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed", …
        raise StoreUnavailable("store_corrupt", where=location, detail=str(exc)) from exc


def connect(location: str, create: bool) -> tuple[sqlite3.Connection, bool]:
    """The store's connection at ``location`` (migrated to this Carnet's schema), and whether
    it is read-only. An empty (0-byte) file is refused as not a Carnet store unless ``create``
    says the user asked for a new store there. A file that cannot be written (read-only media)
    opens read-only: it can be searched and exported; writes say "read-only"."""
    if location != ":memory:" and not create and _is_empty_file(location):
        raise StoreUnavailable("store_empty", where=location)
    try:
        return _open(location, location, uri=False, read_only=False), False
    except StoreUnavailable as exc:
        if exc.code not in CANNOT_WRITE or not Path(location).is_file():
            raise
    # Read-only: ``mode=ro`` (another process may still write it), else, where SQLite cannot
    # even make its shared-memory file (read-only media where no one writes, or a full disk
    # where no one can), ``immutable``.
    file = Path(location).resolve().as_uri()
    try:
        return _open(location, f"{file}?mode=ro", uri=True, read_only=True), True
    except StoreUnavailable as exc:
        if exc.code not in CANNOT_WRITE:
            raise
    return _open(location, f"{file}?immutable=1", uri=True, read_only=True), True


def _open(location: str, target: str, uri: bool, read_only: bool) -> sqlite3.Connection:
    with sqlite_errors(location):
        db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri,
                             isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            if read_only:
                db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                _check_version(db, location, read_only)
                return db
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            _migrate(db, location)
            if db.execute(HAS_STAMP).fetchone() is None:  # (a store older than stamps)
                db.execute(NEW_STAMP)
            return db
        except BaseException:
            db.close()
            raise


def _check_version(db: sqlite3.Connection, location: str, read_only: bool) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreUnavailable("store_newer", where=location, version=version)
    if read_only and version < len(MIGRATIONS):
        raise StoreUnavailable("store_readonly_old", where=location)
    return version


def _migrate(db: sqlite3.Connection, location: str) -> None:
    version = _check_version(db, location, read_only=False)
    if version == len(MIGRATIONS):
        return
    if version == 0 and db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
        raise StoreUnavailable("store_foreign", where=location)
    db.execute("BEGIN IMMEDIATE")
    try:
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            if callable(script):  # a repair: it looks at the store first
                script(db)
            else:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _is_empty_file(path: str) -> bool:
    try:
        return Path(path).stat().st_size == 0
    except OSError:
        return False
