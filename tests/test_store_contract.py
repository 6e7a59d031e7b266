"""The contract every GraphStore honours, run against each implementation."""

from __future__ import annotations

import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from graph.core.errors import CompanyNotFound, DataRejected, PersonChanged, PersonNotFound
from graph.core.model import (
    SOURCES,
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    Review,
)
from graph.core.ties import EdgeTable
from graph.formats.interchange import read_carnet
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.conftest import office, small_graph


def test_save_then_dump_round_trips_every_field(store: GraphStore) -> None:
    data = small_graph()
    store.save(data)
    dumped = store.dump()
    assert dumped.members == data.members
    assert dumped.people == sorted(data.people, key=lambda p: p.id)
    assert dumped.companies == sorted(data.companies, key=lambda c: c.id)
    assert dumped.knows == sorted(data.knows, key=lambda k: (k.a, k.b))
    assert dumped.jobs == sorted(data.jobs, key=lambda j: (j.person, j.company, j.title))
    assert dumped.referrals == data.referrals
    assert dumped.intros == data.intros


def test_store_sets_created_and_updated_times(store: GraphStore) -> None:
    store.save(small_graph())
    person = store.get_person("p:isabelle")
    assert person.created_at and person.updated_at == person.created_at


def test_upsert_is_idempotent_and_a_no_op_write_does_not_move_the_version(
        store: GraphStore) -> None:
    store.save(small_graph())
    version, first = store.graph_version(), store.dump()
    store.save(small_graph())
    assert store.graph_version() == version
    assert store.dump() == first
    assert store.counts().people == 5


def test_upsert_updates_changed_fields_and_moves_the_version(store: GraphStore) -> None:
    store.save(small_graph())
    version = store.graph_version()
    store.save(GraphData(people=[Person("p:marc", "Marc Aubert", emails=("marc@phocee.fr",))],
                         knows=[Knows("p:solene", "p:veronique", 3, source="linkedin")]))
    assert store.graph_version() == version + 1
    assert store.get_person("p:marc").emails == ("marc@phocee.fr",)
    tie = store.tie("p:veronique", "p:solene")
    assert tie is not None and tie.closeness == 3


def test_version_moves_on_each_write_and_never_on_reads(store: GraphStore, tmp_path: Path) -> None:
    versions = [store.graph_version()]
    store.save(small_graph())
    versions.append(store.graph_version())
    store.save(GraphData(people=[Person("p:new", "Nouvelle Personne")]))
    versions.append(store.graph_version())
    store.delete_person("p:new")
    versions.append(store.graph_version())
    store.merge_people("p:marc", "p:stephanie")
    versions.append(store.graph_version())
    assert versions == sorted(set(versions)), "every write moves the version forward"

    store.counts(), store.members(), store.get_person("p:isabelle"), store.get_company("c:gme")
    store.search_people("roux"), store.search_companies("gme"), store.ties_of("p:isabelle")
    store.tie("p:isabelle", "p:veronique"), store.jobs_of("p:marc"), store.employees("c:gme")
    store.referrals(), store.intros(), list(store.edges()), store.dump()
    store.edge_table(date.today())
    store.backup(tmp_path / "copy.db")
    assert store.graph_version() == versions[-1]


@pytest.mark.parametrize(("text", "expected"), [
    ("stephanie", ["p:stephanie"]),
    ("STÉPHANIE", ["p:stephanie"]),
    ("oeuvray", ["p:stephanie"]),
    ("véro", ["p:veronique"]),
    ("vero@example", ["p:veronique"]),
    ("+3361234", ["p:isabelle"]),
    # a phone number as pages show it and as people type it (stored as +33612345678)
    ("06 12 34 56 78", ["p:isabelle"]), ("06.12.34", ["p:isabelle"]),
    ("+33 6 12 34 56 78", ["p:isabelle"]), ("0033 6 12 34", ["p:isabelle"]),
    ("+33 (0)6 12 34 56 78", ["p:isabelle"]), ("12 34 56", ["p:isabelle"]),
    ("07 12 34", []),
    ("  solene   roux ", ["p:solene"]),
    ("ro", ["p:solene", "p:veronique"]),  # partial matches only: sorted by name
    ("nobody", []),
])
def test_search_people_ignores_case_accents_and_spacing(
        store: GraphStore, text: str, expected: list[str]) -> None:
    store.save(small_graph())
    assert [p.id for p in store.search_people(text)] == expected


