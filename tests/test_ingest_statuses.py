"""A work status in the company column (« Freelance », « Retraité(e) », "Self-employed") is
no company: no company, no job, the person kept, the status kept as a tag (and with her title
in her note), on every store; a real company whose name holds such a word stays a company."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, Job, Knows, Person, fold, stable_id
from graph.core.statuses import work_status
from graph.services.explore import circle
from graph.services.snapshots import read_snapshot
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from ingest.common import read_lines
from ingest.contacts_files import parse_csv, parse_linkedin, parse_vcard
from ingest.importer import import_file, import_parsed
from tests.cli_helpers import run_in_process

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"


def load(store: GraphStore, name: str | Path):  # type: ignore[no-untyped-def]
    return import_file(store, DATA / name, me=ME, today=TODAY)


def by_name(store: GraphStore) -> dict[str, tuple[tuple[str, ...], str, list[str]]]:
    """Each person's tags, note and current employers."""
    data = store.dump(ties=False)
    companies = {c.id: c.name for c in data.companies}
    return {p.name: (p.tags, p.notes, sorted(companies[j.company] for j in data.jobs
                                             if j.person == p.id and j.current))
            for p in data.people}


@pytest.mark.parametrize(("cell", "said"), [
    ("Freelance", "Freelance"), ("FREELANCE", "Freelance"), ("free-lance", "Freelance"),
    ("Freelancer", "Freelance"), ("Indépendant", "Freelance"),
    ("INDÉPENDANTE", "Freelance"), ("Indépendant(e)", "Freelance"),
    ("Consultant indépendant", "Freelance"), ("Consultante indépendante", "Freelance"),
    ("Auto-entrepreneur", "Freelance"),
    ("auto entrepreneuse", "Freelance"), ("Micro-entrepreneur", "Freelance"),
    ("À mon compte", "Freelance"), ("a mon compte", "Freelance"),
    ("En recherche d’emploi", "En recherche d'emploi"), ("Retraité(e)", "Retraité(e)"),
    ("retraitée", "Retraité(e)"), ("Self-employed", "Freelance"),
    ("Self Employed", "Freelance"), ("Independent Consultant", "Freelance"),
    ("Retired", "Retraité(e)"), ("Open to work", "En recherche d'emploi"),
    ("#OpenToWork", "En recherche d'emploi"), ("Student", "Étudiant(e)"),
    ("Stealth", "Stealth"), ("Various", ""), ("N/A", ""), ("-", ""), ("…", ""), (" n.a. ", ""),
    ("Freelance Republik", None), ("Freelance.com", None), ("Retraites Populaires", None),
    ("Stealth Ventures", None), ("Indépendance Conseil", None), ("", None),
    ("X", None), ("SELF", None),  # (X, ex-Twitter; SELF magazine)
    ("Auto-Entrepreneur(e)", "Freelance"), ("Micro-entreprise", "Freelance"),
    ("Profession libérale", "Freelance"), ("Libéral", None),
    ("Intermittente du spectacle", "Intermittent(e) du spectacle"),
    ("Looking for new opportunities", "En recherche d'emploi"),
    ("Entreprise individuelle", "Freelance"),
    # a status, a separator and more words (a place, a trade): the status
    ("Freelance - Paris", "Freelance"), ("Indépendante | Marseille", "Freelance"),
    ("Freelance, Marseille", "Freelance"), ("Freelance – Rédactrice web", "Freelance"),
    ("Retraitée (ex-EDF)", "Retraité(e)"), ("Self-employed · Lyon", "Freelance"),
    ("Open to work / Marseille", "En recherche d'emploi"), ("Freelance: UX", "Freelance"),
    # not a status: a company's name, a word that may name where she is, nothing after it
    ("Freelance Republik - Paris", None), ("Freelance-Paris", None), ("Freelance -", "Freelance"),
    ("Consultant - Capgemini", None), ("Étudiante - Sciences Po", None),
    ("Independent, London", None), ("Retraites Populaires | Lausanne", None),
    ("Acme - Freelance", None), ("Freelance, Inc.", None), ("Indépendant (SARL)", None)])
def test_a_status_is_told_from_a_company_by_the_whole_cell(cell: str, said: str | None) -> None:
    assert work_status(cell) == said


