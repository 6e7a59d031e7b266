"""An unchanged re-import found by the file's digest (ingest/digests.py): the same report as a
full plan would give, without parsing or planning; any change to the file, the options or the
store plans it again. On both stores."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import ingest.importer
from graph.stores.port import GraphStore
from ingest.importer import ImportResult, import_file

DATA = Path(__file__).parent / "data"


def said(result: ImportResult) -> tuple[str, list[tuple[int, str]], list[str]]:
    report = result.report
    return (report.summary(), [(s.line, s.reason) for s in report.skipped],
            [n.reason for n in result.notices])


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The formats of the imports that were parsed and planned (not replayed)."""
    planned: list[str] = []
    real = ingest.importer.import_parsed

    def counted(store: GraphStore, parsed: Any, fmt: str, *args: Any, **kwargs: Any) -> Any:
        planned.append(fmt)
        return real(store, parsed, fmt, *args, **kwargs)

    monkeypatch.setattr(ingest.importer, "import_parsed", counted)
    return planned


def test_the_same_file_again_is_replayed_with_the_full_plans_report(
        store: GraphStore, tmp_path: Path, plans: list[str]) -> None:
    export = Path(shutil.copy(DATA / "Connections.csv", tmp_path / "Connections.csv"))
    first = import_file(store, export, me="Isabelle Prigent")
    version = store.graph_version()
    again = import_file(store, export, me="Isabelle Prigent")
    assert plans == ["linkedin"] and store.graph_version() == version
    # What a full plan of the same import says (the note left aside: another --me spelling)
    full = import_file(store, export, me="isabelle prigent")
    assert plans == ["linkedin", "linkedin"] and said(again) == said(full)
    assert said(again)[0] == (f"0 added, 0 updated, {first.report.people} unchanged, "
                              f"0 queued for review, {len(first.report.skipped)} skipped")


def test_a_change_anywhere_plans_the_import_again(store: GraphStore, tmp_path: Path,
                                                  plans: list[str]) -> None:
    export = Path(shutil.copy(DATA / "Connections.csv", tmp_path / "Connections.csv"))
    import_file(store, export, me="Isabelle Prigent")
    someone = next(p for p in store.dump().people if p.name != "Isabelle Prigent")
    store.delete_person(someone.id)  # the store changed: the file brings them back
    result = import_file(store, export, me="Isabelle Prigent")
    assert result.report.added == 1 and store.get_person(someone.id).name == someone.name
    with export.open("a", encoding="utf-8") as out:  # the file changed
        out.write("Zoé,Neuve,,,Cité Radieuse,Architecte,12 Mar 2024\r\n")
    assert import_file(store, export, me="Isabelle Prigent").report.added == 1
    import_file(store, export, me="Isabelle Prigent", dry_run=True)  # replayed, as a dry run
    assert plans == ["linkedin"] * 3


def test_a_dry_run_leaves_no_note(store: GraphStore, tmp_path: Path, plans: list[str]) -> None:
    export = Path(shutil.copy(DATA / "Connections.csv", tmp_path / "Connections.csv"))
    import_file(store, export, me="Isabelle Prigent", dry_run=True)
    import_file(store, export, me="Isabelle Prigent")
    assert plans == ["linkedin", "linkedin"]
