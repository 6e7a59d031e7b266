"""The app's two uploaders: each file parsed once however often the page reruns, no copy left
in the temp folder, and one size limit (the CLI's)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import ingest.common
import ingest.importer
from graph.services.demo import load_demo
from graph.stores.sqlite_store import SqliteStore
from tests.markdown import shown
from tests.test_app_pages import DATA, page


@pytest.fixture
def demo(db_path: Path) -> SqliteStore:
    store = SqliteStore(db_path)
    load_demo(store, "en")
    return store


def leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("carnet-*")}


def test_an_upload_is_parsed_once_and_leaves_no_copy(demo: SqliteStore,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[str] = []
    checks: list[bool] = []  # the dry runs (each resolves every contact against the store)
    real, real_import = ingest.importer.preview_file, ingest.importer.import_parsed

    def counted(*args: Any, **kwargs: Any) -> Any:
        parses.append(args[1].name)
        return real(*args, **kwargs)

    def counted_import(*args: Any, **kwargs: Any) -> Any:
        checks.append(kwargs.get("dry_run", False))
        return real_import(*args, **kwargs)

    monkeypatch.setattr(ingest.importer, "preview_file", counted)
    monkeypatch.setattr(ingest.importer, "import_parsed", counted_import)
    before = leftovers()
    at = page("import_page")
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    for _ in range(5):  # refreshes, widgets touched
        at.run()
    # (3 of the 6 are already in the demo: same name, same company — matched, issue 14)
    assert at.info[0].value.startswith("Preview (LinkedIn): 3 new people")
    assert parses == ["Connections.csv"]
    assert checks == [True]  # checked once, not on each of the six runs
    at.button(key="do_import").click().run()
    assert at.success[0].value.startswith("Import done: 3 new people")
    assert parses == ["Connections.csv"]  # the import reuses the parse
    at.text_input(key="import_me").set_value("Isabelle Prigent").run()
    assert leftovers() == before


@pytest.mark.parametrize(("name", "key", "button"), [
    ("import_page", "upload", None), ("data", "restore", "do_restore")])
def test_both_uploaders_refuse_a_file_over_the_limit(demo: SqliteStore, name: str, key: str,
                                                     button: str | None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest.common, "MAX_FILE_BYTES", 2**20)
    version = demo.graph_version()
    at = page(name, "fr")
    at.file_uploader(key=key).set_value(("big.json" if button else "big.csv",
                                         b"x" * (2**20 + 1), "text/plain")).run()
    if button:
        at.button(key=button).click().run()
    assert not at.exception
    assert shown(at.error[0].value).endswith(": 1,0 Mo, c'est plus qu'un export (limite : 1 Mo)")
    assert demo.graph_version() == version


def test_people_page_keeps_edits_made_meanwhile_and_refuses_a_clash(demo: SqliteStore) -> None:
    at = page("people")
    at.text_input(key="edit_person_q").set_value("karim").run()
    karim = demo.get_person("p:karim-benali")
    demo.update_person(karim, replace(karim, tags=("client",)))  # another tab, meanwhile
    at.text_area[0].set_value("Rencontré via Noémie")  # notes
    at.button[0].click().run()
    assert not at.exception
    saved = demo.get_person("p:karim-benali")
    assert (saved.notes, saved.tags) == ("Rencontré via Noémie", ("client",))
    now = demo.get_person("p:karim-benali")
    demo.update_person(now, replace(now, notes="changé ailleurs"))  # meanwhile, again
    at.text_area[0].set_value("Mon texte")
    at.button[0].click().run()
    assert shown(at.error[0].value) == ("That did not work, nothing was written: Karim Benali "
                                        "was changed meanwhile; reload the page and try again")
    assert demo.get_person("p:karim-benali").notes == "changé ailleurs"


def save_company(at: Any) -> Any:
    """The company form's Save button."""
    return next(b for b in at.button if b.proto.form_id.startswith("edit_c:"))


