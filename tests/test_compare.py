"""Two records that may be one person, side by side (graph/services/compare.py): each side
says where she works, how to reach her, where the record came from and when, the same way
on both sides, a missing fact said as missing."""

from __future__ import annotations

from graph.core import formatting
from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.services.compare import side_lines, sides
from graph.stores.port import GraphStore


def two_julien(store: GraphStore) -> None:
    """Isabelle knows a Julien Martin, graphic designer at a bank (a LinkedIn contact, two
    ties), and a bare Julien Martin from her phone's card (e-mail and two phones)."""
    store.save(GraphData(
        people=[Person("p:isabelle", "Isabelle Prigent"),
                Person("p:noemie", "Noémie Fabre"),
                Person("p:julien", "Julien Martin"),
                Person("p:julien-2", "Julien Martin", emails=("julien.martin@gmail.com",),
                       phones=("+33 6 11 22 33 44", "04 91 00 00 00"))],
        companies=[Company("c:lacydon", "Banque du Lacydon")],
        jobs=[Job("p:julien", "c:lacydon", "Graphiste")],
        knows=[Knows("p:isabelle", "p:julien", last_contact="2026-11-03", source="linkedin"),
               Knows("p:noemie", "p:julien", last_contact="2025-02-01", source="linkedin"),
               Knows("p:isabelle", "p:julien-2", source="vcard")],
        members=["p:isabelle"]))


def test_each_side_says_what_tells_it_apart_in_french_and_english(store: GraphStore) -> None:
    two_julien(store)
    found = sides(store, ["p:julien", "p:julien-2", "p:nobody"])
    assert sorted(found) == ["p:julien", "p:julien-2"]  # (an unknown id is left out)
    made = str(store.get_person("p:julien").created_at)[:10]  # (the store's clock: UTC)
    assert made == str(store.get_person("p:julien-2").created_at)[:10]
    added = {lang: formatting.day(made, lang) for lang in ("fr", "en")}
    assert side_lines(found["p:julien"], "fr") == [
        "Graphiste chez Banque du Lacydon", "ni e-mail ni téléphone",
        "vient de : LinkedIn · 2 liens",
        f"ajouté·e le {added['fr']} · dernier contact : 3 nov. 2026"]
    assert side_lines(found["p:julien-2"], "fr") == [
        "poste inconnu", "julien.martin@gmail.com · 06 11 22 33 44 +1",
        "vient de : carte de visite (vCard) · 1 lien",
        f"ajouté·e le {added['fr']} · dernier contact : jamais"]
    assert side_lines(found["p:julien"], "en") == [
        "Graphiste at Banque du Lacydon", "no e-mail or phone", "from: LinkedIn · 2 ties",
        f"added {added['en']} · last contact: 3 Nov 2026"]
    assert side_lines(found["p:julien-2"], "en")[:3] == [
        "no job on record", "julien.martin@gmail.com · 06 11 22 33 44 +1",
        "from: contact card (vCard) · 1 tie"]


def test_someone_with_no_ties_and_many_sources_is_said_briefly(store: GraphStore) -> None:
    """No tie: "origine inconnue · 0 lien"; more than three sources: the three most frequent
    and how many more."""
    store.save(GraphData(
        people=[Person("p:alone", "Léa Roux"), Person("p:many", "Léa Roux"),
                *(Person(f"p:{n}", f"Ami {n}") for n in range(5))],
        knows=[Knows("p:many", f"p:{n}", source=s) for n, s in enumerate(
            ("mail", "mail", "calendar", "google", "vcard"))]))
    found = sides(store, ["p:alone", "p:many"])
    assert side_lines(found["p:alone"], "fr")[:3] == [
        "poste inconnu", "ni e-mail ni téléphone", "origine inconnue · 0 lien"]
    assert side_lines(found["p:many"], "en")[2] == (
        "from: e-mails, calendar, Google Contacts +1 · 5 ties")


def test_someone_with_no_job_now_is_named_with_her_last_one(store: GraphStore) -> None:
    """Her job has ended (LinkedIn gave her twin a new title): "anciennement …", not
    "poste inconnu"."""
    store.save(GraphData(
        people=[Person("p:karim", "Karim Benali"), Person("p:lea", "Léa Roux")],
        companies=[Company("c:phocee", "Phocée Logistique"), Company("c:gme", "GME")],
        jobs=[Job("p:karim", "c:gme", "Stagiaire", until="2019-06-30", current=False),
              Job("p:karim", "c:phocee", "Chargé de communication", until="2024-01-31",
                  current=False),
              Job("p:lea", "c:gme", "", until="2020-01-01", current=False)]))
    found = sides(store, ["p:karim", "p:lea"])
    assert side_lines(found["p:karim"], "fr")[0] == (
        "anciennement Chargé de communication chez Phocée Logistique")
    assert side_lines(found["p:karim"], "en")[0] == (
        "formerly Chargé de communication at Phocée Logistique")
    assert side_lines(found["p:lea"], "fr")[0] == "anciennement chez GME"


def test_a_side_known_by_other_names_says_them_last(store: GraphStore) -> None:
    """Marie Dupont, née Martin, beside a card "Marie Martin": her other name is what made
    the pair, so her side says it (a fifth line); the other side, with none, keeps four."""
    store.save(GraphData(people=[Person("p:dupont", "Marie Dupont", aliases=("Marie Martin",)),
                                 Person("p:martin", "Marie Martin"),
                                 Person("p:two", "Léa Roux", aliases=("Léa Faure", "Léa R."))]))
    found = sides(store, ["p:dupont", "p:martin", "p:two"])
    assert side_lines(found["p:dupont"], "fr")[4:] == ["Autre nom : Marie Martin"]
    assert len(side_lines(found["p:martin"], "fr")) == 4
    assert side_lines(found["p:two"], "en")[4:] == ["Also known as: Léa Faure, Léa R."]