@pytest.mark.parametrize("text", ["+33611223344", "06 11 22 33 44", "0611223344", "+33 6 11 22"])
def test_search_finds_a_phone_kept_as_typed_whichever_way_it_is_typed(
        store: GraphStore, text: str) -> None:
    """A number kept as someone typed it (the demo's, an older edit's) is found as well."""
    store.save(GraphData(people=[Person("p:1", "Anne Martin", phones=("+33 6 11 22 33 44",)),
                                 Person("p:2", "Léa Roux", phones=("06 11 22 33 44",)),
                                 Person("p:3", "Zoé Martin", phones=("04 91 00 00 00",))]))
    assert [p.id for p in store.search_people(text)] == ["p:1", "p:2"]


@pytest.mark.parametrize("text", ["+44 (0)20 7946 0958", "0044 (0) 20 7946", "＋４４ ２０ ７９４６",
                                  "+44 20 7946 0958"])
def test_a_number_of_another_country_is_found_as_people_write_it(
        store: GraphStore, text: str) -> None:
    """A London number (kept +442079460958) typed with its trunk zero in brackets, as the
    British write it, or in full-width digits (a Japanese keyboard's)."""
    store.save(GraphData(people=[Person("p:1", "Anne Martin", phones=("+442079460958",)),
                                 Person("p:2", "Zoé Roux", phones=("+33491061234",))]))
    assert [p.id for p in store.search_people(text)] == ["p:1"]


def test_a_number_typed_from_its_start_is_not_found_inside_another(store: GraphStore) -> None:
    """"06 12 34" is the start of a number, not "04 91 06 12 34"'s middle; digits with no
    prefix may be anywhere in one."""
    store.save(GraphData(people=[Person("p:1", "Anne Martin", phones=("+33612345678",)),
                                 Person("p:2", "Zoé Roux", phones=("+33491061234",))]))
    assert [p.id for p in store.search_people("06 12 34")] == ["p:1"]
    assert [p.id for p in store.search_people("+33 6 12")] == ["p:1"]
    assert [p.id for p in store.search_people("12 34")] == ["p:1", "p:2"]


def test_search_puts_exact_then_prefix_matches_first_and_respects_the_limit(
        store: GraphStore) -> None:
    store.save(GraphData(people=[Person("p:1", "Anne Martin"), Person("p:2", "Martin"),
                                 Person("p:3", "Martine Roux"), Person("p:4", "Zoé Martin")]))
    assert [p.id for p in store.search_people("martin")] == ["p:2", "p:3", "p:1", "p:4"]
    assert len(store.search_people("martin", limit=2)) == 2


@pytest.mark.parametrize("text", ["mediterranee", "GME", "gme-energie.fr", "Énergie"])
def test_search_companies_by_name_alias_or_domain(store: GraphStore, text: str) -> None:
    store.save(small_graph())
    assert [c.id for c in store.search_companies(text)] == ["c:gme"]


def test_missing_things_raise_not_found(store: GraphStore) -> None:
    with pytest.raises(PersonNotFound, match="p:nobody"):
        store.get_person("p:nobody")
    with pytest.raises(PersonNotFound):
        store.delete_person("p:nobody")
    with pytest.raises(CompanyNotFound, match="c:nowhere"):
        store.get_company("c:nowhere")


def test_a_write_with_an_unknown_reference_is_refused_whole(store: GraphStore) -> None:
    store.save(small_graph())
    version, before = store.graph_version(), store.dump()
    with pytest.raises(DataRejected):
        store.save(GraphData(people=[Person("p:zoe", "Zoé")],
                             knows=[Knows("p:zoe", "p:ghost")]))
    assert store.graph_version() == version
    assert store.dump() == before