def test_company_form_keeps_edits_made_meanwhile_and_refuses_a_clash(
        demo: SqliteStore) -> None:
    at = page("people")
    [company] = demo.search_companies("Phocée Logistique", limit=1)
    at.text_input(key="edit_company_q").set_value("Phocée Logistique").run()
    demo.update_company(company, replace(company, aliases=("PL",)))  # another tab
    domain = next(w for w in at.text_input if w.value == (company.domain or ""))
    domain.set_value("phocee.example")
    save_company(at).click().run()
    assert not at.exception
    saved = demo.get_company(company.id)
    assert (saved.domain, saved.aliases) == ("phocee.example", ("PL",))
    now = demo.get_company(company.id)
    demo.update_company(now, replace(now, domain="ailleurs.example"))  # meanwhile, again
    next(w for w in at.text_input if w.value == "phocee.example").set_value("moi.example")
    save_company(at).click().run()
    assert shown(at.error[0].value) == ("That did not work, nothing was written: Phocée Logistique "
                                        "was changed meanwhile; reload the page and try again")
    assert demo.get_company(company.id).domain == "ailleurs.example"


@pytest.mark.parametrize(("content", "said"), [
    (bytes(range(1, 256)) * 40, ""),  # (read as Windows-1252, as Outlook's: what it finds)
    ((DATA / "outlook.csv").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"),
     "Aperçu (CSV) : ")])
def test_a_csv_the_csv_module_chokes_on_gets_a_line_not_a_traceback(
        demo: SqliteStore, content: bytes, said: str) -> None:
    """Random bytes named .csv, and a CSV whose lines end in a bare carriage return (Excel's
    "CSV (Macintosh)"): the column mapping reading their first lines raised the csv module's
    error to the page, traceback and all."""
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value(("contacts.csv", content, "text/csv")).run()
    assert not at.exception
    shown_text = [shown(m.value) for m in (*at.info, *at.error)]
    assert any(text.startswith(said) for text in shown_text), shown_text


def test_the_preview_says_when_duplicates_can_be_reviewed_and_a_files_merges_stay_with_it(
        demo: SqliteStore) -> None:
    """Look-alikes are only queued once imported: the preview says so, where it pointed to
    a list below that says there are none. The merges an import made are offered to undo
    under that file, not under the next one."""
    at = page("import_page")
    looks = "Name,Company\nSolène Rous,Groupe Méditerranée Énergie\nVeronique Bastid,\n"
    at.file_uploader(key="upload").set_value(("x.csv", looks.encode(), "text/csv")).run()
    assert at.info[0].value == ("Preview (CSV): 2 new people, 2 possible duplicates, to review "
                                "once imported, 2 new ties")
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    at.button(key="do_import").click().run()
    merged = [c.value for c in at.caption if "merged" in c.value]
    assert merged, [c.value for c in at.caption]
    at.file_uploader(key="upload").set_value(
        ("google-contacts.csv", (DATA / "google-contacts.csv").read_bytes(), "text/csv")).run()
    assert not at.exception
    assert [c.value for c in at.caption if c.value in merged] == []


def test_the_column_mapping_names_fields_in_the_users_language(demo: SqliteStore) -> None:
    """Outlook's CSV: each field offered to a column by its name in French (it showed the
    field codes, ``first_name``), with the columns guessed already chosen."""
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value(
        ("outlook.csv", (DATA / "outlook.csv").read_bytes(), "text/csv")).run()
    assert not at.exception
    labels = {box.key: box.label for box in at.selectbox if str(box.key).startswith("map_")}
    assert labels["map_first_name"] == "Prénom" and labels["map_email"] == "E-mail"
    assert labels["map_company"] == "Entreprise" and labels["map_title"] == "Poste"
    assert not [label for label in labels.values() if "_" in label or label.islower()]
    assert at.selectbox(key="map_first_name").value == "First Name"