def test_statuses_in_linkedin_s_company_column_make_no_company(store: GraphStore) -> None:
    result = load(store, "Connections-statuses.csv")
    report = result.report
    assert (report.added, report.companies_noted, report.skipped) == (11, 0, [])
    assert [(n.code, n.n) for n in result.notices] == [("work_status", 8)]
    assert [c.name for c in store.dump(ties=False).companies] == ["Freelance Republik"]
    found = by_name(store)
    assert found["Camille Arnaud"] == (("Freelance",), "Consultante communication · Freelance",
                                       [])
    # one tag per kind, in any language; the note keeps the cell's own words
    assert found["Tom Leclerc"] == (("Freelance",), "Développeur · FREELANCE", [])
    assert found["Julien Morel"] == (("Freelance",), "Développeur web · Indépendant", [])
    assert found["Lucas Fontaine"] == (("Freelance",), "Photographe · À mon compte", [])
    assert found["Hélène Garcia"] == (("Retraité(e)",), "", [])
    assert found["Marc Tessier"] == (("En recherche d'emploi",), "", [])
    assert found["Sarah Benhamou"][:2] == (("Freelance",), "UX designer · Self-employed")
    assert found["Inès Roche"][:2] == (("En recherche d'emploi",),
                                       "Chargée de projet · Open to Work")
    assert found["Paul Girard"] == ((), "", [])           # N/A: nothing to keep
    assert found["Léo Caron"] == ((), "Consultant", [])    # "-": her title is kept
    assert found["Nadia Ferhat"] == ((), "", ["Freelance Republik"])
    member = next(p for p in store.dump(ties=False).people if p.name == ME)
    assert len(store.ties_of(member.id)) == 11  # each one kept, tied to the member
    version = store.graph_version()
    again = load(store, "Connections-statuses.csv").report
    assert (again.added, again.updated) == (0, 0)
    # planned again from the parse (not replayed from the file's digest): nothing changes
    parsed = parse_linkedin(read_lines(DATA / "Connections-statuses.csv"))
    planned = import_parsed(store, parsed, "linkedin", ME, today=TODAY).report
    assert (planned.added, planned.updated, planned.unchanged) == (0, 0, 11)
    assert store.graph_version() == version


def test_statuses_in_google_s_organization_and_a_company_card_of_one(store: GraphStore) -> None:
    """Google's "Organization Name": the same; a card with no name and "Freelance" as its
    company is no company's card. The same person from LinkedIn gains its status too."""
    result = load(store, "google-statuses.csv")
    report = result.report
    assert (report.added, report.companies_noted) == (3, 0)
    assert [(s.line, s.code) for s in report.skipped] == [(5, "no_name")]
    assert [c.name for c in store.dump(ties=False).companies] == ["Freelance Republik"]
    found = by_name(store)
    assert found["Camille Arnaud"] == (
        ("Freelance",),
        "Rencontrée au salon Provence Com.\nConsultante communication · Indépendante", [])
    assert found["Bernard Vial"] == (("Retraité(e)",), "", [])
    assert found["Sonia Mercier"][2] == ["Freelance Republik"]
    load(store, "Connections-statuses.csv")
    camille = by_name(store)["Camille Arnaud"]
    assert camille[:2] == (("Freelance",), "Rencontrée au salon Provence Com."  # (one tag)
                                           "\nConsultante communication · Indépendante")
    assert [c.name for c in store.dump(ties=False).companies] == ["Freelance Republik"]


