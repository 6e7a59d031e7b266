"""The embedded store: one SQLite file, zero setup.

Durable and safe under concurrent writers: WAL with ``synchronous=FULL``, every write in
``BEGIN IMMEDIATE`` with a busy timeout (read-then-write never interleaves), foreign keys on.
``graph_version`` lives in the ``meta`` table and is bumped inside the write's own transaction,
only when the write changed a row; upserts that change nothing leave rows and version alone.
Schema changes are forward migrations numbered by ``PRAGMA user_version`` (``graph/stores/sql.py``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from graph.core.edits import apply_edit
from graph.core.errors import (
    CarnetError,
    CompanyNotFound,
    DataRejected,
    PersonNotFound,
    StoreUnavailable,
)
from graph.core.merging import merged_ties, refuse_self_merge
from graph.core.model import (
    Company,
    Counts,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    Review,
    fold,
    merged_company,
    merged_person,
    new_id,
    search_key,
    utc_now,
)
from graph.core.ties import EdgeTable, edge_columns, edge_table
from graph.formats.interchange import document_data, to_document
from graph.stores.changes import ChangeLog, Touched, note_touched, touched_by
from graph.stores.sql import (
    DELETE_HISTORY_OF,
    EDGE_TABLE,
    GRAPH_VERSION,
    MIGRATIONS,
    UPSERT_COMPANY,
    UPSERT_INTRO,
    UPSERT_JOB,
    UPSERT_KNOWS,
    UPSERT_PERSON,
    UPSERT_REFERRAL,
)

if TYPE_CHECKING:  # numpy only where ties are read as columns (see docs: lean start-up)
    import numpy as np

    from graph.stores.port import NeighbourhoodFeed

T = TypeVar("T")
BUSY_TIMEOUT_MS = 10_000
EDGE_PAGE = 20_000
# What SQLite says → (the app's error code, the CLI's reason).
SQLITE_REASONS = (
    (("disk is full", "disk I/O error"), "store_full",
     "the disk is full (or failing): nothing was written; free some space and try again"),
    (("readonly", "read-only"), "store_readonly", "the file is read-only"),
    (("locked", "busy"), "store_busy",
     "the database is busy (another Carnet is writing); try again"),
    (("unable to open",), "store_cannot_open",
     "cannot open the file (does its folder exist, and may you write there?)"),
)

CANNOT_WRITE = ("store_readonly", "store_cannot_open", "store_full")  # reading may still work
PERSON_COLUMNS = "id, name, emails, phones, linkedin, notes, tags, created_at, updated_at"
COMPANY_COLUMNS = "id, name, domain, aliases"
KNOWS_COLUMNS = "a, b, closeness, since, last_contact, interactions, how_met, source"
# The pairs as the outer loop, each found by the primary key (``(a, b) IN (VALUES …)`` scans
# every tie instead).
TIES_AMONG = ("SELECT " + ", ".join(f"k.{c}" for c in KNOWS_COLUMNS.split(", "))
              + " FROM (VALUES {pairs}) AS v JOIN knows AS k"
              " ON k.a = v.column1 AND k.b = v.column2")
JOB_COLUMNS = "person, company, title, department, since, until, current"
REFERRAL_COLUMNS = ("id, referrer, referee, for_member, company, role, context, offered_intro, "
                    "date, status, follow_up_on")
INTRO_COLUMNS = "id, requester, introducer, target, company, status, asked_on, updated_on, note"


def _list(value: str) -> tuple[str, ...]:
    return tuple(json.loads(value))


def _json_list(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def _person_row(p: Person, now: str) -> tuple[Any, ...]:
    return (p.id, p.name, _json_list(p.emails), _json_list(p.phones), p.linkedin, p.notes,
            _json_list(p.tags), fold(p.name), search_key(p), now, now)


def _company_row(c: Company) -> tuple[Any, ...]:
    return (c.id, c.name, c.domain, _json_list(c.aliases), fold(c.name), search_key(c))


def _knows_row(k: Knows) -> tuple[Any, ...]:
    return (k.a, k.b, k.closeness, k.since, k.last_contact, k.interactions, k.how_met, k.source)


def _parts(items: list[T], size: int = 400) -> Iterator[list[T]]:
    """``items`` in slices small enough for SQLite's limit on parameters."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _person(row: Sequence[Any]) -> Person:
    return Person(id=row[0], name=row[1], emails=_list(row[2]), phones=_list(row[3]),
                  linkedin=row[4], notes=row[5], tags=_list(row[6]), created_at=row[7],
                  updated_at=row[8])


