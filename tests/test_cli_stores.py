"""The `carnet` command on each store, and the same answers from both.

Every test here runs on the embedded SQLite file and on the live Neo4j test server (the
``db`` fixture); the last ones load the same data into both and compare outputs byte for byte.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from graph.core.formatting import day
from graph.stores.opening import open_store
from tests.cli_helpers import Run, run_in_process
from tests.conftest import wipe_neo4j
from tests.neo4j_server import Neo4jServer

ROUNDS = [  # (company, extra arguments): what a user asks of the demo
    ("Groupe Méditerranée Énergie", ()),
    ("GME", ("--role", "communication, RH")),
    ("Phocée Logistique", ("--include-former",)),
    ("La Canebière Coworking", ("--top", "3")),
    ("Digital", ("--exclude", "Mehdi Haddad")),
    ("Azur Télécom", ("--max-hops", "2")),
]


@pytest.fixture(params=["sqlite", "neo4j"])
def db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The store the command uses (``CARNET_DB``): a fresh file, or the emptied Neo4j server."""
    if request.param == "neo4j":
        server: Neo4jServer = request.getfixturevalue("neo4j_server")
        wipe_neo4j(server)
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        url = server.uri
    else:
        url = str(tmp_path / "carnet.db")
    monkeypatch.setenv("CARNET_DB", url)
    return url


@pytest.fixture
def carnet(capsys: pytest.CaptureFixture[str], db: str) -> Run:
    return run_in_process(capsys)


def version_and_counts(url: str) -> tuple[int, object]:
    store = open_store(url)
    try:
        return store.graph_version(), store.counts()
    finally:
        store.close()


def test_demo_loads_once_and_exports_what_it_imports(carnet: Run, db: str,
                                                     tmp_path: Path) -> None:
    first = carnet("demo")
    assert first.code == 0 and "149 people, 40 companies" in first.out
    before = version_and_counts(db)
    assert carnet("demo").code == 0 and version_and_counts(db) == before
    assert carnet("export", tmp_path / "a.json").code == 0
    again = carnet("import", tmp_path / "a.json")
    assert again.code == 0 and "Nothing changed" in again.out
    assert version_and_counts(db) == before
    assert carnet("export", tmp_path / "b.json").code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_people_edit_adds_and_removes_what_is_typed_and_refuses_whole(carnet: Run,
                                                                      db: str) -> None:
    carnet("demo")
    done = carnet("--lang", "fr", "people", "edit", "Karim Benali", "--add-email",
                  " Karim@Exemple.fr", "--add-phone", "06 11 22 33 44", "--add-other-name",
                  "Karim  Roche", "--add-tag", "presse", "--linkedin",
                  "https://www.linkedin.com/in/kbenali/")
    assert (done.code, done.err) == (0, "")
    assert done.out == (
        "Enregistré : Karim Benali, Responsable communication interne chez Phocée Logistique\n"
        "  E-mails : karim.benali@exemple.fr, Karim@Exemple.fr\n"
        "  Téléphones : 06 11 22 33 44\n"
        "  LinkedIn : https://www.linkedin.com/in/kbenali\n"
        "  Autres noms : Karim Roche\n"
        "  Étiquettes : presse\n")
    for text in ("roche", "06.11.22", "+33611223344"):  # (kept in E.164, found as typed)
        assert carnet("people", "search", text).out.startswith("Karim Benali"), text
    before = version_and_counts(db)
    for args, said in (
            (("--add-email", "karim chez gmail"),
             "« karim chez gmail » n'est pas une adresse e-mail"),
            (("--remove-tag", "sport", "--add-tag", "x"),
             "« sport » ne figure pas parmi ses étiquettes"),
            (("--linkedin", "https://www.facebook.com/kb"),
             "« https://www.facebook.com/kb » n'est pas l'adresse d'un profil LinkedIn "
             "(linkedin.com/in/…)"),
            (("--name", " "), "le nom ne peut pas être vide"),
            ((), "rien à modifier : indiquez quoi changer (voir carnet people edit --help)")):
        refused = carnet("--lang", "fr", "people", "edit", "Karim Benali", *args)
        assert (refused.code, refused.out, refused.err) == (2, "", f"carnet: {said}\n"), args
    assert version_and_counts(db) == before  # (nothing written)
    done = carnet("people", "edit", "p:karim-benali", "--remove-phone", "+33 6 11 22 33 44",
                  "--remove-email", "KARIM@exemple.fr", "--remove-other-name", "karim roche",
                  "--linkedin", "", "--notes", "Rencontré à la Friche")
    assert done.out == (
        "Saved: Karim Benali, Responsable communication interne at Phocée Logistique\n"
        "  E-mails: karim.benali@exemple.fr\n  Tags: presse\n  Notes: Rencontré à la Friche\n")
    again = carnet("people", "edit", "Karim Benali", "--notes", "Rencontré à la Friche")
    assert again.out == "Karim Benali: nothing changed.\n"


