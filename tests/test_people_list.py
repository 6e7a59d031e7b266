"""The People page's list: name, where they work now, ties, how she knows them; searchable;
on both stores."""

from __future__ import annotations

from graph.core.model import Company, GraphData, Job, Knows, Person, Referral
from graph.services.people_list import matching, people_rows
from graph.services.snapshots import SnapshotCache
from graph.stores.port import GraphStore


def notebook(store: GraphStore) -> None:
    """me ─linkedin─ vero (GME) ─ sol (GME);  me ─typed─ noemie, who suggested karim."""
    people = {"me": "Isabelle Prigent", "vero": "Véronique Bastide", "sol": "Solène Roux",
              "noemie": "Noémie Fabre", "karim": "Karim Benali"}
    store.save(GraphData(
        members=["p:me"], people=[Person(f"p:{k}", v) for k, v in people.items()],
        companies=[Company("c:gme", "Groupe Méditerranée Énergie")],
        knows=[Knows("p:me", "p:vero", source="linkedin"), Knows("p:vero", "p:sol"),
               Knows("p:me", "p:noemie", 4)],
        jobs=[Job("p:vero", "c:gme", "Directrice de la communication"),
              Job("p:sol", "c:gme", "Chargée de communication")],
        referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me", date="2026-11-01")]))


def test_the_list_says_where_each_works_their_ties_and_how_she_knows_them(
        store: GraphStore) -> None:
    notebook(store)
    rows = people_rows(store, SnapshotCache().get(store), "p:me")
    assert [(r.name, r.title, r.company, r.ties, r.source) for r in rows] == [
        ("Karim Benali", "", "", 1, "referral"),  # (the referral implies a tie with Noémie)
        ("Noémie Fabre", "", "", 2, "manual"),
        ("Solène Roux", "Chargée de communication", "Groupe Méditerranée Énergie", 1, None),
        ("Véronique Bastide", "Directrice de la communication",
         "Groupe Méditerranée Énergie", 2, "linkedin")]
    assert [r.name for r in matching(rows, "mediterranee COMM")] == [
        "Solène Roux", "Véronique Bastide"]
    assert [r.name for r in matching(rows, "noemie")] == ["Noémie Fabre"]
    assert [r.name for r in matching(rows, source="referral")] == ["Karim Benali"]
    assert [r.name for r in matching(rows, source="none")] == ["Solène Roux"]
    assert matching(rows, "zzz") == []


def test_a_team_graph_too_big_to_read_whole_lists_people_without_counting_ties(
        store: GraphStore) -> None:
    notebook(store)
    assert {r.ties for r in people_rows(store, None, "p:me")} == {None}
