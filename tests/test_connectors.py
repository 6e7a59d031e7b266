from __future__ import annotations

from pathlib import Path

from graph.services.connectors import ego_nodes, find_connectors
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
