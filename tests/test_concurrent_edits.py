"""Edits that cannot be lost: processes doing read-change-save on one person at once, on both
stores. Every edit is applied or honestly refused ("changed meanwhile") — none silently lost."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from graph.core.errors import CompanyNotFound, PersonChanged
from graph.core.model import Company, GraphData, Person
from graph.services.referrals import record_referral
from graph.stores.opening import open_store
from graph.stores.port import GraphStore
from tests.cli_helpers import carnet_command

WORKERS = 4
EDITS = int(os.environ.get("CARNET_EDITS", "500"))  # (CARNET_EDITS=50: a quick run)


def where(store: GraphStore, request: pytest.FixtureRequest) -> tuple[str, dict[str, str]]:
    """How another process opens the same store: its URL and environment."""
    if store.kind == "neo4j":
        server = request.getfixturevalue("neo4j_server")
        env = server.env()
        if os.environ.get("NEO4J_TEST_DATABASE"):
            env["NEO4J_DATABASE"] = os.environ["NEO4J_TEST_DATABASE"]
        return server.uri, env
    if store.location == ":memory:":
        pytest.skip("processes need a store they can all open")
    return store.location, {}


def edit_many(url: str, env: dict[str, str], worker: int, edits: int, kind: str,
              results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Worker 0 rewrites one field (a person's notes, a company's domain), the others add a
    tag (an alias) each time: read, change, save."""
    os.environ.update(env)
    store = open_store(url)
    applied, refused = [], 0
    for n in range(edits):
        mark = f"w{worker}-{n}"
        try:
            if kind == "person":
                before = store.get_person("p:zoe")
                store.update_person(before, replace(before, notes=mark) if worker == 0
                                    else replace(before, tags=(*before.tags, mark)))
            else:
                was = store.get_company("c:savon")
                store.update_company(was, replace(was, domain=mark) if worker == 0
                                     else replace(was, aliases=(*was.aliases, mark)))
            applied.append(mark)
        except PersonChanged:
            refused += 1
    store.close()
    results.put((worker, applied, refused))


@pytest.mark.parametrize("kind", ["person", "company"])
def test_concurrent_read_change_save_loses_nothing(store: GraphStore, kind: str,
                                                   request: pytest.FixtureRequest) -> None:
    url, env = where(store, request)
    store.save(GraphData(people=[Person("p:zoe", "Zoé Martin", notes="start")],
                         companies=[Company("c:savon", "Savonnerie", "start.fr")]))
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=edit_many, args=(url, env, n, EDITS, kind, results))
               for n in range(WORKERS)]
    for worker in workers:
        worker.start()
    found = [results.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    zoe, savon = store.get_person("p:zoe"), store.get_company("c:savon")
    added, rewritten = ((zoe.tags, zoe.notes) if kind == "person"
                        else (savon.aliases, savon.domain))
    tags = {mark for worker, applied, _ in found if worker != 0 for mark in applied}
    assert set(added) == tags and len(added) == len(tags)  # every applied tag is there
    [(notes_applied, _)] = [(applied, refused) for worker, applied, refused in found
                            if worker == 0]
    assert rewritten == notes_applied[-1]  # nobody else touched that field: none refused
    assert sum(len(applied) + refused for _, applied, refused in found) == WORKERS * EDITS
    assert next(refused for worker, _, refused in found if worker == 0) == 0
    assert len(tags) > 0


def test_an_edit_keeps_what_others_changed_in_other_fields(store: GraphStore) -> None:
    zoe = Person("p:zoe", "Zoé Martin", tags=("a",))
    store.save(GraphData(people=[zoe]))
    store.update_person(zoe, replace(zoe, notes="met at a fair"))   # someone else, first
    saved = store.update_person(zoe, replace(zoe, tags=("a", "b")))  # from the old read
    assert (saved.notes, saved.tags) == ("met at a fair", ("a", "b"))
    assert store.get_person("p:zoe") == saved
    with pytest.raises(PersonChanged, match="changed meanwhile"):
        store.update_person(zoe, replace(zoe, tags=("c",)))  # the same field: refused
    assert store.get_person("p:zoe").tags == ("a", "b")
    version = store.graph_version()
    store.update_person(saved, saved)  # nothing changed: nothing written
    assert store.graph_version() == version


def test_a_company_edit_keeps_what_others_changed_in_other_fields(store: GraphStore) -> None:
    savon = Company("c:savon", "Savonnerie", aliases=("Savon",))
    store.save(GraphData(companies=[savon]))
    store.update_company(savon, replace(savon, domain="savon.fr"))  # someone else, first
    saved = store.update_company(savon, replace(savon, aliases=("Savon", "SdM")))
    assert (saved.domain, saved.aliases) == ("savon.fr", ("Savon", "SdM"))
    assert store.get_company("c:savon") == saved
    with pytest.raises(PersonChanged, match=r"Savonnerie was changed meanwhile; reload the page"):
        store.update_company(savon, replace(savon, aliases=("X",)))  # the same field: refused
    assert store.get_company("c:savon").aliases == ("Savon", "SdM")
    version = store.graph_version()
    store.update_company(saved, saved)  # nothing changed: nothing written
    assert store.graph_version() == version
    with pytest.raises(CompanyNotFound):
        store.update_company(Company("c:none", "Nulle"), Company("c:none", "Autre"))


def test_record_referral_never_rewrites_the_people(store: GraphStore) -> None:
    me, karim = Person("p:me", "Moi"), Person("p:karim", "Karim Benali")
    store.save(GraphData(people=[me, karim], members=["p:me"]))
    store.update_person(karim, replace(karim, tags=("client",)))  # after the form read him
    record_referral(store, referrer=karim, referee=Person("p:zoe", "Zoé Neuve"),
                    member="p:me", on=date(2026, 11, 20))
    assert store.get_person("p:karim").tags == ("client",)
    assert store.get_person("p:zoe").name == "Zoé Neuve"


def test_concurrent_creators_of_one_new_name_make_one_person(
        store: GraphStore, request: pytest.FixtureRequest) -> None:
    url, env = where(store, request)
    store.save(GraphData(people=[Person("p:me", "Moi"), Person("p:karim", "Karim Benali")],
                         members=["p:me"]))
    command = [*carnet_command(), "--db", url, "referral", "add", "--from", "Karim Benali",
               "--to", "Zoé Neuve", "--company", "Savonnerie Nouvelle"]
    runs = [subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(WORKERS)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    assert [p.name for p in store.search_people("zoe neuve")] == ["Zoé Neuve"]
    assert [c.name for c in store.search_companies("savonnerie nouvelle")] == [
        "Savonnerie Nouvelle"]
    assert len(store.referrals()) == 1  # the same referral four times is one record
