"""Explore's circle: the members' contacts and theirs, grouped, laid out the same way for the
same data, capped with a count of who is not drawn, centred on anyone; on both stores."""

from __future__ import annotations

from graph.core.formatting import day, number, percent
from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.services.demo import DEMO_PEOPLE, FEMININE, ME, TITLES, demo_network, load_demo
from graph.services.explore import PALETTE, circle, company_choices, dot_box, label_box
from graph.services.snapshots import read_snapshot
from graph.stores.port import GraphStore


def test_the_circle_holds_my_contacts_and_theirs_laid_out_the_same_each_time(
        store: GraphStore) -> None:
    load_demo(store, "fr")
    snap = read_snapshot(store)
    view = circle(store, snap)
    assert view.centre == [ME]
    # (92: Brigitte Amrani is two steps out through an accepted intro, which implies a tie)
    assert (view.in_circle, view.drawn, len(view.rows)) == (92, 92, 92)
    contacts = [r for r in view.rows if not r["via"]]
    assert len(contacts) == 13 and all(r["closeness"] is not None for r in contacts)
    assert sum(g.size for g in view.groups) == 92
    assert [g.colour for g in view.groups[:-1]] == list(PALETTE[:len(view.groups) - 1])
    again = circle(store, snap)
    assert [(n, d["x"], d["y"], d["colour"]) for n, d in view.graph.nodes(data=True)] == [
        (n, d["x"], d["y"], d["colour"]) for n, d in again.graph.nodes(data=True)]
    labelled = {d["label"] for _, d in view.graph.nodes(data=True) if d["show_label"]}
    assert {"Isabelle Prigent", "Véronique Bastide", "Claire Dumas"} <= labelled


def test_past_the_limit_the_closest_are_drawn_and_the_rest_counted(store: GraphStore) -> None:
    load_demo(store, "fr")
    view = circle(store, read_snapshot(store), limit=20)
    assert (view.in_circle, view.drawn, len(view.graph)) == (92, 20, 21)
    assert len(view.rows) == 92 and sum(r["drawn"] for r in view.rows) == 20
    assert all(r["drawn"] for r in view.rows if not r["via"])  # every contact drawn first


def test_a_company_filter_keeps_the_contacts_who_lead_there(store: GraphStore) -> None:
    load_demo(store, "fr")
    view = circle(store, read_snapshot(store), company="c:gme")
    rows = {r["name"]: r["via"] for r in view.rows}
    # Solène comes through the warmest way to her, Véronique, as Warm paths says (not
    # through her warmest tie in: Pierre, an old friend of hers whom you have not seen for
    # seven years); every contact who knows her stays, since each leads there.
    assert rows["Solène Roux"] == "Véronique Bastide"
    assert rows["Véronique Bastide"] == rows["Pierre Castagnet"] == ""
    assert {r["company"] for r in view.rows if r["via"]} == {"Groupe Méditerranée Énergie"}


def test_a_circle_centred_on_someone_else(store: GraphStore) -> None:
    load_demo(store, "fr")
    view = circle(store, read_snapshot(store), focus="p:veronique-bastide", hops=1)
    assert view.centre == ["p:veronique-bastide"]
    rows = {r["name"]: r for r in view.rows}
    assert rows["Isabelle Prigent"]["closeness"] == 5 and rows["Solène Roux"]["via"] == ""
    assert all(not r["via"] for r in view.rows)


def test_french_demo_titles_agree_with_genders() -> None:
    """Théo Moreau was "Chargée", Nicolas Fontaine "Directrice des RH"."""
    data = demo_network("fr")
    names = {p.id: p.name for p in data.people}
    feminine_only = {woman for man, woman, *_ in TITLES if man != woman}
    masculine_only = {man for man, woman, *_ in TITLES if man != woman}
    for job in data.jobs:
        first = names[job.person].split()[0]
        wrong = masculine_only if first in FEMININE else feminine_only
        assert job.title not in wrong, (names[job.person], job.title)
    titles = {names[j.person]: j.title for j in data.jobs if j.current}
    assert (titles["Théo Moreau"], titles["Aurélie Castellane"]) == (
        "Chargé de communication", "Directrice générale")
    assert len(data.people) == DEMO_PEOPLE == 149


def test_numbers_and_dates_the_french_way() -> None:
    assert (number(0.394, "fr"), number(0.394, "en")) == ("0,39", "0.39")
    assert (percent(0.394, "fr"), percent(0.394, "en")) == ("39\u00a0%", "39%")
    assert (day("2026-11-27", "fr"), day("2026-11-27", "en")) == ("27 nov. 2026", "27 Nov 2026")
    assert (day(None, "fr"), day(None, "fr", "jamais")) == ("—", "jamais")
    # the first of the month is « le 1er déc. » in French (« le 1 déc. » reads as a slip)
    assert (day("2026-12-01", "fr"), day("2026-12-01", "en")) == ("1er déc. 2026", "1 Dec 2026")


def test_the_company_filter_offers_every_company_by_name(store: GraphStore) -> None:
    """Not the first 1,000 a search returns (issue 12)."""
    store.save(GraphData(companies=[Company(f"c:{n:04d}", f"Firme {1200 - n:04d}")
                                    for n in range(1201)]))
    choices = company_choices(store)
    assert len(choices) == 1201
    assert list(choices.values())[:2] == ["Firme 0000", "Firme 0001"]
    assert choices["c:1200"] == "Firme 0000"
