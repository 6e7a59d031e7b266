"""Warm paths a person would trust, one tiny graph per rule, on every store: never an intro to
someone she knows, never through one of her contacts, her contacts at the company apart and
warmest first, ties implied by records, "re-warm X first" and the people worth re-warming."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph.core import formatting
from graph.core.errors import DataRejected
from graph.core.model import Company, GraphData, IntroRequest, Job, Knows, Person, Referral
from graph.core.scoring import TrackRecord, opens_a_door, tie_strength
from graph.formats.interchange import dumps, parse_carnet
from graph.services.explain import HopFacts, ago, span, why_rank, why_tie
from graph.services.referrals import record_referral
from graph.services.rewarm import (
    add_target,
    remove_target,
    target_companies,
    worth_rewarming,
)
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import PathsResult, find_paths, to_json
from graph.stores.port import GraphStore
from tests.cli_helpers import run_in_process

TODAY = date(2026, 11, 22)
NAMES = {"me": "Isabelle Prigent", "noemie": "Noémie Fabre", "vero": "Véronique Bastide",
         "karim": "Karim Benali", "sol": "Solène Roux", "jean": "Jean Dupont",
         "ana": "Ana Lopes", "pierre": "Pierre Castagnet"}


def network(ties: list[tuple[str, str, int | None, str | None]], jobs: dict[str, str],
            **records: list[object]) -> GraphData:
    """People by short name; ties ``(a, b, closeness, last contact)``; jobs person → company
    (``c:co``, "Compagnie", or ``c:other``)."""
    return GraphData(
        members=["p:me"], people=[Person(f"p:{k}", name) for k, name in NAMES.items()],
        companies=[Company("c:co", "Compagnie"), Company("c:other", "Autre Maison")],
        knows=[Knows(f"p:{a}", f"p:{b}", c, None, last, 0, "", "manual")
               for a, b, c, last in ties],
        jobs=[Job(f"p:{p}", company, "Chargée de communication") for p, company in jobs.items()],
        **records)  # type: ignore[arg-type]


def paths(store: GraphStore, company: str = "c:co", lang: str = "en") -> PathsResult:
    return find_paths(store, company, today=TODAY, cache=SnapshotCache(), lang=lang)


def cards(result: PathsResult) -> tuple[list[str], list[str]]:
    """(her contacts there, the introductions as introducer>…>target)."""
    return ([i.target.id[2:] for i in result.direct],
            [">".join(p.id[2:] for p in i.path[1:]) for i in result.asks])


def test_never_an_intro_to_someone_she_knows(store: GraphStore) -> None:
    """me ─4─ noemie @co;  me ─5─ vero ─4─ noemie: Noémie is a contact, not a target for Véro."""
    store.save(network([("me", "noemie", 4, "2026-11-01"), ("me", "vero", 5, "2026-11-01"),
                        ("vero", "noemie", 4, "2026-11-01")], {"noemie": "c:co"}))
    assert cards(paths(store)) == (["noemie"], [])


def test_no_path_runs_through_one_of_her_contacts(store: GraphStore) -> None:
    """me ─2─ noemie ─4─ karim @co;  me ─5─ vero ─5─ noemie: Noémie's own card, not Véro's
    longer ask through her."""
    store.save(network([("me", "noemie", 2, "2026-11-01"), ("me", "vero", 5, "2026-11-01"),
                        ("vero", "noemie", 5, "2026-11-01"), ("noemie", "karim", 4,
                                                               "2026-11-01")],
                       {"karim": "c:co"}))
    assert cards(paths(store)) == ([], ["noemie>karim"])


def test_her_contacts_there_are_apart_warmest_first_and_intros_rank_by_score(
        store: GraphStore) -> None:
    """me ─1, 8 years─ jean @co;  me ─4─ ana @co;  me ─5─ vero ─4─ sol @co."""
    store.save(network([("me", "jean", 1, "2018-11-01"), ("me", "ana", 4, "2026-11-01"),
                        ("me", "vero", 5, "2026-11-01"), ("vero", "sol", 4, "2026-11-01")],
                       {"jean": "c:co", "ana": "c:co", "sol": "c:co"}))
    result = paths(store)
    assert cards(result) == (["ana", "jean"], ["vero>sol"])
    jean = result.direct[1]
    assert jean.score < result.asks[0].score  # a weak old tie, yet no intro outranks it now
    assert jean.hops[0].why == "closeness 1/5; last contact 8 years ago"
    doc = to_json(result)
    assert [(c["rank"], c["direct"], c["group"], c["introducer"]["id"])
            for c in doc["introducers"]] == [(1, True, "direct", "p:ana"),
                                             (2, True, "direct", "p:jean"),
                                             (3, False, "introduction", "p:vero")]


def test_a_referral_alone_implies_the_tie_with_its_warmth_and_why(store: GraphStore) -> None:
    """A Carnet JSON document with a referral and no tie between Noémie and Karim:
    me ─4─ noemie ┄referral, offered intro┄ karim @co."""
    doc = json.loads(dumps(network([("me", "noemie", 4, "2026-11-01")], {"karim": "c:co"},
                                   referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me",
                                                       "c:co", offered_intro=True,
                                                       date="2026-10-02")])))
    store.save(parse_carnet(json.dumps(doc)))
    assert store.tie("p:noemie", "p:karim") is None
    [card] = paths(store).asks
    hop = card.hops[1]
    assert hop.why == ("Noémie Fabre suggested Karim Benali on 2 Oct 2026 and offered to "
                       "prepare the ground")
    warm = tie_strength(Knows("p:karim", "p:noemie", since="2026-10-02", source="referral"),
                        TODAY, warm_referral=True)
    assert hop.strength == pytest.approx(warm) and warm == pytest.approx(0.7 * (
        0.25 + 0.75 * 2 ** (-51 / 365)))


def test_a_referrals_context_is_said_as_its_context_not_as_how_they_met(
        store: GraphStore) -> None:
    """me ─4─ noemie, who suggests karim @co ("she is looking for …"): the tie the referral
    brings says the context as the referral's, not as the place they met."""
    store.save(network([("me", "noemie", 4, "2026-11-01")], {"karim": "c:co"}))
    record_referral(store, referrer=store.get_person("p:noemie"),
                    referee=store.get_person("p:karim"), member="p:me",
                    company=store.get_company("c:co"), context="il cherche une consultante",
                    on=date(2026, 11, 2))
    hop = paths(store, lang="fr").asks[0].hops[1]
    assert "contexte\u00a0: il cherche une consultante" in hop.why
    assert "rencontre" not in hop.why