def test_delete_person_removes_their_ties_jobs_referrals_and_intros(store: GraphStore) -> None:
    store.save(small_graph())
    store.save(GraphData(events=[Event("r:1", "noted", "2026-10-02", "Solène, via Véro"),
                                 Event("i:1", "asked", "2026-11-10")]))
    store.delete_person("p:solene")
    assert store.tie("p:veronique", "p:solene") is None
    assert store.employees("c:gme") == []
    assert store.referrals() == [] and store.intros() == []
    assert store.events() == []  # their history goes with them (notes may name them)
    assert store.counts().people == 4


def test_delete_company_removes_its_jobs_and_keeps_referrals_without_it(
        store: GraphStore) -> None:
    store.save(small_graph())
    version = store.graph_version()
    store.delete_company("c:gme")
    assert store.graph_version() > version
    assert store.employees("c:gme", current_only=False) == []
    assert [j.company for j in store.jobs_of("p:marc")] == ["c:phocee"]
    assert [(r.id, r.company) for r in store.referrals()] == [("r:1", None)]
    assert [(i.id, i.company) for i in store.intros()] == [("i:1", None)]
    assert store.search_companies("GME") == []
    with pytest.raises(CompanyNotFound):
        store.delete_company("c:gme")


def test_merge_companies_moves_staff_records_and_names(store: GraphStore) -> None:
    data = small_graph()
    data.companies.append(Company("c:gme2", "GME Énergie", "gme.example", ("Groupe GME",)))
    data.jobs += [Job("p:stephanie", "c:gme2", "Chargée de mission RSE"),
                  Job("p:solene", "c:gme2", "Responsable communication interne", "Comm",
                      "2020-01-01", None, True)]  # the same job, already held at c:gme
    data.referrals[0] = replace(data.referrals[0], company="c:gme2")
    store.save(data)
    store.merge_companies("c:gme", "c:gme2")
    gme = store.get_company("c:gme")
    assert (gme.name, gme.domain) == ("Groupe Méditerranée Énergie", "gme-energie.fr")
    assert gme.aliases == ("GME", "GME Énergie", "Groupe GME")
    assert {(j.person, j.title) for j in store.employees("c:gme", current_only=False)} == {
        ("p:solene", "Responsable communication interne"), ("p:marc", "DRH"),
        ("p:stephanie", "Chargée de mission RSE")}
    assert store.jobs_of("p:solene")[0].department == "Communication"  # the kept one's
    assert store.referrals()[0].company == "c:gme"
    assert [c.id for c in store.search_companies("GME Énergie")] == ["c:gme"]
    with pytest.raises(CompanyNotFound):
        store.get_company("c:gme2")
    with pytest.raises(DataRejected):
        store.merge_companies("c:gme", "c:gme")
    with pytest.raises(CompanyNotFound):
        store.merge_companies("c:gme", "c:nowhere")


def two_veroniques() -> GraphData:
    """The small graph, plus a second card for Véronique with ties, a job and a referral."""
    data = small_graph()
    data.people.append(Person("p:vero2", "Vero Bastide", emails=("v.bastide@pro.fr",),
                              phones=("+33600000000",)))
    data.knows += [Knows("p:vero2", "p:isabelle", 3, "2005-01-01", "2026-11-05", 4, "", "vcard"),
                   Knows("p:vero2", "p:marc", 2, source="linkedin")]
    data.jobs.append(Job("p:vero2", "c:phocee", "Journaliste"))
    data.referrals.append(Referral("r:2", "p:vero2", "p:marc", "p:isabelle"))
    data.reviews.append(Review("v:1", "p:veronique", "p:vero2", 91.0, "similar name"))
    return data


