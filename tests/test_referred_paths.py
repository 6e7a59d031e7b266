"""A referral noted for the company searched is on its page even when the engine's one best
path per introducer goes elsewhere (a newcomer's run: Noémie recommended Margaux, Noémie's
card went to Nicolas, and Margaux was nowhere on the company's page). On every store."""

from __future__ import annotations

from dataclasses import replace

from cli.paths import paths_text
from graph.core.model import IntroRequest, Referral
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths, to_json
from graph.stores.port import GraphStore
from tests.test_trusted_paths import TODAY, cards, network, paths

TIES: list[tuple[str, str, int | None, str | None]] = [
    ("me", "noemie", 5, "2026-11-20"), ("noemie", "karim", 5, "2026-11-20"),
    ("me", "vero", 4, "2026-11-20"), ("vero", "jean", 4, "2026-11-20")]
JOBS = {"karim": "c:co", "sol": "c:co", "jean": "c:co"}


def referral(referee: str = "sol", status: str = "noted", offered: bool = True,
             on: str | None = "2026-11-21", referrer: str = "noemie") -> Referral:
    return Referral(f"r:{referrer}-{referee}", f"p:{referrer}", f"p:{referee}", "p:me", "c:co",
                    offered_intro=offered, date=on, status=status)


def test_a_referral_her_introducer_s_card_does_not_show_is_said_on_the_page(
        store: GraphStore) -> None:
    """me ─5─ noemie ─5─ karim @co, and Noémie recommended Solène @co (a referral's tie is
    cooler than a close friend's): Noémie's card still goes to Karim, and the page says what
    Noémie recommended, with what to do."""
    store.save(network(TIES, JOBS, referrals=[referral()]))
    result = paths(store, lang="fr")
    assert cards(result) == ([], ["noemie>karim", "vero>jean"])
    said = ("Noémie Fabre vous a recommandé Solène Roux (Chargée de communication chez "
            "Compagnie) le 21 nov. 2026 et propose de préparer le terrain\u00a0: demandez à "
            "Noémie Fabre de le faire, puis écrivez à Solène Roux de sa part.")
    assert [why for _, _, why in result.referred] == [said]
    text = paths_text(result, 4, "fr").splitlines()
    assert text[2:5] == ["On vous a recommandé ici :", f"  · {said}", ""]
    assert to_json(result)["referred"] == [
        {"referrer": {"id": "p:noemie", "name": "Noémie Fabre"},
         "target_person": {"id": "p:sol", "name": "Solène Roux"}, "why": said}]
    english = paths(store).referred[0][2]
    assert english == (
        "Noémie Fabre suggested you contact Solène Roux (Chargée de communication at Compagnie) "
        "on 21 Nov 2026 and offered to prepare the ground: ask Noémie Fabre to, then write to "
        "Solène Roux, mentioning Noémie Fabre.")


def test_only_open_referrals_to_someone_there_that_no_card_already_shows(
        store: GraphStore) -> None:
    """Not said: the referral her introducer's card shows (Véro → Jean), one already under way
    (contacted) or closed, one to someone not at the company; said, undated and without an
    offer: Véro's second referral, latest first."""
    store.save(network(TIES, {**JOBS, "ana": "c:other"}, referrals=[
        referral("jean", referrer="vero"), referral("karim", status="contacted"),
        referral("ana"), referral("sol", referrer="vero", offered=False, on=None),
        referral("pierre", status="dropped")]))
    result = paths(store)
    assert cards(result) == ([], ["noemie>karim", "vero>jean"])
    assert [why for _, _, why in result.referred] == [
        "Véronique Bastide suggested you contact Solène Roux (Chargée de communication at "
        "Compagnie): write to Solène Roux, mentioning Véronique Bastide."]


def test_a_referral_her_introducer_s_card_shows_is_not_said_again(store: GraphStore) -> None:
    """me ─5─ noemie, who recommended Solène @co: Noémie's card is the referral's path."""
    store.save(network([("me", "noemie", 5, "2026-11-20")], {"sol": "c:co"},
                       referrals=[referral()]))
    result = paths(store, lang="fr")
    assert cards(result) == ([], ["noemie>sol"])
    assert result.referred == []  # (her card is the referral's own path)


def test_a_referral_a_newer_one_moved_on_or_someone_excluded_is_not_said(
        store: GraphStore) -> None:
    """Noémie's referral of Solène noted in October, then again in November and Solène
    contacted since: not « write to Solène » from October. Véro's referral of Solène, with
    Véro excluded from the search: not « ask Véro »."""
    store.save(network(TIES, JOBS, referrals=[
        referral(on="2026-10-01"), replace(referral(on="2026-11-10", status="contacted"),
                                           id="r:again"),
        referral(referrer="vero", offered=False)]))
    assert [why for _, _, why in paths(store).referred] == [
        "Véronique Bastide suggested you contact Solène Roux (Chargée de communication at "
        "Compagnie) on 21 Nov 2026: write to Solène Roux, mentioning Véronique Bastide."]
    excluded = find_paths(store, "c:co", exclude=["p:vero"], today=TODAY, cache=SnapshotCache())
    assert excluded.referred == []


def test_a_referral_whose_ask_was_declined_is_not_advised(store: GraphStore) -> None:
    """Véro recommended Solène, and then did not answer my ask to introduce me to her: the
    page says that path is no longer proposed, and not, above it, « ask Véro »."""
    store.save(network(TIES, JOBS, referrals=[referral(referrer="vero")], intros=[
        IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "declined", "2026-11-01",
                     "2026-11-15")]))
    result = paths(store)
    assert result.referred == [] and len(result.declined) == 1