def _company(row: Sequence[Any]) -> Company:
    return Company(id=row[0], name=row[1], domain=row[2], aliases=_list(row[3]))


def _knows(row: Sequence[Any]) -> Knows:
    return Knows(*row)


def _job(row: Sequence[Any]) -> Job:
    person, company, title, department, since, until, current = row
    return Job(person, company, title, department, since, until, bool(current))


def _referral(row: Sequence[Any]) -> Referral:
    id_, referrer, referee, for_, company, role, context, offered, on, status, follow = row
    return Referral(id_, referrer, referee, for_, company, role, context, bool(offered), on,
                    status, follow)


def _intro(row: Sequence[Any]) -> IntroRequest:
    return IntroRequest(*row)


class SqliteStore:
    """``GraphStore`` on one SQLite file (``":memory:"`` works too, for throwaway graphs)."""

    kind = "sqlite"
    #: A personal file is read whole (and its snapshot kept beside it): no neighbourhood feed.
    neighbourhood_feed: NeighbourhoodFeed | None = None

    def __init__(self, path: str | Path, create: bool = False) -> None:
        """Open the store at ``path``, creating it if there is no file. An empty (0-byte)
        file is refused as not a Carnet store unless ``create`` says the user asked for a new
        store there. A file that cannot be written (read-only media) opens read-only: it can
        be searched and exported; writes say "read-only"."""
        self.location = str(path)
        self.read_only = False
        self._lock = threading.RLock()  # one connection, shared by Streamlit's script threads
        self._changes = ChangeLog()
        if self.location != ":memory:" and not create and _is_empty_file(self.location):
            raise StoreUnavailable(f"{self.location}: an empty file, not a Carnet database",
                                   "store_empty", where=self.location)
        try:
            self._open(self.location, uri=False)
        except StoreUnavailable as exc:
            if exc.code not in CANNOT_WRITE or not Path(self.location).is_file():
                raise
            self._open_read_only()

    def _open(self, target: str, uri: bool) -> None:
        with self._errors():
            self._db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri,
                                       isolation_level=None, check_same_thread=False)
            try:
                self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._db.execute("PRAGMA foreign_keys = ON")
                if self.read_only:
                    self._db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                    self._check_version()
                    return
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")
                self._migrate()
            except BaseException:
                self._db.close()
                raise

    def _open_read_only(self) -> None:
        """Read-only: ``mode=ro`` (another process may still write it), else, where SQLite
        cannot even make its shared-memory file (read-only media where no one writes, or a
        full disk where no one can), ``immutable``."""
        self.read_only = True
        file = Path(self.location).resolve().as_uri()
        try:
            self._open(f"{file}?mode=ro", uri=True)
        except StoreUnavailable as exc:
            if exc.code not in CANNOT_WRITE:
                raise
            self._open(f"{file}?immutable=1", uri=True)

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """The one place where SQLite's exceptions become Carnet's."""
        try:
            yield
        except CarnetError:
            raise
        except sqlite3.IntegrityError as exc:
            raise DataRejected(f"{self.location}: refused, the data breaks a rule ({exc})") from exc
        except sqlite3.OperationalError as exc:
            message = str(exc)
            code, reason = next(((code, reason) for words, code, reason in SQLITE_REASONS
                                 if any(w in message for w in words)), (None, message))
            raise StoreUnavailable(f"{self.location}: {reason}", code,
                                   where=self.location) from exc
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed", …
            raise StoreUnavailable(
                f"{self.location}: not a usable Carnet database ({exc})", "store_corrupt",
                where=self.location) from exc

    @contextmanager
    def _write(self, touched: Touched | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction; bumps ``graph_version`` if it changed anything, and then
        records the people it ``touched`` (``graph/stores/changes.py``; ``None``: unknown)."""
        with self._lock, self._errors():
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                before = db.total_changes
                yield db
                version = None
                if db.total_changes != before:
                    db.execute("UPDATE meta SET value = value + 1 WHERE key = 'graph_version'")
                    version = db.execute(GRAPH_VERSION).fetchone()[0]
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # SQLite already rolled back on a full disk
                    db.execute("ROLLBACK")
                raise
            if version is not None:
                self._changes.record(version, touched)

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock, self._errors():
            return query(self._db)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._read(lambda db: db.execute(sql, params).fetchall())

    def _check_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreUnavailable(
                f"{self.location}: made by a newer Carnet (schema {version}); upgrade Carnet",
                "store_newer", where=self.location)
        if self.read_only and version < len(MIGRATIONS):
            raise StoreUnavailable(
                f"{self.location}: the file is read-only and was made by an older Carnet; copy "
                "it where it can be written, to upgrade it", "store_readonly_old",
                where=self.location)
        return version

    def _migrate(self) -> None:
        version = self._check_version()
        if version == len(MIGRATIONS):
            return
        if version == 0 and self._db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
            raise StoreUnavailable(f"{self.location}: an SQLite file, but not a Carnet database",
                                   "store_foreign", where=self.location)
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                if callable(script):  # a repair: it looks at the store first
                    script(self._db)
                else:
                    for statement in filter(str.strip, script.split(";")):
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    # -- writes -----------------------------------------------------------------------------
    def save(self, data: GraphData) -> None:
        self.save_batches(lambda: [data])

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        touched = Touched()
        with self._write(touched) as db:
            now = utc_now()
            for data in batches():
                note_touched(touched, data)
                self._upsert(db, data, now)

    def _upsert(self, db: sqlite3.Connection, data: GraphData, now: str) -> None:
        if problem := data.missing_key():
            raise DataRejected(f"{self.location}: refused, {problem}")
        db.executemany(UPSERT_PERSON, (_person_row(p, now) for p in data.people))
        db.executemany(UPSERT_COMPANY, (_company_row(c) for c in data.companies))
        db.executemany("INSERT OR IGNORE INTO member VALUES (?)", ((m,) for m in data.members))
        db.executemany(UPSERT_KNOWS, map(_knows_row, data.knows))
        db.executemany(UPSERT_JOB, (
            (j.person, j.company, j.title, j.department, j.since, j.until, int(j.current))
            for j in data.jobs))
        db.executemany(UPSERT_REFERRAL, (
            (r.id, r.referrer, r.referee, r.for_, r.company, r.role, r.context,
             int(r.offered_intro), r.date, r.status, r.follow_up_on) for r in data.referrals))
        db.executemany(UPSERT_INTRO, (
            (i.id, i.requester, i.introducer, i.target, i.company, i.status, i.asked_on,
             i.updated_on, i.note) for i in data.intros))
        db.executemany("INSERT OR IGNORE INTO review VALUES (?, ?, ?, ?, ?, ?, ?)", (
            (r.id, r.a, r.b, r.score, r.reason, r.status, r.merge) for r in data.reviews))
        db.executemany("INSERT OR IGNORE INTO event VALUES (?, ?, ?, ?)", (
            (e.record, e.status, e.on, e.note) for e in data.events))
        db.executemany("INSERT OR IGNORE INTO target VALUES (?)", ((c,) for c in data.targets))

    def events(self, record: str | None = None) -> list[Event]:
        rows = self._rows("SELECT record, status, on_date, note FROM event WHERE ?1 IS NULL OR "
                          "record = ?1 ORDER BY record, on_date, rowid", (record,))
        return [Event(*row) for row in rows]

    def reviews(self, status: str | None = "open") -> list[Review]:
        rows = self._rows(
            "SELECT r.id, r.a, r.b, r.score, r.reason, r.status, r.merge FROM review AS r "
            "WHERE (?1 IS NULL OR r.status = ?1) AND (r.status <> 'open' OR ("
            "EXISTS (SELECT 1 FROM person WHERE id = r.a) AND "
            "EXISTS (SELECT 1 FROM person WHERE id = r.b))) ORDER BY r.score DESC, r.id",
            (status,))
        return [Review(*row) for row in rows]

    def keep_apart(self, review_id: str) -> None:
        with self._write(Touched()) as db:
            if not db.execute("UPDATE review SET status = 'apart' WHERE id = ? AND status = "
                              "'open'", (review_id,)).rowcount:
                raise DataRejected(f"no open review with id {review_id}")

    def delete_person(self, person_id: str) -> None:
        with self._write(Touched({person_id})) as db:
            db.execute(DELETE_HISTORY_OF, {"id": person_id})
            if not db.execute("DELETE FROM person WHERE id = ?", (person_id,)).rowcount:
                raise PersonNotFound(f"no person with id {person_id}")

    def delete_company(self, company_id: str) -> None:
        with self._write(Touched()) as db:  # (companies and jobs are not in the path snapshot)
            if not db.execute("DELETE FROM company WHERE id = ?", (company_id,)).rowcount:
                raise CompanyNotFound(f"no company with id {company_id}")

    def merge_companies(self, keep_id: str, other_id: str) -> None:
        refuse_self_merge(keep_id, other_id)
        with self._write(Touched()) as db:
            keep, other = self.get_company(keep_id), self.get_company(other_id)
            db.execute(UPSERT_COMPANY, _company_row(merged_company(keep, other)))
            db.execute("UPDATE OR IGNORE job SET company = ? WHERE company = ?",
                       (keep_id, other_id))
            for table in ("referral", "intro"):
                db.execute(f"UPDATE {table} SET company = ? WHERE company = ?",
                           (keep_id, other_id))
            db.execute("UPDATE OR IGNORE target SET company = ? WHERE company = ?",
                       (keep_id, other_id))
            db.execute("DELETE FROM company WHERE id = ?", (other_id,))  # and jobs left there

    def merge_people(self, keep_id: str, other_id: str, name: str | None = None) -> str:
        refuse_self_merge(keep_id, other_id)
        merge_id = new_id("m")
        with self._write(Touched({keep_id, other_id})) as db:  # the reads below see it
            keep, other = self.get_person(keep_id), self.get_person(other_id)
            before = json.dumps(to_document(self._facts_of(db, (keep_id, other_id))),
                                ensure_ascii=False)
            db.execute("INSERT INTO merge_log VALUES (?, ?, ?, ?, ?, NULL)",
                       (merge_id, keep_id, other_id, before, utc_now()))
            merged = merged_person(keep, other, name)
            ties = merged_ties(keep_id, other_id, [*self.ties_of(keep_id),
                                                   *self.ties_of(other_id)])
            db.execute(UPSERT_PERSON, _person_row(merged, utc_now()))
            db.executemany(UPSERT_KNOWS, map(_knows_row, ties))
            db.execute("INSERT OR IGNORE INTO member SELECT ? FROM member WHERE person = ?",
                       (keep_id, other_id))
            db.execute("UPDATE OR IGNORE job SET person = ? WHERE person = ?", (keep_id, other_id))
            for column in ("referrer", "referee", "for_member"):
                db.execute(f"UPDATE referral SET {column} = ? WHERE {column} = ?",
                           (keep_id, other_id))
            for column in ("requester", "introducer", "target"):
                db.execute(f"UPDATE intro SET {column} = ? WHERE {column} = ?", (keep_id, other_id))
            db.execute("UPDATE review SET status = 'merged', merge = ? WHERE status = 'open' "
                       "AND ((a = ? AND b = ?) OR (a = ? AND b = ?))",
                       (merge_id, keep_id, other_id, other_id, keep_id))
            db.execute("DELETE FROM person WHERE id = ?", (other_id,))
        return merge_id

    def undo_merge(self, merge_id: str) -> None:
        touched = Touched()
        with self._write(touched) as db:
            rows = db.execute("SELECT kept, removed, before, undone_at FROM merge_log "
                              "WHERE id = ?", (merge_id,)).fetchall()
            if not rows:
                raise DataRejected(f"no merge with id {merge_id}")
            kept, _removed, before, undone = rows[0]
            if undone:
                raise DataRejected(f"merge {merge_id} was already undone on {undone[:10]}")
            data = document_data(json.loads(before), self_contained=False)
            touched.update(touched_by(data))
            touched.people |= {kept, _removed}
            # Back to exactly the state before the merge, for both people.
            for table, column in (("knows", "a"), ("knows", "b"), ("job", "person"),
                                  ("member", "person")):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (kept,))
            self._upsert(db, data, utc_now())
            db.execute("UPDATE merge_log SET undone_at = ? WHERE id = ?", (utc_now(), merge_id))
            db.execute("UPDATE review SET status = 'open', merge = NULL WHERE merge = ?",
                       (merge_id,))

    def _facts_of(self, db: sqlite3.Connection, ids: tuple[str, ...]) -> GraphData:
        """These people and every fact that names them (for the merge log)."""
        marks = ", ".join("?" * len(ids))

        def rows(sql: str, times: int) -> list[Any]:
            return db.execute(sql, ids * times).fetchall()
        return GraphData(
            members=[r[0] for r in rows(f"SELECT person FROM member WHERE person IN ({marks})",
                                        1)],
            people=[_person(r) for r in rows(
                f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({marks})", 1)],
            knows=[_knows(r) for r in rows(
                f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a IN ({marks}) OR b IN ({marks})", 2)],
            jobs=[_job(r) for r in rows(
                f"SELECT {JOB_COLUMNS} FROM job WHERE person IN ({marks})", 1)],
            referrals=[_referral(r) for r in rows(
                f"SELECT {REFERRAL_COLUMNS} FROM referral WHERE referrer IN ({marks}) OR "
                f"referee IN ({marks}) OR for_member IN ({marks})", 3)],
            intros=[_intro(r) for r in rows(
                f"SELECT {INTRO_COLUMNS} FROM intro WHERE requester IN ({marks}) OR "
                f"introducer IN ({marks}) OR target IN ({marks})", 3)])

    # -- reads ------------------------------------------------------------------------------
    def consistent_reads(self) -> AbstractContextManager[None]:
        # Local reads cost microseconds: each is made as it comes (see the Neo4j store's).
        return nullcontext()

    def graph_version(self) -> int:
        row = self._rows(GRAPH_VERSION)
        return int(row[0][0])

    def changed_since(self, version: int, current: int) -> Touched | None:
        return self._changes.since(version, current)

    def counts(self) -> Counts:
        tables = ("person", "company", "knows", "job", "referral", "intro", "member")
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
        return Counts(*self._rows(sql)[0])

    def members(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT person FROM member ORDER BY person")]

    def get_person(self, person_id: str) -> Person:
        rows = self._rows(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?", (person_id,))
        if not rows:
            raise PersonNotFound(f"no person with id {person_id}")
        return _person(rows[0])

    def get_company(self, company_id: str) -> Company:
        rows = self._rows(f"SELECT {COMPANY_COLUMNS} FROM company WHERE id = ?", (company_id,))
        if not rows:
            raise CompanyNotFound(f"no company with id {company_id}")
        return _company(rows[0])

    def search_people(self, text: str, limit: int = 20) -> list[Person]:
        return [_person(r) for r in self._search("person", PERSON_COLUMNS, text, limit)]

    def search_companies(self, text: str, limit: int = 20) -> list[Company]:
        return [_company(r) for r in self._search("company", COMPANY_COLUMNS, text, limit)]

    def _search(self, table: str, columns: str, text: str, limit: int) -> list[Any]:
        """Rows whose folded search key contains the folded text: exact names first, then
        names that start with it, then the rest by name."""
        key = fold(text)
        return self._rows(
            f"SELECT {columns} FROM {table} WHERE instr(search_key, ?1) "
            "ORDER BY name_key <> ?1, instr(name_key, ?1) <> 1, name_key, id LIMIT ?2",
            (key, limit))

    def ties_of(self, person_id: str) -> list[Knows]:
        rows = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a = ? OR b = ? ORDER BY a, b",
                          (person_id, person_id))
        return [_knows(r) for r in rows]

    def tie(self, a: str, b: str) -> Knows | None:
        a, b = min(a, b), max(a, b)
        rows = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a = ? AND b = ?", (a, b))
        return _knows(rows[0]) if rows else None

    def people_by_id(self, ids: Iterable[str]) -> dict[str, Person]:
        wanted = sorted(set(ids))
        rows = [row for part in _parts(wanted) for row in self._rows(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({', '.join('?' * len(part))})",
            part)]
        return {person.id: person for person in map(_person, rows)}

    def ties_among(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Knows]:
        wanted = sorted({(min(a, b), max(a, b)) for a, b in pairs})
        rows = [row for part in _parts(wanted) for row in self._rows(
            TIES_AMONG.format(pairs=", ".join(["(?, ?)"] * len(part))),
            [v for pair in part for v in pair])]
        return {(tie.a, tie.b): tie for tie in map(_knows, rows)}

    def jobs_of(self, person_id: str) -> list[Job]:
        rows = self._rows(f"SELECT {JOB_COLUMNS} FROM job WHERE person = ? "
                          "ORDER BY current DESC, since DESC, company, title", (person_id,))
        return [_job(r) for r in rows]

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]:
        rows = self._rows(f"SELECT {JOB_COLUMNS} FROM job WHERE company = ? AND current >= ? "
                          "ORDER BY person, title", (company_id, int(current_only)))
        return [_job(r) for r in rows]

    def referrals(self, status: str | None = None) -> list[Referral]:
        rows = self._rows(f"SELECT {REFERRAL_COLUMNS} FROM referral "
                          "WHERE ?1 IS NULL OR status = ?1 ORDER BY date, id", (status,))
        return [_referral(r) for r in rows]

    def intros(self, status: str | None = None) -> list[IntroRequest]:
        rows = self._rows(f"SELECT {INTRO_COLUMNS} FROM intro "
                          "WHERE ?1 IS NULL OR status = ?1 ORDER BY asked_on, id", (status,))
        return [_intro(r) for r in rows]

    def edges(self) -> Iterator[Knows]:
        # Keyset pages: no cursor or lock is held while the caller consumes a page.
        page = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows ORDER BY a, b LIMIT ?", (EDGE_PAGE,))
        while page:
            yield from map(_knows, page)
            last = page[-1]
            page = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE (a, b) > (?, ?) "
                              "ORDER BY a, b LIMIT ?", (last[0], last[1], EDGE_PAGE))

    def edge_table(self, today: date) -> EdgeTable:

        def read(db: sqlite3.Connection) -> EdgeTable:
            db.execute("BEGIN")  # people and ties from one consistent state
            try:
                people = [row[0] for row in db.execute("SELECT id FROM person ORDER BY id")]
                index = {person: n for n, person in enumerate(people)}
                cursor = db.execute(EDGE_TABLE)
                pages = [_edge_columns(rows, index, today)
                         for rows in iter(lambda: cursor.fetchmany(EDGE_PAGE), [])]
            finally:
                db.execute("COMMIT")
            return edge_table(people, pages)
        return self._read(read)

    def dump(self, ties: bool = True) -> GraphData:
        def everything(db: sqlite3.Connection) -> GraphData:
            def rows(sql: str) -> list[Any]:
                return db.execute(sql).fetchall()
            # One read transaction, so the parts are consistent with each other.
            db.execute("BEGIN")
            try:
                return GraphData(
                    members=[r[0] for r in rows("SELECT person FROM member ORDER BY person")],
                    people=[_person(r) for r in rows(
                        f"SELECT {PERSON_COLUMNS} FROM person ORDER BY id")],
                    companies=[_company(r) for r in rows(
                        f"SELECT {COMPANY_COLUMNS} FROM company ORDER BY id")],
                    knows=[_knows(r) for r in rows(
                        f"SELECT {KNOWS_COLUMNS} FROM knows ORDER BY a, b")] if ties else [],
                    jobs=[_job(r) for r in rows(
                        f"SELECT {JOB_COLUMNS} FROM job ORDER BY person, company, title")],
                    referrals=[_referral(r) for r in rows(
                        f"SELECT {REFERRAL_COLUMNS} FROM referral ORDER BY id")],
                    intros=[_intro(r) for r in rows(
                        f"SELECT {INTRO_COLUMNS} FROM intro ORDER BY id")],
                    events=[Event(*r) for r in rows(
                        "SELECT record, status, on_date, note FROM event "
                        "ORDER BY record, on_date, rowid")],
                    targets=[r[0] for r in rows("SELECT company FROM target ORDER BY company")],
                )
            finally:
                db.execute("COMMIT")
        return self._read(everything)

    def backup(self, path: Path) -> None:
        path = Path(path)
        if path.exists():
            raise DataRejected(f"{path}: already exists; choose a new file for the backup")
        self._read(lambda db: db.execute("VACUUM INTO ?", (str(path),)))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- the target companies (schema 4) ----------------------------------------------------
    def targets(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT company FROM target ORDER BY company")]

    def remove_target(self, company_id: str) -> None:
        with self._write(Touched()) as db:
            db.execute("DELETE FROM target WHERE company = ?", (company_id,))
    def update_person(self, before: Person, after: Person) -> Person:
        # BEGIN IMMEDIATE: no other writer between read and write; a person's details are
        # not in the path snapshot (no one touched)
        with self._write(Touched()) as db:
            row = db.execute(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?",
                             (before.id,)).fetchone()
            if row is None:
                raise PersonNotFound(f"no person with id {before.id}")
            person = apply_edit(_person(row), before, after)
            db.execute(UPSERT_PERSON, _person_row(person, utc_now()))
        return person

    def update_company(self, before: Company, after: Company) -> Company:
        with self._write() as db:
            row = db.execute(f"SELECT {COMPANY_COLUMNS} FROM company WHERE id = ?",
                             (before.id,)).fetchone()
            if row is None:
                raise CompanyNotFound(f"no company with id {before.id}")
            company = apply_edit(_company(row), before, after)
            db.execute(UPSERT_COMPANY, _company_row(company))
        return company

    def note(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (f"note:{key}",))
        return str(rows[0][0]) if rows else None

    def leave_note(self, key: str, value: str) -> None:
        if self.read_only:
            return
        with self._lock, self._errors():  # (autocommit: one statement, no version bump)
            self._db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value", (f"note:{key}", value))

    def checkpoint(self) -> None:
        if self.read_only:
            return
        # TRUNCATE waits (busy timeout) for the writers of the moment, then empties the log;
        # under a steady writer it may only get part way: it says so, and that is fine.
        self._read(lambda db: db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())


def _is_empty_file(path: str) -> bool:
    try:
        return Path(path).stat().st_size == 0
    except OSError:
        return False


def _edge_columns(rows: list[Any], index: dict[str, int], today: date,
                  ) -> tuple[np.ndarray, ...]:
    """One page of EDGE_TABLE rows (the ``EDGE_COLUMNS``) as EdgeTable columns."""
    return edge_columns(index, rows, today)
