"""The Neo4j store: the same Carnet on a Neo4j server (self-hosted or Aura), for teams.

People and companies are nodes (members also carry ``:Member``); ties are ``KNOWS`` (stored
once, from the smaller id), jobs ``WORKS_AT`` keyed by title; referrals, intro requests,
reviews, merge logs and history events are nodes, the first two linked to their people.
Every statement is a constant of ``graph/stores/cypher.py`` (CI lints each one with Neo4j's own
parser), takes values only as ``$parameters``, and writes in
``UNWIND $rows … MERGE`` batches inside managed transactions. ``graph_version`` lives on a
singleton ``:Meta`` node and is bumped in the write's own transaction when it changed
anything (updates that would change nothing are filtered out before ``SET``).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

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
from graph.core.ties import EDGE_COLUMNS as EDGE_FIELDS  # (EDGE_COLUMNS: the Cypher)
from graph.core.ties import EdgeTable, edge_columns, edge_table
from graph.formats.interchange import document_data, dumps, to_document
from graph.stores.changes import ChangeLog, Touched, note_touched, touched_by
from graph.stores.cypher import (
    ADD_MEMBERS,
    ADD_TARGETS,
    ALL_COMPANIES,
    ALL_JOBS,
    ALL_PEOPLE,
    BUMP_VERSION,
    COUNTS,
    DELETE_ALL_TIES_AND_JOBS,
    DELETE_COMPANY,
    DELETE_HISTORY_OF,
    DELETE_PERSON,
    EDGE_COLUMNS,
    EMPLOYEES,
    EVENTS,
    GET_COMPANY,
    GET_PERSON,
    GRAPH_VERSION,
    INSERT_EVENTS,
    INSERT_MERGE_LOG,
    INSERT_REVIEWS,
    INTROS,
    JOBS_OF,
    LEAVE_NOTE,
    LOCK_WRITES,
    MARK_UNDONE,
    MEMBERS,
    META,
    MISSING_COMPANIES,
    MISSING_PEOPLE,
    MOVE_JOBS,
    MOVE_RECORDS,
    MOVE_TARGET,
    NEIGHBOURHOOD,
    NOTE,
    PEOPLE_AFTER,
    PEOPLE_BY_ID,
    PEOPLE_IDS,
    READ_MERGE_LOG,
    REFERRALS,
    REMOVE_TARGET,
    REVIEW_APART,
    REVIEW_MERGED,
    REVIEW_REOPEN,
    REVIEWS,
    SCHEMA_ITEMS,
    SEARCH_COMPANIES,
    SEARCH_PEOPLE,
    SHOW_CONSTRAINTS,
    SHOW_INDEXES,
    TARGETS,
    TIE,
    TIES_AMONG,
    TIES_FROM,
    TIES_OF,
    UPSERT_COMPANIES,
    UPSERT_INTROS,
    UPSERT_JOBS,
    UPSERT_KNOWS,
    UPSERT_PEOPLE,
    UPSERT_REFERRALS,
)

T = TypeVar("T")
Execute = Callable[..., list[dict[str, Any]]]  # runs one statement in the write transaction
# The driver logs each retry it makes as a warning; with no logging set up, Python would print
# them on the user's terminal before Carnet's own one line. Whoever sets up logging sees them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

MEMO_ENTRIES = 256  # reads kept for consistent_reads(), all of one version
RETRY_SECONDS = 15.0  # managed transactions give up (and say so) after this
CONNECT_SECONDS = 5.0
EDGE_PAGE = 5_000  # people per read when streaming the ties (each page brings their ties)
CHUNK = 5_000  # rows per statement: a big import is many bounded statements, one transaction
FEED_PAGE = 50_000  # people per read of the snapshot's feed (their ties come as columns)

def _person_row(p: Person) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "emails": list(p.emails), "phones": list(p.phones),
            "linkedin": p.linkedin, "notes": p.notes, "tags": list(p.tags),
            "name_key": fold(p.name), "search_key": search_key(p)}


def _company_row(c: Company) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "domain": c.domain, "aliases": list(c.aliases),
            "name_key": fold(c.name), "search_key": search_key(c)}


def _referral_row(r: Referral) -> dict[str, Any]:
    row = _row(r)
    row["for"] = row.pop("for_")
    return row


def _row(record: Any) -> dict[str, Any]:
    """A record's fields as a statement's row (``asdict`` deep-copies every value: it took a
    sixth of a 30,000-contact import)."""
    row = {name: getattr(record, name) for name in record.__slots__}
    return {name: list(value) if isinstance(value, tuple) else value
            for name, value in row.items()}


class Neo4jStore:
    """``GraphStore`` on a Neo4j server, through the official driver."""

    kind = "neo4j"

    @property
    def neighbourhood_feed(self) -> Neo4jStore:
        """Team graphs past ``BOUNDED_FEED_TIES`` are read a neighbourhood at a time."""
        return self

    def __init__(self, uri: str, username: str | None = None, password: str | None = None,
                 database: str | None = None) -> None:
        import neo4j

        self.location = uri if not database else f"{uri} (database {database})"
        self._uri, self._database = uri, database
        self._changes = ChangeLog()
        with self._errors():
            auth = (username or "neo4j", password or "") if username or password else None
            bad_address = f"{uri}: not a valid Neo4j address"
            try:
                # Notifications off: the driver logs the server's hints (e.g. "property key
                # does not exist" while a store is new) as warnings, on the user's terminal.
                self._driver = neo4j.GraphDatabase.driver(
                    uri, auth=auth, connection_timeout=CONNECT_SECONDS,
                    max_transaction_retry_time=RETRY_SECONDS, connection_acquisition_timeout=10,
                    notifications_min_severity="OFF")
            except ValueError as exc:  # the driver's word for an address it cannot parse
                raise StoreUnavailable(f"{bad_address} ({exc})", "neo4j_bad_address",
                                       where=uri) from exc
            # One bookmark manager for every session: a read after a write sees that write,
            # also on a cluster or Aura (causal consistency).
            self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
            # consistent_reads(): the version this thread reads at, and rows read at a version
            self._local = threading.local()
            self._memo: dict[tuple[str, str], tuple[int, list[dict[str, Any]]]] = {}
            try:
                self._driver.verify_connectivity()
                self._set_up_schema()
            except BaseException as exc:
                self._driver.close()
                if isinstance(exc, ValueError):  # ... or cannot resolve
                    raise StoreUnavailable(f"{bad_address} ({exc})", "neo4j_bad_address",
                                           where=uri) from exc
                raise

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """The one place where the driver's exceptions become Carnet's."""
        from neo4j import exceptions as neo

        try:
            yield
        except CarnetError:
            raise
        except neo.AuthError as exc:
            raise StoreUnavailable(f"{self._uri}: the server refused the user name or password "
                                   "(check NEO4J_USERNAME and NEO4J_PASSWORD)", "neo4j_auth",
                                   where=self._uri) from exc
        except neo.ConstraintError as exc:
            raise DataRejected(f"{self._uri}: refused, the data breaks a rule ({exc.message})"
                               ) from exc
        except neo.TransientError as exc:
            if "MemoryPoolOutOfMemory" in (exc.code or ""):
                raise StoreUnavailable(
                    f"{self._uri}: the change is too big for the server's transaction memory "
                    "(ask its administrator to raise db.memory.transaction.max, or import the "
                    "file in parts)", "neo4j_memory", where=self._uri) from exc
            raise StoreUnavailable(f"{self._uri}: the server is busy, try again ({exc.code})"
                                   ) from exc
        except (neo.ServiceUnavailable, neo.SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"{self._uri}: cannot reach the Neo4j server (is it running, "
                                   "and is the address right?)", "neo4j_unreachable",
                                   where=self._uri) from exc
        except neo.ClientError as exc:
            if "ReadOnly" in (exc.code or ""):
                raise StoreUnavailable(f"{self._uri}: the database is read-only on this server "
                                       "(ask its administrator)", "neo4j_read_only",
                                       where=self._uri) from exc
            if "DatabaseNotFound" in (exc.code or ""):
                raise StoreUnavailable(f"{self._uri}: no database named {self._database!r} "
                                       "(check NEO4J_DATABASE)", "neo4j_no_database",
                                       where=self._uri, database=self._database) from exc
            raise StoreUnavailable(f"{self._uri}: the server refused a request "
                                   f"({exc.code}: {exc.message})") from exc
        except (neo.Neo4jError, neo.DriverError) as exc:
            raise StoreUnavailable(f"{self._uri}: {exc}") from exc

    def _set_up_schema(self) -> None:
        """Create only the constraints and indexes that are missing (and the version node)."""
        with self._session() as session:
            existing = {r["name"] for show in (SHOW_CONSTRAINTS, SHOW_INDEXES)
                        for r in session.run(show)}
            for name, statement in SCHEMA_ITEMS.items():
                if name not in existing:
                    session.run(statement).consume()
            if not session.run(GRAPH_VERSION).single(strict=True)["exists"]:
                session.execute_write(lambda tx: tx.run(META).consume())

    def _session(self, access: str = "WRITE") -> Any:
        return self._driver.session(database=self._database, default_access_mode=access,
                                    bookmark_manager=self._bookmarks)

    @contextmanager
    def consistent_reads(self) -> Iterator[None]:
        """Reads inside are answered, where they can be, from the same reads made at the same
        graph version: the version is read once (one round trip), so a warm search costs one
        round trip, not eight. Every write, here or by anyone, bumps the version, and a row is
        kept under version V only if it was read after V was seen, so nothing older than a
        fresh read is ever served."""
        if getattr(self._local, "version", None) is not None:  # nested: already pinned
            yield
            return
        self._local.version = int(self._read(GRAPH_VERSION)[0]["version"])
        try:
            yield
        finally:
            self._local.version = None

    def _read(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        version = getattr(self._local, "version", None)
        if version is None:
            return self._read_now(statement, params)
        if statement == GRAPH_VERSION:
            return [{"version": version}]
        key = (statement, json.dumps(params, sort_keys=True, default=list))
        kept = self._memo.get(key)
        if kept is not None and kept[0] == version:
            return kept[1]
        rows = self._read_now(statement, params)
        if len(self._memo) >= MEMO_ENTRIES:
            self._memo.clear()
        self._memo[key] = (version, rows)
        return rows

    def _read_now(self, statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """One query in an auto-commit read: one round trip where a managed transaction takes
        two (BEGIN+RUN, then COMMIT), which was most of a warm search's time on a near server.
        So it is retried here, as a managed transaction would be, when the driver says the
        failure is transient (a leader switch, a dropped connection)."""
        import neo4j

        with self._errors():
            deadline = time.monotonic() + RETRY_SECONDS
            while True:
                try:
                    with self._session(neo4j.READ_ACCESS) as session:
                        return [r.data() for r in session.run(statement, params)]
                except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
                    if not exc.is_retryable() or time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)

    def _write(self, work: Callable[[Any], T], touched: Touched | None = None) -> T:
        """One managed write transaction; bumps the version if ``work`` changed anything, and
        then records the people it ``touched`` (``graph/stores/changes.py``; ``None``: unknown)."""
        made: list[int] = []

        def run(tx: Any) -> T:
            made.clear()  # (a retried transaction starts again)
            tx.run(LOCK_WRITES).consume()  # writers take turns: see LOCK_WRITES
            changed = [False]

            def execute(statement: str, **params: Any) -> list[dict[str, Any]]:
                result = tx.run(statement, params)
                rows = [r.data() for r in result]
                changed[0] |= result.consume().counters.contains_updates
                return rows
            value = work(execute)
            if changed[0]:
                tx.run(BUMP_VERSION).consume()
                made.append(int(tx.run(GRAPH_VERSION).single(strict=True)["version"]))
            return value
        with self._errors(), self._session() as session:
            value = session.execute_write(run)
        if made:
            self._changes.record(made[0], touched)
        return value  # type: ignore[no-any-return]

    # -- writes -----------------------------------------------------------------------------
    def save(self, data: GraphData) -> None:
        self.save_batches(lambda: [data])

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        now, touched = utc_now(), Touched()

        def work(execute: Execute) -> None:
            for data in batches():
                note_touched(touched, data)
                self._upsert(execute, data, now)
        self._write(work, touched)

    def _upsert(self, execute: Execute, data: GraphData,
                now: str) -> None:
        if problem := data.missing_key():
            raise DataRejected(f"{self.location}: refused, {problem}")
        _in_chunks(execute, UPSERT_PEOPLE, [_person_row(p) for p in data.people], now=now)
        _in_chunks(execute, UPSERT_COMPANIES, [_company_row(c) for c in data.companies], now=now)
        people = ({k.a for k in data.knows} | {k.b for k in data.knows}
                  | {j.person for j in data.jobs} | set(data.members)
                  | {p for r in data.referrals for p in (r.referrer, r.referee, r.for_)}
                  | {p for i in data.intros for p in (i.requester, i.introducer, i.target)})
        companies = {j.company for j in data.jobs} | set(data.targets)
        for statement, ids, kind in ((MISSING_PEOPLE, people, "person"),
                                     (MISSING_COMPANIES, companies, "company")):
            if ids:
                missing = [m for n in range(0, len(ids), CHUNK)
                           for m in execute(statement, ids=sorted(ids)[n:n + CHUNK])[0]["missing"]]
                if missing:
                    raise DataRejected(f"{self.location}: refused, unknown {kind} "
                                       f"{', '.join(sorted(missing)[:5])}")
        if data.members:
            execute(ADD_MEMBERS, ids=list(data.members))
        stamp = datetime.now(UTC).timestamp()
        for statement, rows in (
                (UPSERT_KNOWS, [_row(k) for k in data.knows]),
                (UPSERT_JOBS, [_row(j) for j in data.jobs]),
                (UPSERT_REFERRALS, [_referral_row(r) for r in data.referrals]),
                (UPSERT_INTROS, [_row(i) for i in data.intros]),
                (INSERT_REVIEWS, [_row(r) for r in data.reviews]),
                (INSERT_EVENTS, [{**_row(e), "seq": stamp + n / 1e6}
                                 for n, e in enumerate(data.events)])):
            _in_chunks(execute, statement, rows, now=now)
        if data.targets:
            execute(ADD_TARGETS, ids=sorted(set(data.targets)))

    def delete_person(self, person_id: str) -> None:
        def work(execute: Execute) -> None:
            execute(DELETE_HISTORY_OF, id=person_id)
            if not execute(DELETE_PERSON, id=person_id)[0]["deleted"]:
                raise PersonNotFound(f"no person with id {person_id}")
        self._write(work, Touched({person_id}))

    def delete_company(self, company_id: str) -> None:
        def work(execute: Execute) -> None:
            if not execute(DELETE_COMPANY, id=company_id)[0]["deleted"]:
                raise CompanyNotFound(f"no company with id {company_id}")
        self._write(work, Touched())  # (companies and jobs are not in the path snapshot)

    def merge_companies(self, keep_id: str, other_id: str) -> None:
        refuse_self_merge(keep_id, other_id)

        def work(execute: Execute) -> None:
            merged = merged_company(*(_company_in(execute, i) for i in (keep_id, other_id)))
            execute(UPSERT_COMPANIES, rows=[_company_row(merged)], now=utc_now())
            execute(MOVE_JOBS, keep=keep_id, other=other_id)
            execute(MOVE_RECORDS, keep=keep_id, other=other_id)
            execute(MOVE_TARGET, keep=keep_id, other=other_id)
            if not execute(DELETE_COMPANY, id=other_id)[0]["deleted"]:
                raise CompanyNotFound(f"no company with id {other_id}")
        self._write(work, Touched())

    def merge_people(self, keep_id: str, other_id: str, name: str | None = None) -> str:
        refuse_self_merge(keep_id, other_id)
        merge_id = new_id("m")
        now = utc_now()

        def work(execute: Execute) -> None:
            # Read inside the write: no other writer can change the pair meanwhile.
            before = _facts_of(execute, (keep_id, other_id))
            keep = next((p for p in before.people if p.id == keep_id), None)
            other = next((p for p in before.people if p.id == other_id), None)
            if keep is None or other is None:
                raise PersonNotFound(f"no person with id {keep_id if keep is None else other_id}")
            merged = _merged(before, keep, other, name)
            execute(INSERT_MERGE_LOG, id=merge_id, kept=keep_id, removed=other_id,
                    before=json.dumps(to_document(before), ensure_ascii=False), now=now)
            execute(DELETE_PERSON, id=other_id)
            self._upsert(execute, merged, now)
            execute(REVIEW_MERGED, keep=keep_id, other=other_id, merge=merge_id)
        self._write(work, Touched({keep_id, other_id}))
        return merge_id

    def undo_merge(self, merge_id: str) -> None:
        def work(execute: Execute) -> None:
            rows = execute(READ_MERGE_LOG, id=merge_id)
            if not rows:
                raise DataRejected(f"no merge with id {merge_id}")
            if rows[0]["undone"]:
                raise DataRejected(f"merge {merge_id} was already undone")
            data = document_data(json.loads(rows[0]["before"]), self_contained=False)
            touched.update(touched_by(data))
            touched.people.add(rows[0]["kept"])
            execute(DELETE_ALL_TIES_AND_JOBS, id=rows[0]["kept"])
            self._upsert(execute, data, utc_now())
            execute(MARK_UNDONE, id=merge_id, now=utc_now())
            execute(REVIEW_REOPEN, merge=merge_id)
        touched = Touched()
        self._write(work, touched)

    def keep_apart(self, review_id: str) -> None:
        def work(execute: Execute) -> None:
            if not execute(REVIEW_APART, id=review_id)[0]["changed"]:
                raise DataRejected(f"no open review with id {review_id}")
        self._write(work, Touched())

    # -- reads ------------------------------------------------------------------------------
    def graph_version(self) -> int:
        return int(self._read(GRAPH_VERSION)[0]["version"])

    def changed_since(self, version: int, current: int) -> Touched | None:
        return self._changes.since(version, current)

    def counts(self) -> Counts:
        return Counts(**self._read(COUNTS)[0])

    def members(self) -> list[str]:
        return [r["id"] for r in self._read(MEMBERS)]

    def get_person(self, person_id: str) -> Person:
        rows = self._read(GET_PERSON, id=person_id)
        if not rows:
            raise PersonNotFound(f"no person with id {person_id}")
        return _person(rows[0])

    def get_company(self, company_id: str) -> Company:
        rows = self._read(GET_COMPANY, id=company_id)
        if not rows:
            raise CompanyNotFound(f"no company with id {company_id}")
        return _company(rows[0])

    def search_people(self, text: str, limit: int = 20) -> list[Person]:
        return [_person(r) for r in self._read(SEARCH_PEOPLE, key=fold(text), limit=limit)]

    def search_companies(self, text: str, limit: int = 20) -> list[Company]:
        return [_company(r) for r in self._read(SEARCH_COMPANIES, key=fold(text), limit=limit)]

    def ties_of(self, person_id: str) -> list[Knows]:
        return [Knows(**r) for r in self._read(TIES_OF, id=person_id)]

    def tie(self, a: str, b: str) -> Knows | None:
        rows = self._read(TIE, a=min(a, b), b=max(a, b))
        return Knows(**rows[0]) if rows else None

    def people_by_id(self, ids: Iterable[str]) -> dict[str, Person]:
        people = map(_person, self._read(PEOPLE_BY_ID, ids=sorted(set(ids))))
        return {person.id: person for person in people}

    def ties_among(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Knows]:
        wanted = sorted({(min(a, b), max(a, b)) for a, b in pairs})
        ties = (Knows(**r) for r in self._read(TIES_AMONG, pairs=[list(p) for p in wanted]))
        return {(tie.a, tie.b): tie for tie in ties}

    def jobs_of(self, person_id: str) -> list[Job]:
        return [Job(**r) for r in self._read(JOBS_OF, id=person_id)]

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]:
        return [Job(**r) for r in self._read(EMPLOYEES, id=company_id,
                                             current_only=current_only)]

    def referrals(self, status: str | None = None) -> list[Referral]:
        return [_referral(r) for r in self._read(REFERRALS, status=status)]

    def intros(self, status: str | None = None) -> list[IntroRequest]:
        return [IntroRequest(**r) for r in self._read(INTROS, status=status)]

    def events(self, record: str | None = None) -> list[Event]:
        return [Event(**r) for r in self._read(EVENTS, record=record)]

    def reviews(self, status: str | None = "open") -> list[Review]:
        return [Review(**r) for r in self._read(REVIEWS, status=status)]

    def edges(self) -> Iterator[Knows]:
        # Keyset pages of people (index seeks), one read each: nothing is held while the
        # caller works.
        after = ""
        while ids := [r["id"] for r in self._read(PEOPLE_AFTER, after=after, page=EDGE_PAGE)]:
            yield from (Knows(**r) for r in self._read(TIES_FROM, ids=ids))
            after = ids[-1]

    def edge_table(self, today: date) -> EdgeTable:
        """The whole edge list, streamed in one read transaction (personal graphs)."""
        def read(tx: Any) -> EdgeTable:
            people = sorted(tx.run(PEOPLE_IDS).single(strict=True)["ids"])  # Python's order
            pages = [tx.run(EDGE_COLUMNS, ids=people[n:n + FEED_PAGE]).single(strict=True)
                     for n in range(0, len(people), FEED_PAGE)]
            return _edge_table(people, {column: [v for page in pages for v in page[column]]
                                        for column in EDGE_FIELDS}, today)
        with self._errors(), self._session() as session:
            return session.execute_read(read)  # type: ignore[no-any-return]

    def neighbourhood_table(self, company_id: str, today: date, degree_cap: int = 500,
                            limit: int = 200_000) -> EdgeTable:
        """For team graphs: only the ties around the members and the company's staff."""
        def read(tx: Any) -> EdgeTable:
            columns = tx.run(NEIGHBOURHOOD, company=company_id, degree_cap=degree_cap,
                             limit=limit).single(strict=True).data()
            return _edge_table(sorted({*columns["a"], *columns["b"]}), columns, today)
        with self._errors(), self._session() as session:
            return session.execute_read(read)  # type: ignore[no-any-return]

    def dump(self, ties: bool = True) -> GraphData:
        return GraphData(
            members=self.members(),
            people=[_person(r) for r in self._read(ALL_PEOPLE)],
            companies=[_company(r) for r in self._read(ALL_COMPANIES)],
            knows=list(self.edges()) if ties else [],
            jobs=[Job(**r) for r in self._read(ALL_JOBS)],
            referrals=sorted(self.referrals(), key=lambda r: r.id),
            intros=sorted(self.intros(), key=lambda i: i.id), events=self.events(),
            targets=self.targets())

    def backup(self, path: Path) -> None:
        """A Carnet JSON file of everything (restore it with ``carnet import``)."""
        path = Path(path)
        if path.exists():
            raise DataRejected(f"{path}: already exists; choose a new file for the backup")
        path.write_text(dumps(self.dump()), encoding="utf-8")

    def close(self) -> None:
        self._driver.close()

    # -- the target companies ---------------------------------------------------------------
    def targets(self) -> list[str]:
        return [r["id"] for r in self._read(TARGETS)]

    def remove_target(self, company_id: str) -> None:
        self._write(lambda execute: execute(REMOVE_TARGET, id=company_id), Touched())

    def note(self, key: str) -> str | None:
        rows = self._read(NOTE, key=f"note:{key}")
        return str(rows[0]["value"]) if rows else None

    def leave_note(self, key: str, value: str) -> None:
        with self._errors(), self._session() as session:  # no LOCK_WRITES, no version bump
            session.execute_write(lambda tx: tx.run(LEAVE_NOTE, key=f"note:{key}",
                                                    value=value).consume())
    def checkpoint(self) -> None:
        """Nothing to give back: the server manages its own logs."""

    def update_person(self, before: Person, after: Person) -> Person:
        def edit(execute: Execute) -> Person:
            # Read inside the write transaction, after ``_write`` took the writers' lock
            # (LOCK_WRITES): no other write comes between this read and the update.
            rows = execute(GET_PERSON, id=before.id)
            if not rows:
                raise PersonNotFound(f"no person with id {before.id}")
            person = apply_edit(_person(rows[0]), before, after)
            execute(UPSERT_PEOPLE, rows=[_person_row(person)], now=utc_now())
            return person
        return self._write(edit, Touched())  # (a person's details are not in the path snapshot)

    def update_company(self, before: Company, after: Company) -> Company:
        def edit(execute: Execute) -> Company:  # read under the writers' lock, as above
            company = apply_edit(_company_in(execute, before.id), before, after)
            execute(UPSERT_COMPANIES, rows=[_company_row(company)], now=utc_now())
            return company
        return self._write(edit)


