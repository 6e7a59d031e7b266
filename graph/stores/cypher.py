"""The Neo4j store's Cypher: every statement it can send, as module constants listed in
``STATEMENTS`` (CI lints each one with Neo4j's own parser against ``SCHEMA``, see
``tests/test_cypher.py``). Values are only ever ``$parameters``."""

from __future__ import annotations

import re

SCHEMA: dict[str, list[str]] = {
    "labels": ["Person", "Member", "Company", "Referral", "IntroRequest", "Review", "MergeLog",
               "Event", "Meta"],
    "relationshipTypes": ["KNOWS", "WORKS_AT", "REFERRER", "REFEREE", "FOR", "AT",
                          "REQUESTER", "INTRODUCER", "TARGET"],
    "propertyKeys": [
        "id", "name", "emails", "phones", "linkedin", "notes", "tags", "name_key", "search_key",
        "created_at", "updated_at", "domain", "aliases", "closeness", "since", "last_contact",
        "interactions", "how_met", "source", "title", "department", "until",
        "current", "referrer", "referee", "for", "company", "role", "context", "offered_intro",
        "date", "status", "follow_up_on", "requester", "introducer", "target", "asked_on",
        "updated_on", "note", "a", "b", "score", "reason", "merge", "kept", "removed", "before",
        "merged_at", "undone_at", "record", "on", "seq", "key", "version", "locked", "value",
        "person"],  # (a key of the parameter rows, which the linter checks too)
}

# Named so that opening a store creates only what is missing (``SHOW`` first): a user without
# schema rights can still open a store whose schema exists. The composite keys give Neo4j the
# same uniqueness guarantees as SQLite's primary keys (events by record, status and day).
CONSTRAINTS = [
    "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE",
    "CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (r:Referral) REQUIRE r.id IS UNIQUE",
    "CREATE CONSTRAINT intro_id IF NOT EXISTS FOR (i:IntroRequest) REQUIRE i.id IS UNIQUE",
    "CREATE CONSTRAINT review_id IF NOT EXISTS FOR (v:Review) REQUIRE v.id IS UNIQUE",
    "CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:MergeLog) REQUIRE m.id IS UNIQUE",
    "CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
    "CREATE INDEX person_name_key IF NOT EXISTS FOR (p:Person) ON (p.name_key)",
    "CREATE INDEX company_name_key IF NOT EXISTS FOR (c:Company) ON (c.name_key)",
    # Text indexes serve the searches' CONTAINS on the folded names, e-mails and aliases.
    "CREATE TEXT INDEX person_search_key IF NOT EXISTS FOR (p:Person) ON (p.search_key)",
    "CREATE TEXT INDEX company_search_key IF NOT EXISTS FOR (c:Company) ON (c.search_key)",
    "CREATE INDEX event_record IF NOT EXISTS FOR (e:Event) ON (e.record)",
    "CREATE CONSTRAINT event_key IF NOT EXISTS FOR (e:Event) REQUIRE (e.record, e.status, e.on) "
    "IS UNIQUE",
]
SCHEMA_ITEMS = {statement.split(" IF ")[0].split()[-1]: statement for statement in CONSTRAINTS}
SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name"
SHOW_INDEXES = "SHOW INDEXES YIELD name"

# (``aliases`` is left out, not an empty list, when there are none: a node written before
# people had other names is then as it would be written now, and a re-import changes nothing)
PERSON_FIELDS = ("name", "emails", "phones", "linkedin", "notes", "tags", "aliases", "name_key",
                 "search_key")
COMPANY_FIELDS = ("name", "domain", "aliases", "name_key", "search_key")
KNOWS_FIELDS = ("closeness", "since", "last_contact", "interactions", "how_met", "source")
JOB_FIELDS = ("department", "since", "until", "current")
REFERRAL_FIELDS = ("referrer", "referee", "for", "company", "role", "context", "offered_intro",
                   "date", "status", "follow_up_on")
INTRO_FIELDS = ("requester", "introducer", "target", "company", "status", "asked_on",
                "updated_on", "note")


def _differs(var: str, fields: tuple[str, ...]) -> str:
    """Cypher that is true when any field of ``var`` differs from ``row``'s (nulls equal)."""
    return " OR ".join(f"(({var}.{f} IS NULL) <> (row.{f} IS NULL) OR {var}.{f} <> row.{f})"
                       for f in fields)


