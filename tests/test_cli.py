"""The `carnet` command: its contract, its output, and its errors (exit 2, one line)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import Run, run_in_process, run_process


@pytest.fixture
def carnet(capsys: pytest.CaptureFixture[str], db_path: Path) -> Run:
    return run_in_process(capsys)


def snapshot(path: Path) -> tuple[int, int, str]:
    store = SqliteStore(path)
    try:
        return store.graph_version(), store.counts().people, json.dumps(str(store.dump()))
    finally:
        store.close()


def test_demo_loads_the_network_once(carnet: Run, db_path: Path) -> None:
    first = carnet("demo")
    assert first.code == 0
    assert "149 people, 40 companies" in first.out and "Isabelle Prigent" in first.out
    before = snapshot(db_path)
    assert carnet("demo").code == 0
    assert snapshot(db_path) == before


def test_demo_speaks_the_language_asked_and_is_loaded_once(carnet: Run, db_path: Path) -> None:
    carnet("demo", "--lang", "en")
    store = SqliteStore(db_path)
    assert [j.title for j in store.jobs_of("p:solene-roux")] == ["Internal communications manager"]
    before = snapshot(db_path)
    again = carnet("demo", "--lang", "fr")
    assert again.out.startswith("The demo network is already loaded; nothing changed.")
    assert snapshot(db_path) == before
    store.close()


def test_export_import_export_gives_identical_files(carnet: Run, tmp_path: Path) -> None:
    carnet("demo")
    assert carnet("export", tmp_path / "a.json").code == 0
    other = tmp_path / "new.db"
    assert carnet("--db", other, "import", tmp_path / "a.json").code == 0
    assert carnet("--db", other, "export", tmp_path / "b.json").code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    again = carnet("--db", other, "import", tmp_path / "a.json")
    assert "Nothing changed" in again.out


def test_import_dry_run_writes_nothing(carnet: Run, db_path: Path, tmp_path: Path) -> None:
    carnet("demo")
    carnet("export", tmp_path / "a.json")
    other = tmp_path / "other.db"
    result = carnet("--db", other, "import", "--dry-run", tmp_path / "a.json")
    assert result.code == 0 and "149 people" in result.out and "nothing written" in result.out
    assert not other.exists()


def test_import_me_makes_that_person_a_member(carnet: Run, tmp_path: Path) -> None:
    doc = {"format": "carnet", "version": 1,
           "people": [{"id": "p:x", "name": "Xavier Émery"}, {"id": "p:y", "name": "Yvonne"}]}
    (tmp_path / "x.json").write_text(json.dumps(doc))
    assert carnet("import", tmp_path / "x.json", "--me", "xavier emery").code == 0
    assert carnet("export", "-").out.count('"p:x"') == 2  # as a member and as a person
    said = carnet("--lang", "en", "import", tmp_path / "x.json", "--dry-run").out
    assert "2 people, 0 companies, 0 ties, 0 jobs, 0 referrals, 0 intro requests" in said
    doc["companies"] = [{"id": "c:x", "name": "Émery Conseil"}]
    (tmp_path / "x.json").write_text(json.dumps(doc))
    said = carnet("--lang", "fr", "import", tmp_path / "x.json", "--dry-run").out
    assert "2 personnes, 1 entreprise, 0 lien, 0 poste, 0 recommandation, 0 demande" in said


def test_import_reports_counts_and_groups_what_it_skipped(carnet: Run) -> None:
    data = Path(__file__).parent / "data"
    result = carnet("import", data / "Connections.csv", "--me", "Isabelle Prigent")
    assert result.code == 0
    assert result.out.splitlines() == [
        "Connections.csv (linkedin): 6 added, 0 updated, 0 unchanged, 0 queued for review, "
        "1 skipped (6 new ties).",
        "  skipped 1 row: no name (a member who hides their details) (line 8)"]
    result = carnet("import", data / "mail.mbox", "--me", "isabelle@prigent-conseil.fr")
    assert result.out.splitlines()[1:] == [
        "  skipped 2 addresses: mail one way only (news@newsletter.example, "
        "noemie.fabre@exemple.fr)",
        "  Possible duplicates to review: carnet review"]


@pytest.mark.parametrize(("content", "args", "message"), [
    ('{"format": "carnet", "version": 1, "people": [{"id": "p:a", "na', (),
     "not valid JSON"),
    ('{"format": "carnet", "version": 1, "people": [{"id": "p:a"}]}', (),
     "people[0].name: missing"),
    ("\xff\xfe garbage", (), "not UTF-8"),
    ("{}", ("--format", "xml"), "Invalid value for '--format'"),
    ("{}", ("--format", "vcard"), "not in vCard format"),
    ("{}", ("--format", "linkedin"), "not in LinkedIn Connections.csv format"),
])
def test_bad_import_exits_2_with_one_line_and_writes_nothing(
        carnet: Run, db_path: Path, tmp_path: Path, content: str, args: tuple[str, ...],
        message: str) -> None:
    carnet("demo")
    before = snapshot(db_path)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content.encode("latin-1"))
    result = carnet("import", bad, *args)
    assert result.code == 2
    assert message in result.err
    assert result.err.count("\n") == 1 and result.err.startswith("carnet: ")
    assert "Traceback" not in result.err and result.out == ""
    assert snapshot(db_path) == before


def test_missing_file_exits_2(carnet: Run, tmp_path: Path) -> None:
    result = carnet("import", tmp_path / "nope.json")
    assert (result.code, result.err) == (
        2, f"carnet: {tmp_path / 'nope.json'}: cannot read (No such file or directory)\n")


def test_corrupt_database_exits_2_and_is_left_alone(carnet: Run, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database, but someone's notes" * 100)
    before = corrupt.read_bytes()
    for args in (("demo",), ("people", "search", "x"), ("export", tmp_path / "out.json")):
        result = carnet("--db", corrupt, *args)
        assert result.code == 2
        assert result.err == f"carnet: {corrupt}: not a usable Carnet database\n"
    assert corrupt.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_other_sqlite_file_is_not_taken_over(carnet: Run, tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (x)")
    result = carnet("--db", other, "demo")
    assert result.code == 2 and "not a Carnet database" in result.err


def test_read_only_database_exits_2_and_is_unchanged(carnet: Run, tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    assert carnet("--db", path, "demo").code == 0
    SqliteStore(path).close()  # checkpoint: the file alone holds everything
    before = snapshot(path)
    with read_only(path):
        result = carnet("--db", path, "referral", "add", "--from", "Noémie Fabre",
                            "--to", "Zoé Neuve")
        assert result.code == 2
        assert "read-only" in result.err and result.err.count("\n") == 1
    assert snapshot(path) == before


class read_only:
    """Make a file read-only even for root (who ignores chmod): ``chattr +i``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        import os

        if os.geteuid() != 0:
            self.path.chmod(0o444)
            return
        done = subprocess.run(["chattr", "+i", str(self.path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot make a file read-only as root here: {done.stderr!r}")

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["chattr", "-i", str(self.path)], capture_output=True, check=False)
        self.path.chmod(0o644)


def test_people_search_is_accent_insensitive_and_tells_namesakes_apart(carnet: Run) -> None:
    carnet("demo")
    result = carnet("people", "search", "JULIEN martin")
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert lines[0] == "Julien Martin, Photographe at Bonne Mère Studio\tp:julien-martin"
    assert carnet("people", "search", "veronique").out.startswith("Véronique Bastide")
    nobody = carnet("people", "search", "zzz")
    assert (nobody.code, nobody.out, nobody.err) == (0, "", "No one matches 'zzz'.\n")

    for number in ("06 12 34 56 78", "+33612345678", "06.12.34"):  # (kept as "+33 6 12 34 56 78")
        assert carnet("people", "search", number).out.startswith("Isabelle Prigent"), number


def test_people_search_says_the_other_name_it_found_someone_by(carnet: Run,
                                                              db_path: Path) -> None:
    carnet("demo")
    store = SqliteStore(db_path)
    veronique = store.get_person("p:veronique-bastide")
    store.update_person(veronique, replace(veronique, aliases=("Véronique Garcin",)))
    store.close()
    assert carnet("--lang", "fr", "people", "search", "garcin").out == (
        "Véronique Bastide, Journaliste chez Provence Médias (autre nom : Véronique Garcin)"
        "\tp:veronique-bastide\n")
    assert carnet("people", "search", "bastide").out == (  # (found by her own name)
        "Véronique Bastide, Journaliste at Provence Médias\tp:veronique-bastide\n")


def test_referral_add_creates_people_company_ties_and_job(carnet: Run, db_path: Path) -> None:
    carnet("demo")
    result = carnet("referral", "add", "--from", "noemie fabre", "--to", "Jeanne Nouvelle",
                    "--company", "Savonnerie Marius", "--role", "Responsable RH",
                    "--context", "« elle recrute une chargée de com »", "--offered-intro",
                    "--date", "2026-11-20", "--follow-up", "2026-11-27")
    assert result.code == 0, result.err
    assert result.out.endswith("Noémie Fabre suggested Jeanne Nouvelle. New: Jeanne Nouvelle.\n")
    store = SqliteStore(db_path)
    [jeanne] = store.search_people("jeanne nouvelle")
    [ref] = [r for r in store.referrals() if r.referee == jeanne.id]
    assert (ref.referrer, ref.for_, ref.company, ref.role, ref.offered_intro, ref.date,
            ref.follow_up_on, ref.status) == (
        "p:noemie-fabre", "p:isabelle-prigent", "c:savonnerie-marius", "Responsable RH", True,
        "2026-11-20", "2026-11-27", "noted")
    tie = store.tie("p:noemie-fabre", jeanne.id)
    assert tie is not None and tie.source == "referral" and tie.since == "2026-11-20"
    assert [(j.company, j.title) for j in store.jobs_of(jeanne.id)] == [
        ("c:savonnerie-marius", "Responsable RH")]
    # Isabelle already knew Noémie (closeness 4): that tie is left as it was.
    known = store.tie("p:isabelle-prigent", "p:noemie-fabre")
    assert known is not None and known.closeness == 4
    store.close()


def test_referral_with_an_ambiguous_name_lists_the_candidates(carnet: Run) -> None:
    carnet("demo")
    result = carnet("referral", "add", "--from", "Julien Martin", "--to", "Quelqu'un")
    assert result.code == 2
    assert "'Julien Martin' matches several people" in result.err
    assert "(p:julien-martin)" in result.err and "(p:julien-martin-17)" in result.err


def test_a_new_name_too_long_to_be_a_person_s_is_refused(carnet: Run, db_path: Path) -> None:
    carnet("demo")
    before = snapshot(db_path)
    result = carnet("--lang", "fr", "referral", "add", "--from", "Noémie Fabre", "--to",
                    "A" * 201)
    assert (result.code, result.err) == (
        2, "carnet: un nom de plus de 200 caractères n'en est pas un\n")
    assert snapshot(db_path) == before
    assert carnet("referral", "add", "--from", "Noémie Fabre", "--to", "A" * 200).code == 0


def test_referral_needs_a_member(carnet: Run) -> None:
    result = carnet("referral", "add", "--from", "A", "--to", "B")
    assert result.code == 2 and "no member yet" in result.err


def test_bad_date_is_a_usage_error(carnet: Run) -> None:
    carnet("demo")
    result = carnet("referral", "add", "--from", "Noémie", "--to", "B", "--date", "31/02/2026")
    assert result.code == 2 and "'--date'" in result.err and result.err.count("\n") == 1


def test_dates_are_taken_the_french_way_or_iso(carnet: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "dates.db")
    carnet("--db", db, "demo")
    added = carnet("--db", db, "referral", "add", "--from", "Noémie Fabre", "--to",
                   "Jeanne Nouvelle", "--date", "01/12/2026", "--follow-up", "2026-12-08")
    assert added.code == 0, added.err
    store = SqliteStore(db)
    [referral] = [r for r in store.referrals() if store.get_person(r.referee).name ==
                  "Jeanne Nouvelle"]
    assert (referral.date, referral.follow_up_on) == ("2026-12-01", "2026-12-08")
    store.close()


def test_csv_export_is_formula_safe_and_keeps_accents(carnet: Run, tmp_path: Path) -> None:
    doc = {"format": "carnet", "version": 1, "people": [
        {"id": "p:a", "name": "=HYPERLINK(\"http://evil\",\"x\")"},
        {"id": "p:b", "name": "Élodie", "notes": "+33 6 00", "tags": ["@home"],
         "aliases": ["=cmd|' /C calc'!A0", "Élodie Martin"]},
        {"id": "p:c", "name": "-1"}]}
    (tmp_path / "in.json").write_text(json.dumps(doc))
    carnet("import", tmp_path / "in.json")
    assert carnet("export", tmp_path / "out.csv").code == 0
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert [r["name"] for r in rows] == ["'-1", "'=HYPERLINK(\"http://evil\",\"x\")", "Élodie"]
    assert rows[2]["notes"] == "'+33 6 00" and rows[2]["tags"] == "'@home"
    assert rows[2]["other_names"] == "'=cmd|' /C calc'!A0; Élodie Martin"


def test_graphml_export_reads_back_in_networkx(carnet: Run, tmp_path: Path) -> None:
    carnet("demo")
    assert carnet("export", tmp_path / "g.graphml").code == 0
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.number_of_nodes() == 149 + 40
    assert graph.nodes["p:isabelle-prigent"]["member"] is True


def test_people_and_companies_are_deleted_or_merged_only_with_yes(carnet: Run,
                                                                   db_path: Path) -> None:
    carnet("demo")
    store = SqliteStore(db_path)
    before = store.counts()
    refused = carnet("companies", "delete", "Phocée Logistique")
    assert refused.code == 2 and refused.err.startswith("carnet: this deletes Phocée Logistique")
    assert refused.err.rstrip().endswith("run again with --yes") and store.counts() == before
    assert carnet("companies", "search", "phocee").out.startswith("Phocée Logistique\t")
    assert carnet("companies", "delete", "Phocée Logistique", "--yes").out == (
        "Deleted Phocée Logistique.\n")
    assert store.search_companies("Phocée") == [] and store.counts().people == before.people
    assert carnet("companies", "merge", "GME", "Calanques Digital").code == 2
    merged = carnet("companies", "merge", "GME", "Calanques Digital", "--yes")
    assert merged.out == "Calanques Digital went into Groupe Méditerranée Énergie.\n"
    assert [c.name for c in store.search_companies("calanques digital")] == [
        "Groupe Méditerranée Énergie"]
    assert carnet("people", "delete", "Karim Benali").code == 2
    assert carnet("people", "delete", "Karim Benali", "--yes").out == "Deleted Karim Benali.\n"
    assert store.search_people("Karim Benali") == []
    assert carnet("people", "delete", "Nobody Here", "--yes").code == 2


def test_every_command_has_help(carnet: Run) -> None:
    for args in ([], ["demo"], ["import"], ["export"], ["people", "search"],
                 ["people", "delete"], ["companies", "merge"], ["companies", "delete"],
                 ["referral", "add"], ["referral", "list"], ["intro", "list"], ["serve"]):
        result = carnet(*args, "--help")
        assert result.code == 0 and "Usage: carnet" in result.out


def test_installed_command_runs_as_a_process(db_path: Path) -> None:
    result = run_process("demo")
    assert result.code == 0 and "149 people" in result.out
    failed = run_process("--db", db_path.parent / "missing" / "x.db", "demo")
    assert failed.code == 2
    assert failed.err.startswith("carnet: ") and failed.err.count("\n") == 1


def test_copy_moves_everything_to_another_store_and_can_run_again(carnet: Run,
                                                                   tmp_path: Path) -> None:
    carnet("demo")
    carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Zoé Copie")
    first = carnet("copy", "--to", tmp_path / "copy.db", "--batch", "50")
    assert first.code == 0 and first.out.startswith("Copied ")
    again = carnet("copy", "--to", tmp_path / "copy.db")
    assert again.code == 0
    carnet("export", tmp_path / "a.json")
    carnet("--db", tmp_path / "copy.db", "export", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_copy_to_an_unreachable_server_says_so(carnet: Run) -> None:
    carnet("demo")
    result = carnet("copy", "--to", "neo4j://127.0.0.1:1")
    assert result.code == 2 and "neo4j://127.0.0.1:1: cannot reach" in result.err
