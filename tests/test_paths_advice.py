"""What a card advises and to whom, through the real stores, the service and the command's
text: paths from someone who is not the member name her (not "you"), and an ask already
recorded is advised as its state says (the app's card says the same words)."""

from __future__ import annotations

import json

import pytest

from cli.paths import paths_text
from graph.core.model import IntroRequest, Knows
from graph.services.warmpaths import PathsResult, to_json
from graph.stores.port import GraphStore
from tests.test_ranking_rules import network, paths


def by_introducer(result: PathsResult) -> dict[str, str]:
    return {c.introducer.id[2:]: c.explanation for c in result.introductions}


def test_paths_from_someone_else_name_her_not_you(store: GraphStore) -> None:
    """me ─4─ noemie (not a member); noemie ─4─ tom @co (her contact there), noemie ─4─
    hugo ─4─ sol @co, noemie ─5, 5 years ago─ olga ─4─ zoe @co. From Noémie, every card
    speaks of her: her direct contact, her asks, her ties, her quiet tie to re-warm."""
    store.save(network([("me", "noemie", 4, "2026-11-22"), ("noemie", "tom", 4, "2026-11-22"),
                        ("noemie", "hugo", 4, "2026-11-22"), ("hugo", "sol", 4, "2026-11-22"),
                        ("noemie", "olga", 5, "2021-11-22"), ("olga", "zoe", 4, "2026-11-22")],
                       {"tom": "CTO", "sol": "DRH", "zoe": "DAF"}))
    english = paths(store, sources=["Noémie Fabre"])
    assert by_introducer(english) == {
        "tom": "Noémie Fabre knows Tom Ferrand (CTO at Compagnie) directly: no introduction "
               "needed.",
        "hugo": "Noémie Fabre can ask Hugo Lefèvre for an introduction to Solène Roux (DRH at "
                "Compagnie).",
        "olga": "Noémie Fabre can ask Olga Petit for an introduction to Zoé Garnier (DAF at "
                "Compagnie)."}
    hugo, olga = english.asks
    assert hugo.why_rank == ("Helped by a close tie between Noémie Fabre and Hugo Lefèvre and a "
                             "close tie between Hugo Lefèvre and Solène Roux.")
    assert olga.why_rank == ("Helped by a close tie between Olga Petit and Zoé Garnier; held "
                             "back by a tie between Noémie Fabre and Olga Petit quiet for 5 "
                             "years.")
    assert olga.rewarm is not None and olga.rewarm.why == (
        "Noémie Fabre should re-warm Olga Petit first: their tie is the weak link of this path "
        "(closeness 5/5, last contact 5 years ago). Back in touch, the path would score 54% "
        "instead of 15%.")
    text = paths_text(english, 4, "en")
    assert "Noémie Fabre already knows people there:" in text
    assert "you" not in text.lower().replace("your", "")  # (no "you", no "your")

    french = paths(store, lang="fr", sources=["Noémie Fabre"])
    assert by_introducer(french) == {
        "tom": "Noémie Fabre connaît Tom Ferrand (CTO chez Compagnie) : pas besoin "
               "d'intermédiaire.",
        "hugo": "Noémie Fabre peut demander à Hugo Lefèvre une mise en relation avec Solène "
                "Roux (DRH chez Compagnie).",
        "olga": "Noémie Fabre peut demander à Olga Petit une mise en relation avec Zoé Garnier "
                "(DAF chez Compagnie)."}
    assert french.asks[1].rewarm is not None and french.asks[1].rewarm.why == (
        "Noémie Fabre devrait d'abord reprendre contact avec Olga Petit : leur lien est le "
        "maillon faible de ce chemin (proximité 5/5, dernier contact il y a 5 ans). Le contact "
        "renoué, le chemin passerait de 15\u00a0% à 54\u00a0%.")
    text = paths_text(french, 4, "fr")
    assert "Noémie Fabre y connaît déjà du monde :" in text
    assert not any(word in text for word in ("Vous", "vous", "votre", "Demandez"))

    # From the member herself (named or not): "you", as before
    for mine in (paths(store), paths(store, sources=["Isabelle Prigent"])):
        assert by_introducer(mine)["noemie"] == (
            "Ask Noémie Fabre to introduce you to Tom Ferrand (CTO at Compagnie).")
        assert mine.asks[0].why_rank.startswith("Helped by your close tie with Noémie Fabre")