def _sets(var: str, fields: tuple[str, ...]) -> str:
    return ", ".join(f"{var}.{f} = row.{f}" for f in fields)


# The version starts at the clock (ms), not 0: a database emptied and set up again never
# gives again a version an open app has already seen (its caches are kept by version).
META = """
MERGE (m:Meta {key: 'graph'})
ON CREATE SET m.version = timestamp()
"""
# Every write transaction starts here: the exclusive lock on the one Meta node serialises
# writers (as SQLite's BEGIN IMMEDIATE does), so reads done inside a write cannot go stale,
# concurrent creators cannot both create, and writers wait in turn instead of deadlocking.
# (It sets a constant: ``SET m.version = m.version`` would read the value before waiting for
# the lock, and write back a stale one.)
LOCK_WRITES = "MATCH (m:Meta {key: 'graph'}) SET m.locked = true"
BUMP_VERSION = "MATCH (m:Meta {key: 'graph'}) SET m.version = m.version + 1"
# Notes the importer leaves (ingest/digests.py): not data, so written without BUMP_VERSION.
NOTE = "MATCH (m:Meta {key: $key}) RETURN m.value AS value"
LEAVE_NOTE = "MERGE (m:Meta {key: $key}) SET m.value = $value"
GRAPH_VERSION = """
OPTIONAL MATCH (m:Meta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version, m IS NOT NULL AS exists
"""
# Each upsert first looks at what is stored (``old``) and lets through only the rows that are
# new or differ, so a no-op write changes nothing (and does not move the version).
UPSERT_PEOPLE = f"""
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {{id: row.id}})
WITH row, old WHERE old IS NULL OR ({_differs("old", PERSON_FIELDS)})
MERGE (p:Person {{id: row.id}})
ON CREATE SET p.created_at = $now
SET {_sets("p", PERSON_FIELDS)}, p.updated_at = $now
"""
UPSERT_COMPANIES = f"""
UNWIND $rows AS row
OPTIONAL MATCH (old:Company {{id: row.id}})
WITH row, old WHERE old IS NULL OR ({_differs("old", COMPANY_FIELDS)})
MERGE (c:Company {{id: row.id}})
SET {_sets("c", COMPANY_FIELDS)}
"""
MISSING_PEOPLE = """
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
WITH id, p WHERE p IS NULL
RETURN collect(id) AS missing
"""
MISSING_COMPANIES = """
UNWIND $ids AS id
OPTIONAL MATCH (c:Company {id: id})
WITH id, c WHERE c IS NULL
RETURN collect(id) AS missing
"""
ADD_MEMBERS = """
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE NOT p:Member
SET p:Member
"""
UPSERT_KNOWS = f"""
UNWIND $rows AS row
MATCH (a:Person {{id: row.a}})
MATCH (b:Person {{id: row.b}})
OPTIONAL MATCH (a)-[old:KNOWS]->(b)
WITH a, b, row, old WHERE old IS NULL OR ({_differs("old", KNOWS_FIELDS)})
MERGE (a)-[k:KNOWS]->(b)
SET {_sets("k", KNOWS_FIELDS)}
"""
UPSERT_JOBS = f"""
UNWIND $rows AS row
MATCH (p:Person {{id: row.person}})
MATCH (c:Company {{id: row.company}})
OPTIONAL MATCH (p)-[old:WORKS_AT {{title: row.title}}]->(c)
WITH p, c, row, old WHERE old IS NULL OR ({_differs("old", JOB_FIELDS)})
MERGE (p)-[w:WORKS_AT {{title: row.title}}]->(c)
SET {_sets("w", JOB_FIELDS)}
"""


