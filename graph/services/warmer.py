"""A warmer way to a contact the member barely knows.

Solène, at the company, is in the member's address book (18 %): her card says "you already
know people there", and by DESIGN no introduction targets her. But Véronique, a close friend,
knows her well: asking Véronique to prepare the ground first (53 %) is what a person would do.

For the first ``WARMER_INTROS_MAX`` contacts there whose tie is weak (``scoring.barely_known``)
the engine is asked once more, for her alone, from her card's source alone (in a team
notebook, a way from another member is no advice to this one): the best path to her that
does not use the source's own tie to her (``PathQuery.through_others``), with the same
scoring and the same rules (never through one of the source's contacts, never by way of
another of her contacts at the company, who has her own card; an introducer who declined to
introduce her left out).
It is kept when clearly warmer than her card (``scoring.clearly_warmer``), and said on her card
as advice. None when an ask for her is already recorded (not a draft, not declined): her card
says where that stands (``explain.why_underway``).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from graph.core.model import IntroRequest
from graph.core.paths import PathQuery, RankedPath, Ranking, rank_introducers
from graph.core.scoring import (
    NEGATIVE_STATUSES,
    WARMER_INTROS_MAX,
    WEAK_CONTACT_TIE,
    barely_known,
    clearly_warmer,
)
from graph.core.snapshot import Snapshot
from graph.services.cards import CardFacts, Introduction, WarmerIntro, card
from graph.services.explain import why_warmer


def warmer_paths(snap: Snapshot, query: PathQuery, ranking: Ranking,
                 intros: list[IntroRequest]) -> tuple[dict[int, RankedPath], bool]:
    """For the direct cards of ``ranking`` whose tie is weak (by strength: the closeness the
    member rated is checked on the card, ``warmer_intro``), the best introduction to that
    contact by someone else, by her node, where clearly warmer than her card; and whether
    every search was exact. At most ``WARMER_INTROS_MAX`` searches, one per contact."""
    sources = {snap.people[node] for node in query.sources}
    asked = {i.target for i in intros if i.requester in sources
             and i.status not in ("draft", *NEGATIVE_STATUSES)}
    weak = [found for found in ranking.paths if found.direct
            and math.exp(-snap.edge_cost(found.path[0], found.introducer)) < WEAK_CONTACT_TIE
            and snap.people[found.introducer] not in asked][:WARMER_INTROS_MAX]
    if not weak:
        return {}, True
    warmer, exact = {}, True
    for found in weak:
        # From the card's own source alone: in a team notebook, a way from another member
        # (Paul's friend) is no advice to her.
        contact, own = found.introducer, replace(query, sources=(found.path[0],))
        better = rank_introducers(snap, replace(
            own, targets={contact: query.targets[contact]}, top=1, through_others=True,
            blocked=query.blocked | (_contacts_there(snap, own) - {contact})))
        exact &= better.exact
        if better.paths and clearly_warmer(found.score, better.paths[0].score):
            warmer[contact] = better.paths[0]
    return warmer, exact


def warmer_intro(facts: CardFacts, contact: Introduction, found: RankedPath,
                 ids: list[str]) -> WarmerIntro | None:
    """The advice on ``contact``'s card (a direct card), from the warmer path ``found`` to
    her (``ids``, its people); ``None`` where the member rated the tie closer than barely
    known (a quiet friend is one to re-warm, not to be introduced to)."""
    a, b = contact.path[0].id, contact.target.id
    tie = facts.stored.get((min(a, b), max(a, b)))
    if not barely_known(contact.hops[0].strength, tie.closeness if tie else None):
        return None
    intro = card(facts, contact.rank, found, ids)
    return WarmerIntro(intro, why_warmer(
        contact.target.name, contact.score, intro.introducer.name,
        [p.name for p in intro.path[2:-1]], intro.score, facts.lang,
        None if contact.for_member else contact.path[0].name))


def _contacts_there(snap: Snapshot, query: PathQuery) -> frozenset[int]:
    """The sources' contacts at the company (the query's targets). (``isin`` by a table:
    ``intersect1d``'s ``unique`` imports ``numpy.ma``, 10 ms of every ``carnet paths``.)"""
    targets = np.fromiter(query.targets, dtype=np.int64, count=len(query.targets))
    found: set[int] = set()
    for source in set(query.sources):
        row = snap.indices[snap.indptr[source]:snap.indptr[source + 1]]
        found.update(row[np.isin(row, targets, kind="table")].tolist())
    return frozenset(found)