def test_several_people_to_start_from_are_all_named(store: GraphStore) -> None:
    """noemie ─4─ tom @co and hugo ─4─ sol @co, neither a member: both know people there."""
    store.save(network([("me", "noemie", 4, "2026-11-22"), ("noemie", "tom", 4, "2026-11-22"),
                        ("hugo", "sol", 4, "2026-11-22")], {"tom": "CTO", "sol": "DRH"}))
    result = paths(store, sources=["Noémie Fabre", "Hugo Lefèvre"])
    assert paths_text(result, 4, "en").splitlines()[2] == (
        "Hugo Lefèvre and Noémie Fabre already know people there:")
    french = paths(store, lang="fr", sources=["Noémie Fabre", "Hugo Lefèvre"])
    assert paths_text(french, 4, "fr").splitlines()[2] == (
        "Hugo Lefèvre et Noémie Fabre y connaissent déjà du monde :")


ASKED = {  # introducer → (status, asked on, updated on)
    "vero": ("introduced", "2026-11-02", "2026-11-20"),
    "anne": ("accepted", "2026-11-02", "2026-11-18"),
    "bea": ("asked", "2026-11-01", "2026-11-01"),
    "cle": ("asked", "2026-11-20", "2026-11-20"),
    "dan": ("draft", None, "2026-11-21"),
    "gil": ("met", "2026-10-01", "2026-11-10"),
}


def test_an_ask_already_recorded_is_advised_as_its_state_says(store: GraphStore) -> None:
    """me ─4─ x ─4─ a target @co for each x, and Isabelle's asks recorded to most of them:
    introduced → get in touch with the target; accepted → watch for the introduction; asked
    → wait, or follow up when late; a draft is not sent yet (still "ask"); none → "ask"."""
    targets = {"vero": "sol", "anne": "tom", "bea": "marc", "cle": "leo", "dan": "zoe",
               "gil": "karim", "olga": "paul"}
    store.save(network(
        [(t, u, 4, "2026-11-22") for x, target in targets.items()
         for t, u in (("me", x), (x, target))],
        dict.fromkeys(targets.values(), "DRH"),
        intros=[IntroRequest(f"i:{x}", "p:me", f"p:{x}", f"p:{targets[x]}", "c:co", status,
                             asked_on, updated_on)
                for x, (status, asked_on, updated_on) in ASKED.items()]))
    english = paths(store, top=10)
    said = {c.introducer.id[2:]: c.next_step for c in english.asks}
    assert said == {
        "vero": "Introduced on 20 Nov 2026: suggest a meeting to Solène Roux.",
        "anne": "Anne Morel accepted on 18 Nov 2026: watch for the e-mail introducing you to "
                "Tom Ferrand, then record it in Follow-ups.",
        "bea": "You asked Béa Arnaud on 1 Nov 2026, no answer for 21 days: time to follow up "
               "(a message is ready in Follow-ups).",
        "cle": "You asked Clémence Roy on 20 Nov 2026. If there is no answer, follow up on 27 "
               "Nov 2026.",
        "dan": "", "olga": "",
        "gil": "Met on 10 Nov 2026: record what came of it in Follow-ups."}
    text = paths_text(english, 4, "en")
    for x in ("vero", "anne", "bea", "cle", "gil"):
        assert said[x] in text
    assert "Ask Véronique Bastide" not in text and "Ask Anne Morel" not in text
    assert "Ask Dan Vidal to introduce you to Zoé Garnier" in text  # (a draft: not sent)
    assert "Ask Olga Petit to introduce you to Paul Girard" in text
    cards = {c["introducer"]["id"]: c for c in to_json(english)["introducers"]}
    assert cards["p:vero"]["asked"] == {"id": "i:vero", "status": "introduced"}
    assert cards["p:vero"]["next_step"] == said["vero"]
    assert cards["p:olga"]["asked"] is None and cards["p:dan"]["asked"] is None
    assert cards["p:olga"]["next_step"] is None
    json.dumps(to_json(english))

    french = {c.introducer.id[2:]: c.next_step for c in paths(store, lang="fr", top=10).asks}
    assert french["vero"] == ("Mise en relation faite le 20 nov. 2026 : proposez un rendez-vous "
                              "à Solène Roux.")
    assert french["cle"] == ("Demande envoyée à Clémence Roy le 20 nov. 2026. Sans réponse, "
                             "relance prévue le 27 nov. 2026.")


