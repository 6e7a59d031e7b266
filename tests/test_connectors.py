from __future__ import annotations

from pathlib import Path

from graph.core.model import GraphData, Person
from graph.services.connectors import ego_nodes, find_connectors, only_door
from graph.services.snapshots import read_snapshot
from graph.stores.sqlite_store import SqliteStore
from tests.conftest import office


def test_connectors_are_the_contacts_who_open_doors_nobody_else_opens(tmp_path: Path) -> None:
    """Hugo already works at GME, so Véronique (who knows Solène there) opens no new door;
    Nadia alone reaches Phocée, through Marc."""
    store = SqliteStore(tmp_path / "c.db")
    store.save(office())
    snap = read_snapshot(store)
    found = find_connectors(store, snap)
    assert found[0].name == "Nadia Amrani"
    assert found[0].companies == ["Phocée Logistique"]
    assert found[0].centrality > 0
    assert {c.name for c in found} == {"Nadia Amrani", "Véronique Bastide", "Hugo Lefèvre",
                                       "Paul Roux"}
    assert all(c.companies == [] for c in found[1:])


def test_the_ego_network_is_bounded(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    store.save(office())
    snap = read_snapshot(store)
    me = snap.members[0]
    assert len(ego_nodes(snap, [me], radius=1)) == 1 + 4
    assert len(ego_nodes(snap, [me], radius=2, limit=3)) == 3


def test_a_door_two_contacts_open_is_neither_ones_alone() -> None:
    assert only_door({1: {"a", "b"}, 2: {"b", "c"}, 3: set()}) == {1: {"a"}, 2: {"c"}, 3: set()}


def test_home_names_each_connector_once_with_only_the_doors_they_alone_open(
        db_path: Path) -> None:
    """On the demo, most doors are opened by several friends: each line counts them, and
    names only the companies no one else opens (no company repeated under several people)."""
    from graph.services.demo import load_demo
    from tests.markdown import shown
    from tests.test_app import start

    load_demo(SqliteStore(db_path), "fr")
    at = start("fr").switch_page("app/home.py").run()
    lines = [shown(m.value) for m in at.markdown if " · " in m.value]
    assert lines == [
        "**Véronique Bastide** · 7 entreprises, dont 1 que personne d'autre ne vous ouvre : "
        "Corniche Tech",
        "**Élodie Roussel** · 5 entreprises, dont 1 que personne d'autre ne vous ouvre : "
        "Estaque Céramiques",
        "**Hélène Marchetti** · 7 entreprises, toutes ouvertes aussi par d'autres contacts",
        "**Sophie Lambert** · 7 entreprises, toutes ouvertes aussi par d'autres contacts",
        "**Pierre Castagnet** · 7 entreprises, toutes ouvertes aussi par d'autres contacts"]


def test_home_names_a_connector_with_a_namesake_with_where_she_works(db_path: Path) -> None:
    """Two Julien Martin after an import: the home page named the connector "Julien Martin"
    alone, where Warm paths and Explore say which one ("Julien Martin (Bonne Mère
    Studio)")."""
    from graph.services.demo import load_demo
    from tests.markdown import shown
    from tests.test_app import start

    store = SqliteStore(db_path)
    load_demo(store, "fr")
    store.save(GraphData(people=[Person("p:other-veronique", "Véronique Bastide")]))
    at = start("fr").switch_page("app/home.py").run()
    lines = [shown(m.value) for m in at.markdown if " · " in m.value]
    assert lines[0].startswith("**Véronique Bastide (Provence Médias)** · 7 entreprises")