def test_an_accepted_intro_implies_the_tie(store: GraphStore) -> None:
    """me ─5─ vero ┄accepted to introduce me to┄ sol @co (no stored tie)."""
    store.save(network([("me", "vero", 5, "2026-11-01")], {"sol": "c:co"}, intros=[
        IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "accepted", "2026-11-10",
                     "2026-11-12")]))
    [card] = paths(store, lang="fr").asks
    assert card.hops[1].why == ("Véronique Bastide a accepté de présenter Isabelle Prigent à "
                                "Solène Roux (12 nov. 2026)")


def test_a_warmer_stored_tie_wins_over_the_referral(store: GraphStore) -> None:
    """me ─4─ noemie ─5, last week─ karim, and an old referral without an offer."""
    store.save(network([("me", "noemie", 4, "2026-11-01"), ("noemie", "karim", 5,
                                                             "2026-11-15")],
                       {"karim": "c:co"}, referrals=[Referral("r:1", "p:noemie", "p:karim",
                                                              "p:me", date="2020-01-01")]))
    [card] = paths(store).asks
    stored = store.tie("p:noemie", "p:karim")
    assert stored is not None
    assert card.hops[1].strength == pytest.approx(tie_strength(stored, TODAY))


def test_rewarm_first_when_her_own_quiet_tie_is_the_weak_link(store: GraphStore) -> None:
    """me ─4, 7 years ago─ pierre ─4, last week─ sol @co."""
    store.save(network([("me", "pierre", 4, "2019-11-22"), ("pierre", "sol", 4, "2026-11-15")],
                       {"sol": "c:co"}))
    [card] = paths(store).asks
    rewarm = card.rewarm
    assert rewarm is not None and rewarm.person.id == "p:pierre"
    assert rewarm.days == 2557
    assert rewarm.fresh == pytest.approx(0.8)
    assert rewarm.score == pytest.approx(card.score * 0.8 / card.hops[0].strength)
    assert rewarm.why == (f"Re-warm Pierre Castagnet first: your tie is the weak link of this "
                          f"path (closeness 4/5, last contact 7 years ago). Back in touch, the "
                          f"path would score {rewarm.score:.0%} instead of {card.score:.0%}.")
    assert rewarm.draft.startswith("Hello Pierre,\n\nIt has been 7 years since we last talked")
    assert "I am also looking into Compagnie" in rewarm.draft
    assert card.why_rank == ("Helped by a close tie between Pierre Castagnet and Solène Roux; "
                             "held back by your tie with Pierre Castagnet (quiet for 7 years).")
    french = paths(store, lang="fr").asks[0].rewarm
    assert french is not None and french.draft.startswith(
        "Bonjour Pierre,\n\nCela fait 7 ans que nous ne nous sommes pas parlé")


