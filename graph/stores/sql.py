"""The SQLite store's schema (one migration a version, kept forever) and statements.

A migration once released is never edited: a store made by it exists somewhere. To change the
schema, or repair what a migration left, add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from graph.core.model import SOURCE_CODES

Migration = str | Callable[[sqlite3.Connection], None]  # a script, or a repair that looks first


def repair_event_table(db: sqlite3.Connection) -> None:
    """4: repair the stores made by schema 3 as first released (commit 3a4f12d). That form's
    ``event`` table was ``WITHOUT ROWID``; schema 3 was then edited in place to a rowid table
    (the rowid keeps the order of same-day steps), so its stores failed every read of the
    history with "no such column: rowid". They get the table as released since, their steps
    of one record on one day put in lifecycle order (the first form kept none)."""
    (sql,) = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'event'").fetchone()
    if "WITHOUT ROWID" not in sql.upper():
        return
    for statement in REBUILD_EVENT_TABLE:
        db.execute(statement)


REBUILD_EVENT_TABLE = (
    """CREATE TABLE event_repaired (
        record TEXT NOT NULL, status TEXT NOT NULL, on_date TEXT NOT NULL, note TEXT NOT NULL,
        UNIQUE (record, status, on_date))""",
    """INSERT INTO event_repaired SELECT record, status, on_date, note FROM event
       ORDER BY record, on_date, CASE status
           WHEN 'noted' THEN 0 WHEN 'draft' THEN 0 WHEN 'researched' THEN 1 WHEN 'asked' THEN 1
           WHEN 'contacted' THEN 2 WHEN 'accepted' THEN 2 WHEN 'declined' THEN 2
           WHEN 'meeting' THEN 3 WHEN 'introduced' THEN 3 WHEN 'met' THEN 4
           WHEN 'thanked' THEN 6 ELSE 5 END""",
    "DROP TABLE event",
    "ALTER TABLE event_repaired RENAME TO event",
)

# The integer columns of a tie (schema 6), as SQL computes them from its text columns once, when
# a store of schema 5 is migrated; writes compute them as ``knows_row`` does (the same rules:
# ``graph.core.ties.day_number``, ``graph.core.model.SOURCE_CODES``).
_SEEN = "coalesce(k.last_contact, k.since)"
_DAY_NUMBER = (f"CASE WHEN {_SEEN} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
               f"THEN CAST(julianday({_SEEN}) - 1721424.5 AS INTEGER) END")
_SOURCE_CODE = ("CASE k.source " + " ".join(f"WHEN '{source}' THEN {code}"
                                            for source, code in SOURCE_CODES.items())
                + " ELSE 0 END")

MIGRATIONS: tuple[Migration, ...] = (
    # 1: the graph
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO meta VALUES ('graph_version', 0);
    CREATE TABLE person (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, emails TEXT NOT NULL, phones TEXT NOT NULL,
        linkedin TEXT, notes TEXT NOT NULL, tags TEXT NOT NULL,
        name_key TEXT NOT NULL, search_key TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE INDEX person_name_key ON person (name_key);
    CREATE TABLE member (person TEXT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE);
    CREATE TABLE company (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, domain TEXT, aliases TEXT NOT NULL,
        name_key TEXT NOT NULL, search_key TEXT NOT NULL);
    CREATE INDEX company_name_key ON company (name_key);
    CREATE TABLE knows (
        a TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        closeness INTEGER CHECK (closeness BETWEEN 1 AND 5), since TEXT, last_contact TEXT,
        interactions INTEGER NOT NULL CHECK (interactions >= 0), how_met TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (a, b), CHECK (a < b)) WITHOUT ROWID;
    CREATE INDEX knows_b ON knows (b);
    CREATE TABLE job (
        person TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        company TEXT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        title TEXT NOT NULL, department TEXT NOT NULL, since TEXT, until TEXT,
        current INTEGER NOT NULL,
        PRIMARY KEY (person, company, title)) WITHOUT ROWID;
    CREATE INDEX job_company ON job (company);
    CREATE TABLE referral (
        id TEXT PRIMARY KEY,
        referrer TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        referee TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        for_member TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        company TEXT REFERENCES company (id) ON DELETE SET NULL,
        role TEXT NOT NULL, context TEXT NOT NULL, offered_intro INTEGER NOT NULL, date TEXT,
        status TEXT NOT NULL, follow_up_on TEXT);
    CREATE TABLE intro (
        id TEXT PRIMARY KEY,
        requester TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        introducer TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        target TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        company TEXT REFERENCES company (id) ON DELETE SET NULL,
        status TEXT NOT NULL, asked_on TEXT, updated_on TEXT, note TEXT NOT NULL);
    """,
    # 2: possible duplicates found by imports, and merges that can be undone
    """
    CREATE TABLE merge_log (
        id TEXT PRIMARY KEY, kept TEXT NOT NULL, removed TEXT NOT NULL,
        before TEXT NOT NULL, merged_at TEXT NOT NULL, undone_at TEXT);
    CREATE TABLE review (
        id TEXT PRIMARY KEY,
        a TEXT NOT NULL, b TEXT NOT NULL,  -- no cascade: a merged review stays, to be undone
        score REAL NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL,
        merge TEXT REFERENCES merge_log (id));
    """,
    # 3: the history of referrals and intro requests
    """
    CREATE TABLE event (  -- the rowid keeps the order of steps taken on the same day
        record TEXT NOT NULL, status TEXT NOT NULL, on_date TEXT NOT NULL, note TEXT NOT NULL,
        UNIQUE (record, status, on_date));
    """,
    # 4: stores left by schema 3's first form, repaired
    repair_event_table,
    # 5: the companies the members aim at (their short list, for "worth re-warming")
    """
    CREATE TABLE target (
        company TEXT PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE) WITHOUT ROWID;
    """,
    # 6: ties keyed by integers, so that the snapshot reads them at the pace of a table of
    # integers (issue 17): each person's key (``num``: an explicit column, which VACUUM
    # keeps, where it may renumber rowids; never changed once given), and beside each tie
    # both ends' keys, the last-seen day as a number and the source as its code. The table
    # is made anew, so that those columns are NOT NULL: a write that forgets them fails.
    # (A tie naming a person who is not there, which the foreign keys forbid, is left out.)
    f"""
    ALTER TABLE person ADD COLUMN num INTEGER;
    UPDATE person SET num = rowid;
    CREATE UNIQUE INDEX person_num ON person (num);
    CREATE TABLE knows_keyed (
        a TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        closeness INTEGER CHECK (closeness BETWEEN 1 AND 5), since TEXT, last_contact TEXT,
        interactions INTEGER NOT NULL CHECK (interactions >= 0), how_met TEXT NOT NULL,
        source TEXT NOT NULL,
        a_num INTEGER NOT NULL, b_num INTEGER NOT NULL, seen INTEGER,
        source_code INTEGER NOT NULL,
        PRIMARY KEY (a, b), CHECK (a < b)) WITHOUT ROWID;
    INSERT INTO knows_keyed
        SELECT k.a, k.b, k.closeness, k.since, k.last_contact, k.interactions, k.how_met,
               k.source, pa.num, pb.num, {_DAY_NUMBER}, {_SOURCE_CODE}
        FROM knows AS k JOIN person AS pa ON pa.id = k.a JOIN person AS pb ON pb.id = k.b
        ORDER BY k.a, k.b;
    DROP TABLE knows;
    ALTER TABLE knows_keyed RENAME TO knows;
    CREATE INDEX knows_b ON knows (b);
    """,
    # 7: a person's other names (``Person.aliases``: a maiden or married name), a JSON list
    # as a company's; the search key gains them as they are written (none so far)
    """
    ALTER TABLE person ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
    """,
)