def _in_chunks(execute: Execute, statement: str, rows: list[dict[str, Any]],
               **params: Any) -> None:
    """Send ``rows`` in bounded batches: each statement's parameters and plan stay small."""
    for start in range(0, len(rows), CHUNK):
        execute(statement, rows=rows[start:start + CHUNK], **params)


def _company_in(execute: Execute, company_id: str) -> Company:
    rows = execute(GET_COMPANY, id=company_id)
    if not rows:
        raise CompanyNotFound(f"no company with id {company_id}")
    return _company(rows[0])


def _facts_of(execute: Execute, ids: tuple[str, ...]) -> GraphData:
    """Everything about these people (what a merge log keeps), read in the caller's
    transaction."""
    facts = GraphData(members=[r["id"] for r in execute(MEMBERS) if r["id"] in ids])
    for person_id in ids:
        rows = execute(GET_PERSON, id=person_id)
        if not rows:
            continue
        facts.people.append(_person(rows[0]))
        facts.knows += [k for k in (Knows(**r) for r in execute(TIES_OF, id=person_id))
                        if k not in facts.knows]
        facts.jobs += [Job(**r) for r in execute(JOBS_OF, id=person_id)]
    facts.referrals = [r for r in (_referral(row) for row in execute(REFERRALS, status=None))
                       if {r.referrer, r.referee, r.for_} & set(ids)]
    facts.intros = [i for i in (IntroRequest(**row) for row in execute(INTROS, status=None))
                    if {i.requester, i.introducer, i.target} & set(ids)]
    return facts