def test_merge_people_keeps_contact_details_ties_jobs_and_history(store: GraphStore) -> None:
    store.save(two_veroniques())

    store.merge_people("p:veronique", "p:vero2")

    with pytest.raises(PersonNotFound):
        store.get_person("p:vero2")
    vero = store.get_person("p:veronique")
    assert vero.emails == ("vero@example.fr", "v.bastide@pro.fr")
    assert vero.phones == ("+33600000000",)
    # Both knew Isabelle: one tie with the best of both.
    assert store.tie("p:veronique", "p:isabelle") == Knows(
        "p:isabelle", "p:veronique", 5, "2005-01-01", "2026-11-05", 16, "école de journalisme",
        "manual")
    assert store.tie("p:veronique", "p:marc") is not None
    assert [j.company for j in store.jobs_of("p:veronique")] == ["c:phocee"]
    assert {r.referrer for r in store.referrals()} == {"p:veronique"}


def test_undo_merge_puts_both_back_and_reopens_the_review_which_can_be_kept_apart(
        store: GraphStore) -> None:
    store.save(two_veroniques())
    before = store.dump()
    merge = store.merge_people("p:veronique", "p:vero2")
    assert [(r.status, r.merge) for r in store.reviews(None)] == [("merged", merge)]
    store.undo_merge(merge)
    assert store.dump() == before
    assert [r.id for r in store.reviews()] == ["v:1"]
    with pytest.raises(DataRejected):
        store.undo_merge(merge)  # once only
    with pytest.raises(DataRejected):
        store.undo_merge("m:nowhere")
    store.keep_apart("v:1")
    assert store.reviews() == [] and store.reviews("apart")[0].id == "v:1"
    with pytest.raises(DataRejected):
        store.keep_apart("v:1")  # no longer open


def test_a_merge_under_the_other_name_is_one_write_and_one_undo(store: GraphStore) -> None:
    store.save(two_veroniques())
    before, version = store.dump(), store.graph_version()
    other_name = store.get_person("p:vero2").name
    merge = store.merge_people("p:veronique", "p:vero2", other_name)
    assert store.get_person("p:veronique").name == other_name
    assert store.graph_version() == version + 1  # one transaction
    store.undo_merge(merge)
    assert store.dump() == before  # the old name is back too


def test_merging_a_member_keeps_membership(store: GraphStore) -> None:
    store.save(small_graph())
    store.merge_people("p:marc", "p:isabelle")
    assert store.members() == ["p:marc"]


def test_merge_with_itself_is_refused(store: GraphStore) -> None:
    store.save(small_graph())
    with pytest.raises(DataRejected):
        store.merge_people("p:marc", "p:marc")


def test_lists_filter_by_status_and_current_jobs(store: GraphStore) -> None:
    store.save(small_graph())
    assert [r.id for r in store.referrals("noted")] == ["r:1"]
    assert store.referrals("won") == []
    assert [i.id for i in store.intros("asked")] == ["i:1"]
    assert [j.person for j in store.employees("c:gme")] == ["p:solene"]
    assert [j.person for j in store.employees("c:gme", current_only=False)] == [
        "p:marc", "p:solene"]
    assert [j.company for j in store.jobs_of("p:marc")] == ["c:phocee", "c:gme"]


def test_missing_dates_sort_the_same_in_every_store(store: GraphStore) -> None:
    """As SQLite orders them: a missing date before any date, so last when newest first."""
    data = small_graph()
    data.jobs.append(Job("p:marc", "c:phocee", "Conseiller"))  # current, no start date
    data.intros.append(IntroRequest("i:0", "p:isabelle", "p:veronique", "p:marc", None,
                                    "draft"))
    store.save(data)
    assert [(j.company, j.title) for j in store.jobs_of("p:marc")] == [
        ("c:phocee", "DRH"), ("c:phocee", "Conseiller"), ("c:gme", "DRH")]
    assert [i.id for i in store.intros()] == ["i:0", "i:1"]