def test_no_rewarm_when_her_tie_is_fresh_or_not_the_weak_link(store: GraphStore) -> None:
    """me ─4, last week─ vero ─2─ sol @co;  me ─5, 2 years─ pierre ─1─ karim @co."""
    store.save(network([("me", "vero", 4, "2026-11-15"), ("vero", "sol", 2, "2026-11-01"),
                        ("me", "pierre", 5, "2024-11-01"), ("pierre", "karim", 1,
                                                             "2026-11-01")],
                       {"sol": "c:co", "karim": "c:co"}))
    assert [c.rewarm for c in paths(store).asks] == [None, None]


def test_no_rewarm_of_a_contact_she_never_spoke_with_nor_to_reach_that_contact(
        store: GraphStore) -> None:
    """me ─LinkedIn only, since 2023─ ana @co (her own contact there);
    me ─LinkedIn only, since 2019─ jean ─4, last week─ sol @co. One cannot get back in touch
    with someone one was never in touch with, and "re-warm Ana to reach Ana" says nothing."""
    data = network([("jean", "sol", 4, "2026-11-15")], {"ana": "c:co", "sol": "c:co"})
    data.knows += [Knows("p:me", "p:ana", None, "2023-06-02", None, 0, "", "linkedin"),
                   Knows("p:me", "p:jean", None, "2019-03-12", None, 0, "", "linkedin")]
    store.save(data)
    add_target(store, "Compagnie")
    result = paths(store)
    assert cards(result) == (["ana"], ["jean>sol"])
    assert [c.rewarm for c in result.introductions] == [None, None]
    assert worth_rewarming(store, today=TODAY, cache=SnapshotCache()) == []


def test_people_worth_rewarming_open_doors_to_her_targets(store: GraphStore) -> None:
    """Pierre (quiet for 7 years) knows Solène @co and Karim @other; Ana (quiet for 2 years)
    knows Karim. Targets: co (saved) and other (an open referral names it)."""
    store.save(network(
        [("me", "pierre", 4, "2019-11-22"), ("pierre", "sol", 4, "2026-11-15"),
         ("pierre", "karim", 3, "2026-11-15"), ("me", "ana", 3, "2024-11-01"),
         ("ana", "karim", 4, "2026-11-15"), ("me", "vero", 5, "2026-11-15")],
        {"sol": "c:co", "karim": "c:other"},
        referrals=[Referral("r:1", "p:vero", "p:karim", "p:me", "c:other", date="2026-11-01")]))
    assert target_companies(store) == [(Company("c:other", "Autre Maison"), False)]
    add_target(store, "Compagnie")
    version = store.graph_version()
    add_target(store, "compagnie")  # again: nothing changes
    assert store.graph_version() == version
    assert [(c.id, saved) for c, saved in target_companies(store)] == [
        ("c:other", False), ("c:co", True)]
    found = worth_rewarming(store, today=TODAY, cache=SnapshotCache())
    assert [(w.person.id, [(d.company.id, d.target.id) for d in w.doors]) for w in found] == [
        ("p:pierre", [("c:co", "p:sol"), ("c:other", "p:karim")]),
        ("p:ana", [("c:other", "p:karim")])]
    assert "I am also looking into Compagnie and Autre Maison" in found[0].draft
    remove_target(store, "Compagnie")
    assert store.targets() == []


