"""Rows in and out of the SQLite store's tables: the columns read, the tuples written, and the
reads that span several tables (a whole dump, the facts a merge log keeps).

Functions take the connection of the caller's transaction; the store (``sqlite_store.py``)
owns the connection, the locks and the error mapping.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Any, TypeVar

from graph.core.errors import CompanyNotFound, DataRejected, NotFound, PersonNotFound
from graph.core.model import (
    SOURCE_CODES,
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    fold,
    search_key,
)
from graph.core.ties import day_number
from graph.stores.sql import (
    UPSERT_COMPANY,
    UPSERT_INTRO,
    UPSERT_JOB,
    UPSERT_KNOWS,
    UPSERT_PERSON,
    UPSERT_REFERRAL,
)

T = TypeVar("T")
PERSON_COLUMNS = "id, name, emails, phones, linkedin, notes, tags, aliases, created_at, updated_at"
COMPANY_COLUMNS = "id, name, domain, aliases"
KNOWS_COLUMNS = "a, b, closeness, since, last_contact, interactions, how_met, source"
# Of the people asked for (ids), those whose name another person has too (``name_key``'s
# index), with the company of their first current job in ``jobs_of``'s order
NAMESAKES = ("SELECT p.id, coalesce((SELECT c.name FROM job j JOIN company c ON c.id = j.company "
             "WHERE j.person = p.id AND j.current ORDER BY j.since DESC, j.company, j.title "
             "LIMIT 1), '') FROM person p WHERE p.id IN ({ids}) AND EXISTS (SELECT 1 "
             "FROM person q WHERE q.name_key = p.name_key AND q.id <> p.id)")
# The pairs as the outer loop, each found by the primary key (``(a, b) IN (VALUES …)`` scans
# every tie instead).
TIES_AMONG = ("SELECT " + ", ".join(f"k.{c}" for c in KNOWS_COLUMNS.split(", "))
              + " FROM (VALUES {pairs}) AS v JOIN knows AS k"
              " ON k.a = v.column1 AND k.b = v.column2")
JOB_COLUMNS = "person, company, title, department, since, until, current"
JOB_ROW = attrgetter(*JOB_COLUMNS.split(", "))  # (rows made in C; SQLite keeps a bool as 1 or 0)
REFERRAL_COLUMNS = ("id, referrer, referee, for_member, company, role, context, offered_intro, "
                    "date, status, follow_up_on")
INTRO_COLUMNS = "id, requester, introducer, target, company, status, asked_on, updated_on, note"
EVENTS = "SELECT record, status, on_date, note FROM event"


def _list(value: str) -> tuple[str, ...]:
    return () if value == "[]" else tuple(json.loads(value))  # (most lists are empty)


def _json_list(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def person_row(p: Person, now: str) -> tuple[Any, ...]:
    folded = fold(p.name)  # (a name alone is its own search key: most imported contacts)
    return (p.id, p.name, _json_list(p.emails), _json_list(p.phones), p.linkedin, p.notes,
            _json_list(p.tags), _json_list(p.aliases), folded,
            search_key(p) if p.emails or p.phones or p.aliases else folded, now, now)


def company_row(c: Company) -> tuple[Any, ...]:
    return (c.id, c.name, c.domain, _json_list(c.aliases), fold(c.name), search_key(c))


def knows_row(k: Knows) -> tuple[Any, ...]:
    """A tie's row for ``UPSERT_KNOWS``: its fields, then its integer columns (schema 6; the
    ends' keys are looked up by the statement): the last-seen day and the source's code."""
    seen = k.last_contact if k.last_contact is not None else k.since  # (SQL's coalesce)
    return (k.a, k.b, k.closeness, k.since, k.last_contact, k.interactions, k.how_met, k.source,
            day_number(seen), SOURCE_CODES.get(k.source, 0))


def referral_row(r: Referral) -> tuple[Any, ...]:
    return (r.id, r.referrer, r.referee, r.for_, r.company, r.role, r.context,
            int(r.offered_intro), r.date, r.status, r.follow_up_on)


def parts(items: list[T], size: int = 400) -> Iterator[list[T]]:
    """``items`` in slices small enough for SQLite's limit on parameters."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def as_person(row: Sequence[Any]) -> Person:
    return Person(id=row[0], name=row[1], emails=_list(row[2]), phones=_list(row[3]),
                  linkedin=row[4], notes=row[5], tags=_list(row[6]), aliases=_list(row[7]),
                  created_at=row[8], updated_at=row[9])


def as_company(row: Sequence[Any]) -> Company:
    return Company(id=row[0], name=row[1], domain=row[2], aliases=_list(row[3]))


def as_knows(row: Sequence[Any]) -> Knows:
    return Knows(*row)


def as_job(row: Sequence[Any]) -> Job:
    person, company, title, department, since, until, current = row
    return Job(person, company, title, department, since, until, bool(current))


def as_referral(row: Sequence[Any]) -> Referral:
    id_, referrer, referee, for_, company, role, context, offered, on, status, follow = row
    return Referral(id_, referrer, referee, for_, company, role, context, bool(offered), on,
                    status, follow)


def as_intro(row: Sequence[Any]) -> IntroRequest:
    return IntroRequest(*row)


