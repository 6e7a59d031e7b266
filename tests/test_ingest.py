"""Importers on hand-written exports shaped like the real ones (tests/data), through the
store: exact people, companies, jobs and ties; identity resolution; re-imports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.core.model import Knows
from graph.core.wording import reason_words
from graph.stores.sqlite_store import SqliteStore
from ingest.columns import csv_columns
from ingest.common import read_head
from ingest.importer import import_file
from ingest.resolve import skipped_where

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    return SqliteStore(tmp_path / "c.db")


def load(store: SqliteStore, name: str, me: str | None = ME, **options: object):  # type: ignore[no-untyped-def]
    return import_file(store, DATA / name, me=me, today=TODAY, **options).report  # type: ignore[arg-type]


def person(store: SqliteStore, name: str):  # type: ignore[no-untyped-def]
    [found] = store.search_people(name)
    return found


def jobs(store: SqliteStore, name: str) -> list[tuple[str, str, str | None, bool]]:
    return [(store.get_company(j.company).name, j.title, j.until, j.current)
            for j in store.jobs_of(person(store, name).id)]


def me_tie(store: SqliteStore, name: str) -> Knows | None:
    return store.tie(person(store, ME).id, person(store, name).id)


def test_linkedin_connections(store: SqliteStore) -> None:
    report = load(store, "Connections.csv")
    assert (report.added, report.updated, report.queued) == (6, 0, 0)
    assert [(s.line, s.reason) for s in report.skipped] == [
        (8, "no name (a member who hides their details)")]
    assert store.members() == [person(store, ME).id]
    assert sorted(p.name for p in store.dump().people) == [
        '<img src=x onerror=alert(1)> =HYPERLINK(""http://x"")', "Isabelle Prigent",
        "Jean Dupont", "Jean Dupont", "Karim Benali", "Solène Roux", "Véronique Bastide"]
    karim = person(store, "karim")
    assert karim.linkedin == "https://www.linkedin.com/in/karimbenali"  # query string gone
    assert jobs(store, "karim") == [("Phocée Logistique, SAS",
                                     "Responsable communication interne 📣", None, True)]
    assert person(store, "véronique").emails == ("vero.bastide@provence-medias.fr",)
    tie = me_tie(store, "solene")
    assert tie is not None and (tie.source, tie.since, tie.closeness) == (
        "linkedin", "2021-09-21", None)
    hostile = person(store, "img src")
    assert jobs(store, "img src") == [("=cmd|' /C calc'!A0", "Robert'); DROP TABLE person;--",
                                       None, True)]
    assert hostile.name.startswith("<img src=x onerror=alert(1)>")


def test_two_jean_dupont_at_different_companies_stay_two_people(store: SqliteStore) -> None:
    load(store, "Connections.csv")
    dupont = store.search_people("jean dupont")
    assert len(dupont) == 2 and store.reviews() == []
    assert {store.get_company(store.jobs_of(p.id)[0].company).name for p in dupont} == {
        "Calanques Digital", "Banque du Lacydon"}


def test_reimporting_the_same_file_changes_nothing(store: SqliteStore) -> None:
    load(store, "Connections.csv")
    version, before = store.graph_version(), store.dump()
    report = load(store, "Connections.csv")
    assert (report.added, report.updated, report.unchanged, report.ties_added) == (0, 0, 6, 0)
    assert store.graph_version() == version and store.dump() == before


def test_a_newer_linkedin_export_closes_changed_jobs(store: SqliteStore) -> None:
    load(store, "Connections.csv")
    report = load(store, "Connections-2027.csv")
    assert report.jobs_closed == 2
    assert jobs(store, "karim") == [
        ("Groupe Méditerranée Énergie", "Chargé de marque employeur", None, True),
        ("Phocée Logistique, SAS", "Responsable communication interne 📣", "2026-11-22", False)]
    assert jobs(store, "solène") == [
        ("Groupe Méditerranée Énergie", "Directrice de la communication", None, True),
        ("Groupe Méditerranée Énergie", "Responsable communication interne", "2026-11-22",
         False)]
    assert jobs(store, "véronique") == [("Provence Médias", "Journaliste", None, True)]


def test_vcard_21_quoted_printable_charsets_and_n_without_fn(store: SqliteStore) -> None:
    report = load(store, "phone-21.vcf")
    assert [(s.line, s.reason) for s in report.skipped] == [
        (16, "a card with neither a name nor a company")]
    noemie = person(store, "noemie")
    assert (noemie.name, noemie.phones, noemie.emails) == (
        "Noémie Fabre", ("+33612345678",), ("noemie.fabre@exemple.fr",))
    assert noemie.notes == "Ma voisine au Vallon des Auffes, très sympa, connaît tout le monde"
    assert person(store, "helene").name == "Hélène Marchetti"
    assert jobs(store, "helene") == [("Thalassa Hôtels", "", None, True)]
    assert me_tie(store, "noemie").source == "vcard"  # type: ignore[union-attr]


def test_vcard_30_apple_groups_org_department_and_whole_notes(store: SqliteStore) -> None:
    load(store, "apple-30.vcf")
    claire = person(store, "claire")
    assert claire.linkedin == "https://www.linkedin.com/in/claire-dumas-rh"
    assert claire.notes == ("Rencontrée à un afterwork RH, au Panier. Elle connaît Marc (GME), "
                            "Sophie et plein d'autres, très active sur le réseau.")
    assert claire.tags == ("RH", "Marseille") and claire.phones == ("+33698765432",)
    [job] = store.jobs_of(claire.id)
    assert (job.title, job.department) == ("Directrice des ressources humaines",
                                           "Recrutement cadres")
    assert person(store, "mehdi").name == "Mehdi Haddad 🧗"


def test_vcard_40_lf_only_and_tel_uri(store: SqliteStore) -> None:
    load(store, "contacts-40.vcf")
    elodie = person(store, "elodie")
    assert (elodie.name, elodie.phones) == ("Élodie Roussel", ("+33611223344",))


def test_google_csv_current_layout_with_multi_values(store: SqliteStore) -> None:
    report = load(store, "google-contacts.csv")
    assert [(s.line, s.reason) for s in report.skipped] == [(5, "no name")]
    laure = person(store, "laure")
    assert laure.emails == ("laure.vidal@vpa.fr", "laure@gmail.com")
    assert laure.notes == "Amie d'amie.\nRencontrée chez Hélène."
    assert laure.tags == ("Work",) and laure.linkedin == "https://www.linkedin.com/in/laure-vidal"
    assert person(store, "thomas").phones == ("+33491123456", "+33601020304")
    assert store.jobs_of(laure.id)[0].department == "Marketing"


def test_google_csv_older_layout(store: SqliteStore) -> None:
    load(store, "google-old.csv")
    yasmine = person(store, "yasmine")
    assert (yasmine.name, yasmine.emails, yasmine.phones, yasmine.tags) == (
        "Yasmine Chérif", ("yasmine.cherif@azurtelecom.fr",), ("+33700112233",), ("RH",))
    assert jobs(store, "yasmine") == [("Azur Télécom", "Directrice des ressources humaines",
                                       None, True)]


def test_any_csv_with_french_headers_and_an_explicit_mapping(store: SqliteStore) -> None:
    load(store, "reseau.csv", fmt="csv")
    assert person(store, "castagnet").phones == ("+33670809010",)
    assert jobs(store, "sophie") == [("Massilia Santé", "Chargée de communication", None, True)]
    other = SqliteStore(":memory:")
    load(other, "reseau.csv", fmt="csv", mapping={"notes": "Poste", "title": "Commentaire"})
    assert person(other, "castagnet").notes == "Directeur général"


def test_the_same_person_across_exports_is_one_person(store: SqliteStore) -> None:
    """By e-mail (LinkedIn then Google), by phone in any format, by LinkedIn slug."""
    load(store, "phone-21.vcf")
    before = store.counts().people
    (DATA / "noemie-google.csv").write_text(
        "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization Name\n"
        "Noemie,Fabre,,+33 6 12 34 56 78,La Canebière Coworking\n", encoding="utf-8")
    try:
        report = load(store, "noemie-google.csv")
    finally:
        (DATA / "noemie-google.csv").unlink()
    assert (report.added, report.updated) == (0, 1)
    assert store.counts().people == before
    assert jobs(store, "noemie") == [("La Canebière Coworking", "", None, True)]
    assert person(store, "noemie").name == "Noémie Fabre"  # the name we had is kept


def test_a_look_alike_goes_to_review_and_a_merge_can_be_undone(store: SqliteStore,
                                                              tmp_path: Path) -> None:
    load(store, "Connections.csv")
    card = tmp_path / "solene.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Solene Roux\nEMAIL:solene.roux@gmail.com\n"
                    "END:VCARD\n", encoding="utf-8")
    report = import_file(store, card, me=ME, today=TODAY).report
    assert (report.added, report.queued) == (1, 1)
    [review] = store.reviews()
    assert store.get_person(review.a).name == "Solène Roux"
    assert store.get_person(review.b).name == "Solene Roux"
    before = store.dump()

    merge = store.merge_people(review.a, review.b)
    assert store.reviews() == [] and store.counts().people == len(before.people) - 1
    assert store.get_person(review.a).emails == ("solene.roux@gmail.com",)
    [merged] = store.reviews(None)
    assert (merged.status, merged.merge) == ("merged", merge)

    store.undo_merge(merge)
    assert store.dump() == before
    assert [r.id for r in store.reviews()] == [review.id]
    # Re-importing does not queue the pair a second time, and "apart" closes it.
    import_file(store, card, me=ME, today=TODAY)
    assert len(store.reviews()) == 1
    store.keep_apart(review.id)
    assert store.reviews() == []


def test_mbox_counts_two_way_mail_only(store: SqliteStore) -> None:
    load(store, "Connections.csv")
    report = load(store, "mail.mbox", me="isabelle@prigent-conseil.fr")
    assert report.added == 1  # the mail address is new; LinkedIn had no e-mail for Karim
    [(reason, group)] = report.skipped_by_reason().items()
    assert reason == "mail one way only"
    assert skipped_where(group) == "news@newsletter.example, noemie.fabre@exemple.fr"
    karim = next(p for p in store.search_people("karim") if p.emails)
    tie = store.tie(person(store, ME).id, karim.id)
    assert tie == Knows(min(person(store, ME).id, karim.id), max(person(store, ME).id, karim.id),
                        None, "2026-10-06", "2026-11-14", 3, "", "mail")
    # Stored as a code, said in words where shown (the command's English kept as it was).
    # (the very same name: said so, not "similar")
    assert [r.reason for r in store.reviews()] == ["same_name/mail"]
    assert reason_words("same_name/mail", "en") == "same name (e-mails import)"


def test_ics_counts_meetings_but_not_big_ones(store: SqliteStore) -> None:
    load(store, "apple-30.vcf")
    load(store, "calendar.ics", me="isabelle@prigent-conseil.fr")
    mehdi = me_tie(store, "mehdi haddad")
    assert mehdi is not None and (mehdi.interactions, mehdi.last_contact, mehdi.source) == (
        2, "2026-11-12", "vcard")  # an existing tie keeps its source; the counts are added
    assert me_tie(store, "thomas giraud").interactions == 1  # type: ignore[union-attr]
    assert store.search_people("corp.example") == []


def test_dry_run_reports_and_writes_nothing(store: SqliteStore) -> None:
    report = load(store, "Connections.csv", dry_run=True)
    assert report.added == 6
    assert store.counts().people == 0 and store.graph_version() == 0


def test_jobs_from_phone_exports_are_not_closed(store: SqliteStore) -> None:
    load(store, "Connections.csv")
    load(store, "phone-21.vcf")
    (DATA / "karim.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Karim Benali\nURL:https://"
                                    "www.linkedin.com/in/karimbenali\nORG:Autre\nEND:VCARD\n",
                                    encoding="utf-8")
    try:
        load(store, "karim.vcf")
    finally:
        (DATA / "karim.vcf").unlink()
    assert sorted(jobs(store, "karim")) == [
        ("Autre", "", None, True),
        ("Phocée Logistique, SAS", "Responsable communication interne 📣", None, True)]


def test_company_names_that_differ_only_in_punctuation_are_one_company(
        store: SqliteStore, tmp_path: Path) -> None:
    """Same id (slug) means same company: the name first seen is kept, never overwritten."""
    path = tmp_path / "two.csv"
    path.write_text("Nom,Entreprise\nAnne Une,Calanques Digital\nBruno Deux,Calanques-Digital\n",
                    encoding="utf-8")
    import_file(store, path, fmt="csv", me=ME, today=TODAY)
    assert [c.name for c in store.search_companies("calanques")] == ["Calanques Digital"]
    assert jobs(store, "bruno") == [("Calanques Digital", "", None, True)]


def test_big_imports_say_how_far_they_are(store: SqliteStore, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from cli.data import show_progress

    rows = "".join(f"Ann{n},Lee,,ann{n}@example.fr,Zeta,Com,1 Jan 2024\n" for n in range(2500))
    export = tmp_path / "Connections.csv"
    export.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                      + rows, encoding="utf-8")
    calls: list[tuple[int, int]] = []
    import_file(store, export, me=ME, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1000, 2500), (2000, 2500)]
    show_progress("en", 1000, 4000)
    assert capsys.readouterr().err == "\rResolving contacts: 1,000 of 4,000 (25%)"


def test_outlook_csv_is_read_without_a_mapping(store: SqliteStore) -> None:
    """Outlook's export: "Title" is Mr/Mrs, the job is "Job Title"; phones and e-mails have
    their own headers, every one read (mobile, then business)."""
    report = load(store, "outlook.csv")
    assert (report.added, report.skipped) == (2, [])
    nathalie = person(store, "nathalie")
    assert (nathalie.name, nathalie.emails, nathalie.phones, nathalie.notes) == (
        "Nathalie Ferri", ("nathalie.ferri@port-marseille.example",),
        ("+33612987654", "+33491394000"),
        "Rencontrée au salon Provence Com")
    assert jobs(store, "nathalie") == [("Port de Marseille Fos",
                                        "Directrice de la communication", None, True)]
    assert jobs(store, "olivier") == [("Calanques Digital", "Développeur", None, True)]


def test_fuzzy_candidates_are_bounded_per_block() -> None:
    """50,000 names alike ("Zoé Martin 1" … in one block): each contact is compared with at
    most MAX_BLOCK names per blocking key, and a typo is still found through the other key."""
    from graph.core.model import GraphData, Person
    from ingest.common import Contact
    from ingest.lookalikes import MAX_BLOCK
    from ingest.resolve import _Resolver

    people = [Person(f"p:{n}", f"Zoé Martin {n}") for n in range(2000)]
    resolver = _Resolver(GraphData(people=people), [])
    assert max(len(names) for names in resolver.names.block.values()) == MAX_BLOCK == 200
    assert "1999 martin zoe" not in resolver.names.block["1|zoe"]  # full (1 … 1999: 1,111 names)
    # … yet found through its other block, "z|199"
    assert resolver.look_alike(Contact(1, "Zoé Martin 1999"), "p:new") == (
        "p:1999", 100.0, "same_name")
    typo = resolver.look_alike(Contact(1, "Zoé Martim 1999"), "p:new")
    assert typo is not None and (typo[0], round(typo[1], 2), typo[2]) == (
        "p:1999", 93.33, "similar_names")


def test_the_collector_after_an_import_does_not_walk_what_it_made() -> None:
    """Objects made while the collector was paused go to its oldest generation, where the
    young passes do not walk them (issue 17); the collector is on again; objects frozen by
    someone else stay frozen."""
    import gc

    from ingest.common import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        made = [[n] for n in range(50_000)]
    young = {id(o) for generation in (0, 1) for o in gc.get_objects(generation)}
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert id(made) not in young and id(made[0]) not in young
    assert any(o is made for o in gc.get_objects(2))
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            more = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen and len(more) == 1_000
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("name", ["google-contacts.csv", "outlook.csv", "Connections.csv",
                                  "contacts-40.vcf"])
def test_a_file_whose_lines_end_in_a_bare_carriage_return_reads_as_the_same(
        tmp_path: Path, name: str) -> None:
    """Excel's "CSV (Macintosh)" and old Mac tools end lines with a carriage return alone:
    the same file, read the same (it was refused, or crashed the app's column mapping)."""
    text = (DATA / name).read_bytes().replace(b"\r\n", b"\n")
    assert b"\r" not in text
    mac = tmp_path / name
    mac.write_bytes(text.replace(b"\n", b"\r"))
    same, ours = SqliteStore(tmp_path / "a.db"), SqliteStore(tmp_path / "b.db")
    expected = import_file(same, DATA / name, me=ME, today=TODAY).report
    assert import_file(ours, mac, me=ME, today=TODAY).report == expected

    def people(store: SqliteStore) -> list[tuple[object, ...]]:  # (a note's line breaks: \r)
        return [(p.id, p.name, p.emails, p.phones, p.linkedin, p.notes.replace("\r", "\n"),
                 p.tags) for p in store.dump().people]
    assert people(ours) == people(same)
    assert ours.dump().knows == same.dump().knows and ours.dump().jobs == same.dump().jobs
    header, _ = csv_columns(read_head(mac))
    assert header == csv_columns(read_head(DATA / name))[0]