def test_the_import_command_says_statuses_were_kept_as_tags(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    carnet = run_in_process(capsys)
    path = DATA / "Connections-statuses.csv"
    french = carnet("--lang", "fr", "import", path, "--me", ME, "--dry-run")
    assert french.out.splitlines()[1:] == [
        "  remarque : 8 cellules « entreprise » disent comment la personne travaille "
        "(« Freelance », « Retraité(e) »…), pas où : gardées en étiquette, sans créer "
        "d'entreprise"]
    english = carnet("--lang", "en", "import", path, "--me", ME, "--dry-run")
    assert english.out.splitlines()[1:] == [
        "  note: 8 company cells say how the person works (\"Freelance\", \"Retired\"…), "
        "not where: kept as a tag, no company made"]


def test_an_import_says_when_older_imports_made_companies_of_statuses(
        store: GraphStore) -> None:
    """A notebook imported before statuses were told apart holds a company « Freelance »:
    each import says so (how to mend it), until it is deleted; the file imported again then
    gives each person her status as a tag."""
    store.save(GraphData(
        people=[Person("p:camille", "Camille Arnaud",
                       linkedin="https://www.linkedin.com/in/camille-arnaud-com"),
                Person("p:tom", "Tom Leclerc", linkedin="https://www.linkedin.com/in/tomleclerc")],
        companies=[Company("c:freelance", "Freelance"), Company("c:acme", "Acme")],
        jobs=[Job("p:camille", "c:freelance", "Consultante communication"),
              Job("p:tom", "c:freelance", "Développeur")]))
    result = load(store, "Connections-statuses.csv")
    assert [(n.code, n.n) for n in result.notices] == [("work_status", 8),
                                                       ("status_companies", 1)]
    store.delete_company("c:freelance")
    again = load(store, "Connections-statuses.csv")
    assert [(n.code, n.n) for n in again.notices] == [("work_status", 8)]
    assert by_name(store)["Camille Arnaud"] == (
        ("Freelance",), "Consultante communication · Freelance", [])
    assert [c.name for c in store.dump(ties=False).companies] == ["Acme", "Freelance Republik"]


def test_the_command_says_how_to_mend_statuses_made_companies(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    store = SqliteStore(db_path)
    store.save(GraphData(people=[Person("p:tom", "Tom Leclerc")],
                         companies=[Company("c:freelance", "Freelance")],
                         jobs=[Job("p:tom", "c:freelance", "Développeur")]))
    store.close()
    carnet = run_in_process(capsys)
    path = DATA / "google-statuses.csv"
    french = carnet("--lang", "fr", "import", path, "--me", ME, "--dry-run")
    assert french.out.splitlines()[2] == (
        "  remarque : 1 entreprise de votre carnet est un statut (« Freelance », "
        "« Retraité(e) »…), venue d'un import plus ancien : supprimez-la (carnet companies "
        "delete, ou sa fiche dans Personnes), puis réimportez le fichier : le statut y "
        "deviendra une étiquette")
    english = carnet("--lang", "en", "import", path, "--me", ME, "--dry-run")
    assert english.out.splitlines()[2] == (
        "  note: 1 company in your notebook is a work status (\"Freelance\", \"Retired\"…) "
        "from an older import: delete it (carnet companies delete, or its card in People), "
        "then import the file again: the status will be a tag")


def test_every_contact_book_tells_a_status_the_same_way() -> None:
    """A phone's ORG and any CSV's company column: the same rule, in one place."""
    card = parse_vcard("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Arnaud;Camille;;;\r\n"
                       "FN:Camille Arnaud\r\nORG:Indépendante;\r\nTITLE:Consultante\r\n"
                       "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Freelance\r\n"
                       "ORG:Freelance\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n")
    assert [(c.name, c.company, c.tags, c.notes) for c in card.contacts] == [
        ("Camille Arnaud", "", ("Freelance",), "Consultante · Indépendante")]
    assert ([(s.code, s.line) for s in card.skipped], card.companies) == ([("no_name", 8)], [])
    rows = parse_csv("Prénom;Nom;Société;Fonction\r\nLucas;Fontaine;Auto-entrepreneur;"
                     "Photographe\r\nNadia;Ferhat;Freelance Republik;Chargée de recrutement\r\n")
    assert [(c.name, c.company, c.tags, c.notes) for c in rows.contacts] == [
        ("Lucas Fontaine", "", ("Freelance",), "Photographe · Auto-entrepreneur"),
        ("Nadia Ferhat", "Freelance Republik", (), "")]


LINKEDIN_HEAD = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def test_a_linkedin_status_ends_the_position_she_held(store: GraphStore, tmp_path: Path) -> None:
    """LinkedIn shows the current position only: « Retraitée » where Acme was means Acme has
    ended, as another employer would (she was still "someone you know at Acme")."""
    export = tmp_path / "Connections.csv"
    load(store, linkedin_export(export, "Acme", "Directrice"))
    load(store, linkedin_export(export, "Retraitée", "Directrice"))
    assert by_name(store)["Camille Arnaud"] == (("Retraité(e)",), "Directrice · Retraitée", [])
    assert [(j.company, j.current) for j in store.dump(ties=False).jobs] == [("c:acme", False)]


def test_someone_known_only_by_name_is_found_again_where_a_status_was_a_company(
        store: GraphStore, tmp_path: Path) -> None:
    """Imported before statuses were told apart, Léa Martin (no address, no phone) was made
    "at" a company « Freelance », her id drawn from it: the same row finds her again, and so
    does it once that company is deleted, as the import's notice advises (no second Léa)."""
    lea = stable_id("p", "Léa Martin", fold("Freelance"), "")  # (as an older import made her)
    store.save(GraphData(people=[Person(lea, "Léa Martin")],
                         companies=[Company("c:freelance", "Freelance")],
                         jobs=[Job(lea, "c:freelance", "Graphiste")]))
    export = tmp_path / "contacts.csv"
    export.write_text("Name,Company,Title\nLéa Martin,Freelance,Graphiste\n", encoding="utf-8")
    first = load(store, export)
    store.delete_company("c:freelance")
    again = load(store, export)
    assert [(r.report.added, r.report.queued) for r in (first, again)] == [(0, 0), (0, 0)]
    assert [p.id for p in store.dump(ties=False).people if p.name == "Léa Martin"] == [lea]


def test_carnet_s_own_csv_keeps_a_company_named_like_a_status(store: GraphStore,
                                                               tmp_path: Path) -> None:
    """In Carnet's own export a company column names companies: « Consultant », "X" stay."""
    export = tmp_path / "carnet.csv"
    export.write_text("id,name,company,title\np:ana,Ana Roux,X,Ingénieure\n"
                      "p:bob,Bob Faure,Consultant,Associé\n", encoding="utf-8")
    load(store, export)
    assert {name: jobs for name, (_, _, jobs) in by_name(store).items()} == {
        "Ana Roux": ["X"], "Bob Faure": ["Consultant"], ME: []}


def test_a_person_bears_one_tag_per_kind_of_status(store: GraphStore, tmp_path: Path) -> None:
    """« Indépendante » from her phone and "Self-employed" from LinkedIn are one kind: one tag,
    « Freelance »; a tag of that kind she bears already (an older import's « Indépendante »)
    stays as it is, and no second one joins it; « Consultant » typed as a trade is no kind."""
    store.save(GraphData(people=[
        Person("p:julien", "Julien Morel", linkedin="https://www.linkedin.com/in/jm",
               tags=("Indépendante", "Marseille")),
        Person("p:lina", "Lina Haddad", linkedin="https://www.linkedin.com/in/lh",
               tags=("Consultant",)),
        # (the label imports wrote before one tag per kind, for a cell « Consultante »)
        Person("p:alice", "Alice Durand", linkedin="https://www.linkedin.com/in/ad",
               tags=("Consultant(e)",))]))
    export = tmp_path / "Connections.csv"
    export.write_text(LINKEDIN_HEAD + "Julien,Morel,https://www.linkedin.com/in/jm,,"
                      "Self-employed,Développeur,12 Mar 2024\r\n"
                      "Lina,Haddad,https://www.linkedin.com/in/lh,,Freelance - Paris,"
                      "Designer,12 Mar 2024\r\n"
                      "Rémi,Blanc,https://www.linkedin.com/in/rb,,Retired,,12 Mar 2024\r\n"
                      "Alice,Durand,https://www.linkedin.com/in/ad,,Consultante,,12 Mar 2024\r\n",
                      encoding="utf-8")
    load(store, export)
    found = by_name(store)
    assert found["Alice Durand"][0] == ("Consultant(e)",)
    assert found["Julien Morel"] == (("Indépendante", "Marseille"),
                                     "Développeur · Self-employed", [])
    assert found["Lina Haddad"] == (("Consultant", "Freelance"), "Designer · Freelance - Paris",
                                    [])
    assert found["Rémi Blanc"][0] == ("Retraité(e)",)


def test_a_status_followed_by_a_place_makes_no_company(store: GraphStore,
                                                      tmp_path: Path) -> None:
    """« Freelance - Paris », « Indépendante | Marseille »: the status, the cell's words kept in
    her note, with her title or without (a client, a former employer: never lost); « Freelance
    Republik - Paris » and « Consultant - Capgemini » stay companies (a false status would
    lose a company)."""
    export = tmp_path / "contacts.csv"
    export.write_text("Name,Company,Title\nAna Roux,Freelance - Paris,Graphiste\n"
                      "Bob Faure,Indépendante | Marseille,\n"
                      "Alice Durand,Freelance - Capgemini,\nDenis Roux,Retraité (ex-EDF),\n"
                      "Zoé Lune,Indépendante,\n"
                      "Eva Lenoir,Freelance Republik - Paris,Directrice\n"
                      "Hugo Petit,Consultant - Capgemini,Manager\n", encoding="utf-8")
    load(store, export)
    found = by_name(store)
    assert found["Ana Roux"] == (("Freelance",), "Graphiste · Freelance - Paris", [])
    assert found["Bob Faure"] == (("Freelance",), "Indépendante | Marseille", [])
    assert found["Alice Durand"] == (("Freelance",), "Freelance - Capgemini", [])
    assert found["Denis Roux"] == (("Retraité(e)",), "Retraité (ex-EDF)", [])
    assert found["Zoé Lune"] == (("Freelance",), "", [])  # (the tag says it all)
    assert found["Eva Lenoir"][2] == ["Freelance Republik - Paris"]
    assert found["Hugo Petit"][2] == ["Consultant - Capgemini"]


def test_explore_finds_a_status_by_any_of_its_spellings(store: GraphStore) -> None:
    """Typed in Explore's tag filter, « retraité » or "retired" finds her tagged « Retraité(e) »
    (and him whom an older import tagged "Retired"); "clients" finds « Clients »."""
    people = [Person("p:me", ME), Person("p:helene", "Hélène Garcia", tags=("Retraité(e)",)),
              Person("p:bernard", "Bernard Vial", tags=("Retired", "Clients")),
              Person("p:nadia", "Nadia Ferhat", tags=("Freelance",))]
    store.save(GraphData(members=["p:me"], people=people,
                         knows=[Knows(p.id, "p:me", 3) for p in people[1:]]))
    snap = read_snapshot(store)
    for typed in ("retraité", "Retired", "RETRAITÉ(E)"):
        assert sorted(r["name"] for r in circle(store, snap, tag=typed).rows) == [
            "Bernard Vial", "Hélène Garcia"], typed
    assert [r["name"] for r in circle(store, snap, tag="clients").rows] == ["Bernard Vial"]
    assert [r["name"] for r in circle(store, snap, tag="self-employed").rows] == [
        "Nadia Ferhat"]


def linkedin_export(path: Path, company: str, title: str = "Consultante communication") -> Path:
    path.write_text(LINKEDIN_HEAD + f"Camille,Arnaud,https://www.linkedin.com/in/ca,,{company},"
                    f"{title},12 Mar 2024\r\n", encoding="utf-8")
    return path


def test_a_status_tag_carnet_put_there_goes_when_linkedin_gives_a_company_again(
        store: GraphStore, tmp_path: Path) -> None:
    """« Freelance » in one export, Acme in a newer one: the tag and the note line Carnet
    wrote go (a notice says so), her job at Acme comes; the newer file again changes nothing."""
    export = tmp_path / "Connections.csv"
    load(store, linkedin_export(export, "Indépendante"))
    assert by_name(store)["Camille Arnaud"] == (
        ("Freelance",), "Consultante communication · Indépendante", [])
    result = load(store, linkedin_export(export, "Acme", "Directrice de la communication"))
    assert by_name(store)["Camille Arnaud"] == ((), "", ["Acme"])
    assert [(n.code, n.n) for n in result.notices] == [("status_tags_off", 1)]
    parsed = parse_linkedin(read_lines(export))
    again = import_parsed(store, parsed, "linkedin", ME, today=TODAY)
    assert (again.report.updated, again.report.unchanged, again.notices) == (0, 1, [])


def test_a_status_tag_the_file_itself_gave_stays(store: GraphStore, tmp_path: Path) -> None:
    """Her Google contact bears the label « Freelance » and says Freelance as her company:
    the tag is the user's (the file's), not Carnet's: LinkedIn's company takes nothing off.
    Only what Carnet did is said again: the newer export imported twice says once that a
    tag went (replayed from its digest, the second import says nothing of it)."""
    google = tmp_path / "google.csv"
    google.write_text("First Name,Middle Name,Last Name,Organization Name,Organization Title,"
                      "Labels,E-mail 1 - Label,E-mail 1 - Value\n"
                      "Zoé,,Lune,Freelance,,Freelance ::: * myContacts,,zoe@lune.fr\n",
                      encoding="utf-8")
    load(store, google)
    assert by_name(store)["Zoé Lune"][0] == ("Freelance",)
    linkedin = tmp_path / "Connections.csv"
    linkedin.write_text(LINKEDIN_HEAD + "Zoé,Lune,https://www.linkedin.com/in/zl,zoe@lune.fr,Danone,"
                        "Cheffe de projet,12 Mar 2024\r\n", encoding="utf-8")
    load(store, linkedin)
    assert by_name(store)["Zoé Lune"] == (("Freelance",), "", ["Danone"])
    export = tmp_path / "Connections-2.csv"
    load(store, linkedin_export(export, "Indépendante"))
    assert [n.code for n in load(store, linkedin_export(export, "Acme")).notices] == [
        "status_tags_off"]
    assert [n.code for n in load(store, export).notices] == []


def test_a_status_tag_stays_where_the_user_typed_or_changed_anything(
        store: GraphStore, tmp_path: Path) -> None:
    """Her card edited since (a tag added, her note written), or the tag typed by the user
    before Carnet read it: LinkedIn's company never takes anything off."""
    export = tmp_path / "Connections.csv"
    load(store, linkedin_export(export, "Freelance"))
    camille = next(p for p in store.dump(ties=False).people if p.name == "Camille Arnaud")
    store.update_person(camille, replace(camille, tags=(*camille.tags, "Amie")))
    load(store, linkedin_export(export, "Acme"))
    assert by_name(store)["Camille Arnaud"] == (
        ("Freelance", "Amie"), "Consultante communication · Freelance", ["Acme"])
    # (and never later: the record of what Carnet put there is forgotten)
    load(store, linkedin_export(export, "Globex"))
    assert by_name(store)["Camille Arnaud"][0] == ("Freelance", "Amie")

    store.save(GraphData(people=[Person("p:tom", "Tom Leclerc", tags=("Freelance",),
                                        linkedin="https://www.linkedin.com/in/tl")]))
    tom = tmp_path / "tom.csv"
    tom.write_text(LINKEDIN_HEAD + "Tom,Leclerc,https://www.linkedin.com/in/tl,,Freelance,,"
                   "12 Mar 2024\r\n", encoding="utf-8")
    load(store, tom)
    tom.write_text(LINKEDIN_HEAD + "Tom,Leclerc,https://www.linkedin.com/in/tl,,Acme,,"
                   "12 Mar 2024\r\n", encoding="utf-8")
    load(store, tom)
    assert by_name(store)["Tom Leclerc"] == (("Freelance",), "", ["Acme"])


def test_an_address_book_s_company_takes_no_status_tag_off(store: GraphStore,
                                                           tmp_path: Path) -> None:
    """A phone's or a CSV's company may be years old: LinkedIn alone says she works there
    now. An import that changes her otherwise (a phone) keeps what Carnet put there."""
    export = tmp_path / "Connections.csv"
    load(store, linkedin_export(export, "Freelance"))
    book = tmp_path / "contacts.csv"
    book.write_text("Name,Company,Phone,LinkedIn,Tags\nCamille Arnaud,Acme,06 11 22 33 44,"
                    "https://www.linkedin.com/in/ca,Clients\n", encoding="utf-8")
    load(store, book)
    assert by_name(store)["Camille Arnaud"][:2] == (("Freelance", "Clients"),
                                                    "Consultante communication · Freelance")
    load(store, linkedin_export(export, "Acme"))
    assert by_name(store)["Camille Arnaud"] == (("Clients",), "", ["Acme"])