def _upsert_record(label: str, fields: tuple[str, ...], people: dict[str, str]) -> str:
    """The upsert of a record node (a referral, an intro request), relinked to its people
    (relationship type → the row's field) and to its company when it has one."""
    types = "|".join([*people, "AT"])
    matches = "\n".join(f"MATCH (p{n}:Person {{id: row.{field}}})"
                        for n, field in enumerate(people.values()))
    merges = "\n".join(f"MERGE (rec)-[:{rel}]->(p{n})" for n, rel in enumerate(people))
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH (old:{label} {{id: row.id}})
WITH row, old WHERE old IS NULL OR ({_differs("old", fields)})
MERGE (rec:{label} {{id: row.id}})
SET {_sets("rec", fields)}
WITH rec, row
OPTIONAL MATCH (rec)-[link:{types}]->()
DELETE link
WITH DISTINCT rec, row
{matches}
{merges}
WITH rec, row
OPTIONAL MATCH (c:Company {{id: row.company}})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (rec)-[:AT]->(c))
"""


UPSERT_REFERRALS = _upsert_record("Referral", REFERRAL_FIELDS,
                                  {"REFERRER": "referrer", "REFEREE": "referee", "FOR": "for"})
UPSERT_INTROS = _upsert_record("IntroRequest", INTRO_FIELDS, {
    "REQUESTER": "requester", "INTRODUCER": "introducer", "TARGET": "target"})
INSERT_REVIEWS = """
UNWIND $rows AS row
MERGE (v:Review {id: row.id})
ON CREATE SET v.a = row.a, v.b = row.b, v.score = row.score, v.reason = row.reason,
              v.status = row.status, v.merge = row.merge
"""
INSERT_EVENTS = """
UNWIND $rows AS row
MERGE (e:Event {record: row.record, status: row.status, on: row.on})
ON CREATE SET e.note = row.note, e.seq = row.seq
"""
DELETE_PERSON = """
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)<-[:REFERRER|REFEREE|FOR|REQUESTER|INTRODUCER|TARGET]-(record)
DETACH DELETE record
WITH DISTINCT p
DETACH DELETE p
RETURN count(*) AS deleted
"""
DELETE_COMPANY = """
MATCH (c:Company {id: $id})
OPTIONAL MATCH (record)-[:AT]->(c)
SET record.company = null
WITH DISTINCT c
DETACH DELETE c
RETURN count(*) AS deleted
"""
# A job she holds at the other company, written at the kept one too (the same title) as a
# past one: current again there (what she holds now wins over what she held)
KEEP_CURRENT_JOBS = """
MATCH (p:Person)-[w:WORKS_AT]->(:Company {id: $other})
MATCH (p)-[held:WORKS_AT]->(:Company {id: $keep})
WHERE held.title = w.title AND w.current AND NOT held.current
SET held.current = true, held.until = null
"""
MOVE_JOBS = """
MATCH (p:Person)-[w:WORKS_AT]->(:Company {id: $other})
MATCH (keep:Company {id: $keep})
WHERE NOT EXISTS { MATCH (p)-[held:WORKS_AT]->(keep) WHERE held.title = w.title }
CREATE (p)-[moved:WORKS_AT]->(keep)
SET moved = properties(w)
"""
MOVE_RECORDS = """
MATCH (record)-[at:AT]->(:Company {id: $other})
MATCH (keep:Company {id: $keep})
DELETE at
MERGE (record)-[:AT]->(keep)
SET record.company = $keep
"""
DELETE_INTRO = """
MATCH (i:IntroRequest {id: $id})
OPTIONAL MATCH (e:Event {record: $id})
DETACH DELETE i, e
"""
DELETE_HISTORY_OF = """
MATCH (:Person {id: $id})<-[:REFERRER|REFEREE|FOR|REQUESTER|INTRODUCER|TARGET]-(record)
MATCH (e:Event {record: record.id})
DELETE e
"""
DELETE_ALL_TIES_AND_JOBS = """
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[link:KNOWS|WORKS_AT]-()
DELETE link
WITH DISTINCT p
REMOVE p:Member
"""
INSERT_MERGE_LOG = """
CREATE (m:MergeLog {id: $id, kept: $kept, removed: $removed, before: $before,
                    merged_at: $now})