def person_in(db: sqlite3.Connection, person_id: str) -> Person:
    row = db.execute(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise PersonNotFound(id=person_id)
    return as_person(row)


def company_in(db: sqlite3.Connection, company_id: str) -> Company:
    row = db.execute(f"SELECT {COMPANY_COLUMNS} FROM company WHERE id = ?",
                     (company_id,)).fetchone()
    if row is None:
        raise CompanyNotFound(id=company_id)
    return as_company(row)


def referral_in(db: sqlite3.Connection, referral_id: str) -> Referral:
    row = db.execute(f"SELECT {REFERRAL_COLUMNS} FROM referral WHERE id = ?",
                     (referral_id,)).fetchone()
    if row is None:
        raise DataRejected("no_referral", id=referral_id)
    return as_referral(row)


def intro_in(db: sqlite3.Connection, intro_id: str) -> IntroRequest:
    row = db.execute(f"SELECT {INTRO_COLUMNS} FROM intro WHERE id = ?", (intro_id,)).fetchone()
    if row is None:
        raise NotFound("no_intro", id=intro_id)
    return as_intro(row)


def tie_in(db: sqlite3.Connection, a: str, b: str) -> Knows | None:
    row = db.execute(f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a = ? AND b = ?",
                     (min(a, b), max(a, b))).fetchone()
    return None if row is None else as_knows(row)


def upsert(db: sqlite3.Connection, data: GraphData, now: str, location: str) -> None:
    """Write ``data`` in the caller's transaction; a record naming a person or company that
    is not there is refused."""
    if problem := data.missing_key():
        raise DataRejected("refused_missing", where=location, detail=problem)
    db.executemany(UPSERT_PERSON, (person_row(p, now) for p in data.people))
    db.executemany(UPSERT_COMPANY, (company_row(c) for c in data.companies))
    db.executemany("INSERT OR IGNORE INTO member VALUES (?)", ((m,) for m in data.members))
    db.executemany(UPSERT_KNOWS, map(knows_row, data.knows))
    db.executemany(UPSERT_JOB, map(JOB_ROW, data.jobs))
    db.executemany(UPSERT_REFERRAL, map(referral_row, data.referrals))
    db.executemany(UPSERT_INTRO, (
        (i.id, i.requester, i.introducer, i.target, i.company, i.status, i.asked_on,
         i.updated_on, i.note) for i in data.intros))
    db.executemany("INSERT OR IGNORE INTO review VALUES (?, ?, ?, ?, ?, ?, ?)", (
        (r.id, r.a, r.b, r.score, r.reason, r.status, r.merge) for r in data.reviews))
    db.executemany("INSERT OR IGNORE INTO event VALUES (?, ?, ?, ?)", (
        (e.record, e.status, e.on, e.note) for e in data.events))
    db.executemany("INSERT OR IGNORE INTO target VALUES (?)", ((c,) for c in data.targets))


def dump(db: sqlite3.Connection, ties: bool) -> GraphData:
    """Everything (read in one read transaction, ``SqliteStore._read_at_once``, so that the
    parts are consistent with each other)."""
    def rows(sql: str) -> list[Any]:
        return db.execute(sql).fetchall()
    return GraphData(
        members=[r[0] for r in rows("SELECT person FROM member ORDER BY person")],
        people=[as_person(r) for r in rows(f"SELECT {PERSON_COLUMNS} FROM person ORDER BY id")],
        companies=[as_company(r) for r in rows(
            f"SELECT {COMPANY_COLUMNS} FROM company ORDER BY id")],
        knows=[as_knows(r) for r in rows(
            f"SELECT {KNOWS_COLUMNS} FROM knows ORDER BY a, b")] if ties else [],
        jobs=[as_job(r) for r in rows(
            f"SELECT {JOB_COLUMNS} FROM job ORDER BY person, company, title")],
        referrals=[as_referral(r) for r in rows(
            f"SELECT {REFERRAL_COLUMNS} FROM referral ORDER BY id")],
        intros=[as_intro(r) for r in rows(f"SELECT {INTRO_COLUMNS} FROM intro ORDER BY id")],
        events=[Event(*r) for r in rows(f"{EVENTS} ORDER BY record, on_date, rowid")],
        targets=[r[0] for r in rows("SELECT company FROM target ORDER BY company")],
    )


def facts_of(db: sqlite3.Connection, ids: tuple[str, ...]) -> GraphData:
    """These people and every fact that names them (for the merge log)."""
    marks = ", ".join("?" * len(ids))

    def rows(sql: str, times: int) -> list[Any]:
        return db.execute(sql, ids * times).fetchall()
    return GraphData(
        members=[r[0] for r in rows(f"SELECT person FROM member WHERE person IN ({marks})", 1)],
        people=[as_person(r) for r in rows(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({marks})", 1)],
        knows=[as_knows(r) for r in rows(
            f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a IN ({marks}) OR b IN ({marks})", 2)],
        jobs=[as_job(r) for r in rows(f"SELECT {JOB_COLUMNS} FROM job WHERE person IN ({marks})",
                                      1)],
        referrals=[as_referral(r) for r in rows(
            f"SELECT {REFERRAL_COLUMNS} FROM referral WHERE referrer IN ({marks}) OR "
            f"referee IN ({marks}) OR for_member IN ({marks})", 3)],
        intros=[as_intro(r) for r in rows(
            f"SELECT {INTRO_COLUMNS} FROM intro WHERE requester IN ({marks}) OR "
            f"introducer IN ({marks}) OR target IN ({marks})", 3)])
