"""Merging people and companies in the SQLite store, and undoing a merge.

Each function runs inside the store's write transaction (``SqliteStore._write``), so what it
reads cannot change before it writes.
"""

from __future__ import annotations

import json
import sqlite3

from graph.core.errors import DataRejected
from graph.core.merging import merged_ties
from graph.core.model import merged_company, merged_person, utc_now
from graph.formats.interchange import document_data, to_document
from graph.stores.changes import Touched, touched_by
from graph.stores.sql import UPSERT_COMPANY, UPSERT_KNOWS, UPSERT_PERSON
from graph.stores.sqlite_rows import (
    KNOWS_COLUMNS,
    as_knows,
    company_in,
    company_row,
    facts_of,
    knows_row,
    person_in,
    person_row,
    upsert,
)


def merge_companies(db: sqlite3.Connection, keep_id: str, other_id: str) -> None:
    keep, other = company_in(db, keep_id), company_in(db, other_id)
    db.execute(UPSERT_COMPANY, company_row(merged_company(keep, other)))
    # (a job she holds there, written at the kept company too as a past one: current again)
    db.execute("UPDATE job SET current = 1, until = NULL WHERE company = ?1 AND NOT current AND "
               "EXISTS (SELECT 1 FROM job AS o WHERE o.company = ?2 AND o.person = job.person "
               "AND o.title = job.title AND o.current)", (keep_id, other_id))
    db.execute("UPDATE OR IGNORE job SET company = ? WHERE company = ?", (keep_id, other_id))
    for table in ("referral", "intro"):
        db.execute(f"UPDATE {table} SET company = ? WHERE company = ?", (keep_id, other_id))
    db.execute("UPDATE OR IGNORE target SET company = ? WHERE company = ?", (keep_id, other_id))
    db.execute("DELETE FROM company WHERE id = ?", (other_id,))  # and jobs left there


def merge_people(db: sqlite3.Connection, keep_id: str, other_id: str, name: str | None,
                 merge_id: str) -> None:
    keep, other = person_in(db, keep_id), person_in(db, other_id)
    before = json.dumps(to_document(facts_of(db, (keep_id, other_id))), ensure_ascii=False)
    db.execute("INSERT INTO merge_log VALUES (?, ?, ?, ?, ?, NULL)",
               (merge_id, keep_id, other_id, before, utc_now()))
    ties = [as_knows(row) for row in db.execute(
        f"SELECT {KNOWS_COLUMNS} FROM knows WHERE a IN (?1, ?2) OR b IN (?1, ?2) ORDER BY a, b",
        (keep_id, other_id))]
    db.execute(UPSERT_PERSON, person_row(merged_person(keep, other, name), utc_now()))
    db.executemany(UPSERT_KNOWS, map(knows_row, merged_ties(keep_id, other_id, ties)))
    db.execute("INSERT OR IGNORE INTO member SELECT ? FROM member WHERE person = ?",
               (keep_id, other_id))
    db.execute("UPDATE OR IGNORE job SET person = ? WHERE person = ?", (keep_id, other_id))
    for column in ("referrer", "referee", "for_member"):
        db.execute(f"UPDATE referral SET {column} = ? WHERE {column} = ?", (keep_id, other_id))
    for column in ("requester", "introducer", "target"):
        db.execute(f"UPDATE intro SET {column} = ? WHERE {column} = ?", (keep_id, other_id))
    db.execute("UPDATE review SET status = 'merged', merge = ? WHERE status = 'open' "
               "AND ((a = ? AND b = ?) OR (a = ? AND b = ?))",
               (merge_id, keep_id, other_id, other_id, keep_id))
    db.execute("DELETE FROM person WHERE id = ?", (other_id,))


def undo_merge(db: sqlite3.Connection, merge_id: str, touched: Touched,
               location: str) -> None:
    """Back to exactly the state before the merge, for both people (``touched`` says who)."""
    rows = db.execute("SELECT kept, removed, before, undone_at FROM merge_log WHERE id = ?",
                      (merge_id,)).fetchall()
    if not rows:
        raise DataRejected("no_merge", id=merge_id)
    kept, removed, before, undone = rows[0]
    if undone:
        raise DataRejected("merge_undone", id=merge_id)
    data = document_data(json.loads(before), self_contained=False)
    touched.update(touched_by(data))
    touched.people |= {kept, removed}
    for table, column in (("knows", "a"), ("knows", "b"), ("job", "person"),
                          ("member", "person")):
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (kept,))
    upsert(db, data, utc_now(), location)
    db.execute("UPDATE merge_log SET undone_at = ? WHERE id = ?", (utc_now(), merge_id))
    db.execute("UPDATE review SET status = 'open', merge = NULL WHERE merge = ?", (merge_id,))