def test_a_zipped_csv_offers_its_own_columns(demo: SqliteStore) -> None:
    """A CSV sent zipped: the mapping offers the columns of the file inside (it offered the
    archive's first bytes as column names), guessed as for the file itself."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.write(DATA / "reseau.csv", "reseau.csv")
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value(
        ("reseau.zip", packed.getvalue(), "application/zip")).run()
    assert not at.exception and not at.error
    assert at.selectbox(key="map_first_name").value == "Prénom"
    assert at.selectbox(key="map_email").options[1:] == [
        "Prénom", "Nom", "Courriel", "Téléphone", "Entreprise", "Poste", "Commentaire"]


def test_restoring_says_what_changed_and_refuses_what_is_no_backup(demo: SqliteStore) -> None:
    """The notebook's own backup read back changes nothing, and says so; a CSV given to the
    restore is refused in the user's words (Streamlit's own refusal was in English)."""
    from graph.formats.interchange import dumps

    version = demo.graph_version()
    at = page("data", "fr")
    at.file_uploader(key="restore").set_value(
        ("carnet.json", dumps(demo.dump()).encode(), "application/json")).run()
    at.button(key="do_restore").click().run()
    assert [s.value for s in at.success] == [
        "Sauvegarde relue : le carnet la contenait déjà, rien n'a changé."]
    at.file_uploader(key="restore").set_value(
        ("outlook.csv", (DATA / "outlook.csv").read_bytes(), "text/csv")).run()
    at.button(key="do_restore").click().run()
    assert not at.exception
    assert shown(at.error[0].value) == (
        "Import refusé, rien n'a été écrit : outlook.csv n'est pas une sauvegarde Carnet (le "
        "fichier .json que donne « Télécharger une sauvegarde »)")
    assert demo.graph_version() == version


def test_saving_a_company_keeps_an_alias_with_a_comma_whole(demo: SqliteStore) -> None:
    """LinkedIn gave "Phocée Logistique, SAS" as another name: saved unchanged, it stays one
    alias (the form split aliases at commas, and "SAS" then found the company). One a line."""
    [company] = demo.search_companies("Phocée Logistique", limit=1)
    demo.update_company(company, replace(company, aliases=("Phocée Logistique, SAS", "PL")))
    at = page("people", "fr")
    at.text_input(key="edit_company_q").set_value("Phocée Logistique").run()
    [aliases] = [w for w in at.text_area if w.label.startswith("Autres noms")]
    assert aliases.value == "Phocée Logistique, SAS\nPL"
    aliases.set_value("Phocée Logistique, SAS\nPL\n  PL \nPhocée")
    save_company(at).click().run()
    assert not at.exception
    assert demo.get_company(company.id).aliases == ("Phocée Logistique, SAS", "PL", "Phocée")


@pytest.mark.parametrize(("name", "lang", "said"), [
    ("mail.mbox", "fr", "2 adresses ignorées : courriels dans un seul sens "
                        "(news@newsletter.example, noemie.fabre@exemple.fr)"),
    ("mail.mbox", "en", "2 addresses skipped: mail one way only "
                        "(news@newsletter.example, noemie.fabre@exemple.fr)"),
    ("Connections.csv", "fr", "1 ligne ignorée : pas de nom (un membre qui masque ses "
                              "informations) (ligne 8)")])
def test_what_an_import_skips_is_said_in_its_sources_terms(
        demo: SqliteStore, name: str, lang: str, said: str) -> None:
    """A mail box's skips are correspondents' addresses, not rows of a table."""
    at = page("import_page", lang)
    at.file_uploader(key="upload").set_value(
        (name, (DATA / name).read_bytes(), "application/octet-stream")).run()
    assert not at.exception
    assert [shown(c.value) for c in at.caption if said[:6] in c.value] == [said]


def test_a_file_of_companies_cards_says_the_companies_it_notes(demo: SqliteStore) -> None:
    """A phone's cards of businesses only: the preview says the companies it will note (not
    "nothing new"), and shows no empty table (Streamlit writes "empty" in it, in English)."""
    cards = ("BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Boulangerie du Vallon\n"
             "ORG:Boulangerie du Vallon;\n"
             "TEL:04 91 55 15 75\nX-ABShowAs:COMPANY\nEND:VCARD\n")
    at = page("import_page")
    at.file_uploader(key="upload").set_value(("phone.vcf", cards.encode(), "text/vcard")).run()
    assert at.info[0].value == "Preview (vCard): 1 company noted"
    assert not at.dataframe
    at.button(key="do_import").click().run()
    assert at.success[0].value.startswith("Import done: 1 company noted")
    assert [c.name for c in demo.search_companies("Boulangerie")] == ["Boulangerie du Vallon"]