def test_targets_travel_in_carnet_json_and_need_a_known_company(store: GraphStore) -> None:
    data = network([], {})
    data.targets = ["c:co"]
    store.save(data)
    assert store.targets() == ["c:co"]
    doc = json.loads(dumps(store.dump()))
    assert doc["targets"] == ["c:co"]
    assert "targets" not in json.loads(dumps(network([], {})))  # older exports unchanged
    with pytest.raises(DataRejected):
        store.save(GraphData(targets=["c:nowhere"]))
    assert store.targets() == ["c:co"]
    store.merge_companies("c:other", "c:co")
    assert store.targets() == ["c:other"]
    store.delete_company("c:other")
    assert store.targets() == []


def test_in_a_team_no_intro_targets_a_person_any_member_knows(store: GraphStore) -> None:
    """Members me and vero: vero ─4─ sol @co; me ─5─ noemie ─5─ sol. Solène is Véronique's
    direct contact: the team's card for her is Véronique's, not an intro through Noémie."""
    data = network([("vero", "sol", 4, "2026-11-01"), ("me", "noemie", 5, "2026-11-01"),
                    ("noemie", "sol", 5, "2026-11-01")], {"sol": "c:co"})
    data.members.append("p:vero")
    store.save(data)
    result = paths(store)
    assert cards(result) == (["sol"], [])
    assert result.direct[0].path[0].id == "p:vero"


