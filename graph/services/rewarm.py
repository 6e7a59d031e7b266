"""The target companies a member keeps, and the quiet ties worth re-warming to reach them.

Targets are a short list the member keeps (saved from the Warm paths page, or
``carnet targets add``) plus the companies named in her open referrals. For each, the warm
paths service gives the cards; every card whose weak link is the member's own quiet tie (its
``rewarm``) is a door that tie opens. The ties that open the most doors come first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.core.errors import MemberNotFound
from graph.core.model import Company, GraphData
from graph.services.drafts import catch_up_draft
from graph.services.lifecycle import REFERRAL_STEPS
from graph.services.lookup import per_version, resolve_company
from graph.services.snapshots import SnapshotCache, snapshots
from graph.services.warmpaths import Hop, PersonRef, Rewarm, find_paths
from graph.stores.port import GraphStore

WORTH_REWARMING = 5   # "the 5 people worth re-warming this month"
CARDS_PER_TARGET = 20  # a quiet tie ranked low today may lead once it is warm again


def add_target(store: GraphStore, company: str) -> Company:
    """Put ``company`` (a name or id) on the short list; again changes nothing."""
    firm = resolve_company(store, company)
    store.save(GraphData(targets=[firm.id]))
    return firm


def remove_target(store: GraphStore, company: str) -> Company:
    firm = resolve_company(store, company)
    store.remove_target(firm.id)
    return firm


def target_companies(store: GraphStore) -> list[tuple[Company, bool]]:
    """The companies to reach: the short list, then those named in open referrals
    (``(company, saved)``), each once, by name."""
    saved = set(store.targets())
    named = {r.company for r in store.referrals() if r.company and REFERRAL_STEPS[r.status]}
    found = [(store.get_company(c), c in saved) for c in saved | named]
    return sorted(found, key=lambda pair: (pair[0].name, pair[0].id))


@dataclass(frozen=True)
class Door:
    company: Company
    target: PersonRef   # whom the path reaches there
    score: float        # the path today
    rewarmed: float     # … once the tie is warm again


@dataclass(frozen=True)
class WorthRewarming:
    person: PersonRef
    days: int           # since the last contact
    strength: float     # the tie today
    fresh: float        # once back in touch
    why: str            # the tie in words (closeness, last contact, how met)
    doors: list[Door]
    draft: str          # a catching-up message naming the companies, honestly


def worth_rewarming(store: GraphStore, *, lang: str = "en", today: date | None = None,
                    limit: int = WORTH_REWARMING,
                    cache: SnapshotCache = snapshots) -> list[WorthRewarming]:
    """The member's quiet ties that open the most doors to her target companies (then the
    warmest doors first), with the doors each opens (the cards' ``rewarm``, only where it
    opens a door: ``scoring.opens_a_door``) and a draft to re-warm it."""
    today = today or date.today()
    members = store.members()
    if not members:
        raise MemberNotFound("no_member")
    doors: dict[str, list[Door]] = {}
    ties: dict[str, tuple[Rewarm, Hop]] = {}  # the quiet tie, and the member's hop
    for company, _saved in target_companies(store):
        result = find_paths(store, company, top=CARDS_PER_TARGET, lang=lang, today=today,
                            cache=cache)
        for card in result.introductions:
            if card.rewarm is None:  # (a card says "re-warm" only where it opens a door)
                continue
            ties.setdefault(card.rewarm.person.id, (card.rewarm, card.hops[0]))
            doors.setdefault(card.rewarm.person.id, []).append(
                Door(company, card.target, card.score, card.rewarm.score))
    ranked = sorted(doors, key=lambda pid: (-len(doors[pid]),
                                             -sum(d.rewarmed for d in doors[pid]), pid))
    found = []
    for pid in ranked[:limit]:
        rewarm, hop = ties[pid]
        opened = sorted(doors[pid], key=lambda d: (-d.rewarmed, d.company.name))
        found.append(WorthRewarming(
            rewarm.person, rewarm.days, rewarm.strength, rewarm.fresh, hop.why, opened,
            catch_up_draft(store.get_person(hop.source.id), store.get_person(pid), rewarm.days,
                           list(dict.fromkeys(d.company.name for d in opened)), lang)))
    return found


def worth_rewarming_now(store: GraphStore, *, lang: str = "en") -> list[WorthRewarming]:
    """``worth_rewarming`` for today, searched again only when the notebook changes
    (``per_version``): the Warm paths and Follow-ups pages show it on every rerun, and it
    runs a search per target company."""
    today = date.today()
    return per_version(store, ("worth_rewarming", lang, today),
                       lambda: worth_rewarming(store, lang=lang, today=today))


def to_json(found: list[WorthRewarming]) -> dict[str, Any]:
    """The ``carnet rewarm --json`` document."""
    return {"worth_rewarming": [{
        "person": {"id": w.person.id, "name": w.person.name},
        "days_since_contact": w.days, "strength": round(w.strength, 4),
        "fresh_strength": round(w.fresh, 4), "why": w.why,
        "doors": [{"company": {"id": d.company.id, "name": d.company.name},
                   "target_person": {"id": d.target.id, "name": d.target.name},
                   "score": round(d.score, 4), "score_once_rewarmed": round(d.rewarmed, 4)}
                  for d in w.doors],
        "draft": w.draft} for w in found]}