"""
READ_MERGE_LOG = """
MATCH (m:MergeLog {id: $id})
RETURN m.kept AS kept, m.removed AS removed, m.before AS before, m.undone_at AS undone
"""
MARK_UNDONE = "MATCH (m:MergeLog {id: $id}) SET m.undone_at = $now"
REVIEW_MERGED = """
MATCH (v:Review {status: 'open'})
WHERE (v.a = $keep AND v.b = $other) OR (v.a = $other AND v.b = $keep)
SET v.status = 'merged', v.merge = $merge
"""
REVIEW_REOPEN = "MATCH (v:Review {merge: $merge}) SET v.status = 'open', v.merge = null"
REVIEW_APART = """
MATCH (v:Review {id: $id, status: 'open'})
SET v.status = 'apart'
RETURN count(v) AS changed
"""
COUNTS = """
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
CALL () { MATCH (:Person)-[k:KNOWS]->(:Person) RETURN count(k) AS knows }
CALL () { MATCH (:Person)-[w:WORKS_AT]->(:Company) RETURN count(w) AS jobs }
CALL () { MATCH (r:Referral) RETURN count(r) AS referrals }
CALL () { MATCH (i:IntroRequest) RETURN count(i) AS intros }
CALL () { MATCH (m:Member) RETURN count(m) AS members }
RETURN people, companies, knows, jobs, referrals, intros, members
"""
MEMBERS = "MATCH (m:Member) RETURN m.id AS id ORDER BY id"
PERSON_RETURN = """p.id AS id, p.name AS name, p.emails AS emails, p.phones AS phones,
    p.linkedin AS linkedin, p.notes AS notes, p.tags AS tags, p.aliases AS aliases,
    p.created_at AS created_at,
    p.updated_at AS updated_at"""
COMPANY_RETURN = "c.id AS id, c.name AS name, c.domain AS domain, c.aliases AS aliases"
KNOWS_RETURN = """a.id AS a, b.id AS b, k.closeness AS closeness, k.since AS since,
    k.last_contact AS last_contact, k.interactions AS interactions, k.how_met AS how_met,
    k.source AS source"""
JOB_RETURN = """p.id AS person, c.id AS company, w.title AS title, w.department AS department,
    w.since AS since, w.until AS until, w.current AS current"""
GET_PERSON = f"MATCH (p:Person {{id: $id}}) RETURN {PERSON_RETURN}"
GET_COMPANY = f"MATCH (c:Company {{id: $id}}) RETURN {COMPANY_RETURN}"
SEARCH_PEOPLE = f"""
MATCH (p:Person) WHERE p.search_key CONTAINS $key
RETURN {PERSON_RETURN}
ORDER BY p.name_key <> $key, NOT p.name_key STARTS WITH $key, p.name_key, p.id
LIMIT $limit
"""
# A phone number typed (``typed_number_forms``): also its forms, in her phones without their
# marks (a statement of its own: the OR leaves the text index aside, and a name's search needs it)
SEARCH_PEOPLE_BY_NUMBER = SEARCH_PEOPLE.replace(
    "WHERE p.search_key CONTAINS $key",
    "WHERE p.search_key CONTAINS $key\n"
    "   OR any(k IN [phone IN coalesce(p.phones, []) |\n"
    "                reduce(k = phone, m IN $marks | replace(k, m, ''))]\n"
    "          WHERE any(n IN $starts WHERE k STARTS WITH n)\n"
    "             OR any(n IN $within WHERE k CONTAINS n))")
SEARCH_COMPANIES = f"""
MATCH (c:Company) WHERE c.search_key CONTAINS $key
RETURN {COMPANY_RETURN}
ORDER BY c.name_key <> $key, NOT c.name_key STARTS WITH $key, c.name_key, c.id
LIMIT $limit
"""
ALL_PEOPLE = f"MATCH (p:Person) RETURN {PERSON_RETURN} ORDER BY id"
ALL_COMPANIES = f"MATCH (c:Company) RETURN {COMPANY_RETURN} ORDER BY id"
TIES_OF = f"""
MATCH (:Person {{id: $id}})-[k:KNOWS]-(:Person)
WITH DISTINCT k
MATCH (a:Person)-[k]->(b:Person)
RETURN {KNOWS_RETURN} ORDER BY a, b
"""
TIE = f"MATCH (a:Person {{id: $a}})-[k:KNOWS]->(b:Person {{id: $b}}) RETURN {KNOWS_RETURN}"
PEOPLE_BY_ID = f"UNWIND $ids AS id MATCH (p:Person {{id: id}}) RETURN {PERSON_RETURN}"
TIES_AMONG = f"""
UNWIND $pairs AS pair
MATCH (a:Person {{id: pair[0]}})-[k:KNOWS]->(b:Person {{id: pair[1]}})
RETURN {KNOWS_RETURN}
"""
# What a search's cards name: the people (and, of those whose name someone else has too,
# where they work now), and the ties between them, in one round trip (one record: a list of
# each).
PEOPLE_AND_TIES = """
CALL () {
    UNWIND $ids AS id
    MATCH (p:Person {id: id})
    OPTIONAL CALL (p) {
        WITH p WHERE EXISTS { MATCH (q:Person {name_key: p.name_key}) WHERE q <> p }
        OPTIONAL MATCH (p)-[w:WORKS_AT]->(c:Company) WHERE w.current
        WITH p, c, w ORDER BY coalesce(w.since, '') DESC, c.id, w.title
        WITH p, collect(c.name) AS companies
        RETURN [p.id, coalesce(head(companies), '')] AS namesake
    }
    RETURN collect(p {.id, .name, .emails, .phones, .linkedin, .notes, .tags, .aliases,
                      .created_at, .updated_at}) AS people, collect(namesake) AS namesakes
}
CALL () {
    UNWIND $pairs AS pair
    MATCH (a:Person {id: pair[0]})-[k:KNOWS]->(b:Person {id: pair[1]})
    RETURN collect(k {a: a.id, b: b.id, .closeness, .since, .last_contact, .interactions,
                      .how_met, .source}) AS ties
}
RETURN people, namesakes, ties
"""
# Paging over ties, by pages of people: an index range seek, then an index seek per id. The
# hints make the seeks certain (``USING INDEX SEEK``: a plain ``USING INDEX`` still let the
# planner scan the index, seen in CI): on a small graph, or with an UNWIND list of unknown
# length, it sometimes prefers scanning the whole index, which costs a scan per page.
PEOPLE_AFTER = """
MATCH (p:Person) USING INDEX SEEK p:Person(id) WHERE p.id > $after
RETURN p.id AS id ORDER BY p.id LIMIT $page
"""
TIES_FROM = f"""
UNWIND $ids AS id
MATCH (a:Person {{id: id}})-[k:KNOWS]->(b:Person) USING INDEX SEEK a:Person(id)
RETURN {KNOWS_RETURN} ORDER BY a, b
"""
JOBS_OF = f"""
MATCH (p:Person {{id: $id}})-[w:WORKS_AT]->(c:Company)
RETURN {JOB_RETURN} ORDER BY current DESC, coalesce(since, '') DESC, company, title
"""
JOB = f"""
MATCH (p:Person {{id: $person}})-[w:WORKS_AT {{title: $title}}]->(c:Company {{id: $company}})
RETURN {JOB_RETURN}
"""
DELETE_JOB = """
MATCH (:Person {id: $person})-[w:WORKS_AT {title: $title}]->(:Company {id: $company})
DELETE w
"""
EMPLOYEES = f"""
MATCH (p:Person)-[w:WORKS_AT]->(c:Company {{id: $id}}) WHERE w.current OR NOT $current_only
RETURN {JOB_RETURN} ORDER BY person, title
"""
ALL_JOBS = (f"MATCH (p:Person)-[w:WORKS_AT]->(c:Company) RETURN {JOB_RETURN} "
            "ORDER BY person, company, title")
REFERRAL_RETURN = """r.id AS id, r.referrer AS referrer, r.referee AS referee, r.for AS for,
       r.company AS company, r.role AS role, r.context AS context,
       r.offered_intro AS offered_intro, r.date AS date, r.status AS status,
       r.follow_up_on AS follow_up_on"""
REFERRALS = f"""
MATCH (r:Referral) WHERE $status IS NULL OR r.status = $status
RETURN {REFERRAL_RETURN}
ORDER BY coalesce(date, ''), id
"""
GET_REFERRAL = f"MATCH (r:Referral {{id: $id}}) RETURN {REFERRAL_RETURN}"
INTRO_RETURN = """i.id AS id, i.requester AS requester, i.introducer AS introducer,
       i.target AS target, i.company AS company, i.status AS status, i.asked_on AS asked_on,
       i.updated_on AS updated_on, i.note AS note"""
INTROS = f"""
MATCH (i:IntroRequest) WHERE $status IS NULL OR i.status = $status
RETURN {INTRO_RETURN}
ORDER BY coalesce(asked_on, ''), id
"""
GET_INTRO = f"MATCH (i:IntroRequest {{id: $id}}) RETURN {INTRO_RETURN}"
EVENTS = """
MATCH (e:Event) WHERE $record IS NULL OR e.record = $record
RETURN e.record AS record, e.status AS status, e.on AS on, e.note AS note
ORDER BY record, on, e.seq
"""
REVIEWS = """
MATCH (v:Review) WHERE $status IS NULL OR v.status = $status
OPTIONAL MATCH (a:Person {id: v.a})
OPTIONAL MATCH (b:Person {id: v.b})
WITH v, a, b WHERE v.status <> 'open' OR (a IS NOT NULL AND b IS NOT NULL)
RETURN v.id AS id, v.a AS a, v.b AS b, v.score AS score, v.reason AS reason,
       v.status AS status, v.merge AS merge