def test_edges_stream_every_tie_once_page_by_page(store: GraphStore,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store.save(office())
    monkeypatch.setattr(sys.modules[type(store).__module__], "EDGE_PAGE", 2)
    assert [(k.a, k.b) for k in store.edges()] == [
        ("p:hugo", "p:isabelle"), ("p:isabelle", "p:nadia"), ("p:isabelle", "p:paul"),
        ("p:isabelle", "p:veronique"), ("p:marc", "p:nadia"), ("p:solene", "p:veronique")]


def test_dump_without_ties_is_everything_else(store: GraphStore) -> None:
    store.save(small_graph())
    assert store.dump(ties=False) == replace(store.dump(), knows=[])


def test_companies_and_jobs_are_the_dumps_and_each_companys_staff(store: GraphStore) -> None:
    store.save(small_graph())
    companies, jobs = store.companies_and_jobs()
    everything = store.dump(ties=False)
    assert (companies, jobs) == (everything.companies, everything.jobs)
    for company in companies:  # (by person and title: as employees lists them)
        assert [j for j in jobs if j.company == company.id] == store.employees(company.id, False)


def test_backup_restores_identically(store: GraphStore, tmp_path: Path) -> None:
    store.save(small_graph())
    store.backup(tmp_path / "backup.db")
    backup = tmp_path / "backup.db"
    if backup.read_bytes().startswith(b"SQLite format 3"):  # a copy of the database
        restored = SqliteStore(backup)
        assert restored.graph_version() == store.graph_version()
    else:  # a Carnet JSON document (Neo4j)
        restored = SqliteStore(":memory:")
        restored.save(read_carnet(backup))
    assert restored.dump() == store.dump()
    restored.close()


def test_backup_never_overwrites_a_file(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "taken.db").write_text("keep me")
    with pytest.raises(DataRejected, match="already exists"):
        store.backup(tmp_path / "taken.db")
    assert (tmp_path / "taken.db").read_text() == "keep me"


def test_untrusted_text_is_stored_as_text(store: GraphStore) -> None:
    hostile = ["<script>window.pwned=1</script>", "=HYPERLINK(\"http://x\")",
               "x' }) DETACH DELETE n //", "Robert'); DROP TABLE person;--", "a\u202eb"]
    store.save(GraphData(people=[Person(f"p:{n}", name) for n, name in enumerate(hostile)]))
    assert [store.get_person(f"p:{n}").name for n in range(len(hostile))] == hostile
    assert store.counts().people == len(hostile)


def test_tie_is_the_same_whichever_way_round(store: GraphStore) -> None:
    store.save(small_graph())
    assert store.tie("p:veronique", "p:isabelle") == store.tie("p:isabelle", "p:veronique")
    store.save(GraphData(knows=[replace(Knows("p:veronique", "p:isabelle"), closeness=4)]))
    assert store.counts().knows == 3


def test_edge_table_gives_every_tie_as_columns(store: GraphStore) -> None:
    store.save(small_graph())
    table = store.edge_table(date(2026, 11, 22))
    assert table.people == ["p:isabelle", "p:marc", "p:solene", "p:stephanie", "p:veronique"]
    rows = sorted(zip(*(col.tolist() for col in (table.a, table.b, table.closeness, table.source,
                                                  table.days, table.interactions)),
                      strict=True))
    assert rows == [
        (0, 3, 2, SOURCES.index("vcard"), (date(2026, 11, 22) - date(2019, 3, 1)).days, 1),
        (0, 4, 5, SOURCES.index("manual"), 21, 12),
        (2, 4, 0, SOURCES.index("linkedin"), -1, 0),
    ]


def test_edge_table_of_an_empty_store(store: GraphStore) -> None:
    table = store.edge_table(date(2026, 11, 22))
    assert table.people == [] and len(table.a) == len(table.days) == 0


def test_the_neighbourhood_feed_is_declared_by_the_store_that_has_one(
        store: GraphStore) -> None:
    """An optional capability of the port: Neo4j has it, a SQLite file is read whole."""
    assert store.kind in ("sqlite", "neo4j")
    assert (store.neighbourhood_feed is not None) == (store.kind == "neo4j")


def test_neo4j_feeds_big_team_graphs_a_bounded_neighbourhood_each_tie_once(
        neo4j: GraphStore) -> None:
    neo4j.save(office())  # small: every tie is within two of the member or GME's staff
    feed = neo4j.neighbourhood_feed
    assert feed is not None
    table = feed.neighbourhood_table("c:gme", date(2026, 11, 22))
    pairs = [(table.people[a], table.people[b]) for a, b in zip(table.a, table.b, strict=True)]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == {(k.a, k.b) for k in neo4j.edges()}
    whole = neo4j.edge_table(date(2026, 11, 22))  # (the same columns as the snapshot's feed)

    def by_pair(t: EdgeTable) -> dict[tuple[str, str], tuple[int, ...]]:
        return {(t.people[a], t.people[b]): (int(c), int(s), int(d), int(k)) for a, b, c, s, d, k
                in zip(t.a, t.b, t.closeness, t.source, t.days, t.interactions, strict=True)}
    assert by_pair(table) == by_pair(whole)
    capped = neo4j.neighbourhood_table(  # type: ignore[attr-defined]  # (the caps: Neo4j's own)
        "c:gme", date(2026, 11, 22), degree_cap=1, limit=2)
    assert len(capped.a) <= 2


def test_a_record_missing_part_of_its_key_is_refused_whole(store: GraphStore) -> None:
    store.save(small_graph())
    before = (store.graph_version(), store.dump())
    no_title = Job("p:marc", "c:gme", None, "RH")  # type: ignore[arg-type]
    no_day = Event("r:1", "researched", None)  # type: ignore[arg-type]
    for bad in (GraphData(people=[Person("p:new", "New")], jobs=[no_title]),
                GraphData(people=[Person("p:new", "New")], events=[no_day])):
        with pytest.raises(DataRejected):
            store.save(bad)
    assert (store.graph_version(), store.dump()) == before


def test_four_writers_saving_the_same_records_at_once_make_each_once(store: GraphStore) -> None:
    data = office()
    data.events = [Event("r:1", "researched", "2026-11-20"), Event("i:1", "asked", "2026-11-21")]
    data.intros = small_graph().intros
    failures: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(3):
                store.save(data)
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)
    before = store.graph_version()
    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    counts = store.counts()
    assert (counts.people, counts.companies, counts.knows, counts.jobs) == (
        len(data.people), len(data.companies), len(data.knows), len(data.jobs))
    assert len(store.events()) == 2 and len(store.intros()) == 1
    assert store.graph_version() == before + 1  # one writer changed things; the rest: done


