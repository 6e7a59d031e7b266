"""Once the member has met someone (an intro request moved to "met", a referral to
"meeting"), the notebook knows she knows them: a tie from that day, or the tie she had,
brought up to that day, read and written in the step's transaction; and a step is taken once,
whatever the tabs. Both stores."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from graph.core.errors import PersonChanged
from graph.core.model import (
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
)
from graph.services.followups import due_followups
from graph.services.lifecycle import TransitionRefused, set_intro_status, set_referral_status
from graph.services.warmpaths import find_paths
from graph.stores.port import GraphStore

TODAY = date(2026, 11, 22)


def notebook(store: GraphStore, *, known: Knows | None = None) -> None:
    """Me; Anne knows Tess (at Zeta); an intro request via Anne to Tess, introduced; Anne's
    referral of Tess, contacted. ``known``: a tie Me–Tess from before."""
    store.save(GraphData(
        members=["p:me"],
        people=[Person("p:me", "Me"), Person("p:anne", "Anne"), Person("p:tess", "Tess")],
        companies=[Company("c:zeta", "Zeta")], jobs=[Job("p:tess", "c:zeta", "DRH")],
        knows=[Knows("p:me", "p:anne", 5, None, "2026-11-01"),
               Knows("p:anne", "p:tess", 4, None, "2026-11-01"), *([known] if known else [])],
        intros=[IntroRequest("i:x", "p:me", "p:anne", "p:tess", "c:zeta", "introduced",
                             "2026-11-10", "2026-11-12")],
        referrals=[Referral("r:x", "p:anne", "p:tess", "p:me", "c:zeta", status="contacted",
                            date="2026-11-01")]))


def test_after_meeting_through_an_intro_she_knows_them(store: GraphStore) -> None:
    notebook(store)
    assert store.tie("p:me", "p:tess") is None
    set_intro_status(store, "i:x", "met", today=TODAY)
    tie = store.tie("p:me", "p:tess")
    assert tie is not None
    assert (tie.since, tie.last_contact, tie.interactions, tie.source) == (
        "2026-11-22", "2026-11-22", 1, "referral")
    result = find_paths(store, "Zeta", today=TODAY)  # now a contact of hers, not an ask
    assert [i.target.name for i in result.direct] == ["Tess"] and not result.asks
    assert result.direct[0].hops[0].why == ("last contact today; 1 exchange; met through Anne "
                                            "(22 Nov 2026)")  # (not « a referral »: Anne's intro)
    french = find_paths(store, "Zeta", today=TODAY, lang="fr").direct[0].hops[0].why
    assert french == ("dernier contact aujourd'hui\u00a0; 1 échange\u00a0; rencontre grâce à "
                      "Anne (22 nov. 2026)")


def test_a_meeting_keeps_what_the_tie_said_and_brings_it_up_to_date(store: GraphStore) -> None:
    notebook(store, known=Knows("p:tess", "p:me", 2, "2019-05-01", "2020-01-01", 3,
                                "un salon en 2019", "linkedin"))
    set_referral_status(store, "r:x", "meeting", today=TODAY)
    tie = store.tie("p:me", "p:tess")
    assert tie is not None
    assert (tie.closeness, tie.since, tie.last_contact, tie.interactions, tie.how_met,
            tie.source) == (2, "2019-05-01", "2026-11-22", 4, "un salon en 2019", "linkedin")
    assert [e.status for e in store.events("r:x")] == ["meeting"]


def test_other_steps_make_no_tie(store: GraphStore) -> None:
    notebook(store)
    set_referral_status(store, "r:x", "lost", today=TODAY)
    assert [t.other("p:me") for t in store.ties_of("p:me")] == ["p:anne"]


def test_two_tabs_cannot_both_move_an_intro_on(store: GraphStore) -> None:
    """Both saw it "introduced"; the first moves it to met, the second's step is refused
    (it would record a second meeting), and its history holds one step."""
    notebook(store)
    [seen] = store.intros()
    first = store.update_intro(seen, replace(seen, status="met", updated_on="2026-11-22"),
                               [Event("i:x", "met", "2026-11-22", "")])
    assert first.status == "met"
    with pytest.raises(PersonChanged, match=r"^this record was changed meanwhile"):
        store.update_intro(seen, replace(seen, status="met", updated_on="2026-11-23"),
                           [Event("i:x", "met", "2026-11-23", "")])
    assert [(e.status, e.on) for e in store.events("i:x")] == [("met", "2026-11-22")]
    assert [i.updated_on for i in store.intros()] == ["2026-11-22"]


def test_a_step_taken_at_once_in_four_places_is_taken_once(store: GraphStore) -> None:
    """Four tabs saying "met" the same day: the intro is met (each is told so, or that it
    is met already), with one step in its history and one meeting on the tie."""
    notebook(store)
    done, refused = [], []

    def step() -> None:
        try:
            done.append(set_intro_status(store, "i:x", "met", today=TODAY).status)
        except TransitionRefused:  # (it read "met" already: met cannot go to met)
            refused.append(1)

    threads = [threading.Thread(target=step) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert done and set(done) == {"met"} and len(done) + len(refused) == 4
    assert [e.status for e in store.events("i:x")] == ["met"]
    tie = store.tie("p:me", "p:tess")
    assert tie is not None and tie.interactions == 1


def test_meeting_through_an_intro_moves_her_referral_of_that_person_to_its_meeting(
        store: GraphStore) -> None:
    """Anne's referral of Tess (contacted) and the intro via Anne to Tess: once the intro is
    met, the referral is at its meeting too (Anne's thanks come due), with one meeting on
    the tie, not two; a referral already closed is left as it was."""
    notebook(store)
    store.save(GraphData(referrals=[Referral("r:won", "p:anne", "p:tess", "p:me", None,
                                             status="won", date="2026-10-01")]))
    set_intro_status(store, "i:x", "met", today=TODAY)
    statuses = {r.id: r.status for r in store.referrals()}
    assert statuses == {"r:x": "meeting", "r:won": "won"}
    assert [(e.status, e.on) for e in store.events("r:x")] == [("meeting", "2026-11-22")]
    assert store.events("r:won") == []
    tie = store.tie("p:me", "p:tess")
    assert tie is not None and tie.interactions == 1
    assert [f.kind for f in due_followups(store, today=TODAY) if f.record == "r:x"] == ["thank"]


def test_meeting_through_a_referral_moves_her_introduced_intro_to_that_person_to_met(
        store: GraphStore) -> None:
    """The reverse: Anne's referral of Tess reaches its meeting, so the intro via Anne to
    Tess (introduced) is met too, with one meeting on the tie; an intro not yet taken up by
    its introducer (asked) is left for her to close, and so is one to someone else."""
    notebook(store)
    store.save(GraphData(people=[Person("p:bob", "Bob")], intros=[
        IntroRequest("i:asked", "p:me", "p:bob", "p:tess", "c:zeta", "asked", "2026-11-15",
                     "2026-11-15"),
        IntroRequest("i:other", "p:me", "p:anne", "p:bob", None, "introduced", "2026-11-10",
                     "2026-11-12")]))
    set_referral_status(store, "r:x", "meeting", today=TODAY)
    assert {i.id: i.status for i in store.intros()} == {
        "i:x": "met", "i:asked": "asked", "i:other": "introduced"}
    assert [(e.status, e.on) for e in store.events("i:x")] == [("met", "2026-11-22")]
    assert store.events("i:asked") == [] and store.events("i:other") == []
    tie = store.tie("p:me", "p:tess")
    assert tie is not None and tie.interactions == 1