def test_linkedin_import_then_paths_json(carnet: Run, db: str) -> None:
    data = Path(__file__).parent / "data"
    result = carnet("import", data / "Connections.csv", "--me", "Isabelle Prigent")
    assert result.code == 0 and "6 added" in result.out
    assert carnet("import", data / "Connections.csv", "--me", "Isabelle Prigent").code == 0
    carnet("demo")
    found = carnet("paths", "--to", "GME", "--json")
    assert found.code == 0, found.err
    answer = json.loads(found.out)
    assert answer["target"]["company"]["name"] == "Groupe Méditerranée Énergie"
    assert answer["introducers"] and answer["exact"] is True


def test_a_referral_noted_on_another_day_is_noted_again_only_with_new(carnet: Run,
                                                                       db: str) -> None:
    """As the form asks before saving: the same friend suggesting the same person again is
    said, with when, and makes a second record only with --new."""
    carnet("demo")
    store = open_store(db)
    try:
        [earlier] = [r for r in store.referrals()
                     if (r.referrer, r.referee) == ("p:noemie-fabre", "p:karim-benali")]
        before = store.graph_version()
        args = ("--lang", "fr", "referral", "add", "--from", "Noémie Fabre", "--to",
                "Karim Benali", "--date", "2026-11-20")
        again = carnet(*args)
        assert again.code == 2 and again.out == ""
        assert again.err.strip() == (
            f"carnet: Noémie Fabre vous a déjà suggéré Karim Benali le "
            f"{day(earlier.date, 'fr')} (pour Phocée Logistique) ; ajoutez --new pour la "
            f"noter à part, comme une nouvelle recommandation")
        assert store.graph_version() == before  # nothing written
        assert carnet(*args, "--new").code == 0
        assert len([r for r in store.referrals() if r.referee == "p:karim-benali"
                    and r.referrer == "p:noemie-fabre"]) == 2
    finally:
        store.close()


def test_referral_intro_and_followups_through_their_lifecycle(carnet: Run, db: str) -> None:
    carnet("demo")
    added = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Karim Benali",
                   "--company", "Phocée Logistique", "--offered-intro", "--date", "2026-11-20",
                   "--follow-up", "2026-11-25", "--context", "« il fait la même chose que toi »",
                   "--new")  # (the demo's Noémie suggested Karim in October already)
    assert added.code == 0, added.err
    listed = carnet("referral", "list")
    assert "Karim Benali" in listed.out
    asked = carnet("intro", "ask", "--via", "Véronique Bastide", "--to", "Solène Roux",
                   "--lang", "fr")
    assert asked.code == 0, asked.err
    assert "enregistrée (demandée)." in asked.out  # the status in French too, not "asked"
    intro_id = next(word for word in asked.out.split() if word.startswith("i:")).strip(".,:()")
    assert carnet("intro", "set", intro_id, "accepted", "--note", "oui").code == 0
    assert carnet("intro", "set", intro_id, "asked").code == 2  # no going back
    due = json.loads(carnet("followups", "--json").out)
    assert any("Karim Benali" in json.dumps(item, ensure_ascii=False) for item in due)
    # The introduction made: thank Véronique (said, listed, then noted)
    assert carnet("--lang", "fr", "intro", "set", intro_id, "introduced").out.splitlines()[-1] \
        == f"Mise en relation faite : remerciez Véronique Bastide (carnet intro thank {intro_id})."
    thanks = [item for item in json.loads(carnet("followups", "--json").out)
              if item["record"] == intro_id]
    assert [(t["kind"], t["person"]) for t in thanks] == [("thank_intro", "Véronique Bastide")]
    assert carnet("intro", "thank", intro_id).out == f"{intro_id}: thanks noted.\n"
    assert [item for item in json.loads(carnet("followups", "--json").out)
            if item["record"] == intro_id] == []


