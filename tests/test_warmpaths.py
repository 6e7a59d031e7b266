"""Warm paths through the store, the service and `carnet paths`: what a user sees."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from graph.core.model import GraphData
from graph.services.snapshots import SnapshotCache, warm_up
from graph.services.warmpaths import find_paths, to_json
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import Run, run_in_process
from tests.conftest import office
from tests.graphs import WholeGraphFeed, count_builds


@pytest.fixture
def store(db_path: Path) -> SqliteStore:
    opened = SqliteStore(db_path)
    opened.save(office())
    return opened


@pytest.fixture
def carnet(capsys: pytest.CaptureFixture[str], db_path: Path) -> Run:
    return run_in_process(capsys)


def introducers(store: SqliteStore, company: str = "GME", **options: object) -> list[str]:
    result = find_paths(store, company, **options)  # type: ignore[arg-type]
    return [f"{i.introducer.id}>{i.target.id}" + ("!" if i.direct else "")
            for i in result.introductions]


def test_direct_contacts_first_then_introducers_by_score(store: SqliteStore) -> None:
    assert introducers(store) == ["p:hugo>p:hugo!", "p:veronique>p:solene"]


def test_role_terms_filter_targets_ignoring_case_and_accents(store: SqliteStore) -> None:
    assert introducers(store, role="COMMUNICATION") == ["p:veronique>p:solene"]
    assert introducers(store, role="ressources humaines, marketing") == ["p:hugo>p:hugo!"]
    assert introducers(store, role="juriste") == []


def test_former_employees_count_only_when_asked_and_weaker(store: SqliteStore) -> None:
    assert "p:nadia>p:marc" not in introducers(store)
    with_former = find_paths(store, "GME", include_former=True)
    found = {f"{i.introducer.id}>{i.target.id}": i for i in with_former.introductions}
    assert not found["p:nadia>p:marc"].current
    # Paul is a close, fresh contact, but a former employee: a direct contact worth half.
    paul = found["p:paul>p:paul"]
    assert paul.direct and not paul.current
    assert paul.score == pytest.approx(paul.hops[0].strength * 0.5)
    assert "formerly Responsable RH at Groupe Méditerranée Énergie" in paul.explanation


def test_exclude_and_from(store: SqliteStore) -> None:
    assert introducers(store, exclude=["Véronique"]) == ["p:hugo>p:hugo!"]
    assert introducers(store, sources=["Nadia Amrani"], include_former=True,
                       role="RH") == ["p:marc>p:marc!"]


def test_a_new_referral_changes_the_paths_at_once(store: SqliteStore, carnet: Run) -> None:
    assert "p:nadia" not in " ".join(introducers(store, role="communication"))
    result = carnet("referral", "add", "--from", "Nadia Amrani", "--to", "Zoé Garnier",
                    "--company", "GME", "--role", "Chargée de communication",
                    "--offered-intro")
    assert result.code == 0, result.err
    assert any(i.startswith("p:nadia>p:zoe-garnier") for i in
               introducers(store, role="communication"))


def test_json_has_the_designed_shape_and_explains_each_hop(carnet: Run, store: SqliteStore,
                                                           ) -> None:
    result = carnet("paths", "--to", "groupe mediterranee energie", "--role", "communication",
                    "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["target"] == {"company": {"id": "c:gme", "name": "Groupe Méditerranée Énergie"},
                             "role": "communication"}
    assert doc["exact"] is True
    [first] = doc["introducers"]
    assert list(first) == ["rank", "direct", "introducer", "target_person", "score", "path",
                           "hops", "explanation",  # DESIGN.md's shape, then what came later:
                           "group", "why_rank", "factors", "rewarm", "asked", "next_step"]
    assert first["group"] == "introduction" and first["rewarm"] is None
    assert first["asked"] is None and first["next_step"] is None  # (nothing asked yet)
    # The numbers behind the score multiply to it.
    assert math.prod(f["value"] for f in first["factors"]) == pytest.approx(first["score"],
                                                                            abs=1e-3)
    assert [f["kind"] for f in first["factors"]] == ["tie", "tie", "hops", "fit", "introducer"]
    assert first["introducer"] == {"id": "p:veronique", "name": "Véronique Bastide"}
    assert first["target_person"] == {"id": "p:solene", "name": "Solène Roux",
                                      "title": "Responsable communication interne"}
    assert [p["id"] for p in first["path"]] == ["p:isabelle", "p:veronique", "p:solene"]
    hop1, hop2 = first["hops"]
    assert (hop1["from"], hop1["to"]) == ("p:isabelle", "p:veronique")
    # (the demo's dates are fixed and the command's "today" is the real one: the age moves)
    assert re.match(r"closeness 5/5; last contact \d+ weeks ago", hop1["why"]), hop1["why"]
    assert "met: école de journalisme" in hop1["why"]
    assert "Véronique Bastide suggested Solène Roux on 2 Oct 2026 and offered to prepare the " \
           "ground" in hop2["why"]
    assert first["explanation"].startswith(
        "Ask Véronique Bastide to introduce you to Solène Roux (Responsable communication "
        "interne at Groupe Méditerranée Énergie).")
    assert first["score"] == pytest.approx(hop1["strength"] * hop2["strength"] * 0.8 * 0.88,
                                           abs=1e-3)
    # The CLI prints exactly what the service computes (the app calls the same function).
    assert doc == json.loads(json.dumps(to_json(find_paths(
        store, "groupe mediterranee energie", role="communication")), ensure_ascii=False))


def test_paths_from_someone_else_speak_of_her(carnet: Run, store: SqliteStore) -> None:
    """`carnet paths --from Nadia` (not the member): Nadia's contacts, in her name."""
    result = carnet("paths", "--to", "GME", "--from", "Nadia Amrani", "--include-former")
    assert result.code == 0, result.err
    assert result.out.splitlines()[2:4] == [
        "Nadia Amrani already knows people there:",
        "  · Marc Aubert, DRH   39%: closeness 4/5; last contact 10 days ago"]
    french = carnet("paths", "--to", "GME", "--from", "Nadia Amrani", "--include-former",
                    "--lang", "fr")
    assert french.out.splitlines()[2] == "Nadia Amrani y connaît déjà du monde :"
    assert "vous" not in french.out.lower()


