"""An ask is about one person (issue 13, as a newcomer met it on the demo): an introduction
the introducer declined is never advised again, and an ask waiting for an answer is its
card's own state, not a reason to rank that card lower. On every store."""

from __future__ import annotations

import pytest

from cli.paths import paths_text
from graph.core.model import GraphData, IntroRequest
from graph.services.demo import load_demo
from graph.services.lifecycle import ask_intro, set_intro_status
from graph.services.warmpaths import to_json
from graph.stores.port import GraphStore
from tests.test_trusted_paths import TODAY, cards, network, paths

DECLINED = IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "declined", "2026-11-01",
                        "2026-11-05")


def test_a_declined_introduction_is_not_advised_again_but_she_leads_elsewhere(
        store: GraphStore) -> None:
    """me ─5─ vero ─5─ sol @co, vero ─3─ karim @co;  me ─4─ noemie ─3─ sol.
    Véro said no to introducing me to Solène: her card now goes to Karim (her decline
    said), and Solène is reached through Noémie."""
    ties: list[tuple[str, str, int | None, str | None]] = [
        ("me", "vero", 5, "2026-11-01"), ("vero", "sol", 5, "2026-11-01"),
        ("vero", "karim", 3, "2026-11-01"), ("me", "noemie", 4, "2026-11-01"),
        ("noemie", "sol", 3, "2026-11-01")]
    jobs = {"sol": "c:co", "karim": "c:co"}
    store.save(network(ties, jobs))
    assert cards(paths(store)) == ([], ["vero>sol", "noemie>sol"])
    store.save(network(ties, jobs, intros=[DECLINED]))
    result = paths(store)
    assert cards(result) == ([], ["vero>karim", "noemie>sol"])
    assert result.asks[0].explanation == (
        "Ask Véronique Bastide to introduce you to Karim Benali (Chargée de communication at "
        "Compagnie). The one past ask came to nothing.")
    assert [why for _, _, why in result.declined] == [
        "Véronique Bastide declined on 5 Nov 2026 to introduce you to Solène Roux: that path "
        "is no longer suggested."]


def test_an_introducer_who_declined_the_only_target_there_gets_no_card(
        store: GraphStore) -> None:
    """me ─5─ vero ─5─ sol @co, and Véro declined: no one left to ask her for."""
    store.save(network([("me", "vero", 5, "2026-11-01"), ("vero", "sol", 5, "2026-11-01")],
                       {"sol": "c:co"}, intros=[DECLINED]))
    result = paths(store, lang="fr")
    assert cards(result) == ([], [])
    assert paths_text(result, 4, "fr") == (
        "Aucun chemin vers Compagnie en 4 lien(s) au plus.\n"
        "Véronique Bastide a refusé le 5 nov. 2026 de vous présenter à Solène Roux : ce chemin "
        "n'est plus proposé.")


def test_recording_an_ask_does_not_demote_its_own_card(store: GraphStore) -> None:
    """me ─5─ vero ─4─ sol @co;  me ─4─ noemie ─4─ karim @co. Asking Véro for Solène leaves
    her card where it was, at the same score, without "still waiting" in its words (the
    page shows the ask's state); an ask to her for someone else still cools her down."""
    store.save(network([("me", "vero", 5, "2026-11-01"), ("vero", "sol", 4, "2026-11-01"),
                        ("me", "noemie", 4, "2026-11-01"), ("noemie", "karim", 4,
                                                            "2026-11-01")],
                       {"sol": "c:co", "karim": "c:co"}))
    before = paths(store)
    assert cards(before) == ([], ["vero>sol", "noemie>karim"])
    ask_intro(store, requester="p:me", introducer="p:vero", target="p:sol", company="c:co",
              today=TODAY)
    after = paths(store)
    assert cards(after) == cards(before)
    assert [c.score for c in after.asks] == [c.score for c in before.asks]
    vero = after.asks[0]
    assert [f.value for f in vero.factors if f.kind == "introducer"] == [0.88]
    assert "waiting" not in vero.explanation + vero.why_rank
    ask_intro(store, requester="p:me", introducer="p:vero", target="p:jean", company="c:other",
              today=TODAY)
    cooled = paths(store).asks
    assert [c.introducer.id for c in cooled] == ["p:noemie", "p:vero"]
    assert cooled[1].score == pytest.approx(before.asks[0].score * 0.75, abs=1e-12)
    assert cooled[1].explanation.endswith(
        "An ask to Véronique Bastide is still waiting for an answer.")


