"""The command's words come from the wording tables, in its language: ``--help``, errors
(every ``CarnetError`` raised has a code with words), click's refusals, the import's summary."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from cli.base import cli
from cli.words import help_key, option_key
from graph.core.errors import CarnetError
from graph.core.wording import WORDING
from graph.core.wording.cli_help import CLI_HELP
from graph.stores.sqlite_opening import SQLITE_REASONS
from ingest.resolve import ImportReport
from tests.cli_helpers import run_in_process

ROOT = Path(__file__).parents[1]
PRODUCT = ("graph", "ingest", "cli", "app")


# -- --help ------------------------------------------------------------------------------------
def commands() -> Iterator[tuple[list[str], click.Command, click.Context]]:
    """Every command under ``carnet``, with its path and a context to read its options."""
    def walk(path: list[str], command: click.Command,
             parent: click.Context | None) -> Iterator[tuple[list[str], click.Command,
                                                             click.Context]]:
        ctx = command.make_context(path[-1] if path else "carnet", [], parent=parent,
                                   resilient_parsing=True)  # its settings (-h), no checks
        yield path, command, ctx
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk([*path, name], sub, ctx)
    return walk([], cli, None)


def help_keys() -> list[str]:
    keys = []
    for path, command, ctx in commands():
        keys.append(help_key(path))
        keys += [option_key(path, p) for p in command.get_params(ctx)
                 if isinstance(p, click.Option)]
    return keys


def test_every_command_and_option_has_its_help_in_the_table() -> None:
    assert [key for key in help_keys() if key not in WORDING] == []
    assert "opt_referral_add_from" in help_keys() and "opt_lang" in help_keys()


def test_every_help_text_is_said_by_a_command() -> None:
    reached = set(help_keys()) | {"help_usage", "help_default", "help_required"} | {
        f"help_heading_{name}" for name in ("options", "commands")}
    assert sorted(set(CLI_HELP) - reached) == []


def test_no_help_text_is_left_in_the_code() -> None:
    """No ``help=`` on an option, no docstring on a command: click would show it."""
    left = []
    for path in (ROOT / "cli").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "click.option":
                left += [f"{path.name}:{node.lineno}" for k in node.keywords if k.arg == "help"]
            if isinstance(node, ast.FunctionDef) and any(
                    ".command" in ast.unparse(d) or ".group" in ast.unparse(d)
                    for d in node.decorator_list) and ast.get_docstring(node):
                left.append(f"{path.name}:{node.name}")
    assert left == []


def test_the_csv_fields_in_the_help_are_the_fields() -> None:
    from graph.formats import CSV_FIELDS

    for lang in ("fr", "en"):
        assert ", ".join(CSV_FIELDS) + "." in CLI_HELP["opt_import_column"][lang]


@pytest.mark.parametrize(("env", "lang"), [
    ({}, "en"), ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"CARNET_LANG": "fr"}, "fr"),
    ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
    ({"CARNET_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en")])
def test_the_help_speaks_the_environments_language(
        env: dict[str, str], lang: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = run_in_process(capsys)("followups", "--help").out
    words = {
        "fr": ["Utilisation : carnet followups [OPTIONS]", "  Ce qui est dû ou en retard : ",
               "Options:", "  --json          Affiche le résultat en JSON."],
        "en": ["Usage: carnet followups [OPTIONS]", "  What is due or overdue: referrals to ",
               "Options:", "  --json          Print the result as JSON."]}[lang]
    lines = out.splitlines()
    assert [lines[0], lines[2][:len(words[1])], lines[6], lines[7]] == words


def test_lang_says_the_help_too(capsys: pytest.CaptureFixture[str]) -> None:
    carnet = run_in_process(capsys)
    assert "  -h, --help      Affiche cette aide et s'arrête.\n" in carnet(
        "--lang", "fr", "--help").out
    assert "Commandes:\n  companies  Trouver, fusionner et supprimer des entreprises.\n" in \
        carnet("--lang", "fr", "--help").out
    assert "[obligatoire]" in carnet("paths", "--lang", "fr", "--help").out


# -- errors ------------------------------------------------------------------------------------
def error_classes() -> set[str]:
    """The names of ``CarnetError`` and of every class that derives from it, in the code."""
    names = {"CarnetError"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for top in PRODUCT
             for p in (ROOT / top).rglob("*.py")]
    grew = True
    while grew:
        before = len(names)
        names |= {node.name for tree in trees for node in ast.walk(tree)
                  if isinstance(node, ast.ClassDef)
                  and any(ast.unparse(b).split(".")[-1] in names for b in node.bases)}
        grew = len(names) > before
    return names


DEFAULT_CODES = {"PersonNotFound": "no_person", "CompanyNotFound": "no_company"}
# Codes not written at the raise site: (file, the name the code is in) → the codes it takes.
CODES_FROM = {("graph/stores/sqlite_opening.py", "code"):
              [code for _, code in SQLITE_REASONS] + ["store_other"]}


def unsaid(source: str, where: str, classes: set[str]) -> list[str]:
    """The calls to an error class in ``source`` whose code has no words, or whose words
    want a value the call does not give."""
    wrong = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call)
                and ast.unparse(node.func).split(".")[-1] in classes):
            continue
        name = ast.unparse(node.func).split(".")[-1]
        given = {k.arg for k in node.keywords}
        if name == "AmbiguousName":
            codes, given = ["ambiguous_people", "ambiguous_companies"], {"text", "shown"}
        elif not node.args:
            codes = [DEFAULT_CODES.get(name, "")]
        else:
            code = node.args[0]
            parts = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
            if len(node.args) > 1:
                codes = [""]  # a second positional: an English message
            elif isinstance(code, ast.JoinedStr):  # f"{which}_closed": every key it may be
                bits = [(text, field) for text, field, _, _
                        in string.Formatter().parse(ast.unparse(code)[2:-1])]
                codes = [key.removeprefix("err_") for key in WORDING if key.startswith("err_")
                         and _fits(key.removeprefix("err_"), bits)] or [""]
            elif all(isinstance(p, ast.Constant) for p in parts):
                codes = [str(p.value) for p in parts if isinstance(p, ast.Constant)]
            else:
                codes = CODES_FROM.get((where, ast.unparse(code)), [""])
        for said in codes:
            words = WORDING.get(f"err_{said}", {}).get("en")
            wants = {f for _, f, _, _ in string.Formatter().parse(words or "") if f}
            if words is None or not wants <= given:
                wrong.append(f"{where}:{node.lineno} {said or ast.unparse(node)[:60]}")
    return wrong


def _fits(key: str, bits: list[tuple[str, str | None]]) -> bool:
    import re
    return re.fullmatch("".join(re.escape(text) + (".+" if field else "")
                                for text, field in bits), key) is not None


def test_every_carnet_error_raised_has_words_and_their_values() -> None:
    classes = error_classes()
    assert {"ImportFailed", "TransitionRefused", "PersonNotFound"} <= classes
    wrong = [w for top in PRODUCT for path in sorted((ROOT / top).rglob("*.py"))
             for w in unsaid(path.read_text(encoding="utf-8"),
                             str(path.relative_to(ROOT)), classes)]
    assert wrong == []


def test_an_error_without_words_is_found() -> None:
    source = ('raise ImportFailed(f"{name}: broken")\nraise DataRejected("no_such_code")\n'
              'raise ImportFailed("empty")\nraise ImportFailed("empty", file=name)\n'
              'raise PersonNotFound(id=x)\nraise ImportFailed("no_contacts", "x", file=n)\n')
    assert unsaid(source, "f.py", {"ImportFailed", "DataRejected", "PersonNotFound"}) == [
        "f.py:1 ImportFailed(f'{name}: broken')", "f.py:2 no_such_code", "f.py:3 empty",
        "f.py:6 ImportFailed('no_contacts', 'x', file=n)"]


def test_an_error_says_its_values_in_either_language() -> None:
    from graph.core.errors import ImportFailed

    error = ImportFailed("columns", file="a.csv", line=3, n=900, most=500)
    assert str(error) == "a.csv: line 3: 900 columns; an export has at most 500"
    assert error.words("fr") == "a.csv : ligne 3 : 900 colonnes ; un export en a au plus 500"
    assert isinstance(error, CarnetError) and error.code == "columns"


@pytest.mark.parametrize(("args", "fr", "en"), [
    (("people", "delete", "Nobody Here"), "personne ne correspond à « Nobody Here »",
     "no person matches 'Nobody Here'"),
    (("referral", "set", "r:zz", "won"), "aucune recommandation n'a l'identifiant r:zz",
     "no referral with id r:zz"),
    (("import", "missing.csv"), "missing.csv : fichier introuvable", "missing.csv: no such file"),
    (("referral", "add", "--from", "Karim Benali", "--to", "Isabele Prigent"),
     "personne ne s'appelle « Isabele Prigent » ; vouliez-vous dire : Isabelle Prigent ? Tapez "
     "le nom tel qu'il est, ou ajoutez --new pour créer une nouvelle personne",
     "no one is called 'Isabele Prigent'; did you mean: Isabelle Prigent? Type the name as it "
     "is, or add --new to add a new person"),
    (("pathz",), "pas de commande « pathz » (voir : carnet --help)",
     "no such command 'pathz' (see: carnet --help)"),
    (("paths",), "il manque '--to'", "Missing option '--to'."),
    (("paths", "--to", "GME", "--top", "0"), "valeur invalide pour '--top' (attendu : de 1 à 100)",
     "Invalid value for '--top': 0 is not in the range 1<=x<=100."),
    (("paths", "--bogus"), "option inconnue : --bogus", "No such option '--bogus'."),
])
def test_errors_are_said_in_the_commands_language(
        args: tuple[str, ...], fr: str, en: str, capsys: pytest.CaptureFixture[str],
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    carnet = run_in_process(capsys)
    assert carnet("demo").code == 0
    assert (carnet("--lang", "fr", *args).err, carnet(*args).err) == (
        f"carnet: {fr}\n", f"carnet: {en}\n")
    monkeypatch.setenv("CARNET_LANG", "fr")
    assert carnet(*args).err == f"carnet: {fr}\n"
    assert carnet(*args).code == 2


def test_a_commands_own_lang_says_its_errors(capsys: pytest.CaptureFixture[str],
                                             db_path: Path) -> None:
    carnet = run_in_process(capsys)
    carnet("demo")
    done = carnet("intro", "ask", "--lang", "fr", "--via", "Personne Inconnue", "--to", "Karim")
    assert (done.code, done.err) == (2, "carnet: personne ne correspond à « Personne Inconnue »\n")


# -- the import's numbers ----------------------------------------------------------------------
def test_the_import_summary_is_said_in_either_language() -> None:
    report = ImportReport(added=3, updated=1, queued=2, matched=1, ties_added=4)
    assert report.summary("fr") == ("3 ajoutés, 1 mis à jour, 0 inchangés, 2 à examiner, "
                                    "0 ignorés (1 reconnu par nom et entreprise, 4 nouveaux "
                                    "liens)")
    assert report.summary("en") == ("3 added, 1 updated, 0 unchanged, 2 queued for review, "
                                    "0 skipped (1 matched by name and company, 4 new ties)")


def test_a_command_in_french_says_its_lines_in_french(capsys: pytest.CaptureFixture[str],
                                                      db_path: Path) -> None:
    carnet = run_in_process(capsys)
    assert carnet("--lang", "fr", "import", ROOT / "tests/data/Connections.csv", "--me",
                  "Isabelle Prigent", "--dry-run").out == (
        "Essai à blanc, rien n'a été écrit. Connections.csv (linkedin) : 6 ajoutés, 0 mis à "
        "jour, 0 inchangés, 0 à examiner, 1 ignorés (6 nouveaux liens).\n"
        "  1 ligne ignorée : pas de nom (un membre qui masque ses informations) (ligne 8)\n")
    carnet("demo")
    assert carnet("--lang", "fr", "people", "search", "Karim Benali").out == (
        "Karim Benali, Responsable communication interne chez Phocée Logistique\t"
        "p:karim-benali\n")
    assert carnet("--lang", "fr", "referral", "set", "r:demo-1", "researched").out == (
        "r:demo-1 : renseignements pris.\n")
    # strengths as the app shows them, in each language's way (no-break space before % in French)
    paths = carnet("--lang", "fr", "paths", "--to", "GME").out.splitlines()
    assert paths[4] == ("1. Véronique Bastide → Solène Roux, Responsable communication interne"
                        "   score 53\u00a0%")
    assert paths[6].startswith("   · Isabelle Prigent – Véronique Bastide (99\u00a0%) : ")
    assert carnet("paths", "--to", "GME").out.splitlines()[4].endswith("   score 53%")
    assert carnet("--lang", "fr", "rewarm").out.splitlines()[3] == (
        "   → Groupe Méditerranée Énergie (Solène Roux) : 15\u00a0% → 49\u00a0%")