def test_a_merge_never_loses_a_tie_written_at_the_same_time(store: GraphStore) -> None:
    """The merge reads the pair inside its own write: a tie saved meanwhile is either moved
    to the kept person, or refused (its person is gone) — never silently dropped."""
    for round_ in range(6):
        keep, other, friend = f"p:k{round_}", f"p:o{round_}", f"p:f{round_}"
        store.save(GraphData(people=[Person(keep, "Kim"), Person(other, "Kim B"),
                                     Person(friend, "Fred")]))
        refused: list[BaseException] = []

        def add_tie(other: str = other, friend: str = friend,
                    refused: list[BaseException] = refused) -> None:
            try:
                store.save(GraphData(knows=[Knows(other, friend, 4)]))
            except DataRejected as exc:
                refused.append(exc)
        writer = threading.Thread(target=add_tie)
        writer.start()
        store.merge_people(keep, other)
        writer.join()
        assert store.tie(keep, friend) is not None or refused
        assert all(other not in (k.a, k.b) for k in store.ties_of(friend))


def _operators(plan: dict[str, object]) -> set[str]:
    children = plan.get("children") or []
    assert isinstance(children, list)
    return {str(plan["operatorType"]).split("@")[0]}.union(*(_operators(c) for c in children))


def _steps(plan: dict[str, object]) -> list[str]:
    """Each operator of a PROFILE with its details, e.g. ``NodeByLabelScan start:Member``."""
    children = plan.get("children") or []
    args = plan.get("args") or {}
    assert isinstance(children, list) and isinstance(args, dict)
    step = f"{str(plan['operatorType']).split('@')[0]} {args.get('Details', '')}"
    return [step, *(s for child in children for s in _steps(child))]


