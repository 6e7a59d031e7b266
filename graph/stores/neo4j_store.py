"""The Neo4j store: the same Carnet on a Neo4j server (self-hosted or Aura), for teams.

People and companies are nodes (members also carry ``:Member``); ties are ``KNOWS`` (stored
once, from the smaller id), jobs ``WORKS_AT`` keyed by title; referrals, intro requests,
reviews, merge logs and history events are nodes, the first two linked to their people.
Every statement is a constant of ``graph/stores/cypher.py`` (CI lints each one with Neo4j's own
parser), takes values only as ``$parameters``, and writes in
``UNWIND $rows … MERGE`` batches inside managed transactions (a copy into an empty store:
``CREATE``, see ``save_new``). ``graph_version`` lives on a
singleton ``:Meta`` node and is bumped in the write's own transaction when it changed
anything (updates that would change nothing are filtered out before ``SET``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from graph.core.edits import apply_edit
from graph.core.errors import (
    CompanyNotFound,
    DataRejected,
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
    utc_now,
)
from graph.core.ties import EDGE_COLUMNS as EDGE_FIELDS  # (EDGE_COLUMNS: the Cypher)
from graph.core.ties import EdgeTable, columns_table
from graph.formats.interchange import dumps
from graph.stores import neo4j_writes as writes
from graph.stores.changes import MOST_TOUCHED, ChangeLog, Touched, note_touched, touched_by
from graph.stores.cypher import (
    ALL_COMPANIES,
    ALL_JOBS,
    ALL_PEOPLE,
    BUMP_VERSION,
    COUNTS,
    DELETE_COMPANY,
    DELETE_HISTORY_OF,
    DELETE_PERSON,
    EDGE_COLUMNS,
    EMPLOYEES,
    EVENTS,
    GET_COMPANY,
    GET_PERSON,
    GRAPH_VERSION,
    HOLDS_DATA,
    INTROS,
    JOBS_OF,
    LEAVE_NOTE,
    LOCK_WRITES,
    MEMBERS,
    NEIGHBOURHOOD,
    NOTE,
    PEOPLE_AFTER,
    PEOPLE_AND_TIES,
    PEOPLE_BY_ID,
    PEOPLE_IDS,
    REFERRALS,
    REMOVE_TARGET,
    REVIEW_APART,
    REVIEWS,
    SEARCH_COMPANIES,
    SEARCH_PEOPLE,
    SEARCH_PEOPLE_BY_NUMBER,
    TARGETS,
    TIE,
    TIES_AMONG,
    TIES_FROM,
    TIES_OF,
    UPSERT_COMPANIES,
    UPSERT_PEOPLE,
)
from graph.stores.neo4j_opening import (
    bad_address,
    connect,
    neo4j_errors,
    set_up_schema,
)
from graph.stores.neo4j_reads import Reads
from graph.stores.neo4j_rows import (
    Execute,
    as_company,
    as_person,
    as_referral,
    company_row,
    person_row,
)

T = TypeVar("T")
# The driver logs each retry it makes as a warning; with no logging set up, Python would print
# them on the user's terminal before Carnet's own one line. Whoever sets up logging sees them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

EDGE_PAGE = 5_000  # people per read when streaming the ties (each page brings their ties)
CLOSE_WAIT_S = 30  # how long a close waits for other threads' reads under way, at most
FEED_PAGE = 50_000  # people per read of the snapshot's feed (their ties come as columns)


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
        self._idle, self._open_sessions = threading.Condition(), 0
        with self._errors():
            self._driver = connect(uri, username, password)
            # One bookmark manager for every session: a read after a write sees that write,
            # also on a cluster or Aura (causal consistency).
            self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
            self._reads = Reads(self._session, self._errors)
            self._read = self._reads.read
            try:
                self._driver.verify_connectivity()
                with self._session() as session:
                    set_up_schema(session)
            except BaseException as exc:
                self._driver.close()
                if isinstance(exc, ValueError):  # ... or cannot resolve
                    raise bad_address(uri, exc) from exc
                raise

    # -- plumbing ---------------------------------------------------------------------------
    def _errors(self) -> AbstractContextManager[None]:
        return neo4j_errors(self._uri, self._database)

    @contextmanager
    def _session(self, access: str = "WRITE") -> Iterator[Any]:
        """A driver session, counted while open: ``close`` waits for those of other threads
        (the app's background readers) rather than closing the driver under them."""
        with self._idle:
            self._open_sessions += 1
        try:
            with self._driver.session(database=self._database, default_access_mode=access,
                                      bookmark_manager=self._bookmarks) as session:
                yield session
        finally:
            with self._idle:
                self._open_sessions -= 1
                self._idle.notify_all()

    def consistent_reads(self) -> AbstractContextManager[None]:
        return self._reads.consistent()

    def _write(self, work: Callable[[Any], T], touched: Touched | None = None) -> T:
        """One managed write transaction; bumps the version if ``work`` changed anything, and
        then records the people it ``touched`` (``graph/stores/changes.py``; ``None``: unknown)."""
        return self._write_made(work, touched)[0]

    def _write_made(self, work: Callable[[Any], T], touched: Touched | None = None
                    ) -> tuple[T, int | None]:
        """``_write``, and the graph version it made (``None``: it changed nothing)."""
        made: list[int] = []

        def run(tx: Any) -> T:
            made.clear()  # (a retried transaction starts again)
            tx.run(LOCK_WRITES).consume()  # writers take turns: see LOCK_WRITES
            changed = [False]

            def execute(statement: str, **params: Any) -> list[dict[str, Any]]:
                result = tx.run(statement, params)
                rows = [dict(r.items()) for r in result]
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
        return value, made[0] if made else None

    # -- writes -----------------------------------------------------------------------------
    def save(self, data: GraphData) -> None:
        self.save_batches(lambda: [data])

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        now, touched = utc_now(), Touched()

        def work(execute: Execute) -> None:
            for data in batches():
                note_touched(touched, data)
                writes.upsert(execute, data, now, self.location)
        self._write(work, touched)

    def save_new(self, data: GraphData, after: int | None) -> int | None:
        now = utc_now()
        # (a batch of a big copy is past listing: "unknown" without listing it first)
        touched = touched_by(data) if len(data.people) + len(data.knows) <= MOST_TOUCHED else None

        def work(execute: Execute) -> bool:
            # Under the writers' lock (``_write``): no one can write between this look and
            # the writes. Nothing there, or nothing but what this copy wrote: create.
            alone = (not execute(HOLDS_DATA)[0]["held"] if after is None
                     else execute(GRAPH_VERSION)[0]["version"] == after)
            (writes.create if alone else writes.upsert)(execute, data, now, self.location)
            return alone
        alone, version = self._write_made(work, touched)
        return version if alone else None

    def replace_job(self, before: Job, ended_on: str | None, data: GraphData) -> None:
        self._write(lambda execute: writes.replace_job(execute, before, ended_on, data,
                                                       self.location), Touched())

    def delete_intro(self, before: IntroRequest) -> None:
        self._write(lambda execute: writes.delete_intro(execute, before),
                    Touched({before.introducer, before.target}))

    def delete_person(self, person_id: str) -> None:
        def work(execute: Execute) -> None:
            execute(DELETE_HISTORY_OF, id=person_id)
            if not execute(DELETE_PERSON, id=person_id)[0]["deleted"]:
                raise PersonNotFound(id=person_id)
        self._write(work, Touched({person_id}))

    def delete_company(self, company_id: str) -> None:
        def work(execute: Execute) -> None:
            if not execute(DELETE_COMPANY, id=company_id)[0]["deleted"]:
                raise CompanyNotFound(id=company_id)
        self._write(work, Touched())  # (companies and jobs are not in the path snapshot)

    def merge_companies(self, keep_id: str, other_id: str) -> None:
        refuse_self_merge(keep_id, other_id)
        self._write(lambda execute: writes.merge_companies(execute, keep_id, other_id),
                    Touched())

    def merge_people(self, keep_id: str, other_id: str, name: str | None = None) -> str:
        refuse_self_merge(keep_id, other_id)
        merge_id = new_id("m")
        self._write(lambda execute: writes.merge_people(execute, keep_id, other_id, name,
                                                        merge_id, self.location),
                    Touched({keep_id, other_id}))
        return merge_id

    def undo_merge(self, merge_id: str) -> None:
        touched = Touched()
        self._write(lambda execute: writes.undo_merge(execute, merge_id, touched,
                                                      self.location), touched)

    def keep_apart(self, review_id: str) -> None:
        def work(execute: Execute) -> None:
            if not execute(REVIEW_APART, id=review_id)[0]["changed"]:
                raise DataRejected("no_review", review=review_id)
        self._write(work, Touched())

    # -- reads ------------------------------------------------------------------------------
    def graph_version(self) -> int:
        return int(self._read(GRAPH_VERSION)[0]["version"])

    def version_stamp(self) -> tuple[int, int | None]:
        return self.graph_version(), None  # (no file copies to tell apart: no snapshot file)

    def changed_since(self, version: int, current: int) -> Touched | None:
        return self._changes.since(version, current)

    def counts(self) -> Counts:
        return Counts(**self._read(COUNTS)[0])

    def members(self) -> list[str]:
        return [r["id"] for r in self._read(MEMBERS)]

    def get_person(self, person_id: str) -> Person:
        rows = self._read(GET_PERSON, id=person_id)
        if not rows:
            raise PersonNotFound(id=person_id)
        return as_person(rows[0])

    def get_company(self, company_id: str) -> Company:
        rows = self._read(GET_COMPANY, id=company_id)
        if not rows:
            raise CompanyNotFound(id=company_id)
        return as_company(rows[0])

    def search_people(self, text: str, limit: int = 20) -> list[Person]:
        starts, within = typed_number_forms(text)
        found = self._read(SEARCH_PEOPLE_BY_NUMBER, key=fold(text), limit=limit,
                           starts=list(starts), within=list(within),
                           marks=list(NUMBER_MARKS)) if starts or within \
            else self._read(SEARCH_PEOPLE, key=fold(text), limit=limit)
        return [as_person(r) for r in found]

    def search_companies(self, text: str, limit: int = 20) -> list[Company]:
        return [as_company(r) for r in self._read(SEARCH_COMPANIES, key=fold(text), limit=limit)]

    def ties_of(self, person_id: str) -> list[Knows]:
        return [Knows(**r) for r in self._read(TIES_OF, id=person_id)]

    def tie(self, a: str, b: str) -> Knows | None:
        rows = self._read(TIE, a=min(a, b), b=max(a, b))
        return Knows(**rows[0]) if rows else None

    def people_by_id(self, ids: Iterable[str]) -> dict[str, Person]:
        people = map(as_person, self._read(PEOPLE_BY_ID, ids=sorted(set(ids))))
        return {person.id: person for person in people}

    def ties_among(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Knows]:
        wanted = sorted({(min(a, b), max(a, b)) for a, b in pairs})
        ties = (Knows(**r) for r in self._read(TIES_AMONG, pairs=[list(p) for p in wanted]))
        return {(tie.a, tie.b): tie for tie in ties}

    def people_and_ties(self, ids: Iterable[str], pairs: Iterable[tuple[str, str]]
                        ) -> tuple[dict[str, Person], dict[tuple[str, str], Knows],
                                   dict[str, str]]:
        wanted = sorted({(min(a, b), max(a, b)) for a, b in pairs})
        found = self._read(PEOPLE_AND_TIES, ids=sorted(set(ids)),
                           pairs=[list(p) for p in wanted])[0]
        people = map(as_person, found["people"])
        ties = (Knows(**fields) for fields in found["ties"])
        return ({p.id: p for p in people}, {(k.a, k.b): k for k in ties},
                dict(found["namesakes"]))

    def jobs_of(self, person_id: str) -> list[Job]:
        return [Job(**r) for r in self._read(JOBS_OF, id=person_id)]

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]:
        return [Job(**r) for r in self._read(EMPLOYEES, id=company_id,
                                             current_only=current_only)]

    def companies_and_jobs(self) -> tuple[list[Company], list[Job]]:
        jobs = [Job(**r) for r in self._read(ALL_JOBS)]  # (first, as dump: see there)
        return [as_company(r) for r in self._read(ALL_COMPANIES)], jobs

    def referrals(self, status: str | None = None) -> list[Referral]:
        return [as_referral(r) for r in self._read(REFERRALS, status=status)]

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
            return columns_table({column: [v for page in pages for v in page[column]]
                                  for column in EDGE_FIELDS}, today, people)
        with self._errors(), self._session() as session:
            return session.execute_read(read)  # type: ignore[no-any-return]

    def neighbourhood_table(self, company_id: str, today: date, degree_cap: int = 500,
                            limit: int = 200_000) -> EdgeTable:
        """For team graphs: only the ties around the members and the company's staff."""
        def read(tx: Any) -> EdgeTable:
            found = tx.run(NEIGHBOURHOOD, company=company_id, degree_cap=degree_cap,
                           limit=limit).single(strict=True)
            return columns_table(dict(found.items()), today)  # (as Reads.now: not .data())
        with self._errors(), self._session() as session:
            return session.execute_read(read)  # type: ignore[no-any-return]

    def dump(self, ties: bool = True) -> GraphData:
        # What refers to people and companies is read before them: the reads are several
        # (Neo4j reads what is committed when each runs), so a job written meanwhile with its
        # new company (a concurrent import) then finds its company in the dump.
        events = self.events()
        referrals = sorted(self.referrals(), key=lambda r: r.id)
        intros = sorted(self.intros(), key=lambda i: i.id)
        jobs = [Job(**r) for r in self._read(ALL_JOBS)]
        knows = list(self.edges()) if ties else []
        members, targets = self.members(), self.targets()
        return GraphData(members=members, people=[as_person(r) for r in self._read(ALL_PEOPLE)],
                         companies=[as_company(r) for r in self._read(ALL_COMPANIES)],
                         knows=knows, jobs=jobs, referrals=referrals, intros=intros,
                         events=events, targets=targets)

    def backup(self, path: Path) -> None:
        """A Carnet JSON file of everything (restore it with ``carnet import``)."""
        path = Path(path)
        if path.exists():
            raise DataRejected("backup_exists", file=path)
        path.write_text(dumps(self.dump()), encoding="utf-8")

    def close(self) -> None:
        """Closes the driver once no session is open (``CLOSE_WAIT_S`` at most): a read
        another thread has under way ends first; one begun after is refused ("closed")."""
        with self._idle:  # (held while closing: no session begins in between)
            self._idle.wait_for(lambda: not self._open_sessions, timeout=CLOSE_WAIT_S)
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
            person = apply_edit(writes.person_in(execute, before.id), before, after)
            execute(UPSERT_PEOPLE, rows=[person_row(person)], now=utc_now())
            return person
        return self._write(edit, Touched())  # (a person's details are not in the path snapshot)

    def update_company(self, before: Company, after: Company) -> Company:
        def edit(execute: Execute) -> Company:  # read under the writers' lock, as above
            company = apply_edit(writes.company_in(execute, before.id), before, after)
            execute(UPSERT_COMPANIES, rows=[company_row(company)], now=utc_now())
            return company
        return self._write(edit)

    def update_referral(self, before: Referral, after: Referral, events: Sequence[Event] = (),
                        meeting: Knows | None = None) -> Referral:
        # (read under the writers' lock, as above; its offer and people are in the snapshot)
        return self._write(lambda execute: writes.update_referral(
            execute, before, after, events, meeting, self.location),
            Touched({before.referrer, before.referee}))

    def update_intro(self, before: IntroRequest, after: IntroRequest,
                     events: Sequence[Event] = (), meeting: Knows | None = None,
                     ) -> IntroRequest:
        return self._write(lambda execute: writes.update_intro(
            execute, before, after, events, meeting, self.location),
            Touched({before.introducer, before.target}))