@pytest.fixture
def both(neo4j_server: Neo4jServer, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """An empty SQLite file and the emptied Neo4j server (credentials in the environment)."""
    wipe_neo4j(neo4j_server)
    for name, value in neo4j_server.env().items():
        monkeypatch.setenv(name, value)
    yield str(tmp_path / "carnet.db"), neo4j_server.uri


def outputs(carnet: Run, url: str, tmp_path: Path,
            companies: Sequence[tuple[str, tuple[str, ...]]]) -> list[str]:
    answers = []
    for company, extra in companies:
        result = carnet("--db", url, "paths", "--to", company, "--json", *extra)
        answers.append(f"{result.code}\n{result.out}{result.err}")
    out = tmp_path / f"export-{len(url)}.json"
    assert carnet("--db", url, "export", out).code == 0
    answers.append(out.read_text(encoding="utf-8"))
    return answers


def test_the_demo_gives_byte_identical_answers_on_both_stores(
        capsys: pytest.CaptureFixture[str], both: tuple[str, str], tmp_path: Path) -> None:
    carnet = run_in_process(capsys)
    sqlite, neo4j = both
    for url in both:
        assert carnet("--db", url, "demo").code == 0
    assert outputs(carnet, sqlite, tmp_path, ROUNDS) == outputs(carnet, neo4j, tmp_path, ROUNDS)


def generated_network(n: int, seed: int) -> dict[str, object]:
    """A Carnet JSON document: ``n`` people around one member, 30 companies, ~5 ties each."""
    rng = random.Random(seed)
    people = [{"id": f"p:{i:05d}", "name": f"Personne {i}"} for i in range(n)]
    companies = [{"id": f"c:{i:02d}", "name": f"Société {i}"} for i in range(30)]
    pairs = {tuple(sorted(rng.sample(range(n), 2))) for _ in range(n * 5)}
    knows = [{"a": f"p:{a:05d}", "b": f"p:{b:05d}", "closeness": rng.choice([None, 1, 3, 5]),
              "since": None, "last_contact": f"20{rng.randint(15, 26)}-0{rng.randint(1, 9)}-15",
              "interactions": rng.randint(0, 5), "how_met": "",
              "source": rng.choice(["manual", "linkedin", "vcard"])} for a, b in sorted(pairs)]
    jobs = [{"person": f"p:{i:05d}", "company": f"c:{i % 30:02d}", "title": rng.choice(
        ["Chargée de communication", "DRH", "Développeur"]), "department": "",
             "since": None, "until": None if i % 7 else "2024-01-01", "current": bool(i % 7)}
            for i in range(1, n, 3)]
    return {"format": "carnet", "version": 1, "members": ["p:00000"], "people": people,
            "companies": companies, "knows": knows, "jobs": jobs}


def test_a_generated_network_gives_byte_identical_answers_and_copies_back_losslessly(
        capsys: pytest.CaptureFixture[str], both: tuple[str, str], tmp_path: Path) -> None:
    carnet = run_in_process(capsys)
    sqlite, neo4j = both
    document = tmp_path / "network.json"
    document.write_text(json.dumps(generated_network(2000, seed=7)), encoding="utf-8")
    assert carnet("--db", sqlite, "import", document).code == 0
    assert carnet("--db", sqlite, "copy", "--to", neo4j, "--batch", "700").code == 0
    rounds = [(f"Société {i}", extra) for i, extra in
              ((1, ()), (2, ("--role", "communication")), (3, ("--include-former",)),
               (4, ("--exclude", "Personne 1", "--top", "8")), (5, ("--max-hops", "3")))]
    assert outputs(carnet, sqlite, tmp_path, rounds) == outputs(carnet, neo4j, tmp_path, rounds)
    back = str(tmp_path / "back.db")
    assert carnet("--db", neo4j, "copy", "--to", back).code == 0
    assert carnet("--db", sqlite, "export", tmp_path / "a.json").code == 0
    assert carnet("--db", back, "export", tmp_path / "b.json").code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_the_advice_on_a_contact_barely_known_is_byte_identical_on_both_stores(
        capsys: pytest.CaptureFixture[str], both: tuple[str, str], tmp_path: Path) -> None:
    """A contact at the company the member barely knows, and a friend's warmer way to her
    (``tests/test_paths_warmer.py``): the same `paths --json` and text from both stores."""
    from graph.formats.interchange import dumps
    from tests.test_paths_warmer import barely_known_network

    carnet = run_in_process(capsys)
    document = tmp_path / "network.json"
    document.write_text(dumps(barely_known_network()), encoding="utf-8")
    for url in both:
        assert carnet("--db", url, "import", document).code == 0
    rounds = [("Compagnie", ()), ("Compagnie", ("--lang", "fr")),
              ("Compagnie", ("--exclude", "Véronique Bastide"))]
    answers = outputs(carnet, both[0], tmp_path, rounds)
    assert answers == outputs(carnet, both[1], tmp_path, rounds)
    assert '"warmer_intro"' in answers[0] and "préparer le terrain" in answers[1]
    assert '"warmer_intro"' not in answers[2]  # (without Véronique: no warmer way)
    text = carnet("--db", both[1], "paths", "--to", "Compagnie")
    assert "You barely know Solène Roux (18%): through Véronique Bastide" in text.out
