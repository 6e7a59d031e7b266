"""How warm is a path? Every weight Carnet uses, in one place.

A path member → introducer → … → target person scores

    score = Π tie strengths × HOP_PENALTY^(hops − 1) × target fit × introducer factor

and a direct contact at the company (one hop) scores ``strength × target fit``. The path engine
adds costs instead of multiplying (cost = −ln factor), so every factor here must be in (0, 1].

Tie strength, from what we know of the tie:
- closeness when the user rated it (1..5 → 0.2 … 0.95), else a base from where the tie came
  from (a bare LinkedIn connection is weak; a referral where the referrer offered to prepare
  the ground is warm);
- times a recency factor that fades with the last contact but never below a floor
  (old friends fade, never vanish): ``RECENCY_FLOOR + (1 − RECENCY_FLOOR)·2^(−days/half-life)``,
  and ``UNKNOWN_RECENCY`` for a tie with no date at all;
- plus a small bounded bonus for recorded interactions (mail, meetings).

Introducer factor, from the outcomes of past intro requests through that person: a smoothed
success rate (a prior worth a few asks, so one "no" does not bury a good friend), and a
cool-down while an ask to them is still waiting for an answer.

An ask is also about one target (``ask_costs``): an introducer who declined to introduce the
member to a person is never advised for that person again (her other paths stay), and an ask
already waiting for that very introduction is the card's own state, not a reason to rank it
lower (only asks waiting for *other* people cool the introducer down).

A contact at the company the member barely knows (``barely_known``) is still her own card;
a friend's introduction to her, when clearly warmer (``clearly_warmer``), is advised on it.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

import numpy as np

from graph.core.model import SOURCES, Event, IntroRequest, Knows
from graph.core.ties import last_seen

CLOSENESS_STRENGTH: Final = {1: 0.2, 2: 0.4, 3: 0.6, 4: 0.8, 5: 0.95}
SOURCE_STRENGTH: Final = {
    "manual": 0.5,     # entered by hand, closeness not rated
    "linkedin": 0.25,  # a bare connection
    "vcard": 0.4,      # in the phone
    "google": 0.4,
    "csv": 0.3,
    "referral": 0.45,  # someone said they know each other
    "mail": 0.45,      # two-way mail
    "calendar": 0.5,   # met
}
WARM_REFERRAL_STRENGTH: Final = 0.7  # the referrer offered to prepare the ground
# No date at all: neither fresh nor stale (about a year's fade). Phones and contact books keep
# no dates: at the floor, a phone contact would fall behind a year-old bare connection and a
# referral that offered to prepare the ground behind a fresh one, against SOURCE_STRENGTH.
UNKNOWN_RECENCY: Final = 0.6
RECENCY_FLOOR: Final = 0.25
RECENCY_HALF_LIFE_DAYS: Final = 365
INTERACTION_BONUS_MAX: Final = 0.1
INTERACTION_BONUS_SCALE: Final = 20   # interactions for about 63% of the bonus
HOP_PENALTY: Final = 0.8              # each hop after the first spends someone's goodwill
FORMER_EMPLOYEE_FIT: Final = 0.5      # with --include-former only
INTRO_PRIOR_RATE: Final = 0.8         # what we assume of someone never asked
INTRO_PRIOR_WEIGHT: Final = 3         # worth that many asks
INTRO_FACTOR_FLOOR: Final = 0.4
PENDING_ASK_FACTOR: Final = 0.75      # an ask to them is waiting for an answer
PENDING_STATUSES: Final = ("asked",)
POSITIVE_STATUSES: Final = ("accepted", "introduced", "met", "won", "lost")  # they opened the door
NEGATIVE_STATUSES: Final = ("declined",)
STALE_DAYS: Final = 365               # a tie this quiet is worth re-warming before an ask
REWARM_GAIN: Final = 1.25             # … when catching up would lift the path this much
# … to a path a person would try, by a difference she can feel ("2 % → 4 %" is noise):
DOOR_FLOOR: Final = 0.10              # the path once re-warmed scores at least this
DOOR_GAIN: Final = 0.05               # … and at least five points more than today
# A contact at the company the member barely knows: a tie under WEAK_CONTACT_TIE (what
# ``explain.WEAK_TIE`` calls weak) not rated closer than WEAK_CONTACT_CLOSENESS. A bare
# LinkedIn connection (15 %), an address-book entry (18–24 %) or a 2/5 are; a 4/5 friend is
# not, even quiet for years (that tie is to re-warm: she knows her). For her, the best
# introduction by someone else is advised first when it scores WARMER_INTRO_GAIN more than
# her own tie ("18 % → 53 %", not "30 % → 33 %"), looked for among the first
# WARMER_INTROS_MAX such contacts shown (one engine search each: ``services/warmer.py``).
WEAK_CONTACT_TIE: Final = 0.4
WEAK_CONTACT_CLOSENESS: Final = 2
WARMER_INTRO_GAIN: Final = 0.10
WARMER_INTROS_MAX: Final = 5


def days_since(tie: Knows, today: date) -> int:
    """Days since the last known contact (else since the tie began); ``-1`` when unknown."""
    last = last_seen(tie.last_contact, tie.since)
    return -1 if last is None else max(0, (today - date.fromisoformat(last)).days)


# Lookup tables for the vectorised form: index 0 of CLOSENESS_TABLE means "not rated".
CLOSENESS_TABLE: Final = np.array([0.0] + [CLOSENESS_STRENGTH[c] for c in range(1, 6)])
SOURCE_TABLE: Final = np.array([SOURCE_STRENGTH[s] for s in SOURCES])


def tie_strengths(closeness: np.ndarray, source: np.ndarray, days: np.ndarray,
                  interactions: np.ndarray, warm: np.ndarray) -> np.ndarray:
    """Strengths in (0, 1] of many ties at once (what the snapshot uses).

    ``closeness`` 0 = not rated, 1..5; ``source`` an index in ``SOURCES``; ``days`` since last
    contact, -1 = unknown; ``warm`` a referral on this pair offered to prepare the ground.
    """
    rated = closeness > 0
    by_source = np.where(warm, np.maximum(SOURCE_TABLE[source], WARM_REFERRAL_STRENGTH),
                         SOURCE_TABLE[source])
    base = np.where(rated, CLOSENESS_TABLE[closeness], by_source)
    fade = RECENCY_FLOOR + (1 - RECENCY_FLOOR) * np.exp2(-np.maximum(days, 0)
                                                         / RECENCY_HALF_LIFE_DAYS)
    fade = np.where(days < 0, UNKNOWN_RECENCY, fade)
    bonus = INTERACTION_BONUS_MAX * (1 - np.exp(-interactions / INTERACTION_BONUS_SCALE))
    strength: np.ndarray = np.minimum(1.0, base * fade + bonus)
    return strength


def tie_strength(tie: Knows, today: date, warm_referral: bool = False) -> float:
    """Strength in (0, 1] of one tie (the same computation as ``tie_strengths``).

    >>> round(tie_strength(Knows("p:a", "p:b", closeness=5, last_contact="2026-11-22"),
    ...                    date(2026, 11, 22)), 3)
    0.95
    """
    one = tie_strengths(np.array([tie.closeness or 0]), np.array([SOURCES.index(tie.source)]),
                        np.array([days_since(tie, today)]), np.array([tie.interactions]),
                        np.array([warm_referral]))
    return float(one[0])


@dataclass(frozen=True, slots=True)
class TrackRecord:
    asks: int = 0
    positive: int = 0
    negative: int = 0
    pending: int = 0
    median_response_days: float | None = None  # from asked to accepted or declined

    @property
    def factor(self) -> float:
        """The introducer factor in (0, 1]: ``0.88`` for someone never asked."""
        rate = ((self.positive + INTRO_PRIOR_RATE * INTRO_PRIOR_WEIGHT)
                / (self.positive + self.negative + INTRO_PRIOR_WEIGHT))
        factor = INTRO_FACTOR_FLOOR + (1 - INTRO_FACTOR_FLOOR) * rate
        return factor * (PENDING_ASK_FACTOR if self.pending else 1.0)


def track_records(intros: Iterable[IntroRequest],
                  events: Iterable[Event] = ()) -> dict[str, TrackRecord]:
    """Each introducer's record from intro requests through them (drafts do not count), and
    with the history, how fast they answer."""
    answered: dict[str, str] = {}
    for event in sorted(events, key=lambda e: e.on):
        if event.status in ("accepted", "declined"):
            answered.setdefault(event.record, event.on)
    delays: dict[str, list[int]] = {}
    counts: dict[str, list[int]] = {}
    for intro in intros:
        if intro.asked_on and intro.id in answered:
            delays.setdefault(intro.introducer, []).append(
                (date.fromisoformat(answered[intro.id]) - date.fromisoformat(intro.asked_on)).days)
        if intro.status == "draft":
            continue
        row = counts.setdefault(intro.introducer, [0, 0, 0, 0])
        row[0] += 1
        row[1] += intro.status in POSITIVE_STATUSES
        row[2] += intro.status in NEGATIVE_STATUSES
        row[3] += intro.status in PENDING_STATUSES
    return {person: TrackRecord(asks, positive, negative, pending,
                                statistics.median(delays[person]) if person in delays else None)
            for person, (asks, positive, negative, pending) in counts.items()}


def card_record(record: TrackRecord, intros: Iterable[IntroRequest], introducer: str,
                target: str) -> TrackRecord:
    """The introducer's record as a card asking them for ``target`` counts it: an ask to them
    for that same person still waiting is the card's own state, left out (asks waiting for
    others still cool them down).

    >>> asked = [IntroRequest("i:1", "p:me", "p:vero", "p:sol", None, "asked")]
    >>> [round(card_record(track_records(asked)["p:vero"], asked, "p:vero", t).factor, 2)
    ...  for t in ("p:sol", "p:karim")]
    [0.88, 0.66]
    """
    own = sum(1 for i in intros if i.introducer == introducer and i.target == target
              and i.status in PENDING_STATUSES)
    return replace(record, asks=record.asks - own, pending=record.pending - own) if own else record


def ask_costs(intros: Iterable[IntroRequest]) -> dict[tuple[str, str], float]:
    """What asking ``introducer`` for ``target`` costs beyond the introducer's own factor, by
    ``(introducer, target)`` ids, where it is not 0 (the engine adds it, ``PathQuery.asks``):
    ``inf`` where they declined that very introduction (never advised for that person
    again, whoever asked), and ``−ln(PENDING_ASK_FACTOR)`` taken back where their only
    pending asks are for that person (``card_record``).

    >>> costs = ask_costs([IntroRequest("i:1", "p:me", "p:claire", "p:marc", None, "declined"),
    ...                    IntroRequest("i:2", "p:me", "p:vero", "p:sol", None, "asked")])
    >>> {pair: round(cost, 3) for pair, cost in costs.items()}
    {('p:claire', 'p:marc'): inf, ('p:vero', 'p:sol'): -0.288}
    """
    intros = list(intros)
    records = track_records(intros)
    statuses = Counter((i.introducer, i.target, i.status) for i in intros)
    costs: dict[tuple[str, str], float] = {}
    for (introducer, target, status), _ in statuses.items():
        pair = (introducer, target)
        if status in NEGATIVE_STATUSES:
            costs[pair] = math.inf
        elif status in PENDING_STATUSES and pair not in costs:
            record = records[introducer]
            own = card_record(record, intros, introducer, target)
            if own.pending == 0 < record.pending:
                costs[pair] = math.log(record.factor / own.factor)
    return costs


def opens_a_door(score: float, rewarmed: float) -> bool:
    """Whether re-warming a tie lifts a path from ``score`` to ``rewarmed`` enough to advise it.

    >>> opens_a_door(0.15, 0.49), opens_a_door(0.012, 0.018), opens_a_door(0.08, 0.12)
    (True, False, False)
    """
    return rewarmed >= DOOR_FLOOR and rewarmed - score >= DOOR_GAIN


def barely_known(strength: float, closeness: int | None) -> bool:
    """Whether the member barely knows a contact (``WEAK_CONTACT_TIE``): her tie's strength,
    and the closeness she rated it (``None``: not rated).

    >>> barely_known(0.18, None), barely_known(0.3, 2), barely_known(0.27, 4), barely_known(0.5, 1)
    (True, True, False, False)
    """
    return strength < WEAK_CONTACT_TIE and (closeness or 0) <= WEAK_CONTACT_CLOSENESS


def clearly_warmer(direct: float, introduced: float) -> bool:
    """Whether an introduction scoring ``introduced`` is worth advising before a contact
    whose own card scores ``direct`` (``WARMER_INTRO_GAIN``).

    >>> clearly_warmer(0.18, 0.53), clearly_warmer(0.30, 0.33)
    (True, False)
    """
    return round(introduced - direct, 9) >= WARMER_INTRO_GAIN  # (0.28 − 0.18 is 0.1)