GRAPH_VERSION = "SELECT value FROM meta WHERE key = 'graph_version'"
# A random number drawn again by every write that changes something: the version and it name
# what the store holds, whichever copy of the file it is (``version_stamp``).
NEW_STAMP = ("INSERT INTO meta VALUES ('stamp', abs(random())) "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
HAS_STAMP = "SELECT 1 FROM meta WHERE key = 'stamp'"
VERSION_STAMP = ("SELECT (SELECT value FROM meta WHERE key = 'graph_version'), "
                 "(SELECT value FROM meta WHERE key = 'stamp')")
DELETE_HISTORY_OF = """
DELETE FROM event WHERE record IN (
    SELECT id FROM referral WHERE :id IN (referrer, referee, for_member)
    UNION SELECT id FROM intro WHERE :id IN (requester, introducer, target))
"""
# Upserts: insert, or update only when a value differs (so no-op writes change nothing).
UPSERT_PERSON = """
INSERT INTO person (id, name, emails, phones, linkedin, notes, tags, aliases, name_key,
                    search_key, created_at, updated_at, num)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(num), 0) + 1 FROM person))
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name, emails = excluded.emails, phones = excluded.phones,
    linkedin = excluded.linkedin, notes = excluded.notes, tags = excluded.tags,
    aliases = excluded.aliases, name_key = excluded.name_key, search_key = excluded.search_key,
    updated_at = excluded.updated_at
WHERE (name, emails, phones, linkedin, notes, tags, aliases)
    IS NOT (excluded.name, excluded.emails, excluded.phones, excluded.linkedin,
            excluded.notes, excluded.tags, excluded.aliases)
"""
UPSERT_COMPANY = """
INSERT INTO company (id, name, domain, aliases, name_key, search_key) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name, domain = excluded.domain, aliases = excluded.aliases,
    name_key = excluded.name_key, search_key = excluded.search_key
WHERE (name, domain, aliases) IS NOT (excluded.name, excluded.domain, excluded.aliases)
"""
UPSERT_KNOWS = """
INSERT INTO knows (a, b, closeness, since, last_contact, interactions, how_met, source,
                   a_num, b_num, seen, source_code)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,
        (SELECT num FROM person WHERE id = ?1), (SELECT num FROM person WHERE id = ?2), ?9, ?10)
ON CONFLICT (a, b) DO UPDATE SET
    closeness = excluded.closeness, since = excluded.since, last_contact = excluded.last_contact,
    interactions = excluded.interactions, how_met = excluded.how_met, source = excluded.source,
    seen = excluded.seen, source_code = excluded.source_code
WHERE (closeness, since, last_contact, interactions, how_met, source)
    IS NOT (excluded.closeness, excluded.since, excluded.last_contact, excluded.interactions,
            excluded.how_met, excluded.source)
"""
UPSERT_JOB = """
INSERT INTO job (person, company, title, department, since, until, current)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (person, company, title) DO UPDATE SET
    department = excluded.department, since = excluded.since, until = excluded.until,
    current = excluded.current
WHERE (department, since, until, current)
    IS NOT (excluded.department, excluded.since, excluded.until, excluded.current)
"""
UPSERT_REFERRAL = """
INSERT INTO referral (id, referrer, referee, for_member, company, role, context, offered_intro,
                      date, status, follow_up_on)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    referrer = excluded.referrer, referee = excluded.referee, for_member = excluded.for_member,
    company = excluded.company, role = excluded.role, context = excluded.context,
    offered_intro = excluded.offered_intro, date = excluded.date, status = excluded.status,
    follow_up_on = excluded.follow_up_on
WHERE (referrer, referee, for_member, company, role, context, offered_intro, date, status,
       follow_up_on)
    IS NOT (excluded.referrer, excluded.referee, excluded.for_member, excluded.company,
            excluded.role, excluded.context, excluded.offered_intro, excluded.date,
            excluded.status, excluded.follow_up_on)
"""
UPSERT_INTRO = """
INSERT INTO intro (id, requester, introducer, target, company, status, asked_on, updated_on, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    requester = excluded.requester, introducer = excluded.introducer, target = excluded.target,
    company = excluded.company, status = excluded.status, asked_on = excluded.asked_on,
    updated_on = excluded.updated_on, note = excluded.note
WHERE (requester, introducer, target, company, status, asked_on, updated_on, note)
    IS NOT (excluded.requester, excluded.introducer, excluded.target, excluded.company,
            excluded.status, excluded.asked_on, excluded.updated_on, excluded.note)
"""
# Ties for the snapshot: integers only (rows of graph.core.ties.keyed_tie, read by np.fromiter,
# no Python string per tie), the people by their keys; in the primary key's order (no sort).
PEOPLE_KEYS = "SELECT id, num FROM person ORDER BY id"
KEYED_EDGE_TABLE = """
SELECT a_num, b_num, coalesce(closeness, 0), source_code, coalesce(seen, 0), interactions
FROM knows ORDER BY a, b
"""