def test_no_two_names_in_the_circle_overlap(store: GraphStore) -> None:
    """Sophie Lambert's and Julien Martin's names ran into each other at the top of the
    circle (neighbours from two groups): a name that would overlap one placed already moves
    outward a row, so every written name has its own room, here and around Véronique."""
    load_demo(store, "fr")
    snap = read_snapshot(store)
    for focus in (None, "p:veronique-bastide", "p:julien-martin"):
        view = circle(store, snap, focus=focus)
        boxes = [(d["label"], label_box(d)) for _, d in view.graph.nodes(data=True)
                 if d["show_label"]]
        assert len(boxes) >= 10
        assert [(a, b) for n, (a, x) in enumerate(boxes) for b, y in boxes[n + 1:]
                if x[0] < y[2] and y[0] < x[2] and x[1] < y[3] and y[1] < x[3]] == []
        assert {d["font"] for _, d in view.graph.nodes(data=True) if d["show_label"]} == {
            28, 22}


def test_their_contacts_are_named_on_hover_only(store: GraphStore) -> None:
    """Small dots are named on hover (the legend says so): after an import of contacts who
    know no one else, « autres » had room to write three of their contacts' names, small;
    the picture then stretched itself to make them readable, into a tall ellipse where the
    contacts' names ran into each other. Here: three friends who know each other and ten
    people each, eight contacts alone, one of whom knows Xavier."""
    friends = [Person(f"p:f{n}", f"Amie {n}") for n in range(3)]
    theirs = [Person(f"p:t{n}", f"Connaissance {n}") for n in range(30)]
    alone = [Person(f"p:a{n}", f"Contact {n}") for n in range(8)]
    xavier = Person("p:x", "Xavier Lointain")
    store.save(GraphData(
        people=[Person("p:me", "Moi"), *friends, *theirs, *alone, xavier], members=["p:me"],
        knows=[*(Knows("p:me", p.id, 3) for p in [*friends, *alone]),
               Knows("p:f0", "p:f1", 4), Knows("p:f1", "p:f2", 4), Knows("p:f0", "p:f2", 4),
               *(Knows(f"p:f{n % 3}", p.id, 3) for n, p in enumerate(theirs)),
               Knows("p:a0", "p:x", 3)]))
    graph = circle(store, read_snapshot(store)).graph
    assert "Xavier Lointain" in {d["label"] for _, d in graph.nodes(data=True)}
    assert [d["label"] for _, d in graph.nodes(data=True)
            if d["kind"] == "person" and d["show_label"]] == []
    assert {d["label"] for _, d in graph.nodes(data=True) if d["show_label"]} == {
        "Moi", *(p.name for p in [*friends, *alone])}


def test_no_name_in_the_circle_covers_a_dot(store: GraphStore) -> None:
    """Élodie Roussel's name lay over a dot of her own circle's outer ring (Jérôme Masson's):
    a name that would cover someone's dot moves a row out, else half a row in."""
    load_demo(store, "fr")
    snap = read_snapshot(store)
    for focus in (None, "p:veronique-bastide", "p:noemie-fabre"):
        for hops in (1, 2):
            graph = circle(store, snap, focus=focus, hops=hops).graph
            dots = {n: dot_box(d) for n, d in graph.nodes(data=True)}
            assert [(d["label"], graph.nodes[m]["label"])
                    for n, d in graph.nodes(data=True) if d["show_label"]
                    for x in [label_box(d)] for m, y in dots.items()
                    if m != n and x[0] < y[2] and y[0] < x[2] and x[1] < y[3] and y[1] < x[3]
                    ] == [], (focus, hops)


def test_two_people_of_one_name_are_told_apart_by_where_they_work(store: GraphStore) -> None:
    """The demo's two Julien Martin and two Marie Durand: in the picture and the list, each
    with her company, as on Warm paths' cards; everyone else by name alone."""
    load_demo(store, "fr")
    view = circle(store, read_snapshot(store))
    names = {r["name"] for r in view.rows}
    labels = {d["label"] for _, d in view.graph.nodes(data=True)}
    assert "Julien Martin (Bonne Mère Studio)" in names & labels
    assert not {"Julien Martin", "Marie Durand"} & (names | labels)
    assert "Véronique Bastide" in names


def test_someone_with_two_current_jobs_is_named_with_the_latest_one_everywhere(
        store: GraphStore) -> None:
    """A Julien Martin still listed at two companies: Explore names him with the job he took
    last, as Warm paths' cards and his page do (not whichever job the store lists first)."""
    load_demo(store, "fr")
    julien = next(p for p in store.search_people("Julien Martin")
                  if any(j.current for j in store.jobs_of(p.id)))
    store.save(GraphData(companies=[Company("c:aaa-agence", "AAA Agence")],
                         jobs=[Job(julien.id, "c:aaa-agence", "Graphiste", since="2001-01-01")]))
    latest = store.jobs_of(julien.id)[0]  # (current first, the latest started first)
    assert latest.company != "c:aaa-agence"
    named = f"{julien.name} ({store.get_company(latest.company).name})"
    view = circle(store, read_snapshot(store))
    assert named in {r["name"] for r in view.rows}
    assert store.people_and_ties([julien.id], [])[2][julien.id] == store.get_company(
        latest.company).name


def test_to_do_lines_tell_two_people_of_one_name_apart(store: GraphStore) -> None:
    """The demo's two Julien Martin: the thanks owed to one of them, and the list of what is
    in progress, name him with where he works, as the cards do."""
    from graph.services.followups import due_followups, ongoing

    load_demo(store, "fr")
    thanks = [f.what for f in due_followups(store, lang="fr") if f.kind == "thank"]
    assert any(line.startswith("Remercier Julien Martin (") for line in thanks), thanks
    assert not [o.what for o in ongoing(store, "fr", closed=True)
                if "Julien Martin " in o.what.replace("Julien Martin (", "")]