def test_carnet_rewarm_on_the_demo_names_a_quiet_tie_its_doors_and_a_draft(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    carnet = run_in_process(capsys)
    assert carnet("demo").code == 0
    result = carnet("rewarm", "--json")
    assert result.code == 0, result.err
    first = json.loads(result.out)["worth_rewarming"][0]
    assert first["person"]["name"] == "Pierre Castagnet"
    assert first["days_since_contact"] == 2600
    assert [d["company"]["name"] for d in first["doors"]][:1] == ["Groupe Méditerranée Énergie"]
    assert first["doors"][0]["target_person"]["name"] == "Solène Roux"
    assert first["doors"][0]["score_once_rewarmed"] > 3 * first["doors"][0]["score"]
    assert first["draft"].startswith("Hello Pierre,\n\nIt has been 7 years since we last talked")
    text = carnet("rewarm", "--lang", "fr")
    assert text.out.splitlines()[:3] == [
        "Avec qui reprendre contact ce mois-ci :", "",
        "1. Pierre Castagnet (proximité 4/5\u00a0; dernier contact il y a 7 ans\u00a0; "
        "22 échanges\u00a0; rencontre\u00a0: un ancien client devenu ami, perdu de vue)"]
    assert "   | Bonjour Pierre," in text.out


def test_carnet_targets_add_list_remove(capsys: pytest.CaptureFixture[str],
                                        db_path: Path) -> None:
    carnet = run_in_process(capsys)
    assert carnet("demo").code == 0
    assert carnet("targets", "add", "massilia").out == "Target: Massilia Santé\n"
    assert carnet("targets", "list").out == (
        "Calanques Digital\nGroupe Méditerranée Énergie   (open referral)\n"
        "Massilia Santé\nPhocée Logistique   (open referral)\n")
    assert carnet("targets", "remove", "Massilia Santé").code == 0
    assert "Massilia" not in carnet("targets", "list").out
    bad = carnet("targets", "add", "zzz")
    assert (bad.code, bad.err) == (2, "carnet: no company matches 'zzz'\n")


def test_followups_page_lists_the_people_worth_rewarming(db_path: Path) -> None:
    from graph.services.demo import load_demo
    from graph.stores.sqlite_store import SqliteStore
    from tests.test_app import start

    load_demo(SqliteStore(db_path), "fr")
    at = start("fr")
    at.switch_page("app/followups.py").run()
    assert not at.exception
    assert "Avec qui reprendre contact ce mois-ci" in [h.value for h in at.subheader]
    assert "1\\. 🔥 **Pierre Castagnet**" in [m.value for m in at.markdown]
    assert str(at.text_area(key="worth_rewarming_draft_1").value).startswith(
        "Bonjour Pierre,\n\nCela fait 7 ans")


def test_french_reasons_elide_de_before_a_vowel() -> None:
    """« le bilan d'Élodie », « le départ d'Antoine », never « de Élodie »."""
    hops = [HopFacts("Isabelle", "Élodie Roussel", 0.5, 10),
            HopFacts("Élodie Roussel", "Antoine Ferrand", 0.5, 10)]
    assert why_rank(hops, "Antoine Ferrand", False, TrackRecord(asks=2, positive=1, negative=1),
                    365, "fr") == (
        "Porté par le bilan d'Élodie Roussel (demandes qui ont ouvert une porte : 1 sur 2) ; "
        "freiné par le départ d'Antoine Ferrand de l'entreprise.")
    assert why_rank([*hops[:1], HopFacts("Élodie Roussel", "Karim", 0.5, 10)], "Karim", True,
                    TrackRecord(asks=3, negative=2), 365, "fr") == (
        "Freiné par 2 refus d'Élodie Roussel.")
    assert [formatting.of(n) for n in ("Karim", "Élodie", "Yves", "Hélène", "Yasmine")] == [
        "de Karim", "d'Élodie", "d'Yves", "d'Hélène", "de Yasmine"]


def test_worth_rewarming_names_no_trivial_door(db_path: Path) -> None:
    """On the demo, Antoine's best door went from 5 % to 8 % and Pierre's third from 1 % to
    4 %: noise, not progress. Only doors worth trying once warm, and a real lift, are named."""
    from graph.services.demo import load_demo
    from graph.stores.sqlite_store import SqliteStore

    store = SqliteStore(db_path)
    load_demo(store, "fr")
    found = worth_rewarming(store, lang="fr", cache=SnapshotCache())
    assert [(w.person.name, [(d.company.name, round(100 * d.score), round(100 * d.rewarmed))
                             for d in w.doors]) for w in found] == [
        ("Pierre Castagnet", [("Groupe Méditerranée Énergie", 15, 49),
                              ("Phocée Logistique", 4, 11)])]
    assert (opens_a_door(0.02, 0.04), opens_a_door(0.08, 0.12), opens_a_door(0.04, 0.11)) == (
        False, False, True)


def test_a_namesake_on_a_card_is_told_apart_by_where_she_works(store: GraphStore) -> None:
    """me ─5─ vero ─4─ karim ─4─ sol @co, and another Karim Benali, whom she knows: while
    the go-between works nowhere, his bare name; once he works at Autre Maison, "Karim
    Benali (Autre Maison)". The target keeps her bare name although another Solène Roux is
    in the notebook (her card gives her job), and so does everyone else."""
    store.save(network([("me", "vero", 5, "2026-11-01"), ("vero", "karim", 4, "2026-11-01"),
                        ("karim", "sol", 4, "2026-11-01")], {"sol": "c:co"}))
    store.save(GraphData(people=[Person("p:karim-2", "Karim  BENALI"),
                                 Person("p:sol-2", "Solène Roux")],
                         knows=[Knows("p:me", "p:karim-2", 3, None, "2026-11-01")]))
    assert [p.name for p in paths(store).asks[0].path] == [
        "Isabelle Prigent", "Véronique Bastide", "Karim Benali", "Solène Roux"]
    store.save(GraphData(jobs=[Job("p:karim", "c:other", "Journaliste"),
                               Job("p:karim-2", "c:co", "Stagiaire", current=False)]))
    result = paths(store, lang="fr")
    assert [p.name for p in result.asks[0].path] == [
        "Isabelle Prigent", "Véronique Bastide", "Karim Benali (Autre Maison)", "Solène Roux"]
    assert "par Karim Benali (Autre Maison)" in result.asks[0].explanation


@pytest.mark.parametrize(("source", "fr", "en"), [
    ("linkedin", "relation LinkedIn\u00a0; connectés il y a 2 mois",
     "LinkedIn connection; connected 2 months ago"),
    ("mail", "e-mails dans les deux sens\u00a0; premier e-mail il y a 2 mois",
     "e-mails both ways; first e-mail 2 months ago"),
    ("calendar", "rencontres en réunion\u00a0; première réunion il y a 2 mois",
     "met in meetings; first meeting 2 months ago"),
    ("vcard", "dans les contacts du téléphone\u00a0; noté il y a 2 mois",
     "in the phone's contacts; noted 2 months ago"),
    ("manual", "lien noté à la main\u00a0; se sont rencontrés il y a 2 mois",
     "tie noted by hand; met 2 months ago"),
    ("referral", "connu par une recommandation\u00a0; contexte\u00a0: croisée au marché",
     "known through a referral; context: croisée au marché")])
def test_a_ties_start_is_said_as_what_it_is(source: str, fr: str, en: str) -> None:
    """A tie's start is when the notebook learnt of it: a LinkedIn connection is not a
    meeting, and a referral's date is the day it was noted (what the referrer said is its
    context), not when the two met."""
    tie = Knows("p:a", "p:b", None, "2026-09-27", None, 0,
                "croisée au marché" if source == "referral" else "", source)
    assert [why_tie(tie, None, {}, TODAY, lang) for lang in ("fr", "en")] == [fr, en]


@pytest.mark.parametrize(("days", "fr", "en"), [
    (0, "aujourd'hui", "today"), (1, "hier", "yesterday"),
    (2, "il y a 2 jours", "2 days ago"), (13, "il y a 13 jours", "13 days ago"),
    (14, "il y a 2 semaines", "2 weeks ago"), (17, "il y a 2 semaines", "2 weeks ago"),
    (20, "il y a 3 semaines", "3 weeks ago"),  # (it said 2: weeks were cut, not rounded)
    (24, "il y a 3 semaines", "3 weeks ago"),
    (25, "il y a un mois", "a month ago"), (45, "il y a un mois", "a month ago"),
    (46, "il y a 2 mois", "2 months ago"), (59, "il y a 2 mois", "2 months ago"),
    (100, "il y a 3 mois", "3 months ago"), (350, "il y a 11 mois", "11 months ago"),
    (400, "il y a 13 mois", "13 months ago"), (547, "il y a 18 mois", "18 months ago"),
    (548, "il y a 2 ans", "2 years ago"), (1000, "il y a 3 ans", "3 years ago"),
    (2740, "il y a 8 ans", "8 years ago")])
def test_time_ago_reads_as_a_person_says_it(days: int, fr: str, en: str) -> None:
    """Nearest whole unit, a month from 25 days, years from 18 months."""
    on = (TODAY - timedelta(days=days)).isoformat()
    assert [ago(on, TODAY, lang) for lang in ("fr", "en")] == [fr, en]


@pytest.mark.parametrize(("days", "fr", "en"), [
    (365, "12 mois", "12 months"), (400, "13 mois", "13 months"),
    (700, "2 ans", "2 years"), (1000, "3 ans", "3 years")])
def test_a_quiet_time_is_said_by_the_same_rule(days: int, fr: str, en: str) -> None:
    assert [span(days, lang) for lang in ("fr", "en")] == [fr, en]


@pytest.mark.parametrize("source", ["referral", "manual"])
def test_a_context_ending_its_sentence_is_not_followed_by_a_second_stop(source: str) -> None:
    """« context: She … in spring.; Mehdi Haddad suggested … » (a context typed as a
    sentence, the newcomer's run): the stop is left to the next reason's separator; an
    ellipsis and « etc. » stay."""
    referral = Referral("r:1", "p:a", "p:b", "p:me", date="2026-11-29")
    names = {"p:a": "Mehdi Haddad", "p:b": "Chloé Vasseur"}
    for how, kept in (("needs a freelancer in spring.", "needs a freelancer in spring"),
                      ("des affiches, des flyers, etc.", "des affiches, des flyers, etc."),
                      ("on verra…", "on verra…")):
        tie = Knows("p:a", "p:b", None, "2026-11-29", None, 0, how, source)
        for lang, stop in (("fr", "\u00a0; "), ("en", "; ")):
            said = why_tie(tie, referral, names, TODAY, lang)
            assert f"{kept}{stop}Mehdi Haddad " in said, said
