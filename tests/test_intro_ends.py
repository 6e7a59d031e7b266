"""Every open intro request can be carried to an end, on both stores and through the CLI: an
introduction accepted but never made (or made, and the target never answered) ends « n'a pas
abouti » and counts for the introducer; an ask never answered ends « restée sans réponse »
(recorded declined: a no, not said as a refusal); a draft never sent is deleted, counting
neither way."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from graph.core.errors import PersonChanged
from graph.core.model import Company, Event, GraphData, IntroRequest, Job, Knows, Person
from graph.core.scoring import TrackRecord, track_records
from graph.formats.interchange import document_data, to_document
from graph.services.explain import long_date
from graph.services.followups import due_followups, ongoing
from graph.services.lifecycle import TransitionRefused, set_intro_status
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import find_paths
from graph.stores.port import GraphStore
from tests.cli_helpers import Run

TODAY = date.today()
ASKED = (TODAY - timedelta(days=20)).isoformat()


def notebook_with(store: GraphStore, status: str) -> IntroRequest:
    """Me, Anne (whom I know) and Tess at Zeta (whom Anne knows), and an intro request to
    Tess through Anne, at ``status``, asked 20 days ago."""
    intro = IntroRequest("i:x", "p:me", "p:anne", "p:tess", "c:zeta", status,
                         None if status == "draft" else ASKED, ASKED)
    store.save(GraphData(
        members=["p:me"], people=[Person("p:me", "Me"), Person("p:anne", "Anne"),
                                  Person("p:tess", "Tess")],
        companies=[Company("c:zeta", "Zeta")], jobs=[Job("p:tess", "c:zeta", "DRH")],
        knows=[Knows("p:me", "p:anne", 5, None, ASKED), Knows("p:anne", "p:tess", 4)],
        intros=[intro], events=[Event("i:x", status, ASKED, "")]))
    return intro


@pytest.mark.parametrize("status", ["accepted", "introduced"])
def test_an_introduction_never_made_or_never_answered_ends_lost_for_the_introducer(
        notebook: tuple[GraphStore, Run], status: str) -> None:
    store, carnet = notebook
    notebook_with(store, status)
    # (an introduction made: thanks are due to Anne, whatever comes of it)
    thanks = ["thank_intro"] if status == "introduced" else []
    assert [f.kind for f in due_followups(store)] == (
        ["not_introduced"] if status == "accepted" else thanks)
    done = carnet("--lang", "fr", "intro", "set", "i:x", "lost")
    assert (done.code, done.out) == (0, "i:x : n'a pas abouti.\n"), done.err
    [intro] = store.intros()
    assert (intro.status, intro.updated_on) == ("lost", TODAY.isoformat())
    assert [e.status for e in store.events("i:x")] == [status, "lost"]
    # Anne did open the door: it counts for her
    record = track_records(store.intros(), store.events())["p:anne"]
    assert (record.asks, record.positive, record.negative, record.pending) == (1, 1, 0, 0)
    assert [f.kind for f in due_followups(store)] == thanks and ongoing(store) == []
    assert [o.status for o in ongoing(store, closed=True)] == ["lost"]


def test_an_ask_never_answered_is_closed_as_such_and_counts_as_a_no(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    notebook_with(store, "asked")
    assert [f.kind for f in due_followups(store)] == ["no_answer"]
    done = carnet("--lang", "fr", "intro", "set", "i:x", "unanswered")
    assert (done.code, done.out) == (0, "i:x : restée sans réponse.\n"), done.err
    [intro] = store.intros()
    assert intro.status == "declined"  # (DESIGN's statuses: no door opened)
    assert [e.status for e in store.events("i:x")] == ["asked", "unanswered"]
    # A no in her record, but no answer in her answering time
    assert track_records(store.intros(), store.events()) == {
        "p:anne": TrackRecord(1, 0, 1, 0, None)}
    assert due_followups(store) == []
    [closed] = ongoing(store, "fr", closed=True)
    assert (closed.status, closed.next_steps) == ("unanswered", ())
    listed = carnet("--lang", "fr", "intro", "list", "--all")
    assert listed.out.startswith("i:x\tunanswered\t"), listed.out
    # Warm paths to Zeta say where Anne's path went: unanswered, not refused
    found = find_paths(store, "Zeta", lang="fr", cache=SnapshotCache())
    assert [why for _, _, why in found.declined] == [
        f"Votre demande à Anne du {long_date(ASKED, 'fr')} pour vous présenter à Tess est "
        "restée sans réponse : ce chemin n'est plus proposé."]
    # Its history travels in a Carnet file and comes back the same
    again = document_data(json.loads(json.dumps(to_document(store.dump()))))
    assert [e.status for e in again.events] == ["asked", "unanswered"]


def test_an_ask_closed_unanswered_takes_a_late_answer(notebook: tuple[GraphStore, Run]) -> None:
    """Anne answers after all: her late yes is recorded over « restée sans réponse » (it was
    refused: closed for good), and the ask is no longer said unanswered; asked again, it is
    said as it stands (« restée sans réponse », not « refusée »)."""
    store, carnet = notebook
    notebook_with(store, "asked")
    assert carnet("intro", "set", "i:x", "unanswered").code == 0
    asked = next(word for word in carnet("intro", "ask", "--via", "Anne", "--to", "Tess").out
                 .split() if word.startswith("i:p-"))  # (its id)
    assert carnet("intro", "set", asked, "unanswered").code == 0
    again = carnet("--lang", "fr", "intro", "ask", "--via", "Anne", "--to", "Tess")
    assert again.out.splitlines()[0].endswith("déjà enregistrée (restée sans réponse)."), \
        again.out
    assert carnet("intro", "set", "i:x", "introduced").code == 2  # (only an answer)
    done = carnet("--lang", "fr", "intro", "set", "i:x", "accepted")
    assert (done.code, done.out) == (0, "i:x : acceptée.\n"), done.err
    assert [i.status for i in store.intros() if i.id == "i:x"] == ["accepted"]
    assert [o.status for o in ongoing(store, closed=True) if o.record == "i:x"] == ["accepted"]
    assert [a.id for a, _, _ in find_paths(store, "Zeta", cache=SnapshotCache()).declined] \
        == ["p:anne"]  # (her other ask, still unanswered)
    assert carnet("intro", "set", "i:x", "declined").code == 2  # (answered: as any accepted)


def test_a_draft_never_sent_is_deleted_with_its_history(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    draft = notebook_with(store, "draft")
    assert [o.next_steps for o in ongoing(store)] == [("asked", "deleted")]
    version = store.graph_version()
    done = carnet("--lang", "en", "intro", "set", "i:x", "deleted")
    assert (done.code, done.out) == (0, "i:x: draft deleted.\n"), done.err
    assert store.intros() == [] and store.events("i:x") == []
    assert store.graph_version() > version
    assert track_records(store.intros(), store.events()) == {}  # never counted, either way
    assert ongoing(store, closed=True) == []
    again = carnet("--lang", "en", "intro", "set", "i:x", "deleted")
    assert (again.code, again.err) == (2, "carnet: no intro request with id i:x\n")
    # The store deletes only what she saw: a draft sent meanwhile (another tab) stays
    store.save(GraphData(intros=[draft]))
    set_intro_status(store, "i:x", "asked")
    with pytest.raises(PersonChanged):
        store.delete_intro(draft)
    assert [i.status for i in store.intros()] == ["asked"]
    with pytest.raises(TransitionRefused, match="next: accepted / declined / unanswered"):
        set_intro_status(store, "i:x", "deleted")
