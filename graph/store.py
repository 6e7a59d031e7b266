"""The port every Carnet store implements, and the one function that picks a store.

``open_store(url)`` takes a file path (embedded SQLite, the default) or a ``neo4j://``,
``neo4j+s://``, ``bolt://`` URI (Neo4j server). Everything above this module (CLI, pages,
importers, the path engine) talks to ``GraphStore`` only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from graph.errors import StoreUnavailable
from graph.model import (
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

if TYPE_CHECKING:  # numpy is imported where ties are read, not by every command
    import numpy as np

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


@dataclass(frozen=True, eq=False)
class EdgeTable:
    """Every tie as columns, for the path engine's snapshot (``graph/snapshot.py``).

    Node ``i`` is ``people[i]``; ``people`` is sorted, so ``a < b`` holds for indices as for ids.
    """

    people: list[str]
    a: np.ndarray             # int32 node index
    b: np.ndarray             # int32 node index
    closeness: np.ndarray     # int8, 0 = not rated
    source: np.ndarray        # int8, index in model.SOURCES
    days: np.ndarray          # int32, since the last contact (else the tie's start); -1 unknown
    interactions: np.ndarray  # int32


class GraphStore(Protocol):
    """A graph of people, companies, ties, jobs, referrals and intro requests."""

    #: Human description of where the data lives (a file path or a server URI).
    location: str

    # -- writes: each call is one transaction, all or nothing -------------------------------
    def save(self, data: GraphData) -> None:
        """Upsert everything in ``data`` (by id; ties by pair; jobs by person, company, title)."""

    def save_batches(self, batches: Callable[[], Iterable[GraphData]]) -> None:
        """``save`` each batch in turn, all in one transaction: nothing is written if one is
        refused or the stream raises. ``batches()`` is called once per try (Neo4j retries a
        transaction that failed for a passing reason), and gives the same batches each time."""

    def update_person(self, before: Person, after: Person) -> Person:
        """Save an edit of one person field by field, in one transaction: only the fields
        that differ between ``before`` (as read) and ``after``; ``PersonChanged`` if one of
        them changed meanwhile (see ``graph/edits.py``). Returns the person as saved."""

    def update_company(self, before: Company, after: Company) -> Company:
        """The same for one company (name, domain, aliases)."""

    def delete_person(self, person_id: str) -> None:
        """Delete a person and their ties, jobs, referrals and intro requests (with the
        history of those)."""

    def merge_people(self, keep_id: str, other_id: str) -> str:
        """Fold ``other_id`` into ``keep_id``: contact details, ties, jobs, referrals, intros.
        Returns the merge's id, for ``undo_merge``; an open review of the pair is closed."""

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
    def graph_version(self) -> int:
        """A counter that moves with every write that changes something, never on reads."""

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

    def jobs_of(self, person_id: str) -> list[Job]: ...

    def employees(self, company_id: str, current_only: bool = True) -> list[Job]: ...

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


def default_db_path() -> Path:
    """Where the embedded store lives when nothing else is said: the user data dir."""
    import platformdirs  # only when no store is named

    return Path(platformdirs.user_data_dir("carnet", appauthor=False)) / "carnet.db"


def store_url(explicit: str | None = None) -> str:
    """The store to use: ``explicit`` (``--db``), else ``CARNET_DB``, else ``NEO4J_URI``,
    else the default file."""
    for candidate in (explicit, os.environ.get("CARNET_DB"), os.environ.get("NEO4J_URI")):
        if candidate:
            return candidate
    return str(default_db_path())


def neo4j_credentials() -> dict[str, str | None]:
    """User, password and database from the variables Aura's credential files use."""
    return {"username": os.environ.get("NEO4J_USERNAME"),
            "password": os.environ.get("NEO4J_PASSWORD"),
            "database": os.environ.get("NEO4J_DATABASE") or None}


def open_store(url: str | None = None, create: bool = False,
               **credentials: str | None) -> GraphStore:
    """Open the store named by ``url`` (see ``store_url``). A Neo4j URI takes its
    credentials from ``credentials``, else from ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and
    ``NEO4J_DATABASE``. ``create``: the user asked for a new store there (an empty file is
    then taken as one)."""
    url = store_url(url)
    if url.lower().startswith(NEO4J_SCHEMES):
        from graph.neo4j_store import Neo4jStore

        settings = {**neo4j_credentials(), **{k: v for k, v in credentials.items() if v}}
        return Neo4jStore(url, **settings)
    if "://" in url:
        raise StoreUnavailable(f"{url}: not a store Carnet knows (a file path, or "
                               f"{', '.join(NEO4J_SCHEMES)})", "store_scheme", where=url,
                               schemes=", ".join(NEO4J_SCHEMES))
    from graph.sqlite_store import SqliteStore

    if url == str(default_db_path()):  # Carnet's own file: an empty one is one it began
        Path(url).parent.mkdir(parents=True, exist_ok=True)
        create = True
    return SqliteStore(url, create=create)


def copy_store(source: GraphStore, target: GraphStore, batch: int = 5000) -> int:
    """Copy everything from ``source`` into ``target``, in batches written one transaction
    each, in an order where every reference already exists. Idempotent: a copy cut short
    finishes when run again. Returns how many records were written."""
    data = source.dump(ties=False)  # the ties, most of a big store, are streamed
    parts: list[tuple[str, Iterable[object]]] = [
             ("people", data.people), ("companies", data.companies),
             ("members", data.members), ("knows", source.edges()), ("jobs", data.jobs),
             ("referrals", data.referrals), ("intros", data.intros),
             # (merge logs stay behind: a merge is undone in the store where it was made)
             ("reviews", (replace(r, merge=None) for r in source.reviews(None))),
             ("events", data.events),
             ("targets", data.targets)]
    written = 0
    for field, rows in parts:
        rows = iter(rows)
        while chunk_rows := list(islice(rows, batch)):
            chunk = GraphData()
            setattr(chunk, field, chunk_rows)
            target.save(chunk)
            written += len(chunk)
    return written