def test_a_second_ask_for_the_same_person_waits_and_a_contact_says_her_intro_is_underway(
        store: GraphStore) -> None:
    """me ─4─ vero ─4─ sol @co and me ─4─ anne ─4─ sol; me ─4─ hugo @co (a contact now).
    Isabelle asked Véronique for Solène (waiting), and Clémence for Hugo before he was a
    contact: Anne's card says to wait for Véronique's answer (one friend at a time for one
    person), Hugo's that an introduction is under way, as the app's cards do."""
    store.save(network([("me", "vero", 4, "2026-11-22"), ("vero", "sol", 4, "2026-11-22"),
                        ("me", "anne", 4, "2026-11-22"), ("anne", "sol", 4, "2026-11-22"),
                        ("me", "hugo", 4, "2026-11-22")], {"sol": "DRH", "hugo": "CTO"},
                       intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "asked",
                                            "2026-11-20", "2026-11-20"),
                               IntroRequest("i:2", "p:me", "p:cle", "p:hugo", "c:co",
                                            "accepted", "2026-11-15", "2026-11-16")]))
    result = paths(store)
    said = {c.introducer.id[2:]: c.next_step for c in result.introductions}
    assert said == {
        "hugo": "An introduction is under way: you asked Clémence Roy to introduce you to Hugo "
                "Lefèvre (on 15 Nov 2026, accepted).",
        "vero": "You asked Véronique Bastide on 20 Nov 2026. If there is no answer, follow up "
                "on 27 Nov 2026.",
        "anne": "You already asked Véronique Bastide to introduce you to Solène Roux (20 Nov "
                "2026): wait for the answer before asking someone else."}
    text = paths_text(result, 4, "en")
    for words in said.values():
        assert words in text
    assert "Ask Anne Morel" not in text
    cards = {c["introducer"]["id"]: c for c in to_json(result)["introducers"]}
    assert [cards[f"p:{x}"]["asked"] for x in ("hugo", "vero", "anne")] == [
        None, {"id": "i:1", "status": "asked"}, None]
    assert [cards[f"p:{x}"]["next_step"] for x in ("hugo", "vero", "anne")] == [
        said["hugo"], said["vero"], said["anne"]]
    french = {c.introducer.id[2:]: c.next_step for c in paths(store, lang="fr").introductions}
    assert french["anne"] == ("Vous avez déjà demandé à Véronique Bastide de vous présenter à "
                              "Solène Roux (20 nov. 2026) : attendez sa réponse avant de "
                              "demander à quelqu'un d'autre.")


def test_someone_elses_ask_is_not_the_cards_state(store: GraphStore) -> None:
    """Isabelle's card to Solène through Véronique; the ask recorded is Noémie's (another
    member): Isabelle still gets "ask"; from Noémie, the card says where her ask stands."""
    data = network([("me", "vero", 4, "2026-11-22"), ("vero", "sol", 4, "2026-11-22")],
                   {"sol": "DRH"},
                   more=[Knows("p:noemie", "p:vero", 4, None, "2026-11-22", 0, "", "manual")],
                   intros=[IntroRequest("i:1", "p:noemie", "p:vero", "p:sol", "c:co",
                                        "accepted", "2026-11-02", "2026-11-18")])
    data.members.append("p:noemie")
    store.save(data)
    [mine] = paths(store, sources=["Isabelle Prigent"]).asks
    assert mine.next_step == "" and mine.explanation.startswith("Ask Véronique Bastide")
    [hers] = paths(store, sources=["Noémie Fabre"]).asks
    assert hers.next_step.startswith("Véronique Bastide accepted on 18 Nov 2026")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_ask_without_a_date_is_said_without_one(store: GraphStore, lang: str) -> None:
    """Carnet JSON allows an ask with no dates: its state is said, with no "None"."""
    store.save(network([("me", "vero", 4, "2026-11-22"), ("vero", "sol", 4, "2026-11-22")],
                       {"sol": "DRH"},
                       intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "asked")]))
    [card] = paths(store, lang=lang).asks
    assert card.next_step == {  # (the words of the app's card: one function says both)
        "en": "You asked Véronique Bastide (no date recorded). If there is no answer after 7 "
              "days, follow up (a message is ready in Follow-ups).",
        "fr": "Demande envoyée à Véronique Bastide (sans date notée). Sans réponse au bout de "
              "7 jours, relancez (un message est prêt dans Relances)."}[lang]