ORDER BY score DESC, id
"""
# The snapshot's feed, as columns (one record of lists per page of people): decoding a list of
# values costs the driver a fraction of decoding as many records.
PEOPLE_IDS = "MATCH (p:Person) RETURN collect(p.id) AS ids"
# The ties as columns, one record: a row per tie costs the driver far more than the server
# (140k ties around a company: 15 s as rows, 6 s as columns, under load).
EDGE_COLUMNS_RETURN = """
RETURN collect(a.id) AS a, collect(b.id) AS b, collect(coalesce(k.closeness, 0)) AS closeness,
       collect(coalesce(k.source, '')) AS source,
       collect(coalesce(k.last_contact, k.since, '')) AS last,
       collect(coalesce(k.interactions, 0)) AS interactions
"""  # (collect drops nulls: every column is coalesced, so that all keep the same length)
EDGE_COLUMNS = f"""
UNWIND $ids AS id
MATCH (a:Person {{id: id}})-[k:KNOWS]->(b:Person)
{EDGE_COLUMNS_RETURN}"""
# For team graphs too big to stream whole: the members' and the target company's
# neighbourhoods, 2 ties each side at most, with degree caps and a hard limit. The starts are
# found from the members' label and the company's index (a test checks the PROFILE), not by
# testing every person (a scan of the whole graph: at 1M people, 10M db hits before any tie).
# Ties join people only (every write of one matches two :Person): their ends are taken as they
# are, not checked again (a label test per tie, and a second match of each tie to orient it:
# a quarter of the feed's time on the server at 1M people).
NEIGHBOURHOOD = """
CALL () {
    MATCH (start:Member) RETURN start
    UNION
    MATCH (start:Person)-[w:WORKS_AT]->(:Company {id: $company}) WHERE w.current
    RETURN start
}
CALL (start) {
    MATCH (start)-[:KNOWS]-(near:Person)
    WITH near LIMIT $degree_cap
    OPTIONAL MATCH (near)-[:KNOWS]-(far:Person)
    WITH near, far LIMIT $degree_cap
    RETURN collect(DISTINCT near) + collect(DISTINCT far) AS found
}
UNWIND found AS person
WITH DISTINCT person LIMIT $limit
MATCH (person)-[k:KNOWS]-()
WITH DISTINCT k LIMIT $limit
WITH startNode(k) AS a, k, endNode(k) AS b
""" + EDGE_COLUMNS_RETURN

STATEMENTS: dict[str, str] = {
    name: value for name, value in dict(globals()).items()
    if name.isupper() and isinstance(value, str) and name not in ("PERSON_RETURN",
                                                                  "COMPANY_RETURN",
                                                                  "KNOWS_RETURN", "JOB_RETURN",
                                                                  "REFERRAL_RETURN",
                                                                  "INTRO_RETURN",
                                                                  "EDGE_COLUMNS_RETURN")
}
STATEMENTS.update({f"CONSTRAINT_{n}": c for n, c in enumerate(CONSTRAINTS)})


def collected(statement: str) -> str:
    """``statement``'s rows as one row, ``carnet_rows``: a list of maps, in the same order. The
    driver spends about 25 µs on each record it receives, so a company's 50 staff took 2 ms
    as 50 records and 0.8 ms as one. (``WITH … ORDER BY`` then ``collect`` keeps the order.)
    For reads of a bounded size only: the list is built in the server's memory."""
    head, _, tail = statement.rpartition("RETURN ")
    parts = re.split(r"\s(?=ORDER BY |SKIP |LIMIT )", tail.strip(), maxsplit=1)
    columns = [item.rsplit(" AS ", 1)[-1].strip() for item in _top_level(parts[0], ",")]
    assert all(column.isidentifier() for column in columns), statement
    fields = ", ".join(f"{column}: {column}" for column in columns)
    return (f"{head}WITH {' '.join(parts)}\n"
            f"RETURN collect({{{fields}}}) AS carnet_rows")


