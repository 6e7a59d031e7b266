"""The embedded store: one SQLite file, zero setup.

Durable and safe under concurrent writers: WAL with ``synchronous=FULL``, every write in
``BEGIN IMMEDIATE`` with a busy timeout (read-then-write never interleaves), foreign keys on.
``graph_version`` lives in the ``meta`` table and is bumped inside the write's own transaction,
only when the write changed a row; upserts that change nothing leave rows and version alone.
Schema changes are forward migrations numbered by ``PRAGMA user_version`` (``graph/stores/sql.py``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from datetime import date
from functools import reduce
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from graph.core.edits import apply_edit
from graph.core.errors import (
    CompanyNotFound,
    DataRejected,
    PersonChanged,
    PersonNotFound,
)
from graph.core.formatting import NUMBER_MARKS, typed_number_forms
from graph.core.merging import refuse_self_merge
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
    new_id,
    step_writes,
    utc_now,
)
from graph.core.ties import EdgeTable, keyed_edge_table, keyed_tie
from graph.stores import sqlite_merges as merges
from graph.stores.changes import ChangeLog, Touched, note_touched
from graph.stores.sql import (
    DELETE_HISTORY_OF,
    GRAPH_VERSION,
    KEYED_EDGE_TABLE,
    NEW_STAMP,
    PEOPLE_KEYS,
    UPSERT_COMPANY,
    UPSERT_PERSON,
    UPSERT_REFERRAL,
    VERSION_STAMP,
)
from graph.stores.sqlite_opening import connect, sqlite_errors
from graph.stores.sqlite_rows import (
    COMPANY_COLUMNS,
    EVENTS,
    INTRO_COLUMNS,
    JOB_COLUMNS,
    KNOWS_COLUMNS,
    NAMESAKES,
    PERSON_COLUMNS,
    REFERRAL_COLUMNS,
    TIES_AMONG,
    as_company,
    as_intro,
    as_job,
    as_knows,
    as_person,
    as_referral,
    company_in,
    company_row,
    dump,
    intro_in,
    parts,
    person_in,
    person_row,
    referral_in,
    referral_row,
    tie_in,
    upsert,
)

if TYPE_CHECKING:
    from graph.stores.port import NeighbourhoodFeed

T = TypeVar("T")
EDGE_PAGE = 20_000

# A person's phones (their JSON list) without NUMBER_MARKS: where a typed number is looked for
NUMBERS_KEY = reduce(lambda sql, mark: f"replace({sql}, '{mark}', '')", NUMBER_MARKS, "phones")


class SqliteStore:
    """``GraphStore`` on one SQLite file (``":memory:"`` works too, for throwaway graphs)."""

    kind = "sqlite"
    #: A personal file is read whole (and its snapshot kept beside it): no neighbourhood feed.
    neighbourhood_feed: NeighbourhoodFeed | None = None

    def __init__(self, path: str | Path, create: bool = False) -> None:
        """Open the store at ``path`` (``sqlite_opening.connect`` says how)."""
        self.location = str(path)
        self._lock = threading.RLock()  # one connection, shared by Streamlit's script threads
        self._changes = ChangeLog()
        self._db, self.read_only = connect(self.location, create)

    # -- plumbing ---------------------------------------------------------------------------
    def _errors(self) -> AbstractContextManager[None]:
        return sqlite_errors(self.location)

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
                    db.execute(NEW_STAMP)
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

    def _read_at_once(self, query: Callable[[sqlite3.Connection], T]) -> T:
        """``_read`` inside one read transaction: its several SELECTs see one state of the
        file (no job without its company, no tie without its people)."""
        def at_once(db: sqlite3.Connection) -> T:
            db.execute("BEGIN")
            try:
                return query(db)
            finally:
                db.execute("COMMIT")
        return self._read(at_once)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._read(lambda db: db.execute(sql, params).fetchall())

    # -- writes -----------------------------------------------------------------------------
    def save(self, data: GraphData) -> None:
        self.save_batches(lambda: [data])

    def save_new(self, data: GraphData, after: int | None) -> int | None:
        self.save(data)  # (a create-only path was not tried here: SQLite upserts as ever)
        return None

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        touched = Touched()
        with self._write(touched) as db:
            now = utc_now()
            for data in batches():
                note_touched(touched, data)
                upsert(db, data, now, self.location)

    def events(self, record: str | None = None) -> list[Event]:
        rows = self._rows(f"{EVENTS} WHERE ?1 IS NULL OR record = ?1 "
                          "ORDER BY record, on_date, rowid", (record,))
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
                raise DataRejected("no_review", review=review_id)

    def delete_person(self, person_id: str) -> None:
        with self._write(Touched({person_id})) as db:
            db.execute(DELETE_HISTORY_OF, {"id": person_id})
            if not db.execute("DELETE FROM person WHERE id = ?", (person_id,)).rowcount:
                raise PersonNotFound(id=person_id)

    def delete_company(self, company_id: str) -> None:
        with self._write(Touched()) as db:  # (companies and jobs are not in the path snapshot)
            if not db.execute("DELETE FROM company WHERE id = ?", (company_id,)).rowcount:
                raise CompanyNotFound(id=company_id)

    def merge_companies(self, keep_id: str, other_id: str) -> None:
        refuse_self_merge(keep_id, other_id)
        with self._write(Touched()) as db:
            merges.merge_companies(db, keep_id, other_id)

    def merge_people(self, keep_id: str, other_id: str, name: str | None = None) -> str:
        refuse_self_merge(keep_id, other_id)
        merge_id = new_id("m")
        with self._write(Touched({keep_id, other_id})) as db:
            merges.merge_people(db, keep_id, other_id, name, merge_id)
        return merge_id

    def undo_merge(self, merge_id: str) -> None:
        touched = Touched()
        with self._write(touched) as db:
            merges.undo_merge(db, merge_id, touched, self.location)

    # -- reads ------------------------------------------------------------------------------
    def consistent_reads(self) -> AbstractContextManager[None]:
        # Local reads cost microseconds: each is made as it comes (see the Neo4j store's).
        return nullcontext()

    def graph_version(self) -> int:
        row = self._rows(GRAPH_VERSION)
        return int(row[0][0])

    def version_stamp(self) -> tuple[int, int | None]:
        [(version, stamp)] = self._rows(VERSION_STAMP)
        return int(version), None if stamp is None else int(stamp)

    def changed_since(self, version: int, current: int) -> Touched | None:
        return self._changes.since(version, current)

    def counts(self) -> Counts:
        tables = ("person", "company", "knows", "job", "referral", "intro", "member")
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
        return Counts(*self._rows(sql)[0])

    def members(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT person FROM member ORDER BY person")]

    def get_person(self, person_id: str) -> Person:
        return self._read(lambda db: person_in(db, person_id))

    def get_company(self, company_id: str) -> Company:
        return self._read(lambda db: company_in(db, company_id))

    def search_people(self, text: str, limit: int = 20) -> list[Person]:
        return [as_person(r) for r in self._search("person", PERSON_COLUMNS, text, limit,
                                                    *typed_number_forms(text))]

    def search_companies(self, text: str, limit: int = 20) -> list[Company]:
        return [as_company(r) for r in self._search("company", COMPANY_COLUMNS, text, limit)]

    def _search(self, table: str, columns: str, text: str, limit: int,
                starts: tuple[str, ...] = (), within: tuple[str, ...] = ()) -> list[Any]:
        """Rows whose folded search key contains the folded text, or, for a phone number
        (``typed_number_forms``), with a phone that ``starts`` with one of its forms (after
        a quote, in the phones' JSON list) or holds one ``within``: exact names first, then
        names that start with it, then the rest by name."""
        numbers = [f'"{form}' for form in starts] + list(within)
        found = " OR ".join(["instr(search_key, ?1)", *(
            f"(phones <> '[]' AND instr({NUMBERS_KEY}, ?{n}))"
            for n in range(3, 3 + len(numbers)))])
        return self._rows(
            f"SELECT {columns} FROM {table} WHERE {found} "
            "ORDER BY name_key <> ?1, instr(name_key, ?1) <> 1, name_key, id LIMIT ?2",
            (fold(text), limit, *numbers))

    def ties_of(self, person_id: str) -> list[Knows]:
        rows = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a = ? OR b = ? ORDER BY a, b",
                          (person_id, person_id))
        return [as_knows(r) for r in rows]

    def tie(self, a: str, b: str) -> Knows | None:
        return self._read(lambda db: tie_in(db, a, b))

    def people_by_id(self, ids: Iterable[str]) -> dict[str, Person]:
        wanted = sorted(set(ids))
        rows = [row for part in parts(wanted) for row in self._rows(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({', '.join('?' * len(part))})",
            part)]
        return {person.id: person for person in map(as_person, rows)}

    def ties_among(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Knows]:
        wanted = sorted({(min(a, b), max(a, b)) for a, b in pairs})
        rows = [row for part in parts(wanted) for row in self._rows(
            TIES_AMONG.format(pairs=", ".join(["(?, ?)"] * len(part))),
            [v for pair in part for v in pair])]
        return {(tie.a, tie.b): tie for tie in map(as_knows, rows)}

    def people_and_ties(self, ids: Iterable[str], pairs: Iterable[tuple[str, str]]
                        ) -> tuple[dict[str, Person], dict[tuple[str, str], Knows],
                                   dict[str, str]]:
        people = self.people_by_id(ids)
        namesakes = [row for part in parts(sorted(people)) for row in self._rows(
            NAMESAKES.format(ids=", ".join("?" * len(part))), part)]
        return people, self.ties_among(pairs), dict(namesakes)

    def jobs_of(self, person_id: str) -> list[Job]:
        rows = self._rows(f"SELECT {JOB_COLUMNS} FROM job WHERE person = ? "
                          "ORDER BY current DESC, since DESC, company, title", (person_id,))
        return [as_job(r) for r in rows]

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]:
        rows = self._rows(f"SELECT {JOB_COLUMNS} FROM job WHERE company = ? AND current >= ? "
                          "ORDER BY person, title", (company_id, int(current_only)))
        return [as_job(r) for r in rows]

    def companies_and_jobs(self) -> tuple[list[Company], list[Job]]:
        def both(db: sqlite3.Connection) -> tuple[list[Company], list[Job]]:
            companies = db.execute(f"SELECT {COMPANY_COLUMNS} FROM company ORDER BY id")
            found = [as_company(r) for r in companies]
            jobs = db.execute(f"SELECT {JOB_COLUMNS} FROM job ORDER BY person, company, title")
            return found, [as_job(r) for r in jobs]
        return self._read_at_once(both)

    def referrals(self, status: str | None = None) -> list[Referral]:
        rows = self._rows(f"SELECT {REFERRAL_COLUMNS} FROM referral "
                          "WHERE ?1 IS NULL OR status = ?1 ORDER BY date, id", (status,))
        return [as_referral(r) for r in rows]

    def intros(self, status: str | None = None) -> list[IntroRequest]:
        rows = self._rows(f"SELECT {INTRO_COLUMNS} FROM intro "
                          "WHERE ?1 IS NULL OR status = ?1 ORDER BY asked_on, id", (status,))
        return [as_intro(r) for r in rows]

    def edges(self) -> Iterator[Knows]:
        # Keyset pages: no cursor or lock is held while the caller consumes a page.
        page = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows ORDER BY a, b LIMIT ?", (EDGE_PAGE,))
        while page:
            yield from map(as_knows, page)
            last = page[-1]
            page = self._rows(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE (a, b) > (?, ?) "
                              "ORDER BY a, b LIMIT ?", (last[0], last[1], EDGE_PAGE))

    def edge_table(self, today: date) -> EdgeTable:

        import numpy as np

        def read(db: sqlite3.Connection) -> tuple[list[str], np.ndarray, np.ndarray]:
            rows = db.execute(PEOPLE_KEYS).fetchall()
            people = [row[0] for row in rows]
            keys = np.fromiter((row[1] for row in rows), np.int64, len(rows))
            del rows
            # Integers straight into an array (schema 6): no Python object kept per tie.
            return people, keys, np.fromiter(db.execute(KEYED_EDGE_TABLE), keyed_tie())
        people, keys, ties = self._read_at_once(read)  # people and ties from one state
        return keyed_edge_table(people, keys, ties, today)

    def dump(self, ties: bool = True) -> GraphData:
        return self._read_at_once(lambda db: dump(db, ties))

    def backup(self, path: Path) -> None:
        path = Path(path)
        if path.exists():
            raise DataRejected("backup_exists", file=path)
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
            person = apply_edit(person_in(db, before.id), before, after)
            db.execute(UPSERT_PERSON, person_row(person, utc_now()))
        return person

    def update_company(self, before: Company, after: Company) -> Company:
        with self._write() as db:
            company = apply_edit(company_in(db, before.id), before, after)
            db.execute(UPSERT_COMPANY, company_row(company))
        return company

    def update_referral(self, before: Referral, after: Referral, events: Sequence[Event] = (),
                        meeting: Knows | None = None) -> Referral:
        # (a referral's offer and its people are in the path snapshot: they are touched)
        with self._write(Touched({before.referrer, before.referee})) as db:
            current = referral_in(db, before.id)
            referral = apply_edit(current, before, after)
            db.execute(UPSERT_REFERRAL, referral_row(referral))
            upsert(db, step_writes(current.status != referral.status, events, meeting,
                                   lambda a, b: tie_in(db, a, b)), utc_now(), self.location)
        return referral

    def update_intro(self, before: IntroRequest, after: IntroRequest,
                     events: Sequence[Event] = (), meeting: Knows | None = None,
                     ) -> IntroRequest:
        with self._write(Touched({before.introducer, before.target})) as db:
            current = intro_in(db, before.id)
            intro = apply_edit(current, before, after)
            step = step_writes(current.status != intro.status, events, meeting,
                               lambda a, b: tie_in(db, a, b))
            upsert(db, GraphData(intros=[intro], events=step.events, knows=step.knows),
                   utc_now(), self.location)
        return intro

    def replace_job(self, before: Job, ended_on: str | None, data: GraphData) -> None:
        key = (before.person, before.company, before.title)
        with self._write(Touched()) as db:  # (jobs are not in the path snapshot)
            row = db.execute(f"SELECT {JOB_COLUMNS} FROM job WHERE person = ? AND company = ? "
                             "AND title = ?", key).fetchone()
            if row is None or as_job(row) != before:
                raise PersonChanged("record_changed")
            if ended_on is None:
                db.execute("DELETE FROM job WHERE person = ? AND company = ? AND title = ?", key)
            else:
                upsert(db, GraphData(jobs=[replace(before, until=ended_on, current=False)]),
                       utc_now(), self.location)
            upsert(db, data, utc_now(), self.location)

    def delete_intro(self, before: IntroRequest) -> None:
        with self._write(Touched({before.introducer, before.target})) as db:
            if intro_in(db, before.id).status != before.status:
                raise PersonChanged("record_changed")
            db.execute("DELETE FROM event WHERE record = ?", (before.id,))
            db.execute("DELETE FROM intro WHERE id = ?", (before.id,))

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