def test_on_the_demo_claire_is_not_advised_again_for_marc(store: GraphStore) -> None:
    """Groupe Méditerranée Énergie: Claire Dumas declined to introduce Isabelle to Marc
    Aubert; Véronique Bastide's ask for Solène Roux is waiting and keeps its place."""
    load_demo(store, "fr")
    result = paths(store, "c:gme")
    pairs = [(c.introducer.name, c.target.name) for c in result.asks]
    assert ("Claire Dumas", "Marc Aubert") not in pairs
    assert [(d["introducer"]["name"], d["target_person"]["name"])
            for d in to_json(result)["declined"]] == [("Claire Dumas", "Marc Aubert")]
    assert pairs[0] == ("Véronique Bastide", "Solène Roux")
    assert [f.value for f in result.asks[0].factors if f.kind == "introducer"] == [0.88]


def test_an_undated_ask_still_waiting_is_a_follow_up_due_now(store: GraphStore) -> None:
    """An ask recorded with no date (Carnet JSON allows one): its card says to follow up
    after a week, so Relances lists it, due today, without a made-up number of days."""
    from datetime import date

    from graph.core.model import Company, GraphData, Person
    from graph.services.followups import due_followups

    store.save(GraphData(
        members=["p:me"], people=[Person("p:me", "Isabelle Prigent"),
                                  Person("p:vero", "Véronique Bastide"),
                                  Person("p:sol", "Solène Roux")],
        companies=[Company("c:gme", "GME")],
        intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:gme", "asked")]))
    today = date(2026, 11, 22)
    [item] = due_followups(store, today=today, lang="fr")
    assert (item.kind, item.record, item.due_on, item.days_overdue) == (
        "no_answer", "i:1", "2026-11-22", 0)
    assert item.what == ("Véronique Bastide n'a pas encore répondu à votre demande pour "
                         "Solène Roux (sans date notée)")
    assert due_followups(store, today=today)[0].what == (
        "Véronique Bastide has not answered your ask about Solène Roux yet (no date recorded)")


def test_someone_met_through_an_introduction_says_who_brought_her(store: GraphStore) -> None:
    """Véro introduced me to Solène and we met: Solène is one of my contacts there, and her
    card says whom I met her through, not « known through a referral »."""
    store.save(network([("me", "vero", 5, "2026-11-01"), ("vero", "sol", 4, "2026-11-01")],
                       {"sol": "c:co"}))
    intro, _ = ask_intro(store, requester="p:me", introducer="p:vero", target="p:sol",
                         company="c:co", today=TODAY)
    for step in ("accepted", "introduced", "met"):
        set_intro_status(store, intro.id, step, today=TODAY)
    result = paths(store)
    assert cards(result)[0] == ["sol"]
    why = result.direct[0].hops[0].why
    assert "met through Véronique Bastide (22 Nov 2026)" in why
    assert "referral" not in why
    assert "rencontre grâce à Véronique Bastide (22 nov. 2026)" in paths(
        store, lang="fr").direct[0].hops[0].why


def test_an_introduction_that_came_to_nothing_does_not_warm_its_tie(store: GraphStore) -> None:
    """Véro accepted to introduce me to Solène (28 Sep), and it came to nothing (closed
    today): the tie her yes implies is not dated today (it was, and the card warmed)."""
    store.save(network([("me", "vero", 5, "2026-11-01")], {"sol": "c:co"}, intros=[
        IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "accepted", "2026-09-28",
                     "2026-09-28")]))
    before = paths(store).asks[0]
    store.save(GraphData(intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "lost",
                                              "2026-09-28", TODAY.isoformat())]))
    after = paths(store).asks[0]
    assert after.hops[1].strength == before.hops[1].strength
    assert after.hops[1].why == before.hops[1].why == (
        "Véronique Bastide agreed to introduce Isabelle Prigent to Solène Roux (28 Sep 2026)")