def _top_level(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` outside brackets."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if char == separator and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


# The reads of many rows that stay small (a company's staff, one person's ties, the records,
# a page's lookups), answered as one row (``collected``); not the whole graph's reads (dump).
COLLECTED_NAMES = ("MEMBERS", "SEARCH_PEOPLE", "SEARCH_PEOPLE_BY_NUMBER", "SEARCH_COMPANIES",
                   "TIES_OF", "PEOPLE_BY_ID", "TIES_AMONG", "JOBS_OF", "EMPLOYEES", "REFERRALS",
                   "INTROS", "EVENTS", "REVIEWS", "TARGETS")


def at_version(statement: str) -> str:
    """A read made with the graph version read just before it, in one round trip: each row
    comes with ``carnet_version``, and a read that finds nothing comes as one row holding only
    that (every column of the read null: each read here returns an id or a count, never a row
    of nulls). The version is read first (the left side of the subquery's Apply), so what the
    read finds is never older than that version (``Neo4jStore.consistent_reads``)."""
    return ("OPTIONAL MATCH (carnet_meta:Meta {key: 'graph'})\n"
            "WITH coalesce(carnet_meta.version, 0) AS carnet_version\n"
            f"OPTIONAL CALL () {{{statement}}}\nRETURN *")


# The reads a search may make first in ``consistent_reads()``, each with the version.
VERSIONED_NAMES = ("COUNTS", "MEMBERS", "GET_PERSON", "GET_COMPANY", "SEARCH_PEOPLE",
                   "SEARCH_PEOPLE_BY_NUMBER", "SEARCH_COMPANIES", "TIES_OF", "TIE", "PEOPLE_BY_ID",
                   "TIES_AMONG", "PEOPLE_AND_TIES", "JOBS_OF", "EMPLOYEES", "REFERRALS", "INTROS",
                   "EVENTS", "REVIEWS", "NOTE")


# -- the target companies: a ``:Target`` label on the company (as ``:Member`` on a person) --
SCHEMA["labels"].append("Target")
ADD_TARGETS = """
UNWIND $ids AS id
MATCH (c:Company {id: id}) WHERE NOT c:Target
SET c:Target
"""
TARGETS = "MATCH (c:Target) RETURN c.id AS id ORDER BY id"
REMOVE_TARGET = "MATCH (c:Target {id: $id}) REMOVE c:Target"
MOVE_TARGET = """
MATCH (:Target {id: $other})
MATCH (keep:Company {id: $keep}) WHERE NOT keep:Target
SET keep:Target
"""
STATEMENTS.update({"ADD_TARGETS": ADD_TARGETS, "TARGETS": TARGETS,
                   "REMOVE_TARGET": REMOVE_TARGET, "MOVE_TARGET": MOVE_TARGET})


# -- creation without looking: records that the database holds none of (a copy into an empty
# store, ``Neo4jStore.save_new``; the bench's bulk loader, ``bench/neo4j_load.py``), in the
# shape the upserts above give them (``tests/test_bench_load.py`` compares the two). They check
# nothing that is there: only sent when the caller has made sure nothing is. --
HOLDS_DATA = "RETURN EXISTS { MATCH (n) WHERE NOT n:Meta } AS held"
LOAD_PEOPLE = "UNWIND $rows AS row CREATE (p:Person) SET p = row"
LOAD_COMPANIES = "UNWIND $rows AS row CREATE (c:Company) SET c = row"
LOAD_KNOWS = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
CREATE (a)-[k:KNOWS]->(b)
SET k = row {.closeness, .since, .last_contact, .interactions, .how_met, .source}
RETURN count(*) AS created
"""
LOAD_JOBS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (c:Company {id: row.company})
CREATE (p)-[w:WORKS_AT]->(c)
SET w = row {.title, .department, .since, .until, .current}
RETURN count(*) AS created
"""
STATEMENTS.update({"HOLDS_DATA": HOLDS_DATA, "LOAD_PEOPLE": LOAD_PEOPLE,
                   "LOAD_COMPANIES": LOAD_COMPANIES, "LOAD_KNOWS": LOAD_KNOWS,
                   "LOAD_JOBS": LOAD_JOBS})


COLLECTED = {STATEMENTS[name]: collected(STATEMENTS[name]) for name in COLLECTED_NAMES}
STATEMENTS.update({f"{name}_COLLECTED": COLLECTED[STATEMENTS[name]] for name in COLLECTED_NAMES})
VERSIONED = {STATEMENTS[name]: at_version(COLLECTED.get(STATEMENTS[name], STATEMENTS[name]))
             for name in VERSIONED_NAMES}
STATEMENTS.update({f"{name}_AT_VERSION": VERSIONED[STATEMENTS[name]]
                   for name in VERSIONED_NAMES})
