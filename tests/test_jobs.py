"""A person's job corrected, or changed, from her card: on every store, the works-at tie in
its place, the old one deleted (written wrong) or kept as a past job (she moved on), and
paths to the old company no longer through her as a current employee."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from graph.core.errors import DataRejected, PersonChanged
from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.services.jobs import ENDED, WRONG, change_job, current_job, planned_job
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths
from graph.stores.port import GraphStore
from tests.cli_helpers import Run

TODAY = date(2026, 11, 29)
GME = Company("c:gme", "GME")
DANONE = Company("c:danone", "Danone")
AT_GME = Job("p:sol", "c:gme", "Chargée de comunication", "Communication", "2021-09-14")


@pytest.fixture
def solene(store: GraphStore) -> GraphStore:
    """Me; Anne, a close friend; Solène, whom Anne knows, at GME (her title mistyped)."""
    store.save(GraphData(
        members=["p:me"], people=[Person("p:me", "Me"), Person("p:anne", "Anne"),
                                  Person("p:sol", "Solène")],
        companies=[GME, DANONE],
        knows=[Knows("p:me", "p:anne", 5, None, "2026-11-01"),
               Knows("p:anne", "p:sol", 4, None, "2026-11-01")],
        jobs=[AT_GME]))
    return store


def targets(store: GraphStore, company: str, include_former: bool = False
            ) -> list[tuple[str, str, bool]]:
    found = find_paths(store, company, include_former=include_former, today=TODAY,
                       cache=SnapshotCache())
    return [(c.target.name, c.title, c.current) for c in found.introductions]


def test_a_title_written_wrong_is_corrected_in_place(solene: GraphStore) -> None:
    change = planned_job("p:sol", AT_GME, " Chargée de  communication ", GME)
    assert change.changed
    now = change_job(solene, change, WRONG, GME, today=TODAY)
    # The same job, its title corrected: department and start kept, nothing left behind
    assert solene.jobs_of("p:sol") == [now] == [
        Job("p:sol", "c:gme", "Chargée de communication", "Communication", "2021-09-14")]
    assert targets(solene, "GME") == [("Solène", "Chargée de communication", True)]


def test_a_company_written_wrong_is_corrected_and_gme_no_longer_leads_to_her(
        solene: GraphStore) -> None:
    change_job(solene, planned_job("p:sol", AT_GME, AT_GME.title, DANONE), WRONG, DANONE,
               today=TODAY)
    assert solene.jobs_of("p:sol") == [Job("p:sol", "c:danone", AT_GME.title,
                                             "Communication", "2021-09-14")]
    assert targets(solene, "GME", include_former=True) == []  # (she never worked there)
    assert targets(solene, "Danone") == [("Solène", AT_GME.title, True)]


def test_a_move_keeps_the_old_job_as_a_past_one(solene: GraphStore) -> None:
    now = change_job(solene, planned_job("p:sol", AT_GME, "Directrice de la communication",
                                           DANONE), ENDED, DANONE, today=TODAY)
    assert now == Job("p:sol", "c:danone", "Directrice de la communication", "",
                      TODAY.isoformat())  # (from the day the old one ends)
    assert current_job(solene, "p:sol") == now
    assert sorted(solene.jobs_of("p:sol"), key=lambda j: j.company) == [
        now, Job("p:sol", "c:gme", AT_GME.title, "Communication", "2021-09-14",
                 TODAY.isoformat(), False)]
    assert targets(solene, "GME") == []  # not as a current employee...
    assert targets(solene, "GME", include_former=True) == [
        ("Solène", AT_GME.title, False)]  # ...as a former one, when asked
    assert targets(solene, "Danone") == [("Solène", "Directrice de la communication", True)]


def test_a_new_company_typed_is_saved_with_the_job(solene: GraphStore) -> None:
    new = Company("c:frioul", "Frioul Conseil")
    change_job(solene, planned_job("p:sol", AT_GME, "Consultante", new), ENDED, new,
               today=TODAY)
    assert solene.get_company("c:frioul") == new
    assert current_job(solene, "p:sol") == Job("p:sol", "c:frioul", "Consultante", "",
                                               TODAY.isoformat())


def test_a_job_noted_for_someone_who_had_none_and_one_taken_away(
        solene: GraphStore) -> None:
    assert current_job(solene, "p:anne") is None
    change_job(solene, planned_job("p:anne", None, "DRH", GME), None, GME)
    assert solene.jobs_of("p:anne") == [Job("p:anne", "c:gme", "DRH")]
    # Both boxes emptied, the old job written wrong: she has none
    change_job(solene, planned_job("p:sol", AT_GME, "", None), WRONG, today=TODAY)
    assert solene.jobs_of("p:sol") == []


def test_what_cannot_be_saved_saves_nothing(solene: GraphStore) -> None:
    version = solene.graph_version()
    unchanged = planned_job("p:sol", AT_GME, AT_GME.title, GME)
    assert not unchanged.changed and change_job(solene, unchanged, None) == AT_GME
    with pytest.raises(DataRejected, match="noted with its company"):
        planned_job("p:sol", AT_GME, "Directrice", None)
    with pytest.raises(DataRejected, match="over 200 characters"):
        planned_job("p:sol", AT_GME, "x" * 201, GME)
    with pytest.raises(DataRejected, match="what became of the old job"):
        change_job(solene, planned_job("p:sol", AT_GME, "Directrice", GME), None)
    # Changed in another tab since she saw it: refused, nothing written
    solene.save(GraphData(jobs=[Job("p:sol", "c:gme", AT_GME.title, "Com interne",
                                      "2021-09-14")]))
    version = solene.graph_version()
    with pytest.raises(PersonChanged):
        change_job(solene, planned_job("p:sol", AT_GME, "Directrice", GME), ENDED,
                   today=TODAY)
    assert solene.graph_version() == version
    assert [j.title for j in solene.jobs_of("p:sol")] == [AT_GME.title]


def test_carnet_people_edit_corrects_or_changes_a_job(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook  # (conftest: an empty store of each kind, carnet on it)
    store.save(GraphData(people=[Person("p:sol", "Solène")], companies=[GME, DANONE],
                         jobs=[AT_GME]))
    refused = carnet("--lang", "en", "people", "edit", "Solène", "--title", "Directrice")
    assert (refused.code, refused.err) == (2, "carnet: say what became of the old job\n")
    done = carnet("--lang", "fr", "people", "edit", "Solène", "--title",
                  "Chargée de communication", "--old-job", "wrong")
    assert (done.code, done.out) == (
        0, "Poste enregistré : Chargée de communication chez GME.\n"), done.err
    assert [j.title for j in store.jobs_of("p:sol")] == ["Chargée de communication"]
    moved = carnet("--lang", "en", "people", "edit", "Solène", "--company", "Danone",
                   "--old-job", "ended")
    assert (moved.code, moved.out) == (
        0, "Job saved: Chargée de communication at Danone.\n"), moved.err
    assert [(j.company, j.current) for j in store.jobs_of("p:sol")] == [
        ("c:danone", True), ("c:gme", False)]
    close = carnet("--lang", "en", "people", "edit", "Solène", "--company", "Danonne",
                   "--old-job", "ended")
    assert close.code == 2 and "Danone" in close.err  # (a typo is not a new company unasked)


def test_back_to_a_job_she_held_keeps_its_history(solene: GraphStore) -> None:
    """Back at GME, where she was « Chargée » from 2018 to 2020: that job is current again,
    its department and start kept (they were wiped)."""
    past = Job("p:sol", "c:gme", "Chargée", "Com", "2018-01-01", "2020-12-31", False)
    solene.save(GraphData(jobs=[past]))
    now = current_job(solene, "p:sol")
    assert now is not None
    change_job(solene, planned_job("p:sol", now, "Chargée", GME), ENDED, GME, today=TODAY)
    jobs = {(j.company, j.title): j for j in solene.jobs_of("p:sol")}
    assert jobs["c:gme", "Chargée"] == replace(past, until=None, current=True)


def test_a_new_job_beside_another_current_one_is_the_one_her_card_shows(
        solene: GraphStore) -> None:
    """She also volunteers at an association (since 2019): after a move, her card names the
    new job, not the association's (the new one had no start, so sorted last)."""
    solene.save(GraphData(companies=[Company("c:asso", "Asso")],
                          jobs=[Job("p:sol", "c:asso", "Bénévole", "", "2019-01-01")]))
    saved = change_job(solene, planned_job("p:sol", AT_GME, "Directrice", DANONE), ENDED,
                       DANONE, today=TODAY)
    assert current_job(solene, "p:sol") == saved


