"""Writes of the Neo4j store that take several statements: saving a batch of records, merging
people and companies, and undoing a merge.

Each function runs inside the store's managed write transaction (``Neo4jStore._write``, which
takes the writers' lock first), through its ``execute``: what it reads cannot change before it
writes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from graph.core.edits import apply_edit
from graph.core.errors import (
    CompanyNotFound,
    DataRejected,
    NotFound,
    PersonChanged,
    PersonNotFound,
)
from graph.core.merging import merged_ties
from graph.core.model import (
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    merged_company,
    merged_person,
    step_writes,
    utc_now,
)
from graph.formats.interchange import document_data, to_document
from graph.stores.changes import Touched, touched_by
from graph.stores.cypher import (
    ADD_MEMBERS,
    ADD_TARGETS,
    DELETE_ALL_TIES_AND_JOBS,
    DELETE_COMPANY,
    DELETE_INTRO,
    DELETE_JOB,
    DELETE_PERSON,
    GET_COMPANY,
    GET_INTRO,
    GET_PERSON,
    GET_REFERRAL,
    INSERT_EVENTS,
    INSERT_MERGE_LOG,
    INSERT_REVIEWS,
    INTROS,
    JOB,
    JOBS_OF,
    KEEP_CURRENT_JOBS,
    LOAD_COMPANIES,
    LOAD_JOBS,
    LOAD_KNOWS,
    LOAD_PEOPLE,
    MARK_UNDONE,
    MEMBERS,
    MISSING_COMPANIES,
    MISSING_PEOPLE,
    MOVE_JOBS,
    MOVE_RECORDS,
    MOVE_TARGET,
    READ_MERGE_LOG,
    REFERRALS,
    REVIEW_MERGED,
    REVIEW_REOPEN,
    TIE,
    TIES_OF,
    UPSERT_COMPANIES,
    UPSERT_INTROS,
    UPSERT_JOBS,
    UPSERT_KNOWS,
    UPSERT_PEOPLE,
    UPSERT_REFERRALS,
)
from graph.stores.neo4j_rows import (
    CHUNK,
    Execute,
    as_company,
    as_person,
    as_referral,
    company_row,
    in_chunks,
    knows_row,
    person_row,
    referral_row,
    row,
)


def upsert(execute: Execute, data: GraphData, now: str, location: str) -> None:
    """Write ``data``; a record naming a person or company that is not there is refused."""
    if problem := data.missing_key():
        raise DataRejected("refused_missing", where=location, detail=problem)
    in_chunks(execute, UPSERT_PEOPLE, [person_row(p) for p in data.people], now=now)
    in_chunks(execute, UPSERT_COMPANIES, [company_row(c) for c in data.companies], now=now)
    refuse_unknown(execute, data, location)
    if data.members:
        execute(ADD_MEMBERS, ids=list(data.members))
    stamp = datetime.now(UTC).timestamp()
    for statement, rows in (
            (UPSERT_KNOWS, [knows_row(k) for k in data.knows]),
            (UPSERT_JOBS, [row(j) for j in data.jobs]),
            (UPSERT_REFERRALS, [referral_row(r) for r in data.referrals]),
            (UPSERT_INTROS, [row(i) for i in data.intros]),
            (INSERT_REVIEWS, [row(r) for r in data.reviews]),
            (INSERT_EVENTS, [{**row(e), "seq": stamp + n / 1e6}
                             for n, e in enumerate(data.events)])):
        in_chunks(execute, statement, rows, now=now)
    if data.targets:
        execute(ADD_TARGETS, ids=sorted(set(data.targets)))


def create(execute: Execute, data: GraphData, now: str, location: str) -> None:
    """``upsert`` into a database that holds none of ``data``'s people, companies, ties and
    jobs (``Neo4jStore.save_new`` makes sure of it): those are created without looking for
    them (at 1M ties, the ties' statements took 30 % less server time, and the look
    for missing people goes); the rest of ``data`` is upserted. A tie or job whose person or
    company is not there is refused, as ``upsert`` refuses it."""
    if problem := data.missing_key():
        raise DataRejected("refused_missing", where=location, detail=problem)
    in_chunks(execute, LOAD_PEOPLE, [{**person_row(p), "created_at": now, "updated_at": now}
                                     for p in data.people])
    in_chunks(execute, LOAD_COMPANIES, [company_row(c) for c in data.companies])
    for statement, rows in ((LOAD_KNOWS, [knows_row(k) for k in data.knows]),
                            (LOAD_JOBS, [row(j) for j in data.jobs])):
        created = sum(execute(statement, rows=rows[n:n + CHUNK])[0]["created"]
                      for n in range(0, len(rows), CHUNK))
        if created < len(rows):  # (a MATCH found no one: say whom, as upsert does)
            refuse_unknown(execute, data, location)
    upsert(execute, replace(data, people=[], companies=[], knows=[], jobs=[]), now, location)


def refuse_unknown(execute: Execute, data: GraphData, location: str) -> None:
    """``DataRejected`` if a record of ``data`` names a person or company that is neither in
    the database nor in ``data`` (the check is made after writing ``data``'s own)."""
    people = ({k.a for k in data.knows} | {k.b for k in data.knows}
              | {j.person for j in data.jobs} | set(data.members)
              | {p for r in data.referrals for p in (r.referrer, r.referee, r.for_)}
              | {p for i in data.intros for p in (i.requester, i.introducer, i.target)}
              ) - {p.id for p in data.people}  # (those were just written)
    companies = ({j.company for j in data.jobs} | set(data.targets)) - {c.id for c in
                                                                        data.companies}
    for statement, ids, kind in ((MISSING_PEOPLE, people, "person"),
                                 (MISSING_COMPANIES, companies, "company")):
        if ids:
            missing = [m for n in range(0, len(ids), CHUNK)
                       for m in execute(statement, ids=sorted(ids)[n:n + CHUNK])[0]["missing"]]
            if missing:
                raise DataRejected(f"refused_unknown_{kind}", where=location,
                                   ids=", ".join(sorted(missing)[:5]))


def person_in(execute: Execute, person_id: str) -> Person:
    rows = execute(GET_PERSON, id=person_id)
    if not rows:
        raise PersonNotFound(id=person_id)
    return as_person(rows[0])


def company_in(execute: Execute, company_id: str) -> Company:
    rows = execute(GET_COMPANY, id=company_id)
    if not rows:
        raise CompanyNotFound(id=company_id)
    return as_company(rows[0])


def referral_in(execute: Execute, referral_id: str) -> Referral:
    rows = execute(GET_REFERRAL, id=referral_id)
    if not rows:
        raise DataRejected("no_referral", id=referral_id)
    return as_referral(rows[0])


def intro_in(execute: Execute, intro_id: str) -> IntroRequest:
    rows = execute(GET_INTRO, id=intro_id)
    if not rows:
        raise NotFound("no_intro", id=intro_id)
    return IntroRequest(**rows[0])


def tie_in(execute: Execute, a: str, b: str) -> Knows | None:
    rows = execute(TIE, a=min(a, b), b=max(a, b))
    return Knows(**rows[0]) if rows else None


def update_referral(execute: Execute, before: Referral, after: Referral,
                    events: Sequence[Event], meeting: Knows | None, where: str) -> Referral:
    """``GraphStore.update_referral``, in the caller's write transaction."""
    current = referral_in(execute, before.id)
    referral = apply_edit(current, before, after)
    execute(UPSERT_REFERRALS, rows=[referral_row(referral)], now=utc_now())
    upsert(execute, step_writes(current.status != referral.status, events, meeting,
                                lambda a, b: tie_in(execute, a, b)), utc_now(), where)
    return referral


def update_intro(execute: Execute, before: IntroRequest, after: IntroRequest,
                 events: Sequence[Event], meeting: Knows | None, where: str) -> IntroRequest:
    """``GraphStore.update_intro``, in the caller's write transaction."""
    current = intro_in(execute, before.id)
    intro = apply_edit(current, before, after)
    step = step_writes(current.status != intro.status, events, meeting,
                       lambda a, b: tie_in(execute, a, b))
    upsert(execute, GraphData(intros=[intro], events=step.events, knows=step.knows), utc_now(),
           where)
    return intro


def replace_job(execute: Execute, before: Job, ended_on: str | None, data: GraphData,
                where: str) -> None:
    """``GraphStore.replace_job``, in the caller's write transaction."""
    key = {"person": before.person, "company": before.company, "title": before.title}
    if [Job(**r) for r in execute(JOB, **key)] != [before]:
        raise PersonChanged("record_changed")
    if ended_on is None:
        execute(DELETE_JOB, **key)
    else:
        upsert(execute, GraphData(jobs=[replace(before, until=ended_on, current=False)]),
               utc_now(), where)
    upsert(execute, data, utc_now(), where)


def delete_intro(execute: Execute, before: IntroRequest) -> None:
    """``GraphStore.delete_intro``, in the caller's write transaction."""
    if intro_in(execute, before.id).status != before.status:
        raise PersonChanged("record_changed")
    execute(DELETE_INTRO, id=before.id)


def merge_companies(execute: Execute, keep_id: str, other_id: str) -> None:
    merged = merged_company(company_in(execute, keep_id), company_in(execute, other_id))
    execute(UPSERT_COMPANIES, rows=[company_row(merged)], now=utc_now())
    execute(KEEP_CURRENT_JOBS, keep=keep_id, other=other_id)
    execute(MOVE_JOBS, keep=keep_id, other=other_id)
    execute(MOVE_RECORDS, keep=keep_id, other=other_id)
    execute(MOVE_TARGET, keep=keep_id, other=other_id)
    if not execute(DELETE_COMPANY, id=other_id)[0]["deleted"]:
        raise CompanyNotFound(id=other_id)


def merge_people(execute: Execute, keep_id: str, other_id: str, name: str | None,
                 merge_id: str, location: str) -> None:
    before = _facts_of(execute, (keep_id, other_id))
    keep = next((p for p in before.people if p.id == keep_id), None)
    other = next((p for p in before.people if p.id == other_id), None)
    if keep is None or other is None:
        raise PersonNotFound(id=keep_id if keep is None else other_id)
    now = utc_now()
    execute(INSERT_MERGE_LOG, id=merge_id, kept=keep_id, removed=other_id,
            before=json.dumps(to_document(before), ensure_ascii=False), now=now)
    execute(DELETE_PERSON, id=other_id)
    upsert(execute, _merged(before, keep, other, name), now, location)
    execute(REVIEW_MERGED, keep=keep_id, other=other_id, merge=merge_id)


def undo_merge(execute: Execute, merge_id: str, touched: Touched, location: str) -> None:
    """Back to exactly the state before the merge, for both people (``touched`` says who)."""
    rows = execute(READ_MERGE_LOG, id=merge_id)
    if not rows:
        raise DataRejected("no_merge", id=merge_id)
    if rows[0]["undone"]:
        raise DataRejected("merge_undone", id=merge_id)
    data = document_data(json.loads(rows[0]["before"]), self_contained=False)
    touched.update(touched_by(data))
    touched.people.add(rows[0]["kept"])
    execute(DELETE_ALL_TIES_AND_JOBS, id=rows[0]["kept"])
    upsert(execute, data, utc_now(), location)
    execute(MARK_UNDONE, id=merge_id, now=utc_now())
    execute(REVIEW_REOPEN, merge=merge_id)


def _facts_of(execute: Execute, ids: tuple[str, ...]) -> GraphData:
    """Everything about these people (what a merge log keeps)."""
    facts = GraphData(members=[r["id"] for r in execute(MEMBERS) if r["id"] in ids])
    for person_id in ids:
        rows = execute(GET_PERSON, id=person_id)
        if not rows:
            continue
        facts.people.append(as_person(rows[0]))
        facts.knows += [k for k in (Knows(**r) for r in execute(TIES_OF, id=person_id))
                        if k not in facts.knows]
        facts.jobs += [Job(**r) for r in execute(JOBS_OF, id=person_id)]
    facts.referrals = [r for r in (as_referral(fields) for fields in execute(REFERRALS,
                                                                              status=None))
                       if {r.referrer, r.referee, r.for_} & set(ids)]
    facts.intros = [i for i in (IntroRequest(**fields) for fields in execute(INTROS, status=None))
                    if {i.requester, i.introducer, i.target} & set(ids)]
    return facts


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
