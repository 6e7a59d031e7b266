"""The People page's list: everyone in the notebook with where they work now, how many ties
they have and how the member knows them, searchable, a page at a time.

Read from what is cached per graph version already: Explore's ``directory`` (names, current
jobs, companies: one read of people and jobs) and the path snapshot (ties per person are its
rows' lengths), plus the member's own ties and the referrals, one read each. No read of
anyone's ties one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from graph.core.model import fold
from graph.core.snapshot import Snapshot
from graph.services.explore import directory
from graph.stores.port import GraphStore

PAGE_ROWS: Final = 50  # a page of the list: read at a glance, and quick to draw


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str           # namesakes told apart by where they work ("Jean Dupont (GME)")
    title: str          # their current job's title ("" if none known)
    company: str        # … and company
    ties: int | None    # ties the warm paths count (None: a team graph too big to read whole)
    source: str | None  # how the member knows them: her tie's source, "referral" for someone
    #                     suggested to her, None for someone known only through others
    key: str            # name, title, company and other names folded, for the search


def people_rows(store: GraphStore, snap: Snapshot | None, member: str | None) -> list[PersonRow]:
    """Everyone but the members, by name (compute once per graph version: ``per_version``)."""
    people = directory(store)
    degrees: dict[str, int] = {}
    if snap is not None:  # (each tie is stored in both directions: a row's length is a degree)
        degrees = dict(zip(snap.people, np.diff(snap.indptr).tolist(), strict=True))
    sources: dict[str, str] = {}
    if member is not None:
        sources = {r.referee: "referral" for r in store.referrals() if r.for_ == member}
        sources.update({t.other(member): t.source for t in store.ties_of(member)})
    members = set(store.members())
    rows = []
    for pid, name in people.names.items():
        if pid in members:
            continue
        job = people.jobs.get(pid)
        company = people.companies.get(job.company, "") if job else ""
        title = job.title if job else ""
        rows.append(PersonRow(pid, name, title, company,
                              degrees.get(pid, 0) if snap is not None else None,
                              sources.get(pid),
                              fold(" ".join([name, title, company,
                                             *people.aliases.get(pid, ())]))))
    rows.sort(key=lambda row: (fold(row.name), row.id))
    return rows


def matching(rows: list[PersonRow], text: str = "", source: str | None = None
             ) -> list[PersonRow]:
    """The rows whose name, title, company or other names hold every word of ``text`` (case
    and accents ignored), from ``source`` if given (``"none"``: people known only through
    others)."""
    words = fold(text).split()
    return [row for row in rows if all(w in row.key for w in words)
            and (source is None or (row.source or "none") == source)]