def test_neo4j_finds_the_feeds_starts_by_index_not_by_testing_everyone(
        neo4j: GraphStore) -> None:
    neo4j.save(office())
    from graph.stores.cypher import NEIGHBOURHOOD

    with neo4j._session() as session:  # type: ignore[attr-defined]
        summary = session.run(f"PROFILE {NEIGHBOURHOOD}", company="c:gme", degree_cap=500,
                              limit=1000).consume()
    steps = _steps(summary.profile)
    assert any(s.startswith("NodeUniqueIndexSeek") and ":Company(id)" in s for s in steps), steps
    assert not [s for s in steps if s.startswith(("AllNodesScan", "NodeByLabelScan"))
                and ":Person" in s], steps


def test_neo4j_pages_ties_with_index_seeks_not_scans(neo4j: GraphStore) -> None:
    people = [Person(f"p:{n:04d}", f"Person {n}") for n in range(400)]
    neo4j.save(GraphData(people=people, knows=[Knows(people[n].id, people[(n * 7 + 1) % 400].id)
                                               for n in range(400)]))
    from graph.stores.cypher import PEOPLE_AFTER, TIES_FROM

    with neo4j._session() as session:  # type: ignore[attr-defined]
        people_page = session.run(f"PROFILE {PEOPLE_AFTER}", after="p:0100", page=50).consume()
        ties_page = session.run(f"PROFILE {TIES_FROM}", ids=["p:0100", "p:0101"]).consume()
    for summary in (people_page, ties_page):
        operators = _operators(summary.profile)
        assert any("IndexSeek" in op for op in operators), operators
        assert not operators & {"AllNodesScan", "NodeByLabelScan", "NodeIndexScan",
                                "UndirectedRelationshipTypeScan",
                                "DirectedRelationshipTypeScan"}, operators


def test_people_and_ties_are_read_in_one_batch_each(store: GraphStore) -> None:
    store.save(office())
    people = store.people_by_id(["p:nadia", "p:isabelle", "p:nobody", "p:nadia"])
    assert {pid: p.name for pid, p in people.items()} == {
        "p:nadia": "Nadia Amrani", "p:isabelle": "Isabelle Prigent"}
    ties = store.ties_among([("p:nadia", "p:isabelle"), ("p:marc", "p:nadia"),
                             ("p:solene", "p:marc")])
    assert ties == {("p:isabelle", "p:nadia"): store.tie("p:isabelle", "p:nadia"),
                    ("p:marc", "p:nadia"): store.tie("p:marc", "p:nadia")}
    assert store.people_by_id([]) == {} and store.ties_among([]) == {}
    pairs = [("p:nadia", "p:isabelle"), ("p:marc", "p:nadia"), ("p:solene", "p:marc")]
    ids = ["p:nadia", "p:isabelle", "p:nobody"]
    assert store.people_and_ties(ids, pairs) == (store.people_by_id(ids),
                                                  store.ties_among(pairs), {})
    assert store.people_and_ties(ids, pairs)[0]["p:nadia"] == store.get_person("p:nadia")
    assert store.people_and_ties([], []) == ({}, {}, {})
    # Of the people read, those whose name someone else has too (accents and case aside),
    # with where they work now: her first current job as jobs_of lists them, "" if none
    store.save(GraphData(people=[Person("p:nadia-2", "NADIA Amrani"),
                                 Person("p:marc-2", "Marc Aubert")]))
    assert store.people_and_ties([*ids, "p:marc"], [])[2] == {
        "p:nadia": "", "p:marc": "Phocée Logistique"}
    store.save(GraphData(companies=[Company("c:b", "Bleu"), Company("c:a", "Azur")], jobs=[
        Job("p:nadia", "c:b", "RH", since="2024-01-01"), Job("p:nadia", "c:a", "RH"),
        Job("p:nadia", "c:gme", "Stagiaire", since="2025-01-01", current=False),
        Job("p:isabelle", "c:b", "Graphiste"), Job("p:isabelle", "c:a", "Graphiste")]))
    store.save(GraphData(people=[Person("p:isabelle-2", "Isabelle Prigent")]))
    first = {pid: store.get_company(next(j for j in store.jobs_of(pid) if j.current).company)
             .name for pid in ("p:nadia", "p:isabelle")}
    assert store.people_and_ties(["p:nadia", "p:isabelle"], [])[2] == first == {
        "p:nadia": "Bleu", "p:isabelle": "Azur"}