def _person(row: dict[str, Any]) -> Person:
    return Person(row["id"], row["name"], tuple(row["emails"] or ()), tuple(row["phones"] or ()),
                  row["linkedin"], row["notes"] or "", tuple(row["tags"] or ()),
                  row["created_at"], row["updated_at"])


def _company(row: dict[str, Any]) -> Company:
    return Company(row["id"], row["name"], row["domain"], tuple(row["aliases"] or ()))


def _referral(row: dict[str, Any]) -> Referral:
    row = dict(row)
    row["for_"] = row.pop("for")
    return Referral(**row)


def _edge_table(people: list[str], columns: dict[str, list[Any]], today: date) -> EdgeTable:
    """The snapshot's columns from the store's (``EDGE_FIELDS``), through the same
    ``edge_columns`` as SQLite's rows (so one tuple per tie, as there)."""
    index = {person: n for n, person in enumerate(people)}
    rows = list(zip(*(columns[c] for c in EDGE_FIELDS), strict=True))
    return edge_table(people, [edge_columns(index, rows, today)])


def _merged(before: GraphData, keep: Person, other: Person, name: str | None) -> GraphData:
    """What a merge writes: one person with both's details and ties, the other's facts moved."""
    person = merged_person(keep, other, name)
    swap = {other.id: keep.id}
    return GraphData(
        members=[keep.id] if before.members else [], people=[person],
        knows=merged_ties(keep.id, other.id, before.knows),
        jobs=[Job(keep.id, j.company, j.title, j.department, j.since, j.until, j.current)
              for j in before.jobs],
        referrals=[Referral(r.id, swap.get(r.referrer, r.referrer),
                            swap.get(r.referee, r.referee), swap.get(r.for_, r.for_), r.company,
                            r.role, r.context, r.offered_intro, r.date, r.status,
                            r.follow_up_on) for r in before.referrals],
        intros=[IntroRequest(i.id, swap.get(i.requester, i.requester),
                             swap.get(i.introducer, i.introducer), swap.get(i.target, i.target),
                             i.company, i.status, i.asked_on, i.updated_on, i.note)
                for i in before.intros])