def test_text_output_in_french(carnet: Run, store: SqliteStore) -> None:
    result = carnet("paths", "--to", "GME", "--lang", "fr")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "Chemins vers Groupe Méditerranée Énergie :"
    assert lines[2] == "Vous y connaissez déjà du monde :"
    assert lines[3].startswith("  · Hugo Lefèvre, Chef de produit")
    assert "À qui demander une présentation :" in lines
    assert "Demandez à Véronique Bastide de vous présenter à Solène Roux" in result.out


def test_no_path_exits_1_and_says_why(carnet: Run, store: SqliteStore) -> None:
    far = carnet("paths", "--to", "Phocée", "--max-hops", "1")
    assert (far.code, far.out) == (1, "No path to Phocée Logistique within 1 hop.\n")
    nobody = carnet("paths", "--to", "Phocée", "--role", "juriste")
    assert (nobody.code, nobody.out) == (
        1, "No one at Phocée Logistique (juriste) in your network yet.\n")
    as_json = carnet("paths", "--to", "Phocée", "--role", "juriste", "--json")
    assert as_json.code == 1 and json.loads(as_json.out)["introducers"] == []


@pytest.mark.parametrize(("args", "message"), [
    (("--to", "zzz"), "carnet: no company matches 'zzz'\n"),
    (("--to", "o"), "carnet: 'o' matches several companies: Groupe Méditerranée Énergie (c:gme); "
                    "Phocée Logistique (c:phocee)\n"),
    (("--to", "GME", "--from", "Nobody Here"), "carnet: no person matches 'Nobody Here'\n"),
    (("--to", "GME", "--max-hops", "9"), "carnet: Invalid value for '--max-hops': 9 is not in "
                                         "the range 1<=x<=6.\n"),
])
def test_bad_paths_queries_exit_2_with_one_line(carnet: Run, store: SqliteStore,
                                                args: tuple[str, ...], message: str) -> None:
    result = carnet("paths", *args)
    assert (result.code, result.err) == (2, message)


def test_paths_need_a_member(carnet: Run, db_path: Path) -> None:
    SqliteStore(db_path).save(GraphData(companies=office().companies))
    result = carnet("paths", "--to", "GME")
    assert result.code == 2 and "no member yet" in result.err


def test_big_team_graphs_are_fed_a_bounded_neighbourhood(store: SqliteStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A store that can feed a neighbourhood (Neo4j) does so past the size limit."""
    import graph.services.snapshots as snapshot

    feed = WholeGraphFeed(store)
    monkeypatch.setattr(store, "neighbourhood_feed", feed)
    monkeypatch.setattr(snapshot, "BOUNDED_FEED_TIES", 1)
    assert introducers(store) == ["p:hugo>p:hugo!", "p:veronique>p:solene"]
    assert feed.asked == ["c:gme"]



@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the snapshots read from a store."""
    return count_builds(monkeypatch)


def test_warm_up_builds_the_snapshot_before_the_first_search(store: SqliteStore,
                                                            builds: list[int]) -> None:
    cache = SnapshotCache()
    warm_up(store, cache).join(timeout=60)
    assert builds == [1]
    find_paths(store, "GME", cache=cache)
    assert builds == [1]  # the search found it ready


def test_no_warm_up_where_each_search_reads_a_neighbourhood(
        store: SqliteStore, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.services.snapshots as snapshot

    monkeypatch.setattr(store, "neighbourhood_feed", WholeGraphFeed(store))
    monkeypatch.setattr(snapshot, "BOUNDED_FEED_TIES", 1)
    warm_up(store, SnapshotCache()).join(timeout=60)
    assert builds == []
