"""The port every Carnet store implements (``graph/stores/opening.py`` picks one).

Everything above the stores (CLI, pages, importers, the services) talks to ``GraphStore``
only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date
from functools import update_wrapper
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

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
)
from graph.core.ties import EdgeTable

if TYPE_CHECKING:
    from graph.stores.changes import Touched


class NeighbourhoodFeed(Protocol):
    """An optional capability: a store that can read, for one query, only the ties around
    the members and a company's staff (a team graph too big to read whole: Neo4j)."""

    def neighbourhood_table(self, company_id: str, today: date) -> EdgeTable:
        """The ties near the members and the staff of ``company_id``, as columns."""


class GraphStore(Protocol):
    """A graph of people, companies, ties, jobs, referrals and intro requests."""

    #: Human description of where the data lives (a file path or a server URI).
    location: str
    #: Which kind of store it is: ``"sqlite"`` (a file) or ``"neo4j"`` (a server).
    kind: str

    # -- optional capabilities: ``None`` when the store has not got them ---------------------
    @property
    def neighbourhood_feed(self) -> NeighbourhoodFeed | None:
        """The bounded neighbourhood read (see ``NeighbourhoodFeed``), if the store has one."""

    # -- writes: each call is one transaction, all or nothing -------------------------------
    def save(self, data: GraphData) -> None:
        """Upsert everything in ``data`` (by id; ties by pair; jobs by person, company, title)."""

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        """``save`` each batch in turn, all in one transaction: nothing is written if one is
        refused or the stream raises. ``batches()`` is called once per try (Neo4j retries a
        transaction that failed for a passing reason), and gives the same batches each time."""

    def save_new(self, data: GraphData, after: int | None) -> int | None:
        """``save`` one batch of a copy (``copy_store``), as fast as the store can: a store may
        create the records without looking for them while it holds nothing but this copy's
        earlier batches. ``after``: ``None`` for the copy's first batch (the store must then
        hold no data), else what the previous call returned (no one else may have written
        since). Returns the value for the next call, or ``None`` when the store upserted as
        ``save`` does (the copy then saves the rest so: it stays idempotent)."""

    def update_person(self, before: Person, after: Person) -> Person:
        """Save an edit of one person field by field, in one transaction: only the fields
        that differ between ``before`` (as read) and ``after``; ``PersonChanged`` if one of
        them changed meanwhile (see ``graph/core/edits.py``). Returns the person as saved."""

    def update_company(self, before: Company, after: Company) -> Company:
        """The same for one company (name, domain, aliases)."""

    def update_referral(self, before: Referral, after: Referral, events: Sequence[Event] = (),
                        meeting: Knows | None = None) -> Referral:
        """The same for one referral (its details and status), with the ``events`` of a step
        in the same transaction: a re-save that adds a context never undoes a status moved on
        meanwhile, nor a step a context added meanwhile. ``meeting``: the member has met the
        referee (a new tie from that day), written as ``model.after_meeting`` says, with
        their tie read in the same transaction."""

    def update_intro(self, before: IntroRequest, after: IntroRequest,
                     events: Sequence[Event] = (), meeting: Knows | None = None,
                     ) -> IntroRequest:
        """The same for an intro request's step: refused (``PersonChanged``) if another step
        was taken meanwhile, so two tabs cannot both move it on."""

    def delete_intro(self, before: IntroRequest) -> None:
        """Delete an intro request and its history (a draft never sent): refused
        (``PersonChanged``) if its status is no longer ``before``'s, ``NotFound`` if it is
        gone."""

    def replace_job(self, before: Job, ended_on: str | None, data: GraphData) -> None:
        """A job corrected or ended, in one transaction: ``before`` (as the user saw it)
        kept as a past job ended on ``ended_on``, or deleted if ``ended_on`` is None (it was
        wrong); then ``data`` saved (the job in its place, its company if new). Refused
        (``PersonChanged``) if ``before`` is no longer stored as it was."""

    def delete_person(self, person_id: str) -> None:
        """Delete a person and their ties, jobs, referrals and intro requests (with the
        history of those)."""

    def merge_people(self, keep_id: str, other_id: str, name: str | None = None) -> str:
        """Fold ``other_id`` into ``keep_id``: contact details, ties, jobs, referrals, intros;
        the person kept is called ``name`` if given, all in one transaction. Returns the
        merge's id, for ``undo_merge`` (which restores the names too); an open review of the
        pair is closed."""

    def delete_company(self, company_id: str) -> None:
        """Delete a company and the jobs at it; referrals and intros about it keep their
        people and lose the company."""

    def merge_companies(self, keep_id: str, other_id: str) -> None:
        """Fold ``other_id`` into ``keep_id``: its name becomes an alias, its staff (a job
        already held at ``keep_id`` under the same title wins), referrals and intros move."""

    def undo_merge(self, merge_id: str) -> None:
        """Put both people back exactly as they were before the merge (reopening its review)."""

    def keep_apart(self, review_id: str) -> None:
        """Close a review: the two people are different people."""

    def events(self, record: str | None = None) -> list[Event]:
        """The history of referrals and intro requests (of one record), oldest first."""

    def reviews(self, status: str | None = "open") -> list[Review]:
        """Possible duplicates found by imports, most alike first (``None``: every status)."""

    # -- reads ------------------------------------------------------------------------------
    def consistent_reads(self) -> AbstractContextManager[None]:
        """A block of reads that may be answered from reads already made at the current graph
        version (Neo4j: one round trip for a warm search); see ``consistent``."""

    def graph_version(self) -> int:
        """A counter that moves with every write that changes something, never on reads."""

    def version_stamp(self) -> tuple[int, int | None]:
        """``graph_version`` and, read with it, a random number that every such write draws
        again (SQLite: it travels with copies of the file, so the two together name what a
        copy holds, even two copies written apart to the same version); ``None`` if none."""

    def changed_since(self, version: int, current: int) -> Touched | None:
        """The people (whole rows) and ties the writes after ``version`` up to ``current``
        may have changed, as this process saw them write; ``None`` if unknown
        (another process wrote, a write too big to list): see ``graph/stores/changes.py``."""

    def counts(self) -> Counts: ...

    def members(self) -> list[str]: ...

    def get_person(self, person_id: str) -> Person:
        """The person, or ``PersonNotFound``."""

    def get_company(self, company_id: str) -> Company:
        """The company, or ``CompanyNotFound``."""

    def search_people(self, text: str, limit: int = 20) -> list[Person]:
        """People whose name, e-mail or phone contains ``text``, ignoring case and accents."""

    def search_companies(self, text: str, limit: int = 20) -> list[Company]:
        """Companies whose name, alias or domain contains ``text``, ignoring case and accents."""

    def ties_of(self, person_id: str) -> list[Knows]: ...

    def tie(self, a: str, b: str) -> Knows | None: ...

    def people_by_id(self, ids: Iterable[str]) -> dict[str, Person]:
        """The people with these ids, in one read (unknown ids are left out)."""

    def ties_among(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Knows]:
        """The stored ties of these pairs (either way round), in one read, keyed ``(a, b)``
        with ``a < b``."""

    def people_and_ties(self, ids: Iterable[str], pairs: Iterable[tuple[str, str]]
                        ) -> tuple[dict[str, Person], dict[tuple[str, str], Knows],
                                   dict[str, str]]:
        """``people_by_id(ids)``, ``ties_among(pairs)`` and, of those people, the ones whose
        name someone else in the notebook has too, each with the company where she works now
        (her first current job as ``jobs_of`` lists them; "" if none): a search's cards tell
        them apart. One read (one round trip on Neo4j)."""

    def jobs_of(self, person_id: str) -> list[Job]: ...

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]: ...

    def companies_and_jobs(self) -> tuple[list[Company], list[Job]]:
        """Every company by id, and every job (current and former) by person, company and
        title: who works where, for a long-lived process's searches
        (``graph/services/staff.py``)."""

    def referrals(self, status: str | None = None) -> list[Referral]: ...

    def intros(self, status: str | None = None) -> list[IntroRequest]: ...

    def edges(self) -> Iterator[Knows]:
        """Every tie, streamed."""

    def edge_table(self, today: date) -> EdgeTable:
        """Every person and tie as columns, read consistently: what the snapshot is built from."""

    def dump(self, ties: bool = True) -> GraphData:
        """Everything, sorted, as one batch (export and backup); without the ties if asked
        (``edges()`` streams those, for a copy of a big store)."""

    def backup(self, path: Path) -> None:
        """A consistent copy of the whole store at ``path``, restorable as a store."""

    def close(self) -> None: ...

    def targets(self) -> list[str]:
        """The companies the members aim at (their short list), by id."""

    def remove_target(self, company_id: str) -> None:
        """Take a company off the short list (nothing happens if it is not on it)."""
    def note(self, key: str) -> str | None:
        """What ``leave_note`` kept under ``key``, or None."""

    def leave_note(self, key: str, value: str) -> None:
        """Keep a small text beside the data (the importer's digests, ingest/digests.py):
        not data, so it leaves ``graph_version`` as it is. A read-only store keeps nothing."""

    def checkpoint(self) -> None:
        """After a long read (an export): give back what the store kept for it meanwhile
        (SQLite's write-ahead log); nothing to do for a server."""


P = ParamSpec("P")
R = TypeVar("R")


def consistent(use_case: Callable[Concatenate[GraphStore, P], R]
               ) -> Callable[Concatenate[GraphStore, P], R]:
    """Run a read-only use case (its first argument is the store) inside
    ``store.consistent_reads()``."""
    def run(store: GraphStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with store.consistent_reads():
            return use_case(store, *args, **kwargs)
    update_wrapper(run, use_case)
    return run