@pytest.mark.parametrize("first", ["employees", "none", "missing", "version"])
def test_a_block_of_consistent_reads_answers_as_reads_outside_it(store: GraphStore,
                                                                 first: str) -> None:
    """On Neo4j the block's first read brings the version with it (one round trip): it
    answers exactly as the same read outside the block, in order, also when it finds nothing."""
    store.save(office())
    reads = {"employees": lambda: store.employees("c:gme", current_only=False),
             "none": lambda: store.employees("c:nowhere"),
             "missing": lambda: store.people_by_id(["p:nobody"]),
             "version": store.graph_version}
    outside = {name: read() for name, read in reads.items()}
    assert outside["employees"] and not outside["none"] and not outside["missing"]
    with store.consistent_reads():
        inside = {name: reads[name]() for name in [first, *reads]}
        with pytest.raises(PersonNotFound):
            store.get_person("p:nobody")
    assert inside == outside


def test_a_referral_is_updated_field_by_field(store: GraphStore) -> None:
    """A re-save read the referral, then another tab moved it on: the details it adds are
    written and the status moved meanwhile stays (a whole-row write undid it)."""
    store.save(GraphData(people=[Person("p:a", "A"), Person("p:b", "B"), Person("p:m", "M")],
                         members=["p:m"],
                         referrals=[Referral("r:1", "p:a", "p:b", "p:m", date="2026-11-01")]))
    [seen] = store.referrals()
    store.save(GraphData(referrals=[replace(seen, status="contacted")]))  # meanwhile
    version = store.graph_version()
    saved = store.update_referral(seen, replace(seen, context="ses mots", offered_intro=True))
    assert (saved.status, saved.context, saved.offered_intro) == ("contacted", "ses mots", True)
    assert store.referrals() == [saved]
    assert store.graph_version() > version
    version = store.graph_version()
    assert store.update_referral(saved, saved) == saved  # nothing to write
    assert store.graph_version() == version
    with pytest.raises(PersonChanged):  # the same field moved meanwhile: refused, not undone
        store.update_referral(seen, replace(seen, status="researched"))
    with pytest.raises(DataRejected):
        store.update_referral(replace(seen, id="r:none"), replace(seen, id="r:none", role="x"))
    assert store.referrals() == [saved]


def test_a_referral_moved_on_keeps_details_saved_meanwhile(store: GraphStore) -> None:
    """A status step read the referral, then another tab added its context: the step and its
    event are written in one transaction and the context stays (a whole-row write undid it)."""
    store.save(GraphData(people=[Person("p:a", "A"), Person("p:b", "B"), Person("p:m", "M")],
                         members=["p:m"],
                         referrals=[Referral("r:1", "p:a", "p:b", "p:m", date="2026-11-01")]))
    [seen] = store.referrals()
    store.update_referral(seen, replace(seen, context="ses mots"))  # meanwhile, another tab
    step = Event("r:1", "contacted", "2026-11-20", "appelée")
    saved = store.update_referral(seen, replace(seen, status="contacted"), [step])
    assert (saved.status, saved.context) == ("contacted", "ses mots")
    assert store.referrals() == [saved]
    assert store.events("r:1") == [step]
    version = store.graph_version()
    with pytest.raises(PersonChanged):  # the status moved meanwhile: neither step nor event
        store.update_referral(seen, replace(seen, status="researched"),
                              [Event("r:1", "researched", "2026-11-21", "")])
    assert (store.referrals(), store.events("r:1"), store.graph_version()) == (
        [saved], [step], version)
