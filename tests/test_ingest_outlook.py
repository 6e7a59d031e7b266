"""French Outlook's CSV has « Titre » twice: the civility (M., Mme) first, the job title
after « Société » and « Service ». The two are told apart everywhere columns are named
(« Titre (1) », « Titre (2) », shown as the civility and the job title), « Titre » alone is
the job title, and the job title lands in the job title, never « Mme »."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from ingest.columns import column_kinds, csv_columns, head_cells, unique_columns
from ingest.common import read_head, read_lines
from ingest.contacts_files import parse_csv
from ingest.importer import import_file
from tests.cli_helpers import run_in_process
from tests.test_app_pages import page

DATA = Path(__file__).parent / "data"
OUTLOOK_FR = DATA / "outlook-export-fr.csv"
TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"


def test_a_column_name_written_twice_is_told_apart_by_its_rank() -> None:
    assert unique_columns(["Titre", "Prénom", "Société ", "Titre", "Titre"]) == [
        "Titre (1)", "Prénom", "Société ", "Titre (2)", "Titre (3)"]
    assert unique_columns(["Titre", "Titre (2)", "Titre"]) == [
        "Titre (1)", "Titre (2)", "Titre (3)"]


def test_a_column_with_no_name_is_named_by_its_place() -> None:
    """(It was "", and " (2)" the second time.)"""
    assert unique_columns(["Nom", "", "E-mail", " "]) == ["Nom", "Colonne 2", "E-mail",
                                                          "Colonne 4"]
    assert unique_columns(["Nom", "", "E-mail", " "], "en") == ["Nom", "Column 2", "E-mail",
                                                                "Column 4"]
    text = "Nom,,Société\nAna Roux,ana@roux.fr,Acme\n"
    for given in ("Colonne 2", "Column 2"):
        parsed = parse_csv(text, "c.csv", {"last_name": "Nom", "email": given})
        assert [c.emails for c in parsed.contacts] == [("ana@roux.fr",)]


def test_french_outlook_s_two_titre_columns_are_two_choices() -> None:
    """The file as Outlook writes it (Windows-1252, CRLF, every cell quoted)."""
    assert OUTLOOK_FR.read_bytes().count(b"\r\n") > 5
    header, guessed = csv_columns(read_head(OUTLOOK_FR))
    assert header[:8] == ["Titre (1)", "Prénom", "Deuxième prénom", "Nom", "Suffixe",
                          "Société ", "Service ", "Titre (2)"]
    assert len(set(header)) == len(header)
    assert (guessed["title"], guessed["company"], guessed["department"]) == (
        "Titre (2)", "Société ", "Service ")
    assert column_kinds(head_cells(read_head(OUTLOOK_FR))) == {"Titre (1)": "civility",
                                                               "Titre (2)": "job_title"}


def karim_title(mapping: dict[str, str] | None) -> str:
    parsed = parse_csv(read_lines(OUTLOOK_FR, []), OUTLOOK_FR.name, mapping)  # (cp1252)
    return next(c.title for c in parsed.contacts if c.name == "Karim Benali")


def test_each_titre_column_is_the_one_chosen() -> None:
    assert karim_title(None) == "Responsable communication interne"
    assert karim_title({"title": "Titre (2)"}) == "Responsable communication interne"
    # « Titre » alone: the one that is no civility, as the first session's scripts meant it
    assert karim_title({"title": "Titre"}) == "Responsable communication interne"
    assert karim_title({"title": "Titre (1)"}) == ""  # « M. »: a civility is no job title


def test_the_job_title_of_french_outlook_lands_in_the_job(store: GraphStore) -> None:
    report = import_file(store, OUTLOOK_FR, me=ME, today=TODAY,
                         mapping={"title": "Titre (2)", "company": "Société "}).report
    assert report.added == 4
    data = store.dump(ties=False)
    names = {p.id: p.name for p in data.people}
    companies = {c.id: c.name for c in data.companies}
    assert sorted((names[j.person], companies[j.company], j.title) for j in data.jobs) == [
        ('=HYPERLINK("http://x";"clic") <b>Gras</b>', "Robert'); DROP TABLE person;--",
         "MATCH (n) DETACH DELETE n"),
        ("Karim Benali", "Phocée Logistique", "Responsable communication interne"),
        ("Nathalie Ferri", "Port de Marseille Fos", "Directrice de la communication"),
        ("Solène Roux", "Groupe Méditerranée Énergie", "Directrice de la communication")]


def test_the_command_takes_the_job_title_by_titre_alone_or_its_rank(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    carnet = run_in_process(capsys)
    # « Titre » alone, as scripts wrote it before the columns had ranks: the job title
    done = carnet("import", OUTLOOK_FR, "--me", ME, "--format", "csv", "--column",
                  "title=Titre")
    assert done.code == 0
    again = carnet("import", OUTLOOK_FR, "--me", ME, "--format", "csv", "--column",
                   "title=Titre (2)", "--dry-run")
    assert (again.code, again.err) == (0, "")
    assert "0 added, 0 updated, 4 unchanged" in again.out
    store = SqliteStore(db_path)
    try:
        assert sorted(j.title for j in store.dump(ties=False).jobs) == [
            "Directrice de la communication", "Directrice de la communication",
            "MATCH (n) DETACH DELETE n", "Responsable communication interne"]
    finally:
        store.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_import_page_offers_both_titre_columns_and_picks_the_job_title(
        db_path: Path, lang: str) -> None:
    at = page("import_page", lang)
    at.selectbox(key="import_format").set_value("csv")
    at.text_input(key="import_me").set_value(ME).run()
    at.file_uploader(key="upload").set_value(
        ("outlook-export-fr.csv", OUTLOOK_FR.read_bytes(), "text/csv")).run()
    assert not at.exception and not at.error
    title = at.selectbox(key="map_title")
    assert title.value == "Titre (2)"
    assert {"fr": {"Titre (1) · civilité (M., Mme)", "Titre (2) · fonction"},
            "en": {"Titre (1) · civility (Mr, Ms)", "Titre (2) · job title"}}[lang] <= set(
        title.options)
    assert at.selectbox(key="map_company").value == "Société "
    table = at.dataframe[0].value
    titles = dict(zip(table.iloc[:, 0], table.iloc[:, 2], strict=True))
    assert titles["Karim Benali"] == "Responsable communication interne"
    at.button(key="do_import").click().run()
    assert not at.exception
    store = SqliteStore(db_path)
    try:
        assert "Mme" not in {j.title for j in store.dump(ties=False).jobs}
        assert "Responsable communication interne" in {j.title
                                                       for j in store.dump(ties=False).jobs}
    finally:
        store.close()


def test_a_name_that_names_several_columns_is_refused_naming_them(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    """Two « Téléphone » columns, neither a civility: « Téléphone » alone could be either."""
    export = tmp_path / "contacts.csv"
    export.write_text("Nom,Téléphone,Téléphone\nAna Roux,0611223344,0491000000\n",
                      encoding="utf-8")
    carnet = run_in_process(capsys)
    french = carnet("--lang", "fr", "import", export, "--me", ME, "--format", "csv",
                    "--column", "phone=Téléphone")
    assert (french.code, french.err) == (
        2, "carnet: contacts.csv : plusieurs colonnes se nomment « Téléphone » : choisissez "
           "'Téléphone (1)', 'Téléphone (2)'\n")
    english = carnet("--lang", "en", "import", export, "--me", ME, "--format", "csv",
                     "--column", "phone=Téléphone")
    assert english.err == ("carnet: contacts.csv: several columns are named 'Téléphone': "
                           "choose 'Téléphone (1)', 'Téléphone (2)'\n")
    chosen = carnet("import", export, "--me", ME, "--format", "csv", "--column",
                    "phone=Téléphone (2)", "--dry-run")
    assert chosen.code == 0


@pytest.mark.parametrize(("lang", "shown"), [("fr", "Colonne 2"), ("en", "Column 2")])
def test_the_import_page_names_a_column_with_no_name_by_its_place(
        db_path: Path, lang: str, shown: str) -> None:
    """(It showed an empty choice.) Said in her language; chosen, it is read."""
    at = page("import_page", lang)
    at.selectbox(key="import_format").set_value("csv")
    at.text_input(key="import_me").set_value(ME).run()
    at.file_uploader(key="upload").set_value(
        ("contacts.csv", b"Nom,,Soci\xc3\xa9t\xc3\xa9\nAna Roux,ana@roux.fr,Acme\n",
         "text/csv")).run()
    email = at.selectbox(key="map_email")
    assert shown in email.options
    email.set_value("Colonne 2").run()
    assert not at.exception and not at.error
    table = at.dataframe[0].value
    assert list(table.iloc[0])[3] == "ana@roux.fr"
