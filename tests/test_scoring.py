"""Each scoring rule on its own, with the numbers a reader can check by hand."""

from __future__ import annotations

import math
from datetime import date

import pytest

from graph.core.model import IntroRequest, Knows
from graph.core.roles import role_matches
from graph.core.scoring import (
    RECENCY_FLOOR,
    TrackRecord,
    ask_costs,
    card_record,
    tie_strength,
    track_records,
)

TODAY = date(2026, 11, 22)


def strength(**tie: object) -> float:
    warm = bool(tie.pop("warm", False))
    return tie_strength(Knows("p:a", "p:b", **tie), TODAY, warm)  # type: ignore[arg-type]


@pytest.mark.parametrize(("closeness", "expected"), [(1, 0.2), (2, 0.4), (3, 0.6), (4, 0.8),
                                                     (5, 0.95)])
def test_closeness_sets_the_strength_of_a_fresh_tie(closeness: int, expected: float) -> None:
    assert strength(closeness=closeness, last_contact="2026-11-22") == pytest.approx(expected)


def test_old_ties_fade_by_half_life_but_never_below_the_floor() -> None:
    year_ago = strength(closeness=5, last_contact="2025-11-22")
    assert year_ago == pytest.approx(0.95 * (RECENCY_FLOOR + (1 - RECENCY_FLOOR) / 2))
    decades = strength(closeness=5, last_contact="1990-01-01")
    assert decades == pytest.approx(0.95 * RECENCY_FLOOR, rel=1e-3)


def test_the_start_of_a_tie_stands_in_for_an_unknown_last_contact() -> None:
    assert strength(closeness=3, since="2025-11-22") == strength(closeness=3,
                                                                 last_contact="2025-11-22")
    assert strength(closeness=3) == pytest.approx(0.6 * 0.6)  # no date at all


def test_without_closeness_the_source_decides() -> None:
    fresh = {"last_contact": "2026-11-22"}
    linkedin, vcard, manual = (strength(source=s, **fresh) for s in ("linkedin", "vcard",
                                                                     "manual"))
    assert linkedin == pytest.approx(0.25) and linkedin < vcard < manual


def test_a_referral_that_offered_an_intro_is_warm_unless_closeness_says_otherwise() -> None:
    cold = strength(source="referral", last_contact="2026-11-22")
    warm = strength(source="referral", last_contact="2026-11-22", warm=True)
    assert [cold, warm] == pytest.approx([0.45, 0.7])
    assert strength(closeness=1, last_contact="2026-11-22", warm=True) == pytest.approx(0.2)


def test_interactions_add_a_small_bounded_bonus() -> None:
    base = strength(closeness=2, last_contact="2026-11-22")
    some = strength(closeness=2, last_contact="2026-11-22", interactions=20)
    lots = strength(closeness=2, last_contact="2026-11-22", interactions=100_000)
    assert base < some < lots == pytest.approx(base + 0.1)
    assert strength(closeness=5, last_contact="2026-11-22", interactions=10**6) == 1.0


def test_track_record_is_smoothed_and_pending_asks_cool_down() -> None:
    never = TrackRecord().factor
    one_no = TrackRecord(asks=1, negative=1).factor
    two_no = TrackRecord(asks=2, negative=2).factor
    two_yes = TrackRecord(asks=2, positive=2).factor
    assert never == pytest.approx(0.88)
    assert two_no < one_no < never < two_yes <= 1
    assert one_no > 0.75  # one "no" does not bury a good friend
    assert TrackRecord(asks=1, pending=1).factor == pytest.approx(0.88 * 0.75)


def test_track_records_count_outcomes_per_introducer_and_skip_drafts() -> None:
    statuses = ["draft", "asked", "declined", "introduced", "won", "lost", "accepted"]
    records = track_records(IntroRequest(f"i:{n}", "p:me", "p:vero", "p:x", status=s)
                            for n, s in enumerate(statuses))
    assert records == {"p:vero": TrackRecord(asks=6, positive=4, negative=1, pending=1)}


def test_role_terms_match_title_or_department() -> None:
    assert role_matches(["rh"], "directrice", "rh")
    assert role_matches(["communication"], "responsable communication interne", "")
    assert not role_matches(["marketing"], "comptable", "finance")


def test_role_terms_match_word_starts_and_abbreviations_their_words() -> None:
    assert role_matches(["com"], "chargee de com", "")
    assert role_matches(["com"], "responsable", "communication interne")
    assert not role_matches(["com"], "comptable", "finance")
    assert not role_matches(["ting"], "chef de produit", "marketing")
    assert role_matches(["rh"], "responsable", "ressources humaines")
    assert role_matches(["rh"], "drh", "")
    assert role_matches(["resp com"], "responsable", "communication")
    assert not role_matches(["resp com"], "responsable", "comptabilite")
    assert role_matches(["c++"], "developpeur c++", "")


def test_role_abbreviations_are_understood_in_either_language() -> None:
    """The app speaks both languages over the same notebook: "HR" searched in English over
    French titles ("Responsable RH", "Directrice des ressources humaines") found no one, and
    "RH" missed "HR manager". Still whole words: "rh" is not the start of "Rhône"."""
    assert role_matches(["hr"], "responsable rh", "")
    assert role_matches(["hr"], "directrice des ressources humaines", "")
    assert role_matches(["hr"], "drh", "")
    assert role_matches(["rh"], "hr manager", "")
    assert role_matches(["rh"], "head of", "human resources")
    assert not role_matches(["hr"], "charge de mission", "rhone alpes")
    assert not role_matches(["rh"], "hrbp", "")
    # a CHRO is HR's in either language; « Chroniqueuse » is no one's
    assert role_matches(["hr"], "chro", "") and role_matches(["rh"], "chro", "")
    assert not role_matches(["hr"], "chroniqueuse", "")
    assert not role_matches(["hr"], "chrome extension developer", "")


def test_an_ask_is_priced_for_its_own_target_only() -> None:
    """Véro has an ask waiting for Solène: asking her for Solène costs her plain factor, for
    anyone else the cool-down. Claire declined Marc: never for Marc (whoever asked), and an
    ask to her waiting for Marc from another member does not bring the path back."""
    intros = [IntroRequest("i:1", "p:me", "p:vero", "p:sol", None, "asked"),
              IntroRequest("i:2", "p:me", "p:claire", "p:marc", None, "declined"),
              IntroRequest("i:3", "p:ana", "p:claire", "p:marc", None, "asked"),
              IntroRequest("i:4", "p:me", "p:jean", "p:sol", None, "asked"),
              IntroRequest("i:5", "p:me", "p:jean", "p:karim", None, "asked")]
    costs = ask_costs(intros)
    assert costs == {("p:vero", "p:sol"): pytest.approx(math.log(0.75)),
                     ("p:claire", "p:marc"): math.inf}  # Jean waits for two: both cool
    record = track_records(intros)["p:vero"]
    assert card_record(record, intros, "p:vero", "p:sol") == TrackRecord(asks=0, pending=0)
    assert card_record(record, intros, "p:vero", "p:karim") == record