def test_a_refused_card_value_writes_no_job_either(notebook: tuple[GraphStore, Run]) -> None:
    """« --title … --add-email pas-une-adresse »: the address is refused, and the job is not
    written (it was, and « Poste enregistré » said so before the refusal)."""
    store, carnet = notebook
    store.save(GraphData(people=[Person("p:sol", "Solène")], companies=[GME],
                         jobs=[Job("p:sol", "c:gme", "Chargée")]))
    done = carnet("--lang", "fr", "people", "edit", "Solène", "--title", "Directrice",
                  "--old-job", "wrong", "--add-email", "pas-une-adresse")
    assert done.code == 2 and done.out == ""
    assert [j.title for j in store.jobs_of("p:sol")] == ["Chargée"]


def test_merging_the_old_company_into_the_new_keeps_her_current_job(
        solene: GraphStore) -> None:
    """« Chargée » at Acme Inc, a move to « Chargée » at Acme (the same firm, written two ways),
    then Acme Inc merged into Acme: she is still at Acme now (the ended job won)."""
    acme, inc = Company("c:acme", "Acme"), Company("c:acme-inc", "Acme Inc")
    solene.save(GraphData(companies=[acme, inc], jobs=[Job("p:anne", "c:acme-inc", "Chargée",
                                                           "", "2020-01-01")]))
    before = current_job(solene, "p:anne")
    change_job(solene, planned_job("p:anne", before, "Chargée", acme), ENDED, acme, today=TODAY)
    solene.merge_companies("c:acme-inc", "c:acme")
    assert [(j.company, j.title, j.current, j.until) for j in solene.jobs_of("p:anne")] == [
        ("c:acme-inc", "Chargée", True, None)]
